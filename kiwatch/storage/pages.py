"""Repository of pages (one URL of a centre) and their fetch attempts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from kiwatch.core.vocab import FetchOutcome, PageState
from kiwatch.records import FetchResult, PageRecord
from kiwatch.storage.crawlstate import KnownFailure, KnownPage, known_page
from kiwatch.storage.models import Centre, ExtractionFailure, FetchAttempt, Page, Snapshot, table_of
from kiwatch.storage.writes import StoredPage


def find_page(s: Session, centre_id: int, url: str) -> Page | None:
    return s.scalars(select(Page).where(Page.centre_id == centre_id, Page.url == url)).one_or_none()


def add_page(s: Session, centre_id: int, url: str, now: datetime) -> Page:
    page = Page(centre_id=centre_id, url=url, first_seen_at=now)
    s.add(page)
    s.flush()
    return page


def add_attempt(s: Session, run_id: int | None, centre_id: int, result: FetchResult, now: datetime) -> None:
    s.add(FetchAttempt(run_id=run_id, centre_id=centre_id, url=result.url, outcome=result.outcome,
                       status=result.status, reason=result.reason, detail=result.detail[:2000], fetched_at=now))


def add_attempts(s: Session, rows: list[tuple[int | None, int, FetchResult, datetime]]) -> None:
    """Fetch attempts (run id, centre id, result, when) as one INSERT of many rows: an attempt
    row is what an attempt of an unchanged page costs most, built as an ORM object."""
    if rows:
        s.execute(insert(table_of(FetchAttempt)), [
            {"run_id": run_id, "centre_id": centre_id, "url": r.url, "outcome": r.outcome, "status": r.status,
             "reason": r.reason, "detail": r.detail[:2000], "fetched_at": now} for run_id, centre_id, r, now in rows])


def stored_pages(s: Session, centre_ids: list[int], urls: list[str]) -> dict[tuple[int, str], StoredPage]:
    """The pages among these centres and URLs, by (centre id, url), with their current
    snapshot's content hash: one query for a batch."""
    if not centre_ids or not urls:
        return {}
    q = (select(Page.centre_id, Page.url, Page.id, Page.current_snapshot_id, Snapshot.text_sha256)
         .outerjoin(Snapshot, Snapshot.id == Page.current_snapshot_id)
         .where(Page.centre_id.in_(centre_ids), Page.url.in_(urls)))
    return {(cid, url): StoredPage(pid, sid, text_hash) for cid, url, pid, sid, text_hash in s.execute(q)}


_PAGES = table_of(Page)
_pages = _PAGES.c
# an unchanged page's row after an attempt that read it (a 304, the same bytes, the same content):
# read now, no failures pending, active; each statement runs once for a batch's many pages
_READ_NOW = {"last_fetched_at": bindparam("at"), "last_ok_at": bindparam("at"), "last_status": bindparam("status"),
             "consecutive_gone": 0, "consecutive_failures": 0, "state": PageState.ACTIVE}
# 304: the server vouches for the stored body; it may renew the validators (one without them
# keeps the old: `result.etag or page.etag`)
_NOT_MODIFIED_304 = update(_PAGES).where(_pages.id == bindparam("pid")).values(
    **_READ_NOW, etag=func.coalesce(func.nullif(bindparam("etag"), ""), _pages.etag),
    last_modified=func.coalesce(func.nullif(bindparam("lm"), ""), _pages.last_modified))
# the same bytes again (200): the validators as the server sends them now (so a server that
# starts sending them gets conditional requests next run); the body's links if extracted this time
_SAME_BODY = update(_PAGES).where(_pages.id == bindparam("pid")).values(
    **_READ_NOW, etag=bindparam("etag"), last_modified=bindparam("lm"),
    links=func.coalesce(bindparam("links"), _pages.links))
# other bytes that give the current snapshot's content: they are remembered for the next run
_SAME_CONTENT = update(_PAGES).where(_pages.id == bindparam("pid")).values(
    **_READ_NOW, etag=bindparam("etag"), last_modified=bindparam("lm"), links=bindparam("links"),
    body_key=bindparam("body_key"), reading_key=bindparam("reading_key"))


