"""Models for delivering changes: subscriptions, what was sent to whom, scheduler state (issue #3).

Delivery bookkeeping, in one sentence: a change counts as delivered to a subscriber only when a
`DeliveredChange` row exists for the pair, and that row is written in the same transaction that
marks the digest carrying it as sent. Anything else (SMTP down, 4xx, 5xx, a crash) leaves the
change pending for the next digest.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kiwatch.core.vocab import DigestStatus, Frequency, Job, JobStatus, Lang, LeaseName, Severity
from kiwatch.storage.models import Base, SeverityType, UTCDateTime, severity_check, utcnow, vocab


class Subscription(Base):
    """One recipient's standing order: which changes, how often, in which language.

    An address has at most one subscription per frequency; subscribing again replaces the
    filters. Empty filter lists mean "all".
    """

    __tablename__ = "subscriptions"
    __table_args__ = (UniqueConstraint("email", "frequency"), severity_check("min_severity"))

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320))  # validated, domain lower-cased
    frequency: Mapped[Frequency] = mapped_column(vocab(Frequency, "frequency", 10))
    lang: Mapped[Lang] = mapped_column(vocab(Lang, "lang", 5), default=Lang.DE)
    sites: Mapped[list[str]] = mapped_column(JSON, default=list)  # centre slugs; [] = all centres
    regierungsbezirke: Mapped[list[str]] = mapped_column(JSON, default=list)  # [] = all districts
    kinds: Mapped[list[str]] = mapped_column(JSON, default=list)  # ChangeKind values; [] = all kinds
    min_severity: Mapped[Severity] = mapped_column(SeverityType, default=Severity.LOW)
    # Changes with an id at or below this were stored before the subscription existed:
    # a new subscriber does not receive the whole history.
    baseline_change_id: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Digest(Base):
    """The outbox: one digest per subscription and period (a local date or ISO week).

    The unique key makes a digest job run twice for the same period (manual + scheduled, two
    processes) send once. Status: sending (claimed; a crash leaves it so, and after the claim
    expires the next run resends it with the same Message-ID), sent, failed (temporary: SMTP
    down, timeout, 4xx; retried), rejected (5xx from the server; retried next period, reported).
    """

    __tablename__ = "digests"
    __table_args__ = (UniqueConstraint("subscription_id", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(20))  # "2026-11-23" (daily) or "2026-W48" (weekly)
    status: Mapped[DigestStatus] = mapped_column(vocab(DigestStatus, "digest_status", 20), default=DigestStatus.SENDING)
    message_id: Mapped[str] = mapped_column(String(200), default="")
    change_ids: Mapped[list[int]] = mapped_column(JSON, default=list)  # what the last attempt carried
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    subscription: Mapped[Subscription] = relationship()


class DeliveredChange(Base):
    """A change that reached a subscriber (written together with the digest's "sent")."""

    __tablename__ = "delivered_changes"
    __table_args__ = (UniqueConstraint("subscription_id", "change_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id", ondelete="CASCADE"), index=True)
    change_id: Mapped[int] = mapped_column(ForeignKey("changes.id", ondelete="CASCADE"), index=True)
    digest_id: Mapped[int] = mapped_column(ForeignKey("digests.id", ondelete="CASCADE"))
    delivered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Lease(Base):
    """A named lock with an expiry, held by one process: the scheduler, a running crawl.

    Works across processes and hosts on the same database; a holder that dies without
    releasing it blocks others only until `expires_at` (or at once, when it ran on this host
    and its pid is gone).
    """

    __tablename__ = "leases"

    name: Mapped[LeaseName] = mapped_column(vocab(LeaseName, "lease_name", 50), primary_key=True)
    owner: Mapped[str] = mapped_column(String(100), default="")  # random token of the holder; "" = free
    host: Mapped[str] = mapped_column(String(255), default="")
    pid: Mapped[int] = mapped_column(Integer, default=0)
    acquired_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class JobRun(Base):
    """One execution (or skip) of a scheduled job, for catch-up after downtime and monitoring."""

    __tablename__ = "job_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    job: Mapped[Job] = mapped_column(vocab(Job, "job", 30), index=True)
    scheduled_for: Mapped[datetime] = mapped_column(UTCDateTime, index=True)  # the fire time it served
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    status: Mapped[JobStatus] = mapped_column(vocab(JobStatus, "job_status", 20), default=JobStatus.RUNNING)
    detail: Mapped[str] = mapped_column(Text, default="")
    pid: Mapped[int | None] = mapped_column(Integer, default=None)
