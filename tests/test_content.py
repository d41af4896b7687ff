"""Type sniffing and decoding: trust the bytes, never crash, same text whatever the charset."""

import codecs

import pytest

from kiwatch.pipelines.content import decode_html, sniff_type

TEXT = "<html><head><title>KI</title></head><body><p>Übergang Schule – Beruf, Reeser Landstraße 31, „Zitat“ §7</p></body></html>"


@pytest.mark.parametrize(
    "body, declared, expected",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "text/html", "application/pdf"),  # PDF served as HTML (A12)
        (b"\n\n%PDF-1.4 junk", None, "application/pdf"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "application/octet-stream", "text/html"),
        (b"\xef\xbb\xbf<html><body>x</body></html>", None, "text/html"),
        (codecs.BOM_UTF16_LE + "<html><body>x</body></html>".encode("utf-16-le"), None, "text/html"),
        (b"  <div class='x'>fragment</div>", None, "text/html"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "text/html", None),
        (b"PK\x03\x04\x14\x00\x06\x00", "application/octet-stream", None),
        (b"Nur Text ohne Markup", "text/plain; charset=utf-8", "text/html"),
        (b"", "text/html", None),
    ],
)
def test_sniff_type(body, declared, expected):
    assert sniff_type(body, declared) == expected


def test_latin1_and_utf8_versions_decode_identically():
    latin = TEXT.replace("–", "-").replace("„", '"').replace("“", '"')
    as_latin1 = latin.encode("iso-8859-1")
    as_utf8 = latin.encode("utf-8")
    assert decode_html(as_latin1, "ISO-8859-1") == decode_html(as_utf8, "utf-8") == latin


def test_windows_1252_quotes_under_iso_label():
    # servers label windows-1252 pages "ISO-8859-1": „“ and – must survive (WHATWG behaviour)
    assert decode_html(TEXT.encode("windows-1252"), "iso-8859-1") == TEXT


def test_wrong_latin1_header_on_utf8_body():
    assert decode_html(TEXT.encode("utf-8"), "ISO-8859-1") == TEXT


def test_meta_charset_used_without_header():
    html = '<html><head><meta charset="iso-8859-1"></head><body>Straße</body></html>'
    assert "Straße" in decode_html(html.encode("iso-8859-1"), None)
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>„x“</body></html>'
    assert "„x“" in decode_html(html.encode("windows-1252"), None)


def test_bom_beats_header():
    assert decode_html(codecs.BOM_UTF8 + TEXT.encode("utf-8"), "iso-8859-1") == TEXT
    assert decode_html(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-8") == TEXT


def test_unknown_or_lying_charset_falls_back():
    assert decode_html(TEXT.encode("utf-8"), "x-no-such-charset") == TEXT
    assert decode_html(TEXT.encode("utf-8"), "utf-16") == TEXT


def test_broken_utf8_is_replaced_not_raised():
    body = "Straße ".encode("utf-8") + b"\xff\xfe\x81 Ende" + "Übergang".encode("utf-8")
    text = decode_html(body, "utf-8")
    assert text.startswith("Stra") and "Ende" in text  # decoded, whatever the fallback chose
    assert decode_html(b"\x81\x8d\x8f\x90\x9d", None)  # bytes undefined in windows-1252


def test_empty_body():
    assert decode_html(b"", None) == ""


def test_mostly_valid_utf8_stays_utf8_with_the_bad_bytes_dropped():
    """B3: a few corrupt bytes in a UTF-8 page; a Latin-1 page stays Latin-1."""
    body = TEXT.encode("utf-8").replace(b"Reeser", b"\xff\xfeReeser")
    for declared in ("utf-8", None, "iso-8859-1"):
        assert decode_html(body, declared) == TEXT
    latin = "<p>Straße, Übergang, Größe</p>"
    assert decode_html(latin.encode("iso-8859-1"), None) == latin
    assert decode_html(latin.encode("iso-8859-1"), "utf-8") == latin
