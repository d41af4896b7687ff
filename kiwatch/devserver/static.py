"""Static files of the server's root: Content-Type by extension (an HTML page's charset from
its own <meta>), an ETag and Last-Modified, and 304 to a conditional request that still holds.
A broken CMS is one switch away (`lying_validators`, `validators`)."""

from __future__ import annotations

import email.utils
import hashlib
import mimetypes
import re
from pathlib import Path

from kiwatch.devserver.base import RequestBase, html_page

_TEXT_TYPES = {".txt": "text/plain; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
               ".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg", ".svg": "image/svg+xml"}
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



class StaticFiles(RequestBase):
    def _static(self, path: str) -> None:
        target = self._resolve(path)
        if target is None:
            self._reply(404, html_page("Nicht gefunden", "Die Seite wurde nicht gefunden."))
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
