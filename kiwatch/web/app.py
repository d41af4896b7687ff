"""The dashboard application: routes, sign-in, CSRF, review loop and JSON API.

Server-rendered pages (Jinja2, autoescaped) that work without JavaScript; every form carries a
CSRF token bound to the session; scraped text reaches templates only as data and links only
through the http/https allow-list. Reads go through kiwatch.directory, the same queries as the
command line. Database work runs in Starlette's thread pool (sync endpoints).
"""

from __future__ import annotations

import hmac
import logging
import secrets
import zlib
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import lru_cache
from html import escape as html_escape
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiwatch.core.errors import UsageError
from kiwatch.core.vocab import Resolution
from kiwatch.detection.resolve import confirm_collapse, keep_collapse
from kiwatch.directory import (
    COVERAGE_FIELDS,
    DIRECTORY_COLUMNS,
    ChangeQuery,
    QueryError,
    centre_history,
    change_json,
    count_changes,
    coverage,
    directory,
    list_changes,
    parse_as_of,
)
from kiwatch.exports import directory_sheet, to_csv
from kiwatch.i18n import LANGUAGES, N_, Msg, coverage_label, kind_label, localise, severity_label, tr
from kiwatch.notify.render import safe_url
from kiwatch.notify.subscriptions import _fold as fold_district
from kiwatch.notify.unsubscribe import subscription_for
from kiwatch.records import ChangeKind, Severity
from kiwatch.settings import Settings
from kiwatch.storage.accounts import REVIEW_ACTIONS, ChangeReview, app_secret
from kiwatch.storage.db import session_factory, transaction
from kiwatch.storage.delivery import Digest, Subscription
from kiwatch.storage.models import Body, Centre, Change, Page, Run, Snapshot, utcnow
from kiwatch.storage.store import Store
from kiwatch.web.accounts import SignIn, sign_in, user_exists
from kiwatch.web.diffview import side_by_side

log = logging.getLogger(__name__)
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


