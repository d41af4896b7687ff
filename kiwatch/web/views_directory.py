"""The directory, one centre (with the resolution of a held-back collapse), coverage and status pages."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from kiwatch.core.errors import UsageError
from kiwatch.core.vocab import Resolution
from kiwatch.detection.resolve import confirm_collapse, keep_collapse
from kiwatch.directory import COVERAGE_FIELDS, DIRECTORY_COLUMNS, QueryError, centre_history, coverage, directory
from kiwatch.exports import directory_sheet, to_csv
from kiwatch.i18n import localise, tr
from kiwatch.notify.subscriptions import _fold as fold_district
from kiwatch.storage.centres import centre_id
from kiwatch.storage.digests import failed_digests
from kiwatch.storage.models import utcnow
from kiwatch.storage.runs import recent_runs
from kiwatch.storage.store import Store
from kiwatch.web.base import MAX_NOTE, TIMELINE_SIZE, DashboardBase


class DirectoryViews(DashboardBase):
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
                if centre_id(s, slug) is None:
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
            runs = recent_runs(s, 10)
            digests = failed_digests(s, 50)
        health = Store(self.factory, self.settings).health()
        return self.page(request, "status.html", runs=runs, health=health, digests=digests)
