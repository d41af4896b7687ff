"""A small HTTP server for tests, the demo and the benchmark: static files plus fault routes.

    with DevServer(root) as srv:
        srv.url("/ki/index.html")       # http://127.0.0.1:<port>/ki/index.html
        srv.set_root(other_root)        # same port, other site state (demo: 2018 → 2023)
        srv.robots = (200, "User-agent: *\\nDisallow: /")
        srv.requests                    # [LoggedRequest(method, path, headers, at), ...]

Static files get a Content-Type by extension, an ETag (hash of the content) and a
Last-Modified, and honour If-None-Match / If-Modified-Since with 304, so conditional crawling
can be tested against it.

Fault routes (all under /_fault/) simulate what real sites do wrong:

    /_fault/status/<code>[?retry_after=N]    that status with a small HTML body
    /_fault/flaky/<key>?fail=N[&code=500]     `code` the first N times per key, then 200
    /_fault/wait?s=N                          accept, say nothing for N s, then answer 200
    /_fault/hang-after-headers[?s=N]          headers and a first chunk, then stall N s
    /_fault/partial                           Content-Length larger than the body, then close
    /_fault/close-delimited?complete=0|1      no Content-Length, body ends at close (HTTP/1.0 style)
    /_fault/drop                              RST in the middle of the body
    /_fault/redirect-loop                     302 ping-pong between two URLs
    /_fault/redirect-chain?n=N                N redirects, then a 200 page
    /_fault/redirect?to=URL[&code=302]        one redirect to URL
    /_fault/huge?mb=N[&declare=0]             N MiB of HTML; declare=0 omits Content-Length
    /_fault/gzip-bomb[?mb=N]                  small gzip body, N MiB (default 64) decompressed
    /_fault/as-type?type=T&file=PATH          a file of the root served as Content-Type T
    /_fault/latin1[?declared=utf-8]           ISO-8859-1 bytes declared as `declared`
    /_fault/utf8-as-latin1                    UTF-8 bytes declared as ISO-8859-1

`srv.answers["/ki/index.html"] = (504, b"")` answers that path with that status and body
instead of its file (a page that fails for a while), until the entry is removed.
`srv.lying_validators = True` makes static files answer like a broken CMS: one ETag for every
version and 304 to any conditional request, even after the file changed.

Dependency-free (stdlib only) so the benchmark and the demo can use it anywhere.
"""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import mimetypes
import os
import re
import socket
import ssl
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import NamedTuple
from urllib.parse import parse_qs, quote, unquote, urlsplit

FAULT_PREFIX = "/_fault/"
FLAKY_OK_BODY = b"<!doctype html><html><head><title>Wieder da</title></head><body><p>Kontakt: Wieder erreichbar.</p></body></html>"
_TEXT_TYPES = {".txt": "text/plain; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
               ".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg", ".svg": "image/svg+xml"}


class LoggedRequest(NamedTuple):
    """One request as the server received it; headers with lower-case names."""

    method: str
    path: str  # path and query as sent
    headers: dict[str, str]
    at: float  # time.monotonic() when the request line was read


_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


def content_type_for(path: Path, body: bytes = b"") -> str:
    """The Content-Type a typical server sends; an HTML page's charset is the one its own
    <meta> declares (as servers configured per page do), else UTF-8."""
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        match = _META_CHARSET.search(body[:2048])
        return f"text/html; charset={match.group(1).decode().lower() if match else 'utf-8'}"
    if suffix in _TEXT_TYPES:
        return _TEXT_TYPES[suffix]
    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def etag_for(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:20] + '"'


