"""Where a sentence splits into clauses: the separators of an enumeration or a subordinate clause,
and the clause around a position, looked up in linear work on a run-on sentence."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

_CLAUSE_SPLIT_RE = re.compile(
    # an enumeration of "NAME (role)" items is one clause per item; "…, dessen Leiterin NAME" is its own clause
    r";|\s[–—]\s|,\s+und\s+|\)\s*,\s+|\)\s+und\s+|\s+und\s+(?=dessen\b|deren\b|(?:die|der)\s+[A-ZÄÖÜ])|,\s+(?=(?:die|der|das|sie|er|wo|wobei|nachdem|weil|während|bevor|zuvor|bisher|vorher|früher|zuletzt|aber|doch|jedoch|sodass|damit|dessen|deren|whose"
    r"|unterstützt|gemeinsam|zusammen|begleitet|vertreten|who|which|after|before|when|formerly|previously|supported)\b)"
)


#: A sentence this long is split once and looked up (a run-on sentence of 66 KB has thousands of head
#: forms, and scanning it from its start for each made the reading quadratic).
_LONG_SENTENCE = 2000


@lru_cache(maxsize=4)
def _clause_bounds(sentence: str) -> tuple[list[int], list[int]]:
    """The starts and ends of the clause separators of a long sentence."""
    splits = list(_CLAUSE_SPLIT_RE.finditer(sentence))
    return [m.start() for m in splits], [m.end() for m in splits]


def _clause_at(sentence: str, pos: int) -> str:
    """The clause of the sentence around a position: acting markers anywhere in it apply
    ("Bis auf Weiteres leitet NAME das KI")."""
    start, end = clause_span(sentence, pos)
    return sentence[start:end]


def clause_span(sentence: str, pos: int) -> tuple[int, int]:
    """Where `_clause_at` cuts the clause around a position: a caller asking the same of many
    positions of one clause can ask once per clause."""
    if len(sentence) > _LONG_SENTENCE:
        starts, ends = _clause_bounds(sentence)
        i = bisect_right(starts, pos)  # the first separator starting after the position
        start = ends[i - 1] if i else 0
        return start, starts[i] if i < len(starts) else len(sentence)
    start = 0
    for m in _CLAUSE_SPLIT_RE.finditer(sentence):
        if m.start() > pos:
            return start, m.start()
        start = m.end()
    return start, len(sentence)
