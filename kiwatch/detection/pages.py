"""One fetch result → its attempt row, a new snapshot when the page says something new, and
the page's content change — committed together."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from sqlalchemy.orm import Session

from kiwatch.core.vocab import FetchOutcome, PageState, PageVerdict
from kiwatch.pipelines.diff import content_change
from kiwatch.records import FetchResult, PageRecord, without_raw
from kiwatch.settings import Settings
from kiwatch.storage import changes, pages, snapshots
from kiwatch.storage.centres import lock_centre
from kiwatch.storage.db import transaction
from kiwatch.storage.models import Centre, Page, utcnow
from kiwatch.storage.store import Store


def record_content_hash(record: PageRecord) -> str:
    """Hash of what the page says, not of its bytes or its URL, so that noise-only markup and
    spellings do not count as a new version."""
    data = without_raw(record.to_json())
    assert isinstance(data, dict)
    data.pop("url", None)
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def record_fetch(store: Store, run_id: int | None, result: FetchResult, record: PageRecord | None) -> PageVerdict:
    """Store one fetch attempt and what follows from it, in one transaction."""
    now = result.fetched_at or utcnow()
    with transaction(store.factory) as s:
        centre = lock_centre(s, result.centre)
        page = pages.find_page(s, centre.id, result.url)
        pages.add_attempt(s, run_id, centre.id, result, now)
        if result.outcome is FetchOutcome.OK and record is not None:
            if page is None:
                page = pages.add_page(s, centre.id, result.url, now)
            return _store_version(s, store.settings, run_id, centre, page, result, record, now)
        if page is None:
            return PageVerdict.FAILED
        page.last_fetched_at, page.last_status = now, result.status
        if result.outcome is FetchOutcome.NOT_MODIFIED:
            page.last_ok_at, page.consecutive_gone, page.consecutive_failures = now, 0, 0
            page.state = PageState.ACTIVE
            return PageVerdict.UNCHANGED
        if result.outcome in (FetchOutcome.GONE, FetchOutcome.MOVED):
            # A redirect away needs the same confirmation as a 404: a CMS that sends every
            # page to the start page for one night (maintenance, a broken rewrite rule) must
            # not remove the centre's facts; held back until it is seen again (RELIABILITY A9).
            page.consecutive_gone += 1
            if page.consecutive_gone >= store.settings.gone_confirmations:
                page.state = PageState.REMOVED
        else:
            page.consecutive_failures += 1
        return PageVerdict.FAILED


def _store_version(s: Session, settings: Settings, run_id: int | None, centre: Centre, page: Page,
                   result: FetchResult, record: PageRecord, now: datetime) -> PageVerdict:
    page.last_fetched_at, page.last_ok_at, page.last_status = now, now, result.status
    page.etag, page.last_modified = result.etag, result.last_modified
    page.consecutive_gone = page.consecutive_failures = 0
    page.state = PageState.ACTIVE
    content_hash = record_content_hash(record)
    previous = snapshots.snapshot(s, page.current_snapshot_id)
    if previous is not None and previous.text_sha256 == content_hash:
        return PageVerdict.UNCHANGED
    body_hash = snapshots.store_body(s, result.body or b"")
    snap = snapshots.add_snapshot(s, page, body_hash=body_hash, content_hash=content_hash,
                                  content_type=result.content_type or "", fetched_at=now, run_id=run_id,
                                  record=record.to_json())
    if previous is None:
        return PageVerdict.NEW
    event = content_change(centre.slug, page.url, str(previous.record.get("main_text", "")), record.main_text,
                           settings.diff_timeout)
    if event is not None:
        fp = changes.fingerprint(event.kind, page.id, previous.id, content_hash)
        changes.add_change(s, centre, run_id, event, fp, before=previous.id, after=snap.id)
    return PageVerdict.CHANGED
