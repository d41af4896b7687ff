"""Clauses of a sentence that assigns the centre to a unit: where clauses begin, whether a
unit stands in the centre's clause (or in a relative clause linked to it), whether the clauses
stating the assignment carry a history or plan marker, and the unit a relative clause about the
centre hangs on ("Das Schulamt, zu dem auch das KI gehört, …")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.grammar import CentreNames
from kiwatch.pipelines.extract.unitsubject import kind_antecedent
from kiwatch.pipelines.extract.unitwords import (
    OFFICE,
    UNIT_NUMBER,
    UNIT_WORD,
    WHOLE_KINDS,
    named_unit,
    unit_chain,
    unit_from_text,
)
from kiwatch.records import ParentUnit

_TENSE_MARKERS = (
    # (case-blind: a marker may open the sentence, "Geplant ist …", "Früher gehörte …"; "bisher" with a
    # present verb is the state until now, the current one: "Bisher ist es beim Jugendamt angesiedelt")
    r"(?i:\b(?:war|waren|wurde|wurden|gewesen|" + "".join(rf"(?<!{w}\s)" for w in P.DURATIVE_PASSIVE) + r"(?:werden|wird)(?![^.;,]{0,80}?\b(?:" + "|".join(P.DURATIVE_PASSIVE) + r")\b)|soll|sollen|künftig|zukünftig|bisher(?!\s+(?:ist|sind|gehört|gehören|untersteht|unterstehen|bleibt|arbeitet|liegt|ressortiert|noch)\b)(?<!\bist\sbisher)(?<!\bsind\sbisher)(?<!\bes\sbisher)(?<!\bsie\sbisher)(?<!\bgehört\sbisher)(?<!\buntersteht\sbisher)|ehemals|ehemalige[nm]?|"
    r"bis\s+(?:zum\s+|Ende\s+)?(?:\d{1,2}\.\s*)*(?:19|20)\d\d|damals|zuvor|vormals|wechselt|wechselte"
    r"|was|were|will|until|formerly|previously|used\s+to|dann|danach|then|worden|geworden|gehörte|gehörten|hatte|hatten|unterstand|unterstanden"
    r"|ressortierte|früher|einst|ursprünglich|anfangs|geplant|vorgesehen|beabsichtigt|planned|would|had\s+been"
    # a decision or proposal ("Der Kreistag hat beschlossen, das KI … dem Dezernat 2 zuzuordnen")
    r"|beschlossen|beschließt|beschloss|Beschluss\w*|\w+zu(?:lösen|ordnen|gliedern|führen|legen|stellen))\b)"
)
_HISTORY_OR_PLAN_RE = re.compile(_TENSE_MARKERS)
PAST_OR_FUTURE_RE = re.compile(
    _TENSE_MARKERS +
    # an effective date ("Ab 01.07.2027 firmiert das KI als …", "Zum 1. Januar gehört …"): an announcement
    # ("mit Wirkung vom" is a start in the past, like "seit")
    r"|\b(?:[Aa]b|[Zz]um|[Zz]ur|[Mm]it\s+Wirkung\s+(?:zum|ab)|[Ww]irksam\s+(?:ab|zum))\s+(?:dem\s+|der\s+)?"
    r"(?:\d{1,2}\.\s*(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+)|(?:19|20)\d\d\b|[A-ZÄÖÜ][a-zäöü]+\s+(?:19|20)\d\d)"
)
#: Where a clause begins: a semicolon, a conjunction, or a relative pronoun after a comma.
#: A history clause after the present one, its verb or subject left out or not: "Seit 2024 gehört das KI zum
#: Fachbereich 4, zuvor war es beim Sozialamt angesiedelt", "…, bis 2021 beim Jugendamt" -> the clause before is read alone.
EARLIER_CLAUSE_RE = re.compile(r"(?:,|\s[–—])\s*(?:und\s+|aber\s+)?(?=(?:zuvor|vorher|davor|früher|ehemals|vormals|einst|damals|ursprünglich|anfangs"
                               r"|bis\s+(?:zum\s+|Ende\s+|Mitte\s+|Anfang\s+)?\d+)\b)")
CLAUSE_START_RE = re.compile(
    # ("…, sondern zum Schulamt" continues its clause: it has no subject of its own)
    r";\s*|,\s+(?:und|aber|doch|jedoch|während|sowie)\s+"
    # a subordinate clause after the main one: "…, nachdem es bis 2019 Teil des Sozialamtes war"
    r"|,\s+(?P<sub>nachdem|bevor|ehe|weil|obwohl|wobei|sodass|so\s+dass|wenngleich|seitdem|bis)\s+"
    # the main clause resumes after a fronted relative clause: "Nach dem Zuschnitt, der … wurde, gehört das KI …"
    r"|,\s+(?=(?:gehört|gehören|ist|sind|bleibt|untersteht|liegt|arbeitet|zählt|ressortiert)\b)"
    r"|,\s+(?P<rel>(?:(?:zu|bei|in|an|unter|mit|von)\s+)?(?:die|der|das|den|dem|denen|deren|dessen|welche[rsnm]?|wo))\s+"
)


#: A main clause resumed by its finite verb after a comma.
_RESUME_RE = re.compile(r"(?:gehört|gehören|ist|sind|bleibt|untersteht|liegt|arbeitet|zählt|ressortiert)\b")
#: What may follow the centre's name before the comma of its relative clause: a town, an acronym.
_ANTECEDENT_TAIL_RE = re.compile(r"(?:\s+(?:\(?[A-ZÄÖÜ][\w.-]*\)?|der|des|im|in))*\s*")


def _clause_of(starts: Sequence[tuple[int, bool]], pos: int) -> int:
    return bisect.bisect_right(starts, (pos, True))  # (the starts in order: how many lie at or before pos)


@lru_cache(maxsize=16)
def _clause_starts(sentence: str) -> tuple[tuple[int, bool], ...]:
    """Where the sentence's clauses start, and which are relative clauses (read once per sentence: every
    candidate unit of a sentence asks, and glued text holds thousands)."""
    return tuple((m.end(), m.group("rel") is not None) for m in CLAUSE_START_RE.finditer(sentence))


def linked(sentence: str, centre: CentreNames, subject: re.Match[str], unit_at: int) -> bool:
    """The unit belongs to the centre's clause: the same clause; a relative clause whose
    antecedent is the centre ("Das KI, das zum Amt 51 gehört"); or the unit is the antecedent of the centre's relative
    clause ("Das Schulamt, zu dem das KI gehört"). A unit in a clause about someone else ("…, die dem Fachbereich …") is not."""
    starts = _clause_starts(sentence)
    if not starts:
        return True
    cs, cu = _clause_of(starts, subject.start()), _clause_of(starts, unit_at)
    if cs == cu:
        return True
    if cu == cs + 1 and starts[cu - 1][1]:  # the centre is the antecedent of the unit's relative clause
        comma = sentence.rfind(",", 0, starts[cu - 1][0])
        found = list(centre.regex.finditer(sentence, 0, comma))
        last = found[-1] if found else None
        return last is not None and (_ANTECEDENT_TAIL_RE.fullmatch(sentence, last.end(), comma) is not None  # (or the centre's own kind:
                                     or kind_antecedent(sentence, last.end(), comma, starts[cu - 1][0]))  # "ist eine Stabsstelle, die …")
    if cs == cu + 1 and starts[cs - 1][1]:  # the unit is the antecedent of the centre's relative clause
        return not CLAUSE_START_RE.search(sentence, unit_at, starts[cs - 1][0] - 1)
    # a fronted phrase, perhaps with a relative clause of its own, before the main clause's finite verb:
    # "Als Abteilung 2.4 des Fachbereichs 2, den Frau X führt, arbeitet das KI …"
    if cu == 0 and cs >= 1 and not starts[cs - 1][1] and _RESUME_RE.match(sentence, starts[cs - 1][0]) \
            and all(starts[k][1] for k in range(cs - 1)):
        return True
    # the main clause resumes after an apposition or a relative clause: "Das KI, eine Einrichtung der
    # Stadt, gehört zum Amt 32"; "Die Fachstelle, das Kommunale Integrationszentrum, gehört zum …"
    if cu >= 1 and _RESUME_RE.match(sentence, starts[cu - 1][0]):
        comma = sentence.find(",", subject.end())
        if cs == 0 and all(not _RESUME_RE.match(sentence, starts[k][0]) for k in range(cu - 1)):
            return _ANTECEDENT_TAIL_RE.fullmatch(sentence, subject.end(), max(comma, subject.end())) is not None
        if cs == 1 and cu == 2 and starts[0][1]:
            inner = sentence[starts[0][0]: starts[1][0]].rstrip(" ,")
            named = centre.regex.match(inner)
            return named is not None and _ANTECEDENT_TAIL_RE.fullmatch(inner, named.end()) is not None
    return False


def tense_free(sentence: str, subject: re.Match[str], unit_at: int) -> bool:
    """No history or plan marker in the clauses that state the assignment: a relative clause
    about another noun ("…, der von Frau X geleitet wird, …") says nothing about its tense, nor does a
    subordinate clause after the main one ("…, nachdem es bis 2019 Teil des Sozialamtes war")."""
    starts = [(m.end(), m.group("rel") is not None or m.group("sub") is not None) for m in CLAUSE_START_RE.finditer(sentence)]
    bounds = [0, *(at for at, _ in starts), len(sentence)]
    keep = {_clause_of(starts, subject.start()), _clause_of(starts, unit_at)}
    # an apposition between the subject and its resumed main clause dates only itself: "Das KI, bis
    # 2020 Teil des Jugendamtes, ist heute eine Stabsstelle des Landrats"
    ks = _clause_of(starts, subject.start())
    if ks < len(starts) and not starts[ks][1] and _RESUME_RE.match(sentence, starts[ks][0]) and sentence.find(",", subject.end()) >= 0:
        comma = sentence.find(",", subject.end())
        if comma < starts[ks][0] and PAST_OR_FUTURE_RE.search(sentence, comma, starts[ks][0]):
            if comma <= unit_at < starts[ks][0]:
                return False
            sentence = sentence[:comma] + " " * (starts[ks][0] - comma) + sentence[starts[ks][0]:]
    # a fronted phrase before the main clause's finite verb dates only itself: "Ursprünglich im
    # Sozialdezernat gegründet, ist das KI seit 2022 im Dezernat für Bildung angesiedelt"
    fronted = bool(starts) and not starts[0][1] and _RESUME_RE.match(sentence, starts[0][0]) is not None
    text = " ".join(sentence[bounds[k]:bounds[k + 1]] for k in range(len(bounds) - 1)
                    if k in keep or (k == 0 and not fronted) or (k > 0 and not starts[k - 1][1]))
    return PAST_OR_FUTURE_RE.search(text) is None


def antecedent_unit(sentence: str, subject: re.Match[str]) -> ParentUnit | None:
    """The unit a relative clause about the centre hangs on: "Das Schulamt, zu dem auch das KI
    gehört, …", "Amt 51 – Jugend, dem das Integrationszentrum zugeordnet ist"."""
    starts = [(m, m.group("rel")) for m in CLAUSE_START_RE.finditer(sentence)]
    before = [(m, rel) for m, rel in starts if m.end() <= subject.start()]
    if not before or not before[-1][1] or before[-1][1].split()[-1] not in ("dem", "der", "denen"):
        return None
    boundary = before[-1][0]
    clause_start = before[-2][0].end() if len(before) >= 2 else 0
    head = sentence[clause_start: boundary.start()]
    found = list(re.finditer(UNIT_WORD, head))
    last = found[-1] if found else None
    if last is None:
        return None
    unit = named_unit(head, last.group(0), last.end())
    return unit if head.rstrip(" )").endswith(unit.name.split()[-1].rstrip(")")) and unit.kind else None


