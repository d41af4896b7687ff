"""A pattern led by the characters its matches can start with: the same answers, a cheaper scan.

Python's ``re`` finds a match by trying the whole pattern at every position of the text. For a
pattern that starts with a literal (or one character class) it first skips to where that
character occurs; for an alternation whose branches start with ``\\b``, a lookbehind or an
optional bracket (``\\bTel\\b|\\bFax\\b|@|(?<![\\d.,])\\(?0\\d…``) it cannot, and tries every
branch at every position — on a footer's 150 characters that hold none of them, 14 branches
150 times. ``led(pattern)`` reads the pattern's syntax tree once, collects every character a
match can begin with (skipping the zero-width parts: word boundaries, anchors, lookarounds;
through optional parts to what follows them), and compiles ``(?=[those])(?:pattern)``: each
position is then rejected by one character-class test. Exact by construction: a match of the
pattern starts with one of those characters, so the lookahead never refuses a position where
the pattern matches, and it consumes nothing, so matches, groups and spans are the same. A
pattern that can match the empty string, or whose first character is not bounded (``.``, a
negated class, a back-reference, a change of case-sensitivity inside), is returned as it is.
"""

from __future__ import annotations

import re
from re import _constants as _C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_CATEGORIES = {_C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_WORD: r"\w", _C.CATEGORY_SPACE: r"\s"}
_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT))


class _Unbounded(Exception):
    """The first character of a match is not bounded by a class we can write."""


def _char(code: int) -> str:
    ch = chr(code)
    return "\\" + ch if ch in "\\]^-[" else ch


def _firsts(items: Any, out: set[str]) -> bool:
    """Add to `out` the class items a match of the sequence `items` can start with; True when
    the sequence can match the empty string (then what follows it can start the match too)."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _C.LITERAL:
            out.add(_char(av))
            return False
        if op is _C.IN:
            for iop, iav in av:
                if iop is _C.LITERAL:
                    out.add(_char(iav))
                elif iop is _C.RANGE:
                    out.add(f"{_char(iav[0])}-{_char(iav[1])}")
                elif iop is _C.CATEGORY and iav in _CATEGORIES:
                    out.add(_CATEGORIES[iav])
                else:  # a negated class or category: (almost) any character
                    raise _Unbounded
            return False
        if op is _C.BRANCH:
            empty = False
            for branch in av[1]:
                empty = _firsts(branch, out) or empty
            if not empty:
                return False
            continue
        if op is _C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & (re.IGNORECASE | re.ASCII | re.LOCALE):
                raise _Unbounded  # (the lookahead would be read with other flags than the part)
            if not _firsts(sub, out):
                return False
            continue
        if op is getattr(_C, "ATOMIC_GROUP", None):
            if not _firsts(av, out):
                return False
            continue
        if op in _REPEATS:
            low, _high, sub = av
            empty = _firsts(sub, out)
            if low > 0 and not empty:
                return False
            continue
        raise _Unbounded  # ANY, NOT_LITERAL, back-references, conditionals …
    return True


def first_class(compiled: re.Pattern[str]) -> str | None:
    """The body of a character class holding every character a match of `compiled` can start
    with, or None when there is no such bound (see the module's doc)."""
    if not isinstance(compiled.pattern, str) or compiled.flags & re.VERBOSE:
        return None
    try:
        tree = _parser.parse(compiled.pattern, compiled.flags & ~re.UNICODE)
        out: set[str] = set()
        if _firsts(tree, out) or not out:
            return None  # (a match may be empty: it need not start with any character)
    except _Unbounded:
        return None
    return "".join(sorted(out))


def _scanned_already(compiled: re.Pattern[str]) -> bool:
    """``re`` itself skips ahead for a pattern anchored at the start or opening with a literal, a
    single class or branches that each open with a literal: a lookahead in front would only hide
    that from it."""
    first = _parser.parse(compiled.pattern, compiled.flags & ~re.UNICODE)
    while first.data and first[0][0] is _C.SUBPATTERN and first[0][1][0] is None:
        first = first[0][1][3]
    if not first.data:
        return True
    op, av = first[0]
    if op is _C.BRANCH:
        return all(branch.data and branch[0][0] is _C.LITERAL for branch in av[1])
    return op in (_C.LITERAL, _C.IN) or (op is _C.AT and av in (_C.AT_BEGINNING, _C.AT_BEGINNING_STRING))


def led(compiled: re.Pattern[str]) -> re.Pattern[str]:
    """`compiled` led by its first characters (see the module's doc), or itself without a bound."""
    body = first_class(compiled)
    if body is None or _scanned_already(compiled):
        return compiled
    try:
        return re.compile(f"(?=[{body}])(?:{compiled.pattern})", compiled.flags)
    except re.error:  # (global inline flags, "(?i)…", must stay at the start)
        return compiled


__all__ = ["first_class", "led"]
