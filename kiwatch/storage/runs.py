"""Repository of crawl runs and, per centre, what each run decided (centre_runs)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiwatch.core.vocab import CentreRunStatus, ProfileVerdict, RunStatus
from kiwatch.records import CentreTally
from kiwatch.storage.models import CentreRun, Run, utcnow


def start_run(s: Session) -> int:
    run = Run(status=RunStatus.RUNNING, summary={})
    s.add(run)
    s.flush()
    return run.id


def finish_run(s: Session, run_id: int, status: RunStatus, summary: dict[str, Any]) -> None:
    run = s.get(Run, run_id)
    if run is not None:
        run.finished_at, run.status, run.summary = utcnow(), status, summary


def last_run(s: Session) -> Run | None:
    return s.scalars(select(Run).order_by(Run.id.desc()).limit(1)).one_or_none()


def add_centre_run(s: Session, run_id: int | None, centre_id: int, tally: CentreTally,
                   verdict: ProfileVerdict | None) -> None:
    s.add(CentreRun(run_id=run_id, centre_id=centre_id, status=tally.status, profile_verdict=verdict,
                    pages=tally.pages, unchanged=tally.unchanged, changed=tally.changed, failed=tally.failed,
                    changes=tally.changes))


def recent_centre_statuses(s: Session, centre_id: int, n: int) -> list[CentreRunStatus]:
    """The centre's status in its last n recorded runs, newest first."""
    if n <= 0:
        return []
    q = (select(CentreRun.status).where(CentreRun.centre_id == centre_id, CentreRun.status != CentreRunStatus.SKIPPED)
         .order_by(CentreRun.id.desc()).limit(n))
    return list(s.scalars(q))
