"""Rendering: hostile scraped text stays inert in digest (HTML + text + headers) and feed
(RELIABILITY H1, H2, G7, G8); feed entries have stable ids; subject and diff formatting."""

from __future__ import annotations

import email
import email.policy
import xml.etree.ElementTree as ET
from datetime import timezone
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

import pytest

from kiwatch.cli import main
from kiwatch.notify.digest import build_content, build_message, render_digest, subject, trim_diff
from kiwatch.notify.feed import build_feed, entry_id
from kiwatch.notify.render import header_value, safe_url
from kiwatch.notify.subscriptions import ChangeFilter
from kiwatch.settings import Settings
from kiwatch.storage.db import open_database, session_factory, transaction
from kiwatch.storage.models import Change

from tests.notify_support import centre, change

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "<a href=\"javascript:alert(3)\">klick</a>",
    "{{7*7}} {% raw %}",
    "<svg/onload=alert(4)>",
    "Frau X\r\nBcc: evil@example.org\x00",
]
HOSTILE = " ".join(PAYLOADS)
TZ = ZoneInfo("Europe/Berlin")


class Inspector(HTMLParser):
    """Collects what a mail client or browser would treat as active markup."""

    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.event_attrs: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.event_attrs.append(name)
            if name in ("href", "src"):
                self.hrefs.append(value or "")


def assert_inert(html: str):
    ins = Inspector()
    ins.feed(html)
    assert not {"script", "img", "svg", "iframe", "object"} & set(ins.tags), ins.tags
    assert ins.event_attrs == []
    assert all(h.startswith(("http://", "https://")) for h in ins.hrefs), ins.hrefs


@pytest.fixture
def hostile_db(sqlite_url):
    engine = open_database(sqlite_url)
    factory = session_factory(engine)
    with transaction(factory) as s:
        c = centre(s, "duisburg", "Duisburg")
        c.name = 'KI <b onmouseover="x()">Duisburg</b>'
        change(s, c, "head", "Frau A", HOSTILE, url="javascript:alert(5)")
        change(s, c, "content", diff=[[0, "Vorher <i>ok</i> "], [-1, PAYLOADS[0]], [1, PAYLOADS[1]], [0, " danach"]],
               url='https://example.org/"><script>x</script>')
        change(s, c, "reorganisation", new=PAYLOADS[2], evidence=PAYLOADS[4], url="https://www.duisburg.de/ki?a=1&b=2")
    yield sqlite_url, factory
    engine.dispose()


def render_all(factory, lang="de"):
    with factory() as s:
        changes = list(s.query(Change).all())
        content = build_content(changes, lang, TZ)
        return content, render_digest(content, email="anna@example.org", frequency="daily",
                                      filter_text=ChangeFilter().describe(lang))


def test_digest_html_and_text_are_inert(hostile_db):
    _, factory = hostile_db
    content, rendered = render_all(factory)
    assert_inert(rendered.html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered.html
    assert 'href="https://www.duisburg.de/ki?a=1&amp;b=2"' in rendered.html
    assert "javascript:alert(5)" in rendered.html  # shown as text, never as a link
    assert "{{7*7}}" in rendered.html  # data, never template source
    # the text part shows the scraped text literally (it is never parsed as markup)
    assert "<script>alert(1)</script>" in rendered.text
    assert "{{7*7}}" in rendered.text


def test_subject_and_headers_cannot_be_injected(hostile_db):
    _, factory = hostile_db
    content, rendered = render_all(factory)
    assert "\r" not in rendered.subject and "\n" not in rendered.subject and "\x00" not in rendered.subject
    msg = build_message(rendered, to="anna@example.org", mail_from="kiwatch@example.org",
                        msg_id="<x@example.org>", date=content.items[0].detected_at)
    parsed = email.message_from_bytes(bytes(msg), policy=email.policy.default)
    assert parsed["Bcc"] is None
    assert len(parsed.get_all("Subject")) == 1
    assert parsed.get_body(("html",)).get_content() == rendered.html
    assert header_value("Frau X\r\nBcc: evil@example.org\x00") == "Frau X Bcc: evil@example.org"


def test_feed_is_inert_valid_and_stable(hostile_db):
    url, factory = hostile_db
    settings = Settings(database_url=url)
    with factory() as s:
        first = build_feed(s, settings, ChangeFilter())
        second = build_feed(s, settings, ChangeFilter())
        fingerprints = [c.fingerprint for c in s.query(Change).order_by(Change.detected_at.desc(), Change.id.desc())]
    assert first == second
    root = ET.fromstring(first)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = root.findall("a:entry", ns)
    assert [e.find("a:id", ns).text for e in entries] == [entry_id(f) for f in fingerprints]
    for entry in entries:
        assert_inert(entry.find("a:content", ns).text)  # the HTML a feed reader renders
        for link in entry.findall("a:link", ns):
            assert link.get("href").startswith("https://")
    assert b"<script>" not in first


def test_feed_and_digest_cli_with_hostile_page(hostile_db, monkeypatch, capsysbinary):
    url, _ = hostile_db
    monkeypatch.setenv("KIWATCH_DATABASE_URL", url)
    assert main(["feed", "--site", "duisburg", "--kind", "head"]) == 0
    out = capsysbinary.readouterr().out
    root = ET.fromstring(out)
    assert len(root.findall("{http://www.w3.org/2005/Atom}entry")) == 1
    assert main(["feed", "--kind", "nonsense"]) == 2


def test_safe_url_allows_only_http_and_https():
    assert safe_url("https://www.duisburg.de/a?b=c") == "https://www.duisburg.de/a?b=c"
    for bad in ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "file:///etc/passwd",
                "ftp://example.org/", "//example.org/", "https://exa mple.org/", "http://x/\r\nBcc: y", "", None]:
        assert safe_url(bad) == ""


