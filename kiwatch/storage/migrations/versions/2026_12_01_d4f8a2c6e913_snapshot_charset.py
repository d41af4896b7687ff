"""snapshots.charset: the charset a version's body was served with, so that a re-reading of the
body by a newer extractor decodes it as it was decoded then (not with a later fetch's charset)

Revision ID: d4f8a2c6e913
Revises: c7d3e9a1f5b2
Create Date: 2026-12-01 02:55:00
"""
from alembic import op
import sqlalchemy as sa


revision = 'd4f8a2c6e913'
down_revision = 'c7d3e9a1f5b2'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('snapshots') as batch:
        batch.add_column(sa.Column('charset', sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('snapshots') as batch:
        batch.drop_column('charset')
