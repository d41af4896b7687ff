"""runs.status may be 'interrupted'

A crawl stopped by Ctrl-C / SIGTERM, or killed outright and found `running` by a later
command, is recorded as interrupted instead of failed or running forever.

Revision ID: 7c1e5a93b2d4
Revises: 5d2b7e41c9a3
Create Date: 2026-11-30 14:20:00
"""
from __future__ import annotations

from alembic import op

revision = '7c1e5a93b2d4'
down_revision = '5d2b7e41c9a3'
branch_labels = None
depends_on = None

BEFORE = ("running", "ok", "failed")
AFTER = BEFORE + ("interrupted",)


def _condition(values: tuple[str, ...]) -> str:
    return "status IN (" + ", ".join(repr(v) for v in values) + ")"


def upgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.drop_constraint("run_status", type_="check")
        batch.create_check_constraint("run_status", _condition(AFTER))


def downgrade() -> None:
    op.execute("UPDATE runs SET status = 'failed' WHERE status = 'interrupted'")
    with op.batch_alter_table("runs") as batch:
        batch.drop_constraint("run_status", type_="check")
        batch.create_check_constraint("run_status", _condition(BEFORE))
