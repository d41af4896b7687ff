"""Repository of crawl runs and, per centre, what each run decided (centre_runs)."""

from __future__ import annotations

import os
import socket
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from kiwatch.core.vocab import CentreRunStatus, ProfileVerdict, RunStatus
from kiwatch.records import CentreTally
from kiwatch.storage.models import Centre, CentreRun, Run, utcnow


def start_run(s: Session) -> int:
    # who runs it: a later run or `status` can tell a crawl that died (SIGKILL, power loss)
    # from one still going, and mark it interrupted instead of "running" forever
    run = Run(status=RunStatus.RUNNING, summary={"pid": os.getpid(), "host": socket.gethostname()})
    s.add(run)
    s.flush()
    return run.id


def reap_dead_runs(s: Session, older_than: datetime) -> list[int]:
    """Mark runs left `running` by a process that no longer exists as interrupted. A run of
    another host (shared PostgreSQL) is reaped only once it started before `older_than`."""
    host = socket.gethostname()
    reaped = []
    for run in s.scalars(select(Run).where(Run.status == RunStatus.RUNNING)):
        summary = dict(run.summary or {})
        pid = summary.get("pid")
        if summary.get("host") == host and isinstance(pid, int):
            dead = not _pid_alive(pid)
        else:
            dead = run.started_at < older_than
        if dead:
            summary["error"] = "the crawl process ended without finishing (killed?); found by a later command"
            run.status, run.finished_at, run.summary = RunStatus.INTERRUPTED, utcnow(), summary
            reaped.append(run.id)
    return reaped


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def finish_run(s: Session, run_id: int, status: RunStatus, summary: dict[str, Any]) -> None:
    run = s.get(Run, run_id)
    if run is not None:
        run.finished_at, run.status, run.summary = utcnow(), status, summary


def last_run(s: Session) -> Run | None:
    return s.scalars(select(Run).order_by(Run.id.desc()).limit(1)).one_or_none()


def add_centre_run(s: Session, run_id: int | None, centre_id: int, tally: CentreTally,
                   verdict: ProfileVerdict | None) -> None:
    add_centre_runs(s, run_id, [(centre_id, tally, verdict)])


def add_centre_runs(s: Session, run_id: int | None,
                    rows: list[tuple[int, CentreTally, ProfileVerdict | None]]) -> None:
    """Several centres' rows in one INSERT (a run of 1,000 centres writes a thousand; as ORM
    objects they cost more than everything else the run does for an unchanged centre)."""
    if rows:
        s.execute(insert(CentreRun), [
            {"run_id": run_id, "centre_id": centre_id, "status": tally.status, "profile_verdict": verdict,
             "pages": tally.pages, "unchanged": tally.unchanged, "changed": tally.changed, "failed": tally.failed,
             "changes": tally.changes} for centre_id, tally, verdict in rows])


def last_centre_statuses(s: Session) -> dict[int, CentreRunStatus]:
    """Every centre's status in its last recorded run, in one query (for pages listing all centres)."""
    newest = (select(func.max(CentreRun.id)).where(CentreRun.status != CentreRunStatus.SKIPPED)
              .group_by(CentreRun.centre_id))
    return {cid: status for cid, status in s.execute(select(CentreRun.centre_id, CentreRun.status)
                                                      .where(CentreRun.id.in_(newest)))}


def recent_centre_statuses(s: Session, centre_id: int, n: int) -> list[CentreRunStatus]:
    """The centre's status in its last n recorded runs, newest first."""
    if n <= 0:
        return []
    q = (select(CentreRun.status).where(CentreRun.centre_id == centre_id, CentreRun.status != CentreRunStatus.SKIPPED)
         .order_by(CentreRun.id.desc()).limit(n))
    return list(s.scalars(q))


# how a run may have left a centre for its profile to be current (not held back, not broken off)
_CLEAN = (CentreRunStatus.OK, CentreRunStatus.NEW, CentreRunStatus.FAILING, CentreRunStatus.BLOCKED)


def clean_in_previous_run(s: Session, run_id: int) -> set[str]:
    """Slugs of the centres the run before `run_id` crawled and finished cleanly: their
    profile is what their current pages say. A run that broke off wrote no centre_runs rows,
    so its centres are not in the set."""
    previous = s.scalar(select(func.max(Run.id)).where(Run.id < run_id))
    if previous is None:
        return set()
    q = (select(Centre.slug).join(CentreRun, CentreRun.centre_id == Centre.id)
         .where(CentreRun.run_id == previous, CentreRun.status.in_(_CLEAN)))
    return set(s.scalars(q))


def recent_runs(s: Session, n: int) -> list[Run]:
    """The last n runs, newest first."""
    return list(s.scalars(select(Run).order_by(Run.id.desc()).limit(n)))
