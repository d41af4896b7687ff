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
from kiwatch.pipelines.extract.dated import find_dates
from kiwatch.pipelines.extract.grammar import CentreNames
from kiwatch.records import ParentUnit

_KIND_ALT = "|".join(P.UNIT_KINDS)
_KIND_LOWER_ALT = "|".join(k.lower() for k in P.UNIT_KINDS)
_UNIT_NUMBER = r"(?:[IVX]{1,5}\b|\d{1,3}(?:[-./]\d{1,3}){0,4}[a-z]?\b)"
# a unit word: a kind, an abbreviation or a compound ending in a kind ("Kreisjugendamt",
# "Sozialdezernat"), with a case ending
_UNIT_WORD = (
    r"(?:(?:Geschäftsbereich|Stabsstelle|Fachbereich|Fachdienst|Dezernat|Sachgebiet|Abteilung|Dienststelle|Ressort|Referat|Stab|Büro|Amt)(?:es|s|en|e)?"
    r"|[A-ZÄÖÜ][a-zäöüß]+(?:" + _KIND_LOWER_ALT + r"|ressort)(?:es|s|en)?|FB|FD|GB|Dez\.|Abt\.|"
    + "|".join(P.ENGLISH_UNIT_WORDS) + r")(?![\wäöüß])"
)
_OFFICE = r"(?:" + "|".join(P.OFFICE_HOLDERS) + r")(?![\wäöüß])"
_PREP = (
    r"(?<![\wäöüß])(?<!mit )(?<!von )(?<!aus )(?<!nach )(?<!gegenüber )(?<!für )"
    r"(?P<prep>dem|Dem|der|den|des|beim|Beim|Vom|Zum|Zur|bei\s+der|bei\s+dem|vom|[Ii]m|[Ii]n\s+der|[Ii]n\s+dem|in\s+den|in\s+das|in\s+die|an\s+das|an\s+den|an\s+die|zum|zur|[Ii]nnerhalb\s+(?:des|der)|unter\s+dem"
    r"|of\s+the|to\s+the|within\s+the|in\s+the|[Oo]f|to)\s+"
    r"(?:(?:neuen|neu\s+gebildeten|direkt|unmittelbar|heutigen|jetzigen)\s+)?(?:Bereich\s+)?"
)
_TARGET_RE = re.compile(
    r"(?:" + _PREP + r"|(?<=\bbildet\b)(?:[^.;]{0,50}?\s)?(?P<prep2>die|das|den)\s+)(?P<unit>" + _UNIT_WORD + r"|" + _OFFICE + r")"
)
_CRUMB_SPLIT_RE = re.compile(r"\s*[›»>/|]\s*")
_NUMBER_RE = re.compile(r"\s*(?P<number>" + _UNIT_NUMBER + r")")
_CONNECTORS = frozenset({"und", "für", "der", "des", "im", "in", "sowie", "/", "–", "-", ":", "&", "mit", "von", "vom", "zur", "zum",
                        "of", "and", "for", "the"})
