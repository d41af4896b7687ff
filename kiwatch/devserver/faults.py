"""The fault routes: what real sites do wrong, on demand.

Fault routes (all under /_fault/) simulate what real sites do wrong:

    /_fault/status/<code>[?retry_after=N]    that status with a small HTML body
    /_fault/flaky/<key>?fail=N[&code=500]     `code` the first N times per key, then 200
    /_fault/wait?s=N                          accept, say nothing for N s, then answer 200
    /_fault/hang-after-headers[?s=N]          headers and a first chunk, then stall N s
    /_fault/trickle[?s=N]                     a whole page, one byte every 0.2 s (N s in all): never
                                              idle long, yet slower than any download timeout
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
"""

from __future__ import annotations

import socket
import struct
import time

from kiwatch.devserver.base import RequestBase, html_page

FAULT_PREFIX = "/_fault/"
FLAKY_OK_BODY = b"<!doctype html><html><head><title>Wieder da</title></head><body><p>Kontakt: Wieder erreichbar.</p></body></html>"


class FaultRoutes(RequestBase):
    def _fault(self, route: str, q: dict[str, str]) -> None:
        name, _, arg = route.partition("/")
        handler = getattr(self, "_fault_" + name.replace("-", "_"), None)
        if handler is None:
            self._reply(404, html_page("Unknown fault", route))
            return
        handler(arg, q)

    def _fault_status(self, arg: str, q: dict[str, str]) -> None:
        headers = {"Retry-After": q["retry_after"]} if "retry_after" in q else {}
        self._reply(int(arg or 500), html_page(f"Status {arg}", "fault route"), headers=headers)

    def _fault_flaky(self, key: str, q: dict[str, str]) -> None:
        seen = self.server.owner._count(key)
        if seen <= int(q.get("fail", "1")):
            self._reply(int(q.get("code", "500")), html_page("Fehler", f"attempt {seen}"))
        else:
            self._reply(200, FLAKY_OK_BODY)

    def _fault_wait(self, arg: str, q: dict[str, str]) -> None:
        time.sleep(float(q.get("s", "5")))
        self._reply(200, html_page("Endlich", "late answer"))

    def _fault_hang_after_headers(self, arg: str, q: dict[str, str]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        self.wfile.write(b"<html><body><p>Anfang")
        self.wfile.flush()
        time.sleep(float(q.get("s", "30")))
        self.close_connection = True

    def _fault_trickle(self, arg: str, q: dict[str, str]) -> None:
        seconds = float(q.get("s", "30"))
        body = html_page("Kontakt", "Telefon 0203 283 69 12 " * 40)[: int(seconds / 0.2)]
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        for i in range(len(body)):
            self.wfile.write(body[i:i + 1])
            self.wfile.flush()
            time.sleep(0.2)
        self.close_connection = True

    def _fault_partial(self, arg: str, q: dict[str, str]) -> None:
        body = html_page("Kontakt", "Telefon 0203 283 69 12 " * 20)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body) * 4))
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()
        self.close_connection = True

    def _fault_close_delimited(self, arg: str, q: dict[str, str]) -> None:
        body = html_page("Kontakt", "Telefon 0203 283 69 12")
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
        self._reply(code, html_page("Umgezogen", location), headers={"Location": location})

    def _fault_redirect_loop(self, arg: str, q: dict[str, str]) -> None:
        self._redirect(f"/_fault/redirect-loop?side={'b' if q.get('side', 'a') == 'a' else 'a'}")

    def _fault_redirect_chain(self, arg: str, q: dict[str, str]) -> None:
        n = int(q.get("n", "3"))
        if n <= 0:
            self._reply(200, html_page("Ziel", "end of the redirect chain"))
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
            self._reply(404, html_page("Nicht gefunden", q.get("file", "")))
            return
        self._reply(200, target.read_bytes(), q.get("type", "application/octet-stream"))

    def _fault_latin1(self, arg: str, q: dict[str, str]) -> None:
        body = html_page("Kontakt", "Sonnenwall 73-75, Straße, Köln, Düsseldorf").decode().encode("iso-8859-1")
        self._reply(200, body, f"text/html; charset={q.get('declared', 'utf-8')}")

    def _fault_utf8_as_latin1(self, arg: str, q: dict[str, str]) -> None:
        self._reply(200, html_page("Kontakt", "Sonnenwall 73-75, Straße, Köln, Düsseldorf"), "text/html; charset=iso-8859-1")
