"""Cron arithmetic: standard 5-field cron (0/7 = Sunday) on APScheduler, once per wall-clock time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger

from kiwatch.core.errors import SchedulerError

DOW_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun"]


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
                names.append(DOW_NAMES[int(bound)])
            else:
                names.append(bound)
        out.append("-".join(names) + (slash + step if slash else ""))
    return ",".join(out)


def next_second(when: datetime) -> datetime:
    """The next whole second after `when`, in UTC (local arithmetic loses the DST fold)."""
    utc = when.astimezone(UTC)
    return utc.replace(microsecond=0) + timedelta(seconds=1)


class CronSchedule(CronTrigger):  # type: ignore[misc]  # APScheduler 3 ships no types: CronTrigger is Any
    """APScheduler's CronTrigger, firing once per wall-clock time across DST.

    On the night the clocks go back (last Sunday of October, Europe/Berlin) APScheduler 3
    fires a 02:xx job twice, in summer and in winter time; like cron(8) we fire only the first.
    The jitter is applied after that check (and never makes a run land before its base time).
    """

    def __init__(self, *args: Any, spread: int | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.spread = spread

    def get_next_fire_time(self, previous_fire_time: datetime | None, now: datetime) -> datetime | None:
        result: datetime | None = super().get_next_fire_time(previous_fire_time, now)
        while result is not None and result.astimezone(self.timezone).fold == 1:
            result = super().get_next_fire_time(result, next_second(result))
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


def latest_fire_time(trigger: CronTrigger, after: datetime, now: datetime) -> datetime | None:
    """The latest fire time t with after < t <= now, or None."""
    latest = None
    # APScheduler works in whole seconds: step by one second past each fire time.
    current = trigger.get_next_fire_time(None, next_second(after))
    while current is not None and current <= now:
        latest = current
        current = trigger.get_next_fire_time(current, next_second(current))
    return latest