@lru_cache(maxsize=64)
def _owned_by_centre_re(centre: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:ist|sind)\s+(?:eine?[rsnm]?|das|die|der)\s+(?:[\wäöüß-]+\s+){0,3}?(?:des|der|unseres|unserer)\s+(?:" + centre + r")")


def owned_by_centre(sentence: str, centre: CentreNames) -> list[tuple[int, int]]:
    """Spans of copulas that make something else part of the centre ("Integration durch Bildung
    ist ein weitreichendes Arbeitsfeld des KI", "Das Sachgebiet X ist ein Teil des KI"): the
    direction is reversed, so such a copula never assigns the centre to a unit."""
    if " des " not in sentence and " der " not in sentence and " unser" not in sentence:
        return []
    return [(m.start(), m.end()) for m in _owned_by_centre_re(centre.pattern).finditer(sentence)]


_WHOLE_KIND_RE = re.compile(r"(?:(?:" + "|".join(WHOLE_KINDS) + r")(?:es|s|en|e)?|FB|FD|GB|Dez\.|Abt\.)(?![\wäöüß])")
_ATTRIBUTE_PREP = r"(?:im|beim|in\s+der|innerhalb\s+(?:des|der)|des|der)"


@lru_cache(maxsize=64)
def _attribute_res(centre: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (re.compile(r"(?:" + centre + r")\s+(?P<prep>" + _ATTRIBUTE_PREP + r")\s+(?P<unit>" + UNIT_WORD + r")"),
            re.compile(r"(?:Im|Beim|In\s+der|Innerhalb\s+(?:des|der))\s+(?P<np>[^,;]{3,90}?),\s+(?:" + centre + r")\s*,"
                       # the unit around the centre, both as places: "Beim Fachbereich 4 ist im KI … eine Stelle zu besetzen"
                       r"|(?:Im|Beim|In\s+der|Innerhalb\s+(?:des|der))\s+(?P<np2>[^;]{3,90}?)\s+(?:ist|sind|wird|werden)\s+(?:[a-zäöü]\w*\s+)?"
                       r"(?:im|in\s+(?:dem|unserem))\s+(?:" + centre + r")"),
            # a possessive that refers back to the unit opening the sentence: "Das Jugendamt und sein KI",
            # "Die Abteilung X mit ihrem KI", "Das Amt für Schule sucht für sein KI …"
            re.compile(r"\b(?P<pos>sein|seine[mnrs]?|ihr|ihre[mnrs]?)\s+(?:neue[mnrs]?\s+)?(?:" + centre + r")"))


#: Unit kinds of feminine gender: the possessive that refers back to them is "ihr", to all others "sein".
_FEMININE_KINDS = ("Abteilung", "Stabsstelle", "Dienststelle")


def _possessor_unit(sentence: str, possessive: re.Match[str]) -> ParentUnit | None:
    """The unit at the start of the sentence that a possessive before the centre refers back to:
    nothing but lower-case words (a verb, "und", "mit", "für") stands between them."""
    m = re.match(r"(?:Der|Die|Das)\s+(?P<unit>" + UNIT_WORD + r")", sentence)
    if m is None:
        return None
    unit = named_unit(sentence, m.group("unit"), m.end("unit"))
    if not unit.kind:
        return None
    end = sentence.find(unit.name.split()[-1], m.start("unit")) + len(unit.name.split()[-1])
    between = sentence[end: possessive.start()]
    if re.search(r"[A-ZÄÖÜ\d,;:]", between) or len(between.split()) > 4:
        return None
    feminine = unit.kind in _FEMININE_KINDS
    return unit if possessive.group("pos").startswith("ihr") == feminine else None


#: Auxiliaries of the past passive: they date what the sentence says was done ("Die Vorlage wurde
#: vom KI im Fachbereich 5 erarbeitet"), not the centre's place, unless the sentence changes it.
_PAST_AUXILIARIES = frozenset({"wurde", "wurden", "worden"})


def _dated_against(sentence: str) -> bool:
    """A history or plan marker that dates the centre's attribute: any marker but a past auxiliary,
    or a past auxiliary in a sentence that changes or assigns the centre."""
    markers = [m.group(0).lower() for m in _HISTORY_OR_PLAN_RE.finditer(sentence)]
    if not markers:
        return False
    if any(m not in _PAST_AUXILIARIES for m in markers) or P.EFFECTIVE_DATE_RE.search(sentence):
        return True  # (a copula "war" places the centre itself; an effective date dates it)
    return bool(P.CHANGE_VERB_RE.search(sentence) or P.CHANGE_LEXEME_RE.search(sentence) or P.REORGANISATION_RE.search(sentence)
                or P.DATED_ASSIGNMENT_RE.search(sentence) or _PAST_CHANGE_RE.search(sentence))


#: Participles of a change or a founding in the past: "Das KI im Jugendamt wurde 2015 gegründet / verlegt".
_PAST_CHANGE_RE = re.compile(r"\b(?:gegründet|verlegt|verlagert|eingerichtet|umbenannt|aufgelöst|zugeordnet|überführt|ausgegliedert|eingegliedert|umgezogen)\b")


def attribute_unit(sentence: str, centre: CentreNames) -> ParentUnit | None:
    """The unit named as the centre's attribute, whatever the verb: "sucht für das KI im Amt für
    Schule und Bildung (Amt 40) …", "Im Fachbereich Jugend (FB 51), Kommunales
    Integrationszentrum, ist … zu besetzen". Only a unit named by its kind word or a code (not
    a compound such as "Bürgeramt", which is as often a place), in a sentence without a history
    or plan marker."""
    res = _attribute_res(centre.pattern)
    m = res[0].search(sentence)
    possessive = res[2].search(sentence) if m is None and (" sein" in sentence or " ihr" in sentence) else None
    if (m is None and possessive is None and not sentence.startswith(("Im ", "Beim ", "In ", "Innerhalb "))) or _dated_against(sentence):
        return None  # (an effective date may be the job's: "zum 01.02. zu besetzen")
    if possessive is not None:
        return _possessor_unit(sentence, possessive)
    if m and _WHOLE_KIND_RE.fullmatch(m.group("unit")):
        unit = named_unit(sentence, m.group("unit"), m.end("unit"))
        return unit if unit.name != m.group("unit") else None
    if m and m.group("prep") in ("des", "der"):
        # the centre of a unit by a compound name ("das KI des Kreissozialamtes"): whose, not where
        unit = named_unit(sentence, m.group("unit"), m.end("unit"))
        return unit if unit.kind else None
    m = _attribute_res(centre.pattern)[1].match(sentence)
    if m and _WHOLE_KIND_RE.match(np := m.group("np") or m.group("np2")):
        return unit_from_text(np)
    return None


@lru_cache(maxsize=64)
def _attributive_re(centre: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (re.compile(
        r"\b(?:das|dem|des|die|der|den|ein|eine[mnrs]?|unser\w*|Das|Dem|Des|Die|Der|Den|Ein|Eine[mnrs]?|Unser\w*)\s+"
        r"(?P<pp>(?:[a-zäöü]\w*\s+){0,2}?(?P<prep>dem|der|beim|bei\s+der|im|in\s+der|innerhalb\s+(?:des|der))\s+(?P<unit>" + UNIT_WORD + r"|" + OFFICE + r")"
        r"(?:[^,;]|,(?=\s+[A-ZÄÖÜ])){0,90}?"
        r"\s+(?!(?:" + "|".join(P.STATAL_NOT_ASSIGNMENT) + r")\w{0,2}\b)(?:" + P.STATAL_PARTICIPLE + r")(?:e|en|er|es|em))\s+"
        r"(?:(?:neue|kommunale|städtische|eigene)\w*\s+)?(?:" + centre + r")"),
        re.compile(r"[tn]e[nmrs]?\s+(?:[a-zäöü]\w*\s+)?(?:" + centre + r")"))


def attributive_unit(sentence: str, centre: CentreNames) -> tuple[ParentUnit | None, str]:
    """The unit of an attributive participle before the centre's name: "das dem Amt für Jugend (Amt
    51) angegliederte KI", "für das beim Dezernat IV angebundene Integrationszentrum"; and the
    sentence to read further. A history or plan marker inside the phrase ("das früher beim
    Sozialamt angesiedelte KI gehört nun zum Amt 40") makes it no current unit, and dates only
    itself: the sentence without it is read on."""
    if "te " not in sentence and "ten " not in sentence and "ne " not in sentence and "nen " not in sentence:
        return None, sentence  # (cheap gates: an inflected participle ends in -te(n) or -ne(n) …
    gate = _attributive_re(centre.pattern)[1].search(sentence)
    if gate is None:
        return None, sentence  # … and stands right before the centre's name, perhaps past one adjective)
    m = _attributive_re(centre.pattern)[0].search(sentence, 0, gate.end())
    if m is None:
        return None, sentence
    if _HISTORY_OR_PLAN_RE.search(m.group("pp")):
        return None, sentence[: m.start("pp")] + sentence[m.end("pp"):].lstrip()
    unit = named_unit(sentence, m.group("unit"), m.end("unit"))
    return (unit if unit.kind or re.fullmatch(OFFICE, m.group("unit")) else None), sentence


_PART_NOUN_RE = re.compile(r"(?:" + "|".join(P.UNIT_PART_NOUNS) + r")(?:en|n|e|s|es)?")
#: A noun predicated of the centre ("ist ein Angebot des Amtes …", "als Baustein des …"): the unit in
#: its genitive is the centre's, unless the noun is a place or an occasion.
_PREDICATE_RE = re.compile(r"\b(?:ist|sind|als|bildet|bilden)\s+(?:(?:ein|eine|der|die|das)\s+)?(?:[a-zäöü]\w*\s+){0,2}$")
_PLACE_NOUN_RE = re.compile(r"(?:" + "|".join(P.PLACE_NOUNS) + r")")
_TIME_WORD_RE = re.compile(r"(?i:" + "|".join(P.MONTHS) + r"|" + "|".join(P.TIME_NOUNS) + r")")
_APPOSITION_RE = re.compile(r"(?P<mark>[–—,(])\s*(?:eine?|ein\s+Teil|Teil)?\s*(?:[a-zäöü]\w*\s+)?\S+\s*$")
_CENTRE_TAIL = r"(?:\s+\(?[A-ZÄÖÜ][\w.-]*\)?)*\s*$"


#: A part noun and the name words after it, at the end of the text before a genitive.
_NAMED_PART_RE = re.compile(r"(?<![\wäöüß])(?P<noun>Team|Sachgebiet|Referat|Abteilung|Stabsstelle|Fachstelle|Arbeitsbereich|Bereich)"
                            # (a quoted name too: "als Stabsstelle „Integration“ der Landrätin")
                            r"(?:\s+[„“”\"»«‚‘’']?(?:[A-ZÄÖÜ][\wäöüß-]*|und|&)[“”\"«»‘’']?){1,4}$")


def in_last_words(pattern: re.Pattern[str], text: str, words: int) -> re.Match[str] | None:
    """`pattern.search(text)` for a pattern tied to the text's end whose match lies within its last
    `words` words (_NAMED_PART_RE: a part noun and four name words; _APPOSITION_RE: a mark in a
    word, an article of two, a word and one more): only those are searched. Searched whole, once
    for each unit of a sentence, a long sentence cost the square of its length or more."""
    head = text.rsplit(None, words)
    return pattern.search(text, len(head[0]) if len(head) > words else 0)


def genitive_attaches(sentence: str, at: int, centre: CentreNames) -> bool:
    """A bare "des"/"der" before a unit at `at` makes it the centre's parent only where the word
    before is the centre, a unit, a code, a part noun ("Teil des Amtes", "Dach des …") or no noun
    at all (a dative: "ist organisatorisch der Abteilung … zugeordnet"); after any other noun the
    unit is that noun's ("im Gebäude des Sozialamts", "der Fachtag des Schulamts"). A part noun in
    an apposition ("– eine Einrichtung des …") describes the noun right before the apposition."""
    before = sentence[:at].rstrip()
    # a part named by its own words ("als Team Sprachbildung der Abteilung …", "im Sachgebiet Bildung
    # und Teilhabe des Amtes 51"): the genitive hangs on the part noun before the name
    named = in_last_words(_NAMED_PART_RE, before, 5)
    if named:
        before = before[: named.end("noun")]
    word = before.rsplit(None, 1)[-1].strip("„“\"'(") if before else ""
    if not word[:1].isupper() or re.fullmatch(UNIT_NUMBER, word) or _TIME_WORD_RE.fullmatch(word):
        return True
    if centre.regex.search(before[-len(word) - 40:]) and re.search(r"(?:" + centre.pattern + r")" + _CENTRE_TAIL, before):
        return True
    if re.fullmatch(UNIT_WORD, word) or re.fullmatch(OFFICE, word):
        return True
    if not _PART_NOUN_RE.fullmatch(word):
        return bool(_PREDICATE_RE.search(before[: -len(word)])) and not _PLACE_NOUN_RE.fullmatch(word)
    appo = in_last_words(_APPOSITION_RE, before, 5)
    if appo is None or appo.group("mark") not in "–—,(" or re.search(r"\b(?:ist|sind|als|bildet|bilden)\b", before[appo.start():]):
        return True
    return re.search(r"(?:" + centre.pattern + r")" + _CENTRE_TAIL, before[: appo.start()]) is not None


#: The rest of a clause up to its dative verb of assignment ("… dem Fachbereich Schule direkt zugeordnet").
_DATIVE_VERB_RE = re.compile(r"[^,;.]{0,80}?\b(?:zugeordnet|unterstellt|angegliedert|zugeschlagen|untergeordnet|nachgeordnet)\b")
_INSIDE_WORD_RE = re.compile(r"\b(?:dort|darin|genauer|konkret|innerhalb\s+(?:dessen|deren|davon)|und\s+zwar)\b")
#: Nothing but a unit's name up to the end of the sentence (an apposition, no clause of its own).
_NAME_TO_END_RE = re.compile(r"(?:\s+(?:[A-ZÄÖÜ\d][\w.\-]*|und|für|–|-|&))*\s*[.!]?\s*$")
_NESTED_PREPS = frozenset({"im", "Im", "in der", "In der", "beim", "Beim", "bei der", "innerhalb des", "innerhalb der", "Innerhalb des", "Innerhalb der"})


def nested_unit(unit: ParentUnit, target: re.Match[str], later: list[re.Match[str]], sentence: str) -> ParentUnit:
    """A unit placed inside the one read first, in the same clause: the nearer superior with the
    chain above it ("Beim Fachbereich 4 ist in der Abteilung Bildung das KI angesiedelt" ->
    "Fachbereich 4 / Abteilung Bildung"). Only a unit of a lower rank, named by its own kind word,
    nests; one the first unit's name already holds is not read twice."""
    for inner in later:
        if inner.start() - target.end() > 120:
            break  # (a unit placed inside another is named near it; glued text repeats units thousands of times)
        prep = (inner.group("prep") or "").strip()
        # (or the dative object of the clause's verb after a place: "ist im Dezernat II dem Fachbereich Schule
        # zugeordnet" -> the unit right above the centre is the dative one, the place the chain above it)
        dative = prep in ("dem", "der") and _DATIVE_VERB_RE.match(sentence, inner.end()) is not None
        between = sentence[target.end(): inner.start()]
        # (a word that places the next unit inside the first: "gehört zum Dezernat III, dort zum Fachbereich 40", "…, genauer
        # dem Amt 40", "und innerhalb dessen zum Amt 40"; or a place after a comma: "im Dezernat II angesiedelt, im Amt 40")
        inside = _INSIDE_WORD_RE.search(between) is not None and not re.search(r"[;]|\b(?:früher|zuvor|bis|künftig|ab)\b", between)
        if inside and prep in ("zum", "zur", "dem", "der", "des"):
            pass
        elif (prep not in _NESTED_PREPS and not dative) or (re.search(r"[,;]", between) and not (
                inside or (re.fullmatch(r"[^,;]*,\s*", between) and _NAME_TO_END_RE.match(sentence, inner.end("unit"))))):
            continue
        found = named_unit(sentence, inner.group("unit"), inner.end("unit"))
        if not found.kind or found.name == found.kind or found.name.split()[-1] in unit.name.split():
            continue
        if P.UNIT_RANKS.get(found.kind, 3) > P.UNIT_RANKS.get(unit.kind, 3):
            return unit_chain([unit, found])
        return unit
    return unit


#: The end date of the present state: "Bis zum 31. Dezember 2026 ist das KI noch Teil des Amtes 40", "… bleibt noch bis Ende 2026 …".
_UNTIL_DATE = r"[Bb]is\s+(?:zum\s+|Ende\s+|Mitte\s+|Anfang\s+)?(?:\d{1,2}\.\s*)?(?:\d{1,2}\.\s*|[A-ZÄÖÜ][a-zäöü]+\s+)?(?:19|20)\d\d\b"
_UNTIL_STILL_RE = re.compile(r"^" + _UNTIL_DATE + r"\s+(?=(?:bleibt|verbleibt)\b|(?:ist|sind|gehört|gehören|untersteht|unterstehen)\s+(?:das|die|der|es|sie|unser\w*)\b"
                             r"[^,;]{0,60}?\b(?:noch|weiterhin)\b)|(?<=\bnoch\s)" + _UNTIL_DATE + r"\s*")


def without_end_date(sentence: str) -> str:
    """The sentence without the end date of a state that still holds (a "noch", "weiterhin" or "bleibt" says
    it holds now): that date is no history marker."""
    if ("noch" in sentence or "leibt" in sentence or "weiterhin" in sentence) and (until := _UNTIL_STILL_RE.search(sentence)):
        sentence = (sentence[: until.start()] + sentence[until.end():]).strip()
        return sentence[:1].upper() + sentence[1:]
    return sentence


#: A unit numbered in Roman figures at a sentence's end ("… zum Dezernat I. Seit 2022 ist es …"): the splitter keeps a
#: single capital with its period as an initial, but after a unit word and before a sentence opener it ends a sentence.
_ROMAN_END_RE = re.compile(r"(?<=\s[IVX])\.(?=" + P.SENTENCE_OPENER_RE.pattern + r")")


def clauses_of(sentence: str) -> list[str]:
    """The clauses of a sentence read one by one: split at semicolons and at a Roman figure ending a sentence."""
    parts = _ROMAN_END_RE.split(sentence) if ("I. " in sentence or "V. " in sentence or "X. " in sentence) else [sentence]
    if len(parts) > 1:
        parts = [p_ + "." if k < len(parts) - 1 else p_ for k, p_ in enumerate(parts)]
    return [c.strip() for p_ in parts for c in (p_.split("; ") if "; " in p_ else (p_,))]
