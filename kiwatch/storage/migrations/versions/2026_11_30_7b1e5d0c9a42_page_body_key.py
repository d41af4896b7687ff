"""pages.body_key: the last fetched body whose extraction the current snapshot holds

Revision ID: 7b1e5d0c9a42
Revises: 7c1e2f9a4b10
Create Date: 2026-11-30 13:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = '7b1e5d0c9a42'
down_revision = '7c1e2f9a4b10'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('pages') as batch:
        batch.add_column(sa.Column('body_key', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('pages') as batch:
        batch.drop_column('body_key')
