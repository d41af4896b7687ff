"""One-click unsubscribe links (RFC 8058): a signed token naming one subscription.

The token is signed with a key kept in the database (so the digest job and the web server,
separate processes, agree without configuration) and carries the subscription id and address:
a token for a removed-and-recreated subscription of someone else never matches.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy.orm import Session

from kiwatch.storage.accounts import app_secret
from kiwatch.storage.subscriptions import subscription

if TYPE_CHECKING:
    from kiwatch.storage.delivery import Subscription

SECRET_NAME = "unsubscribe"
_SALT = "kiwatch.unsubscribe.v1"


def _serializer(session: Session) -> URLSafeSerializer:
    return URLSafeSerializer(app_secret(session, SECRET_NAME), salt=_SALT)


def make_token(session: Session, sub: Subscription) -> str:
    return _serializer(session).dumps([sub.id, sub.email.lower()])


def unsubscribe_url(web_url: str, token: str) -> str:
    return f"{web_url.rstrip('/')}/unsubscribe/{token}"


def subscription_for(session: Session, token: str) -> Subscription | None:
    """The subscription a token names, or None for a forged, damaged or stale token."""
    try:
        sub_id, email = _serializer(session).loads(token)
    except (BadSignature, ValueError, TypeError):
        return None
    sub = subscription(session, int(sub_id)) if isinstance(sub_id, int) else None
    if sub is None or sub.email.lower() != email:
        return None
    return sub