_STOP_WORDS = frozenset({"Das", "Die", "Der", "Wir", "Es", "Sie", "Er", "Seit", "Ab", "Zum", "Zur"})
_ASSIGNMENT_RE = re.compile(r"\b(?:" + "|".join(P.ASSIGNMENT_VERBS) + r")\b")
_PAST_OR_FUTURE_RE = re.compile(
    r"\b(?:war|waren|wurde|wurden|gewesen|werden|wird|soll|sollen|künftig|zukünftig|bisher|ehemals|ehemalige[nm]?|"
    r"bis\s+(?:zum\s+|Ende\s+)?(?:\d{1,2}\.\s*)*(?:19|20)\d\d|damals|zuvor|vormals|wechselt|wechselte"
    r"|was|were|will|until|formerly|previously|used\s+to|dann|danach|then"
    # a decision or proposal ("Der Kreistag hat beschlossen, das KI … dem Dezernat 2 zuzuordnen")
    r"|beschlossen|beschließt|beschloss|Beschluss\w*|\w+zu(?:lösen|ordnen|gliedern|führen|legen|stellen))\b"
)
_OWN_KIND_RE = re.compile(r"\b(?:als|(?:ist|sind)\s+(?:[^,.;]{0,25}?\s)?(?:eine?|das|die|der))\s+(?:(?:eigene|eigenständige|zentrale)[nrs]?\s+)?(?P<kind>Stabsstelle|Stab|Abteilung|Sachgebiet|Referat|Fachdienst|Dienststelle|Teil|Team|Bereich)(?![\wäöüß])")
_SINCE_RE = re.compile(r"\b(?:[Ss]eit|[Aa]b)\s+(?:dem\s+)?(?P<date>[^,;]{6,25}?\d{4})")
_LABEL_RE = re.compile(
    r"^(?:(?P<label>(?:(?:Zuständige|Übergeordnete|Organisatorische|Federführende)\s+)?(?:" + "|".join(P.PARENT_LABELS[:P.PARENT_LABELS_WITHOUT_COLON]) + r"))"
    # the value after a colon, in the next cell, or on the next line (a <dt>/<th> of its own)
    r"(?:\s*:\s*|\s+(?=[A-ZÄÖÜ\d„\"])|\s*$)|(?P<lead>(?:Zuständige|Federführende)\s+)?(?P<unitlabel>" + "|".join(P.PARENT_LABELS[P.PARENT_LABELS_WITHOUT_COLON:]) + r")\s*:\s*)(?P<value>.*)$",
    re.IGNORECASE,
)
_UNIT_LINE_START_RE = re.compile(r"(?:" + _KIND_ALT + r"|FD|FB|GB)\b|[A-ZÄÖÜ][a-zäöüß]+(?:" + _KIND_LOWER_ALT + r")\b")
_CODE_LINE_RE = re.compile(
    r"^(?P<word>(?:" + _KIND_ALT + r"|Geschäftsbereich|Ressort|FD|FB|GB)\b|[A-ZÄÖÜ][a-zäöüß]+(?:" + _KIND_LOWER_ALT + r"))"
    r"\s*(?P<number>" + _UNIT_NUMBER + r")?\s*(?:[–—:-]\s*)?(?P<rest>[^@:]{0,90})$"
)


def _unit_kind(word: str) -> str:
    word = P.UNIT_ABBREVIATIONS.get(word, word)
    low = word.lower()
    for kind in (*P.UNIT_KINDS, "Geschäftsbereich", "Ressort", "Stab", "Büro"):
        k = kind.lower()
        if low.endswith((k, k + "es", k + "s", k + "en", k + "e")):
            return "Geschäftsbereich" if low.endswith(("geschäftsbereich", "geschäftsbereichs")) else kind
    return ""


def _nominative(word: str, kind: str) -> str:
    """"Amtes" -> "Amt", "Dezernats" -> "Dezernat", "FD" -> "Fachdienst"."""
    word = P.UNIT_ABBREVIATIONS.get(word, word)
    low, k = word.lower(), kind.lower()
    if kind and not low.endswith(k):
        for ending in ("es", "en", "s", "e"):
            if low.endswith(k + ending):
                return word[: -len(ending)]
    return word


def _rest(text: str) -> str:
    """The name words after a unit word and number: "für Schule und Kultur", "– Jugend, Schule
    und Integration", "„Schule und Teilhabe“ im Fachbereich 40", "/ Referat Zuwanderung"; stops
    at the first lower-case word that is no connector (a verb, an adverb)."""
    out: list[str] = []
    tokens = re.findall(r"„[^“”\"]{1,60}[“”\"]|\"[^\"]{1,60}\"|[\w.äöüÄÖÜß-]+|[,/–—:&]", text)
    for i, tok in enumerate(tokens):
        if tok in (",",):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if not nxt or not nxt[:1].isupper() or nxt in _STOP_WORDS:
                break
            out.append(tok)
            continue
        if tok[:1] in "„\"" or tok[:1].isupper() or tok[:1].isdigit() or tok in _CONNECTORS:
            if tok in _STOP_WORDS or (tok[:1].isupper() and tok.lower() in ("ist", "sind")):
                break
            if tok.endswith(".") and not re.fullmatch(r"[A-ZÄÖÜ][a-zäöü]{0,3}\.|e\.\s?V\.|\d{1,2}\.", tok):
                out.append(tok[:-1])  # the sentence ends here
                break
            out.append(tok)
            continue
        break
    while out and (out[-1] in _CONNECTORS or out[-1] == ","):
        out.pop()
    words = " ".join(out).replace(" ,", ",")
    return re.sub(r"\s+([/–—&])\s+", r" \1 ", words)


