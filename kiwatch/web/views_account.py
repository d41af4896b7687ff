"""Sign-in, sign-out, the language switch and one-click unsubscribe (RFC 8058)."""

from __future__ import annotations

import secrets

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from kiwatch.i18n import N_, tr
from kiwatch.notify.unsubscribe import subscription_for
from kiwatch.storage.db import transaction
from kiwatch.storage.subscriptions import remove_subscription
from kiwatch.web.accounts import SignIn, sign_in
from kiwatch.web.base import DashboardBase


class AccountViews(DashboardBase):
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
                remove_subscription(s, sub)
                return email

        email = await run_in_threadpool(remove)
        lang = self.lang(request)
        if email is None:
            return self.message(request, tr(lang, "unsubscribe_invalid"), 404)
        return self.message(request, tr(lang, "unsubscribe_done", email=email), 200)
