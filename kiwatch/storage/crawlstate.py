"""What a crawl must know before its first request, read with the database's own driver.

    state = read_crawl_state(url, slugs)   # CrawlState(pages={slug: [KnownPage, ...]}, failures), or None

A crawl needs, before it asks for anything, the pages of earlier runs (to re-check them) and
their validators (conditional requests), and — as soon as a body arrives — the failing bodies
remembered for its URLs (so that the same bytes fail again without an extraction worker; read
later, that answer made the crawl's event loop wait for the full opening of the database). Importing SQLAlchemy with the ORM and the models
costs about 0.2 s of CPU (BENCHMARKS.md, "Start-up"), more than everything else kiwatch does
before its first request; so this module reads that state with the DB-API driver alone
(sqlite3 from the standard library, psycopg for PostgreSQL) and the crawl opens the database
the full way — SQLAlchemy, the registry mirror, the run row — once its first requests are
out (crawlers/job.py).

It only reads, and only where nothing is in doubt: an existing database whose schema is
exactly the newest revision the migration files declare. Anything else — a missing file, an
older or unknown revision, a corrupt or locked file, an unreachable server, a URL form this
module does not parse, a missing driver — answers None, and the caller takes the full path
(`db.open_database`) before crawling, with the migration, the creation or the error message
it has always given. The queries are the ORM's `pages.crawl_state` and
`pages.extraction_failures`, written out; a test checks that both read the same on SQLite and
PostgreSQL.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from kiwatch.core.vocab import ExtractionFailureReason, PageState

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
SQLITE_TIMEOUT_S = 1.0  # a lock held longer is the full path's to wait for (and to report)
PG_CONNECT_TIMEOUT_S = 5  # an unreachable server is the full path's to report

_SQLITE_PREFIXES = ("sqlite:///", "sqlite+pysqlite:///")
_PG_PREFIXES = ("postgresql://", "postgresql+psycopg://")

_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.+)$", re.M)


@dataclass(frozen=True, slots=True)
class KnownPage:
    """A stored page as the next crawl needs it."""

    url: str
    active: bool  # not confirmed removed: re-checked even if no link leads there
    etag: str | None
    last_modified: str | None
    snapshot_id: int | None  # current snapshot, None before the first good fetch
    content_hash: str | None  # what the current snapshot says (its text_sha256)
    body_key: str | None  # the last body whose extraction the snapshot holds
    unread: bool = False  # its last attempt failed (a 404/410 not confirmed yet, a 5xx, a timeout): its
    # snapshot only stands in for it, so the centre's profile is rebuilt when it is read again
    links: str | None = None  # the in-scope links of the body `body_key` names (JSON), if extracted
    reading_key: str | None = None  # what the field rules read when the snapshot was made


@dataclass(frozen=True, slots=True)
class KnownFailure:
    """The last body of a URL whose extraction failed for a reason the bytes decide."""

    body_key: str
    reason: ExtractionFailureReason
    detail: str


@dataclass(frozen=True, slots=True)
class CrawlState:
    """What a crawl knows from earlier runs before its first request."""

    pages: dict[str, list[KnownPage]]  # by centre slug, in the order the pages were first stored
    failures: dict[tuple[str, str], KnownFailure]  # the remembered failing body, by (slug, url)


def known_failure(row: tuple[Any, ...]) -> tuple[tuple[str, str], KnownFailure]:
    """((slug, url), KnownFailure) from a row of (slug, url, body_key, reason, detail); `reason`
    as stored or as the ORM gives it."""
    slug, url, key, reason, detail = row
    return (slug, url), KnownFailure(key, ExtractionFailureReason(reason), detail)


def known_page(row: tuple[Any, ...]) -> KnownPage:
    """A KnownPage from a row of (url, state, etag, last_modified, current_snapshot_id,
    text_sha256, body_key, failed attempts since the last good one, links, reading_key); `state` as stored (the
    member's value) or as the ORM gives it (the member)."""
    url, state, etag, lm, snapshot_id, text_hash, body_key, failed, links, reading_key = row
    return KnownPage(url, PageState(state) is PageState.ACTIVE, etag, lm, snapshot_id, text_hash, body_key,
                     (failed or 0) > 0, links, reading_key)


@cache
def declared_head() -> str | None:
    """The newest revision as the migration files' headers declare it (`revision = '…'`,
    `down_revision = …`), read without loading alembic; None unless there is exactly one head
    (a merge to make, a file it cannot read): then alembic decides."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        fields = {key: re.findall(r"[\'\"]([0-9A-Za-z_]+)[\'\"]", value)
                  for key, value in _REVISION_LINE.findall(path.read_text(encoding="utf-8"))}
        if len(fields.get("revision", ())) != 1:
            return None
        revisions.add(fields["revision"][0])
        parents.update(fields.get("down_revision", ()))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _state_query(marker: str, count: int) -> str:
    places = ", ".join([marker] * count)
    return ("SELECT c.slug, p.url, p.state, p.etag, p.last_modified, p.current_snapshot_id, s.text_sha256, "
            "p.body_key, p.consecutive_gone + p.consecutive_failures, p.links, p.reading_key "
            "FROM pages p JOIN centres c ON c.id = p.centre_id "
            "LEFT OUTER JOIN snapshots s ON s.id = p.current_snapshot_id "
            f"WHERE c.slug IN ({places}) ORDER BY p.id")


def _failures_query(marker: str, count: int) -> str:
    places = ", ".join([marker] * count)
    return ("SELECT c.slug, f.url, f.body_key, f.reason, f.detail "
            "FROM extraction_failures f JOIN centres c ON c.id = f.centre_id "
            f"WHERE c.slug IN ({places})")


def _read(conn: Any, marker: str, slugs: list[str]) -> CrawlState | None:
    """The state through an open DB-API connection, or None when the schema is not the head."""
    head = declared_head()
    if head is None:
        return None
    cur = conn.cursor()
    try:
        cur.execute("SELECT version_num FROM alembic_version")
        if [tuple(r) for r in cur.fetchall()] != [(head,)]:
            return None
        out: dict[str, list[KnownPage]] = {slug: [] for slug in slugs}
        failures: dict[tuple[str, str], KnownFailure] = {}
        if slugs:
            cur.execute(_state_query(marker, len(slugs)), list(slugs))
            for row in cur.fetchall():
                out[row[0]].append(known_page(row[1:]))
            cur.execute(_failures_query(marker, len(slugs)), list(slugs))
            failures.update(known_failure(tuple(row)) for row in cur.fetchall())
        return CrawlState(out, failures)
    finally:
        cur.close()


def sqlite_file(url: str) -> Path | None:
    """The file of a plain `sqlite:///PATH` URL (no query, no escapes); None for any other form."""
    prefix = next((p for p in _SQLITE_PREFIXES if url.startswith(p)), None)
    if prefix is None:
        return None
    path = url[len(prefix):]
    if not path or path == ":memory:" or any(ch in path for ch in "?%#"):
        return None
    return Path(path)


def _read_sqlite(path: Path, slugs: list[str]) -> CrawlState | None:
    if not path.is_file():
        return None  # to be created (and announced) the full way, or refused
    # mode=rw: never create a file; a read under WAL does not wait for a writer
    conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=rw", uri=True, timeout=SQLITE_TIMEOUT_S,
                           isolation_level=None)
    try:
        return _read(conn, "?", slugs)
    finally:
        conn.close()


def _read_postgres(url: str, slugs: list[str]) -> CrawlState | None:
    try:
        import psycopg
    except ImportError:
        return None  # the full path names the missing driver
    rest = url.split("://", 1)[1]
    with psycopg.connect("postgresql://" + rest, connect_timeout=PG_CONNECT_TIMEOUT_S, autocommit=True) as conn:
        return _read(conn, "%s", slugs)


def read_crawl_state(url: str, slugs: list[str]) -> CrawlState | None:
    """Every stored page of these centres with what a crawl needs of it, and their remembered
    failing bodies (as `Store.crawl_state`), when the database exists and is at the newest schema revision;
    None when in any doubt (module doc)."""
    try:
        path = sqlite_file(url)
        if path is not None:
            return _read_sqlite(path, slugs)
        if url.startswith(_PG_PREFIXES):
            return _read_postgres(url, slugs)
    except Exception:  # whatever it is, the full path meets it again and says what it means
        return None
    return None
