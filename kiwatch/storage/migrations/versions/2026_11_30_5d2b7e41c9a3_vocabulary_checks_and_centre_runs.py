"""closed sets as non-native enums (CHECK constraints), centre_runs

Every status-like column keeps its VARCHAR type and gains a CHECK constraint listing its
values (SQLAlchemy's non-native Enum), so a value outside the vocabulary cannot get in on
SQLite or PostgreSQL. Existing rows are kept as they are: every value kiwatch ever wrote is
in its set. The new table centre_runs records what each run decided per centre (status,
profile verdict, tallies); it is filled from the run summaries stored so far.

Revision ID: 5d2b7e41c9a3
Revises: 1a6cc823c5d9
Create Date: 2026-11-30 13:40:00
"""
from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = '5d2b7e41c9a3'
down_revision = '1a6cc823c5d9'
branch_labels = None
depends_on = None

# The vocabularies as of this revision (kiwatch/core/vocab.py); a later change of a set gets
# its own revision.
FETCH_OUTCOME = ("ok", "not_modified", "gone", "moved", "failed", "blocked")
ATTEMPT_REASON = ("connection_refused", "dns", "timeout", "http_error", "too_large", "truncated", "tls_error",
                  "redirect_error", "unsupported_content", "empty_content", "robots", "private_host", "other",
                  "soft_error", "pdf_error", "extraction_error")
CHECKS = {
    # table: [(constraint name, column, values, nullable)]
    "centres": [("centre_status", "status", ("new", "ok", "failing", "blocked"), False)],
    "pages": [("page_state", "state", ("active", "removed"), False)],
    "runs": [("run_status", "status", ("running", "ok", "failed"), False)],
    "fetch_attempts": [("fetch_outcome", "outcome", FETCH_OUTCOME, False),
                       ("attempt_reason", "reason", ATTEMPT_REASON, True)],
    "changes": [("change_kind", "kind", ("address", "head", "parent_unit", "reorganisation", "contact", "people",
                                         "programmes", "page_added", "page_removed", "content"), False),
                ("severity", "severity", (1, 2, 3), False)],
    "subscriptions": [("frequency", "frequency", ("daily", "weekly"), False),
                      ("lang", "lang", ("de", "en"), False),
                      ("min_severity", "min_severity", (1, 2, 3), False)],
    "digests": [("digest_status", "status", ("sending", "sent", "failed", "rejected"), False)],
    "job_runs": [("job", "job", ("crawl", "digest-daily", "digest-weekly"), False),
                 ("job_status", "status", ("running", "ok", "partial", "failed", "timeout", "killed", "skipped",
                                           "interrupted"), False)],
    "leases": [("lease_name", "name", ("scheduler", "crawl"), False)],
}
CENTRE_RUN_STATUS = ("new", "ok", "failing", "blocked", "skipped", "extraction_failed", "error")
PROFILE_VERDICT = ("ok", "baseline", "pending", "extraction_failed")


def _condition(column: str, values: tuple[object, ...], nullable: bool) -> str:
    listed = ", ".join(repr(v) if isinstance(v, str) else str(v) for v in values)
    return f"{column} IN ({listed})" + (f" OR {column} IS NULL" if nullable else "")


def upgrade() -> None:
    for table, checks in CHECKS.items():
        with op.batch_alter_table(table) as batch:
            for name, column, values, nullable in checks:
                batch.create_check_constraint(name, _condition(column, values, nullable))
    op.create_table(
        'centre_runs',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('run_id', sa.Integer(), nullable=False),
        sa.Column('centre_id', sa.Integer(), nullable=False),
        sa.Column('status', sa.Enum(*CENTRE_RUN_STATUS, name='centre_run_status', native_enum=False,
                                    create_constraint=True, length=20), nullable=False),
        sa.Column('profile_verdict', sa.Enum(*PROFILE_VERDICT, name='profile_verdict', native_enum=False,
                                             create_constraint=True, length=20), nullable=True),
        sa.Column('pages', sa.Integer(), nullable=False),
        sa.Column('unchanged', sa.Integer(), nullable=False),
        sa.Column('changed', sa.Integer(), nullable=False),
        sa.Column('failed', sa.Integer(), nullable=False),
        sa.Column('changes', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['run_id'], ['runs.id'], name=op.f('fk_centre_runs_run_id_runs')),
        sa.ForeignKeyConstraint(['centre_id'], ['centres.id'], name=op.f('fk_centre_runs_centre_id_centres')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_centre_runs')),
    )
    with op.batch_alter_table('centre_runs') as batch:
        batch.create_index(batch.f('ix_centre_runs_run_id'), ['run_id'], unique=False)
        batch.create_index(batch.f('ix_centre_runs_centre_id'), ['centre_id'], unique=False)
    _fill_centre_runs()


def _fill_centre_runs() -> None:
    """What earlier runs decided per centre, from their JSON summaries (oldest first, so ids
    keep the order of the runs)."""
    conn = op.get_bind()
    centre_ids = dict(conn.execute(sa.text("SELECT slug, id FROM centres")).all())
    runs = conn.execute(sa.text("SELECT id, summary FROM runs WHERE finished_at IS NOT NULL ORDER BY id")).all()
    insert = sa.text("INSERT INTO centre_runs (run_id, centre_id, status, profile_verdict, pages, unchanged, changed, "
                     "failed, changes) VALUES (:run_id, :centre_id, :status, :verdict, :pages, :unchanged, :changed, "
                     ":failed, :changes)")
    for run_id, summary in runs:
        if isinstance(summary, str):
            summary = json.loads(summary or "{}")
        for slug, tally in ((summary or {}).get("centres") or {}).items():
            status = tally.get("status")
            if slug not in centre_ids or status not in CENTRE_RUN_STATUS:
                continue
            verdict = ("baseline" if tally.get("baseline") else
                       "extraction_failed" if status == "extraction_failed" else None)
            conn.execute(insert, {"run_id": run_id, "centre_id": centre_ids[slug], "status": status,
                                  "verdict": verdict, **{k: int(tally.get(k) or 0) for k in
                                                         ("pages", "unchanged", "changed", "failed", "changes")}})


def downgrade() -> None:
    op.drop_table('centre_runs')
    for table, checks in CHECKS.items():
        with op.batch_alter_table(table) as batch:
            for name, _column, _values, _nullable in checks:
                batch.drop_constraint(name, type_="check")
