"""An extractor upgrade is not a change of the page.

A new extractor (new rules, a fixed bug: pipelines.fingerprint) reads some pages differently
although their bytes did not change, or reads a page's real edit together with differences of
its own. Diffed against the old extractor's record, the new reading would report a head, unit
or contact "change" that is only the new rules reading better. So when a page's new version
meets a current version made by another extractor, that version's stored body is read again
with the current extractor first (`reread_previous`) and stored as a re-reading of it
(`snapshots.reread_of`; the old version stays as it was): the page's new version is compared
with that, and a page that only reads differently gets the re-reading as its current version
and no event at all. The centre's profile takes the re-readings the same way
(`reread_baseline`): the last profile as the current extractor reads the same versions is
stored first, without events, and only what the pages changed is diffed after it.

The normal path costs nothing: a page whose record is unchanged is never re-read, and bytes
identical to the current version's are not extracted twice (the new record is their
re-reading). Only a page that changed under a new extractor costs one extraction more, once.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from kiwatch.core.lazy import lazy_module
from kiwatch.core.profile import CentreProfile
from kiwatch.detection.holdback import left_out
from kiwatch.pipelines.fingerprint import extractor_fingerprint
from kiwatch.pipelines.worker import content_hash, extract_result
from kiwatch.records import FetchResult, PageRecord
from kiwatch.storage import pages, snapshots
from kiwatch.storage.profiles import StoredProfile

if TYPE_CHECKING:
    from kiwatch.pipelines import profile as profiling
    from kiwatch.storage.models import Page, Snapshot
else:
    profiling = lazy_module("kiwatch.pipelines.profile")

log = logging.getLogger(__name__)


def reread_previous(s: Session, run_id: int | None, page: Page, previous: Snapshot, result: FetchResult,
                    record: PageRecord, hints: dict[str, str] | None) -> Snapshot:
    """The version the page's new `record` (read from `result`) is to be compared with:
    `previous` when the current extractor made it, or reads its body as it did; else a
    re-reading of its body by the current extractor, stored and made current. `previous`
    again when its body cannot be read any more (not stored, or failing now): compared with
    the old reading then, as before re-readings existed."""
    fingerprint = extractor_fingerprint()
    if previous.extractor == fingerprint:
        return previous
    charset = served_charset(previous, result)
    if hashlib.sha256(result.body or b"").hexdigest() == previous.body_sha256 and charset == result.charset:
        reading: PageRecord | None = record  # the same bytes, decoded alike: the new record is their re-reading
    else:
        body = snapshots.body(s, previous.body_sha256)
        reading = None
        if body is not None:
            try:  # decoded as when it was stored: the site may have changed its encoding since
                _, reading = extract_result(replace(result, body=body, content_type=previous.content_type,
                                                    charset=charset), hints)
            except Exception:  # an extractor bug costs the re-reading, never the page's new version
                log.exception("re-reading the stored body of %s failed", result.url)
    if reading is None:
        return previous
    digest = content_hash(reading)
    if digest == previous.text_sha256:
        previous.extractor = fingerprint  # today's rules read that body as it was read then
        return previous
    return snapshots.add_snapshot(s, page, body_hash=previous.body_sha256, content_hash=digest,
                                  content_type=previous.content_type, fetched_at=result.fetched_at or previous.fetched_at,
                                  run_id=run_id, record=reading.to_json(), extractor=fingerprint,
                                  reread_of=previous.id, charset=charset or "")


def served_charset(previous: Snapshot, result: FetchResult) -> str | None:
    """The charset `previous`'s body was served with ("" stored: none was declared). A version
    stored before charsets were kept (NULL) has the new fetch's as the best guess: a site
    rarely changes it, and decoding overrules a declared charset its bytes contradict."""
    if previous.charset is None:
        return result.charset
    return previous.charset or None


def reread_baseline(s: Session, centre_id: int, last: StoredProfile) -> CentreProfile | None:
    """The last profile as the current extractor (and today's profile rules) read the same
    page versions, when some of them were re-read since it was taken; None when none was.
    Where a page could not be read in that profile's run, its old version stood in only for
    what it alone said (holdback.stand_in): what the last profile left out of it stays out."""
    rereads = snapshots.rereads_since(s, centre_id, last.created_at)
    if not rereads:
        return None
    urls = list(last.profile.pages)
    versions = pages.versions_as_of(s, centre_id, urls, last.created_at)
    if not any(snapshot_id in rereads for _, snapshot_id, _ in versions):
        return None
    baseline = profiling.build_profile([
        (url, PageRecord.from_json(rereads[snapshot_id]) if snapshot_id in rereads else record)
        for url, snapshot_id, record in versions])
    unread = pages.unread_in_run(s, centre_id, last.run_id, urls) if last.run_id is not None else set()
    if not unread:
        return baseline
    then = profiling.build_profile([(url, record) for url, _, record in versions])
    return left_out(baseline, then, last.profile, unread)
