"""Unchanged pages are written as statements of many rows (issue 11), and still leave every
fact a user relies on: one attempt row per fetch (what `history`, `coverage` and the re-read
checks count), the page read now (`last_fetched_at`, `last_ok_at`, status, failures reset:
`status` and the stale checks read them), the validators the next conditional request sends,
the stored links and body keys of the next re-crawl. On SQLite and PostgreSQL; a batch that
mixes unchanged, changed and new pages, and one with a page that cannot be stored, as well."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from kiwatch.core.vocab import CentreStatus, FetchFailureReason, FetchOutcome, PageVerdict
from kiwatch.detection import PageWrite, record_centre_runs, record_content_hash, record_fetches
from kiwatch.records import Address, CentreTally, FetchResult, PageRecord
from kiwatch.registry import CentreConfig
from kiwatch.storage.models import Centre, FetchAttempt, Page, Snapshot

CENTRE = CentreConfig(slug="du", name="KI Duisburg", start_urls=("http://127.0.0.1/du/",))
A, B, C = "http://127.0.0.1/du/", "http://127.0.0.1/du/kontakt", "http://127.0.0.1/du/neu"
T0 = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def fetched(url: str, when: datetime, outcome: FetchOutcome = FetchOutcome.OK, status: int = 200,
            body: bytes | None = b"<p>x</p>", **kw) -> FetchResult:
    return FetchResult(centre="du", url=url, outcome=outcome, status=status, body=body if outcome is FetchOutcome.OK else None,
                       content_type="text/html", fetched_at=when, **kw)


def record(url: str, street: str = "Sonnenwall 73") -> PageRecord:
    return PageRecord(url=url, main_text=f"Kontakt {street}", addresses=[Address(street, "47051", "Duisburg")])


def page(store, url: str) -> Page:
    with store.factory() as s:
        return s.scalars(select(Page).where(Page.url == url)).one()


def attempts(store, url: str) -> list[tuple[str, int | None, datetime]]:
    with store.factory() as s:
        return [(a.outcome.value, a.status, a.fetched_at) for a in
                s.scalars(select(FetchAttempt).where(FetchAttempt.url == url).order_by(FetchAttempt.fetched_at))]


def stored_pages(store, run) -> None:
    """A and B stored with a snapshot each, with validators, links and keys; B then failed once."""
    verdicts = record_fetches(store, run, [
        PageWrite(fetched(A, at(0), etag='"a1"', last_modified="Mon, 30 Nov 2026 07:00:00 GMT", links='["x"]'),
                  record(A), body_key="ka1", reading_key="ra1"),
        PageWrite(fetched(B, at(0), etag='"b1"', links='["y"]'), record(B, "Kuhstraße 6"), body_key="kb1",
                  reading_key="rb1"),
    ])
    assert verdicts == [PageVerdict.NEW, PageVerdict.NEW]
    failed = fetched(B, at(1), FetchOutcome.FAILED, 503, reason=FetchFailureReason.HTTP_ERROR)
    assert record_fetches(store, run, [PageWrite(failed)]) == [PageVerdict.FAILED]
    assert page(store, B).consecutive_failures == 1


def test_a_304_reads_the_page_now_and_keeps_or_renews_its_validators(store):
    store.sync_centres([CENTRE])
    run = store.start_run()
    stored_pages(store, run)
    verdicts = record_fetches(store, run, [
        PageWrite(fetched(A, at(10), FetchOutcome.NOT_MODIFIED, 304)),  # no validators sent: the old ones stay
        PageWrite(fetched(B, at(10), FetchOutcome.NOT_MODIFIED, 304, etag='"b2"')),  # a new ETag replaces the old
    ])
    assert verdicts == [PageVerdict.UNCHANGED, PageVerdict.UNCHANGED]
    a, b = page(store, A), page(store, B)
    assert (a.etag, a.last_modified, a.links, a.body_key) == ('"a1"', "Mon, 30 Nov 2026 07:00:00 GMT", '["x"]', "ka1")
    assert (b.etag, b.last_modified) == ('"b2"', None)
    for p in (a, b):
        assert (p.last_fetched_at, p.last_ok_at, p.last_status) == (at(10), at(10), 304)
        assert (p.consecutive_failures, p.consecutive_gone, p.state.value) == (0, 0, "active")
    assert [x[0] for x in attempts(store, B)] == ["ok", "failed", "not_modified"]
    assert attempts(store, A)[-1] == ("not_modified", 304, at(10))


def test_the_same_bytes_take_the_validators_sent_now_and_keep_their_links(store):
    store.sync_centres([CENTRE])
    run = store.start_run()
    stored_pages(store, run)
    same = "same bytes as the last fetch; not extracted again"
    verdicts = record_fetches(store, run, [
        PageWrite(fetched(A, at(20), FetchOutcome.NOT_MODIFIED, 200, detail=same), body_key="ka1"),
        PageWrite(fetched(B, at(20), FetchOutcome.NOT_MODIFIED, 200, detail=same, etag='"b3"', links='["z"]'),
                  body_key="kb1"),
    ])
    assert verdicts == [PageVerdict.UNCHANGED, PageVerdict.UNCHANGED]
    a, b = page(store, A), page(store, B)
    assert (a.etag, a.last_modified, a.links) == (None, None, '["x"]')  # the server stopped sending them
    assert (b.etag, b.links, b.consecutive_failures, b.last_ok_at) == ('"b3"', '["z"]', 0, at(20))
    assert attempts(store, A)[-1] == ("not_modified", 200, at(20))


def test_other_bytes_that_say_the_same_are_remembered_without_a_new_version(store):
    store.sync_centres([CENTRE])
    run = store.start_run()
    stored_pages(store, run)
    verdicts = record_fetches(store, run, [
        # the worker found the content of the current snapshot: only its hash comes back
        PageWrite(fetched(A, at(30), links='["x2"]'), None, record_content_hash(record(A)), "ka2", "ra2"),
        # a record that says the same (the worker compared with another snapshot): also unchanged
        PageWrite(fetched(B, at(30), links='["y2"]'), record(B, "Kuhstraße 6"), None, None, "rb2"),
    ])
    assert verdicts == [PageVerdict.UNCHANGED, PageVerdict.UNCHANGED]
    a, b = page(store, A), page(store, B)
    assert (a.body_key, a.reading_key, a.links, a.last_ok_at) == ("ka2", "ra2", '["x2"]', at(30))
    assert (b.body_key, b.reading_key, b.links, b.consecutive_failures) == (None, "rb2", None, 0)  # links go with a body key
    with store.factory() as s:
        assert len(s.scalars(select(Snapshot)).all()) == 2


def test_a_mixed_batch_stores_each_page_as_alone(store):
    store.sync_centres([CENTRE])
    run = store.start_run()
    stored_pages(store, run)
    verdicts = record_fetches(store, run, [
        PageWrite(fetched(A, at(40), FetchOutcome.NOT_MODIFIED, 304)),
        PageWrite(fetched(B, at(40)), record(B, "Neue Straße 1"), body_key="kb2"),  # moved: a new version
        PageWrite(fetched(C, at(40)), record(C)),  # a new page
        PageWrite(fetched(A, at(41), FetchOutcome.GONE, 404)),  # the same page twice in one batch: in order
    ])
    assert verdicts == [PageVerdict.UNCHANGED, PageVerdict.CHANGED, PageVerdict.NEW, PageVerdict.FAILED]
    a, b = page(store, A), page(store, B)
    assert (a.consecutive_gone, a.last_status, a.last_ok_at, a.last_fetched_at) == (1, 404, at(40), at(41))
    assert (b.body_key, b.consecutive_failures) == ("kb2", 0)
    assert [x[:2] for x in attempts(store, A)] == [("ok", 200), ("not_modified", 304), ("gone", 404)]
    with store.factory() as s:
        assert len(s.scalars(select(Snapshot)).all()) == 4


def test_a_page_that_cannot_be_stored_costs_only_itself(store):
    store.sync_centres([CENTRE])
    run = store.start_run()
    stored_pages(store, run)
    stranger = FetchResult(centre="nowhere", url="http://127.0.0.1/x/", outcome=FetchOutcome.NOT_MODIFIED, status=304)
    verdicts = record_fetches(store, run, [PageWrite(fetched(A, at(50), FetchOutcome.NOT_MODIFIED, 304)),
                                           PageWrite(stranger)])
    assert verdicts[0] is PageVerdict.UNCHANGED and isinstance(verdicts[1], LookupError)
    assert [x[0] for x in attempts(store, A)] == ["ok", "not_modified"]  # once: the failed batch left nothing
    assert page(store, A).last_ok_at == at(50)


def test_centre_health_after_a_run_as_each_centre_fared(store):
    other = CentreConfig(slug="we", name="KI Wesel", start_urls=("http://127.0.0.1/we/",))
    store.sync_centres([CENTRE, other])
    run = store.start_run()
    good = CentreTally(pages=2, unchanged=2)
    bad = CentreTally(pages=1, failed=1)
    for _ in range(store.settings.failing_after_runs):
        record_centre_runs(store, run, {"du": (good, None), "we": (bad, None)})
    with store.factory() as s:
        du, we = (s.scalars(select(Centre).where(Centre.slug == slug)).one() for slug in ("du", "we"))
    assert (du.status, du.consecutive_failed_runs) == (CentreStatus.OK, 0) and du.last_success_at is not None
    assert (we.status, we.consecutive_failed_runs, we.last_success_at) == (CentreStatus.FAILING, store.settings.failing_after_runs, None)
    record_centre_runs(store, run, {"du": (CentreTally(pages=1, failed=1), None), "we": (CentreTally(pages=1, failed=1), None)},
                       health_unchanged=True)  # everything failed at once: our network, not the sites
    with store.factory() as s:
        assert s.scalar(select(Centre.consecutive_failed_runs).where(Centre.slug == "du")) == 0


def test_the_registry_mirror_updates_only_what_changed(store):
    store.sync_centres([CENTRE])
    with store.factory() as s:
        first = s.scalars(select(Centre)).one()
    moved = CentreConfig(slug="du", name="KI Duisburg (neu)", start_urls=("http://127.0.0.1/du2/",), municipality="Duisburg")
    store.sync_centres([moved, CentreConfig(slug="we", name="KI Wesel", start_urls=())])
    with store.factory() as s:
        rows = {c.slug: c for c in s.scalars(select(Centre))}
    assert rows["du"].id == first.id
    assert (rows["du"].name, rows["du"].homepage, rows["du"].municipality) == ("KI Duisburg (neu)", "http://127.0.0.1/du2/", "Duisburg")
    assert (rows["we"].homepage, rows["we"].status, rows["we"].consecutive_failed_runs) == ("", CentreStatus.NEW, 0)
