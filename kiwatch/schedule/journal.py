"""The run journal: every execution of a job is recorded with the fire time it served, so a
job runs once per fire time — across restarts, processes and `run --once`."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from apscheduler.triggers.cron import CronTrigger
from sqlalchemy.orm import Session, sessionmaker

from kiwatch.core.vocab import Job, JobStatus
from kiwatch.i18n import t
from kiwatch.schedule.config import SchedulerConfig
from kiwatch.schedule.cron import latest_fire_time
from kiwatch.storage import jobs
from kiwatch.storage.db import transaction

log = logging.getLogger(__name__)


def due_time(session: Session, config: SchedulerConfig, job: Job, trigger: CronTrigger, now: datetime) -> datetime | None:
    """The fire time this job should serve now, if it has not been served: the latest fire
    time after the last recorded run, within the grace window. Several missed fire times
    coalesce into this one."""
    window_start = now - timedelta(seconds=config.grace(job))
    last = jobs.last_served(session, job)
    after = max(last, window_start) if last else window_start
    return latest_fire_time(trigger, after, now)


def missed_beyond_grace(session: Session, config: SchedulerConfig, job: Job, trigger: CronTrigger,
                        now: datetime) -> datetime | None:
    """A fire time that was missed by more than the grace window (to report, not to run)."""
    last = jobs.last_served(session, job)
    if last is None:
        return None
    window_start = now - timedelta(seconds=config.grace(job))
    if last >= window_start:
        return None
    return latest_fire_time(trigger, last, window_start)


class Journal:
    """Writes the journal, each entry in its own transaction."""

    def __init__(self, factory: sessionmaker[Session], config: SchedulerConfig, lang: str = "de"):
        self.factory = factory
        self.config = config
        self.lang = lang  # of the log lines and the details stored with skipped runs

    def start(self, job: Job, scheduled_for: datetime) -> int | None:
        """Record the start of a run; None when this fire time was already served."""
        with transaction(self.factory) as session:
            return jobs.start_job_run(session, job, scheduled_for)

    def finish(self, run_id: int, status: JobStatus, detail: str = "") -> None:
        with transaction(self.factory) as session:
            jobs.finish_job_run(session, run_id, status, detail)

    def record_skip(self, job: Job, scheduled_for: datetime, detail: str) -> None:
        with transaction(self.factory) as session:
            jobs.add_skipped(session, job, scheduled_for, detail)
        log.warning("%s", t(self.lang, "sched_skipped", job=job, when=scheduled_for.astimezone(self.config.tz).isoformat(),
                            detail=detail))

    def mark_interrupted(self) -> int:
        """Runs left running by a scheduler that died: they did not finish, so they may run again."""
        with transaction(self.factory) as session:
            return jobs.interrupt_running(session, t(self.lang, "sched_detail_interrupted"))
