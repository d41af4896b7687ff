"""The scheduler: `kiwatch run` (daemon) and `kiwatch run --once` (for cron / systemd timers).

Jobs, all defined in code with fixed ids (no persistent APScheduler job store, so nothing is
pickled and a renamed function can never be silently dropped from a store):

* ``crawl`` — on ``crawl_cron`` (local time, with a random jitter so the night's crawl does not
  always hit the sites at the same second; within a crawl, Scrapy's one-request-per-domain
  slot and download delay spread each site's requests). Each crawl runs in its own child
  process ``python -m kiwatch crawl`` (the Twisted reactor cannot be restarted) with a hard
  timeout; a crashing, hanging or killed child is recorded and reported, the daemon goes on.
* ``digest-daily`` / ``digest-weekly`` — at ``daily_digest_time`` (and ``weekly_digest_day``),
  Europe/Berlin; ``digest-retry`` re-sends digests of the current period that failed.

Exactly once, also across restarts and processes:

* Every execution is recorded in ``job_runs`` with the fire time it served. On start-up, a job
  whose latest fire time within its grace window has no record (the machine was down, the
  daemon was stopped, a crawl was interrupted) runs once — coalesced, never once per missed
  fire time. A run that is older than the grace window is skipped and reported.
* One scheduler per database: the ``scheduler`` lease (table ``leases``) is taken at start-up
  and renewed while running; a second ``kiwatch run`` (or ``run --once``) on the same database
  refuses to start. Crawls additionally take the ``crawl`` lease, so two crawls never overlap.
* Inside the daemon, ``max_instances=1``: a crawl still running at the next fire time makes
  that run ``skipped`` (recorded and logged), and the hung crawl is ended by its own timeout.

SIGTERM / SIGINT: stop scheduling, end a running crawl child (recorded as ``interrupted``, so
it runs once after the restart), let a digest being sent finish, release the lease, exit 0.

Settings: crawl_cron, crawl_timeout, daily_digest_time, weekly_digest_day, timezone (Settings),
plus crawl_jitter, crawl_misfire_grace, digest_misfire_grace, daily_digest_cron,
weekly_digest_cron, digest_retry_interval, scheduler_lease_ttl, crawl_command and crawl_sites
(settings file or KIWATCH_<NAME>). A cron expression has 5 fields (standard cron,
0 or 7 = Sunday) or 6 fields with seconds first (for tests).
"""

from __future__ import annotations

import ctypes
import logging
import os
import secrets
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_MAX_INSTANCES, EVENT_JOB_MISSED
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from kiwatch.core.errors import LeaseHeld, SchedulerError
from kiwatch.core.vocab import ExitCode
from kiwatch.settings import Settings
from kiwatch.storage.db import open_database, session_factory, transaction
from kiwatch.storage.delivery import Digest, JobRun, Lease, Subscription
from kiwatch.storage.models import utcnow

log = logging.getLogger(__name__)

CRAWL, DIGEST_DAILY, DIGEST_WEEKLY = "crawl", "digest-daily", "digest-weekly"
DONE_STATUSES = ("running", "ok", "partial", "failed", "timeout", "killed", "skipped")  # not "interrupted"


# --------------------------------------------------------------------------- configuration

_DOW_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def _cron_dow(field: str) -> str:
    """Standard cron weekday numbers (0/7 = Sunday) as names: APScheduler 3 counts 0 = Monday."""
    out = []
    for part in field.split(","):
        base, slash, step = part.partition("/")
        if slash and any(ch.isdigit() for ch in base):
            raise SchedulerError(f"day-of-week {field!r}: use names (mon-fri) with steps")
        names = []
        for bound in base.split("-"):
            if bound.isdigit():
                if int(bound) > 7:
                    raise SchedulerError(f"day-of-week {field!r}: numbers go from 0 to 7")
                names.append(_DOW_NAMES[int(bound)])
            else:
                names.append(bound)
        out.append("-".join(names) + (slash + step if slash else ""))
    return ",".join(out)


def _after(when: datetime) -> datetime:
    """The next whole second after `when`, in UTC (local arithmetic loses the DST fold)."""
    utc = when.astimezone(timezone.utc)
    return utc.replace(microsecond=0) + timedelta(seconds=1)


