"""Heads, sixteenth round (issue 7): the tuned part of tests/generalise_head_cases16.py must be read (the
aside part, HEADS16_ASIDE, is never asserted: `python -m bench.generalise_score` reports it apart)."""

from __future__ import annotations

import pytest

from tests.casecheck import assert_read, case_params
from tests.generalise_head_cases16 import HEADS16

#: tuned cases no mechanism reads yet (strict: a case read by a later change must leave this list)
OPEN: frozenset[str] = frozenset({
    "g16-press-04",
    "g16-relative-04",
    "g16-relative-05",
    "g16-case-04",
    "g16-abbr-02",
    "g16-abbr-04",
    "g16-title-05",
    "g16-particle-04",
    "g16-english-05",
    "g16-flyer-01",
    "g16-acting-05",
})


@pytest.mark.parametrize("case", case_params(HEADS16, OPEN))
def test_round16_case_is_read(case):
    scored = assert_read(case)
    if case.get("acting"):
        assert scored["acting"].get("marked") == 1, "acting head not marked as acting"
