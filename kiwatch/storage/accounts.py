"""Models of the web dashboard: user accounts, login throttling, reviews of changes, secrets.

A review is the current verdict of a signed-in user on one change: confirmed, or dismissed
as a false alarm, with an optional note. A dismissed change leaves digests not yet sent, the
feed and every count; it stays in the database and can be listed on request.
"""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy import ColumnElement, ForeignKey, String, Text, and_, exists, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiwatch.storage.models import Base, Change, UTCDateTime, utcnow

REVIEW_ACTIONS = ("confirm", "dismiss")


class User(Base):
    """Someone who may sign in to the dashboard; the password is stored as an Argon2 hash."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class LoginFailure(Base):
    """One failed sign-in, kept for throttling (per address and per client)."""

    __tablename__ = "login_failures"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), index=True)
    client: Mapped[str] = mapped_column(String(100), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class ChangeReview(Base):
    """A user's verdict on a change (one per change; a new review replaces the old one)."""

    __tablename__ = "change_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    change_id: Mapped[int] = mapped_column(ForeignKey("changes.id", ondelete="CASCADE"), unique=True)
    action: Mapped[str] = mapped_column(String(20))  # confirm | dismiss
    note: Mapped[str] = mapped_column(Text, default="")
    reviewer: Mapped[str] = mapped_column(String(320))  # the user's e-mail (kept if the account is removed)
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AppSecret(Base):
    """Random keys made once per database: session cookies and unsubscribe links are signed with
    them, so the web server and the digest job (other processes) agree without configuration."""

    __tablename__ = "app_secrets"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


def add_review(session: Session, change_id: int, action: str, note: str, reviewer: str) -> None:
    """A review of a change recorded for someone who decided outside the web (kiwatch confirm)."""
    session.add(ChangeReview(change_id=change_id, action=action, note=note, reviewer=reviewer))


def review_of(session: Session, change_id: int) -> ChangeReview | None:
    return session.scalars(select(ChangeReview).where(ChangeReview.change_id == change_id)).first()


def save_review(session: Session, change_id: int, action: str, note: str, reviewer: str) -> bool:
    """Record (or replace) a user's review of a change; False if there is no such change."""
    # the change's row locked: two reviewers at once take turns (PostgreSQL; SQLite's write
    # transactions are serial anyway), so the second updates the first's review instead of
    # inserting a duplicate (RELIABILITY J5)
    if session.scalars(select(Change.id).where(Change.id == change_id).with_for_update()).first() is None:
        return False
    row = review_of(session, change_id)
    if row is None:
        row = ChangeReview(change_id=change_id)
        session.add(row)
    row.action, row.note, row.reviewer, row.reviewed_at = action, note, reviewer, utcnow()
    return True


def not_dismissed() -> ColumnElement[bool]:
    """SQL condition on Change: not dismissed as a false alarm (for digests, feed and counts)."""
    return ~exists().where(and_(ChangeReview.change_id == Change.id, ChangeReview.action == "dismiss"))


def app_secret(session: Session, name: str) -> str:
    """A random key stored once per database (made on first use, inside the caller's transaction)."""
    row = session.get(AppSecret, name)
    if row is None:
        row = AppSecret(name=name, value=secrets.token_urlsafe(48))
        session.add(row)
        session.flush()
    return row.value