class Dashboard:
    """The routes, bound to one database and one settings object."""

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

    # --- directory ---------------------------------------------------------------------------
    def _filtered_directory(self, request: Request) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]:
        as_of, as_of_text = self.as_of(request)
        with self.factory() as s:
            rows = directory(s, as_of, self.settings.stale_after_days)
        params = {k: request.query_params.get(k, "").strip() for k in ("rb", "kind", "status", "q")}
        shown = rows
        if params["rb"]:
            shown = [r for r in shown if fold_district(r["regierungsbezirk"]) == fold_district(params["rb"])]
        if params["kind"]:
            shown = [r for r in shown if r["kind"] == params["kind"]]
        if params["status"]:
            shown = [r for r in shown if r["status"] == params["status"]]
        if params["q"]:
            needle = params["q"].casefold()
            shown = [r for r in shown if any(needle in str(r[c]).casefold() for c in DIRECTORY_COLUMNS)]
        params["as_of"] = as_of_text
        return rows, shown, params

    def index(self, request: Request) -> Response:
        if (denied := self.guard(request)) is not None:
            return denied
        try:
            rows, shown, params = self._filtered_directory(request)
        except QueryError as exc:
            return self.message(request, localise(exc, self.lang(request)), 400)
        query = urlencode({k: v for k, v in params.items() if v})
        return self.page(request, "directory.html", rows=shown, total=len(rows), params=params,
                         districts=sorted({r["regierungsbezirk"] for r in rows if r["regierungsbezirk"]}),
                         kinds=sorted({r["kind"] for r in rows if r["kind"]}),
                         statuses=sorted({r["status"] for r in rows}), csv_query=query)

    def directory_csv(self, request: Request) -> Response:
        if (denied := self.guard(request)) is not None:
            return denied
        try:
            _, shown, params = self._filtered_directory(request)
        except QueryError as exc:
            return PlainTextResponse(localise(exc, self.lang(request)), status_code=400)
        # the same spreadsheet-ready CSV as `kiwatch centres --format csv`
        data = to_csv(directory_sheet(shown, self.lang(request)), "excel")
        name = f"kiwatch-centres-{params['as_of'] or utcnow().date().isoformat()}.csv"
        return Response(data, media_type="text/csv; charset=utf-8",
                        headers={"content-disposition": f'attachment; filename="{name}"'})

    # --- one centre --------------------------------------------------------------------------
    def centre(self, request: Request) -> Response:
        if (denied := self.guard(request)) is not None:
            return denied
        try:
            as_of, as_of_text = self.as_of(request)
            with self.factory() as s:
                data = centre_history(s, request.path_params["slug"], self.lang(request), as_of,
                                      self.settings.stale_after_days, limit=TIMELINE_SIZE)
        except QueryError as exc:
            status = 404 if "unknown centre" in str(exc) else 400
            return self.message(request, localise(exc, self.lang(request)), status)
        return self.page(request, "centre.html", c=data, as_of=as_of_text, fields=COVERAGE_FIELDS,
                         resolved=request.query_params.get("resolved") == "1")

    async def resolve(self, request: Request) -> Response:
        """A signed-in user resolves the centre's held-back collapse, as `kiwatch confirm|keep` does."""
        form = await request.form(max_fields=10, max_part_size=64 * 1024)
        lang = self.lang(request)
        if not self.csrf_ok(request, form):
            return self.message(request, tr(lang, "csrf_failed"), 403)
        user = await run_in_threadpool(self.user, request)
        if user is None:
            return self.message(request, tr(lang, "login_needed"), 401)
        action = str(form.get("action", ""))
        if action not in (Resolution.CONFIRM, Resolution.KEEP):
            return self.message(request, f"action must be {Resolution.CONFIRM.value} or {Resolution.KEEP.value}", 400)
        note, slug = str(form.get("note", ""))[:MAX_NOTE], request.path_params["slug"]
        store = Store(self.factory, self.settings)

        def decide() -> Response | None:
            with self.factory() as s:
                if s.scalar(select(Centre.id).where(Centre.slug == slug)) is None:
                    return self.message(request, tr(lang, "not_found"), 404)
            try:
                if action == Resolution.CONFIRM:
                    confirm_collapse(store, slug, user, note)
                else:
                    keep_collapse(store, slug, user, note)
            except UsageError as exc:  # nothing held back (any more): someone else decided first
                return self.message(request, localise(exc, lang), 409)
            return None

        if (answer := await run_in_threadpool(decide)) is not None:
            return answer
        return RedirectResponse(f"/centres/{quote(slug)}?resolved=1", status_code=303)

    # --- changes -----------------------------------------------------------------------------
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

    def changes(self, request: Request) -> Response:
        if (denied := self.guard(request)) is not None:
            return denied
        try:
            query = self._change_query(request)
            page = int_param(request, "page", 1, 1, MAX_PAGE)
        except (QueryError, ValueError) as exc:
            return self.message(request, localise(exc, self.lang(request)), 400)
        lang = self.lang(request)
        with self.factory() as s:
            total = count_changes(s, query)
            items = list_changes(s, query, lang, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
            centres = list(s.execute(select(Centre.slug, Centre.name).order_by(Centre.name)))
        base = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]
        return self.page(request, "changes.html", items=items, total=total, page=page,
                         pages=max(1, -(-total // PAGE_SIZE)), base_query=urlencode(base),
                         params=request.query_params, centres=centres, kinds=[k.value for k in ChangeKind])

    def _snapshots_of(self, s: Session, change: Change) -> tuple[Snapshot | None, Snapshot | None]:
        """The stored versions before and after a change: recorded with content edits; for a
        profile change, the versions of its page around the time it was detected."""
        before = s.get(Snapshot, change.snapshot_before_id) if change.snapshot_before_id else None
        after = s.get(Snapshot, change.snapshot_after_id) if change.snapshot_after_id else None
        if before is None and after is None and change.url:
            page_id = s.scalar(select(Page.id).where(Page.centre_id == change.centre_id, Page.url == change.url))
            if page_id is not None:
                after = s.scalars(select(Snapshot).where(Snapshot.page_id == page_id, Snapshot.fetched_at <= change.detected_at)
                                  .order_by(Snapshot.id.desc()).limit(1)).first()
                if after is not None:
                    before = s.scalars(select(Snapshot).where(Snapshot.page_id == page_id, Snapshot.id < after.id)
                                       .order_by(Snapshot.id.desc()).limit(1)).first()
        return before, after

    def change(self, request: Request) -> Response:
        if (denied := self.guard(request)) is not None:
            return denied
        lang = self.lang(request)
        with self.factory() as s:
            row = s.execute(select(Change, Centre.slug, Centre.name).join(Centre)
                            .where(Change.id == request.path_params["id"])).first()
            if row is None:
                return self.message(request, tr(lang, "not_found"), 404)
            change, slug, name = row
            review = s.scalars(select(ChangeReview).where(ChangeReview.change_id == change.id)).first()
            before, after = self._snapshots_of(s, change)
            texts = [(snap.record or {}).get("main_text", "") if snap is not None else "" for snap in (before, after)]
            item = change_json(change, slug, name, review, lang)
        view = side_by_side(texts[0], texts[1], self.settings.diff_timeout) if any(texts) else None
        snaps = [{"id": snap.id, "date": snap.fetched_at.isoformat()} if snap is not None else None for snap in (before, after)]
        return self.page(request, "change.html", c=item, view=view, snaps=snaps,
                         saved=request.query_params.get("saved") == "1")

    async def review(self, request: Request) -> Response:
        form = await request.form(max_fields=10, max_part_size=64 * 1024)
        if not self.csrf_ok(request, form):
            return self.message(request, tr(self.lang(request), "csrf_failed"), 403)
        user = await run_in_threadpool(self.user, request)
        if user is None:
            return self.message(request, tr(self.lang(request), "login_needed"), 401)
        action = str(form.get("action", ""))
        if action not in REVIEW_ACTIONS:
            return self.message(request, f"action must be one of {', '.join(REVIEW_ACTIONS)}", 400)
        note = str(form.get("note", ""))[:MAX_NOTE]
        change_id = int(request.path_params["id"])

        def store() -> bool:
            with transaction(self.factory) as s:
                # the change's row locked: two reviewers at once take turns (PostgreSQL; SQLite's
                # write transactions are serial anyway), so the second updates the first's review
                # instead of inserting a duplicate (RELIABILITY J5)
                if s.scalars(select(Change.id).where(Change.id == change_id).with_for_update()).first() is None:
                    return False
                row = s.scalars(select(ChangeReview).where(ChangeReview.change_id == change_id)).first()
                if row is None:
                    row = ChangeReview(change_id=change_id)
                    s.add(row)
                row.action, row.note, row.reviewer, row.reviewed_at = action, note, user, utcnow()
                return True

        if not await run_in_threadpool(store):
            return self.message(request, tr(self.lang(request), "not_found"), 404)
        return RedirectResponse(f"/changes/{change_id}?saved=1", status_code=303)

    # --- snapshots ---------------------------------------------------------------------------
    def snapshot(self, request: Request) -> Response:
        if (denied := self.guard(request)) is not None:
            return denied
        with self.factory() as s:
            row = s.execute(select(Snapshot, Page.url, Centre.slug, Centre.name).join(Page, Page.id == Snapshot.page_id)
                            .join(Centre, Centre.id == Page.centre_id).where(Snapshot.id == request.path_params["id"])).first()
        if row is None:
            return self.message(request, tr(self.lang(request), "not_found"), 404)
        snap, url, slug, name = row
        return self.page(request, "snapshot.html", snap=snap, url=url, slug=slug, name=name,
                         text=(snap.record or {}).get("main_text", ""), date=snap.fetched_at.isoformat())

    def snapshot_raw(self, request: Request) -> Response:
        """The stored body as a download: never rendered on our origin (it is someone else's HTML)."""
        if (denied := self.guard(request)) is not None:
            return denied
        with self.factory() as s:
            snap = s.get(Snapshot, request.path_params["id"])
            body = s.get(Body, snap.body_sha256) if snap is not None else None
        if snap is None or body is None:
            return PlainTextResponse("not found", status_code=404)
        ext = "pdf" if "pdf" in snap.content_type else "html"
        return Response(zlib.decompress(body.data), media_type="application/octet-stream",
                        headers={"content-disposition": f'attachment; filename="snapshot-{snap.id}.{ext}"',
                                 "content-security-policy": "sandbox; default-src 'none'"})

    # --- coverage and status -----------------------------------------------------------------
    def coverage_page(self, request: Request) -> Response:
        if (denied := self.guard(request)) is not None:
            return denied
        with self.factory() as s:
            rows = coverage(s, stale_after_days=self.settings.stale_after_days)
        counts = {f: sum(1 for r in rows if r[f]["status"] == "found") for f in COVERAGE_FIELDS}
        return self.page(request, "coverage.html", rows=rows, fields=COVERAGE_FIELDS, counts=counts)

    def status(self, request: Request) -> Response:
        if (denied := self.guard(request)) is not None:
            return denied
        with self.factory() as s:
            runs = list(s.scalars(select(Run).order_by(Run.id.desc()).limit(10)))
            digests = list(s.execute(select(Digest, Subscription.email).join(Subscription)
                                     .where(Digest.status.in_(("failed", "rejected"))).order_by(Digest.id.desc()).limit(50)))
        health = Store(self.factory, self.settings).health()
        return self.page(request, "status.html", runs=runs, health=health, digests=digests)

    # --- sign-in -----------------------------------------------------------------------------
    @staticmethod
    def _next(value: object) -> str:
        text = str(value or "/")
        # only a path on this site: never "//host" or "https://…" (open redirect)
        return text if text.startswith("/") and not text.startswith("//") and "\\" not in text else "/"

    def login_form(self, request: Request) -> Response:
        return self.page(request, "login.html", next=self._next(request.query_params.get("next")), error="")

    async def login(self, request: Request) -> Response:
        form = await request.form(max_fields=10, max_part_size=16 * 1024)
        lang = self.lang(request)
        nxt = self._next(form.get("next"))
        if not self.csrf_ok(request, form):
            return self.message(request, tr(lang, "csrf_failed"), 403)
        client = request.client.host if request.client else "?"
        result = await run_in_threadpool(self._sign_in, str(form.get("email", "")), str(form.get("password", "")), client)
        if not result.ok:
            key = N_("login_throttled") if result.throttled else N_("login_failed")
            return self.page(request, "login.html", status_code=429 if result.throttled else 401, next=nxt,
                             error=tr(lang, key), user=None)
        kept_lang = request.session.get("lang")
        request.session.clear()  # a new session on sign-in: no fixation of an old one
        request.session.update({"user": result.email, "csrf": secrets.token_urlsafe(32)})
        if kept_lang:
            request.session["lang"] = kept_lang
        return RedirectResponse(nxt, status_code=303)

    def _sign_in(self, email: str, password: str, client: str) -> SignIn:
        with transaction(self.factory) as s:
            return sign_in(s, email, password, client)

    async def logout(self, request: Request) -> Response:
        form = await request.form(max_fields=5)
        if not self.csrf_ok(request, form):
            return self.message(request, tr(self.lang(request), "csrf_failed"), 403)
        kept_lang = request.session.get("lang")
        request.session.clear()
        if kept_lang:
            request.session["lang"] = kept_lang
        return RedirectResponse("/login", status_code=303)

    def set_lang(self, request: Request) -> Response:
        lang = request.path_params["lang"]
        if lang in ("de", "en"):
            request.session["lang"] = lang
        return RedirectResponse(self._next(request.query_params.get("next")), status_code=303)

    # --- unsubscribe (RFC 8058) --------------------------------------------------------------
    def unsubscribe_form(self, request: Request) -> Response:
        lang = self.lang(request)
        with self.factory() as s:
            sub = subscription_for(s, request.path_params["token"])
            email = sub.email if sub is not None else None
        if email is None:
            return self.message(request, tr(lang, "unsubscribe_invalid"), 404)
        return self.page(request, "unsubscribe.html", email=email, token=request.path_params["token"])

    async def unsubscribe(self, request: Request) -> Response:
        # The signed token is the authority here (mail clients post List-Unsubscribe=One-Click
        # without any session), so no CSRF token and no sign-in.
        token = request.path_params["token"]

        def remove() -> str | None:
            with transaction(self.factory) as s:
                sub = subscription_for(s, token)
                if sub is None:
                    return None
                email = sub.email
                s.delete(sub)
                return email

        email = await run_in_threadpool(remove)
        lang = self.lang(request)
        if email is None:
            return self.message(request, tr(lang, "unsubscribe_invalid"), 404)
        return self.message(request, tr(lang, "unsubscribe_done", email=email), 200)

    # --- JSON API ----------------------------------------------------------------------------
    def api_centres(self, request: Request) -> Response:
        if (denied := self.guard(request, api=True)) is not None:
            return denied
        try:
            as_of, _ = self.as_of(request)
        except QueryError as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        with self.factory() as s:
            return JSONResponse(directory(s, as_of, self.settings.stale_after_days))

    def api_centre(self, request: Request) -> Response:
        if (denied := self.guard(request, api=True)) is not None:
            return denied
        try:
            as_of, _ = self.as_of(request)
            with self.factory() as s:
                data = centre_history(s, request.path_params["slug"], self.lang(request), as_of,
                                      self.settings.stale_after_days, limit=TIMELINE_SIZE)
        except QueryError as exc:
            return JSONResponse({"error": str(exc)}, status_code=404 if "unknown centre" in str(exc) else 400)
        return JSONResponse(data)

    def api_changes(self, request: Request) -> Response:
        if (denied := self.guard(request, api=True)) is not None:
            return denied
        try:
            query = self._change_query(request)
            limit = int_param(request, "limit", 200, 1, 1000)
            offset = int_param(request, "offset", 0, 0, MAX_PAGE * PAGE_SIZE)
        except (QueryError, ValueError) as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        with self.factory() as s:
            return JSONResponse(list_changes(s, query, self.lang(request), limit=limit, offset=offset))

    def api_change(self, request: Request) -> Response:
        if (denied := self.guard(request, api=True)) is not None:
            return denied
        with self.factory() as s:
            row = s.execute(select(Change, Centre.slug, Centre.name).join(Centre)
                            .where(Change.id == request.path_params["id"])).first()
            if row is None:
                return JSONResponse({"error": "no such change"}, status_code=404)
            review = s.scalars(select(ChangeReview).where(ChangeReview.change_id == row[0].id)).first()
            return JSONResponse(change_json(row[0], row[1], row[2], review, self.lang(request)))


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
