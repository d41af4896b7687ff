"""collapse_resolutions: a person confirms or dismisses a centre's held-back collapse

`kiwatch confirm SLUG` takes a collapse (the facts are really gone: the removals become
change events), `kiwatch keep SLUG` dismisses it as a false alarm (the facts stay). A kept
collapse seen again is recorded with the profile verdict 'kept'.

Revision ID: 4e7d2a9c8b13
Revises: 7b1e5d0c9a42
Create Date: 2026-11-30 16:40:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '4e7d2a9c8b13'
down_revision = '7b1e5d0c9a42'
branch_labels = None
depends_on = None

BEFORE = ("ok", "baseline", "pending", "extraction_failed")
AFTER = BEFORE + ("kept",)


def _condition(values: tuple[str, ...]) -> str:
    return "profile_verdict IN (" + ", ".join(repr(v) for v in values) + ") OR profile_verdict IS NULL"


def upgrade() -> None:
    op.create_table(
        'collapse_resolutions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('centre_id', sa.Integer(), nullable=False),
        sa.Column('action', sa.Enum('confirm', 'keep', name='resolution', native_enum=False,
                                    create_constraint=True, length=20), nullable=False),
        sa.Column('profile_sha256', sa.String(length=64), nullable=False),
        sa.Column('up_to_run_id', sa.Integer(), nullable=True),
        sa.Column('changes', sa.Integer(), nullable=False),
        sa.Column('reviewer', sa.String(length=320), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['centre_id'], ['centres.id'], name=op.f('fk_collapse_resolutions_centre_id_centres')),
        sa.ForeignKeyConstraint(['up_to_run_id'], ['runs.id'], name=op.f('fk_collapse_resolutions_up_to_run_id_runs')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_collapse_resolutions')),
    )
    with op.batch_alter_table('collapse_resolutions') as batch:
        batch.create_index(batch.f('ix_collapse_resolutions_centre_id'), ['centre_id'], unique=False)
    with op.batch_alter_table('centre_runs') as batch:
        batch.drop_constraint('profile_verdict', type_='check')
        batch.create_check_constraint('profile_verdict', _condition(AFTER))


def downgrade() -> None:
    op.execute("UPDATE centre_runs SET profile_verdict = 'extraction_failed' WHERE profile_verdict = 'kept'")
    with op.batch_alter_table('centre_runs') as batch:
        batch.drop_constraint('profile_verdict', type_='check')
        batch.create_check_constraint('profile_verdict', _condition(BEFORE))
    op.drop_table('collapse_resolutions')
