"""The check every private case set shares: a case (a text or a block with its expected fields)
is read with no miss, no false hit and no distractor taken, field by field."""

from __future__ import annotations

from bench import corpus_score as C
from bench.corpus_score import as_case


def assert_read(case: dict) -> dict:
    """Score one case and fail on any miss, false hit or distractor; the scores, for further checks."""
    scored = C.score_cases([as_case(case)])
    assert scored["errors"] == []
    for field, tally in scored["_tallies"].items():
        assert tally.fn == 0, (field, tally.misses)
        assert tally.fp == 0 and tally.distractors_taken == 0, (field, tally.false_hits)
    return scored
