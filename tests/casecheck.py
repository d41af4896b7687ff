"""The check every private case set shares: a case (a text or a block with its expected fields)
is read with no miss, no false hit and no distractor taken, field by field."""

from __future__ import annotations

from bench import corpus_score as C


def as_case(case: dict) -> dict:
    """A case with its form: the id up to its running number ("g8-apposition-03" -> "g8-apposition")."""
    return dict(case, form=case.get("form", case["id"].rsplit("-", 1)[0]))


def assert_read(case: dict) -> dict:
    """Score one case and fail on any miss, false hit or distractor; the scores, for further checks."""
    scored = C.score_cases([as_case(case)])
    assert scored["errors"] == []
    for field, tally in scored["_tallies"].items():
        assert tally.fn == 0, (field, tally.misses)
        assert tally.fp == 0 and tally.distractors_taken == 0, (field, tally.false_hits)
    return scored
