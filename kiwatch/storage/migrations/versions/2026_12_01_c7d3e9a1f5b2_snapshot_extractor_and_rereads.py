"""snapshots.extractor and snapshots.reread_of: which extractor made a version's record, and
re-readings of a stored body by a newer extractor

Revision ID: c7d3e9a1f5b2
Revises: b5e2d8c4f713
Create Date: 2026-12-01 00:20:00
"""
from alembic import op
import sqlalchemy as sa


revision = 'c7d3e9a1f5b2'
down_revision = 'b5e2d8c4f713'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('snapshots') as batch:
        batch.add_column(sa.Column('extractor', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('reread_of', sa.Integer(), nullable=True))
        batch.create_foreign_key(batch.f('fk_snapshots_reread_of_snapshots'), 'snapshots', ['reread_of'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('snapshots') as batch:
        batch.drop_constraint(batch.f('fk_snapshots_reread_of_snapshots'), type_='foreignkey')
        batch.drop_column('reread_of')
        batch.drop_column('extractor')
