"""Repository of dashboard accounts and of failed sign-ins (kept for throttling)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from kiwatch.storage.accounts import LoginFailure, User


def find_user(s: Session, email: str) -> User | None:
    """The account of an address, compared case-insensitively (as at sign-in)."""
    return s.scalars(select(User).where(func.lower(User.email) == email.lower())).one_or_none()


def add_user(s: Session, email: str, password_hash: str) -> User:
    user = User(email=email, password_hash=password_hash)
    s.add(user)
    s.flush()  # a concurrent add of the same address fails here (IntegrityError)
    return user


def remove_user(s: Session, user: User) -> None:
    s.delete(user)


def all_users(s: Session) -> list[User]:
    return list(s.scalars(select(User).order_by(User.email)))


def user_exists(s: Session, email: str) -> bool:
    """Whether exactly this address (as stored) has an account."""
    return s.scalar(select(func.count(User.id)).where(User.email == email)) == 1


def failures_since(s: Session, since: datetime, *, email: str | None = None, client: str | None = None) -> int:
    """Failed sign-ins since `since` of one address or of one client."""
    column, value = (LoginFailure.email, email) if email is not None else (LoginFailure.client, client)
    return s.scalar(select(func.count(LoginFailure.id)).where(column == value, LoginFailure.at >= since)) or 0


def add_failure(s: Session, email: str, client: str, at: datetime) -> None:
    s.add(LoginFailure(email=email, client=client, at=at))


def forget_failures(s: Session, email: str, older_than: datetime) -> None:
    """Drop the address's failures and everyone's failures from before `older_than`."""
    s.execute(delete(LoginFailure).where(or_(LoginFailure.email == email, LoginFailure.at < older_than)))
