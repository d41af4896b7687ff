"""The daemon: `kiwatch run` (APScheduler, signals, the scheduler lease) and `kiwatch run --once`."""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from datetime import datetime
from types import FrameType
from typing import Any

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_MAX_INSTANCES, EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import Engine

from kiwatch.core.errors import LeaseHeld, SchedulerError
from kiwatch.core.vocab import ExitCode, Job, JobStatus, LeaseName
from kiwatch.i18n import t
from kiwatch.schedule.config import SchedulerConfig
from kiwatch.schedule.journal import due_time, missed_beyond_grace
from kiwatch.schedule.runner import Runner
from kiwatch.settings import Settings
from kiwatch.storage.db import open_database, session_factory
from kiwatch.storage.leases import LeaseManager
from kiwatch.storage.models import utcnow

log = logging.getLogger(__name__)


def _prepare(settings: Settings, config: SchedulerConfig) -> tuple[Runner, LeaseManager, Engine]:
    engine = open_database(settings.database_url, create=True, lang=settings.lang)
    factory = session_factory(engine)
    leases = LeaseManager(factory, config.lease_ttl)
    try:
        leases.acquire(LeaseName.SCHEDULER)
    except LeaseHeld as exc:
        engine.dispose()
        raise SchedulerError(t(settings.lang, "nf_sched_locked", holder=exc.holder)) from None
    runner = Runner(settings, config, factory, leases)
    n = runner.mark_interrupted()
    if n:
        log.warning("%s", t(settings.lang, "sched_previous_unfinished", n=n))
    return runner, leases, engine


def _report_missed(runner: Runner, now: datetime) -> None:
    with runner.factory() as session:
        for job, trigger in runner.triggers.items():
            missed = missed_beyond_grace(session, runner.config, job, trigger, now)
            if missed is not None:
                runner.record_skip(job, missed, t(runner.settings.lang, "sched_detail_missed_down",
                                                  grace=f"{runner.config.grace(job):g}"))


def run_once(settings: Settings, config: SchedulerConfig) -> int:
    """Run every job that is due now (each at most once), then exit."""
    runner, leases, engine = _prepare(settings, config)
    try:
        now = utcnow()
        _report_missed(runner, now)
        statuses: list[JobStatus | None] = []
        for job in Job:
            with runner.factory() as session:
                due = due_time(session, config, job, runner.triggers[job], now)
            if due is not None:
                statuses.append(runner.run_job(job, due))
        runner.retry_digests()
        return ExitCode.OK if all(s in (JobStatus.OK, None) for s in statuses) else ExitCode.PARTIAL
    finally:
        leases.release(LeaseName.SCHEDULER)
        engine.dispose()


def run_daemon(settings: Settings, config: SchedulerConfig) -> int:
    runner, leases, engine = _prepare(settings, config)
    lang = settings.lang
    stop = threading.Event()
    lost_lease = threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.info("%s", t(lang, "sched_signal", signal=signal.Signals(signum).name))
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    scheduler = BackgroundScheduler(timezone=config.tz, job_defaults={"coalesce": True, "max_instances": 1})

    def on_event(event: JobExecutionEvent) -> None:
        job = event.job_id
        if job not in runner.triggers:
            if event.code == EVENT_JOB_ERROR:
                log.error("%s", t(lang, "sched_job_failed", job=job, error=event.exception))
            return
        if event.code == EVENT_JOB_MAX_INSTANCES:
            runner.record_skip(job, runner.current_fire_time(job), t(lang, "sched_detail_in_progress"))
        elif event.code == EVENT_JOB_MISSED:
            runner.record_skip(job, event.scheduled_run_time, t(lang, "sched_detail_missed"))
        elif event.code == EVENT_JOB_ERROR:
            log.error("%s", t(lang, "sched_job_failed", job=job, error=event.exception))

    scheduler.add_listener(on_event, EVENT_JOB_MAX_INSTANCES | EVENT_JOB_MISSED | EVENT_JOB_ERROR)
    try:
        now = utcnow()
        _report_missed(runner, now)
        jittered = config.triggers(jitter=True)
        for job in Job:
            with runner.factory() as session:
                due = due_time(session, config, job, runner.triggers[job], now)
            kwargs: dict[str, Any] = {}
            if due is not None:  # missed while we were down: once, now (coalesced)
                log.info("%s", t(lang, "sched_missed_now", job=job, when=due.astimezone(config.tz).isoformat()))
                kwargs["next_run_time"] = now
            scheduler.add_job(runner.run_job, jittered[job], args=[job], id=job, name=job, replace_existing=True,
                              misfire_grace_time=int(config.grace(job)) or 1, **kwargs)
        if config.digest_retry:
            scheduler.add_job(runner.retry_digests, IntervalTrigger(seconds=config.digest_retry, timezone=config.tz),
                              id="digest-retry", replace_existing=True, misfire_grace_time=int(config.digest_retry))

        def heartbeat() -> None:
            if not leases.renew(LeaseName.SCHEDULER):
                log.error("%s", t(lang, "sched_lease_lost"))
                lost_lease.set()
                stop.set()

        scheduler.add_job(heartbeat, IntervalTrigger(seconds=config.lease_ttl / 3, timezone=config.tz),
                          id="lease-heartbeat", replace_existing=True, misfire_grace_time=int(config.lease_ttl))
        scheduler.start()
        for job in Job:
            next_run = scheduler.get_job(job).next_run_time
            log.info("%s", t(lang, "sched_next_run", job=job, when=next_run.isoformat() if next_run else t(lang, "st_never")))
        log.info("%s", t(lang, "sched_running", pid=os.getpid()))
        print(f"kiwatch: {t(lang, 'sched_started', pid=os.getpid())}", file=sys.stderr, flush=True)
        while not stop.wait(1.0):
            pass
    finally:
        runner.stopping.set()
        if scheduler.running:
            scheduler.pause()
        runner.end_children()
        if scheduler.running:
            scheduler.shutdown(wait=True)
        runner.mark_interrupted() if not lost_lease.is_set() else None
        if not lost_lease.is_set():
            leases.release(LeaseName.SCHEDULER)
        engine.dispose()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print(f"kiwatch: {t(lang, 'sched_stopped')}", file=sys.stderr, flush=True)
    return ExitCode.ERROR if lost_lease.is_set() else ExitCode.OK