def _subject(sentence: str, centre: CentreNames) -> re.Match[str] | None:
    """The centre as the sentence's subject (not as the object of a preposition)."""
    for m in centre.regex.finditer(sentence):
        before = sentence[max(0, m.start() - 12): m.start()]
        if re.search(r"(?:beim|bei dem|dem|zum|vom|aus dem|des|im|für das|mit dem|den)\s+(?:\w+\s+)?$", before) and not re.search(r"\b(?:das|Das)\s+(?:\w+\s+)?$", before):
            continue
        return m
    pronouns = P.CENTRE_PRONOUNS + tuple(rf"(?:[Dd]ie|[Dd]as|[Dd]er|[Uu]nsere?)\s+{k}" for k in centre.own_kinds)
    pronoun = re.match(r"(?:(?:Organisatorisch|Derzeit|Aktuell|Heute|Inzwischen|Seit\s+[^,]{1,30}?)\s+)?(?:ist|sind)?\s*(?:" + "|".join(pronouns) + r")\b", sentence)
    if pronoun:
        return pronoun
    return re.search(r"\b(?:ist|sind)\s+(?:" + "|".join(P.CENTRE_PRONOUNS).replace("[Dd]", "d").replace("[Ww]", "w") + r")\b", sentence)


#: A unit as the subject of a verb that contains the centre ("Der Fachbereich 4 umfasst das KI",
#: "Zum Amt 51 gehören … und das Integrationszentrum").
_INVERSE_RE = re.compile(
    r"^(?:Der|Die|Das|Zum|Zur|Unter\s+dem\s+Dach\s+(?:des|der))\s+(?P<unit>" + _UNIT_WORD + r")[^.;]{0,120}?\b(?:umfasst|umfassen|beherbergt|vereint|bündelt|gehören|gehört|besteht\s+aus|gliedert\s+sich\s+in|arbeiten|zählt|zählen)\b"
)
_CURRENT_RELATIVE_RE = re.compile(
    r",\s*(?:wo|in\s+(?:dem|der)|dem|der|bei\s+(?:dem|der))\s+(?:es|sie|das\s+(?:KI|KIZ|Zentrum|Integrationszentrum))\s+"
    r"(?:[\wäöü]+\s+){0,3}(?:angesiedelt|zugeordnet|unterstellt|verortet|angebunden|untergebracht|eingegliedert|beheimatet)\s+(?:ist|bleibt)\b"
)
_EN_WORD = r"[A-Z][\w-]*"
#: English pages name a unit head-final ("the district's Youth Welfare Office", "the Department of
#: Education and Social Affairs"); the town after it ("of the City of X") is not part of it.
_ENGLISH_TARGET_RE = re.compile(
    r"\b(?:part\s+of|belongs\s+to|attached\s+to|reports\s+to|(?:sits|is\s+located|is\s+based)\s+with(?:in|\s+the)|within)\s+(?:the\s+)?(?:[\w-]+['’]s?\s+)?"
    r"(?P<unit>(?:" + _EN_WORD + r"\s+){0,4}(?P<kind>" + "|".join(P.ENGLISH_UNIT_WORDS) + r")\b"
    r"(?:\s+(?:of|for)\s+(?!the\s+(?:City|Town|District|County|Municipality)\b)(?:the\s+)?" + _EN_WORD
    + r"(?:,?\s+(?:(?:and|&)\s+)?(?!of\b)" + _EN_WORD + r")*)?)(?:\s*\((?P<de>[^)]{2,60})\))?"
)
_PRONOUN_RE = re.compile(r"\b(?:ist|sind|gehört|gehören|untersteht|unterstehen|bleibt|arbeitet)\s+(?:es|sie)\b|^(?:Es|Sie)\s+(?:ist|sind|gehört|gehören|untersteht|bleibt|arbeitet)\b")


