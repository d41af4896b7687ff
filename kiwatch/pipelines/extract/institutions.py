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

This is the shared attribution API: attribution and ownership mark blocks with it, and the
people modules may ask it of a person's line (`names_other_institution`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.document import Block, sentences_of
from kiwatch.pipelines.gate import gated

_INSTITUTION_RE = gated(re.compile(r"(?:" + "|".join(P.INSTITUTION_NAMES) + r")"))
_PLACE_BEFORE_RE = re.compile(r"(?:^|(?<=[\s(,]))(?:" + "|".join(P.INSTITUTION_PLACE_BEFORE) + r")\s+(?:[a-zäöüß]+e[nmrs]?\s+)?$", re.IGNORECASE)
_CENTRE_PRONOUN_RE = re.compile(r"\b(?:" + "|".join(P.CENTRE_PRONOUNS) + r")\b")
_PART_OF_RE = re.compile(r"\s+(?:des|der|im|beim|vom|am)\s+")
_CLAUSE_GAP_RE = re.compile(r"[.;!?]")
_FACT_HINT_RE = re.compile(r"[\d@]|[(\[]at[)\]]")  # what any contact fact holds (a cheap test first)
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


def owner_parts(text: str, centre_re: re.Pattern[str], has_fact: Callable[[str], bool]) -> list[tuple[str, bool]] | None:
    """The text cut where the owner it names changes between the centre and another
    institution; each part with True where another institution owns it. None when nothing is
    to cut: one owner only, or no other institution's part holds a contact fact (``has_fact``)."""
    others = institutions(text, centre_re)
    if not others:
        return None
    mine = _centre_mentions(text, centre_re)
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
    for sentence in sentences_of(block.text) or [block.text]:
        parts = owner_parts(sentence, centre_re, has_fact)
        changed = changed or parts is not None
        cut.extend(parts or [(sentence, False)])
    if not changed:
        return None
    block.text, block.foreign = cut[0]  # the first part keeps the block's identity (its links)
    return [block, *(Block(text, block.tag, block.in_main, None, block.group, block.volatile, other) for text, other in cut[1:])]
