"""Repository queries of the digest outbox used outside the delivery run itself."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiwatch.core.vocab import DigestStatus, Frequency
from kiwatch.storage.delivery import Digest, Subscription


def recipients_to_retry(s: Session, frequency: Frequency, period: str) -> list[str]:
    """Addresses whose digest of this period failed or was left half-sent."""
    q = (select(Subscription.email).join(Digest, Digest.subscription_id == Subscription.id)
         .where(Subscription.frequency == frequency, Digest.period == period,
                Digest.status.in_((DigestStatus.FAILED, DigestStatus.SENDING))))
    return list(s.scalars(q))
