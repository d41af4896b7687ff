"""What a re-crawl that changed nothing writes, with the database's own driver.

    plain = PlainStore.open(url)               # None: not a plain SQLite/PostgreSQL URL, or not at the head
    run_id = plain.begin_run(mirror, pid, host) # None: the registry or a dead run needs the full path
    with plain.transaction() as cur: ...        # BEGIN IMMEDIATE on SQLite, as storage/db.py's transaction()

Importing SQLAlchemy with the ORM and the models costs a crawl process about 0.25-0.3 s of
CPU, and building ORM sessions and objects costs more per page than the rows are worth, while
a re-crawl in which nothing changed writes only plain rows: the run row, an attempt row per
fetch, each page's `last_fetched_at`/`last_ok_at`, failure counters and validators, and each
centre's health and run row. This module writes exactly those rows with sqlite3 or psycopg,
in the same transactions as the ORM path (a page's rows together, a batch in one transaction,
writers of one centre serialised by BEGIN IMMEDIATE on SQLite and by row locks taken in slug
order on PostgreSQL), and in the ORM's representation of every value (enum values, UTC
timestamps as SQLAlchemy writes them, JSON as `json.dumps`); a test compares every table after
the same re-crawl written either way. Anything else — a new version, a new page, a failure to
remember, a profile to rebuild, a registry entry to mirror, a dead run to reap — is the ORM's
(storage/store.py); the crawl then opens it (crawlers/plainwrite.py). The schema is the newest
revision (checked at `open` and again in `begin_run`'s transaction): the column names below are
the head's.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from kiwatch.core.health import Health
from kiwatch.core.vocab import CentreRunStatus, CentreStatus, PageState, ProfileVerdict, RunStatus, failure_reason
from kiwatch.records import CentreTally, FetchResult
from kiwatch.storage.crawlstate import PG_CONNECT_TIMEOUT_S, declared_head, sqlite_file
from kiwatch.storage.writes import PageUpdate, PageWrite, StoredPage, UpdateKind

SQLITE_TIMEOUT_S = 30.0  # as storage/db.py: lock contention waits instead of failing
MIRRORED = ("name", "municipality", "kind", "regierungsbezirk", "homepage")  # what the registry decides
# how a run may have left a centre for its profile to be current (not held back, not broken off)
CLEAN = (CentreRunStatus.OK, CentreRunStatus.NEW, CentreRunStatus.FAILING, CentreRunStatus.BLOCKED)

_READ_NOW = ("last_fetched_at = {m}, last_ok_at = {m}, last_status = {m}, consecutive_gone = 0, "
             f"consecutive_failures = 0, state = '{PageState.ACTIVE.value}'")
# the statements of storage/pages.py's UnchangedPages, and of detection/pages.py's failures
_UPDATES: dict[UpdateKind, str] = {
    UpdateKind.NOT_MODIFIED: "UPDATE pages SET " + _READ_NOW + ", etag = COALESCE(NULLIF({m}, ''), etag), "
                             "last_modified = COALESCE(NULLIF({m}, ''), last_modified) WHERE id = {m}",
    UpdateKind.SAME_BODY: "UPDATE pages SET " + _READ_NOW + ", etag = {m}, last_modified = {m}, "
                          "links = COALESCE({m}, links) WHERE id = {m}",
    UpdateKind.SAME_CONTENT: "UPDATE pages SET " + _READ_NOW + ", etag = {m}, last_modified = {m}, links = {m}, "
                             "body_key = {m}, reading_key = {m} WHERE id = {m}",
    UpdateKind.GONE: "UPDATE pages SET last_fetched_at = {m}, last_status = {m}, consecutive_gone = consecutive_gone + 1, "
                     f"state = CASE WHEN consecutive_gone + 1 >= {{m}} THEN '{PageState.REMOVED.value}' ELSE state END "
                     "WHERE id = {m}",
    UpdateKind.FAILED: "UPDATE pages SET last_fetched_at = {m}, last_status = {m}, "
                       "consecutive_failures = consecutive_failures + 1 WHERE id = {m}",
}


def mirrored(name: str, municipality: str, kind: str, regierungsbezirk: str, start_urls: Sequence[str]) -> tuple[str, ...]:
    """A registry entry's columns as the centres table mirrors them (MIRRORED's order)."""
    return (name, municipality, kind, regierungsbezirk, start_urls[0] if start_urls else "")


def _update_row(update: PageUpdate, page_id: int, result: FetchResult, at: Any, w: PageWrite,
                gone_confirmations: int) -> tuple[Any, ...]:
    kind = update.kind
    if kind is UpdateKind.NOT_MODIFIED:
        return (at, at, result.status, result.etag, result.last_modified, page_id)
    if kind is UpdateKind.SAME_BODY:
        return (at, at, result.status, result.etag, result.last_modified, result.links, page_id)
    if kind is UpdateKind.SAME_CONTENT:
        return (at, at, result.status, result.etag, result.last_modified, result.links if w.body_key else None,
                w.body_key, w.reading_key, page_id)
    if kind is UpdateKind.GONE:
        return (at, result.status, gone_confirmations, page_id)
    return (at, result.status, page_id)


class PlainStore:
    """A DB-API connection to a database at the newest schema revision, for one crawl's
    storage thread (and its main thread once that thread has ended: never both at once)."""

    def __init__(self, conn: Any, postgres: bool):
        self.conn = conn
        self.postgres = postgres
        self.m = "%s" if postgres else "?"
        self._sql = {kind: sql.format(m=self.m) for kind, sql in _UPDATES.items()}

    @classmethod
    def open(cls, url: str) -> PlainStore | None:
        """The database at `url` through its driver, when it is a plain SQLite file or
        PostgreSQL URL at the newest revision; None in any doubt (the full path decides)."""
        try:
            path = sqlite_file(url)
            if path is not None:
                if not path.is_file():
                    return None
                conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=rw", uri=True,
                                       timeout=SQLITE_TIMEOUT_S, isolation_level=None, check_same_thread=False)
                # storage/db.py's pragmas: WAL, waiting on locks, foreign keys enforced
                for pragma in ("journal_mode=WAL", "busy_timeout=30000", "foreign_keys=ON", "synchronous=NORMAL"):
                    conn.execute(f"PRAGMA {pragma}")
                plain = cls(conn, postgres=False)
            elif url.startswith(("postgresql://", "postgresql+psycopg://")):
                import psycopg  # the driver, imported by the ORM path as well; absent: the full path says so

                plain = cls(psycopg.connect("postgresql://" + url.split("://", 1)[1],
                                            connect_timeout=PG_CONNECT_TIMEOUT_S, autocommit=True), postgres=True)
            else:
                return None
        except Exception:  # whatever it is, the full path meets it again and says what it means
            return None
        if not plain._at_head():
            plain.close()
            return None
        return plain

    def close(self) -> None:
        try:
            self.conn.close()
        except Exception:  # closing a broken connection: nothing left to lose
            pass

    def _at_head(self) -> bool:
        head = declared_head()
        if head is None:
            return False
        try:
            cur = self.conn.cursor()
            cur.execute("SELECT version_num FROM alembic_version")
            rows = [tuple(r) for r in cur.fetchall()]
            cur.close()
        except Exception:
            return False
        return rows == [(head,)]

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """A cursor in one transaction, committed as a whole or rolled back as a whole; on
        SQLite it takes the write lock at BEGIN (storage/db.py's reason)."""
        cur = self.conn.cursor()
        try:
            cur.execute("BEGIN" if self.postgres else "BEGIN IMMEDIATE")
            yield cur
            cur.execute("COMMIT")
        except BaseException:
            try:
                cur.execute("ROLLBACK")  # also after a failed COMMIT, which leaves it open on SQLite
            except Exception:  # none open (BEGIN failed) or the connection is gone: nothing to undo
                pass
            raise
        finally:
            cur.close()

    # --- values as the ORM writes them ------------------------------------------------------
    def when(self, value: datetime) -> Any:
        """A timestamp as models.UTCDateTime binds it: aware, in UTC; SQLite holds SQLAlchemy's text form."""
        if value.tzinfo is None:
            raise ValueError("naive datetime given; kiwatch stores aware UTC timestamps")
        value = value.astimezone(UTC)
        return value if self.postgres else value.strftime("%Y-%m-%d %H:%M:%S.%f")

    def _read_when(self, value: Any) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value  # type: ignore[no-any-return]

    def _json(self) -> str:
        return f"CAST({self.m} AS JSON)" if self.postgres else self.m

    def _in(self, count: int) -> str:
        return ", ".join([self.m] * count)

    # --- the run ---------------------------------------------------------------------------
    def begin_run(self, mirror: dict[str, tuple[str, ...]], summary: dict[str, Any], now: datetime) -> int | None:
        """Start a run (its row, status running) when the registry's mirror is current and no
        other run is left running; None otherwise (nothing written: storage/store.py mirrors,
        reaps and starts it)."""
        with self.transaction() as cur:
            if not self._at_head():
                return None
            cur.execute(f"SELECT slug, {', '.join(MIRRORED)} FROM centres")
            stored = {row[0]: tuple(row[1:]) for row in cur.fetchall()}
            if any(stored.get(slug) != values for slug, values in mirror.items()):
                return None
            cur.execute(f"SELECT count(*) FROM runs WHERE status = {self.m}", (RunStatus.RUNNING.value,))
            if cur.fetchone()[0]:
                return None
            values = (self.when(now), RunStatus.RUNNING.value, json.dumps(summary))
            sql = f"INSERT INTO runs (started_at, finished_at, status, summary) VALUES ({self.m}, NULL, {self.m}, {self._json()})"
            if self.postgres:
                cur.execute(sql + " RETURNING id", values)
                return int(cur.fetchone()[0])
            cur.execute(sql, values)
            return int(cur.lastrowid)

    def finish_run(self, run_id: int, status: RunStatus, summary: dict[str, Any], now: datetime) -> None:
        with self.transaction() as cur:
            cur.execute(f"UPDATE runs SET finished_at = {self.m}, status = {self.m}, summary = {self._json()} "
                        f"WHERE id = {self.m}", (self.when(now), status.value, json.dumps(summary), run_id))

    # --- pages -----------------------------------------------------------------------------
    def lock_centre_ids(self, cur: Any, slugs: list[str]) -> dict[str, int]:
        """The centres' ids by slug, their rows locked in slug order (storage/centres.py)."""
        ordered = sorted(set(slugs))
        lock = " FOR UPDATE" if self.postgres else ""
        cur.execute(f"SELECT slug, id FROM centres WHERE slug IN ({self._in(len(ordered))}) ORDER BY slug{lock}", ordered)
        return {slug: cid for slug, cid in cur.fetchall()}

    def stored_pages(self, cur: Any, centre_ids: list[int], urls: list[str]) -> dict[tuple[int, str], StoredPage]:
        """storage/pages.py's `stored_pages`."""
        if not centre_ids or not urls:
            return {}
        cur.execute("SELECT p.centre_id, p.url, p.id, p.current_snapshot_id, s.text_sha256 FROM pages p "
                    "LEFT OUTER JOIN snapshots s ON s.id = p.current_snapshot_id "
                    f"WHERE p.centre_id IN ({self._in(len(centre_ids))}) AND p.url IN ({self._in(len(urls))})",
                    [*centre_ids, *urls])
        return {(cid, url): StoredPage(pid, sid, text_hash) for cid, url, pid, sid, text_hash in cur.fetchall()}

    def write_pages(self, cur: Any, run_id: int | None, rows: list[tuple[int, PageWrite, PageUpdate, StoredPage | None, datetime]],
                    gone_confirmations: int) -> None:
        """Every attempt row (storage/pages.py's `add_attempts`) and each page row's update."""
        m = self.m
        cur.executemany(
            "INSERT INTO fetch_attempts (run_id, centre_id, url, outcome, status, reason, detail, fetched_at) "
            f"VALUES ({m}, {m}, {m}, {m}, {m}, {m}, {m}, {m})",
            [(run_id, cid, w.result.url, w.result.outcome.value, w.result.status,
              None if w.result.reason is None else failure_reason(str(w.result.reason)).value,
              w.result.detail[:2000], self.when(now)) for cid, w, _, _, now in rows])
        by_kind: dict[UpdateKind, list[tuple[Any, ...]]] = {}
        for _, w, update, page, now in rows:
            if page is not None and update.kind is not UpdateKind.NO_PAGE:
                by_kind.setdefault(update.kind, []).append(
                    _update_row(update, page.id, w.result, self.when(now), w, gone_confirmations))
        for kind in UpdateKind:  # always in the same order, as the ORM's batch
            if kind in by_kind:
                cur.executemany(self._sql[kind], by_kind[kind])

    # --- after the crawl -------------------------------------------------------------------
    def clean_in_previous_run(self, run_id: int) -> set[str]:
        """storage/runs.py's `clean_in_previous_run`."""
        cur = self.conn.cursor()
        try:
            cur.execute(f"SELECT max(id) FROM runs WHERE id < {self.m}", (run_id,))
            previous = cur.fetchone()[0]
            if previous is None:
                return set()
            cur.execute("SELECT c.slug FROM centres c JOIN centre_runs r ON r.centre_id = c.id "
                        f"WHERE r.run_id = {self.m} AND r.status IN ({self._in(len(CLEAN))})",
                        [previous, *(s.value for s in CLEAN)])
            return {row[0] for row in cur.fetchall()}
        finally:
            cur.close()

    def change_counts(self, run_id: int) -> dict[str, int]:
        """storage/changes.py's `change_counts`."""
        cur = self.conn.cursor()
        try:
            cur.execute("SELECT c.slug, count(ch.id) FROM changes ch JOIN centres c ON c.id = ch.centre_id "
                        f"WHERE ch.run_id = {self.m} GROUP BY c.slug", (run_id,))
            return {slug: n for slug, n in cur.fetchall()}
        finally:
            cur.close()

    def health_of(self, cur: Any, slugs: list[str]) -> dict[str, tuple[int, Health]]:
        """storage/centres.py's `health_of`: the rows locked in slug order."""
        ordered = sorted(set(slugs))
        lock = " FOR UPDATE" if self.postgres else ""
        cur.execute(f"SELECT slug, id, status, consecutive_failed_runs, last_success_at FROM centres "
                    f"WHERE slug IN ({self._in(len(ordered))}) ORDER BY slug{lock}", ordered)
        return {slug: (cid, Health(CentreStatus(status), failed, self._read_when(last)))
                for slug, cid, status, failed, last in cur.fetchall()}

    def set_health(self, cur: Any, rows: list[tuple[int, Health]]) -> None:
        if rows:
            m = self.m
            cur.executemany(f"UPDATE centres SET status = {m}, consecutive_failed_runs = {m}, last_success_at = {m} "
                            f"WHERE id = {m}", [(h.status.value, h.consecutive_failed_runs,
                                                 None if h.last_success_at is None else self.when(h.last_success_at), cid)
                                                for cid, h in rows])

    def add_centre_runs(self, cur: Any, run_id: int | None,
                        rows: list[tuple[int, CentreTally, ProfileVerdict | None]]) -> None:
        """storage/runs.py's `add_centre_runs`."""
        if rows:
            m = self.m
            cur.executemany(
                "INSERT INTO centre_runs (run_id, centre_id, status, profile_verdict, pages, unchanged, changed, failed, "
                f"changes) VALUES ({m}, {m}, {m}, {m}, {m}, {m}, {m}, {m}, {m})",
                [(run_id, cid, CentreRunStatus(t.status).value, None if v is None else v.value, t.pages, t.unchanged,
                  t.changed, t.failed, t.changes) for cid, t, v in rows])
