"""The identity of the extractor's code: what a remembered extraction (pages.body_key,
pages.reading_key) must have been made with to be used again.

The version number alone is not enough: an installation from git runs new extraction rules
under the same version, and a page that reads as before would keep the old rules' record for
ever. So the key also covers the source of every module a record depends on (the pipelines,
the typed records, core), hashed once per process (a few milliseconds).
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import kiwatch

_PACKAGE = Path(kiwatch.__file__).resolve().parent
_SOURCES = ("pipelines", "core", "records.py")


@functools.cache
def extractor_fingerprint() -> str:
    h = hashlib.sha256(kiwatch.__version__.encode())
    for name in _SOURCES:
        base = _PACKAGE / name
        for path in sorted(base.rglob("*.py")) if base.is_dir() else [base]:
            h.update(str(path.relative_to(_PACKAGE)).encode() + b"\0")
            try:
                h.update(path.read_bytes())
            except OSError:  # not installed as files: the version alone
                pass
    return h.hexdigest()