def prose_units(sentence: str, centre: CentreNames, previous: str = "") -> ParentUnit | None:
    """The current parent unit a present-tense sentence assigns the centre to, if any; "es"
    refers back to the centre when the sentence before was about it."""
    # a history sentence may end in the present: "… 2020 in den Fachbereich Bildung verlagert,
    # wo es bis heute angesiedelt ist" -> the unit before that relative clause is the current one
    if not (_ASSIGNMENT_RE.search(sentence) or _INVERSE_RE.match(sentence)):
        return None
    current = _CURRENT_RELATIVE_RE.search(sentence) if "," in sentence else None
    if (_PAST_OR_FUTURE_RE.search(sentence[: current.start()] if current else sentence)
                                               and not current) or (current and _PAST_OR_FUTURE_RE.search(current.group(0))):
        return None
    subject = _subject(sentence, centre)
    inverse = _INVERSE_RE.match(sentence)
    if inverse and centre.regex.search(sentence, inverse.end()):
        # the unit as subject: "Der Geschäftsbereich 3 – Jugend, Soziales umfasst auch das KI"
        word, kind = inverse.group("unit"), _unit_kind(inverse.group("unit"))
        nm = _NUMBER_RE.match(sentence, inverse.end("unit"))
        number = nm.group("number") if nm else ""
        rest = _rest(sentence[nm.end() if nm else inverse.end("unit"):])
        return ParentUnit(kind=kind, name=" ".join(p_ for p_ in (_nominative(word, kind), number, rest) if p_).strip(" ,"), number=number)
    if subject is None and previous and _subject(previous, centre) is not None:
        subject = _PRONOUN_RE.search(sentence)
    if subject is None:
        return None
    english = _ENGLISH_TARGET_RE.search(sentence, subject.end())
    if english:
        name = english.group("unit") + (f" ({english.group('de').strip()})" if english.group("de") else "")
        return ParentUnit(kind=english.group("kind"), name=name, number="")
    candidates = [m for m in _TARGET_RE.finditer(sentence) if not (m.start() < subject.end() and subject.start() < m.end())]
    after = [m for m in candidates if m.start() >= subject.end()]
    order = after + [m for m in candidates if m.start() < subject.start()]
    if current:
        order = [m for m in candidates if m.end() <= current.start()][-1:]
    for target in order:
        unit_word = target.group("unit")
        rest_start = target.end()
        number = ""
        nm = _NUMBER_RE.match(sentence, rest_start)
        if nm:
            number = nm.group("number")
            rest_start = nm.end()
        rest = _rest(sentence[rest_start:])
        kind = _unit_kind(unit_word)
        if kind:
            head = _nominative(unit_word, kind)
            name = " ".join(p for p in (head, number, rest) if p)
        else:  # an office holder: "dem Stadtdirektor", "dem Ersten Beigeordneten"
            kind = "Stab"
            name = " ".join(p for p in (unit_word, rest) if p)
        if centre.regex.fullmatch(name) or centre.regex.match(rest or "-"):
            continue
        if kind and not number and not rest and unit_word.casefold().startswith(kind.casefold()):
            continue  # a bare kind word ("nach der Neuordnung der Fachbereiche") names no unit
        own = _OWN_KIND_RE.search(sentence)
        if own and own.end() <= target.start() and own.group("kind") not in ("Teil",):
            own_kind = own.group("kind")
            if not _unit_kind(unit_word):  # an office holder: "Stabsstelle beim Landrat", "… des Landrats"
                prep = target.group("prep") or ""
                name = f"{own_kind} {'des' if prep == 'des' else 'beim'} {name}"
            else:
                prep = (target.group("prep") or "im").lower()
                prep = "im" if prep in ("dem", "des", "beim", "zum") else ("in der" if prep in ("der", "zur") else prep)
                name = f"{own_kind} {prep} {name}"
            kind = "Stabsstelle" if own_kind == "Stab" else own_kind
        since = ""
        sm = _SINCE_RE.search(sentence)
        if sm:
            since = next((iso for iso, _ in find_dates(sm.group("date"))), "")
        return ParentUnit(kind=kind, name=name.strip(" ,"), number=number, since=since)
    return None


