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
# Tune material that lands after the extractor was last tuned (a new batch of phrasings or page
# styles, tests/corpus/README.md) is listed here while it is read below the thresholds: they are then
# asserted without it, and the whole split's test is a strict xfail until the extractor reaches them
# there. The fifth batch is tuned on since 2026-12-01; the sixth (phrasings6_*, 2026-12-01) is not yet.
NOT_YET_TUNED_FILES: tuple[str, ...] = ("phrasings6_contact.toml", "phrasings6_head.toml", "phrasings6_unit.toml")
NOT_YET_TUNED_STYLES: tuple[str, ...] = ()


def _score(all_material: bool) -> dict:
    cases = [c for c in C.load_cases("tune")
             if all_material or c["_file"].rsplit("/", 1)[-1] not in NOT_YET_TUNED_FILES]
    pages = [t for t in C.load_pages("tune") if all_material or t["style"] not in NOT_YET_TUNED_STYLES]
    return {"cases": C.score_cases(cases), "pages": C.score_pages(pages)}


def _field_tally(scored: dict, field: str) -> C.Tally:
    tally = C.Tally()
    for part in ("cases", "pages"):
        tally.add(scored[part]["_tallies"][field])
    return tally


@pytest.fixture(scope="module")
def tune() -> dict:
    return _score(all_material=False)


@pytest.mark.parametrize("field", FIELDS)
def test_tuning_split_precision_and_recall_per_field(tune, field):
    tally = _field_tally(tune, field)
    assert tally.tp, f"{field}: nothing expected?"
    assert (tally.precision() or 0) >= 0.95, (field, tally.false_hits[:10])
    assert (tally.recall() or 0) >= 0.90, (field, tally.misses[:10])


def test_tuning_split_is_read_without_errors(tune):
    assert tune["cases"]["errors"] == [] and tune["pages"]["errors"] == []


def test_noise_only_page_versions_give_no_event(tune):
    events = tune["pages"]["events"]
    assert tune["pages"]["pages"] >= 6
    assert events["noise_events"] == 0, events["noise_examples"]


@pytest.mark.xfail(bool(NOT_YET_TUNED_FILES or NOT_YET_TUNED_STYLES), strict=True,
                   reason="a new batch of tune phrasings or page styles not yet tuned on (issue 7)")
def test_whole_tuning_split_including_material_not_yet_tuned_on():
    scored = _score(all_material=True)
    short = {f: (t.precision(), t.recall()) for f in FIELDS
             if ((t := _field_tally(scored, f)).precision() or 0) < 0.95 or (t.recall() or 0) < 0.90}
    assert short == {} and scored["pages"]["events"]["noise_events"] == 0, short
