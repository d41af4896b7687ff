"""Parent units and reorganisations in forms written before the code that reads them
(tests/generalise_unit_cases.py): the tuned two thirds must be read exactly; the aside third is
scored by `python -m bench.generalise_score`, never asserted, so nobody tunes on it."""

from __future__ import annotations

import pytest

from kiwatch.pipelines.extract.unitwords import unit_from_text, unit_kind
from tests.casecheck import assert_read
from tests.generalise_unit_cases import (
    UNIT14_TUNED,
    UNIT16_ASIDE,
    UNIT16_PROBES,
    UNIT16_TUNED,
    UNIT_ASIDE,
    UNIT_TUNED,
    WRITTEN_FIRST,
)

_READ = UNIT_TUNED + UNIT14_TUNED + UNIT16_PROBES + UNIT16_TUNED
_CASES = [pytest.param(c, id=c["id"]) for c in _READ]


@pytest.mark.parametrize("case", _CASES)
def test_unit_and_reorganisation_phrasing_is_read(case):
    assert_read(case)


def _rounds(cases: list[dict]) -> list[list[dict]]:
    """Each round ("u7-…", "u10-…"; the round is the id up to its first dash) is split on its own: every third case of a round is aside."""
    rounds: dict[str, list[dict]] = {}
    for c in cases:
        rounds.setdefault(c["id"].split("-", 1)[0], []).append(c)
    return list(rounds.values())


def test_the_aside_third_stays_apart_and_covers_units_and_reorganisations():
    tuned = {c["id"] for c in UNIT_TUNED + UNIT14_TUNED}
    assert not tuned & {c["id"] for c in UNIT_ASIDE}
    assert {c["id"] for c in UNIT_ASIDE} == {c["id"] for r in _rounds(WRITTEN_FIRST) for i, c in enumerate(r) if i % 3 == 2}
    assert any(c.get("parent_units") for c in UNIT_ASIDE) and any(c.get("reorganisations") for c in UNIT_ASIDE)


def test_the_sixteenth_round_keeps_its_aside_third_apart():
    # (its aside is scored on a line of its own, not inside UNIT_ASIDE, so that line stays comparable)
    aside, tuned = {c["id"] for c in UNIT16_ASIDE}, {c["id"] for c in UNIT16_TUNED}
    assert not aside & tuned and len(aside) * 2 == len(tuned) and len(aside) >= 15
    assert not aside & {c["id"] for c in UNIT_ASIDE + UNIT_TUNED + UNIT16_PROBES}


@pytest.mark.parametrize(("word", "kind"), [
    ("Vorstandsbereichs", "Vorstandsbereich"), ("Verwaltungsbereich", "Verwaltungsbereich"),
    ("Geschäftsbereiches", "Geschäftsbereich"), ("Eigenbetriebs", "Eigenbetrieb"), ("Kreisjugendamtes", "Amt"),
    ("Sozialdezernats", "Dezernat"), ("Stabsstelle", "Stabsstelle"), ("Stab", "Stab"), ("Zuständigkeitsbereich", ""),
])
def test_unit_kind_of_a_unit_word(word, kind):
    assert unit_kind(word) == kind


def test_a_unit_value_keeps_its_code_and_spells_out_the_abbreviation():
    unit = unit_from_text("Dez. III – Jugend, Schule und Integration")
    assert unit is not None and unit.kind == "Dezernat" and unit.number == "III"
    assert unit.name.startswith("Dezernat III")
