"""A small HTTP server for tests, the demo and the benchmark: static files plus fault routes.

    with DevServer(root) as srv:
        srv.url("/ki/index.html")       # http://127.0.0.1:<port>/ki/index.html
        srv.set_root(other_root)        # same port, other site state (demo: 2018 → 2023)
        srv.robots = (200, "User-agent: *\\nDisallow: /")
        srv.requests                    # [LoggedRequest(method, path, headers, at), ...]

Static files get a Content-Type by extension, an ETag (hash of the content) and a
Last-Modified, and honour If-None-Match / If-Modified-Since with 304, so conditional crawling
can be tested against it.

Fault routes (all under /_fault/, listed in devserver/faults.py) simulate what real sites do
wrong: status codes, flaky pages, stalls, truncated and dropped bodies, redirect loops, huge
bodies, gzip bombs, wrong content types and charsets.

`srv.answers["/ki/index.html"] = (504, b"")` answers that path with that status and body
instead of its file (a page that fails for a while), until the entry is removed; a third
item, a dict, adds headers (its "Content-Type" replaces the default UTF-8 HTML one).
`srv.faulty["/ki/kontakt.html"] = "wait?s=6"` answers that path as a fault route (any of
faults.py, with its query) — a page of a site that turns slow or breaks off, at its own URL.
`srv.lying_validators = True` makes static files answer like a broken CMS: one ETag for every
version and 304 to any conditional request, even after the file changed.

Dependency-free (stdlib only) so the benchmark and the demo can use it anywhere.

Modules: ``base`` (server, request log, reply), ``static`` (files with validators),
``faults`` (the fault routes); this module wires them into the server.
"""

from __future__ import annotations

import gzip
import os
import ssl
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from kiwatch.devserver.base import LoggedRequest, Server
from kiwatch.devserver.faults import FAULT_PREFIX, FLAKY_OK_BODY, FaultRoutes
from kiwatch.devserver.static import StaticFiles, content_type_for, etag_for

__all__ = ["FAULT_PREFIX", "FLAKY_OK_BODY", "DevServer", "LoggedRequest", "content_type_for", "etag_for", "main"]


class _Handler(FaultRoutes, StaticFiles):
    def do_HEAD(self) -> None:
        self._dispatch(send_body=False)

    def do_GET(self) -> None:
        self._dispatch(send_body=True)

    # -- plumbing -----------------------------------------------------------------------------

    def _dispatch(self, send_body: bool) -> None:
        owner = self.server.owner
        owner._log(LoggedRequest(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic()))
        self._send_body = send_body
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        try:
            if path in owner.faulty:
                route, _, fault_query = owner.faulty[path].partition("?")
                self._fault(route, {k: v[-1] for k, v in parse_qs(fault_query).items()})
            elif path in owner.answers:
                status, body, *extra = owner.answers[path]
                headers = dict(extra[0]) if extra else {}
                self._reply(status, body, headers.pop("Content-Type", "text/html; charset=utf-8"), headers)
            elif path == "/robots.txt" and owner.robots is not None:
                self._robots()
            elif path.startswith(FAULT_PREFIX):
                self._fault(path[len(FAULT_PREFIX):], query)
            else:
                self._static(path)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (timeout, size cap): expected in tests

    def _robots(self) -> None:
        owner = self.server.owner
        if owner.robots_delay:
            time.sleep(owner.robots_delay)
        assert owner.robots is not None  # only routed here when set
        status, text = owner.robots
        self._reply(status, text.encode(), "text/plain; charset=utf-8")


class DevServer:
    """Threaded HTTP server on 127.0.0.1, port 0 (a free port), serving `root` plus faults."""

    def __init__(self, root: str | os.PathLike[str] | None = None, host: str = "127.0.0.1",
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self.host = host
        self.ssl_context = ssl_context  # serve HTTPS (e.g. a self-signed certificate for TLS tests)
        self.root: Path | None = None
        self.set_root(root)
        self.robots: tuple[int, str] | None = None  # None: /robots.txt served from root (or 404)
        self.robots_delay: float = 0.0  # seconds before /robots.txt answers (robots timeout tests)
        self.validators = True  # False: static files without ETag/Last-Modified, never 304
        self.lying_validators = False  # static files: a fixed ETag and 304 even after a change
        self.answers: dict[str, tuple[Any, ...]] = {}  # path → (status, body[, headers]) instead of the file
        self.faulty: dict[str, str] = {}  # path → fault route ("wait?s=6") answering it instead of the file
        self.requests: list[LoggedRequest] = []
        self._lock = threading.Lock()
        self._counters: dict[str, int] = {}
        self._bombs: dict[int, bytes] = {}
        self._httpd: Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ------------------------------------------------------------------------------

    def start(self) -> DevServer:
        self._httpd = Server((self.host, 0), _Handler)
        self._httpd.owner = self
        if self.ssl_context is not None:
            self._httpd.socket = self.ssl_context.wrap_socket(self._httpd.socket, server_side=True)
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name=f"devserver-{self.port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> DevServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- what tests use -------------------------------------------------------------------------

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    @property
    def scheme(self) -> str:
        return "https" if self.ssl_context is not None else "http"

    @property
    def base_url(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"

    def url(self, path: str = "/", host: str | None = None) -> str:
        """Absolute URL of `path`; `host="localhost"` gives a second host name for the same server."""
        return f"{self.scheme}://{host or self.host}:{self.port}/{quote(path.lstrip('/'), safe='/?=&%:;,+-._~')}"

    def set_root(self, root: str | os.PathLike[str] | None) -> None:
        self.root = Path(root).resolve() if root is not None else None

    def requested_paths(self) -> list[str]:
        with self._lock:
            return [r.path for r in self.requests]

    def clear_log(self) -> None:
        with self._lock:
            self.requests.clear()
            self._counters.clear()

    # -- internals used by the handler ------------------------------------------------------------

    def _log(self, entry: LoggedRequest) -> None:
        with self._lock:
            self.requests.append(entry)

    def _count(self, key: str) -> int:
        with self._lock:
            self._counters[key] = self._counters.get(key, 0) + 1
            return self._counters[key]

    def _bomb(self, mb: int) -> bytes:
        with self._lock:
            if mb not in self._bombs:
                self._bombs[mb] = gzip.compress(b"\0" * (mb * 1024 * 1024), compresslevel=9)
            return self._bombs[mb]


def main(argv: list[str] | None = None) -> None:
    """`python -m kiwatch.devserver DIR`: serve DIR until Ctrl-C (manual checks, the benchmark)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m kiwatch.devserver", description=__doc__.splitlines()[0])
    parser.add_argument("root")
    args = parser.parse_args(argv)
    with DevServer(args.root) as srv:
        print(f"serving {args.root} at {srv.base_url}/ (fault routes under {FAULT_PREFIX})", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass

