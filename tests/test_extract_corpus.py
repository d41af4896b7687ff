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
# styles, tests/corpus/README.md) is listed here while it is read below the thresholds: the split is
# then asserted without it, and a strict xfail holds the thresholds over the whole split and over the
# listed material alone (a batch of 140 cases hardly moves a split of 800, so the whole split alone
# would pass long before the batch is read) until the extractor reaches them there. The fifth batch
# is tuned on since 2026-12-01; the sixth (phrasings6_*, two page styles) since 2026-12-01 too.
NOT_YET_TUNED_FILES: tuple[str, ...] = ()
NOT_YET_TUNED_STYLES: tuple[str, ...] = ()


def _not_yet_tuned(item: dict) -> bool:
    if "style" in item:
        return item["style"] in NOT_YET_TUNED_STYLES
    return item["_file"].rsplit("/", 1)[-1] in NOT_YET_TUNED_FILES


def _score(all_material: bool, only_not_yet_tuned: bool = False) -> dict:
    def keep(item: dict) -> bool:
        if only_not_yet_tuned:
            return _not_yet_tuned(item)
        return all_material or not _not_yet_tuned(item)

    cases = [c for c in C.load_cases("tune") if keep(c)]
    pages = [t for t in C.load_pages("tune") if keep(t)]
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
    short = {}
    for label, scored in (("whole split", _score(all_material=True)),
                          ("not yet tuned alone", _score(all_material=True, only_not_yet_tuned=True))):
        for f in FIELDS:
            t = _field_tally(scored, f)
            if t.tp + t.fn and ((t.precision() or 0) < 0.95 or (t.recall() or 0) < 0.90):
                short[(label, f)] = (t.precision(), t.recall())
        if scored["pages"]["events"]["noise_events"]:
            short[(label, "noise events")] = scored["pages"]["events"]["noise_events"]
    assert short == {}, short
