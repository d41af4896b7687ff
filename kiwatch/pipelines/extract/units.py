"""The parent unit: the organisational unit the centre belongs to.

Read from, in this order: a labelled row ("Organisatorische Zuordnung: …", "Gehört zu: …"),
prose in the present tense with the centre (or a synonym) as subject and any assignment verb
in any word order ("Angesiedelt ist das KI im Kreisjugendamt", "ist eine Abteilung im
Fachbereich …", "als Stab dem Stadtdirektor zugeordnet"), and a unit line with a number or code
next to the centre's name ("40-2-3 Regionale …", "FD 43 Bildung und Integration"). History
("war … zugeordnet") and announcements ("wird zum … Teil des neuen Amtes") are dated facts,
never the current unit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.dated import change_state, find_dates, leaving_state
from kiwatch.pipelines.extract.grammar import CentreNames
from kiwatch.pipelines.extract.unitanswers import answer_unit
from kiwatch.pipelines.extract.unitclauses import (
    CLAUSE_START_RE,
    EARLIER_CLAUSE_RE,
    PAST_OR_FUTURE_RE,
    antecedent_unit,
    attribute_unit,
    attributive_unit,
    clauses_of,
    genitive_attaches,
    linked,
    nested_unit,
    owned_by_centre,
    tense_free,
    without_end_date,
)
from kiwatch.pipelines.extract.unitlines import (
    collapsed_units,
    inline_code_units,
    near_units,
)
from kiwatch.pipelines.extract.unitnamelines import name_line_units
from kiwatch.pipelines.extract.unitpairs import pair_units
from kiwatch.pipelines.extract.unitpaths import code_parent_units, path_units
from kiwatch.pipelines.extract.unitrows import is_label, labelled_units, list_line_units, row_units
from kiwatch.pipelines.extract.unitsubject import centre_subject
from kiwatch.pipelines.extract.unittimeline import timeline_unit
from kiwatch.pipelines.extract.unitwords import (
    ENGLISH_TARGET_RE,
    NUMBER_RE,
    OFFICE,
    UNIT_NUMBER,
    UNIT_WORD,
    drop_links,
    named_unit,
    names_a_unit,
    nominative,
    office_nominative,
    rest_words,
    unit_from_text,
    unit_kind,
    unquote_units,
)
from kiwatch.records import ParentUnit

#: unit_from_text lives in unitwords; site hints read it from here
__all__ = ["find_parent_units", "prose_units", "unit_from_text"]

#: An organisation code alone as a unit ("ist bei 40-2 Schulaufsicht … angesiedelt"): several parts, a
#: name after it; no date (a year has four digits, "1.4." ends in a dot).
_CODE = r"\d{1,3}(?:[-.]\d{1,3}){1,3}(?![\d.])(?=\s+[A-ZÄÖÜ])"
_PREP = (
    r"(?<![\wäöüß])" + "".join(rf"(?<!{p} )" for p in P.GOVERNING_PREPOSITIONS)
    # a unit with a code needs no article: "ressortiert bei Dezernat III", "Teil von Amt 40"
    + r"(?P<prep>(?:bei|von|vom|zu|in|an|unter)(?=\s+(?:[A-ZÄÖÜ][\wäöüß-]*|Dez\.)\s+" + UNIT_NUMBER + r")|(?:bei|in|zu|unter)(?=\s+" + _CODE + r")|dem|Dem|der|den|des|über\s+(?:das|den|die)|beim|Beim|Vom|Zum|Zur|bei\s+der|bei\s+dem|vom|[Ii]m|[Ii]n\s+der|[Ii]n\s+dem|in\s+den|in\s+das|in\s+die|ins|an\s+das|an\s+den|an\s+die|zum|zur|[Ii]nnerhalb\s+(?:des|der)|unter\s+dem"
    r"|of\s+the|to\s+the|within\s+the|in\s+the|[Oo]f|to)\s+"
    # (an attribute between the article and the unit: "des für Jugend, Schule und Sport zuständigen Fachbereichs 2")
    r"(?:(?:neuen|neue|neu\s+[a-zäöüß]+(?:t|en)en|direkt|unmittelbar|heutigen|jetzigen)\s+|für\s+[^;.]{2,60}?\s+zuständige[nmrs]?\s+)?(?P<area>Bereich\s+)?"
)
#: The first parts of a compound cut short before "und" belong to the unit's name: "im Schul- und Sportamt".
_TRUNCATED = r"(?:[A-ZÄÖÜ][a-zäöüß]+-(?:,\s+[A-ZÄÖÜ][a-zäöüß]+-)*\s+(?:und|oder|sowie)\s+)?"
_TARGET_RE = re.compile(
    r"(?:" + _PREP + r"|(?:(?<=\bbildet\b)|(?<=\bbilden\b))(?:[^.;]{0,50}?\s)?(?P<prep2>die|das|den)\s+(?:neue[nm]?\s+|gemeinsame[nm]?\s+)?)(?P<unit>" + _TRUNCATED + UNIT_WORD + r"|" + OFFICE + r"|" + _CODE + r")"
)
_ASSIGNMENT_RE = re.compile(r"\b(?:" + "|".join(P.ASSIGNMENT_VERBS) + r")\b")
#: An unseen assignment verb as a statal passive at the end of its clause, or fronted before "ist".
_STATAL_RE = re.compile(
    r"\b(?:ist|sind)\b[^.;]{0,100}?\b(?!(?:" + "|".join(P.STATAL_NOT_ASSIGNMENT) + r")\b)(?:" + P.STATAL_PARTICIPLE + r")\b(?=\s*(?:[,.;)]|$|und\b|sowie\b))"
    r"|^(?:(?:Organisatorisch|Fachlich|Seit\s+[^,]{1,30}?)\s+)?(?!(?i:" + "|".join(P.STATAL_NOT_ASSIGNMENT) + r")\b)(?i:" + P.STATAL_PARTICIPLE + r")\s+(?:ist|sind)\b"
)
#: A plain copula with the unit as the clause's only complement, as Leichte Sprache says it: "Es ist im
#: Amt für Schule." (no participle, no other noun after the unit: "ist im Jugendamt zu Gast" is a visit).
_COPULA_PLACE_RE = re.compile(
    r"\b(?:ist|sind)\s+(?:(?:organisatorisch|auch|jetzt|heute|derzeit|nun)\s+)?(?:im|beim|in\s+der)\s+(?:" + UNIT_WORD + r")"
    r"(?:\s+(?:" + UNIT_NUMBER + r"|[A-ZÄÖÜ][\wäöüß-]*|für|und|der|des|–|-)(?=[\s.,;!]|$))*\s*[.!]?\s*$")
#: A present passive of how the centre is run: "wird als Abteilung im Fachbereich 4 geführt", "Geführt wird das KI …".
_DURATIVE_RE = re.compile(r"\b(?:wird|werden)\b[^.;]{0,100}?\b(?:" + "|".join(P.DURATIVE_PASSIVE) + r")\b|^(?i:" + "|".join(P.DURATIVE_PASSIVE) + r")\s+(?:wird|werden)\b")
_OWN_KIND_RE = re.compile(r"\b(?:als|(?:ist|sind)\s+(?:[^,.;]{0,25}?\s)?(?:eine?|das|die|der)|(?:ist|sind)(?=\s+\w+\s+(?:des|der|im|beim)\s))\s+(?:(?:eigene|eigenständige|zentrale)[nrs]?\s+)?(?P<kind>Stabsstelle|Stab|Abteilung|Sachgebiet|Referat|Fachdienst|Dienststelle|Teil|Team|Bereich)(?![\wäöüß])")
#: A subordinate clause opening the sentence, up to the comma before the main clause's finite verb.
_LEADING_SUBCLAUSE_RE = re.compile(r"(?P<sub>(?:Nachdem|Bevor|Ehe|Als|Weil|Da|Obwohl|Während|Wenn|Seit|Seitdem)\s[^;]{4,200}?),\s+(?=(?:ist|sind|gehört|gehören|untersteht|bleibt|arbeitet|ressortiert|zählt)\s+(?:es|sie|das|die|der|unser)\b)")
#: A named part that is no unit word, placed by "im"/"in dem" right before a genitive unit.
_PLACED_PART_RE = re.compile(r"\b(?:im|in\s+dem|beim)\s+(?P<part>(?:Team|Fachstelle|Arbeitsbereich|Bereich|Arbeitsgruppe)(?:\s+(?:[A-ZÄÖÜ][\wäöüß-]*|und|&)){1,4})\s*$")
#: A speaker or answer label opening a sentence of an interview ("Karakaya: Wir …", "Antwort: Wir …").
_SPEAKER_RE = re.compile(r"^[A-ZÄÖÜ][\wäöüß.-]+(?:\s+[A-ZÄÖÜ][\wäöüß.-]+)?\s*:\s+(?=(?:Wir|Unser\w*|Das|Die|Der)\s)")
#: Others the centre forms a unit with ("bildet zusammen mit dem Bildungsbüro die Abteilung 40.3"): that unit is its parent.
_TOGETHER_RE = re.compile(r"\b(?:[Zz]usammen|[Gg]emeinsam)\s+mit\b|\b[Mm]it\s+(?:dem|der|den)\b")
#: The unit a part is formed inside of: "innerhalb des Fachbereichs 4", "im Amt 51", "unter dem Dach der Abteilung …".
_INSIDE_RE = re.compile(r"\b(?:[Ii]nnerhalb\s+(?:des|der)|[Ii]m|[Ii]n\s+der|[Bb]eim|[Uu]nter\s+dem\s+Dach\s+(?:des|der))\s+(?P<unit>" + UNIT_WORD + r")")
#: The year a present statement starts from: "Seit 2019 …", "seit dem 1. Januar 2024 …", "seit Herbst 2022".
_START_YEAR_RE = re.compile(r"\b[Ss]eit\s+(?:[^,;]{0,24}?\s)?(?P<year>(?:19|20)\d\d)\b")
_SINCE_RE = re.compile(r"\b(?:[Ss]eit|[Aa]b)\s+(?:dem\s+)?(?P<date>[^,;]{6,25}?\d{4})")

#: A unit the centre does not belong to: "gehört nicht (mehr) zum Jugendamt, sondern …".
_NEGATED_RE = re.compile(r"\b(?:nicht|nicht\s+mehr|keine[mr]?|no\s+longer|not)\s+(?:(?:Teil|Bestandteil|länger|(?:eine?\s+)?[A-ZÄÖÜ]\w+)\s+)?\S?$")
_NOUN_GATE_RE = re.compile(r"\b(?:" + "|".join(P.ASSIGNMENT_NOUNS) + r")\s+(?:des|der|unseres|unserer)\b")
#: The unit as the one responsible for the centre: "Fachlich zuständig für das KI ist das Dezernat II",
#: "Das Amt 40 ist organisatorisch für das Integrationszentrum zuständig".
_RESPONSIBLE_RE = re.compile(
    r"\b[Zz]uständig\s+(?:ist\s+)?für\s+(?:das|den|die|unser|unsere)\s+(?P<c1>[^,;]{2,60}?)\s+(?:ist|sind)\s+(?:das|der|die)\s+(?P<u1>" + UNIT_WORD + r")"
    r"|^(?:Das|Der|Die)\s+(?P<u2>" + UNIT_WORD + r")[^,;]{0,80}?\s+ist\s+(?:\w+\s+){0,2}für\s+(?:das|den|die)\s+(?P<c2>[^,;]{2,60}?)\s+zuständig\b"
    # the unit as the centre's superior: "Übergeordnete Stelle des KI ist das Amt 51", "Dem KI übergeordnet
    # ist der Fachbereich 3", "Das Dezernat II ist dem KI direkt vorgesetzt"
    r"|^(?:[\wäöüÄÖÜß-]+\s+){0,2}?(?:" + "|".join(P.SUPERIOR_WORDS) + r")(?:\s+[A-ZÄÖÜ][\wäöüß-]*)?\s+(?:des|der)\s+(?P<c3>[^,;]{2,60}?)\s+(?:ist|sind)\s+(?:\w+\s+)?(?:das|der|die)\s+(?P<u3>" + UNIT_WORD + r"|" + OFFICE + r")"
    r"|^(?:Dem|Der)\s+(?P<c4>[^,;]{2,60}?)\s+(?:" + "|".join(P.SUPERIOR_WORDS) + r")\s+(?:ist|sind)\s+(?:\w+\s+)?(?:das|der|die)\s+(?P<u4>" + UNIT_WORD + r"|" + OFFICE + r")"
    r"|^(?:Das|Der|Die)\s+(?P<u5>" + UNIT_WORD + r")[^,;]{0,80}?\s+(?:ist|sind)\s+(?:\w+\s+){0,2}(?:dem|der)\s+(?P<c5>[^,;]{2,60}?)\s+(?:" + "|".join(P.SUPERIOR_WORDS) + r")\s*(?:[.;,]|$)"
    # the superior word fronted, the centre in the dative: "Übergeordnet sind dem KI die Abteilung Vielfalt, der Fachbereich 7 …"
    # (the first unit named is the nearest: a chain told upwards)
    r"|^(?:" + "|".join(P.SUPERIOR_WORDS) + r")\s+(?:ist|sind)\s+(?:\w+\s+)?(?:dem|der)\s+(?P<c6>[^,;]{2,60}?)\s+(?:\w+\s+)?(?:das|der|die)\s+(?P<u6>" + UNIT_WORD + r"|" + OFFICE + r")"
)
_SUPERIOR_GATE_RE = re.compile(r"(?:" + "|".join(P.SUPERIOR_WORDS) + r")")


#: A unit as the subject of a verb that contains the centre ("Der Fachbereich 4 umfasst das KI",
#: "Zum Amt 51 gehören … und das Integrationszentrum").
_INVERSE_RE = re.compile(
    r"^(?:Der|Die|Das|Zum|Zur|Unter\s+dem\s+Dach\s+(?:des|der)|Zu\s+den\s+(?:" + "|".join(P.MEMBER_NOUNS) + r")\s+(?:des|der))\s+(?P<unit>" + UNIT_WORD + r")[^.;]{0,120}?\b(?:umfasst|umfassen|beherbergt|vereint|bündelt|gehören|gehört|besteht\s+aus|gliedert\s+sich\s+in|arbeiten|zählt|zählen)\b"
)
_CURRENT_RELATIVE_RE = re.compile(
    r",\s*(?:wo|in\s+(?:dem|der)|dem|der|bei\s+(?:dem|der))\s+(?:es|sie|das\s+(?:KI|KIZ|Zentrum|Integrationszentrum))\s+"
    r"(?:[\wäöü]+\s+){0,3}(?:(?:angesiedelt|zugeordnet|unterstellt|verortet|angebunden|untergebracht|eingegliedert|beheimatet|verblieben|geblieben)\s+(?:ist|bleibt)"
    r"|angehört|zugehört|gehört|untersteht)\b"
)
#: A later clause with its own time marker after a history clause: "war bis 2021 beim Schulamt
#: angesiedelt und gehört heute zum Fachbereich 4" -> the later clause is read alone.
_LATER_CLAUSE_RE = re.compile(
    r"(?:,\s*|\s)(?:und|aber|doch|jedoch|sondern)\s+(?=(?:[\wäöü]+\s+){0,3}?(?:heute|jetzt|inzwischen|mittlerweile|nun|aktuell|derzeit|seither|seitdem|seit)\b)"
    # (or a comma right before the time word: "…, heute gehört es zum Amt 40")
    r"|,\s*(?=(?:heute|jetzt|inzwischen|mittlerweile|nun|aktuell|derzeit|seither|seitdem|bisher)\s+(?:gehört|ist|untersteht|bleibt|arbeitet|ressortiert)\b)"
    # (or a comma before a "seit" phrase and the verb: "…, seit Anfang 2023 gehört es zum Amt 40")
    r"|,\s*(?=seit\s+[^,;]{1,30}?\s(?:gehört|ist|untersteht|bleibt|arbeitet|ressortiert)\s+(?:es|sie|das|die|der)\b)"
)
#: A present time word and a unit after a comma, the verb of the clause before left out: "…, heute zum Amt 40".
_ELLIPTIC_RE = re.compile(r",\s*(?:aber\s+|doch\s+|jedoch\s+)?(?:heute|jetzt|inzwischen|mittlerweile|nun|aktuell|derzeit|seit\s+[^,;]{1,25}?)\s+"
                          r"(?:zum|zur|dem|der|im|beim|in\s+der|bei\s+der|in\s+den|in\s+das)\s+(?P<unit>" + UNIT_WORD + r")(?=[^,;]{0,60}[.!]?\s*$)")
#: A clause without its own subject ("… und gehört heute zum Fachbereich 4"): the centre of the clause before.
_ELIDED_RE = re.compile(r"^(?=(?:gehört|gehören|ist|sind|untersteht|unterstehen|ressortiert|bleibt|arbeitet)\b)")
_PRONOUN_RE = re.compile(r"\b(?:ist|sind|gehört|gehören|untersteht|unterstehen|bleibt|arbeitet)\s+(?:es|sie)\b|^(?:[Ee]s|[Ss]ie)\s+(?:ist|sind|gehört|gehören|untersteht|bleibt|arbeitet)\b"
                         r"|^(?:It|They)\s+(?:is|are|belongs|belong|reports|sits|falls|comes)\b")
#: "es" agrees with the centre's neuter nouns (KI, Zentrum, Integrationszentrum): it refers back to
#: the centre wherever the sentence before named it ("Träger des KI ist der Kreis; organisatorisch ist es …").
_NEUTER_PRONOUN_RE = re.compile(r"\b(?:ist|gehört|untersteht|bleibt|arbeitet|ressortiert)\s+es\b|^Es\s+(?:ist|gehört|untersteht|bleibt|arbeitet|ressortiert)\b")


def _assigns(sentence: str, centre: CentreNames) -> bool:
    """An assignment verb that is not a copula making something else part of the centre; a
    participle may open the sentence ("Eingebettet in den Fachbereich 4 berät das KI …")."""
    found = _ASSIGNMENT_RE.search(sentence)
    if found is None and sentence[:1].isupper() and sentence.split(" ", 1)[0][-1:] in ("t", "n"):
        found = _ASSIGNMENT_RE.match(sentence[:1].lower() + sentence[1:80])  # "Eingebettet in …", "Seinen Platz …"
    if found is None:
        return False
    owned = owned_by_centre(sentence, centre)
    return not owned or any(not any(a <= m.start() < b for a, b in owned) for m in _ASSIGNMENT_RE.finditer(sentence[:1].lower() + sentence[1:]))


_SINCE_PHRASE_RE = re.compile(
    r"(?:[Ss]eit|[Ss]ince)\s+[^,;]{0,80}?(?P<eff>\b(?:zum|zur|ab|mit\s+Wirkung\s+(?:vom|zum|ab))\s+)(?=\d)[^,;]{0,40}?"
    r"\s(?:ist|sind|gehört|gehören|untersteht|unterstehen|arbeitet|arbeiten|bleibt|ressortiert)\b")


def prose_units(sentence: str, centre: CentreNames, previous: str = "") -> ParentUnit | None:
    """The current parent unit a present-tense sentence assigns the centre to, if any; "es"
    refers back to the centre when the sentence before was about it."""
    if not names_a_unit(sentence):
        return None  # (most sentences name no unit at all: every rule below needs a unit word, an office holder or a code)
    attributive, sentence = attributive_unit(sentence, centre)
    if attributive is not None:
        return attributive
    # a leading subordinate clause with a history or plan marker dates only itself: "Nachdem das KI bis 2019 Teil des Sozialamtes
    # war, ist es heute dem Amt für Integration zugeordnet" -> the main clause alone, "es" the centre the subordinate clause named
    elliptic = _ELLIPTIC_RE.search(sentence) if "," in sentence else None
    if elliptic and PAST_OR_FUTURE_RE.search(sentence, 0, elliptic.start()) and centre_subject(sentence[: elliptic.start()], centre) is not None:
        # the verb of the history clause left out: "gehörte früher zum Sozialamt, heute zum Amt 40"
        unit = named_unit(sentence, elliptic.group("unit"), elliptic.end("unit"))
        return unit if unit.kind and unit.name != unit.kind else None
    lead = _LEADING_SUBCLAUSE_RE.match(sentence)
    if lead and PAST_OR_FUTURE_RE.search(lead.group("sub")) and centre_subject(lead.group("sub"), centre) is not None:
        return prose_units(sentence[lead.end("sub") + 1:].strip(), centre, lead.group("sub"))
    # the end date of the present state is no history: "Bis zum 31. Dezember 2026 ist das KI noch Teil des Amtes 40",
    # "Das KI bleibt noch bis Ende 2026 beim Sozialamt" (a "noch", "weiterhin" or "bleibt" says the state holds now)
    sentence = without_end_date(sentence)
    # an effective date inside a fronted "seit" phrase is a start, not an announcement: "Seit der Umsetzung des Gutachtens zum 01.09.2024 ist …"
    started = _SINCE_PHRASE_RE.match(sentence)
    if started:
        sentence = sentence[: started.start("eff")] + sentence[started.end("eff"):]
    # a history sentence may end in the present: "… 2020 in den Fachbereich Bildung verlagert, wo es bis heute angesiedelt ist"
    if not (_assigns(sentence, centre) or _INVERSE_RE.match(sentence) or "uständig" in sentence
            or (("bergeordnet" in sentence or "orgesetzt" in sentence or "Heimat" in sentence) and _SUPERIOR_GATE_RE.search(sentence))
            or _NOUN_GATE_RE.search(sentence) or _STATAL_RE.search(sentence)
            or (("wird" in sentence or "werden" in sentence) and _DURATIVE_RE.search(sentence))
            or ((" ist " in sentence or " sind " in sentence) and _COPULA_PLACE_RE.search(sentence))):
        return attribute_unit(sentence, centre)
    current = _CURRENT_RELATIVE_RE.search(sentence) if "," in sentence else None
    if (PAST_OR_FUTURE_RE.search(sentence[: current.start()] if current else sentence)
                                               and not current) or (current and PAST_OR_FUTURE_RE.search(current.group(0))):
        later = _LATER_CLAUSE_RE.search(sentence)
        if later and not current and centre_subject(sentence[: later.start()], centre) is not None:
            return prose_units(sentence[later.end():], centre, sentence[: later.start()])
        earlier = None if current else EARLIER_CLAUSE_RE.search(sentence)  # a present clause before a history one, read alone
        if earlier and not PAST_OR_FUTURE_RE.search(sentence, 0, earlier.start()) and (alone := prose_units(sentence[: earlier.start()], centre, previous)):
            return alone
        if current or not CLAUSE_START_RE.search(sentence):
            return None
        scoped = True  # the marker may sit in a relative clause about someone else
    else:
        scoped = False
    responsible = _RESPONSIBLE_RE.search(sentence)
    if responsible:
        c, u = next((f"c{k}", f"u{k}") for k in range(1, 7) if responsible.group(f"u{k}"))
        if centre.regex.match(responsible.group(c)):
            return named_unit(sentence, responsible.group(u), responsible.end(u))
    subject = centre_subject(sentence, centre)
    inverse = _INVERSE_RE.match(sentence)
    if inverse and centre.regex.search(sentence, inverse.end()):
        # the unit as subject: "Der Geschäftsbereich 3 – Jugend, Soziales umfasst auch das KI"
        return named_unit(sentence, inverse.group("unit"), inverse.end("unit"))
    if subject is None and previous and centre_subject(previous, centre) is not None:
        subject = _PRONOUN_RE.search(sentence) or _ELIDED_RE.match(sentence)
    elif subject is None and previous and centre.regex.search(previous):
        subject = _NEUTER_PRONOUN_RE.search(sentence)
    if subject is None:
        return None
    english = ENGLISH_TARGET_RE.search(sentence, subject.end())
    if english:
        name = english.group("unit") + (f" ({english.group('de').strip()})" if english.group("de") else "")
        return ParentUnit(kind=english.group("kind"), name=name, number="")
    via = bool(re.search(r"[Aa]nbindung|angebunden", sentence))  # "über" names a unit only as the way of an attachment
    candidates = [m for m in _TARGET_RE.finditer(sentence) if not (m.start("unit") < subject.end() and subject.start() < m.end())
                  and (via or not (m.group("prep") or "").startswith("über"))
                  and not _NEGATED_RE.search(sentence, max(0, m.start() - 40), m.start() + 1)
                  and ((m.group("prep") or "") not in ("des", "der") or genitive_attaches(sentence, m.start(), centre))
                  and (current is not None or linked(sentence, centre, subject, m.start("unit")))
                  and not (scoped and not tense_free(sentence, subject, m.start("unit")))]
    after = [m for m in candidates if m.start("unit") >= subject.end()]
    order = after + [m for m in candidates if m.start("unit") < subject.start()]
    if current:
        order = [m for m in candidates if m.end() <= current.start()][-1:]
    if not order and not scoped:
        return antecedent_unit(sentence, subject)
    for target in order:
        unit_word = target.group("unit")
        rest_start = target.end()
        number = ""
        nm = NUMBER_RE.match(sentence, rest_start)
        if nm:
            number = nm.group("number")
            rest_start = nm.end()
        rest = rest_words(sentence[rest_start:])
        kind = unit_kind(unit_word)
        if unit_word[:1].isdigit():  # a code alone: its kind by its depth ("40-2" an Abteilung)
            kind = P.UNIT_KIND_BY_DEPTH.get(len(re.split(r"[-.]", unit_word)), "Sachgebiet")
            # (a "Bereich" before the code is the unit's own word: "zum Bereich 2.3 Migration des Amts 50")
            number, name = unit_word, " ".join(p for p in ("Bereich" if target.group("area") else "", unit_word, rest) if p)
        elif kind:
            head = nominative(unit_word, kind)
            name = " ".join(p for p in (head, number, rest) if p)
        else:  # an office holder: "dem Stadtdirektor", "dem Ersten Beigeordneten"
            kind = "Stab"
            name = " ".join(p for p in (office_nominative(unit_word), rest) if p)
        if centre.regex.fullmatch(name) or centre.regex.match(rest or "-"):
            continue
        if kind and not number and not rest and unit_word.casefold().startswith(kind.casefold()):
            continue  # a bare kind word ("nach der Neuordnung der Fachbereiche") names no unit
        own = _OWN_KIND_RE.search(sentence)
        if own and own.end() <= target.start() and own.group("kind") not in ("Teil",):
            own_kind = own.group("kind")
            if not unit_kind(unit_word):  # an office holder: "Stabsstelle beim Landrat", "… des Landrats"
                name = f"{own_kind} beim {name}"  # (the holder in the nominative: "Stabsstelle des Landrats" -> "… beim Landrat")
            else:
                prep = (target.group("prep") or "im").lower()
                prep = "im" if prep in ("dem", "des", "beim", "zum") else ("in der" if prep in ("der", "zur") else prep)
                name = f"{own_kind} {prep} {name}"
            kind = "Stabsstelle" if own_kind == "Stab" else own_kind
        inner = _PLACED_PART_RE.search(sentence, 0, target.start()) if (target.group("prep") or "") in ("des", "der") else None
        if inner and not (own and own.end() <= target.start() and own.group("kind") != "Teil"):
            # the centre placed in a named part of the unit: "ist im Team Integration der Abteilung Bildung
            # … angesiedelt" -> the part is the nearest superior, the unit's chain above it
            name = f"{inner.group('part')} {target.group('prep')} {name}"
        if target.group("prep2") and not _TOGETHER_RE.search(sentence, 0, target.start("prep2")):
            # "bildet innerhalb des Fachbereichs Bildung die Abteilung 40.4": what the centre forms is
            # the centre itself; the unit it forms it inside is its parent
            inside = _INSIDE_RE.search(sentence, target.start(), target.start("prep2"))
            if inside:
                outer = named_unit(sentence, inside.group("unit"), inside.end("unit"))
                if outer.kind:
                    return ParentUnit(kind=outer.kind, name=f"{name} im {outer.name}", number=outer.number)
        since = ""
        sm = _SINCE_RE.search(sentence)
        if sm:
            since = next((iso for iso, _ in find_dates(sm.group("date"))), "")
        unit = ParentUnit(kind=kind, name=name.strip(" ,"), number=number, since=since)
        return nested_unit(unit, target, [m for m in order if m.start() > target.start()], sentence)
    return None


def find_parent_units(lines: list[str], sentences: list[str], centre: CentreNames | None = None,
                      rows: Sequence[tuple[str, ...]] = (), title: str = "", crumbs: Sequence[str] = (),
                      layout: Sequence[str] = ()) -> list[ParentUnit]:
    """`layout`: the page's lines with other owners' blocks as empty lines (they end a unit line's block); `lines` without them."""
    centre = centre or CentreNames.default()
    units: list[ParentUnit] = []
    # a unit named whole inside quotes reads as if written plainly ("Teil des „Amtes für Integration“")
    lines, sentences = [unquote_units(t) for t in lines], [unquote_units(t) for t in sentences]
    rows = [tuple(unquote_units(c) for c in cells) for cells in rows]

    def add(unit: ParentUnit) -> None:
        if not any(u.name.casefold() == unit.name.casefold() for u in units):
            units.append(unit)

    # labelled rows ("Organisatorische Zuordnung: …"), organigram rows and list lines (unitrows.py)
    for unit in [*labelled_units(lines, centre, rows), *row_units(rows, centre), *list_line_units(lines, centre, rows)]:
        add(unit)

    previous = ""
    changes: list[tuple[str, int, ParentUnit]] = []
    leaving: list[ParentUnit] = []  # the units announced changes take the centre out of (dated.leaving_state)
    starts: dict[str, str] = {}  # a present statement's start year ("Seit 2019 gehört …"), by unit
    for sentence in sentences:
        for clause in (clauses_of(sentence) if ("; " in sentence or "I. " in sentence or "V. " in sentence or "X. " in sentence) else (sentence,)):
            clause = _SPEAKER_RE.sub("", clause)  # an interview's speaker: "Karakaya: Wir sind im Fachbereich …"
            stated = prose_units(clause, centre, previous)
            if stated is not None:
                add(stated)
                if (year := _START_YEAR_RE.search(clause)) is not None:
                    starts[stated.name.casefold()] = year.group("year")
            elif (state := change_state(clause, centre)) is not None:
                changes.append((state[1], len(changes), state[0]))
            elif (left := leaving_state(clause, centre)) is not None:
                leaving.append(left)
            elif previous.endswith("?") and (answered := answer_unit(previous, clause, centre)) is not None:
                add(answered)  # a FAQ's answer: "Zu welchem Amt gehört das KI?" / "Zum Amt 51 – Jugend und Bildung."
            previous = clause
    # two present statements with their start dates: the later start is the state now ("Seit 2019 gehört … Seit 2024 ist es …")
    if len(starts) >= 2:
        units = [u for u in units if starts.get(u.name.casefold(), "9999") >= max(starts.values())]

    # a breadcrumb or organisation path to the centre: "Dez. III › Amt 51 Jugendamt › KI", a letterhead "Stadt X | Amt für Schule | KI"
    for unit in path_units(lines, centre):
        add(unit)

    # a unit line with a number or code near the centre's name ("40-2-3 Regionale …", "FD 43 …"), and the heading unit of an
    # outline whose items are the centre and its siblings (a table row of several cells, run into one line, is read by its
    # cells above, not as a line; in an organigram table that names the centre in its first column, as that column's cell)
    full = [[c.strip() for c in cells if c.strip()] for cells in rows]
    full = [cells for cells in full if len(cells) >= 2]
    column = any(centre.regex.search(cells[0]) for cells in full)
    row_lines = {" ".join(" ".join(c.split()) for c in cells): cells[0] if column else "" for cells in full}
    plain = [row_lines.get(line, line) for line in lines] if row_lines else lines
    # (the layout's lines unquoted before the lookup: the rows' cells were, and a row with a quoted unit name
    # would else stay a line run together from its cells)
    near = [row_lines.get(t, t) for t in map(unquote_units, layout)] if layout else plain
    for unit in near_units(near, centre, is_label):
        add(unit)
    for unit in pair_units(plain, centre):
        add(unit)
    for unit in inline_code_units(plain, centre):
        add(unit)
    # a fallback where nothing states the assignment: the unit in the centre's own name line (the page's
    # breadcrumb trail, read from its chrome, first; then the page title, a heading, a card or a letterhead line)
    # where nothing states the present, the latest change in the past says where the centre is now:
    # its goal (dated.change_state)
    # a chronicle line ("2013 Gründung im Sozialamt · 2018 Wechsel in … · 2024 Eingliederung in das Amt für Integration"):
    # its latest step is the state now
    if not units and (step := timeline_unit(plain, centre)) is not None:
        add(step)
    if not units and leaving:  # an announced change out of a unit: the centre is in it until then (newer than a past change)
        add(leaving[-1])
    if not units and changes:
        add(max(changes, key=lambda c: (c[0], c[1]))[2])
    if not units:
        for unit in [*code_parent_units([title, *plain] if title else plain, centre), *path_units(list(crumbs), centre), *collapsed_units(plain, centre),
                     *name_line_units([title, *lines] if title else lines, centre)][:1]:
            add(unit)
    return drop_links(units)
