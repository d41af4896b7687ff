"""Repository of people's decisions on held-back collapses (`kiwatch confirm` / `keep`)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiwatch.core.vocab import Resolution
from kiwatch.storage.models import CollapseResolution, Run


def add_resolution(s: Session, centre_id: int, action: Resolution, profile_sha256: str, reviewer: str,
                   note: str, changes: int) -> CollapseResolution:
    """Record the decision; it resolves the centre's runs up to the newest one."""
    row = CollapseResolution(centre_id=centre_id, action=action, profile_sha256=profile_sha256,
                             up_to_run_id=s.scalar(select(func.max(Run.id))), changes=changes,
                             reviewer=reviewer, note=note)
    s.add(row)
    s.flush()
    return row


def latest_resolution(s: Session, centre_id: int) -> CollapseResolution | None:
    q = (select(CollapseResolution).where(CollapseResolution.centre_id == centre_id)
         .order_by(CollapseResolution.id.desc()).limit(1))
    return s.scalars(q).one_or_none()


def collapse_kept(s: Session, centre_id: int, profile_sha256: str) -> bool:
    """Whether a person's last decision on the centre called exactly this collapse a false alarm."""
    last = latest_resolution(s, centre_id)
    return last is not None and last.action == Resolution.KEEP and last.profile_sha256 == profile_sha256
