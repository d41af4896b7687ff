"""Fetch results → their attempt rows, a new snapshot when a page says something new, and the
page's content change. A page's rows are committed together; pages are written in batches.

Batches: one transaction for what the crawl delivers within a moment costs a fraction of one
transaction per page (the commit and the ORM's bookkeeping are most of what storing an
unchanged page costs). Should anything in a batch fail, the batch is rolled back and every page
written again in a transaction of its own, so one bad page costs only itself.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from kiwatch.core.errors import StorageError
from kiwatch.core.lazy import lazy_module
from kiwatch.core.vocab import FetchOutcome, PageState, PageVerdict
from kiwatch.detection.holdback import content_base, page_collapsed
from kiwatch.detection.reread import reread_previous
from kiwatch.pipelines.fingerprint import extractor_fingerprint
from kiwatch.pipelines.worker import content_hash
from kiwatch.records import FetchResult, PageRecord
from kiwatch.settings import Settings
from kiwatch.storage import centres, changes, pages, snapshots
from kiwatch.storage.db import transaction
from kiwatch.storage.models import utcnow
from kiwatch.storage.store import Store
from kiwatch.storage.writes import PageWrite, StoredPage, UpdateKind, page_update

if TYPE_CHECKING:
    from kiwatch.pipelines import diff
    from kiwatch.storage.models import Centre, Change, Page, Snapshot
else:
    diff = lazy_module("kiwatch.pipelines.diff")  # only when a page has a new version (not before a crawl starts)

record_content_hash = content_hash  # one definition: the extraction workers compute it too
# how many of a page's last versions are looked at for its last sound one: an error page
# that lasts longer than this many versions is compared with the oldest of them
CONTENT_LOOKBACK = 8


def record_fetch(store: Store, run_id: int | None, result: FetchResult, record: PageRecord | None) -> PageVerdict:
    """Store one fetch attempt and what follows from it, in one transaction."""
    verdict = record_fetches(store, run_id, [PageWrite(result, record)])[0]
    if isinstance(verdict, Exception):
        raise verdict
    return verdict


def record_fetches(store: Store, run_id: int | None, writes: list[PageWrite]) -> list[PageVerdict | Exception]:
    """Store several fetch results in one transaction; a page that cannot be stored gets its
    exception in its place (see the module's doc). StorageError (the database cannot be
    written at all) is raised."""
    try:
        with transaction(store.factory) as s:
            return _record_batch(s, store.settings, run_id, writes)
    except StorageError:
        raise
    except Exception:
        if len(writes) == 1:
            raise
        out: list[PageVerdict | Exception] = []
        for w in writes:
            try:
                out.extend(record_fetches(store, run_id, [w]))
            except StorageError:
                raise
            except Exception as exc:
                out.append(exc)
        return out


def _record_batch(s: Session, settings: Settings, run_id: int | None,
                  writes: list[PageWrite]) -> list[PageVerdict | Exception]:
    """A batch's pages in the open transaction. Unchanged pages — a 304, the same bytes, other
    bytes that say the same (most of a re-crawl) — are written without ORM objects: their
    attempts and their page rows' updates as one statement of many rows each. Every other
    page (a new version, a new page, a failure, a 404) takes the ORM path, `_record_one`.
    A page that occurs twice in a batch takes the ORM path both times (its row is then
    written in order)."""
    slugs = [w.result.centre for w in writes]
    ids = centres.lock_centre_ids(s, slugs)
    missing = next((slug for slug in slugs if slug not in ids), None)
    if missing is not None:
        raise LookupError(f"centre {missing!r} is not in the database")
    stored = pages.stored_pages(s, list(set(ids.values())), list({w.result.url for w in writes}))
    seen: dict[tuple[int, str], int] = {}
    for w in writes:
        key = (ids[w.result.centre], w.result.url)
        seen[key] = seen.get(key, 0) + 1
    verdicts: list[PageVerdict | None] = []
    attempts: list[tuple[int | None, int, FetchResult, datetime]] = []
    unchanged = pages.UnchangedPages()
    full: list[int] = []  # positions of the writes that take the ORM path
    for i, w in enumerate(writes):
        result = w.result
        now = result.fetched_at or utcnow()
        centre_id = ids[result.centre]
        page = stored.get((centre_id, result.url))
        attempts.append((run_id, centre_id, result, now))
        verdict = None
        if page is not None and w.failure is None and seen[(centre_id, result.url)] == 1:
            verdict = _unchanged(unchanged, page, w, now)
        verdicts.append(verdict)
        if verdict is None:
            full.append(i)
    if full:
        locked = centres.lock_centres(s, slugs)  # the rows (locked above already)
        keys = {(ids[writes[i].result.centre], writes[i].result.url) for i in full}
        found = pages.pages_of(s, list({cid for cid, _ in keys}), list({url for _, url in keys}))
        hashes = {p.current_snapshot_id: p.content_hash for p in stored.values()
                  if p.current_snapshot_id is not None and p.content_hash is not None}
        for i in full:
            centre = locked[writes[i].result.centre]
            verdicts[i] = _record_one(s, settings, run_id, centre, found, hashes, writes[i], attempts[i][3])
    pages.add_attempts(s, attempts)
    unchanged.write(s)
    return [v for v in verdicts if v is not None]


def _unchanged(unchanged: pages.UnchangedPages, page: StoredPage, w: PageWrite,
               now: datetime) -> PageVerdict | None:
    """UNCHANGED with the page's row update queued, when the attempt read the page and found
    what its current snapshot holds (storage/writes.py's rule, which the crawl's driver-only
    writer follows too); None for every other attempt (the ORM path decides)."""
    update = page_update(page, w, once=True)
    if update is None or update.verdict is not PageVerdict.UNCHANGED:
        return None
    if update.kind is UpdateKind.SAME_CONTENT:
        unchanged.add_same_content(page.id, w.result, now, w.body_key, w.reading_key)
    else:
        unchanged.add_not_modified(page.id, w.result, now)
    return PageVerdict.UNCHANGED


def _record_one(s: Session, settings: Settings, run_id: int | None, centre: Centre,
                found: dict[tuple[int, str], Page], hashes: dict[int, str], w: PageWrite, now: datetime) -> PageVerdict:
    """A page that is not simply unchanged (`_unchanged`), through the ORM; its attempt row is
    written by the caller."""
    result = w.result
    page = found.get((centre.id, result.url))
    if w.failure is not None:
        pages.remember_failure(s, centre.id, result.url, w.failure)
    if result.outcome is FetchOutcome.OK and (w.record is not None or w.content_hash is not None):
        if page is None:
            page = found[(centre.id, result.url)] = pages.add_page(s, centre.id, result.url, now)
        previous_hash = hashes.get(page.current_snapshot_id) if page.current_snapshot_id else None
        return _store_version(s, settings, run_id, centre, page, previous_hash, w, now)
    if page is None:
        return PageVerdict.FAILED
    page.last_fetched_at, page.last_status = now, result.status
    if result.outcome is FetchOutcome.NOT_MODIFIED:
        page.last_ok_at, page.consecutive_gone, page.consecutive_failures = now, 0, 0
        page.state = PageState.ACTIVE
        if result.status == 304:  # a 304 may renew the validators; one without them keeps the old
            page.etag = result.etag or page.etag
            page.last_modified = result.last_modified or page.last_modified
        else:  # the same bytes again (200): the server's validators as it sends them now, so
            # that a server that starts sending them gets conditional requests from the next run
            page.etag, page.last_modified = result.etag, result.last_modified
            if result.links is not None:  # the same body's links, extracted this time (none stored yet)
                page.links = result.links
        return PageVerdict.UNCHANGED
    if result.outcome in (FetchOutcome.GONE, FetchOutcome.MOVED):
        # A redirect away needs the same confirmation as a 404: a CMS that sends every
        # page to the start page for one night (maintenance, a broken rewrite rule) must
        # not remove the centre's facts; held back until it is seen again (RELIABILITY A9).
        page.consecutive_gone += 1
        if page.consecutive_gone >= settings.gone_confirmations:
            page.state = PageState.REMOVED
    else:
        page.consecutive_failures += 1
    return PageVerdict.FAILED


def _store_version(s: Session, settings: Settings, run_id: int | None, centre: Centre, page: Page,
                   previous_hash: str | None, w: PageWrite, now: datetime) -> PageVerdict:
    result, record = w.result, w.record
    page.last_fetched_at, page.last_ok_at, page.last_status = now, now, result.status
    page.etag, page.last_modified = result.etag, result.last_modified
    page.consecutive_gone = page.consecutive_failures = 0
    page.state = PageState.ACTIVE
    digest = w.content_hash or record_content_hash(record)  # type: ignore[arg-type]
    # the links stored are always those of the body `body_key` names (None with it)
    page.links = result.links if w.body_key else None
    if previous_hash == digest:
        # what this body reads as gives the current snapshot's content: remember it
        page.body_key, page.reading_key = w.body_key, w.reading_key
        return PageVerdict.UNCHANGED
    if record is None:
        # the worker compared with the snapshot current when the crawl began, and another
        # writer has stored a newer one since: keep that; this page is read again next run
        page.body_key = page.links = page.reading_key = None
        return PageVerdict.UNCHANGED
    previous = snapshots.snapshot(s, page.current_snapshot_id)
    page.body_key, page.reading_key = w.body_key, w.reading_key
    if previous is not None:
        previous = reread_previous(s, run_id, page, previous, replace(result, fetched_at=now), record, w.hints)
        if previous.text_sha256 == digest:
            return PageVerdict.REREAD  # only the extractor reads it anew: no event, but the profile takes it
    body_hash = snapshots.store_body(s, result.body or b"")
    snap = snapshots.add_snapshot(s, page, body_hash=body_hash, content_hash=digest,
                                  content_type=result.content_type or "", fetched_at=now, run_id=run_id,
                                  record=record.to_json(), extractor=extractor_fingerprint(), charset=result.charset or "")
    if previous is None:
        return PageVerdict.NEW
    held_text_change(s, settings, run_id, centre, page, snap)
    return PageVerdict.CHANGED


def held_text_change(s: Session, settings: Settings, run_id: int | None, centre: Centre, page: Page,
                     snap: Snapshot, *, accept: bool = False) -> Change | None:
    """Record the `content` event of the page's new version `snap` against its last sound
    version (holdback.content_base): none while the page's facts are collapsed against that
    version (a suspected error page) unless a person `accept`s the collapse. Returns the new
    event, or None."""
    recent = snapshots.recent(s, page.id, CONTENT_LOOKBACK)  # oldest first, `snap` last
    base = recent[content_base([v.record for v in recent[:-1]])] if len(recent) > 1 else None
    if base is None or (not accept and page_collapsed(base.record, snap.record)):
        return None
    event = diff.content_change(centre.slug, page.url, str(base.record.get("main_text", "")),
                           str(snap.record.get("main_text", "")), settings.diff_timeout)
    if event is None:
        return None
    fp = changes.fingerprint(event.kind, page.id, base.id, snap.text_sha256)
    return changes.add_change_row(s, centre, run_id, event, fp, before=base.id, after=snap.id)
