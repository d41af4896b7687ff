"""Dashboard accounts: add, list, remove, sign in with throttling; per-database secrets.

Passwords are hashed with Argon2id (argon2-cffi, its recommended parameters); a hash made with
older parameters is upgraded at the next successful sign-in. Sign-in failures are stored, so
throttling holds across server processes and restarts: after `MAX_FAILURES` failures within
`WINDOW` for one address or one client, further attempts are refused until the window passes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiwatch.core.errors import SubscriptionError, UsageError
from kiwatch.i18n import Msg, localisable
from kiwatch.notify.subscriptions import normalise_email
from kiwatch.storage import users
from kiwatch.storage.models import utcnow

if TYPE_CHECKING:
    from kiwatch.storage.accounts import User

MAX_FAILURES = 5
WINDOW = timedelta(minutes=15)
MIN_PASSWORD = 10
_hasher = PasswordHasher()


class AccountError(UsageError):
    """An account request that cannot be done; the message says why."""


@dataclass(frozen=True)
class SignIn:
    ok: bool
    email: str = ""
    throttled: bool = False


def check_email(email: str) -> str:
    try:
        return normalise_email(email)
    except SubscriptionError as exc:
        raise AccountError(localisable(exc)) from None


def add_user(session: Session, email: str, password: str) -> User:
    address = check_email(email)
    if len(password) < MIN_PASSWORD:
        raise AccountError(Msg("err_password_short", n=MIN_PASSWORD))
    existing = users.find_user(session, address)
    if existing is not None:
        existing.password_hash = _hasher.hash(password)  # adding again sets a new password
        return existing
    try:
        return users.add_user(session, address, _hasher.hash(password))
    except IntegrityError:
        raise AccountError(Msg("err_user_race", email=address)) from None


def remove_user(session: Session, email: str) -> bool:
    address = check_email(email)
    # addresses compare case-insensitively, as at sign-in
    user = users.find_user(session, address)
    if user is None:
        return False
    users.remove_user(session, user)
    return True


def list_users(session: Session) -> list[dict[str, Any]]:
    return [{"email": u.email, "created_at": u.created_at.isoformat(timespec="seconds"),
             "last_login_at": u.last_login_at.isoformat(timespec="seconds") if u.last_login_at else ""}
            for u in users.all_users(session)]


def throttled(session: Session, email: str, client: str, now: datetime | None = None) -> bool:
    since = (now or utcnow()) - WINDOW
    return (users.failures_since(session, since, email=email) >= MAX_FAILURES
            or users.failures_since(session, since, client=client) >= MAX_FAILURES)


def sign_in(session: Session, email: str, password: str, client: str) -> SignIn:
    """Check a password; a refused or throttled attempt says nothing about whether the account exists."""
    address = email.strip().lower()[:320]
    client = client[:100]
    now = utcnow()
    if throttled(session, address, client, now):
        return SignIn(False, throttled=True)
    user = users.find_user(session, address)
    valid = False
    if user is not None:
        try:
            valid = _hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            valid = False
    else:
        _hasher.hash(password)  # same cost as a real check: timing does not reveal unknown addresses
    if user is None or not valid:
        users.add_failure(session, address, client, now)
        return SignIn(False)
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.last_login_at = now
    # old failures of this address no longer count against it
    users.forget_failures(session, address, now - WINDOW)
    return SignIn(True, email=user.email)


def user_exists(session: Session, email: str) -> bool:
    return users.user_exists(session, email)
