"""Repository of page versions: compressed bodies (stored once per hash) and snapshots."""

from __future__ import annotations

import hashlib
import zlib
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from kiwatch.storage.models import Body, Centre, Change, Page, Snapshot


def snapshot(s: Session, snapshot_id: int | None) -> Snapshot | None:
    return s.get(Snapshot, snapshot_id) if snapshot_id else None


def snapshot_with_page(s: Session, snapshot_id: int) -> tuple[Snapshot, str, str, str] | None:
    """(snapshot, page url, centre slug, centre name), None if there is no such snapshot."""
    row = s.execute(select(Snapshot, Page.url, Centre.slug, Centre.name).join(Page, Page.id == Snapshot.page_id)
                    .join(Centre, Centre.id == Page.centre_id).where(Snapshot.id == snapshot_id)).first()
    return None if row is None else (row[0], row[1], row[2], row[3])


def snapshot_body(s: Session, snapshot_id: int) -> tuple[Snapshot, bytes] | None:
    """The snapshot and its stored body (decompressed), None if either is missing."""
    snap = s.get(Snapshot, snapshot_id)
    body = s.get(Body, snap.body_sha256) if snap is not None else None
    if snap is None or body is None:
        return None
    return snap, zlib.decompress(body.data)


def around_change(s: Session, change: Change) -> tuple[Snapshot | None, Snapshot | None]:
    """The stored versions before and after a change: recorded with content edits; for a
    profile change, the versions of its page around the time it was detected."""
    before = s.get(Snapshot, change.snapshot_before_id) if change.snapshot_before_id else None
    after = s.get(Snapshot, change.snapshot_after_id) if change.snapshot_after_id else None
    if before is None and after is None and change.url:
        page_id = s.scalar(select(Page.id).where(Page.centre_id == change.centre_id, Page.url == change.url))
        if page_id is not None:
            after = s.scalars(select(Snapshot).where(Snapshot.page_id == page_id, Snapshot.fetched_at <= change.detected_at)
                              .order_by(Snapshot.id.desc()).limit(1)).first()
            if after is not None:
                before = s.scalars(select(Snapshot).where(Snapshot.page_id == page_id, Snapshot.id < after.id)
                                   .order_by(Snapshot.id.desc()).limit(1)).first()
    return before, after


def reread_origins(s: Session, snapshot_ids: list[int]) -> dict[int, tuple[int, datetime]]:
    """For each of these snapshots that is a re-reading: (id, fetched_at) of the version as
    fetched whose body it reads (the newest fetched version of its page with that body before
    it; a re-reading of a re-reading leads to the same one). One statement for all."""
    ids = [i for i in snapshot_ids if i]
    if not ids:
        return {}
    rereading, fetched = aliased(Snapshot), aliased(Snapshot)
    origin = (select(func.max(fetched.id)).where(fetched.page_id == rereading.page_id,
                                                  fetched.body_sha256 == rereading.body_sha256,
                                                  fetched.reread_of.is_(None), fetched.id < rereading.id)
              .correlate(rereading).scalar_subquery())
    rows = s.execute(select(rereading.id, Snapshot.id, Snapshot.fetched_at).join(Snapshot, Snapshot.id == origin)
                     .where(rereading.id.in_(ids), rereading.reread_of.is_not(None)))
    return {reread_id: (origin_id, at) for reread_id, origin_id, at in rows}


def recent(s: Session, page_id: int, n: int) -> list[Snapshot]:
    """The page's last n versions, oldest first."""
    q = select(Snapshot).where(Snapshot.page_id == page_id).order_by(Snapshot.id.desc()).limit(n)
    return list(reversed(s.scalars(q).all()))


def content_hashes(s: Session, snapshot_ids: list[int]) -> dict[int, str]:
    """What these snapshots say (text_sha256), without loading their records."""
    if not snapshot_ids:
        return {}
    rows = s.execute(select(Snapshot.id, Snapshot.text_sha256).where(Snapshot.id.in_(snapshot_ids))).all()
    return {snapshot_id: text_hash for snapshot_id, text_hash in rows}


def body(s: Session, body_hash: str) -> bytes | None:
    """A stored body, decompressed; None if it is not stored."""
    row = s.get(Body, body_hash)
    return zlib.decompress(row.data) if row is not None else None


def rereads_since(s: Session, centre_id: int, since: datetime) -> dict[int, dict[str, Any]]:
    """The records of the centre's re-readings made after `since`, by the version they re-read
    (the newest re-reading of each)."""
    q = (select(Snapshot.reread_of, Snapshot.record).join(Page, Page.id == Snapshot.page_id)
         .where(Page.centre_id == centre_id, Snapshot.reread_of.is_not(None), Snapshot.fetched_at > since)
         .order_by(Snapshot.id))
    return {of: record for of, record in s.execute(q) if of is not None}


def store_body(s: Session, body: bytes) -> str:
    """The body's hash; the body itself is written once, compressed."""
    body_hash = hashlib.sha256(body).hexdigest()
    if s.scalar(select(Body.sha256).where(Body.sha256 == body_hash)) is None:  # not the blob itself
        s.add(Body(sha256=body_hash, data=zlib.compress(body, 6), size=len(body)))
    return body_hash


def add_snapshot(s: Session, page: Page, *, body_hash: str, content_hash: str, content_type: str,
                 fetched_at: datetime, run_id: int | None, record: dict[str, Any], extractor: str | None = None,
                 reread_of: int | None = None, charset: str | None = None) -> Snapshot:
    """A new version of the page (or a re-reading of one, `reread_of`), made its current one;
    `charset` is the one its body was served with ("": none declared, kept apart from None, a
    version stored before charsets were kept, whose re-reading guesses the new fetch's)."""
    snap = Snapshot(page_id=page.id, body_sha256=body_hash, text_sha256=content_hash, content_type=content_type,
                    charset=None if charset is None else charset[:40], fetched_at=fetched_at, run_id=run_id, record=record,
                    extractor=extractor, reread_of=reread_of)
    s.add(snap)
    s.flush()
    page.current_snapshot_id = snap.id
    return snap
