"""Repository of profile versions (a centre's merged facts with provenance)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiwatch.storage.models import Profile


def latest_profile(s: Session, centre_id: int) -> Profile | None:
    return s.scalars(select(Profile).where(Profile.centre_id == centre_id)
                     .order_by(Profile.id.desc()).limit(1)).one_or_none()


def add_profile(s: Session, centre_id: int, run_id: int | None, digest: str, data: dict[str, Any]) -> Profile:
    profile = Profile(centre_id=centre_id, run_id=run_id, sha256=digest, data=data)
    s.add(profile)
    s.flush()
    return profile
