"""The scheduler (RELIABILITY F1–F6): schedule arithmetic, leases, and the daemon run for real.

The daemon tests start `python -m kiwatch run` as a subprocess with a schedule of seconds.
Most use a stand-in crawl command (a small script that logs its start/end and sleeps), so a
crawl can be made slow, killed or hung at will; one runs the real `kiwatch crawl` against the
bundled demo site on 127.0.0.1. Nothing asserts on wall time: tests wait for recorded events.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from kiwatch.core.errors import LeaseHeld
from kiwatch.core.vocab import Job
from kiwatch.schedule.config import SchedulerConfig
from kiwatch.schedule.cron import latest_fire_time, parse_cron
from kiwatch.schedule.cron import next_second as _after
from kiwatch.schedule.journal import due_time
from kiwatch.schedule.runner import Runner
from kiwatch.storage.leases import LeaseManager

CRAWL = Job.CRAWL
from kiwatch.settings import Settings
from kiwatch.storage.db import open_database, session_factory, transaction
from kiwatch.storage.delivery import JobRun, Lease

TZ = ZoneInfo("Europe/Berlin")
FAR = "0 0 1 1 *"  # digests effectively off in crawl tests

FAKE_CRAWL = textwrap.dedent("""
    import os, sys, time
    log = os.environ["FAKE_LOG"]
    with open(log, "a") as f:
        f.write(f"start {time.time()} {os.getpid()}\\n")
    open(os.environ["FAKE_PID"], "w").write(str(os.getpid()))
    first = os.environ.get("FAKE_FIRST_MARK")
    sleep = float(os.environ.get("FAKE_SLEEP", "0.2"))
    if first and not os.path.exists(first):
        open(first, "w").close()
        sleep = float(os.environ.get("FAKE_FIRST_SLEEP", sleep))
    time.sleep(sleep)
    with open(log, "a") as f:
        f.write(f"end {time.time()} {os.getpid()}\\n")
