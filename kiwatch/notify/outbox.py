"""Send the digests of one period: claim → send → record, once per subscriber and period.

Guarantees (what the tests check):

* **Each change reaches each matching subscriber once.** A change is delivered when a
  `DeliveredChange` row exists; that row is written in the transaction that marks the digest
  `sent`, after the SMTP server accepted the message.
* **Failures keep changes pending.** Server down, timeout, 4xx or 5xx: the digest row says
  `failed`/`rejected` with the server's answer, no `DeliveredChange` row is written, and the
  next run sends the same changes (plus any newer ones).
* **One digest per subscriber and period**, also when the job runs twice or in two processes:
  the row (subscription, period) is claimed in a transaction before sending; a second run sees
  `sent` (skip) or a fresh `sending` claim (skip).
* **Crash between the server's 250 and our "sent"** (the one window no local transaction can
  close): the row stays `sending`; once the claim is older than `claim_ttl` the next run sends
  that digest again, with the same Message-ID. So a crash costs at most one duplicate digest
  per subscriber, never a lost change (at-least-once).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker

from kiwatch.core.errors import DeliveryError
from kiwatch.core.vocab import DigestOutcome, DigestStatus
from kiwatch.i18n import N_, localise, t
from kiwatch.notify.digest import (
    RenderedDigest,
    build_content,
    build_message,
    message_id,
    pending_changes,
    period_key,
    render_digest,
)
from kiwatch.notify.mailer import Mailer
from kiwatch.notify.subscriptions import ChangeFilter
from kiwatch.notify.unsubscribe import make_token, unsubscribe_url
from kiwatch.settings import Settings
from kiwatch.storage import digests, subscriptions
from kiwatch.storage.db import transaction
from kiwatch.storage.models import utcnow

log = logging.getLogger(__name__)


@dataclass
class DigestResult:
    email: str
    frequency: str
    period: str
    outcome: DigestOutcome
    change_ids: list[int] = field(default_factory=list)
    error: str = ""
    rendered: RenderedDigest | None = None
    message: object | None = None  # the EmailMessage (dry run)

    def describe(self, lang: str) -> str:
        n = len(self.change_ids)
        key = {
            DigestOutcome.SENT: N_("nf_digest_sent"), DigestOutcome.FAILED: N_("nf_digest_failed"),
            DigestOutcome.REJECTED: N_("nf_digest_failed"), DigestOutcome.DEFERRED: N_("nf_digest_deferred"),
            DigestOutcome.NOTHING: N_("nf_digest_nothing"), DigestOutcome.ALREADY_SENT: N_("nf_digest_already"),
            DigestOutcome.BUSY: N_("nf_digest_busy"), DigestOutcome.PREVIEW: N_("nf_digest_nothing"),
        }[self.outcome]
        return t(lang, key, email=self.email, n=n, error=self.error, period=self.period)


@dataclass
class _Prepared:
    sub_id: int
    email: str
    lang: str
    change_ids: list[int]
    rendered: RenderedDigest
    msg_id: str


def claim_ttl(settings: Settings) -> timedelta:
    """How long a `sending` claim protects a digest from a second sender."""
    return timedelta(seconds=max(300.0, 4 * settings.smtp_timeout))


def run_digests(factory: sessionmaker[Session], settings: Settings, mailer: Mailer | None, *,
                frequency: str = "daily", now: datetime | None = None, dry_run: bool = False,
                only_email: str | None = None, since: datetime | None = None) -> list[DigestResult]:
    """Send (or, with dry_run, render) this period's digest to every subscriber of `frequency`.

    `since` (dry run only) previews from history: every matching change detected since then,
    whether delivered already or older than the subscription."""
    if since is not None and not dry_run:
        raise ValueError("since only works for a dry run: a real digest sends what is pending")
    now = now or utcnow()
    tz = ZoneInfo(settings.timezone)
    period = period_key(frequency, now, tz)
    with factory() as session:
        sub_ids = digests.subscription_ids(session, frequency, only_email)
    results: list[DigestResult] = []
    server_down: str = ""
    for sub_id in sub_ids:
        claim = _claim(factory, settings, sub_id, period, now, tz, dry_run=dry_run, since=since)
        if isinstance(claim, DigestResult):
            results.append(claim)
            continue
        msg = build_message(claim.rendered, to=claim.email, mail_from=settings.mail_from, msg_id=claim.msg_id, date=now)
        base: dict[str, Any] = dict(email=claim.email, frequency=frequency, period=period, change_ids=claim.change_ids,
                    rendered=claim.rendered)
        if dry_run:
            results.append(DigestResult(outcome=DigestOutcome.PREVIEW, message=msg, **base))
            continue
        if server_down:
            _record_failure(factory, sub_id, period, DigestStatus.FAILED, t(settings.lang, "smtp_not_attempted", error=server_down))
            results.append(DigestResult(outcome=DigestOutcome.DEFERRED, error=server_down, **base))
            continue
        try:
            assert mailer is not None, "a Mailer is needed to send"
            mailer.send(msg, claim.email)
        except DeliveryError as exc:
            outcome = DigestOutcome.FAILED if exc.temporary else DigestOutcome.REJECTED
            error = localise(exc, settings.lang)  # stored and shown in the operator's language
            _record_failure(factory, sub_id, period, DigestStatus.FAILED if exc.temporary else DigestStatus.REJECTED, error)
            log.warning("digest %s for %s: %s", period, claim.email, error)
            results.append(DigestResult(outcome=outcome, error=error, **base))
            if exc.connection:
                server_down = error
            continue
        _record_sent(factory, sub_id, period, claim.change_ids)
        results.append(DigestResult(outcome=DigestOutcome.SENT, **base))
    return results


def _claim(factory: sessionmaker[Session], settings: Settings, sub_id: int, period: str, now: datetime, tz: ZoneInfo, *,
           dry_run: bool, since: datetime | None = None) -> _Prepared | DigestResult:
    """In one write transaction: decide whether this digest is due and, if so, claim it."""
    with transaction(factory) as session:
        sub = subscriptions.subscription(session, sub_id)
        if sub is None:  # unsubscribed meanwhile
            return DigestResult("", "", period, DigestOutcome.NOTHING)
        base: dict[str, Any] = dict(email=sub.email, frequency=sub.frequency, period=period)
        row = digests.digest_of(session, sub_id, period)
        if row is not None and not dry_run:
            if row.status == DigestStatus.SENT:
                return DigestResult(outcome=DigestOutcome.ALREADY_SENT, change_ids=list(row.change_ids), **base)
            if row.status == DigestStatus.SENDING and row.claimed_at and now - row.claimed_at < claim_ttl(settings):
                return DigestResult(outcome=DigestOutcome.BUSY, **base)
        if since is not None:
            changes = subscriptions.select_changes(session, ChangeFilter.of(sub), since=since)
        else:
            changes = pending_changes(session, sub)
        if not changes and not settings.send_empty_digests:
            return DigestResult(outcome=DigestOutcome.NOTHING, **base)
        change_ids = [c.id for c in changes]
        content = build_content(changes, sub.lang, tz, web_url=settings.web_url)
        flt = ChangeFilter.of(sub)
        unsubscribe = ""
        if settings.web_url:
            unsubscribe = unsubscribe_url(settings.web_url, make_token(session, sub))
        rendered = render_digest(content, email=sub.email, frequency=sub.frequency,
                                 filter_text=flt.describe(sub.lang), web_url=settings.web_url, unsubscribe=unsubscribe)
        msg_id = message_id(sub.id, period, change_ids, settings.mail_from)
        if not dry_run:
            if row is None:
                row = digests.add_digest(session, sub.id, period)
            row.status = DigestStatus.SENDING
            row.claimed_at = now
            row.change_ids = change_ids
            row.message_id = msg_id
            row.attempts = (row.attempts or 0) + 1
        return _Prepared(sub.id, sub.email, sub.lang, change_ids, rendered, msg_id)


def _record_sent(factory: sessionmaker[Session], sub_id: int, period: str, change_ids: list[int]) -> None:
    with transaction(factory) as session:
        row = digests.digest_of(session, sub_id, period)
        if row is None:  # unsubscribed while sending (cascade removed the row): nothing to record
            return
        row.status = DigestStatus.SENT
        row.sent_at = utcnow()
        row.last_error = ""
        digests.record_delivered(session, sub_id, row.id, change_ids)


def _record_failure(factory: sessionmaker[Session], sub_id: int, period: str, status: DigestStatus, error: str) -> None:
    with transaction(factory) as session:
        row = digests.digest_of(session, sub_id, period)
        if row is not None:
            row.status = status
            row.last_error = error[:2000]
            row.claimed_at = None
