"""The JSON API: the directory, one centre, changes and one change."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from kiwatch.directory import QueryError, centre_history, change_json, directory, list_changes
from kiwatch.storage.accounts import review_of
from kiwatch.storage.history import change_with_centre
from kiwatch.web.base import MAX_PAGE, PAGE_SIZE, TIMELINE_SIZE, DashboardBase, int_param


class ApiViews(DashboardBase):
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
            row = change_with_centre(s, request.path_params["id"])
            if row is None:
                return JSONResponse({"error": "no such change"}, status_code=404)
            review = review_of(s, row[0].id)
            return JSONResponse(change_json(row[0], row[1], row[2], review, self.lang(request)))
