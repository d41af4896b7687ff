"""The dashboard's plumbing shared by every page group: templates, language, the signed-in
user, CSRF tokens, the sign-in guard and the parsing of common query parameters.

Server-rendered pages (Jinja2, autoescaped) that work without JavaScript; every form carries a
CSRF token bound to the session; scraped text reaches templates only as data and links only
through the http/https allow-list. Reads go through kiwatch.directory, the same queries as the
command line. Database work runs in Starlette's thread pool (sync endpoints).
"""

from __future__ import annotations

import hmac
import secrets
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from kiwatch.directory import ChangeQuery, QueryError, parse_as_of
from kiwatch.i18n import LANGUAGES, Msg, coverage_label, kind_label, severity_label, tr
from kiwatch.notify.render import safe_url
from kiwatch.records import Severity
from kiwatch.settings import Settings
from kiwatch.storage.accounts import app_secret
from kiwatch.storage.db import session_factory, transaction
from kiwatch.web.accounts import user_exists

PAGE_SIZE = 50
# beyond this a page number is a typo or a probe: 400, not an offset the database cannot hold
MAX_PAGE = 10**9


def int_param(request: Request, name: str, default: int, low: int, high: int) -> int:
    """A whole-number query parameter within [low, high]; QueryError (a 400) otherwise."""
    text = request.query_params.get(name, "").strip()
    if not text:
        return default
    try:
        value = int(text)
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        raise QueryError(f"{name} {text[:30]!r}: expected a whole number from {low} to {high}")
    return value
TIMELINE_SIZE = 100  # newest changes on a centre's page and in /api/centres/{slug}; the rest via /changes?site=
MAX_NOTE = 2000


@lru_cache(maxsize=len(LANGUAGES))
def environment(lang: str) -> Environment:
    """The templates in `lang`: Jinja2's i18n extension with the catalogue's gettext, so
    `{{ _("key", n=3) }}` in a template is `tr(lang, "key", n=3)` (and pybabel extracts it)."""
    env = Environment(loader=PackageLoader("kiwatch.web", "templates"), autoescape=select_autoescape(default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, extensions=["jinja2.ext.i18n"])
    env.install_gettext_callables(  # type: ignore[attr-defined]  # added by the i18n extension
        gettext=lambda key, **kw: tr(lang, key, **kw),
        ngettext=lambda one, many, n, **kw: tr(lang, one if n == 1 else many, n=n, **kw), newstyle=False)
    env.filters["safe_url"] = safe_url
    return env


class DashboardBase:
    """The plumbing of the routes, bound to one database and one settings object."""

    def __init__(self, settings: Settings, engine: Engine) -> None:
        self.settings = settings
        self.factory: sessionmaker[Session] = session_factory(engine)
        self.tz = ZoneInfo(settings.timezone)
        with transaction(self.factory) as s:
            self.session_key = app_secret(s, "session")

    # --- plumbing ----------------------------------------------------------------------------
    def lang(self, request: Request) -> str:
        lang = request.session.get("lang")
        return lang if lang in ("de", "en") else self.settings.lang

    def user(self, request: Request) -> str | None:
        email = request.session.get("user")
        if not email:
            return None
        with self.factory() as s:  # a removed account signs out at once
            if not user_exists(s, email):
                request.session.pop("user", None)
                return None
        return str(email)

    @staticmethod
    def csrf_token(request: Request) -> str:
        token = request.session.get("csrf")
        if not token:
            token = request.session["csrf"] = secrets.token_urlsafe(32)
        return str(token)

    @staticmethod
    def csrf_ok(request: Request, form: Any) -> bool:
        expected = request.session.get("csrf")
        given = form.get("csrf_token")
        return isinstance(expected, str) and bool(expected) and isinstance(given, str) and hmac.compare_digest(expected, given)

    def local_time(self, iso_text: str, lang: str, with_time: bool = True) -> str:
        if not iso_text:
            return "–"
        when = datetime.fromisoformat(iso_text).astimezone(self.tz)
        fmt = ("%d.%m.%Y %H:%M" if with_time else "%d.%m.%Y") if lang == "de" else ("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")
        return when.strftime(fmt)

    def page(self, request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        lang = self.lang(request)
        user = context.pop("user", None) if "user" in context else self.user(request)
        html = environment(lang).get_template(template).render(
            request_path=request.url.path, lang=lang, user=user, csrf=self.csrf_token(request),
            kind_label=lambda k: kind_label(lang, k),
            sev=lambda name: severity_label(lang, Severity.parse(name)),
            when=lambda v, with_time=True: self.local_time(v, lang, with_time),
            cov=lambda entry: coverage_label(lang, entry, lambda v: self.local_time(v, lang, with_time=False)), public=self.settings.dashboard_public,
            **context)
        return HTMLResponse(html, status_code=status_code)

    def message(self, request: Request, text: str, status_code: int) -> HTMLResponse:
        return self.page(request, "message.html", status_code=status_code, text=text)

    def guard(self, request: Request, api: bool = False) -> Response | None:
        """None when the request may read; else the answer for a visitor who must sign in."""
        if self.settings.dashboard_public or self.user(request):
            return None
        if api:
            return JSONResponse({"error": "sign in required"}, status_code=401)
        return RedirectResponse("/login?" + urlencode({"next": request.url.path + (f"?{request.url.query}" if request.url.query else "")}),
                                status_code=303)

    def as_of(self, request: Request) -> tuple[datetime | None, str]:
        text = request.query_params.get("as_of", "").strip()
        return parse_as_of(text, self.settings.timezone), text

    def _change_query(self, request: Request) -> ChangeQuery:
        qp = request.query_params
        since = qp.get("since", "").strip()
        since_at = None
        if since:
            day_end = parse_as_of(since, self.settings.timezone)
            since_at = day_end - timedelta(days=1) if day_end else None
        until = parse_as_of(qp.get("until", "").strip(), self.settings.timezone)
        severity = qp.get("min_severity", "low").strip() or "low"
        if severity not in ("low", "medium", "high"):
            raise QueryError(Msg("err_unknown_severity", severity=severity))
        return ChangeQuery(since=since_at, until=until, sites=tuple(v for v in qp.getlist("site") if v),
                           kinds=tuple(v for v in qp.getlist("kind") if v),
                           regierungsbezirke=tuple(v for v in qp.getlist("rb") if v),
                           min_severity=int(Severity.parse(severity)),
                           include_dismissed=qp.get("dismissed", "") in ("1", "true", "on")).validate()