def _html(title: str, text: str) -> bytes:
    return f"<!doctype html><html><head><title>{title}</title></head><body><h1>{title}</h1><p>{text}</p></body></html>".encode()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # stalled fault handlers must not delay shutdown
    owner: "DevServer"


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"  # Scrapy keeps connections alive; faults close explicitly

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass  # the request log is `DevServer.requests`; stderr noise would hide test output

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
            if path in owner.answers:
                status, body, *extra = owner.answers[path]
                self._reply(status, body, headers=extra[0] if extra else None)
            elif path == "/robots.txt" and owner.robots is not None:
                self._robots()
            elif path.startswith(FAULT_PREFIX):
                self._fault(path[len(FAULT_PREFIX):], query)
            else:
                self._static(path)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (timeout, size cap): expected in tests

    def _reply(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
               headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self._send_body and status != 304:
            self.wfile.write(body)

    def _robots(self) -> None:
        owner = self.server.owner
        if owner.robots_delay:
            time.sleep(owner.robots_delay)
        assert owner.robots is not None  # only routed here when set
        status, text = owner.robots
        self._reply(status, text.encode(), "text/plain; charset=utf-8")

    # -- static files ---------------------------------------------------------------------------

    def _resolve(self, path: str) -> Path | None:
        root = self.server.owner.root
        if root is None:
            return None
        target = (root / path.lstrip("/")).resolve()
        if target != root and root not in target.parents:
            return None  # path traversal: ../../etc/passwd
        if target.is_dir():
            target = target / "index.html"
        return target if target.is_file() else None

    def _static(self, path: str) -> None:
        target = self._resolve(path)
        if target is None:
            self._reply(404, _html("Nicht gefunden", "Die Seite wurde nicht gefunden."))
            return
        body = target.read_bytes()
        if not self.server.owner.validators:  # like the many CMSs that send neither header
            self._reply(200, body, content_type_for(target, body))
            return
        etag = etag_for(body)
        mtime = int(target.stat().st_mtime)
        lying = self.server.owner.lying_validators
        if lying:  # a broken CMS: one validator for every version, 304 to any conditional request
            etag, mtime = '"v1"', 946684800
        validators = {"ETag": etag, "Last-Modified": email.utils.formatdate(mtime, usegmt=True)}
        conditional = "If-None-Match" in self.headers or "If-Modified-Since" in self.headers
        if (lying and conditional) or self._not_modified(etag, mtime):
            self.send_response(304)
            for name, value in validators.items():
                self.send_header(name, value)
            self.end_headers()
            return
        self._reply(200, body, content_type_for(target, body), validators)

    def _not_modified(self, etag: str, mtime: int) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:  # RFC 9110: If-None-Match wins over If-Modified-Since
            return etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
        ims = self.headers.get("If-Modified-Since")
        if ims:
            try:
                since = email.utils.parsedate_to_datetime(ims).timestamp()
            except (TypeError, ValueError):
                return False
            return mtime <= since
        return False

    # -- faults ---------------------------------------------------------------------------------

    def _fault(self, route: str, q: dict[str, str]) -> None:
        name, _, arg = route.partition("/")
        handler = getattr(self, "_fault_" + name.replace("-", "_"), None)
        if handler is None:
            self._reply(404, _html("Unknown fault", route))
            return
        handler(arg, q)

    def _fault_status(self, arg: str, q: dict[str, str]) -> None:
        headers = {"Retry-After": q["retry_after"]} if "retry_after" in q else {}
        self._reply(int(arg or 500), _html(f"Status {arg}", "fault route"), headers=headers)

    def _fault_flaky(self, key: str, q: dict[str, str]) -> None:
        seen = self.server.owner._count(key)
        if seen <= int(q.get("fail", "1")):
            self._reply(int(q.get("code", "500")), _html("Fehler", f"attempt {seen}"))
        else:
            self._reply(200, FLAKY_OK_BODY)

    def _fault_wait(self, arg: str, q: dict[str, str]) -> None:
        time.sleep(float(q.get("s", "5")))
        self._reply(200, _html("Endlich", "late answer"))

    def _fault_hang_after_headers(self, arg: str, q: dict[str, str]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        self.wfile.write(b"<html><body><p>Anfang")
        self.wfile.flush()
        time.sleep(float(q.get("s", "30")))
        self.close_connection = True

    def _fault_partial(self, arg: str, q: dict[str, str]) -> None:
        body = _html("Kontakt", "Telefon 0203 283 69 12 " * 20)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body) * 4))
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()
        self.close_connection = True

    def _fault_close_delimited(self, arg: str, q: dict[str, str]) -> None:
        body = _html("Kontakt", "Telefon 0203 283 69 12")
        if q.get("complete", "1") == "0":
            body = body[: len(body) // 2]
        # HTTP/1.0 style: no length, the body ends when the connection closes
        self.wfile.write(b"HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n\r\n" + body)
        self.wfile.flush()
        self.close_connection = True

    def _fault_drop(self, arg: str, q: dict[str, str]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        self.wfile.write(b"<html><body>" + b"x" * 2000)
        self.wfile.flush()
        # linger 0: close() sends RST instead of FIN
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True

    def _redirect(self, location: str, code: int = 302) -> None:
        self._reply(code, _html("Umgezogen", location), headers={"Location": location})

    def _fault_redirect_loop(self, arg: str, q: dict[str, str]) -> None:
        self._redirect(f"/_fault/redirect-loop?side={'b' if q.get('side', 'a') == 'a' else 'a'}")

    def _fault_redirect_chain(self, arg: str, q: dict[str, str]) -> None:
        n = int(q.get("n", "3"))
        if n <= 0:
            self._reply(200, _html("Ziel", "end of the redirect chain"))
        else:
            self._redirect(f"/_fault/redirect-chain?n={n - 1}")

    def _fault_redirect(self, arg: str, q: dict[str, str]) -> None:
        self._redirect(q.get("to", "/"), int(q.get("code", "302")))

    def _fault_huge(self, arg: str, q: dict[str, str]) -> None:
        size = int(float(q.get("mb", "20")) * 1024 * 1024)
        chunk = b"<p>" + b"Integration " * 5000 + b"</p>\n"
        declare = q.get("declare", "1") != "0"
        if declare:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(size))
            self.end_headers()
        else:
            self.wfile.write(b"HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n\r\n")
        sent = 0
        while sent < size:
            piece = chunk[: size - sent]
            self.wfile.write(piece)
            sent += len(piece)
        self.close_connection = True

    def _fault_gzip_bomb(self, arg: str, q: dict[str, str]) -> None:
        body = self.server.owner._bomb(int(q.get("mb", "64")))
        self._reply(200, body, headers={"Content-Encoding": "gzip"})

    def _fault_as_type(self, arg: str, q: dict[str, str]) -> None:
        target = self._resolve(q.get("file", ""))
        if target is None:
            self._reply(404, _html("Nicht gefunden", q.get("file", "")))
            return
        self._reply(200, target.read_bytes(), q.get("type", "application/octet-stream"))

    def _fault_latin1(self, arg: str, q: dict[str, str]) -> None:
        body = _html("Kontakt", "Sonnenwall 73-75, Straße, Köln, Düsseldorf").decode().encode("iso-8859-1")
        self._reply(200, body, f"text/html; charset={q.get('declared', 'utf-8')}")

    def _fault_utf8_as_latin1(self, arg: str, q: dict[str, str]) -> None:
        self._reply(200, _html("Kontakt", "Sonnenwall 73-75, Straße, Köln, Düsseldorf"), "text/html; charset=iso-8859-1")


class DevServer:
    """Threaded HTTP server on 127.0.0.1, port 0 (a free port), serving `root` plus faults."""

    def __init__(self, root: str | os.PathLike | None = None, host: str = "127.0.0.1",
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self.host = host
        self.ssl_context = ssl_context  # serve HTTPS (e.g. a self-signed certificate for TLS tests)
        self.root: Path | None = None
        self.set_root(root)
        self.robots: tuple[int, str] | None = None  # None: /robots.txt served from root (or 404)
        self.robots_delay: float = 0.0  # seconds before /robots.txt answers (robots timeout tests)
        self.validators = True  # False: static files without ETag/Last-Modified, never 304
        self.lying_validators = False  # static files: a fixed ETag and 304 even after a change
        self.answers: dict[str, tuple] = {}  # path → (status, body[, headers]) instead of the file
        self.requests: list[LoggedRequest] = []
        self._lock = threading.Lock()
        self._counters: dict[str, int] = {}
        self._bombs: dict[int, bytes] = {}
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ------------------------------------------------------------------------------

    def start(self) -> "DevServer":
        self._httpd = _Server((self.host, 0), _Handler)
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

    def __enter__(self) -> "DevServer":
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

    def set_root(self, root: str | os.PathLike | None) -> None:
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

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root")
    args = parser.parse_args(argv)
    with DevServer(args.root) as srv:
        print(f"serving {args.root} at {srv.base_url}/ (fault routes under {FAULT_PREFIX})", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