def _short(unit: ParentUnit) -> str:
    """An upper link of a chain as kind and number ("Dezernat II") when it has a number."""
    return f"{unit.name.split()[0]} {unit.number}" if unit.number and unit.name.split()[0] == unit.kind else unit.name


def _chain(links: list[ParentUnit]) -> ParentUnit:
    """The nearest parent with the chain above it: "Dezernat II / Fachbereich 51 – Jugend …"."""
    last = links[-1]
    if len(links) == 1:
        return last
    return ParentUnit(kind=last.kind, name=" / ".join([_short(u) for u in links[:-1]] + [last.name]), number=last.number, since=last.since)


def _row_units(rows: Sequence[tuple[str, ...]], centre: CentreNames) -> list[ParentUnit]:
    """A table row of an organigram: the cells before the cell naming the centre are its chain
    ("Dezernat IV | Amt 40 – Schule und Bildung | 40.3 Kommunales Integrationszentrum")."""
    out: list[ParentUnit] = []
    for cells in rows:
        at = next((k for k, c in enumerate(cells) if centre.regex.search(c)), None)
        if not at:
            continue
        # a link cell names a unit ("Amt 40 – …"), not just a kind or a label ("Dienststelle:")
        links = [u for c in cells[:at] if len(c) <= 120 and len(c.split()) >= 2 and re.match(_UNIT_WORD, c.strip())
                 and (u := unit_from_text(c)) is not None]
        if links and len(links) == len(cells[:at]):
            out.append(_chain(links))
    return out


