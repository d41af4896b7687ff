"""Serve a corpus version on 127.0.0.1 with kiwatch's DevServer (ETag/304, switchable root).

The corpus has pages in ISO-8859-1 and UTF-8 that say so in their <meta> tag; DevServer sends
the charset each page declares, as servers configured per page do.
"""

from __future__ import annotations

from pathlib import Path

from kiwatch.devserver import DevServer


def corpus_server(root: str | Path) -> DevServer:
    return DevServer(root)
