"""Runs one job for the fire time it serves and journals it; shared by the daemon and `run --once`."""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from kiwatch.core.vocab import Job, JobStatus
from kiwatch.i18n import status_label, t
from kiwatch.schedule.config import DIGEST_FREQUENCY, SchedulerConfig
from kiwatch.schedule.crawl_job import CrawlJob
from kiwatch.schedule.cron import latest_fire_time
from kiwatch.schedule.digest_job import retry_digests, run_digest_job
from kiwatch.schedule.journal import Journal, due_time
from kiwatch.settings import Settings
from kiwatch.storage.leases import LeaseManager
from kiwatch.storage.models import utcnow

log = logging.getLogger(__name__)


class Runner:
    def __init__(self, settings: Settings, config: SchedulerConfig, factory: sessionmaker[Session], leases: LeaseManager):
        self.settings = settings
        self.config = config
        self.factory = factory
        self.leases = leases
        self.triggers = config.triggers()
        self.stopping = threading.Event()
        self.journal = Journal(factory, config, settings.lang)
        self.crawl_job = CrawlJob(settings, config, leases, self.stopping)

    def record_skip(self, job: Job, scheduled_for: datetime, detail: str) -> None:
        self.journal.record_skip(job, scheduled_for, detail)

    def mark_interrupted(self) -> int:
        return self.journal.mark_interrupted()

    def current_fire_time(self, job: Job) -> datetime:
        """The latest fire time of the job (within its grace window), else now."""
        now = utcnow()
        return latest_fire_time(self.triggers[job], now - timedelta(seconds=self.config.grace(job)), now) or now

    def run_job(self, job: Job, scheduled_for: datetime | None = None) -> JobStatus | None:
        """Run one job for the fire time it serves; returns the recorded status, or None when
        there was nothing to do (the fire time was already served)."""
        if self.stopping.is_set():
            return JobStatus.INTERRUPTED
        if scheduled_for is None:
            with self.factory() as session:
                scheduled_for = due_time(session, self.config, job, self.triggers[job], utcnow())
            if scheduled_for is None:
                log.info("%s", t(self.settings.lang, "sched_nothing_due", job=job))
                return None
        run_id = self.journal.start(job, scheduled_for)
        if run_id is None:
            log.info("%s", t(self.settings.lang, "sched_already_done", job=job, when=scheduled_for.isoformat()))
            return None
        try:
            if job == Job.CRAWL:
                status, detail = self.crawl_job.run()
            else:
                status, detail = run_digest_job(self.factory, self.settings, self.config.tz, DIGEST_FREQUENCY[job])
        except Exception as exc:  # a job never takes the daemon down
            log.exception("%s", t(self.settings.lang, "sched_job_crashed", job=job))
            status, detail = JobStatus.FAILED, f"{type(exc).__name__}: {exc}"
        self.journal.finish(run_id, status, detail)
        ok = status is JobStatus.OK
        log.log(logging.INFO if ok else logging.ERROR, "%s (%s): %s%s", job,
                scheduled_for.astimezone(self.config.tz).strftime("%Y-%m-%d %H:%M:%S"),
                status_label(self.settings.lang, status), f" — {detail.strip().splitlines()[-1]}" if detail.strip() and not ok else "")
        return status

    def end_children(self) -> None:
        self.crawl_job.end_children()

    def retry_digests(self) -> None:
        retry_digests(self.factory, self.settings, self.config.tz)
