"""pages.reading_key: what the field rules read of the page when its current snapshot was made

Revision ID: 9a4c6e2b1d57
Revises: 9a3c6e1f0b27
Create Date: 2026-11-30 19:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '9a4c6e2b1d57'
down_revision = '9a3c6e1f0b27'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('pages') as batch:
        batch.add_column(sa.Column('reading_key', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('pages') as batch:
        batch.drop_column('reading_key')
