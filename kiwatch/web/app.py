"""The dashboard application: the routes wired to their page groups, security headers, sessions,
and the answer when the database is busy.

The pages live in views_directory (directory, centre, coverage, status), views_changes (changes,
review, snapshots), views_account (sign-in, language, unsubscribe) and views_api (JSON); the
plumbing they share in base.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from html import escape as html_escape
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiwatch.i18n import tr
from kiwatch.settings import Settings
from kiwatch.web.views_account import AccountViews
from kiwatch.web.views_api import ApiViews
from kiwatch.web.views_changes import ChangeViews
from kiwatch.web.views_directory import DirectoryViews

log = logging.getLogger(__name__)
SECURITY_HEADERS = [
    # Scraped text is escaped; the policy is the second wall: no inline script, no plugin,
    # no framing, no form posting elsewhere, even if some escape were missed.
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
                                 b"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [h for h in SECURITY_HEADERS if h[0] not in names]
            await send(message)

        await self.app(scope, receive, wrapped)


class Dashboard(DirectoryViews, ChangeViews, AccountViews, ApiViews):
    """The routes, bound to one database and one settings object."""


def create_app(settings: Settings, engine: Engine) -> Starlette:
    d = Dashboard(settings, engine)
    static = Path(__file__).parent / "static"

    def r(path: str, endpoint: Callable[..., Any], methods: list[str] | None = None) -> Route:
        return Route(path, endpoint, methods=methods or ["GET"])

    routes = [
        r("/", d.index), r("/centres.csv", d.directory_csv), r("/centres/{slug}", d.centre),
        r("/centres/{slug}/resolve", d.resolve, ["POST"]),
        r("/changes", d.changes), r("/changes/{id:int}", d.change), r("/changes/{id:int}/review", d.review, ["POST"]),
        r("/snapshots/{id:int}", d.snapshot), r("/snapshots/{id:int}/raw", d.snapshot_raw),
        r("/coverage", d.coverage_page), r("/status", d.status),
        r("/login", d.login_form), r("/login", d.login, ["POST"]), r("/logout", d.logout, ["POST"]),
        r("/lang/{lang}", d.set_lang),
        r("/unsubscribe/{token}", d.unsubscribe_form), r("/unsubscribe/{token}", d.unsubscribe, ["POST"]),
        r("/api/centres", d.api_centres), r("/api/centres/{slug}", d.api_centre),
        r("/api/changes", d.api_changes), r("/api/changes/{id:int}", d.api_change),
        Mount("/static", app=StaticFiles(directory=static), name="static"),
    ]
    secure = settings.session_secure or settings.web_url.lower().startswith("https://")
    middleware = [
        Middleware(SecurityHeaders),
        Middleware(SessionMiddleware, secret_key=d.session_key, session_cookie="kiwatch_session",
                   same_site="lax", https_only=secure, max_age=14 * 24 * 3600),
    ]
    app = Starlette(routes=routes, middleware=middleware, exception_handlers={OperationalError: database_busy})
    app.state.dashboard = d
    return app


async def database_busy(request: Request, exc: Exception) -> Response:
    """The database is locked beyond the busy timeout, or its server is down (RELIABILITY J7):
    a 503 that says so and when to come back, rendered without the database; never a 500
    with "database is locked"."""
    log.warning("dashboard: database unavailable for %s: %s", request.url.path, str(exc).splitlines()[0][:200])
    lang = request.session.get("lang") if "session" in request.scope else None
    text = tr(lang if lang in ("de", "en") else request.app.state.dashboard.settings.lang, "db_busy")
    headers = {"Retry-After": "60"}
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": text}, status_code=503, headers=headers)
    return HTMLResponse(f"<!doctype html><meta charset=\"utf-8\"><title>503</title><p>{html_escape(text)}</p>",
                        status_code=503, headers=headers)
