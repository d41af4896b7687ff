"""What a response body is and how to turn it into text, whatever its headers claim.

Servers of municipal sites often send a wrong Content-Type (PDFs as text/html, HTML as
application/octet-stream) or a wrong charset; we trust the bytes first (RELIABILITY A12, B3).
"""

from __future__ import annotations

import codecs
import re

PDF = "application/pdf"
HTML = "text/html"

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: same first two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HTML_MARKERS = (
    b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title", b"<div", b"<p>", b"<p ",
    b"<table", b"<h1", b"<h2", b"<br", b"<a ", b"<ul", b"<span", b"<section", b"<main", b"<article",
)
_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE
)
_XML_ENCODING_RE = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.-]+)""", re.IGNORECASE)

# Browsers decode every Latin-1 label as windows-1252 (WHATWG Encoding); doing the same makes a
# page served once as ISO-8859-1 and once as windows-1252 decode identically.
_ALIASES = {
    "iso-8859-1": "windows-1252", "iso8859-1": "windows-1252", "latin-1": "windows-1252",
    "latin1": "windows-1252", "l1": "windows-1252", "us-ascii": "windows-1252", "ascii": "windows-1252",
    "iso_8859-1": "windows-1252", "cp1252": "windows-1252", "x-cp1252": "windows-1252",
    "cp819": "windows-1252", "ibm819": "windows-1252", "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8",
}
_SINGLE_BYTE_LATIN = {"windows-1252", "iso-8859-15", "windows-1250", "iso-8859-2"}


def sniff_type(body: bytes, declared: str | None) -> str | None:
    """Media type from magic bytes: "application/pdf", "text/html" or None (unsupported).

    The declared type only decides for markup-less text that the server calls HTML/plain text.
    """
    if not body:
        return None
    head = body[:2048]
    if b"%PDF-" in head[:1024]:
        return PDF
    text_head = _head_as_ascii(head).lstrip().lower()
    if text_head.startswith(b"<?xml") and b"<html" in text_head:
        return HTML
    if any(marker in text_head for marker in _HTML_MARKERS):
        return HTML
    media = (declared or "").split(";")[0].strip().lower()
    if media in ("text/html", "application/xhtml+xml", "text/plain") and _looks_textual(head):
        return HTML
    return None


def _head_as_ascii(head: bytes) -> bytes:
    """UTF-16/32 bodies hide their markers behind NULs; bring them back to one byte per char."""
    for bom, encoding in _BOMS:
        if head.startswith(bom) and encoding != "utf-8":
            return head[len(bom):].decode(encoding, "ignore").encode("ascii", "ignore")
    return head.lstrip(codecs.BOM_UTF8)


def _looks_textual(head: bytes) -> bool:
    if not head:
        return False
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control / len(head) < 0.05


def _normalise_label(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _ALIASES.get(name, name)


def _decode_strict(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


_HIGH_BYTES = bytes(range(0x80, 0x100))


def _mostly_utf8(body: bytes) -> str | None:
    """The body as UTF-8 with bad bytes replaced, if it is UTF-8 with a few broken bytes.

    A text in a Latin charset has (almost) no valid multi-byte UTF-8 sequence: every umlaut is
    a lone high byte. A UTF-8 page with a few corrupted bytes has many more valid sequences
    than bad bytes; decoding it as windows-1252 would turn every umlaut into mojibake and
    every fact containing one into a false change (RELIABILITY B3). The bad bytes are dropped
    rather than shown as U+FFFD: they are transport or CMS noise, and a marker inside a name
    or street would itself make the fact differ from the last clean run.

    Counted without a scan in Python: decoding with "ignore" drops exactly the bytes that are
    no part of a valid sequence (an ASCII byte never is: a broken sequence ends before it), so
    re-encoding the text gives the valid bytes, and its characters beyond the body's ASCII
    bytes are the valid multi-byte sequences.
    """
    try:
        return body.decode("utf-8")  # valid UTF-8, by far the common case: no scan for bad bytes
    except UnicodeDecodeError:
        pass
    text = body.decode("utf-8", "ignore")
    invalid = len(body) - len(text.encode("utf-8"))
    ascii_bytes = len(body.translate(None, _HIGH_BYTES))
    if len(text) - ascii_bytes <= invalid:  # no more valid multi-byte sequences than bad bytes
        return None
    return text


def decode_html(body: bytes, declared_charset: str | None) -> str:
    """Decode an HTML body; never raises. Undecodable bytes are dropped or become U+FFFD.

    Order: BOM, declared charset (if the bytes really decode with it), <meta charset> / XML
    declaration, UTF-8, windows-1252. A declared Latin charset loses against bytes that are
    (mostly) valid multi-byte UTF-8, since that combination is almost never accidental (wrong
    headers are common on municipal CMSs); a few broken bytes in a UTF-8 page are replaced
    instead of flipping the whole page to windows-1252.
    """
    for bom, bom_encoding in _BOMS:
        if body.startswith(bom):
            return body[len(bom):].decode(bom_encoding, "replace")

    ascii_only = body.isascii()
    utf8 = body.decode("ascii") if ascii_only else _mostly_utf8(body)
    is_multibyte_utf8 = utf8 is not None and not ascii_only

    candidates: list[str | None] = [_normalise_label(declared_charset)]
    head = body[:4096]
    for regex in (_META_CHARSET_RE, _XML_ENCODING_RE):
        m = regex.search(head)
        if m:
            candidates.append(_normalise_label(m.group(1).decode("ascii", "ignore")))

    for encoding in candidates:
        if not encoding or encoding in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
            # A UTF-16 label on a body without BOM that parsed as ASCII markup is a lie.
            continue
        if encoding in _SINGLE_BYTE_LATIN and is_multibyte_utf8:
            return utf8  # type: ignore[return-value]
        text = _decode_strict(body, encoding)
        if text is not None:
            return text
    if utf8 is not None:
        return utf8
    return body.decode("windows-1252", "replace")
