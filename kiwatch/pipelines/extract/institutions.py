"""Which owners a text names, and where (issue 7): the centre (its names, its own voice) and other
institutions by the organisation-name grammar of the rules (`rules.INSTITUTION_NAMES`: compounds
on an institution noun, "Zentrum für …", legal forms, bodies known by name).

A contact fact belongs to the owner named last before it in its sentence: in "Das KI
(Rathausstraße 12) und der Jugendmigrationsdienst der AWO (Gartenstraße 1) beraten …" the first
street is the centre's and the second the AWO service's; in "… vom KI koordiniert und von der
Bezirksregierung, Seibertzstraße 1, gefördert" the street is the Bezirksregierung's. An
institution named as the place where the centre sits or meets ("im Familienzentrum", "in den
Räumen der VHS") is a place, not an owner; one named as a part of the centre ("die
Geschäftsstelle des KI") is the centre.

An institution named as a partner or funder of what the centre does ("Das KI bietet gemeinsam mit
der VHS …", "gefördert vom Land …") owns no fact after it: only its own facts in apposition
("zusammen mit dem Verein (Tel. …)"), after which the sentence's subject takes over again.

This is the shared attribution API: attribution and ownership mark blocks with it, and the
people modules may ask it of a person's line (`names_other_institution`); whether a text holds
a contact fact at all (`has_contact_fact`), and another owner's facts in brackets
(`owner_parentheses`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.document import Block, sentences_of
from kiwatch.pipelines.firstchar import led
from kiwatch.pipelines.gate import gated
from kiwatch.pipelines.normalise import STREET_HINT_RE

_INSTITUTION_RE = gated(re.compile(r"(?:" + "|".join(P.INSTITUTION_NAMES) + r")"))
_PLACE_BEFORE_RE = re.compile(r"(?:^|(?<=[\s(,]))(?:" + "|".join(P.INSTITUTION_PLACE_BEFORE) + r")\s+(?:[a-zäöüß]+e[nmrs]?\s+)?$", re.IGNORECASE)
_CENTRE_PRONOUN_RE = led(re.compile(r"\b(?:" + "|".join(P.CENTRE_PRONOUNS) + r")\b"))
_PART_OF_RE = re.compile(r"\s+(?:des|der|im|beim|vom|am)\s+")
_CLAUSE_GAP_RE = re.compile(r"[.;!?]")
_FACT_HINT_RE = led(re.compile(r"[\d@]|[(\[]at[)\]]"))  # what any contact fact holds (a cheap test first)
# a partner or funder named in the centre's sentence ("gemeinsam mit der VHS", "gefördert vom
# Ministerium …"): the governing words, then articles, conjunctions, commas and names up to the
# institution (each checked from the last governor before it: linear in the text). An article's
# adjective is never itself an article or a conjunction ("der die", "der oder"): either reading
# accepts the same tails, and allowing both made a failing tail of 25 articles cost 2^25 tries
_GOVERNOR_RE = re.compile(r"(?<![\wäöüß])(?:" + "|".join(P.INSTITUTION_GOVERNORS) + r")(?![\wäöüß])", re.IGNORECASE)
_TAIL_WORDS = r"der|die|das|dem|den|des|the|und|sowie|oder|and"
_GOVERNED_TAIL_RE = re.compile(r"(?:\s*,|\s+(?:und|sowie|oder|and)|\s+(?:der|die|das|dem|den|des|the)"
                               r"(?:\s+(?!(?:" + _TAIL_WORDS + r")\b)[a-zäöüß]+e[nmrs]?)?"
                               r"|\s+[A-ZÄÖÜ][\w.-]*)*\s*")
_BARE_MIT_RE = re.compile(r"(?<![\wäöüß])mit(?![\wäöüß])")
_CLOSED_BY_ZUSAMMEN_RE = re.compile(r"(?:(?:\s*,|\s+(?:und|sowie|oder))?(?:\s+(?:der|die|das|dem|den|des))?(?:\s+[a-zäöüß]+e[nmrs]?)?\s+[A-ZÄÖÜ][\w.-]*){0,8}"
                                    r"\s+zusammen\b")
# … unless its own facts stand in apposition to its name: "mit der VHS (Marktplatz 3, …)"
_APPOSITION_RE = re.compile(r"(?:\s+[A-ZÄÖÜ][\w.-]*){0,4}\s*(?:\(|,\s*(?=[A-ZÄÖÜ\d+(])|\s[–-]\s)")
# … or a relative clause makes it the subject of what follows ("mit der Flüchtlingsberatung, die in der …")
_RELATIVE_AFTER_RE = re.compile(r"(?:\s+[A-ZÄÖÜ][\w.-]*){0,4}\s*,\s*(?:die|der|das|deren|dessen|welche[rs]?|wo|which|who|where)\b")
_HOUSE_NUMBER_RE = re.compile(r"\s*\d{1,3}\s?[a-z]?(?:\s*[-–/]\s*\d{1,3})?(?![\d.:])")


def institutions(text: str, centre_re: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of the institutions other than the centre that the text names as owners (not as
    the place the centre is in, not as a part of the centre)."""
    out: list[tuple[int, int]] = []
    for m in _INSTITUTION_RE.finditer(text):
        start = m.start()
        if start and text[start - 1].isalpha():  # a compound matched from its last part: its word
            start = _word_start(text, start)
            if not text[start].isupper():
                continue
        if out and start < out[-1][1] + 2 and not _CLAUSE_GAP_RE.search(text, out[-1][1], start):
            out[-1] = (out[-1][0], m.end())  # one name ("Caritasverband Wiesenfurt e. V.")
            continue
        if _PLACE_BEFORE_RE.search(text, max(0, start - 48), start):
            continue
        if _HOUSE_NUMBER_RE.match(text, m.end()):
            continue  # a street named after it: "Beim Amtsgericht 4"
        after = _PART_OF_RE.match(text, m.end())
        if after and centre_re.match(text, after.end()):
            continue  # "die Geschäftsstelle des KI": the centre's own office
        if any(c.start() <= start < c.end() for c in centre_re.finditer(text, max(0, start - 40), m.end())):
            continue
        out.append((start, m.end()))
    return out


