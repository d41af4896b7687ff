"""The web dashboard (`kiwatch serve`): directory, centre histories, diffs, as-of views,
coverage, status, review loop and JSON API. Server-rendered (Starlette + Jinja2), readable
without JavaScript; htmx is vendored in static/ for progressive enhancement."""
