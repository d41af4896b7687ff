"""The extractor on the tuning part of the generalisation corpus (tests/corpus/tune/, written
apart from the extractor): per field (head, parent unit, address, phone) precision >= 0.95 and
recall >= 0.90, and no event at all between a page fixture and its noise-only version.

Only the tuning part is read here; the held-out part measures generalisation and is scored by
`python -m bench.corpus_score` (never used to tune the extractor). No site hint is involved.
"""

from __future__ import annotations

import pytest

from bench import corpus_score as C

FIELDS = ("head", "parent_units", "addresses", "phones")


@pytest.fixture(scope="module")
def tune() -> dict:
    cases = C.score_cases(C.load_cases("tune"))
    pages = C.score_pages(C.load_pages("tune"))
    return {"cases": cases, "pages": pages}


@pytest.mark.parametrize("field", FIELDS)
def test_tuning_split_precision_and_recall_per_field(tune, field):
    tally = C.Tally()
    for part in ("cases", "pages"):
        tally.add(tune[part]["_tallies"][field])
    assert tally.tp, f"{field}: nothing expected?"
    assert (tally.precision() or 0) >= 0.95, (field, tally.false_hits[:10])
    assert (tally.recall() or 0) >= 0.90, (field, tally.misses[:10])


def test_tuning_split_is_read_without_errors(tune):
    assert tune["cases"]["errors"] == [] and tune["pages"]["errors"] == []


def test_noise_only_page_versions_give_no_event(tune):
    events = tune["pages"]["events"]
    assert tune["pages"]["pages"] >= 6
    assert events["noise_events"] == 0, events["noise_examples"]