@dataclass(slots=True)
class UnchangedPages:
    """Unchanged pages of a batch, written as one UPDATE of many rows per kind (`write`)."""

    not_modified: list[dict[str, Any]]
    same_body: list[dict[str, Any]]
    same_content: list[dict[str, Any]]

    def __init__(self) -> None:
        self.not_modified, self.same_body, self.same_content = [], [], []

    def add_not_modified(self, page_id: int, result: FetchResult, now: datetime) -> None:
        """A 304, or the same bytes as the body the current snapshot was read from."""
        row = {"pid": page_id, "at": now, "status": result.status, "etag": result.etag, "lm": result.last_modified}
        if result.status == 304:
            self.not_modified.append(row)
        else:
            row["links"] = result.links
            self.same_body.append(row)

    def add_same_content(self, page_id: int, result: FetchResult, now: datetime, body_key: str | None,
                         reading_key: str | None) -> None:
        """Other bytes that say what the current snapshot says (their keys are remembered; the
        links stored are always those of the body `body_key` names)."""
        self.same_content.append({"pid": page_id, "at": now, "status": result.status, "etag": result.etag,
                                  "lm": result.last_modified, "links": result.links if body_key else None,
                                  "body_key": body_key, "reading_key": reading_key})

    def write(self, s: Session) -> None:
        for stmt, rows in ((_NOT_MODIFIED_304, self.not_modified), (_SAME_BODY, self.same_body),
                           (_SAME_CONTENT, self.same_content)):
            if rows:
                s.connection().execute(stmt, rows)


def known_urls(s: Session, slug: str) -> list[str]:
    q = select(Page.url).join(Centre).where(Centre.slug == slug, Page.state == PageState.ACTIVE)
    return list(s.scalars(q.order_by(Page.id)))


def validators(s: Session, slug: str) -> dict[str, tuple[str | None, str | None]]:
    """ETag / Last-Modified per URL with a stored snapshot, for conditional requests."""
    q = (select(Page.url, Page.etag, Page.last_modified).join(Centre)
         .where(Centre.slug == slug, Page.current_snapshot_id.is_not(None)))
    return {url: (etag, lm) for url, etag, lm in s.execute(q) if etag or lm}


def current_records(s: Session, centre_id: int) -> list[tuple[str, PageRecord]]:
    """(url, PageRecord) of the centre's active pages, as their current snapshots hold them."""
    rows = s.execute(
        select(Page.url, Snapshot.record)
        .join(Snapshot, Snapshot.id == Page.current_snapshot_id)
        .where(Page.centre_id == centre_id, Page.state == PageState.ACTIVE)
    ).all()
    return [(url, PageRecord.from_json(record)) for url, record in rows]


def current_records_by_standing(s: Session, centre_id: int) -> tuple[list[tuple[str, PageRecord]],
                                                                     list[tuple[str, PageRecord]]]:
    """`current_records` in two lists: the pages read in their last attempt, and the pages
    whose last attempt failed (a 404/410 not confirmed yet, a 5xx, a timeout), whose current
    snapshot is only what they said before."""
    rows = s.execute(
        select(Page.url, Snapshot.record, Page.consecutive_gone + Page.consecutive_failures)
        .join(Snapshot, Snapshot.id == Page.current_snapshot_id)
        .where(Page.centre_id == centre_id, Page.state == PageState.ACTIVE)
    ).all()
    read: list[tuple[str, PageRecord]] = []
    unread: list[tuple[str, PageRecord]] = []
    for url, record, failed in rows:
        (unread if failed else read).append((url, PageRecord.from_json(record)))
    return read, unread