def governed(text: str, span: tuple[int, int]) -> bool:
    """The institution at ``span`` is a partner or funder of what the sentence's subject does
    ("Das KI bietet gemeinsam mit der VHS …", "gefördert vom Land"), with no facts of its own
    in apposition to its name: it owns nothing after it."""
    return _partner_reach(text, span) == span[1]


def _partner_reach(text: str, span: tuple[int, int]) -> int | None:
    """For an institution named as a partner or funder: where what it owns ends — its name's end
    (nothing of its own), or the closing bracket of its own facts ("zusammen mit dem Verein
    (Tel. …) plant das KI …": the sentence's subject takes over after it). None for any other
    institution (an owner up to the next name), and for one a relative clause is about."""
    start, end = span
    last = None
    for m in _GOVERNOR_RE.finditer(text, max(0, start - 120), start):
        last = m
    if last is None:
        # a bare "mit" governs only a phrase closed by "zusammen": "arbeitet mit der Bezirksregierung, den
        # Schulen und dem Jobcenter zusammen und ist unter … erreichbar" (not "Termine mit der Ausländerbehörde …")
        last = _BARE_MIT_RE.search(text, max(0, start - 120), start)
        while last is not None and (nxt := _BARE_MIT_RE.search(text, last.end(), start)) is not None:
            last = nxt
        if last is None or not _CLOSED_BY_ZUSAMMEN_RE.match(text, end):
            return None
    if not _GOVERNED_TAIL_RE.fullmatch(text, last.end(), start) or _RELATIVE_AFTER_RE.match(text, end):
        return None
    apposition = _APPOSITION_RE.match(text, end)
    if not (apposition and _FACT_HINT_RE.search(text, apposition.end(), apposition.end() + 60)):
        return end
    if apposition.group(0).endswith("("):
        close = text.find(")", apposition.end(), apposition.end() + 200)
        return close + 1 if close > 0 else None
    return None


def may_hold_fact(text: str) -> bool:
    """A digit, "@" or "(at)": what any contact fact holds (a cheap test before the others)."""
    return bool(_FACT_HINT_RE.search(text))


def _word_start(text: str, pos: int) -> int:
    while pos and (text[pos - 1].isalpha() or text[pos - 1] == "-"):
        pos -= 1
    return pos


def names_other_institution(text: str, centre_re: re.Pattern[str]) -> bool:
    """The text names an institution other than the centre as an owner."""
    return bool(institutions(text, centre_re))


def _centre_mentions(text: str, centre_re: re.Pattern[str]) -> list[int]:
    found = [m.start() for m in centre_re.finditer(text) if not m.group(0).endswith("zentren")]
    found += [m.start() for m in P.OWN_VOICE_RE.finditer(text)]
    found += [m.start() for m in _CENTRE_PRONOUN_RE.finditer(text)]
    return found


def owner_parts(text: str, centre_re: re.Pattern[str], has_fact: Callable[[str], bool],
                centre_before: bool = False) -> list[tuple[str, bool]] | None:
    """The text cut where the owner it names changes between the centre and another
    institution; each part with True where another institution owns it. None when nothing is
    to cut: one owner only, or no other institution's part holds a contact fact (``has_fact``).
    ``centre_before``: a sentence before it named the centre, which owns its start ("KI,
    Kolpingstraße 19, Tel. … . Termine vergibt das Sozialamt unter …")."""
    others = []
    resumed = []  # where a partner's own facts in brackets end and the sentence's subject goes on
    for span in institutions(text, centre_re):
        reach = _partner_reach(text, span)
        if reach == span[1]:
            continue  # a partner or funder without facts of its own: no owner
        others.append(span)
        if reach is not None:
            resumed.append(reach)
    if not others:
        return None
    mine = _centre_mentions(text, centre_re) or ([0] if centre_before else [])
    if mine and resumed:
        mine += resumed
    if not mine:
        return None
    marks = sorted([(s, False) for s in mine] + [(s, True) for s, _ in others])
    cuts: list[tuple[int, bool]] = []
    for pos, other in marks:
        if not cuts:
            cuts.append((0, other))  # the text before the first name goes with it
        elif cuts[-1][1] != other:
            cuts.append((_phrase_start(text, pos), other))
    if len(cuts) < 2:
        return None
    bounds = [c[0] for c in cuts] + [len(text)]
    parts = [(text[a:b], other) for (a, other), b in zip(cuts, bounds[1:], strict=True)]
    if not any(other and has_fact(part) for part, other in parts):
        return None
    return [(part.strip(), other) for part, other in parts if part.strip()]


