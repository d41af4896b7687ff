"""Repository of the digest outbox: one digest row per subscription and period, and the
changes a sent digest delivered."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiwatch.core.vocab import DigestStatus, Frequency
from kiwatch.storage.delivery import DeliveredChange, Digest, Subscription


def subscription_ids(s: Session, frequency: Frequency | str, only_email: str | None = None) -> list[int]:
    """The subscriptions of one frequency (of one address only, if given), in id order."""
    stmt = select(Subscription.id).where(Subscription.frequency == frequency).order_by(Subscription.id)
    if only_email:
        stmt = stmt.where(func.lower(Subscription.email) == only_email.strip().lower())
    return list(s.scalars(stmt))


def digest_of(s: Session, subscription_id: int, period: str) -> Digest | None:
    return s.scalar(select(Digest).where(Digest.subscription_id == subscription_id, Digest.period == period))


def add_digest(s: Session, subscription_id: int, period: str) -> Digest:
    row = Digest(subscription_id=subscription_id, period=period)
    s.add(row)
    return row


def record_delivered(s: Session, subscription_id: int, digest_id: int, change_ids: list[int]) -> None:
    """Mark the changes delivered to the subscriber by this digest (those not marked already)."""
    already = set(s.scalars(select(DeliveredChange.change_id).where(
        DeliveredChange.subscription_id == subscription_id, DeliveredChange.change_id.in_(change_ids))))
    for change_id in change_ids:
        if change_id not in already:
            s.add(DeliveredChange(subscription_id=subscription_id, change_id=change_id, digest_id=digest_id))


def recipients_to_retry(s: Session, frequency: Frequency, period: str) -> list[str]:
    """Addresses whose digest of this period failed or was left half-sent."""
    q = (select(Subscription.email).join(Digest, Digest.subscription_id == Subscription.id)
         .where(Subscription.frequency == frequency, Digest.period == period,
                Digest.status.in_((DigestStatus.FAILED, DigestStatus.SENDING))))
    return list(s.scalars(q))


def failed_digests(s: Session, n: int) -> list[tuple[Digest, str]]:
    """The newest n digests that failed or were refused, with their subscriber's address."""
    rows = s.execute(select(Digest, Subscription.email).join(Subscription)
                     .where(Digest.status.in_((DigestStatus.FAILED, DigestStatus.REJECTED)))
                     .order_by(Digest.id.desc()).limit(n))
    return [(digest, email) for digest, email in rows]