def versions_as_of(s: Session, centre_id: int, urls: list[str], cutoff: datetime) -> list[tuple[str, int, PageRecord]]:
    """(url, snapshot id, PageRecord) of these pages of the centre as they stood at `cutoff`:
    each page's newest version fetched by then. Pages without a version by then are left out."""
    if not urls:
        return []
    newest = (select(Snapshot.page_id, func.max(Snapshot.fetched_at).label("at"))
              .join(Page, Page.id == Snapshot.page_id)
              .where(Page.centre_id == centre_id, Page.url.in_(urls), Snapshot.fetched_at <= cutoff)
              .group_by(Snapshot.page_id).subquery())
    latest = (select(func.max(Snapshot.id).label("sid"))
              .join(newest, (newest.c.page_id == Snapshot.page_id) & (newest.c.at == Snapshot.fetched_at))
              .group_by(Snapshot.page_id).subquery())
    rows = s.execute(select(Page.url, Snapshot.id, Snapshot.record).join(Snapshot, Snapshot.page_id == Page.id)
                     .join(latest, latest.c.sid == Snapshot.id)).all()
    return [(url, snapshot_id, PageRecord.from_json(record)) for url, snapshot_id, record in rows]


def unread_in_run(s: Session, centre_id: int, run_id: int, urls: list[str]) -> set[str]:
    """Those of these pages of the centre that could not be read in that run (an attempt that
    was neither a body nor a 304)."""
    q = select(FetchAttempt.url).distinct().where(
        FetchAttempt.centre_id == centre_id, FetchAttempt.run_id == run_id, FetchAttempt.url.in_(urls),
        FetchAttempt.outcome.not_in([FetchOutcome.OK, FetchOutcome.NOT_MODIFIED]))
    return set(s.scalars(q))


def active_pages(s: Session, centre_id: int) -> list[Page]:
    """The centre's active pages, in URL order."""
    q = select(Page).where(Page.centre_id == centre_id, Page.state == PageState.ACTIVE).order_by(Page.url)
    return list(s.scalars(q))


def crawl_state(s: Session, slugs: list[str]) -> dict[str, list[KnownPage]]:
    """Every stored page of these centres with what a crawl needs of it (re-check list,
    validators, its current snapshot's content hash, its last body and reading), in one query instead of
    two per centre."""
    out: dict[str, list[KnownPage]] = {slug: [] for slug in slugs}
    if not slugs:
        return out
    q = (select(Centre.slug, Page.url, Page.state, Page.etag, Page.last_modified, Page.current_snapshot_id,
                Snapshot.text_sha256, Page.body_key, Page.consecutive_gone + Page.consecutive_failures, Page.links,
                Page.reading_key)
         .join(Centre, Centre.id == Page.centre_id)
         .outerjoin(Snapshot, Snapshot.id == Page.current_snapshot_id)
         .where(Centre.slug.in_(slugs)).order_by(Page.id))
    for row in s.execute(q):
        out[row[0]].append(known_page(tuple(row[1:])))
    return out


def pages_of(s: Session, centre_ids: list[int], urls: list[str]) -> dict[tuple[int, str], Page]:
    """The pages among these centres and URLs, by (centre id, url): one query for a batch."""
    q = select(Page).where(Page.centre_id.in_(centre_ids), Page.url.in_(urls))
    return {(p.centre_id, p.url): p for p in s.scalars(q)}


def extraction_failures(s: Session, slugs: list[str]) -> dict[tuple[str, str], KnownFailure]:
    """The remembered failing bodies of these centres' URLs, by (slug, url)."""
    if not slugs:
        return {}
    q = (select(Centre.slug, ExtractionFailure.url, ExtractionFailure.body_key, ExtractionFailure.reason,
                ExtractionFailure.detail)
         .join(Centre, Centre.id == ExtractionFailure.centre_id).where(Centre.slug.in_(slugs)))
    return {(slug, url): KnownFailure(key, reason, detail) for slug, url, key, reason, detail in s.execute(q)}


def remember_failure(s: Session, centre_id: int, url: str, failure: KnownFailure) -> None:
    """Remember the URL's failing body (one row per URL: the newest failure replaces the last)."""
    row = s.scalars(select(ExtractionFailure).where(ExtractionFailure.centre_id == centre_id,
                                                    ExtractionFailure.url == url)).one_or_none()
    if row is None:
        s.add(ExtractionFailure(centre_id=centre_id, url=url, body_key=failure.body_key, reason=failure.reason,
                                detail=failure.detail))
    else:
        row.body_key, row.reason, row.detail = failure.body_key, failure.reason, failure.detail
