"""The unit noun phrase: a unit word (a kind, a compound ending in one, an abbreviation, an
English unit word, an office holder), its number or code, and the name words after it
("Fachbereich 3 – Jugend, Schule und Integration", "Amt 51", "Dez. III", "Abteilung „Schule und
Teilhabe“ im Fachbereich 40"); chains of units, nearest last."""

from __future__ import annotations

import re

from kiwatch.pipelines import rules as P
from kiwatch.records import ParentUnit

KIND_ALT = "|".join(P.UNIT_KINDS)
KIND_LOWER_ALT = "|".join(k.lower() for k in P.UNIT_KINDS)
UNIT_NUMBER = r"(?:[IVX]{1,5}\b|\d{1,3}(?:[-./]\d{1,3}){0,4}[a-z]?\b)"
# a unit word: a kind, an abbreviation or a compound ending in a kind ("Kreisjugendamt",
# "Sozialdezernat"), with a case ending
WHOLE_KINDS = sorted(sorted({*P.UNIT_KINDS, *P.EXTRA_UNIT_KINDS}), key=len, reverse=True)
UNIT_WORD = (
    r"(?:(?:" + "|".join(WHOLE_KINDS) + r")(?:es|s|en|e)?"
    # (Leichte Sprache and some titles hyphenate the compound: "Jugend-Amt", "Integrations-Abteilung")
    r"|(?!" + P.NOT_UNIT_COMPOUND_RE.pattern + r")[A-ZÄÖÜ][a-zäöüß]+(?:" + KIND_LOWER_ALT + r"|ressort|-(?:" + KIND_ALT + r"))(?:es|s|en)?|FB|FD|GB|Dez\.|Abt\.|"
    # a kind word split by Leichte Sprache: "Fach-Bereich", "Sach-Gebiet", "Stabs-Stelle"
    r"(?:Fach|Sach|Stabs|Dienst|Geschäfts)-(?:[Bb]ereich|[Dd]ienst|[Gg]ebiet|[Ss]telle)(?:es|s|en|e)?|"
    + "|".join(P.ENGLISH_UNIT_WORDS) + r")(?![\wäöüß])"
)
OFFICE = r"(?:" + "|".join(P.OFFICE_HOLDERS) + r")(?![\wäöüß])"
#: The label of the next row of a contact block run into one line ("Fachbereich 3 – Bildung Leitung: …").
NEXT_ROW_LABEL_RE = re.compile(
    r"\s+(?:(?:Stellvertretende|Kommissarische)\s+)?(?:Leitung|Leiter(?:in)?|Ansprechpartner(?:in)?|Ansprechperson|Kontakt|Anschrift|Adresse"
    r"|Postanschrift|Besucheradresse|Sprechzeiten|Öffnungszeiten|Telefon|Tel\.|Fax|Telefax|E-?Mail|Internet|Raum|Zimmer)\s*:"
)
#: Arrows that lead down a path of units as "›" does ("Dezernat II → Amt 50 → KI").
PATH_ARROWS = "→⇒➔➜➝⟶▸►"
CRUMB_SPLIT_RE = re.compile(r"\s*[›»>/|·" + PATH_ARROWS + r"]\s*")
NUMBER_RE = re.compile(r"\s*(?P<number>" + UNIT_NUMBER + r")")
#: An organisation code of several parts opening a name, with its kind word ("5.3 Kommunales
#: Integrationszentrum", "Sachgebiet 51.2 KI"): the centre's own designation, taken off to read the name.
OWN_CODE_PREFIX_RE = re.compile(r"^(?:(?:" + UNIT_WORD + r"|Team|Bereich)\s+)?\d{1,3}(?:[-./]\d{1,3}){1,3}\s*[–—:-]?\s*")
CONNECTORS = frozenset({"und", "für", "der", "des", "im", "in", "sowie", "/", "–", "-", ":", "&", "mit", "von", "vom", "zur", "zum",
                        "of", "and", "for", "the"})