class CronSchedule(CronTrigger):
    """APScheduler's CronTrigger, firing once per wall-clock time across DST.

    On the night the clocks go back (last Sunday of October, Europe/Berlin) APScheduler 3
    fires a 02:xx job twice, in summer and in winter time; like cron(8) we fire only the first.
    The jitter is applied after that check (and never makes a run land before its base time).
    """

    def __init__(self, *args, spread: int | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.spread = spread

    def get_next_fire_time(self, previous_fire_time, now):
        result = super().get_next_fire_time(previous_fire_time, now)
        while result is not None and result.astimezone(self.timezone).fold == 1:
            result = super().get_next_fire_time(result, _after(result))
        if result is not None and self.spread:
            result = self._apply_jitter(result, self.spread, now)
        return result


def parse_cron(expr: str, tz: ZoneInfo, jitter: float | None = None) -> CronTrigger:
    """A trigger from a 5-field cron expression (or 6 fields with seconds first)."""
    fields = expr.split()
    try:
        if len(fields) == 5:
            minute, hour, day, month, dow = fields
            second = "0"
        elif len(fields) == 6:
            second, minute, hour, day, month, dow = fields
        else:
            raise ValueError(f"expected 5 fields (or 6 with seconds), got {len(fields)}")
        return CronSchedule(second=second, minute=minute, hour=hour, day=day, month=month,
                            day_of_week=_cron_dow(dow), timezone=tz, spread=int(jitter) if jitter else None)
    except ValueError as exc:
        raise SchedulerError(f"cron expression {expr!r}: {exc}") from None


@dataclass(frozen=True)
class SchedulerConfig:
    """Everything the scheduler needs, derived from Settings and validated once."""

    timezone: str
    crawl_cron: str  # Settings.crawl_cron
    crawl_timeout: float  # Settings.crawl_timeout: hard limit of one crawl child, seconds
    crawl_jitter: float = 600.0  # KIWATCH_CRAWL_JITTER: random delay of each crawl start, ≤ seconds
    crawl_grace: float = 6 * 3600.0  # KIWATCH_CRAWL_MISFIRE_GRACE: a missed crawl runs this late at most
    daily_cron: str = "0 7 * * *"  # KIWATCH_DAILY_DIGEST_CRON, else from daily_digest_time
    weekly_cron: str = "0 7 * * mon"  # KIWATCH_WEEKLY_DIGEST_CRON, else daily time on weekly_digest_day
    digest_grace: float = 12 * 3600.0  # KIWATCH_DIGEST_MISFIRE_GRACE
    digest_retry: float = 1800.0  # KIWATCH_DIGEST_RETRY_INTERVAL: retry failed digests every … s (0 = off)
    lease_ttl: float = 120.0  # KIWATCH_SCHEDULER_LEASE_TTL: a dead scheduler blocks others this long
    crawl_command: tuple[str, ...] = ()  # KIWATCH_CRAWL_COMMAND; default: this Python, -m kiwatch crawl
    sites: str | None = None  # `run --sites FILE` or KIWATCH_CRAWL_SITES: registry for the crawl
    settings_file: str | None = None  # passed on to the crawl child

    @classmethod
    def from_settings(cls, settings: Settings, *, sites: str | None = None,
                      settings_file: str | None = None) -> "SchedulerConfig":
        hh, _, mm = settings.daily_digest_time.partition(":")
        if not (hh.isdigit() and mm.isdigit() and int(hh) < 24 and int(mm) < 60):
            raise SchedulerError(f"daily_digest_time must be HH:MM, not {settings.daily_digest_time!r}")
        day = settings.weekly_digest_day.strip().lower()[:3]
        if day not in _DOW_NAMES:
            raise SchedulerError(f"weekly_digest_day must be mon … sun, not {settings.weekly_digest_day!r}")
        for name in ("crawl_jitter", "crawl_misfire_grace", "digest_misfire_grace", "digest_retry_interval"):
            if getattr(settings, name) < 0:
                raise SchedulerError(f"setting {name!r} must not be negative")
        command = tuple(shlex.split(settings.crawl_command)) or (sys.executable, "-m", "kiwatch", "crawl")
        config = cls(
            timezone=settings.timezone,
            crawl_cron=settings.crawl_cron,
            crawl_timeout=settings.crawl_timeout,
            crawl_jitter=settings.crawl_jitter,
            crawl_grace=settings.crawl_misfire_grace,
            daily_cron=settings.daily_digest_cron or f"{int(mm)} {int(hh)} * * *",
            weekly_cron=settings.weekly_digest_cron or f"{int(mm)} {int(hh)} * * {day}",
            digest_grace=settings.digest_misfire_grace,
            digest_retry=settings.digest_retry_interval,
            lease_ttl=max(10.0, settings.scheduler_lease_ttl),
            crawl_command=command,
            sites=sites or settings.crawl_sites or None,
            settings_file=settings_file,
        )
        config.triggers()  # validate the schedules now, with a clear message
        return config

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def triggers(self, jitter: bool = False) -> dict[str, CronTrigger]:
        tz = self.tz
        return {
            CRAWL: parse_cron(self.crawl_cron, tz, self.crawl_jitter if jitter else None),
            DIGEST_DAILY: parse_cron(self.daily_cron, tz),
            DIGEST_WEEKLY: parse_cron(self.weekly_cron, tz),
        }

    def grace(self, job: str) -> float:
        return self.crawl_grace if job == CRAWL else self.digest_grace


# --------------------------------------------------------------------------- schedule arithmetic

def latest_fire_time(trigger: CronTrigger, after: datetime, now: datetime) -> datetime | None:
    """The latest fire time t with after < t <= now, or None."""
    latest = None
    # APScheduler works in whole seconds: step by one second past each fire time.
    current = trigger.get_next_fire_time(None, _after(after))
    while current is not None and current <= now:
        latest = current
        current = trigger.get_next_fire_time(current, _after(current))
    return latest


def last_recorded(session: Session, job: str) -> datetime | None:
    return session.scalar(select(func.max(JobRun.scheduled_for)).where(
        JobRun.job == job, JobRun.status.in_(DONE_STATUSES)))


def due_time(session: Session, config: SchedulerConfig, job: str, trigger: CronTrigger, now: datetime) -> datetime | None:
    """The fire time this job should serve now, if it has not been served: the latest fire
    time after the last recorded run, within the grace window. Several missed fire times
    coalesce into this one."""
    window_start = now - timedelta(seconds=config.grace(job))
    last = last_recorded(session, job)
    after = max(last, window_start) if last else window_start
    return latest_fire_time(trigger, after, now)


def missed_beyond_grace(session: Session, config: SchedulerConfig, job: str, trigger: CronTrigger,
                        now: datetime) -> datetime | None:
    """A fire time that was missed by more than the grace window (to report, not to run)."""
    last = last_recorded(session, job)
    if last is None:
        return None
    window_start = now - timedelta(seconds=config.grace(job))
    if last >= window_start:
        return None
    return latest_fire_time(trigger, last, window_start)


# --------------------------------------------------------------------------- leases

def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _holder(row: Lease) -> str:
    return f"pid {row.pid} on {row.host}, since {row.acquired_at:%Y-%m-%d %H:%M:%S} UTC" if row.acquired_at else row.host


class LeaseManager:
    """Named leases held by this process (one random owner token per process)."""

    def __init__(self, factory: sessionmaker[Session], ttl: float):
        self.factory = factory
        self.ttl = timedelta(seconds=ttl)
        self.owner = secrets.token_hex(8)
        self.host = socket.gethostname()
        self.pid = os.getpid()

    def acquire(self, name: str) -> None:
        for attempt in range(2):
            try:
                with transaction(self.factory) as session:
                    now = utcnow()
                    row = session.get(Lease, name, with_for_update=True)
                    if row is None:
                        row = Lease(name=name)
                        session.add(row)
                    elif row.owner and row.owner != self.owner and row.expires_at and row.expires_at > now \
                            and not (row.host == self.host and not _pid_alive(row.pid)):
                        raise LeaseHeld(name, _holder(row))
                    row.owner, row.host, row.pid = self.owner, self.host, self.pid
                    row.acquired_at, row.expires_at = now, now + self.ttl
                return
            except IntegrityError:  # two processes inserted the row at once: look again
                if attempt:
                    raise

    def renew(self, name: str) -> bool:
        with transaction(self.factory) as session:
            row = session.get(Lease, name, with_for_update=True)
            if row is None or row.owner != self.owner:
                return False
            row.expires_at = utcnow() + self.ttl
            return True

    def release(self, name: str) -> None:
        with transaction(self.factory) as session:
            row = session.get(Lease, name, with_for_update=True)
            if row is not None and row.owner == self.owner:
                row.owner, row.expires_at = "", None


# --------------------------------------------------------------------------- the jobs

def _set_pdeathsig() -> None:  # runs in the child between fork and exec (Linux)
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


class Runner:
    """Runs the jobs and records each run; shared by the daemon and `run --once`."""

    def __init__(self, settings: Settings, config: SchedulerConfig, factory: sessionmaker[Session], leases: LeaseManager):
        self.settings = settings
        self.config = config
        self.factory = factory
        self.leases = leases
        self.triggers = config.triggers()
        self.stopping = threading.Event()
        self._children: set[subprocess.Popen] = set()
        self._lock = threading.Lock()

    # -- bookkeeping
    def _start(self, job: str, scheduled_for: datetime) -> int | None:
        """Record the start of a run; None when this fire time was already served."""
        with transaction(self.factory) as session:
            done = session.scalar(select(JobRun.id).where(
                JobRun.job == job, JobRun.scheduled_for >= scheduled_for, JobRun.status.in_(DONE_STATUSES)))
            if done is not None:
                return None
            run = JobRun(job=job, scheduled_for=scheduled_for, status="running", pid=os.getpid())
            session.add(run)
            session.flush()
            return run.id

    def _finish(self, run_id: int, status: str, detail: str = "") -> None:
        with transaction(self.factory) as session:
            run = session.get(JobRun, run_id)
            run.status, run.detail, run.finished_at = status, detail[-4000:], utcnow()

    def record_skip(self, job: str, scheduled_for: datetime, detail: str) -> None:
        with transaction(self.factory) as session:
            session.add(JobRun(job=job, scheduled_for=scheduled_for, status="skipped", detail=detail,
                               finished_at=utcnow(), pid=os.getpid()))
        log.warning("%s run for %s skipped: %s", job, scheduled_for.astimezone(self.config.tz).isoformat(), detail)

    def mark_interrupted(self) -> int:
        """Runs left `running` by a scheduler that died: they did not finish, so they may run again."""
        with transaction(self.factory) as session:
            stale = list(session.scalars(select(JobRun).where(JobRun.status == "running")))
            for run in stale:
                run.status, run.finished_at = "interrupted", utcnow()
                run.detail = (run.detail + "\nscheduler stopped before the run finished").strip()
            return len(stale)

    def current_fire_time(self, job: str) -> datetime:
        """The latest fire time of the job (within its grace window), else now."""
        now = utcnow()
        return latest_fire_time(self.triggers[job], now - timedelta(seconds=self.config.grace(job)), now) or now

    # -- the jobs
    def run_job(self, job: str, scheduled_for: datetime | None = None) -> str:
        """Run one job for the fire time it serves; returns the recorded status."""
        if self.stopping.is_set():
            return "interrupted"
        if scheduled_for is None:
            with self.factory() as session:
                scheduled_for = due_time(session, self.config, job, self.triggers[job], utcnow())
            if scheduled_for is None:
                log.info("%s: nothing due (already served)", job)
                return "done"
        run_id = self._start(job, scheduled_for)
        if run_id is None:
            log.info("%s for %s already done", job, scheduled_for.isoformat())
            return "done"
        try:
            if job == CRAWL:
                status, detail = self._crawl()
            else:
                status, detail = self._digest("daily" if job == DIGEST_DAILY else "weekly")
        except Exception as exc:  # a job never takes the daemon down
            log.exception("%s failed", job)
            status, detail = "failed", f"{type(exc).__name__}: {exc}"
        self._finish(run_id, status, detail)
        level = logging.INFO if status == "ok" else logging.ERROR
        log.log(level, "%s (%s): %s%s", job, scheduled_for.astimezone(self.config.tz).strftime("%Y-%m-%d %H:%M:%S"),
                status, f" — {detail.strip().splitlines()[-1]}" if detail.strip() and status != "ok" else "")
        return status

    def _crawl(self) -> tuple[str, str]:
        try:
            self.leases.acquire(CRAWL)
        except LeaseHeld as exc:
            return "skipped", f"another crawl is running ({exc.holder})"
        try:
            return self._crawl_child()
        finally:
            self.leases.release(CRAWL)

    def _crawl_child(self) -> tuple[str, str]:
        cmd = list(self.config.crawl_command)
        if self.config.sites:
            cmd += ["--sites", self.config.sites]
        if self.config.settings_file:
            cmd += ["--settings", self.config.settings_file]
        env = dict(os.environ)
        env["KIWATCH_DATABASE_URL"] = self.settings.database_url  # not on the command line (ps shows it)
        deadline = time.monotonic() + self.config.crawl_timeout
        renew_every = self.config.lease_ttl / 3
        with tempfile.TemporaryFile() as output:
            child = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT, env=env,
                                     start_new_session=True,
                                     preexec_fn=_set_pdeathsig if sys.platform.startswith("linux") else None)
            with self._lock:
                self._children.add(child)
            log.info("crawl started: pid %d", child.pid)
            timed_out = False
            try:
                while True:
                    try:
                        child.wait(timeout=min(renew_every, max(0.1, deadline - time.monotonic())))
                        break
                    except subprocess.TimeoutExpired:
                        if time.monotonic() >= deadline:
                            timed_out = True
                            self._end_child(child)
                            break
                        self.leases.renew(CRAWL)
            finally:
                with self._lock:
                    self._children.discard(child)
            output.seek(max(0, output.seek(0, os.SEEK_END) - 4000))
            tail = output.read().decode("utf-8", "replace")
        code = child.returncode
        if timed_out:
            return "timeout", f"crawl exceeded crawl_timeout ({self.config.crawl_timeout:g} s) and was ended\n{tail}"
        if self.stopping.is_set() and code != 0:
            return "interrupted", f"crawl ended because the scheduler stopped\n{tail}"
        if code == 0:
            return "ok", tail
        if code == 1:
            return "partial", tail
        if code < 0:
            name = signal.Signals(-code).name if -code in signal.Signals._value2member_map_ else str(-code)
            return "killed", f"crawl process {child.pid} was killed by {name}\n{tail}"
        return "failed", f"crawl exited with code {code}\n{tail}"

    def _end_child(self, child: subprocess.Popen) -> None:
        """SIGTERM to the crawl's process group; SIGKILL if it is not gone within 10 s."""
        for sig, wait in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
            try:
                os.killpg(child.pid, sig)
            except ProcessLookupError:
                return
            try:
                child.wait(timeout=wait)
                return
            except subprocess.TimeoutExpired:
                continue

    def end_children(self) -> None:
        with self._lock:
            children = list(self._children)
        for child in children:
            self._end_child(child)

    def _digest(self, frequency: str, retry_only: bool = False) -> tuple[str, str]:
        from kiwatch.notify.mailer import Mailer
        from kiwatch.notify.outbox import run_digests

        lang = self.settings.lang
        only = None
        if retry_only:
            only = self._failed_digests(frequency)
            if not only:
                return "ok", ""
        results = []
        with Mailer(self.settings) as mailer:
            for email in (only or [None]):
                results += run_digests(self.factory, self.settings, mailer, frequency=frequency, only_email=email)
        bad = [r for r in results if r.outcome.is_failure]
        lines = [r.describe(lang) for r in results if r.email]
        return ("failed" if bad else "ok"), "\n".join(lines)

    def _failed_digests(self, frequency: str) -> list[str]:
        from kiwatch.notify.digest import period_key

        period = period_key(frequency, utcnow(), self.config.tz)
        with self.factory() as session:
            return list(session.scalars(select(Subscription.email).join(Digest, Digest.subscription_id == Subscription.id)
                                        .where(Subscription.frequency == frequency, Digest.period == period,
                                               Digest.status.in_(("failed", "sending")))))

    def retry_digests(self) -> None:
        for frequency in ("daily", "weekly"):
            status, detail = self._digest(frequency, retry_only=True)
            if detail:
                log.log(logging.INFO if status == "ok" else logging.ERROR, "digest retry (%s): %s", frequency, detail)


