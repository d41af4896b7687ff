"""The change list, one change with its review form, and stored page versions."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from kiwatch.directory import QueryError, change_json, count_changes, list_changes
from kiwatch.i18n import localise, tr
from kiwatch.records import ChangeKind
from kiwatch.storage.accounts import REVIEW_ACTIONS, review_of, save_review
from kiwatch.storage.centres import centres_by_name
from kiwatch.storage.db import transaction
from kiwatch.storage.history import change_with_centre
from kiwatch.storage.snapshots import around_change, reread_origins, snapshot_body, snapshot_with_page
from kiwatch.web.base import MAX_NOTE, MAX_PAGE, PAGE_SIZE, DashboardBase, int_param
from kiwatch.web.diffview import side_by_side


def _version(snapshot_id: int, stored_at: datetime, origin: tuple[int, datetime] | None) -> dict[str, Any]:
    """A stored version as the pages show it: a re-reading (an extractor upgrade read an older
    version's body anew; not a change of the page) is dated by that version and says when it
    was read again."""
    return {"id": snapshot_id, "date": (origin[1] if origin else stored_at).isoformat(),
            "reread": origin is not None, "reread_date": stored_at.isoformat() if origin else "",
            "origin_id": origin[0] if origin else None}


class ChangeViews(DashboardBase):
    # --- changes -----------------------------------------------------------------------------
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
            centres = centres_by_name(s)
        base = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]
        return self.page(request, "changes.html", items=items, total=total, page=page,
                         pages=max(1, -(-total // PAGE_SIZE)), base_query=urlencode(base),
                         params=request.query_params, centres=centres, kinds=[k.value for k in ChangeKind])

    def change(self, request: Request) -> Response:
        if (denied := self.guard(request)) is not None:
            return denied
        lang = self.lang(request)
        with self.factory() as s:
            row = change_with_centre(s, request.path_params["id"])
            if row is None:
                return self.message(request, tr(lang, "not_found"), 404)
            change, slug, name = row
            review = review_of(s, change.id)
            before, after = around_change(s, change)
            texts = [(snap.record or {}).get("main_text", "") if snap is not None else "" for snap in (before, after)]
            item = change_json(change, slug, name, review, lang)
            origins = reread_origins(s, [snap.id for snap in (before, after) if snap is not None])
        view = side_by_side(texts[0], texts[1], self.settings.diff_timeout) if any(texts) else None
        snaps = [None if snap is None else _version(snap.id, snap.fetched_at, origins.get(snap.id))
                 for snap in (before, after)]
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
                return save_review(s, change_id, action, note, user)

        if not await run_in_threadpool(store):
            return self.message(request, tr(self.lang(request), "not_found"), 404)
        return RedirectResponse(f"/changes/{change_id}?saved=1", status_code=303)

    # --- snapshots ---------------------------------------------------------------------------
    def snapshot(self, request: Request) -> Response:
        if (denied := self.guard(request)) is not None:
            return denied
        with self.factory() as s:
            row = snapshot_with_page(s, request.path_params["id"])
            origins = reread_origins(s, [row[0].id]) if row is not None else {}
        if row is None:
            return self.message(request, tr(self.lang(request), "not_found"), 404)
        snap, url, slug, name = row
        return self.page(request, "snapshot.html", snap=snap, url=url, slug=slug, name=name,
                         text=(snap.record or {}).get("main_text", ""),
                         version=_version(snap.id, snap.fetched_at, origins.get(snap.id)))

    def snapshot_raw(self, request: Request) -> Response:
        """The stored body as a download: never rendered on our origin (it is someone else's HTML)."""
        if (denied := self.guard(request)) is not None:
            return denied
        with self.factory() as s:
            found = snapshot_body(s, request.path_params["id"])
        if found is None:
            return PlainTextResponse("not found", status_code=404)
        snap, body = found
        ext = "pdf" if "pdf" in snap.content_type else "html"
        return Response(body, media_type="application/octet-stream",
                        headers={"content-disposition": f'attachment; filename="snapshot-{snap.id}.{ext}"',
                                 "content-security-policy": "sandbox; default-src 'none'"})
