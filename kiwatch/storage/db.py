"""Engine and session creation, schema migrations and the start-up schema check.

No engine exists at import time: callers build one from settings and pass it down.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kiwatch.core.errors import StorageError
from kiwatch.i18n import N_, Msg
from kiwatch.settings import default_database_url, mask_url
from kiwatch.storage.crawlstate import MIGRATIONS_DIR, declared_head

if TYPE_CHECKING:
    from alembic.config import Config



__all__ = ["MIGRATIONS_DIR", "StorageError", "alembic_config", "current_revision", "declared_head", "head_revision", "make_engine", "open_database",
           "session_factory", "sqlite_path", "transaction", "upgrade"]


def _sqlite_pragmas(dbapi_conn: Any, _record: object) -> None:  # a DB-API connection
    # WAL lets the digest job read while a crawl writes; busy_timeout turns lock contention
    # into waiting instead of "database is locked" errors reaching the user.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


WRITE = "kiwatch_write"  # execution option of the connection of a `transaction()`


def _sqlite_begin(conn: Connection) -> None:
    # A write transaction takes the write lock at BEGIN: a read-then-write transaction can
    # then never fail half-way with SQLITE_BUSY when another process writes at the same time.
    # Reading (the dashboard, exports, status) begins deferred: under WAL it never waits for
    # a writer, nor makes a writer wait (RELIABILITY E1, J7).
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")


def make_engine(url: str) -> Engine:
    sa_url = make_url(url)
    if sa_url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 30, "isolation_level": None})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except (ImportError, NoSuchModuleError) as exc:
        raise StorageError(Msg("err_db_driver", url=mask_url(url), detail=str(exc))) from None


# What a database error means for the operator: the first matching class names the cause and
# what to do. "Corrupt" is said only when SQLite says so, never as a catch-all.
# The driver's own words stay as the detail (in English: they come from SQLite or libpq).
_CAUSES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("database or disk is full", "disk is full", "no space left", "disk full"), N_("db_cause_full")),
    (("attempt to write a readonly database", "readonly database", "read-only", "permission denied",
      "access denied"), N_("db_cause_permission")),
    (("file is not a database", "database disk image is malformed", "malformed", "not a database",
      "file is encrypted"), N_("db_cause_corrupt")),
    (("password authentication failed", "authentication failed", "role \"", "no pg_hba.conf entry"),
     N_("db_cause_login")),
    (("could not connect", "connection refused", "connection to server", "could not translate host name",
      "name or service not known", "timeout expired", "server closed the connection", "no route to host",
      "network is unreachable", "server terminated"), N_("db_cause_unreachable")),
    (("disk i/o error",), N_("db_cause_io")),
    (("unable to open database file",), N_("db_cause_open")),
)


def _disk_is_full(path: Path | None) -> bool:
    try:
        st = os.statvfs(path.parent if path is not None else ".")
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < 1024 * 1024


def explain(exc: BaseException, path: Path | None = None) -> Msg:
    """What a database error means and what to do, for one line after the database's name.

    `path` (a SQLite file) lets a bare "disk I/O error" be told apart: SQLite reports a full
    disk that way when the WAL's shared memory cannot grow.
    """
    orig = getattr(exc, "orig", None) or exc
    text = " ".join(str(orig).split())
    low = text.lower()
    if "disk i/o error" in low and path is not None and _disk_is_full(path):
        text, low = f"{text}, no space left on the device", f"{low}, no space left on the device"
    if "database" in low and "does not exist" in low:
        return Msg("db_cause_no_pg_database", detail=text)
    for markers, cause in _CAUSES:
        if any(marker in low for marker in markers):
            return Msg(cause, detail=text[:200])
    return Msg("db_cause_other", detail=text[:200])


def sqlite_path(url: str) -> Path | None:
    sa_url = make_url(url)
    if sa_url.get_backend_name() != "sqlite" or not sa_url.database or sa_url.database == ":memory:":
        return None
    return Path(sa_url.database)


# Alembic (about a tenth of a second to load) is imported only where a schema is created,
# migrated or refused; a database already at the newest revision is recognised without it.

def alembic_config(url: str) -> Config:
    from alembic.config import Config

    # alembic's default output stream is sys.stdout as it was when alembic was first imported;
    # imported late, that may be a stream long replaced (and closed): name today's
    cfg = Config(stdout=sys.stdout)
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    cfg.attributes["database_url"] = url
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None, "kiwatch ships its migrations"
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _is_at_declared_head(engine: Engine) -> bool:
    """One cheap query: the database's schema revision is the newest one. Any doubt (no
    version table, an error, several rows) answers False and the full check runs."""
    head = declared_head()
    if head is None:
        return False
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except (DatabaseError, OperationalError):
        return False
    return [tuple(r) for r in rows] == [(head,)]


def _create_sqlite_file(path: Path, url: str) -> None:
    """A new, empty, owner-only database file, in a directory that must already exist.

    A missing directory usually means an unmounted disk or a typo: creating it would hide the
    real database and start an empty history. Only kiwatch's own default data directory is made.
    """
    if not path.parent.is_dir():
        if url != default_database_url():
            raise StorageError(Msg("err_db_no_dir", path=path, folder=path.parent))
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # The database holds subscriber addresses: readable by its owner only.
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, stat.S_IRUSR | stat.S_IWUSR)
    except FileExistsError:
        return
    except OSError as exc:
        cause = (N_("db_create_full") if exc.errno == 28 else N_("db_create_permission")
                 if exc.errno in (1, 13, 30) else N_("db_create_other"))
        raise StorageError(Msg("err_db_create", path=path, cause=Msg(cause), reason=exc.strerror,
                               folder=path.parent)) from None
    os.close(fd)


def upgrade(url: str) -> None:
    """Bring the schema to the newest revision (creates a new SQLite file owner-only)."""
    path = sqlite_path(url)
    if path is not None and not path.exists():
        _create_sqlite_file(path, url)
    from alembic import command

    command.upgrade(alembic_config(url), "head")


def _announce(message: str) -> None:
    print(f"kiwatch: {message}", file=sys.stderr)


def open_database(url: str, *, create: bool = False, announce: Callable[[str], None] = _announce,
                  lang: str = "de") -> Engine:
    """An engine on a database whose schema is current.

    A missing SQLite file is created (and migrated) only when `create` is set, in a directory
    that exists, and `announce`d once; an existing database with an older schema is migrated;
    a corrupt file or a schema newer than this kiwatch is refused with a clear message, never
    silently replaced. Every failure is a StorageError naming the cause (server unreachable,
    disk full, permission, corrupt).
    """
    masked = mask_url(url)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        if not create:
            raise StorageError(Msg("err_no_database", path=path))
        _create_sqlite_file(path, url)
        try:
            upgrade(url)
        except (DatabaseError, OperationalError) as exc:
            for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)  # ours, from this call: no half-built database stays
            raise StorageError(Msg("err_db", url=masked, cause=explain(exc, path))) from None
        announce(Msg("db_created", path=path).in_lang(lang))
    engine = make_engine(url)
    if _is_at_declared_head(engine):
        return engine
    try:
        rev = current_revision(engine)
        tables = set(inspect(engine).get_table_names())
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise StorageError(Msg("err_db_unusable", url=masked, cause=explain(exc, path))) from None
    head = head_revision()
    if rev is None:
        if tables - {"alembic_version"}:
            engine.dispose()
            raise StorageError(Msg("err_db_foreign", url=masked))
        if not create:
            engine.dispose()
            raise StorageError(Msg("err_db_empty", url=masked))
        _upgrade_or_explain(url, masked, engine)
    elif rev != head:
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(alembic_config(url))
        try:
            known = script.get_revision(rev) is not None
        except Exception:  # alembic raises for a revision id it has never heard of
            known = False
        if not known:
            engine.dispose()
            raise StorageError(Msg("err_db_newer", url=masked, rev=rev))
        _upgrade_or_explain(url, masked, engine)
    return engine


def _upgrade_or_explain(url: str, masked: str, engine: Engine) -> None:
    path = sqlite_path(url)
    try:
        upgrade(url)
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise StorageError(Msg("err_db_migrate", url=masked, cause=explain(exc, path))) from None


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


_FATAL_MARKERS = ("readonly", "read-only", "disk is full", "disk full", "no space left", "unable to open",
                  "permission denied", "disk i/o error")


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: committed as a whole or rolled back as a whole.

    A database that cannot be written at all (read-only file, full disk) raises StorageError
    with what to do, so a crawl stops cleanly instead of failing page by page.
    """
    try:
        with factory() as session, session.begin():
            session.connection(execution_options={WRITE: True})  # begins it IMMEDIATE on SQLite
            yield session
    except OperationalError as exc:
        url = factory.kw["bind"].url
        text = str(exc.orig if exc.orig is not None else exc).lower()
        if any(marker in text for marker in _FATAL_MARKERS):
            raise StorageError(Msg("err_db_write", url=mask_url(str(url)), cause=explain(exc, sqlite_path(str(url))))) from None
        raise
