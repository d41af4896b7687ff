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

from kiwatch.storage.models import Base, UTCDateTime, utcnow


class Subscription(Base):
    """One recipient's standing order: which changes, how often, in which language.

    An address has at most one subscription per frequency; subscribing again replaces the
    filters. Empty filter lists mean "all".
    """

    __tablename__ = "subscriptions"
    __table_args__ = (UniqueConstraint("email", "frequency"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320))  # validated, domain lower-cased
    frequency: Mapped[str] = mapped_column(String(10))  # daily | weekly
    lang: Mapped[str] = mapped_column(String(5), default="de")  # de | en
    sites: Mapped[list] = mapped_column(JSON, default=list)  # centre slugs; [] = all centres
    regierungsbezirke: Mapped[list] = mapped_column(JSON, default=list)  # [] = all districts
    kinds: Mapped[list] = mapped_column(JSON, default=list)  # ChangeKind values; [] = all kinds
    min_severity: Mapped[int] = mapped_column(Integer, default=1)  # 1 low, 2 medium, 3 high
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
    status: Mapped[str] = mapped_column(String(20), default="sending")
    message_id: Mapped[str] = mapped_column(String(200), default="")
    change_ids: Mapped[list] = mapped_column(JSON, default=list)  # what the last attempt carried
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

    name: Mapped[str] = mapped_column(String(50), primary_key=True)  # "scheduler", "crawl"
    owner: Mapped[str] = mapped_column(String(100), default="")  # random token of the holder; "" = free
    host: Mapped[str] = mapped_column(String(255), default="")
    pid: Mapped[int] = mapped_column(Integer, default=0)
    acquired_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class JobRun(Base):
    """One execution (or skip) of a scheduled job, for catch-up after downtime and monitoring."""

    __tablename__ = "job_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    job: Mapped[str] = mapped_column(String(30), index=True)  # crawl | digest-daily | digest-weekly
    scheduled_for: Mapped[datetime] = mapped_column(UTCDateTime, index=True)  # the fire time it served
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # running | ok | partial | failed | timeout | killed | skipped | interrupted
    status: Mapped[str] = mapped_column(String(20), default="running")
    detail: Mapped[str] = mapped_column(Text, default="")
    pid: Mapped[int | None] = mapped_column(Integer, default=None)
