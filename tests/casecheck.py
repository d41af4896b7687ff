"""What every private case set shares: a case (a text or a block with its expected fields) is
read with no miss, no false hit and no distractor taken, field by field; and a block read as
the page of an invented town's centre, with the record's phone numbers and streets."""

from __future__ import annotations

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


def page_record(body: str, town: str) -> dict:
    """The record of `body` as the content of the page of the Kommunales Integrationszentrum `town`."""
    title = f"Kommunales Integrationszentrum {town}"
    html = C.PAGE_FRAME.format(title=title, heading=title, body=body)
    return extract(html.encode("utf-8"), C.CASE_URL, "text/html").to_json()


def phone_numbers(record: dict) -> list[str]:
    return [p["number"] for p in record["phones"]]


def streets(record: dict) -> list[str]:
    return [a["street"] for a in record["addresses"]]
