"""Repository of scheduled job runs (job_runs): what ran for which fire time, with which status."""

from __future__ import annotations

import os
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiwatch.core.vocab import Job, JobStatus
from kiwatch.storage.delivery import JobRun
from kiwatch.storage.models import utcnow

# Every status but INTERRUPTED serves its fire time (an interrupted run may run again).
SERVED = [status for status in JobStatus if status.serves_fire_time]


def last_served(s: Session, job: Job) -> datetime | None:
    """The latest fire time a run of this job served."""
    return s.scalar(select(func.max(JobRun.scheduled_for)).where(JobRun.job == job, JobRun.status.in_(SERVED)))


def start_job_run(s: Session, job: Job, scheduled_for: datetime) -> int | None:
    """A RUNNING row for the fire time; None when a run already served it (or a later one)."""
    done = s.scalar(select(JobRun.id).where(
        JobRun.job == job, JobRun.scheduled_for >= scheduled_for, JobRun.status.in_(SERVED)))
    if done is not None:
        return None
    run = JobRun(job=job, scheduled_for=scheduled_for, status=JobStatus.RUNNING, pid=os.getpid())
    s.add(run)
    s.flush()
    return run.id


def finish_job_run(s: Session, run_id: int, status: JobStatus, detail: str) -> None:
    run = s.get(JobRun, run_id)
    if run is not None:
        run.status, run.detail, run.finished_at = status, detail[-4000:], utcnow()


def add_skipped(s: Session, job: Job, scheduled_for: datetime, detail: str) -> None:
    s.add(JobRun(job=job, scheduled_for=scheduled_for, status=JobStatus.SKIPPED, detail=detail,
                 finished_at=utcnow(), pid=os.getpid()))


def interrupt_running(s: Session, note: str) -> int:
    """Runs left RUNNING (their scheduler died) become INTERRUPTED; returns how many."""
    stale = list(s.scalars(select(JobRun).where(JobRun.status == JobStatus.RUNNING)))
    for run in stale:
        run.status, run.finished_at = JobStatus.INTERRUPTED, utcnow()
        run.detail = (run.detail + "\n" + note).strip()
    return len(stale)
