"""pages.links: the in-scope links of the body pages.body_key names

Revision ID: 9a3c6e1f0b27
Revises: 4e7d2a9c8b13
Create Date: 2026-11-30 19:15:00
"""
from alembic import op
import sqlalchemy as sa


revision = '9a3c6e1f0b27'
down_revision = '4e7d2a9c8b13'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('pages') as batch:
        batch.add_column(sa.Column('links', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('pages') as batch:
        batch.drop_column('links')
