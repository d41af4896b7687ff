"""extraction_failures: the failing body of a URL under its body key, so that the same bytes
again fail the same way without an extraction worker

Revision ID: b5e2d8c4f713
Revises: 9a4c6e2b1d57
Create Date: 2026-11-30 22:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = 'b5e2d8c4f713'
down_revision = '9a4c6e2b1d57'
branch_labels = None
depends_on = None

# the extraction failure reasons as of this revision (kiwatch.core.vocab.ExtractionFailureReason)
REASONS = ("empty_content", "unsupported_content", "too_large", "soft_error", "pdf_error", "extraction_error")


def upgrade() -> None:
    op.create_table(
        'extraction_failures',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('centre_id', sa.Integer(), nullable=False),
        sa.Column('url', sa.Text(), nullable=False),
        sa.Column('body_key', sa.String(length=64), nullable=False),
        sa.Column('reason', sa.String(length=20), nullable=False),
        sa.Column('detail', sa.Text(), nullable=False),
        sa.CheckConstraint("reason IN ({})".format(", ".join(f"'{r}'" for r in REASONS)),
                           name=op.f('ck_extraction_failures_extraction_failure_reason')),
        sa.ForeignKeyConstraint(['centre_id'], ['centres.id'], name=op.f('fk_extraction_failures_centre_id_centres')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_extraction_failures')),
        sa.UniqueConstraint('centre_id', 'url', name=op.f('uq_extraction_failures_centre_id_url')),
    )
    op.create_index(op.f('ix_extraction_failures_centre_id'), 'extraction_failures', ['centre_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_extraction_failures_centre_id'), table_name='extraction_failures')
    op.drop_table('extraction_failures')