""")


# --------------------------------------------------------------------------- schedule arithmetic

def fires(expr: str, start: datetime, days: int) -> list[datetime]:
    trigger = parse_cron(expr, TZ)
    out, t = [], trigger.get_next_fire_time(None, start)
    while t < start + timedelta(days=days):
        out.append(t)
        t = trigger.get_next_fire_time(t, _after(t))
    return out


@pytest.mark.parametrize("expr", ["0 7 * * *", "0 2 * * *", "30 2 * * *", "0 3 * * *"])
@pytest.mark.parametrize("start", [datetime(2025, 3, 29, tzinfo=TZ), datetime(2025, 10, 25, tzinfo=TZ),
                                   datetime(2024, 2, 28, tzinfo=TZ)])
def test_daily_jobs_fire_once_per_day_across_dst_and_leap_day(expr, start):
    times = fires(expr, start, 3)
    assert len(times) == 3
    assert len({t.astimezone(TZ).date() for t in times}) == 3


def test_cron_weekday_numbers_follow_cron_not_apscheduler():
    sunday = fires("0 7 * * 0", datetime(2025, 6, 2, tzinfo=TZ), 7)
    assert [t.astimezone(TZ).strftime("%a") for t in sunday] == ["Sun"]
    weekdays = fires("0 7 * * 1-5", datetime(2025, 6, 2, tzinfo=TZ), 7)
    assert [t.astimezone(TZ).strftime("%a") for t in weekdays] == ["Mon", "Tue", "Wed", "Thu", "Fri"]


def test_bad_schedules_are_refused_clearly():
    from kiwatch.core.errors import SchedulerError

    with pytest.raises(SchedulerError, match="cron expression"):
        SchedulerConfig.from_settings(Settings(crawl_cron="every night"))
    with pytest.raises(SchedulerError, match="daily_digest_time"):
        SchedulerConfig.from_settings(Settings(daily_digest_time="7 Uhr"))


def test_missed_fire_times_coalesce_into_the_latest(db_url):
    config = SchedulerConfig.from_settings(Settings(crawl_cron="0 2 * * *", crawl_misfire_grace=3 * 86400))
    trigger = config.triggers()[CRAWL]
    now = datetime(2025, 6, 5, 9, 0, tzinfo=TZ)
    engine = open_database(db_url)
    factory = session_factory(engine)
    with transaction(factory) as s:
        s.add(JobRun(job=CRAWL, scheduled_for=datetime(2025, 6, 3, 2, 0, tzinfo=TZ), status="ok"))
    with factory() as s:
        # down on the 4th and the 5th at 02:00: one run, for the 5th
        assert due_time(s, config, CRAWL, trigger, now) == datetime(2025, 6, 5, 2, 0, tzinfo=TZ)
    with transaction(factory) as s:
        s.add(JobRun(job=CRAWL, scheduled_for=datetime(2025, 6, 5, 2, 0, tzinfo=TZ), status="ok"))
    with factory() as s:
        assert due_time(s, config, CRAWL, trigger, now) is None
    # an interrupted run does not count as done: it runs again once
    with transaction(factory) as s:
        s.query(JobRun).filter(JobRun.scheduled_for == datetime(2025, 6, 5, 2, 0, tzinfo=TZ)).update({"status": "interrupted"})
    with factory() as s:
        assert due_time(s, config, CRAWL, trigger, now) == datetime(2025, 6, 5, 2, 0, tzinfo=TZ)
    assert latest_fire_time(trigger, now, now + timedelta(hours=1)) is None
    engine.dispose()


def test_lease_excludes_a_second_holder_until_it_expires_or_dies(db_url):
    engine = open_database(db_url)
    factory = session_factory(engine)
    a, b = LeaseManager(factory, 60), LeaseManager(factory, 60)
    a.acquire("scheduler")
    with pytest.raises(LeaseHeld, match=f"pid {os.getpid()}"):
        b.acquire("scheduler")
    a.acquire("scheduler")  # re-entrant for its holder
    a.release("scheduler")
    b.acquire("scheduler")
    # a holder on this host whose process is gone does not block
    with transaction(factory) as s:
        s.get(Lease, "scheduler").pid = 2 ** 22 + 12345
    a.acquire("scheduler")
    # an expired lease does not block
    with transaction(factory) as s:
        row = s.get(Lease, "scheduler")
        row.expires_at, row.host = datetime.now(timezone.utc) - timedelta(seconds=1), "elsewhere"
    b.acquire("scheduler")
    assert not a.renew("scheduler") and b.renew("scheduler")
    engine.dispose()


# --------------------------------------------------------------------------- jobs in-process

def runner_for(db_url, tmp_path, **settings):
    script = tmp_path / "fake_crawl.py"
    script.write_text(FAKE_CRAWL)
    s = Settings(database_url=db_url, crawl_cron="* * * * * *", daily_digest_time="07:00",
                 crawl_command=f"{sys.executable} {script}", crawl_jitter=0, crawl_misfire_grace=60, **settings)
    config = SchedulerConfig.from_settings(s)
    engine = open_database(db_url)
    factory = session_factory(engine)
    return Runner(s, config, factory, LeaseManager(factory, config.lease_ttl)), engine


def test_hung_crawl_is_ended_by_its_timeout_and_the_next_run_works(db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("FAKE_LOG", str(tmp_path / "log"))
    monkeypatch.setenv("FAKE_PID", str(tmp_path / "pid"))
    monkeypatch.setenv("FAKE_FIRST_MARK", str(tmp_path / "first"))
    monkeypatch.setenv("FAKE_FIRST_SLEEP", "60")
    runner, engine = runner_for(db_url, tmp_path, crawl_timeout=1.0)
    now = datetime.now(timezone.utc)
    assert runner.run_job(CRAWL, now - timedelta(seconds=2)) == "timeout"
    assert runner.run_job(CRAWL, now - timedelta(seconds=1)) == "ok"
    with runner.factory() as s:
        runs = list(s.scalars(select(JobRun).order_by(JobRun.id)))
    assert [r.status for r in runs] == ["timeout", "ok"]
    assert "crawl_timeout" in runs[0].detail
    engine.dispose()


def test_a_fire_time_is_served_once_and_crawl_lease_blocks_overlap(db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("FAKE_LOG", str(tmp_path / "log"))
    monkeypatch.setenv("FAKE_PID", str(tmp_path / "pid"))
    runner, engine = runner_for(db_url, tmp_path)
    when = datetime.now(timezone.utc) - timedelta(seconds=1)
    assert runner.run_job(CRAWL, when) == "ok"
    assert runner.run_job(CRAWL, when) is None  # already served, e.g. `run --once` after the daemon did it
    other = LeaseManager(runner.factory, 60)
    other.acquire(CRAWL)  # another process is crawling
    assert runner.run_job(CRAWL, when + timedelta(seconds=1)) == "skipped"
    with runner.factory() as s:
        skipped = s.scalar(select(JobRun).where(JobRun.status == "skipped"))
    assert "ein anderer Abruf läuft gerade" in skipped.detail  # the settings language (German by default)
    assert (tmp_path / "log").read_text().count("start") == 1
    engine.dispose()


# --------------------------------------------------------------------------- the daemon, for real

class Daemon:
    def __init__(self, tmp_path: Path, db_url: str, env: dict[str, str], name: str = "daemon"):
        self.err_path = tmp_path / f"{name}.err"
        self.proc = subprocess.Popen([sys.executable, "-m", "kiwatch", "run", "--db", db_url],
                                     env=env, stdout=subprocess.DEVNULL, stderr=self.err_path.open("w"))

    @property
    def stderr(self) -> str:
        return self.err_path.read_text()

    def stop(self, sig=signal.SIGTERM, timeout: float = 60) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        return self.proc.wait(timeout=timeout)


def wait_for(predicate, timeout: float = 60, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def job_runs(db_url: str) -> list[JobRun]:
    engine = open_database(db_url)
    try:
        with session_factory(engine)() as s:
            return list(s.scalars(select(JobRun).where(JobRun.job == CRAWL).order_by(JobRun.id)))
    finally:
        engine.dispose()


def daemon_env(tmp_path: Path, cron: str, **extra) -> dict[str, str]:
    script = tmp_path / "fake_crawl.py"
    script.write_text(FAKE_CRAWL)
    return {**os.environ, "KIWATCH_CRAWL_COMMAND": f"{sys.executable} {script}", "KIWATCH_CRAWL_CRON": cron,
            "KIWATCH_CRAWL_JITTER": "0", "KIWATCH_CRAWL_MISFIRE_GRACE": "600", "KIWATCH_DAILY_DIGEST_CRON": FAR,
            "KIWATCH_WEEKLY_DIGEST_CRON": FAR, "KIWATCH_DIGEST_RETRY_INTERVAL": "0",
            "FAKE_LOG": str(tmp_path / "crawl.log"), "FAKE_PID": str(tmp_path / "crawl.pid"),
            "KIWATCH_SETTINGS": "", "KIWATCH_LANG": "en", **extra}


def crawl_intervals(log: Path) -> list[tuple[float, float]]:
    starts, ends = {}, {}
    for line in log.read_text().splitlines():
        event, at, pid = line.split()
        (starts if event == "start" else ends)[pid] = float(at)
    return sorted((starts[p], ends[p]) for p in ends)


def test_daemon_crawls_never_overlap_second_daemon_refused_sigterm_clean(db_url, tmp_path):
    env = daemon_env(tmp_path, "*/2 * * * * *", FAKE_SLEEP="3")  # a crawl outlasts the interval
    daemon = Daemon(tmp_path, db_url, env)
    try:
        wait_for(lambda: "scheduler running" in daemon.stderr, what="daemon start")
        second = subprocess.run([sys.executable, "-m", "kiwatch", "run", "--db", db_url], env=env,
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 2
        assert "another kiwatch scheduler is already running" in second.stderr
        once = subprocess.run([sys.executable, "-m", "kiwatch", "run", "--once", "--db", db_url], env=env,
                              capture_output=True, text=True, timeout=60)
        assert once.returncode == 2 and "already running" in once.stderr
        wait_for(lambda: len(crawl_intervals(tmp_path / "crawl.log")) >= 2
                 and any(r.status == "skipped" for r in job_runs(db_url)), what="two crawls and a skipped run")
    finally:
        code = daemon.stop()
    assert code == 0, daemon.stderr
    assert "kiwatch: scheduler stopped" in daemon.stderr
    intervals = crawl_intervals(tmp_path / "crawl.log")
    for (s1, e1), (s2, e2) in zip(intervals, intervals[1:]):
        assert s2 >= e1, f"crawls overlap: {intervals}"
    runs = job_runs(db_url)
    assert any(r.status == "skipped" and "still in progress" in r.detail for r in runs)
    assert "running" not in {r.status for r in runs}
    engine = open_database(db_url)
    with session_factory(engine)() as s:
        assert s.get(Lease, "scheduler").owner == ""  # released: a new daemon may start at once
    engine.dispose()


def test_missed_run_after_restart_runs_once_and_killed_child_is_reported(db_url, tmp_path):
    env = daemon_env(tmp_path, "*/3 * * * * *", FAKE_SLEEP="0.2", FAKE_FIRST_SLEEP="120",
                     FAKE_FIRST_MARK=str(tmp_path / "first"))
    daemon = Daemon(tmp_path, db_url, env)
    try:
        # the first crawl hangs; kill it from outside (OOM killer, admin): reported, next run works
        pid = wait_for(lambda: (tmp_path / "crawl.pid").exists() and int((tmp_path / "crawl.pid").read_text() or 0),
                       what="first crawl")
        os.kill(pid, signal.SIGKILL)
        wait_for(lambda: any(r.status == "killed" for r in job_runs(db_url)), what="killed run recorded")
        wait_for(lambda: any(r.status == "ok" for r in job_runs(db_url)), what="a good run after the kill")
        assert daemon.proc.poll() is None  # the daemon survived
    finally:
        assert daemon.stop() == 0
    assert "SIGKILL" in daemon.stderr
    killed = next(r for r in job_runs(db_url) if r.status == "killed")
    assert "killed by SIGKILL" in killed.detail

    stopped_at = datetime.now(timezone.utc)
    time.sleep(7)  # the daemon is down for at least two fire times
    restart = Daemon(tmp_path, db_url, env, name="restart")
    try:
        catch_up = wait_for(lambda: [r for r in job_runs(db_url) if r.started_at > stopped_at and r.status == "ok"],
                            what="catch-up run")[0]
    finally:
        assert restart.stop() == 0
    assert "missed at" in restart.stderr
    served = [r for r in job_runs(db_url) if stopped_at < r.scheduled_for <= catch_up.scheduled_for]
    assert [r.id for r in served] == [catch_up.id]  # once, not once per missed fire time
    assert catch_up.scheduled_for - stopped_at >= timedelta(seconds=3)  # ≥ 2 fire times were missed


def test_run_once_runs_what_is_due_then_nothing(db_url, tmp_path):
    # a yearly crawl with a grace window of 400 days: exactly one fire time is due
    env = daemon_env(tmp_path, "0 0 1 1 *", KIWATCH_CRAWL_MISFIRE_GRACE=str(400 * 86400))
    cmd = [sys.executable, "-m", "kiwatch", "run", "--once", "--db", db_url]
    first = subprocess.run(cmd, env={**env, "KIWATCH_LANG": "de"}, capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stderr
    assert "Abruf gestartet: PID" in first.stderr and "crawl started" not in first.stderr  # the log speaks German too
    second = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
    assert second.returncode == 0, second.stderr
    assert (tmp_path / "crawl.log").read_text().count("start") == 1
    assert [r.status for r in job_runs(db_url)] == ["ok"]


def test_daemon_runs_the_real_crawl_against_a_local_site(db_url, tmp_path):
    from kiwatch.demo import demo_root, write_demo_registry
    from kiwatch.devserver import DevServer

    with DevServer(demo_root() / "2018") as server:
        registry = tmp_path / "sites.toml"
        write_demo_registry(registry, server)
        env = daemon_env(tmp_path, "*/2 * * * * *", KIWATCH_CRAWL_SITES=str(registry),
                         KIWATCH_ALLOW_PRIVATE_HOSTS="true", KIWATCH_DOWNLOAD_DELAY="0", KIWATCH_AUTOTHROTTLE="false")
        del env["KIWATCH_CRAWL_COMMAND"]  # the real `python -m kiwatch crawl`
        daemon = Daemon(tmp_path, db_url, env)
        try:
            wait_for(lambda: any(r.status in ("ok", "partial") for r in job_runs(db_url)), timeout=120,
                     what="a real crawl run")
        finally:
            assert daemon.stop() == 0, daemon.stderr
    engine = open_database(db_url)
    from kiwatch.storage.models import Centre, Run

    with session_factory(engine)() as s:
        assert s.scalar(select(Run.id)) is not None
        assert {c.slug for c in s.scalars(select(Centre))} >= {"duisburg"}
    engine.dispose()
    assert any(p.startswith("/duisburg/") for p in (r.path for r in server.requests))


def test_five_restarts_keep_one_job_per_id_and_nothing_is_persisted(sqlite_url, tmp_path):
    """F5: five restarts → each job registered exactly once per start, each fire time served
    once. F4: jobs are defined in code and never pickled into a job store, so a function renamed
    between releases cannot be silently dropped ("Unable to restore job … removing it"): the
    database holds no APScheduler job table, and every start registers every job again by id."""
    from sqlalchemy import create_engine, inspect

    env = daemon_env(tmp_path, "* * * * * *", FAKE_SLEEP="0")
    for i in range(5):
        daemon = Daemon(tmp_path, sqlite_url, env, name=f"start{i}")
        try:
            wait_for(lambda: "scheduler running" in daemon.stderr, what=f"start {i}")
            before = len(job_runs(sqlite_url))
            wait_for(lambda: len(job_runs(sqlite_url)) > before, what=f"a crawl after start {i}")
        finally:
            assert daemon.stop() == 0, daemon.stderr
        for job in (CRAWL, "digest-daily", "digest-weekly"):
            assert daemon.stderr.count(f"{job}: next run") == 1, daemon.stderr
    runs = job_runs(sqlite_url)
    served = [r.scheduled_for for r in runs if r.status != "interrupted"]
    assert len(served) == len(set(served)) >= 5  # no fire time served twice (no duplicated job)
    engine = create_engine(sqlite_url)
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    assert not {t for t in tables if "apscheduler" in t or t == "jobs"}, tables
