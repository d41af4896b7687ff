"""web dashboard: users, login failures, change reviews, app secrets; indexes for as-of views

Revision ID: 7c1e2f9a4b10
Revises: 7c1e5a93b2d4
Create Date: 2026-11-30 13:30:00
"""
from alembic import op
import sqlalchemy as sa
import kiwatch.storage.models


revision = '7c1e2f9a4b10'
down_revision = '7c1e5a93b2d4'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('created_at', kiwatch.storage.models.UTCDateTime(timezone=True), nullable=False),
    sa.Column('last_login_at', kiwatch.storage.models.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('email', name=op.f('uq_users_email'))
    )
    op.create_table('login_failures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('client', sa.String(length=100), nullable=False),
    sa.Column('at', kiwatch.storage.models.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_login_failures'))
    )
    with op.batch_alter_table('login_failures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_login_failures_email'), ['email'], unique=False)
        batch_op.create_index(batch_op.f('ix_login_failures_client'), ['client'], unique=False)
        batch_op.create_index(batch_op.f('ix_login_failures_at'), ['at'], unique=False)
    op.create_table('change_reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('change_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('reviewer', sa.String(length=320), nullable=False),
    sa.Column('reviewed_at', kiwatch.storage.models.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['change_id'], ['changes.id'], name=op.f('fk_change_reviews_change_id_changes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_reviews')),
    sa.UniqueConstraint('change_id', name=op.f('uq_change_reviews_change_id'))
    )
    op.create_table('app_secrets',
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('value', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_app_secrets'))
    )
    # As-of views look up "the newest X of this centre before a date": one index seek each.
    with op.batch_alter_table('fetch_attempts', schema=None) as batch_op:
        batch_op.create_index('ix_fetch_attempts_centre_time', ['centre_id', 'fetched_at'], unique=False)
    with op.batch_alter_table('changes', schema=None) as batch_op:
        batch_op.create_index('ix_changes_centre_time', ['centre_id', 'detected_at'], unique=False)
    with op.batch_alter_table('profiles', schema=None) as batch_op:
        batch_op.create_index('ix_profiles_centre_time', ['centre_id', 'created_at'], unique=False)
    with op.batch_alter_table('snapshots', schema=None) as batch_op:
        batch_op.create_index('ix_snapshots_page_time', ['page_id', 'fetched_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('snapshots', schema=None) as batch_op:
        batch_op.drop_index('ix_snapshots_page_time')
    with op.batch_alter_table('profiles', schema=None) as batch_op:
        batch_op.drop_index('ix_profiles_centre_time')
    with op.batch_alter_table('changes', schema=None) as batch_op:
        batch_op.drop_index('ix_changes_centre_time')
    with op.batch_alter_table('fetch_attempts', schema=None) as batch_op:
        batch_op.drop_index('ix_fetch_attempts_centre_time')
    op.drop_table('app_secrets')
    op.drop_table('change_reviews')
    with op.batch_alter_table('login_failures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_login_failures_at'))
        batch_op.drop_index(batch_op.f('ix_login_failures_client'))
        batch_op.drop_index(batch_op.f('ix_login_failures_email'))
    op.drop_table('login_failures')
    op.drop_table('users')