_ARTICLE_BEFORE_RE = re.compile(r"(?:\b(?:der|die|das|dem|den|des|vom|beim|zum|zur)\s+(?:[a-zäöüß]+e[nmrs]?\s+)?)$", re.IGNORECASE)


def _phrase_start(text: str, pos: int) -> int:
    """Where the noun phrase of a name at ``pos`` starts: its article and adjective with it."""
    m = _ARTICLE_BEFORE_RE.search(text, max(0, pos - 30), pos)
    return m.start() if m else pos


def owner_runs(block: Block, centre_re: re.Pattern[str], has_fact: Callable[[str], bool]) -> list[Block] | None:
    """A block that names the centre and another institution, cut where the owner changes, each
    sentence apart, the other institution's parts marked ``foreign``; None for a block with one
    owner (or no fact in another's part)."""
    text = block.text
    if not may_hold_fact(text) or not (centre_re.search(text) or P.OWN_VOICE_RE.search(text) or _CENTRE_PRONOUN_RE.search(text)):
        return None  # (no owner change without the centre named: the cheap tests first)
    if not has_fact(text) or not names_other_institution(text, centre_re):
        return None
    cut: list[tuple[str, bool]] = []
    changed = False
    named = False  # the centre named in a sentence before
    for sentence in sentences_of(block.text) or [block.text]:
        parts = owner_parts(sentence, centre_re, has_fact, named)
        named = named or bool(_centre_mentions(sentence, centre_re))
        changed = changed or parts is not None
        cut.extend(parts or [(sentence, False)])
    if not changed:
        return None
    block.text, block.foreign = cut[0]  # the first part keeps the block's identity (its links)
    return [block, *(Block(text, block.tag, block.in_main, None, block.group, block.volatile, other) for text, other in cut[1:])]


_POSTCODE_RE = re.compile(r"\b\d{5}\s+[A-ZÄÖÜ]")
_SWITCHBOARD_ONLY_RE = re.compile(r"[^\d]{0,20}[+\d][\d\s/()]*[-–]\s*0\s*")


def has_contact_fact(text: str) -> bool:
    """A phone number, an e-mail address or an address in the text (cheap checks first)."""
    return bool("@" in text or "(at)" in text or "[at]" in text or P.PHONE_NUMBER_RE.search(text)
                or _POSTCODE_RE.search(text) or STREET_HINT_RE.search(text))


# another owner named right before a parenthesis that holds its contact facts: "Gemeinsam mit
# dem Caritasverband (Kolpingplatz 1, Tel. …) bietet das KI …"
_OWNER_PAREN_RE = gated(re.compile(r"(?:" + "|".join(P.OTHER_OWNERS) + r")[^().!?]{0,40}?\((?P<inner>[^()]{3,160})\)"))


_BARE_AFTER_RE = re.compile(r"\s+[a-zäöüß]|\s*[(.,;:)]")


def owner_parentheses(block: Block, out: list[Block], centre_re: re.Pattern[str]) -> None:
    """Parentheses with another owner's contact facts go into a foreign block of their own; the
    rest of the sentence stays with the block (and whom it names)."""
    cut: list[str] = []

    def take(m: re.Match[str]) -> str:
        inner = m.group("inner")
        if any(_BARE_AFTER_RE.match(m.group(0), c.end()) for c in centre_re.finditer(m.group(0), 0, m.start("inner") - m.start())):
            # the centre named after the owner and before the brackets: "findet im KI statt (…)"
            # (not a centre qualified by a place, "im KI Kreis Mühlenau", another town's)
            return m.group(0)
        # (a switchboard number stays: it is never taken, and an extension later in the
        # sentence is dialled through it: "Zentrale (02561 97-0) … Durchwahl 97-3120")
        if has_contact_fact(inner) and not centre_re.search(inner) and not _SWITCHBOARD_ONLY_RE.fullmatch(inner):
            cut.append(inner)
            return m.group(0)[: m.start("inner") - m.start() - 1]
        return m.group(0)

    text = _OWNER_PAREN_RE.sub(take, block.text)
    if cut:
        block.text = text
        out.extend(Block(inner, block.tag, block.in_main, None, block.group, block.volatile, True) for inner in cut)