# --------------------------------------------------------------------------- entry points

def _prepare(settings: Settings, config: SchedulerConfig) -> tuple[Runner, LeaseManager, object]:
    engine = open_database(settings.database_url, create=True)
    factory = session_factory(engine)
    leases = LeaseManager(factory, config.lease_ttl)
    try:
        leases.acquire("scheduler")
    except LeaseHeld as exc:
        engine.dispose()
        from kiwatch.i18n import t

        raise SchedulerError(t(settings.lang, "nf_sched_locked", holder=exc.holder)) from None
    runner = Runner(settings, config, factory, leases)
    n = runner.mark_interrupted()
    if n:
        log.warning("%d run(s) of a previous scheduler did not finish; they count as missed", n)
    return runner, leases, engine


def _report_missed(runner: Runner, now: datetime) -> None:
    with runner.factory() as session:
        for job, trigger in runner.triggers.items():
            missed = missed_beyond_grace(session, runner.config, job, trigger, now)
            if missed is not None:
                runner.record_skip(job, missed, f"missed by more than the grace time "
                                                f"({runner.config.grace(job):g} s): the scheduler was not running")


def run_once(settings: Settings, config: SchedulerConfig) -> int:
    """Run every job that is due now (each at most once), then exit."""
    runner, leases, engine = _prepare(settings, config)
    try:
        now = utcnow()
        _report_missed(runner, now)
        statuses = []
        for job in (CRAWL, DIGEST_DAILY, DIGEST_WEEKLY):
            with runner.factory() as session:
                due = due_time(session, config, job, runner.triggers[job], now)
            if due is not None:
                statuses.append(runner.run_job(job, due))
        runner.retry_digests()
        return ExitCode.OK if all(s in ("ok", "done") for s in statuses) else ExitCode.PARTIAL
    finally:
        leases.release("scheduler")
        engine.dispose()


