"""Control characters out of scraped text: the one place that says which characters those are.

Scraped text reaches terminals, e-mail headers, XML and HTML. Control characters in it could
drive a reader's terminal, split a header or make the feed invalid XML, so every output path
cleans it with one of these functions.
"""

from __future__ import annotations

import re

# C0 except tab and newline, DEL, C1, non-characters and lone surrogates (never valid XML)
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff"
_CONTROL_RE = re.compile(f"\r\n?|[{_CONTROLS}]")
# for single-line values: every line break (also U+2028/2029) counts as a control
_LINE_CONTROL_RE = re.compile(f"[\r\n\u2028\u2029{_CONTROLS}]")


def strip_controls(text: str) -> str:
    """The text without control characters; CR and CRLF become a newline, tabs and newlines stay."""
    return _CONTROL_RE.sub(lambda m: "\n" if m.group().startswith("\r") else "", text)


def one_line(text: str) -> str:
    """The text as one line: line breaks and control characters become spaces, runs collapse."""
    return " ".join(_LINE_CONTROL_RE.sub(" ", text).split())


def has_controls(text: str) -> bool:
    """Whether the text holds a line break or control character (a URL or header must not)."""
    return _LINE_CONTROL_RE.search(text) is not None
