"""Repository of subscriptions and of the changes a subscription's filter selects.

The filter itself (which centres, districts, kinds, minimum severity) is the notify layer's
ChangeFilter; it reaches this module as anything with those four fields (`ChangeSelection`),
so storage turns it into SQL without depending on the layer above.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from sqlalchemy import Select, and_, exists, func, select
from sqlalchemy.orm import Session

from kiwatch.core.vocab import Frequency, Severity
from kiwatch.storage.accounts import not_dismissed
from kiwatch.storage.delivery import DeliveredChange, Subscription
from kiwatch.storage.models import Centre, Change


class ChangeSelection(Protocol):
    """Which changes someone wants; empty sequences mean "all"."""

    @property
    def sites(self) -> Sequence[str]: ...
    @property
    def regierungsbezirke(self) -> Sequence[str]: ...
    @property
    def kinds(self) -> Sequence[str]: ...
    @property
    def min_severity(self) -> int: ...


def restrict(stmt: Select[Change], flt: ChangeSelection, *, include_dismissed: bool = False) -> Select[Change]:
    """Restrict a select over Change (joined with Centre) to the filter."""
    if flt.sites:
        stmt = stmt.where(Centre.slug.in_(flt.sites))
    if flt.regierungsbezirke:
        stmt = stmt.where(Centre.regierungsbezirk.in_(flt.regierungsbezirke))
    if flt.kinds:
        stmt = stmt.where(Change.kind.in_(flt.kinds))
    if flt.min_severity > Severity.LOW:
        stmt = stmt.where(Change.severity >= flt.min_severity)
    # A change a reviewer dismissed as a false alarm reaches no digest and no feed.
    return stmt if include_dismissed else stmt.where(not_dismissed())


def select_changes(s: Session, flt: ChangeSelection, *, after_id: int = 0,
                   exclude_delivered_to: int | None = None, newest_first: bool = False,
                   limit: int | None = None, since: datetime | None = None) -> list[Change]:
    """Changes the filter selects with an id above `after_id` (detected since `since`), without
    those already delivered to one subscription; oldest first, or the newest `limit` first."""
    stmt = select(Change).join(Centre, Change.centre_id == Centre.id).where(Change.id > after_id)
    if since is not None:
        stmt = stmt.where(Change.detected_at >= since)
    stmt = restrict(stmt, flt)
    if exclude_delivered_to is not None:
        stmt = stmt.where(~exists().where(and_(DeliveredChange.subscription_id == exclude_delivered_to,
                                               DeliveredChange.change_id == Change.id)))
    if newest_first:
        stmt = stmt.order_by(Change.detected_at.desc(), Change.id.desc())
    else:
        stmt = stmt.order_by(Change.id)
    if limit:
        stmt = stmt.limit(limit)
    return list(s.scalars(stmt))


def newest_change_id(s: Session) -> int:
    """The id of the newest stored change (0 when there is none): where a new subscription starts."""
    return s.scalar(select(func.max(Change.id))) or 0


def centre_districts(s: Session) -> list[tuple[str, str]]:
    """(slug, Regierungsbezirk or "") of every stored centre."""
    return [(slug, district or "") for slug, district in s.execute(select(Centre.slug, Centre.regierungsbezirk))]


def subscription(s: Session, subscription_id: int) -> Subscription | None:
    return s.get(Subscription, subscription_id)


def find_subscription(s: Session, email: str, frequency: Frequency | str) -> Subscription | None:
    """The subscription of an address (compared case-insensitively) for one frequency."""
    return s.scalar(select(Subscription).where(
        func.lower(Subscription.email) == email.lower(), Subscription.frequency == frequency))


def subscriptions_of(s: Session, email: str, frequency: Frequency | str | None = None) -> list[Subscription]:
    """The subscriptions of an address (of one frequency, or all)."""
    stmt = select(Subscription).where(func.lower(Subscription.email) == email.strip().lower())
    if frequency:
        stmt = stmt.where(Subscription.frequency == frequency)
    return list(s.scalars(stmt))


def add_subscription(s: Session, email: str, frequency: Frequency | str, baseline_change_id: int) -> Subscription:
    sub = Subscription(email=email, frequency=frequency, baseline_change_id=baseline_change_id)
    s.add(sub)
    return sub


def all_subscriptions(s: Session) -> list[Subscription]:
    return list(s.scalars(select(Subscription).order_by(Subscription.email, Subscription.frequency)))


def remove_subscription(s: Session, sub: Subscription) -> None:
    s.delete(sub)