def run_daemon(settings: Settings, config: SchedulerConfig) -> int:
    runner, leases, engine = _prepare(settings, config)
    stop = threading.Event()
    lost_lease = threading.Event()

    def on_signal(signum, _frame):
        log.info("received %s, stopping", signal.Signals(signum).name)
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    scheduler = BackgroundScheduler(timezone=config.tz, job_defaults={"coalesce": True, "max_instances": 1})

    def on_event(event):
        job = event.job_id
        if job not in runner.triggers:
            if event.code == EVENT_JOB_ERROR:
                log.error("job %s failed: %s", job, event.exception)
            return
        if event.code == EVENT_JOB_MAX_INSTANCES:
            runner.record_skip(job, runner.current_fire_time(job), "the previous run is still in progress")
        elif event.code == EVENT_JOB_MISSED:
            runner.record_skip(job, event.scheduled_run_time, "missed by more than the grace time")
        elif event.code == EVENT_JOB_ERROR:
            log.error("job %s failed: %s", job, event.exception)

    scheduler.add_listener(on_event, EVENT_JOB_MAX_INSTANCES | EVENT_JOB_MISSED | EVENT_JOB_ERROR)
    try:
        now = utcnow()
        _report_missed(runner, now)
        jittered = config.triggers(jitter=True)
        for job in (CRAWL, DIGEST_DAILY, DIGEST_WEEKLY):
            with runner.factory() as session:
                due = due_time(session, config, job, runner.triggers[job], now)
            kwargs = {}
            if due is not None:  # missed while we were down: once, now (coalesced)
                log.info("%s missed at %s: running it now", job, due.astimezone(config.tz).isoformat())
                kwargs["next_run_time"] = now
            scheduler.add_job(runner.run_job, jittered[job], args=[job], id=job, name=job, replace_existing=True,
                              misfire_grace_time=int(config.grace(job)) or 1, **kwargs)
        if config.digest_retry:
            scheduler.add_job(runner.retry_digests, IntervalTrigger(seconds=config.digest_retry, timezone=config.tz),
                              id="digest-retry", replace_existing=True, misfire_grace_time=int(config.digest_retry))

        def heartbeat():
            if not leases.renew("scheduler"):
                log.error("the scheduler lease was taken over by another process; stopping")
                lost_lease.set()
                stop.set()

        scheduler.add_job(heartbeat, IntervalTrigger(seconds=config.lease_ttl / 3, timezone=config.tz),
                          id="lease-heartbeat", replace_existing=True, misfire_grace_time=int(config.lease_ttl))
        scheduler.start()
        for job in (CRAWL, DIGEST_DAILY, DIGEST_WEEKLY):
            next_run = scheduler.get_job(job).next_run_time
            log.info("%s: next run %s", job, next_run.isoformat() if next_run else "never")
        log.info("scheduler running (pid %d); SIGTERM or Ctrl-C stops it", os.getpid())
        print(f"kiwatch scheduler running (pid {os.getpid()})", file=sys.stderr, flush=True)
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
            leases.release("scheduler")
        engine.dispose()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print("kiwatch scheduler stopped", file=sys.stderr, flush=True)
    return ExitCode.ERROR if lost_lease.is_set() else ExitCode.OK


def main(settings: Settings, *, once: bool = False, sites: str | None = None, settings_file: str | None = None) -> int:
    config = SchedulerConfig.from_settings(settings, sites=sites, settings_file=settings_file)
    return run_once(settings, config) if once else run_daemon(settings, config)
