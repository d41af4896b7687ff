"""Serve a corpus version on 127.0.0.1 with kiwatch's DevServer (ETag/304, switchable root).

The corpus has pages in ISO-8859-1 and UTF-8 that say so in their <meta> tag, as real CMS
pages do; the server's Content-Type must then not claim UTF-8 for all of them. DevServer
labels every .html file "charset=utf-8", so the bench serves .html with the charset the page
declares (first 1 KB), falling back to utf-8.
"""

from __future__ import annotations

import re
from pathlib import Path

import kiwatch.devserver as devserver
from kiwatch.devserver import DevServer

_META = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", re.I)
_original_content_type_for = devserver.content_type_for


def _content_type_for(path: Path) -> str:
    if path.suffix.lower() in (".html", ".htm"):
        try:
            with open(path, "rb") as fh:
                head = fh.read(1024)
        except OSError:
            head = b""
        m = _META.search(head)
        return f"text/html; charset={m.group(1).decode().lower() if m else 'utf-8'}"
    return _original_content_type_for(path)


def corpus_server(root: str | Path) -> DevServer:
    devserver.content_type_for = _content_type_for
    return DevServer(root)
