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

from kiwatch.schedule.config import SchedulerConfig
from kiwatch.schedule.daemon import run_daemon, run_once
from kiwatch.settings import Settings


def main(settings: Settings, *, once: bool = False, sites: str | None = None, settings_file: str | None = None) -> int:
    """`kiwatch run [--once]`: the schedule validated once, then the daemon or one pass."""
    config = SchedulerConfig.from_settings(settings, sites=sites, settings_file=settings_file)
    return run_once(settings, config) if once else run_daemon(settings, config)