#: Words that end a unit's name: an article or pronoun opening the next phrase, a time word, and a
#: form of address or title opening a person's name in apposition ("dem Dezernenten für Bildung, Herrn Dr. X").
STOP_WORDS = frozenset({"Das", "Die", "Der", "Wir", "Es", "Sie", "Er", "Seit", "Ab", "Zum", "Zur",
                        "Herr", "Herrn", "Frau", "Dr.", "Prof.", "Mr", "Mrs", "Ms"})


#: Quotes of every style a page sets a unit's name in: „…“, "…", »…«, «…», ‚…‘, ›…‹, “…”, '…' (the
#: canonical text of sentences has only straight ones left, a block's lines may keep the others).
QUOTE_OPEN = "„\"»«‚›‹“'"
QUOTE_CLOSE = "“”\"«»‘’‹›'"
#: A unit named whole inside quotes, its kind word included ("Teil des „Amtes für Integration“",
#: "beim »Dezernat für Soziales«"): the quotes are set around the unit, not a part of its name.
_QUOTED_UNIT_RE = re.compile(r"[" + QUOTE_OPEN + r"](?P<name>(?:" + UNIT_WORD + r")[^" + QUOTE_OPEN + QUOTE_CLOSE + r"]{0,80}?)[" + QUOTE_CLOSE + r"]")


_ANY_QUOTE_RE = re.compile(r"[" + QUOTE_OPEN + r"]")


_CODE_OR_ABBREVIATION_RE = re.compile(r"\d|FB|FD|GB|SG")


def names_a_unit(text: str) -> bool:
    """A cheap gate before the unit rules: the text holds a unit word's stem, an office holder's, a code's
    digit or an abbreviation (rules.UNIT_TRIGGERS). Without one no rule can read a unit from it."""
    if _CODE_OR_ABBREVIATION_RE.search(text):
        return True
    low = text.lower()
    for stem in P.UNIT_TRIGGERS:  # noqa: SIM110  (a plain loop: any() over a generator costs more, once per sentence)
        if stem in low:
            return True
    return False


def unquote_units(text: str) -> str:
    """The text with the quotes around a whole unit name taken away, so the unit reads as if written
    plainly; quotes around a name after the kind word stay (rest_words reads them as one name)."""
    if _ANY_QUOTE_RE.search(text) is None:
        return text
    return _QUOTED_UNIT_RE.sub(lambda m: m.group("name"), text)


def parent_code(code: str) -> str:
    """An organisation code without its last part: its parent's ("40-2-3" -> "40-2", "5.3" -> "5")."""
    return code[: len(code) - len(re.split(r"[-./]", code)[-1]) - 1]


def unit_kind(word: str) -> str:
    word = P.UNIT_ABBREVIATIONS.get(word, word)
    if word in P.ENGLISH_UNIT_WORDS:
        return word
    if P.NOT_UNIT_COMPOUND_RE.fullmatch(word):
        return ""
    low = word.lower().replace("-", "")  # (Leichte Sprache splits a kind word: "Fach-Bereich")
    for kind in (*P.EXTRA_UNIT_KINDS[:-3], *P.UNIT_KINDS, *P.EXTRA_UNIT_KINDS[-3:]):
        k = kind.lower()
        if low.endswith((k, k + "es", k + "s", k + "en", k + "e")):
            return kind
    return ""


def nominative(word: str, kind: str) -> str:
    """"Amtes" -> "Amt", "Dezernats" -> "Dezernat", "FD" -> "Fachdienst"."""
    word = P.UNIT_ABBREVIATIONS.get(word, word)
    low, k = word.lower().replace("-", ""), kind.lower()
    if kind and not low.endswith(k):
        for ending in ("es", "en", "s", "e"):
            if low.endswith(k + ending):
                return word[: -len(ending)]
    return word


_OFFICE_GENITIVE_RE = re.compile(r"(?:meister|direktor|kämmerer|rat|vorstand)(?P<ending>es|s)$|[Dd]ezernent(?P<weak>en)$")


