"""The digest jobs: send this period's digests; retry the ones of the period that failed."""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker

from kiwatch.core.vocab import Frequency, JobStatus
from kiwatch.i18n import t
from kiwatch.notify.digest import period_key
from kiwatch.notify.mailer import Mailer
from kiwatch.notify.outbox import DigestResult, run_digests
from kiwatch.settings import Settings
from kiwatch.storage.digests import recipients_to_retry
from kiwatch.storage.models import utcnow

log = logging.getLogger(__name__)


def run_digest_job(factory: sessionmaker[Session], settings: Settings, tz: ZoneInfo, frequency: Frequency,
                   retry_only: bool = False) -> tuple[JobStatus, str]:
    """Send the due digests of `frequency` (with retry_only: only those of this period that
    failed); FAILED when any subscriber's digest did not go out."""
    only: list[str] = []
    if retry_only:
        with factory() as session:
            only = recipients_to_retry(session, frequency, period_key(frequency, utcnow(), tz))
        if not only:
            return JobStatus.OK, ""
    results: list[DigestResult] = []
    with Mailer(settings) as mailer:
        recipients: list[str | None] = list(only) if only else [None]
        for email in recipients:
            results += run_digests(factory, settings, mailer, frequency=frequency, only_email=email)
    bad = [r for r in results if r.outcome.is_failure]
    lines = [r.describe(settings.lang) for r in results if r.email]
    return (JobStatus.FAILED if bad else JobStatus.OK), "\n".join(lines)


def retry_digests(factory: sessionmaker[Session], settings: Settings, tz: ZoneInfo) -> None:
    for frequency in Frequency:
        status, detail = run_digest_job(factory, settings, tz, frequency, retry_only=True)
        if detail:
            log.log(logging.INFO if status is JobStatus.OK else logging.ERROR, "%s",
                    t(settings.lang, "sched_digest_retry", frequency=t(settings.lang, f"nf_frequency_{frequency}"), detail=detail))
