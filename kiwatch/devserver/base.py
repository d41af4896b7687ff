"""The request handler's base: the server object, the request log entry and the one way to
answer (`_reply`), shared by the static files and the fault routes."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from kiwatch.devserver import DevServer


class LoggedRequest(NamedTuple):
    """One request as the server received it; headers with lower-case names."""

    method: str
    path: str  # path and query as sent
    headers: dict[str, str]
    at: float  # time.monotonic() when the request line was read


class Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # stalled fault handlers must not delay shutdown
    owner: DevServer


def html_page(title: str, text: str) -> bytes:
    return f"<!doctype html><html><head><title>{title}</title></head><body><h1>{title}</h1><p>{text}</p></body></html>".encode()


class RequestBase(BaseHTTPRequestHandler):
    server: Server
    protocol_version = "HTTP/1.1"  # Scrapy keeps connections alive; faults close explicitly
    _send_body = True  # False while answering HEAD

    def log_message(self, format: str, *args: object) -> None:  # `format`: the stdlib signature
        pass  # the request log is `DevServer.requests`; stderr noise would hide test output

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