def office_nominative(word: str) -> str:
    """An office holder in the nominative, as a unit's name reads: "Oberbürgermeisters" -> "Oberbürgermeister",
    "Landrates" -> "Landrat", "Dezernenten" -> "Dezernent"; "Beigeordneten" (either gender) stays."""
    m = _OFFICE_GENITIVE_RE.search(word)
    if m is None:
        return word
    return word[: -len(m.group("ending") or m.group("weak"))]


#: Time nouns and months: a date phrase after a unit ("im Jahr 2020", "im Herbst") is none of its name.
_TIME_WORDS = frozenset({*P.TIME_NOUNS, "Jahre", "Jahren", "Jahrs", *(m.capitalize() for m in P.MONTHS if len(m) > 3)})
#: A name in quotes of any style is one token of a unit's name; then words, codes and separators.
_TOKEN_RE = re.compile(r"„[^“”\"]{1,60}[“”\"]|\"[^\"]{1,60}\"|»[^«]{1,60}«|«[^»]{1,60}»|‚[^‘’]{1,60}[‘’]|›[^‹]{1,60}‹|‹[^›]{1,60}›|“[^”]{1,60}”|'[^']{1,60}'"
                       r"|[\w.äöüÄÖÜß-]+|[,/–—:&]")


def rest_words(text: str) -> str:
    """The name words after a unit word and number: "für Schule und Kultur", "– Jugend, Schule
    und Integration", "„Schule und Teilhabe“ im Fachbereich 40", "/ Referat Zuwanderung"; stops
    at the first lower-case word that is no connector (a verb, an adverb)."""
    out: list[str] = []
    tokens = _TOKEN_RE.findall(text)
    for i, tok in enumerate(tokens):
        if tok in (",",):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if not nxt or not nxt[:1].isupper() or nxt in STOP_WORDS:
                break
            out.append(tok)
            continue
        if tok[:1] in QUOTE_OPEN or tok[:1].isupper() or tok[:1].isdigit() or tok in CONNECTORS:
            if tok in STOP_WORDS or (tok[:1].isupper() and tok.lower() in ("ist", "sind")) or tok.rstrip(".") in _TIME_WORDS:
                break  # (a time word ends the name: "in das Amt für Bildung im Jahr 2020")
            if tok.endswith(".") and (i == len(tokens) - 1 or not re.fullmatch(r"[A-ZÄÖÜ][a-zäöü]{0,3}\.|e\.\s?V\.|\d{1,2}\.", tok)):
                out.append(tok[:-1])  # the sentence ends here
                break
            out.append(tok)
            continue
        break
    while out and (out[-1] in CONNECTORS or out[-1] == ","):
        out.pop()
    words = " ".join(out).replace(" ,", ",")
    return re.sub(r"\s+([/–—&])\s+", r" \1 ", words)


def named_unit(sentence: str, word: str, end: int) -> ParentUnit:
    """The unit whose word ends at `end`, with its number and name words after it."""
    kind = unit_kind(word)
    nm = NUMBER_RE.match(sentence, end)
    number = nm.group("number") if nm else ""
    rest = rest_words(sentence[nm.end() if nm else end:])
    return ParentUnit(kind=kind, name=" ".join(p_ for p_ in (nominative(word, kind), number, rest) if p_).strip(" ,"), number=number)


def short_name(unit: ParentUnit) -> str:
    """An upper link of a chain as kind and number ("Dezernat II") when it has a number."""
    return f"{unit.name.split()[0]} {unit.number}" if unit.number and unit.name.split()[0] == unit.kind else unit.name


def unit_chain(links: list[ParentUnit]) -> ParentUnit:
    """The nearest parent with the chain above it: "Dezernat II / Fachbereich 51 – Jugend …"."""
    last = links[-1]
    if len(links) == 1:
        return last
    return ParentUnit(kind=last.kind, name=" / ".join([short_name(u) for u in links[:-1]] + [last.name]), number=last.number, since=last.since)


