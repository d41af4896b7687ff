"""Engine and session creation, schema migrations and the start-up schema check.

No engine exists at import time: callers build one from settings and pass it down.
"""

from __future__ import annotations

import os
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kiwatch.core.errors import StorageError
from kiwatch.settings import mask_url

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


__all__ = ["StorageError", "alembic_config", "current_revision", "head_revision", "make_engine", "open_database",
           "session_factory", "sqlite_path", "transaction", "upgrade"]


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # WAL lets the digest job read while a crawl writes; busy_timeout turns lock contention
    # into waiting instead of "database is locked" errors reaching the user.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_begin_immediate(conn) -> None:
    # Take the write lock at BEGIN: a read-then-write transaction can then never fail
    # half-way with SQLITE_BUSY when another process writes at the same time.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    sa_url = make_url(url)
    if sa_url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 30, "isolation_level": None})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin_immediate)
        return engine
    return create_engine(url, pool_pre_ping=True)


def sqlite_path(url: str) -> Path | None:
    sa_url = make_url(url)
    if sa_url.get_backend_name() != "sqlite" or not sa_url.database or sa_url.database == ":memory:":
        return None
    return Path(sa_url.database)


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    cfg.attributes["database_url"] = url
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(url: str) -> None:
    """Bring the schema to the newest revision (creates a new SQLite file owner-only)."""
    path = sqlite_path(url)
    if path is not None and not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        # The database holds subscriber addresses: readable by its owner only.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, stat.S_IRUSR | stat.S_IWUSR)
        os.close(fd)
    command.upgrade(alembic_config(url), "head")


def open_database(url: str, *, create: bool = False) -> Engine:
    """An engine on a database whose schema is current.

    A missing SQLite file is created (and migrated) only when `create` is set; an existing
    database with an older schema is migrated; a corrupt file or a schema newer than this
    kiwatch is refused with a clear message, never silently replaced.
    """
    masked = mask_url(url)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        if not create:
            raise StorageError(f"database {path} does not exist; run 'kiwatch crawl' first or check --db")
        upgrade(url)
    engine = make_engine(url)
    try:
        rev = current_revision(engine)
        tables = set(inspect(engine).get_table_names())
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise StorageError(
            f"database {masked} cannot be read ({exc.orig if hasattr(exc, 'orig') else exc}); "
            "it may be corrupt or not a kiwatch database. Restore a backup or point --db elsewhere; "
            "kiwatch will not overwrite it."
        ) from None
    head = head_revision()
    if rev is None:
        if tables - {"alembic_version"}:
            engine.dispose()
            raise StorageError(f"database {masked} holds tables but no kiwatch schema version; refusing to touch it")
        if not create:
            engine.dispose()
            raise StorageError(f"database {masked} is empty; run 'kiwatch crawl' first")
        upgrade(url)
    elif rev != head:
        script = ScriptDirectory.from_config(alembic_config(url))
        try:
            known = script.get_revision(rev) is not None
        except Exception:  # alembic raises for a revision id it has never heard of
            known = False
        if not known:
            engine.dispose()
            raise StorageError(
                f"database {masked} has schema revision {rev}, unknown to this kiwatch (newer release?); "
                "upgrade kiwatch instead of using an older one"
            )
        upgrade(url)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


_FATAL_MARKERS = ("readonly", "read-only", "disk is full", "disk full", "no space left", "unable to open")


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: committed as a whole or rolled back as a whole.

    A database that cannot be written at all (read-only file, full disk) raises StorageError
    with what to do, so a crawl stops cleanly instead of failing page by page.
    """
    try:
        with factory() as session:
            with session.begin():
                yield session
    except OperationalError as exc:
        text = str(exc.orig if exc.orig is not None else exc).lower()
        if any(marker in text for marker in _FATAL_MARKERS):
            raise StorageError(
                f"database {mask_url(str(factory.kw['bind'].url))} cannot be written ({exc.orig}); "
                "free disk space or fix the file's permissions, then run again — stored history is unchanged"
            ) from None
        raise
