"""The vocabulary revision: closed sets become non-native Enum columns without losing a row,
centre_runs is filled from the run summaries stored so far, and the database itself refuses a
value outside a set (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from kiwatch.core.vocab import CentreRunStatus, CentreStatus, FetchOutcome, PageState, ProfileVerdict, RunStatus
from kiwatch.storage.db import alembic_config, make_engine, session_factory
from kiwatch.storage.models import Centre, CentreRun, FetchAttempt, Page, Run

BEFORE = "1a6cc823c5d9"  # subscriptions and deliveries: the schema before the vocabulary revision


@pytest.fixture
def old_url(request, tmp_path):
    """A database at the revision before, as an older kiwatch left it."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    else:
        url = request.getfixturevalue("postgres").create_database("vocabmig")
    command.upgrade(alembic_config(url), BEFORE)
    return url


@pytest.mark.parametrize("old_url", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True)
def test_upgrade_keeps_rows_and_fills_centre_runs_from_the_summaries(old_url):
    engine = make_engine(old_url)
    summary = {"centres": {
        "du": {"pages": 3, "unchanged": 1, "changed": 2, "failed": 0, "changes": 4, "status": "ok", "baseline": True},
        "we": {"pages": 2, "unchanged": 0, "changed": 0, "failed": 0, "changes": 0, "status": "extraction_failed",
               "baseline": False},
        "gone": {"pages": 1, "status": "ok"},  # a centre no longer in the table: skipped, not an error
    }}
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO centres (id, slug, name, municipality, kind, regierungsbezirk, homepage, status, "
                          "consecutive_failed_runs) VALUES (1, 'du', 'KI Duisburg', '', '', '', 'http://x/', 'failing', 3),"
                          " (2, 'we', 'KI Wesel', '', '', '', 'http://y/', 'ok', 0)"))
        conn.execute(text("INSERT INTO pages (id, centre_id, url, state, first_seen_at, consecutive_gone, "
                          "consecutive_failures) VALUES (1, 1, 'http://x/a', 'removed', '2026-01-01 00:00:00', 2, 0)"))
        conn.execute(text("INSERT INTO runs (id, started_at, finished_at, status, summary) VALUES "
                          "(7, '2026-01-01 00:00:00', '2026-01-01 00:10:00', 'ok', :summary)"),
                     {"summary": json.dumps(summary)})
        conn.execute(text("INSERT INTO fetch_attempts (run_id, centre_id, url, outcome, reason, detail, fetched_at) "
                          "VALUES (7, 1, 'http://x/a', 'gone', NULL, '', '2026-01-01 00:00:00'),"
                          " (7, 1, 'http://x/b', 'failed', 'soft_error', 'error page', '2026-01-01 00:00:00')"))
    engine.dispose()

    command.upgrade(alembic_config(old_url), "head")

    engine = make_engine(old_url)
    with session_factory(engine)() as s:
        assert s.scalar(select(Centre.status).where(Centre.slug == "du")) is CentreStatus.FAILING
        assert s.scalar(select(Page.state)) is PageState.REMOVED
        assert s.scalar(select(Run.status)) is RunStatus.OK
        assert sorted((a.outcome, a.reason) for a in s.scalars(select(FetchAttempt))) == [
            (FetchOutcome.FAILED, "soft_error"), (FetchOutcome.GONE, None)]
        runs = {r.centre_id: r for r in s.scalars(select(CentreRun))}
        assert set(runs) == {1, 2}
        assert (runs[1].run_id, runs[1].status, runs[1].profile_verdict, runs[1].changed, runs[1].changes) == \
            (7, CentreRunStatus.OK, ProfileVerdict.BASELINE, 2, 4)
        assert (runs[2].status, runs[2].profile_verdict) == (CentreRunStatus.EXTRACTION_FAILED,
                                                            ProfileVerdict.EXTRACTION_FAILED)
    # the database refuses a status outside the set, whoever writes it
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text("UPDATE centres SET status = 'done' WHERE slug = 'du'"))
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text("UPDATE fetch_attempts SET reason = 'weather'"))
    engine.dispose()
