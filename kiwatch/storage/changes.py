"""Repository of change events; the fingerprint makes a re-detected change a no-op."""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiwatch.core.vocab import ChangeKind, Severity
from kiwatch.records import ChangeEvent
from kiwatch.storage.models import Centre, Change, utcnow


def fingerprint(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()


def add_change(s: Session, centre: Centre, run_id: int | None, event: ChangeEvent, fp: str,
               before: int | None = None, after: int | None = None) -> int:
    """Store the event once; returns 1 if stored, 0 if the same change was stored before
    (a re-run after a crash)."""
    return 0 if add_change_row(s, centre, run_id, event, fp, before, after) is None else 1


def add_change_row(s: Session, centre: Centre, run_id: int | None, event: ChangeEvent, fp: str,
                   before: int | None = None, after: int | None = None) -> Change | None:
    """`add_change` returning the new row (not flushed yet), or None."""
    if s.scalars(select(Change.id).where(Change.fingerprint == fp)).first() is not None:
        return None
    row = Change(centre_id=centre.id, kind=event.kind, severity=event.severity or Severity.LOW, old=event.old,
                 new=event.new, url=event.url, evidence=event.evidence,
                 diff=[list(d) for d in event.diff] if event.diff else None,
                 run_id=run_id, snapshot_before_id=before, snapshot_after_id=after, fingerprint=fp)
    s.add(row)
    centre.last_change_at = utcnow()
    return row


def changes(s: Session, since: datetime | None = None, sites: list[str] | None = None,
            kinds: list[ChangeKind] | list[str] | None = None, min_severity: int = Severity.LOW) -> list[Change]:
    q = select(Change).join(Centre).where(Change.severity >= min_severity)
    if since is not None:
        q = q.where(Change.detected_at >= since)
    if sites:
        q = q.where(Centre.slug.in_(sites))
    if kinds:
        q = q.where(Change.kind.in_([ChangeKind(k) for k in kinds]))
    q = q.order_by(Centre.slug, Change.severity.desc(), Change.id)
    rows = list(s.scalars(q))
    for row in rows:
        _ = row.centre  # load before the session closes
    return rows


def count_changes(s: Session, slug: str, run_id: int) -> int:
    return s.scalar(select(func.count(Change.id)).join(Centre)
                    .where(Centre.slug == slug, Change.run_id == run_id)) or 0


def change_counts(s: Session, run_id: int) -> dict[str, int]:
    """Change events recorded in this run, per centre slug (one query for all centres)."""
    rows = s.execute(select(Centre.slug, func.count(Change.id)).join(Centre, Centre.id == Change.centre_id)
                     .where(Change.run_id == run_id).group_by(Centre.slug)).all()
    return {slug: n for slug, n in rows}