def find_parent_units(lines: list[str], sentences: list[str], centre: CentreNames | None = None,
                      rows: Sequence[tuple[str, ...]] = ()) -> list[ParentUnit]:
    centre = centre or CentreNames.default()
    units: list[ParentUnit] = []

    def add(unit: ParentUnit) -> None:
        if not any(u.name.casefold() == unit.name.casefold() for u in units):
            units.append(unit)

    # labelled rows: "Organisatorische Zuordnung: Dezernat IV – …", a label with its value below;
    # consecutive rows labelled with unit kinds ("Dezernat: …", "Fachbereich: …", "Dienststelle:
    # <the centre>") are one chain, most specific last, and the centre's own row is no parent
    group: list[ParentUnit] = []
    last_row = -2
    for i, line in enumerate(lines):
        m = _LABEL_RE.match(line) if len(line) <= 160 else None
        if group and (not m or i != last_row + 1):
            add(_chain(group))
            group = []
        if not m:
            continue
        value = m.group("value").strip(" :")
        if not value and i + 1 < len(lines):
            value = lines[i + 1].strip()
        chain = _CRUMB_SPLIT_RE.split(value)
        if len(chain) >= 2 and centre.regex.match(chain[-1].strip()):
            value = " / ".join(chain[:-1])  # "Amt 51 – … / Kommunales Integrationszentrum": the centre's chain
        elif m.group("lead"):
            continue  # "Federführende Dienststelle: Amt 20": a document's author, not the centre's parent
        if centre.regex.match(value) or centre.regex.fullmatch(value):
            if group:
                add(_chain(group))
                group = []
            continue  # "Dienststelle: Kommunales Integrationszentrum" is the centre itself
        if m.group("unitlabel") and value and not re.search(_UNIT_WORD, value):
            value = f"{m.group('unitlabel')} {value}"  # "Fachbereich: Jugend und Soziales", "Fachbereich: 51 – Jugend"
        unit = unit_from_text(value)
        if unit is None:
            continue
        if m.group("unitlabel"):
            group.append(unit)
            last_row = i
        else:
            add(unit)
    if group:
        add(_chain(group))
    for unit in _row_units(rows, centre):
        add(unit)

    previous = ""
    for sentence in sentences:
        for clause in (sentence.split("; ") if "; " in sentence else (sentence,)):
            unit = prose_units(clause, centre, previous)
            if unit is not None:
                add(unit)
            previous = clause

    # a breadcrumb or organisation path ending in the centre: "Dez. III › Amt 51 Jugendamt › KI"
    for line in lines:
        if len(line) > 200 or not ("›" in line or "»" in line or " > " in line or " / " in line):
            continue
        parts = [p_.strip() for p_ in _CRUMB_SPLIT_RE.split(re.sub(r"^[^:]{0,20}:\s*", "", line)) if p_.strip()]
        if len(parts) >= 2 and centre.regex.match(parts[-1]) and not centre.regex.search(" ".join(parts[:-1])):
            chain = [P.UNIT_ABBREVIATIONS.get(p_.split()[0], p_.split()[0]) + p_[len(p_.split()[0]):] for p_ in parts[:-1]
                     if re.match(_UNIT_WORD, p_)]
            if chain:
                kind = _unit_kind(chain[-1].split()[0])
                nm = _NUMBER_RE.match(chain[-1], len(chain[-1].split()[0]))
                add(ParentUnit(kind=kind or "Amt", name=" / ".join(chain), number=nm.group("number") if nm else ""))

    # a unit line with a number or code near the centre's name ("40-2-3 Regionale …", "FD 43 …")
    centre_re = centre.regex
    mentions = [i for i, line in enumerate(lines) if centre_re.search(line)]
    if not mentions:
        return units
    for i, line in enumerate(lines):
        if len(line) > 110 or not (line[:1].isdigit() or _UNIT_LINE_START_RE.match(line)):
            continue
        if not any(0 < abs(i - j) <= 3 for j in mentions) or centre_re.search(line) or _LABEL_RE.match(line):
            continue
        m = P.UNIT_NUMBER_LINE_RE.match(line)
        if m and not re.search(r"\b(?:Jahre|Uhr|Prozent|Personen)\b", line):
            number = m.group(1)
            words = P.UNIT_KIND_RE.findall(m.group(2))
            kind = _unit_kind(words[0]) if words else P.UNIT_KIND_BY_DEPTH.get(len(re.split(r"[-./]", number)), "Sachgebiet")
            add(ParentUnit(kind=kind or "Sachgebiet", name=f"{number} {m.group(2).strip()}", number=number))
            continue
        cm = _CODE_LINE_RE.match(line)
        if cm and all(re.fullmatch(_UNIT_WORD, w) for w in line.split()):
            continue  # a header row of an organigram: "Dezernat Amt Abteilung"
        if cm and not re.search(r"[.!?]$", line):
            kind = _unit_kind(cm.group("word"))
            adjacent = any(abs(i - j) == 1 for j in mentions)
            if kind and (cm.group("number") or adjacent):
                word = P.UNIT_ABBREVIATIONS.get(cm.group("word"), cm.group("word"))
                rest = cm.group("rest").strip()
                name = " ".join(p for p in (word, cm.group("number") or "", ("– " + rest) if rest and cm.group("number") and "–" in line else rest) if p)
                add(ParentUnit(kind=kind, name=name, number=cm.group("number") or ""))
    return units


def unit_from_text(value: str) -> ParentUnit | None:
    """The unit a label's value (or a hinted element) names: "Dezernat IV – Jugend …", "FD 43 …"."""
    # a sentence end cuts the value, an abbreviation does not ("Dez. III – Jugend")
    value = re.split(r"\s+[|·]\s+|(?<!\bDez)(?<!\bAbt)(?<!\bRef)(?<!\bNr)(?<!\bStv)(?<=[a-zäöü])\.\s", value)[0].strip(" .;,")
    if not (3 <= len(value) <= 140) or "@" in value or re.search(r"\d{4,}", value):
        return None
    m = re.match(r"(?P<word>" + _UNIT_WORD + r"|" + _OFFICE + r")", value)
    word = m.group("word") if m else ""
    kind = _unit_kind(word) if word else ""
    if not kind:
        found = re.search(_UNIT_WORD, value)
        kind = _unit_kind(found.group(0)) if found else ""
    if not kind and not re.match(r"^\d", value):
        return None
    number = ""
    nm = re.search(r"(?<=\s)" + _UNIT_NUMBER, value)
    if nm:
        number = nm.group(0)
    if word in P.UNIT_ABBREVIATIONS:
        value = P.UNIT_ABBREVIATIONS[word] + value[len(word):]
    return ParentUnit(kind=kind or "Sachgebiet", name=value, number=number)
