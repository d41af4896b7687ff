"""What every private case set shares: a case (a text or a block with its expected fields) is
read with no miss, no false hit and no distractor taken, field by field; and a block read as
the page of an invented town's centre, with the record's phone numbers and streets."""

from __future__ import annotations

import pytest

from bench import corpus_score as C
from bench.corpus_score import as_case
from kiwatch.pipelines.extract import extract


def assert_read(case: dict) -> dict:
    """Score one case and fail on any miss, false hit or distractor; the scores, for further checks."""
    scored = C.score_cases([as_case(case)])
    assert scored["errors"] == []
    for field, tally in scored["_tallies"].items():
        assert tally.fn == 0, (field, tally.misses)
        assert tally.fp == 0 and tally.distractors_taken == 0, (field, tally.false_hits)
    return scored


def case_params(cases: list[dict], known_gaps: frozenset[str] = frozenset(), part: str | None = None) -> list:
    """The cases of a round (those of one ``part`` when given) as pytest parameters named by their
    ids; a known gap is a strict xfail, so a case that starts passing must leave the list, and a
    gap that names no case of the round is an error (a list left stale by a renamed case)."""
    chosen = [c for c in cases if part is None or c["part"] == part]
    stale = known_gaps - {c["id"] for c in chosen}
    if stale:
        raise ValueError(f"known gaps that name no case of the round: {sorted(stale)}")
    return [pytest.param(c, id=c["id"], marks=[pytest.mark.xfail(strict=True)] if c["id"] in known_gaps else []) for c in chosen]


def page_record(body: str, town: str) -> dict:
    """The record of `body` as the content of the page of the Kommunales Integrationszentrum `town`."""
    title = f"Kommunales Integrationszentrum {town}"
    html = C.PAGE_FRAME.format(title=title, heading=title, body=body)
    return extract(html.encode("utf-8"), C.CASE_URL, "text/html").to_json()


def phone_numbers(record: dict) -> list[str]:
    return [p["number"] for p in record["phones"]]


def streets(record: dict) -> list[str]:
    return [a["street"] for a in record["addresses"]]
