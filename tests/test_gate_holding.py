"""The literal gate's holding (pipelines/gate.py) names the requirements that hold in a text by
the literals filed under the text's own characters: it must name exactly those that testing
every literal names, or a rule list (another owner, a role, a programme) would miss a line."""

from __future__ import annotations

import random

from kiwatch.pipelines import gate
from kiwatch.pipelines.extract import attribution, institutions, ownership


def _every_literal(holding: gate._Holding, text: str) -> frozenset[int]:
    """What the holding answered before the character index: every literal tested."""
    held = set(holding.always)
    for lit in holding.lits:
        if lit in text:
            for i, rest in holding.index[lit]:
                if all(any(other in text for other in lits) for lits in rest):
                    held.add(i)
    return frozenset(held)


def _texts(lits: tuple[str, ...], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    filler = ("Stadt", "Kreis", "und", "der", "Tel.", "0221 12-3", "·", "Öffnungszeiten", "für", "e.V.", "ß", "Ä")
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 8)):
            lit = rng.choice(lits)
            cut = rng.randint(0, len(lit))  # a literal, or a piece of one that must not count
            parts.append(rng.choice((lit, lit[:cut], lit[cut:], lit.upper(), rng.choice(filler))))
        out.append(" ".join(parts))
    return out


def _holdings() -> list[gate._Holding]:
    found = []
    for pattern in (attribution._OTHER_OWNER_RE, attribution._EVENT_RE, ownership._DISTRACTOR_RE,
                    institutions._INSTITUTION_RE):
        assert isinstance(pattern, gate._Gated)
        found.append(pattern._whole)
        if pattern._branches is not None:
            found.append(pattern._branches)
    return found


def test_the_holding_names_what_testing_every_literal_names() -> None:
    for k, holding in enumerate(_holdings()):
        for text in _texts(holding.lits, 400, seed=k):
            if holding.memo is not None:
                holding.memo.clear()
            assert holding(text) == _every_literal(holding, text), text


def test_literals_filed_under_a_sign_or_digit_are_found() -> None:
    reqs = [((frozenset({"e.V."}),),), ((frozenset({"Amt 51"}),),), ((frozenset({"presse"}),),), None]
    holding = gate._Holding(reqs)
    assert holding("Förderverein Lindental e.V., Amt 51") == {0, 1, 3}
    assert holding("Presse") == {3}  # (case-sensitive literals)
    assert holding("die presse") == {2, 3}
