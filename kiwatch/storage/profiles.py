"""Repository of profile versions (a centre's merged facts with provenance).

The profile crosses this boundary as a CentreProfile; the JSON form is written and read here
only (CentreProfile.to_json / from_json, which reads every version ever stored).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiwatch.core.profile import CentreProfile
from kiwatch.storage.models import Profile


@dataclass(frozen=True, slots=True)
class StoredProfile:
    """A stored profile version: its row id (changes point at it), its hash and its facts."""

    id: int
    sha256: str
    profile: CentreProfile
    created_at: datetime  # when it was taken: the page versions it was built from were fetched before
    run_id: int | None = None  # the run that took it (None: a person's confirm)


def latest_profile(s: Session, centre_id: int) -> StoredProfile | None:
    row = s.scalars(select(Profile).where(Profile.centre_id == centre_id)
                    .order_by(Profile.id.desc()).limit(1)).one_or_none()
    return StoredProfile(row.id, row.sha256, CentreProfile.from_json(row.data), row.created_at, row.run_id) if row is not None else None


def add_profile(s: Session, centre_id: int, run_id: int | None, digest: str, profile: CentreProfile) -> int:
    row = Profile(centre_id=centre_id, run_id=run_id, sha256=digest, data=profile.to_json())
    s.add(row)
    s.flush()
    return row.id


def profiles_as_of(s: Session, cutoff: datetime | None = None,
                   centre_ids: list[int] | None = None) -> dict[int, CentreProfile]:
    """The newest profile of each centre created before `cutoff` (None: the newest of all), in
    one query whatever the number of centres."""
    latest = select(Profile.centre_id, func.max(Profile.id).label("pid"))
    if cutoff is not None:
        latest = latest.where(Profile.created_at < cutoff)
    if centre_ids is not None:
        latest = latest.where(Profile.centre_id.in_(centre_ids))
    sub = latest.group_by(Profile.centre_id).subquery()
    return {cid: CentreProfile.from_json(data) for cid, data in s.execute(
        select(Profile.centre_id, Profile.data).join(sub, sub.c.pid == Profile.id))}
