"""Safe rendering of scraped text: the Jinja2 environment, a link allow-list, header cleaning.

Scraped text is untrusted. It only ever reaches templates as *data* (never as template
source), HTML templates autoescape everything, links are emitted only for http/https URLs,
and header values lose CR, LF, NUL and other control characters.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from kiwatch.core.text import has_controls
from kiwatch.core.text import one_line as single_line

SAFE_SCHEMES = frozenset({"http", "https"})


def safe_url(url: str | None) -> str:
    """The URL if it may become a link (http/https with a host, no control chars), else ""."""
    if not url:
        return ""
    text = url.strip()
    if has_controls(text) or any(ch in text for ch in " <>\"'`"):
        return ""
    try:
        parts = urlsplit(text)
    except ValueError:
        return ""
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.hostname:
        return ""
    return text


def header_value(text: str, limit: int = 200) -> str:
    """A single-line header value: control characters (CR, LF, NUL …) become spaces; capped."""
    clean = single_line(text or "")
    if len(clean) > limit:
        clean = clean[: limit - 1].rstrip() + "…"
    return clean


def one_line(text: str, limit: int = 0) -> str:
    clean = single_line(text or "")
    if limit and len(clean) > limit:
        clean = clean[: limit - 1].rstrip() + "…"
    return clean


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("kiwatch.notify", "templates"),
        # *.html.j2 is escaped, *.txt.j2 (plain-text mail) is not: it is never parsed as markup.
        autoescape=select_autoescape(enabled_extensions=("html.j2", "html", "xml"),
                                     disabled_extensions=("txt.j2",), default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],  # `_("key")`; the caller passes gettext in the language of the mail
    )
    env.filters["safe_url"] = safe_url
    env.filters["one_line"] = one_line
    return env


def render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)