def unit_from_text(value: str) -> ParentUnit | None:
    """The unit a label's value (or a hinted element) names: "Dezernat IV – Jugend …", "FD 43 …"."""
    # a sentence end cuts the value, an abbreviation does not ("Dez. III – Jugend")
    value = re.split(r"\s+[|·]\s+|(?<!\bDez)(?<!\bAbt)(?<!\bRef)(?<!\bNr)(?<!\bStv)(?<=[a-zäöü])\.\s", value)[0].strip(" .;,")
    value = NEXT_ROW_LABEL_RE.split(value)[0].strip(" .;,")  # rows run into one line: the next row's label ends the value
    value = re.split(r",\s+(?=[a-zäöüß]+\b(?<!\bund)(?<!\bsowie))", value)[0]  # a clause after the unit ("…, unterstützt das KI")
    if not (3 <= len(value) <= 140) or "@" in value or re.search(r"\d{4,}", value):
        return None
    m = re.match(r"(?P<word>" + UNIT_WORD + r"|" + OFFICE + r")", value)
    word = m.group("word") if m else ""
    kind = unit_kind(word) if word else ""
    if not kind:
        found = re.search(UNIT_WORD, value)
        kind = unit_kind(found.group(0)) if found else ""
    if not kind and not re.match(r"^\d", value):
        return None
    number = ""
    nm = re.search(r"(?<=\s)" + UNIT_NUMBER, value)
    if nm:
        number = nm.group(0)
    if word in P.UNIT_ABBREVIATIONS:
        value = P.UNIT_ABBREVIATIONS[word] + value[len(word):]
    return ParentUnit(kind=kind or "Sachgebiet", name=value, number=number)


def _words(unit: ParentUnit) -> frozenset[str]:
    return frozenset(w.casefold() for w in re.findall(r"[\wäöüßÄÖÜ]+(?:[./-]\w+)*", unit.name))


def drop_links(units: list[ParentUnit]) -> list[ParentUnit]:
    """The units without those whose words are all part of another one's: a link or a shorter reading of the same
    chain ("Dezernat V – Fachbereich 50 – Abteilung" beside "Dezernat V / Fachbereich 50 / Abteilung 50.4")."""
    if not 2 <= len(units) <= 40:
        return units  # (a page that reports more is a directory or a hostile page: comparing every pair would cost quadratic time)
    words = [_words(u) for u in units]
    return [u for i, u in enumerate(units) if not any(words[i] < words[j] or (j < i and words[i] == words[j]) for j in range(len(units)))]


_EN_WORD = r"[A-Z][\w-]*"
#: English pages name a unit head-final ("the district's Youth Welfare Office", "the Department of
#: Education and Social Affairs"); the town after it ("of the City of X") is not part of it.
ENGLISH_TARGET_RE = re.compile(
    r"\b(?:part\s+of|(?:belongs|attached|reports)\s+(?:\w+ly\s+)?to|(?:unit|division|section|team)\s+(?:of|within)|(?:falls|comes)\s+(?:\w+ly\s+)?under"
    r"|is\s+(?:\w+ly\s+)?assigned\s+to|under\s+the\s+umbrella\s+of|(?:sits|is\s+located|is\s+based)\s+with(?:in|\s+the)|within)\s+(?:the\s+)?(?:[\w-]+['’]s?\s+)?"
    r"(?P<unit>(?:" + _EN_WORD + r"\s+){0,4}(?P<kind>" + "|".join((*P.ENGLISH_UNIT_WORDS, *P.ENGLISH_OFFICE_HOLDERS)) + r")\b"
    # a code and its name ("Department 5 – Education and Youth") or the name after "of"/"for"
    r"(?:\s+\d{1,3}(?:[./-]\d{1,3})*(?:\s*[–—:-]\s*" + _EN_WORD + r"(?:,?\s+(?:(?:and|&)\s+)?" + _EN_WORD + r")*)?)?"
    r"(?:\s+(?:of|for)\s+(?!the\s+(?:City|Town|District|County|Municipality)\b)(?:the\s+)?" + _EN_WORD
    + r"(?:,?\s+(?:(?:and|&)\s+)?(?!of\b)" + _EN_WORD + r")*)?)(?:\s*\((?P<de>[^)]{2,60})\))?"
)
