"""Shared fixtures: real database files and servers, schemas built with Alembic (never create_all).

`db_url` runs each storage test on SQLite and on PostgreSQL (RELIABILITY E5). The PostgreSQL
server is started once per session from the machine's binaries; where they are missing the
PostgreSQL variants are skipped with the reason shown.

The schema is built by `alembic upgrade head` once per session and backend, into a template
(a SQLite file, a PostgreSQL template database); each test gets a copy of it, the same schema
as a migration of its own would build, without running the 12 migrations again for each test.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile

import pytest

from kiwatch.settings import Settings
from kiwatch.storage.db import open_database, session_factory, upgrade

from tests.pgserver import PostgresServer, find_bin
from tests.watchhelp import Watch

_counter = itertools.count()


def pytest_configure(config):
    """No test may touch the real user's data or cache directory or database: the default database
    (platformdirs' user data dir) and the cache point into throw-away directories for this session and
    every child process it starts, and a database URL from the caller's environment is ignored."""
    # XDG_DATA_HOME, not HOME: browsers and PostgreSQL binaries are still found under HOME.
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="kiwatch-test-data-")
    # and the user cache (the workers' compiled patterns, pipelines/patterncache.py)
    os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="kiwatch-test-cache-")
    for key in ("KIWATCH_DATABASE_URL", "KIWATCH_SETTINGS", "KIWATCH_LANG"):
        os.environ.pop(key, None)


@pytest.fixture(scope="session")
def postgres():
    if not (find_bin("initdb") and find_bin("pg_ctl")):
        pytest.skip("PostgreSQL server binaries not installed (.ci/run installs Debian's postgresql)")
    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_template(postgres):
    """A database migrated by `alembic upgrade head`, the template of each test's database."""
    name = "kiwatch_template"
    upgrade(postgres.create_database(name))
    return name


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """A SQLite file migrated by `alembic upgrade head`, copied for each test."""
    path = tmp_path_factory.mktemp("schema") / "kiwatch.sqlite"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture
def sqlite_url(tmp_path, sqlite_template):
    path = tmp_path / "kiwatch.sqlite"
    shutil.copy(sqlite_template, path)  # with its owner-only mode, as kiwatch creates it
    return f"sqlite:///{path}"


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    server = request.getfixturevalue("postgres")
    return server.create_database(f"t{next(_counter)}", template=request.getfixturevalue("postgres_template"))


@pytest.fixture
def settings(db_url):
    return Settings(database_url=db_url)


@pytest.fixture
def store(db_url, settings):
    from kiwatch.storage.store import Store

    engine = open_database(db_url)
    yield Store(session_factory(engine), settings)
    engine.dispose()


@pytest.fixture
def watch(tmp_path):
    """A kiwatch installation in tmp_path with its own page server on 127.0.0.1 (tests/watchhelp.py);
    a test module may override it with one that also serves its pages."""
    w = Watch(tmp_path)
    yield w
    w.close()


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium driven by Playwright, one for a module's tests (each test opens its own
    context); the browser tests skip themselves where Playwright or chromium is missing."""
    from playwright.sync_api import sync_playwright

    from tests.browserhelp import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()