def test_subject_summarises_most_important(sqlite_url):
    engine = open_database(sqlite_url)
    factory = session_factory(engine)
    with transaction(factory) as s:
        du = centre(s, "duisburg", "Duisburg")
        es = centre(s, "essen", "Essen")
        for kind in ("content", "address", "reorganisation", "contact"):
            change(s, du, kind, "a", kind)
        change(s, es, "programmes", "x", "y")
    with factory() as s:
        changes = list(s.query(Change))
        assert subject(build_content(changes, "de", TZ)) == "KI Duisburg: neue Adresse, Neuorganisation · 3 weitere Änderungen"
        assert subject(build_content(changes, "en", TZ)) == "KI Duisburg: new address, reorganisation · 3 more changes"
    engine.dispose()


def test_large_digest_is_capped_and_umlauts_encode(sqlite_url):
    engine = open_database(sqlite_url)
    factory = session_factory(engine)
    with transaction(factory) as s:
        c = centre(s, "muelheim-an-der-ruhr", "Mülheim an der Ruhr")
        for i in range(300):
            change(s, c, "content", diff=[[0, "Wort " * 400], [1, f"Änderung {i} 😀 " * 50], [0, "Ende " * 400]],
                   url=f"https://example.org/{i}")
    with factory() as s:
        content = build_content(list(s.query(Change)), "de", TZ)
    assert content.total == 300 and content.omitted == 150 and len(content.items) == 150
    rendered = render_digest(content, email="a@example.org", frequency="weekly", filter_text="alle",
                             web_url="https://kiwatch.example.org/changes")
    assert "150 weitere Änderung(en)" in rendered.text and 'href="https://kiwatch.example.org/changes"' in rendered.html
    assert len(rendered.html) < 2_000_000
    msg = build_message(rendered, to="a@example.org", mail_from="k@example.org", msg_id="<m@example.org>",
                        date=content.items[0].detected_at.astimezone(timezone.utc))
    raw = bytes(msg)
    assert max(len(line) for line in raw.splitlines()) <= 998  # RFC 5322 §2.1.1, whatever the line ending
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert parsed["Subject"].startswith("KI Mülheim an der Ruhr: Text geändert")
    assert "😀" in parsed.get_body(("plain",)).get_content()
    engine.dispose()


def test_trim_diff_keeps_context_around_edits():
    diff = [[0, " ".join(f"w{i}" for i in range(100))], [-1, "alt"], [1, "neu"], [0, " ".join(f"v{i}" for i in range(100))]]
    trimmed = trim_diff(diff)
    assert trimmed[0][1].startswith("… ") and trimmed[0][1].endswith("w99")
    assert trimmed[1:3] == [(-1, "alt"), (1, "neu")]
    assert trimmed[3][1].startswith("v0") and trimmed[3][1].endswith(" …")
