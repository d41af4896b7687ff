"""A centre's health across crawl runs: what one run's tally makes of it.

    after = next_health(Health(status, failed_runs, last_success_at), tally, ...)

A pure rule with no storage behind it, so that the ORM's bookkeeping (detection/centres.py)
and the crawl's driver-only bookkeeping of an unchanged re-crawl (crawlers/plainwrite.py)
share one definition.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiwatch.core.vocab import CentreRunStatus, CentreStatus
from kiwatch.records import CentreTally


@dataclass(frozen=True, slots=True)
class Health:
    """A centre's health as its crawl runs leave it."""

    status: CentreStatus
    consecutive_failed_runs: int
    last_success_at: datetime | None


def next_health(health: Health, tally: CentreTally, health_unchanged: bool, failing_after_runs: int,
                now: datetime) -> Health:
    """The centre's health after a run that went as `tally` says; a tally whose status is
    still OK takes the centre's status."""
    if health_unchanged:
        after = health
    elif tally.pages > tally.failed:
        after = Health(CentreStatus.OK, 0, now)
    else:
        failed = health.consecutive_failed_runs + 1
        status = health.status
        if tally.status == CentreRunStatus.BLOCKED:
            status = CentreStatus.BLOCKED
        elif failed >= failing_after_runs:
            status = CentreStatus.FAILING
        after = Health(status, failed, health.last_success_at)
    if tally.status == CentreRunStatus.OK:
        tally.status = CentreRunStatus(after.status.value)
    return after
