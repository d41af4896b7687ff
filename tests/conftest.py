"""Shared fixtures: a real SQLite file migrated with Alembic (never create_all)."""

from __future__ import annotations

import pytest

from kiwatch.settings import Settings
from kiwatch.storage.db import open_database, session_factory, upgrade
from kiwatch.storage.store import Store


@pytest.fixture
def db_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'kiwatch.sqlite'}"
    upgrade(url)
    return url


@pytest.fixture
def settings(db_url):
    return Settings(database_url=db_url)


@pytest.fixture
def store(db_url, settings):
    engine = open_database(db_url)
    yield Store(session_factory(engine), settings)
    engine.dispose()
