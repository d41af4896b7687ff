"""Repository of the read model behind the directory, a centre's history, coverage and the
change list: batched lookups (one query for all centres, never one per row) answered as
dicts keyed by centre id, ORM rows, or (change, slug, name) triples."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from kiwatch.core.vocab import FetchOutcome, Severity
from kiwatch.storage.accounts import ChangeReview, not_dismissed
from kiwatch.storage.models import Centre, Change, FetchAttempt, Page, Snapshot
from kiwatch.storage.subscriptions import restrict

_VERIFIED_OUTCOMES = (FetchOutcome.OK, FetchOutcome.NOT_MODIFIED)


# --- centres ------------------------------------------------------------------------------------
def centres_in_order(s: Session, slugs: Iterable[str] | None = None) -> list[Centre]:
    """Every centre (or those with these slugs), ordered by district and name."""
    q = select(Centre).order_by(Centre.regierungsbezirk, Centre.name)
    if slugs is not None:
        q = q.where(Centre.slug.in_(list(slugs)))
    return list(s.scalars(q))


def centre_by_slug(s: Session, slug: str) -> Centre | None:
    return s.scalars(select(Centre).where(Centre.slug == slug)).one_or_none()


def known_slugs(s: Session, slugs: Iterable[str]) -> set[str]:
    """Those of these slugs that name a stored centre."""
    return set(s.scalars(select(Centre.slug).where(Centre.slug.in_(list(slugs)))))


def last_verified(s: Session, cutoff: datetime | None, centre_ids: list[int] | None = None) -> dict[int, datetime]:
    """Per centre, the newest successful fetch before `cutoff` (one index seek per centre)."""
    q = (select(FetchAttempt.fetched_at)
         .where(FetchAttempt.centre_id == Centre.id, FetchAttempt.outcome.in_(_VERIFIED_OUTCOMES))
         .order_by(FetchAttempt.fetched_at.desc()).limit(1))
    if cutoff is not None:
        q = q.where(FetchAttempt.fetched_at < cutoff)
    outer = select(Centre.id, q.correlate(Centre).scalar_subquery())
    if centre_ids is not None:
        outer = outer.where(Centre.id.in_(centre_ids))
    return {cid: at for cid, at in s.execute(outer) if at is not None}


def last_change(s: Session, cutoff: datetime | None) -> dict[int, datetime]:
    """Per centre, when its newest change not dismissed before `cutoff` was detected."""
    q = (select(Change.detected_at).where(Change.centre_id == Centre.id, not_dismissed())
         .order_by(Change.detected_at.desc()).limit(1))
    if cutoff is not None:
        q = q.where(Change.detected_at < cutoff)
    rows = s.execute(select(Centre.id, q.correlate(Centre).scalar_subquery()))
    return {cid: at for cid, at in rows if at is not None}


# --- pages and versions -------------------------------------------------------------------------
def snapshots_as_of(s: Session, centre_id: int, cutoff: datetime | None, urls: set[str]) -> dict[str, Snapshot]:
    """The version of each of these pages of the centre that was current at `cutoff`."""
    if not urls:
        return {}
    latest = (select(func.max(Snapshot.id)).join(Page, Page.id == Snapshot.page_id)
              .where(Page.centre_id == centre_id, Page.url.in_(urls)).group_by(Snapshot.page_id))
    if cutoff is not None:
        latest = latest.where(Snapshot.fetched_at < cutoff)
    rows = s.execute(select(Page.url, Snapshot).join(Page, Page.id == Snapshot.page_id)
                     .where(Snapshot.id.in_(latest)))
    return {url: snap for url, snap in rows}


def pages_last_ok(s: Session, centre_ids: list[int], urls: set[str]) -> dict[tuple[int, str], datetime | None]:
    """(centre id, url) → when that page was last fetched successfully."""
    q = select(Page.centre_id, Page.url, Page.last_ok_at).where(Page.centre_id.in_(centre_ids), Page.url.in_(urls))
    return {(cid, url): at for cid, url, at in s.execute(q)}


# --- changes ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChangeFilter:
    """Which changes to list: detected in [since, until), of these centres, kinds and districts,
    at least this severe, dismissed ones only on request."""

    since: datetime | None = None
    until: datetime | None = None  # exclusive: changes detected before this instant
    sites: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    regierungsbezirke: tuple[str, ...] = ()
    min_severity: int = int(Severity.LOW)
    include_dismissed: bool = False

    def statement(self) -> Select[Change]:
        q = select(Change).join(Centre, Change.centre_id == Centre.id)
        if self.since is not None:
            q = q.where(Change.detected_at >= self.since)
        if self.until is not None:
            q = q.where(Change.detected_at < self.until)
        return restrict(q, self, include_dismissed=self.include_dismissed)


def count_matching(s: Session, flt: ChangeFilter) -> int:
    return s.scalar(select(func.count()).select_from(flt.statement().subquery())) or 0


def matching_changes(s: Session, flt: ChangeFilter, *, by_centre: bool = False, limit: int | None = None,
                     offset: int = 0) -> list[tuple[Change, str, str]]:
    """(change, centre slug, centre name): newest first, or by centre with the most severe first."""
    q = flt.statement()
    if by_centre:
        q = q.order_by(Centre.slug, Change.severity.desc(), Change.id)
    else:
        q = q.order_by(Change.detected_at.desc(), Change.id.desc())
    if limit is not None:
        q = q.limit(limit).offset(offset)
    return [(change, slug, name) for change, slug, name in s.execute(q.add_columns(Centre.slug, Centre.name))]


def change_with_centre(s: Session, change_id: int) -> tuple[Change, str, str] | None:
    """(change, centre slug, centre name) of one change, None if there is no such change."""
    row = s.execute(select(Change, Centre.slug, Centre.name).join(Centre).where(Change.id == change_id)).first()
    return None if row is None else (row[0], row[1], row[2])


def reviews_of(s: Session, change_ids: list[int]) -> dict[int, ChangeReview]:
    out: dict[int, ChangeReview] = {}
    for start in range(0, len(change_ids), 500):  # bound the IN list
        chunk = change_ids[start:start + 500]
        out.update({r.change_id: r for r in s.scalars(select(ChangeReview).where(ChangeReview.change_id.in_(chunk)))})
    return out
