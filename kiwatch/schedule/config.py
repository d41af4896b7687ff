"""The scheduler's configuration, derived from Settings and validated once at start-up."""

from __future__ import annotations

import shlex
import sys
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger

from kiwatch.core.errors import SchedulerError
from kiwatch.core.vocab import Frequency, Job
from kiwatch.schedule.cron import DOW_NAMES, parse_cron
from kiwatch.settings import Settings

# The digest frequency each digest job sends.
DIGEST_FREQUENCY = {Job.DIGEST_DAILY: Frequency.DAILY, Job.DIGEST_WEEKLY: Frequency.WEEKLY}


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
                      settings_file: str | None = None) -> SchedulerConfig:
        hh, _, mm = settings.daily_digest_time.partition(":")
        if not (hh.isdigit() and mm.isdigit() and int(hh) < 24 and int(mm) < 60):
            raise SchedulerError(f"daily_digest_time must be HH:MM, not {settings.daily_digest_time!r}")
        day = settings.weekly_digest_day.strip().lower()[:3]
        if day not in DOW_NAMES:
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

    def triggers(self, jitter: bool = False) -> dict[Job, CronTrigger]:
        tz = self.tz
        return {
            Job.CRAWL: parse_cron(self.crawl_cron, tz, self.crawl_jitter if jitter else None),
            Job.DIGEST_DAILY: parse_cron(self.daily_cron, tz),
            Job.DIGEST_WEEKLY: parse_cron(self.weekly_cron, tz),
        }

    def grace(self, job: Job) -> float:
        return self.crawl_grace if job == Job.CRAWL else self.digest_grace
