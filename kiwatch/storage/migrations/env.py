"""Alembic environment: URL from the caller (kiwatch.storage.db) or KIWATCH_DATABASE_URL."""

import os

from alembic import context
from sqlalchemy import Connection, create_engine

from kiwatch.storage import accounts, delivery, models  # noqa: F401  (registers the tables)
from kiwatch.storage.models import Base

config = context.config
url = (
    config.attributes.get("database_url")
    or os.environ.get("KIWATCH_DATABASE_URL")
    or config.get_main_option("sqlalchemy.url")
    or ""
)


def run_migrations_offline() -> None:
    context.configure(url=url, target_metadata=Base.metadata, render_as_batch=True, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is None:
        engine = create_engine(url)
        with engine.connect() as connection:
            _run(connection)
        engine.dispose()
    else:
        _run(connectable)


def _run(connection: Connection) -> None:
    # render_as_batch: SQLite cannot ALTER most things; batch mode rebuilds tables instead.
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
