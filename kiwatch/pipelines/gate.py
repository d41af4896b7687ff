"""A literal gate in front of a large rule pattern: the same answers, without its scan.

Python's ``re`` tries every branch of an alternation at every position of the text; for the
rule lists of a hundred owners or roles, with branches like ``\\w+verband\\w*``, one search
over a 200-character line costs 0.1-0.25 ms, and the field rules run such patterns on every
block. Every branch needs some literal text to match ("verband", "Presse", "©"), and most
lines contain none of them. ``gated(pattern)`` reads the pattern's syntax tree once, finds a
set of literals of which any match must contain at least one, and answers "no match" at once
for a text that contains none of them (a few substring tests); otherwise the pattern itself
runs. Exact by construction: a text without any of the literals cannot match, whatever the
position, flags or groups; a pattern without such a set (a branch without a case-sensitive
literal) is returned as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

# the parser re itself compiles with (Python 3.11+): the syntax tree of a pattern
from re import _constants as _C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, cast

from kiwatch.pipelines.patterncache import remembered

_MAX_EXPANSION = 16  # literals a run of small character classes ("[Pp]ress") may expand into
_MAX_LITERALS = 400


Lits = frozenset[str]  # one of these literals occurs
Conj = tuple[Lits, ...]  # each of these sets has a literal that occurs
Dnf = tuple[Conj, ...]  # one of these conjunctions holds
_MAX_SETS = 3  # sets kept per conjunction (the most selective)


def _score(lits: Lits) -> tuple[int, int]:
    return (min(map(len, lits)), -len(lits))


def _conj(sets: list[Lits]) -> Conj:
    good = sorted({s for s in sets if s and all(s)}, key=_score, reverse=True)
    return tuple(good[:_MAX_SETS])


def _flatten(dnf: Dnf) -> Lits | None:
    """One set implied by a disjunction: the best set of each conjunction, united."""
    if not dnf or any(not conj for conj in dnf):
        return None
    return frozenset().union(*(conj[0] for conj in dnf))


def _required(items: Any, ci: bool) -> Dnf:
    """What every match of the sequence ``items`` contains, as a disjunction of conjunctions of
    literal sets; () when nothing is known."""
    sets: list[Lits] = []
    multi: list[Dnf] = []
    run: set[str] = {""}

    def flush() -> None:
        nonlocal run
        if run != {""}:
            sets.append(frozenset(run))
        run = {""}

    def take(dnf: Dnf) -> None:
        if len(dnf) == 1:
            sets.extend(dnf[0])
        elif dnf:
            multi.append(dnf)

    for op, av in items:
        if op is _C.LITERAL and not ci:
            run = {r + chr(av) for r in run}
        elif op is _C.IN and not ci and all(o is _C.LITERAL for o, _ in av) and 1 <= len(av) * len(run) <= _MAX_EXPANSION:
            run = {r + chr(c) for r in run for _, c in av}
        elif op is _C.SUBPATTERN:
            flush()
            _, add, remove, sub = av
            sub_ci = (ci or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            take(_required(sub, sub_ci))
        elif op is _C.BRANCH:
            flush()
            branches = [_required(branch, ci) for branch in av[1]]
            if all(branches):
                take(tuple(conj for dnf in branches for conj in dnf))
        elif op in _REPEATS and av[0] >= 1:
            flush()
            take(_required(av[2], ci))
        elif op is _ATOMIC:
            flush()
            take(_required(av, ci))
        else:  # anything else may match other text (or none): the run ends here
            flush()
    flush()
    if not multi:
        conj = _conj(sets)
        return (conj,) if conj else ()
    # keep the disjunction with most branches; the others count as one set each
    multi.sort(key=len, reverse=True)
    for other in multi[1:]:
        flat = _flatten(other)
        if flat is not None:
            sets.append(flat)
    if any(not conj for conj in multi[0]):  # a branch that needs nothing: only the sets hold
        conj = _conj(sets)
        return (conj,) if conj else ()
    return tuple(_conj([*conj, *sets]) for conj in multi[0])


_REPEATS = tuple(op for op in (getattr(_C, n, None) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")) if op is not None)
_ATOMIC = getattr(_C, "ATOMIC_GROUP", object())


@remembered("gate.required_literals")  # (read once per code version, patterncache.py)
def required_literals(pattern: re.Pattern[str]) -> Dnf | None:
    """What every match of ``pattern`` contains: a disjunction of conjunctions of literal sets
    (some literal of each set of one conjunction occurs); None when nothing is known (or the
    pattern is not a text pattern)."""
    if not isinstance(pattern.pattern, str):
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        found = _required(tree, bool(tree.state.flags & re.IGNORECASE))
    except Exception:  # an unknown construct: no gate, never a wrong one
        return None
    if not found or any(not conj for conj in found):
        return None
    if len(frozenset().union(*(s for conj in found for s in conj))) > _MAX_LITERALS:
        return None
    return found


def _alternation(source: str) -> tuple[int, list[tuple[int, int]]] | None:
    """The alternation of ``source`` with the most branches, at the top level or in a plain
    ``(?:…)`` group: (its index among such places, the (start, end) of each branch)."""
    groups: list[tuple[bool, int, list[int]]] = [(True, 0, [])]  # (prunable, body start, bars)
    flags_stack: list[tuple[bool, int, list[int]]] = []
    done: list[tuple[int, list[tuple[int, int]]]] = []
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a character class: ']' first (or after '^') is a literal
            j = i + 1
            if j < n and source[j] == "^":
                j += 1
            if j < n and source[j] == "]":
                j += 1
            while j < n and source[j] != "]":
                j += 2 if source[j] == "\\" else 1
            i = j + 1
            continue
        if ch == "(":
            # a group of scoped flags ("(?i:") reads its branches otherwise: none inside is pruned
            flagged = source.startswith("(?", i) and source[i + 2 : i + 3] in tuple("aiLmsux-")
            plain = source.startswith("(?:", i) and not any(f for f, _, _ in flags_stack)
            body = i + 3 if source.startswith("(?:", i) else i + 1
            groups.append((plain, body, []))
            flags_stack.append((flagged, body, []))
            i = body
            continue
        if ch == "|":
            groups[-1][2].append(i)
        elif ch == ")" and len(groups) > 1:
            flags_stack.pop()
            plain, body, bars = groups.pop()
            if plain and bars:
                done.append((len(done), _branches(body, bars, i)))
        i += 1
    if len(groups) != 1:
        return None
    plain, body, bars = groups[0]
    if bars:
        done.append((len(done), _branches(0, bars, n)))
    if not done:
        return None
    return max(done, key=lambda d: len(d[1]))


def _branches(start: int, bars: list[int], end: int) -> list[tuple[int, int]]:
    bounds = [start - 1, *bars, end]
    return [(a + 1, b) for a, b in pairwise(bounds)]


_PRUNE_MIN = 8  # branches an alternation needs before it is worth pruning
_CACHE_MAX = 512


class _Holding:
    """Which of several requirements (Dnf; None: always) hold in a text. Each conjunction
    needs a literal of its first (most selective) set: those literals, indexed, name the few
    candidates, whose other sets are then tested.

    A holding of many literals (a rule list of a hundred owners) remembers its last answers:
    the rules ask it about the same block again and again (one list sits in several patterns,
    which share one holding, and several rules read each block), and each answer costs a
    substring test per literal."""

    __slots__ = ("always", "by_char", "chars", "index", "lits", "memo")

    def __init__(self, reqs: list[Dnf | None]) -> None:
        self.always = frozenset(i for i, req in enumerate(reqs) if req is None)
        index: dict[str, list[tuple[int, Conj]]] = {}
        for i, req in enumerate(reqs):
            for conj in req or ():
                for lit in conj[0]:
                    index.setdefault(lit, []).append((i, conj[1:]))
        self.index = {lit: tuple(v) for lit, v in index.items()}
        self.lits = tuple(sorted(index, key=len))
        # each literal filed under its rarest character: a literal can occur only in a text that
        # holds that character, so a text's own characters (one set, built in C) name the few
        # literals worth a substring test, where every literal was tested before
        by_char: dict[str, list[str]] = {}
        for lit in self.lits:
            by_char.setdefault(max(lit, key=_rarity), []).append(lit)
        self.by_char = {ch: tuple(lits) for ch, lits in by_char.items()}
        self.chars = frozenset(self.by_char)
        self.memo: dict[str, frozenset[int]] | None = {} if len(self.lits) >= _MEMO_MIN_LITERALS else None

    @staticmethod
    def shared(reqs: list[Dnf | None]) -> _Holding:
        """The holding of ``reqs``: one for all patterns with the same requirements."""
        key = tuple(reqs)
        holding = _HOLDINGS.get(key)
        if holding is None:
            holding = _HOLDINGS[key] = _Holding(reqs)
        return holding

    def __call__(self, text: str) -> frozenset[int]:
        memo = self.memo
        if memo is not None:
            known = memo.get(text)
            if known is not None:
                return known
        holding = set(self.always)
        for ch in self.chars.intersection(text):
            for lit in self.by_char[ch]:
                if lit in text:
                    for i, rest in self.index[lit]:
                        if i not in holding and all(any(other in text for other in lits) for lits in rest):
                            holding.add(i)
        answer = frozenset(holding)
        if memo is not None:
            if len(memo) >= _MEMO_MAX:
                memo.clear()
            memo[text] = answer
        return answer


# German letters from the most to the least frequent: a literal is filed under the character of
# it that fewest texts hold (a capital, a digit or a sign before any lower-case letter)
_COMMON_LETTERS = "enisratdhulcgmobwfkzpvüäößjyxq"
_RARITY = {ch: rank for rank, ch in enumerate(_COMMON_LETTERS)}


def _rarity(ch: str) -> int:
    return _RARITY.get(ch, len(_COMMON_LETTERS))


_MEMO_MIN_LITERALS = 32  # below this, testing the literals costs about what the lookup does
_MEMO_MAX = 256  # answers a holding remembers (the blocks of a page or two)
_HOLDINGS: dict[tuple[Dnf | None, ...], _Holding] = {}


class _Gated:
    """A compiled pattern behind its literal gate; the methods the rules use, same answers.

    When the pattern holds a long alternation (a rule list joined by '|'), a text that passes
    the gate is searched with a pattern that keeps only the branches whose own literals occur
    in it: a branch that cannot match anywhere in the text changes no match of the whole."""

    __slots__ = ("_branches", "_cache", "_entire", "_prune", "_re", "_whole", "flags", "groupindex", "groups", "pattern")

    def __init__(self, compiled: re.Pattern[str], dnf: Dnf) -> None:
        self._re = compiled
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        self.groups = compiled.groups
        self.groupindex = compiled.groupindex
        self._cache: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._whole = _Holding.shared([dnf])
        self._prune = self._pruning(compiled)
        self._branches = _Holding.shared(self._prune[3]) if self._prune else None
        # the pruned alternation is the whole pattern: no branch left is no match
        self._entire = self._prune is not None and self._prune[:2] in (("", ""), ("(?:", ")"))

    @staticmethod
    @remembered("gate.pruning")
    def _pruning(compiled: re.Pattern[str]) -> tuple[str, str, list[str], list[Dnf | None]] | None:
        source = compiled.pattern
        if compiled.flags & (re.IGNORECASE | re.VERBOSE) or (source.startswith("(?") and not source.startswith(("(?:", "(?=", "(?!", "(?<"))):
            return None  # (global flags: a branch alone would be read without them)
        found = _alternation(source)
        if found is None or len(found[1]) < _PRUNE_MIN:
            return None
        spans = found[1]
        branches = [source[a:b] for a, b in spans]
        prefix, suffix = source[: spans[0][0]], source[spans[-1][1]:]
        if prefix + "|".join(branches) + suffix != source:
            return None
        reqs: list[Dnf | None] = []
        for branch in branches:
            try:
                tree = _parser.parse(branch, compiled.flags)
            except Exception:
                reqs.append(None)  # kept always
                continue
            if tree.state.groups > 1:
                return None  # a branch with a group: group numbers must stay
            reqs.append(_required(tree, False) or None)
        return prefix, suffix, branches, reqs

    def _for(self, text: str) -> re.Pattern[str] | None:
        """The pattern to run on ``text``, or None when it cannot match."""
        if self._prune is None or self._branches is None:
            return self._re if self._whole(text) else None
        if not self._entire and not self._whole(text):
            return None
        keep = self._branches(text)
        if not keep and self._entire:
            return None
        order = tuple(sorted(keep))
        pattern = self._cache.get(order)
        if pattern is None:
            if len(self._cache) >= _CACHE_MAX:
                self._cache.clear()
            prefix, suffix, branches, _ = self._prune
            body = "|".join(branches[i] for i in order) if order else "(?!)"
            pattern = self._cache[order] = re.compile(prefix + body + suffix, self.flags)
        return pattern

    def search(self, string: str, *args: int) -> re.Match[str] | None:
        p = self._for(string)
        return None if p is None else p.search(string, *args)

    def match(self, string: str, *args: int) -> re.Match[str] | None:
        p = self._for(string)
        return None if p is None else p.match(string, *args)

    def fullmatch(self, string: str, *args: int) -> re.Match[str] | None:
        p = self._for(string)
        return None if p is None else p.fullmatch(string, *args)

    def finditer(self, string: str, *args: int) -> Iterator[re.Match[str]]:
        p = self._for(string)
        return iter(()) if p is None else p.finditer(string, *args)

    def findall(self, string: str, *args: int) -> list[Any]:
        p = self._for(string)
        return [] if p is None else p.findall(string, *args)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        p = self._for(string)
        return string if p is None else p.sub(repl, string, count)

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        p = self._for(string)
        return (string, 0) if p is None else p.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        p = self._for(string)
        return [string] if p is None else p.split(string, maxsplit)

    def __repr__(self) -> str:
        return f"gated({self._re!r})"


def gated(compiled: re.Pattern[str]) -> re.Pattern[str]:
    """``compiled`` behind a literal gate (see the module's doc), or itself when it has none.
    Typed as a pattern: it answers every method the rules call on one, identically."""
    dnf = required_literals(compiled)
    if dnf is None:
        return compiled
    return cast("re.Pattern[str]", _Gated(compiled, dnf))


__all__ = ["Dnf", "gated", "required_literals"]
