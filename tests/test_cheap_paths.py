"""Cheaper paths must give the answers of the paths they replace (issue 11): link resolution
cached by what it depends on, session ids dropped before the cache, the hCard search in two
steps. Equal results are asserted, never a time."""

from __future__ import annotations

from urllib.parse import urljoin

import lxml.html
import pytest
from scrapy.http import HtmlResponse

from kiwatch.crawlers.scope import _without_session, canonicalize_url, extract_links, is_page_link
from kiwatch.pipelines.extract.structured import _hcard_items



def test_links_resolve_against_their_own_page_whatever_was_resolved_before():
    """extract_links caches resolutions (navigation repeats on every page); a relative link must
    still resolve against the page it is on, a root-relative one against the page's site."""
    body = b'<html><body><a href="team.html">Team</a> <a href="/ki/kontakt.html">Kontakt</a> ' \
           b'<a href="HTTP://Other.example/ki/">Extern</a></body></html>'

    def links(url: str) -> set[str]:
        return {u for u, _ in extract_links(HtmlResponse(url, body=body, encoding="utf-8"))}

    assert links("http://127.0.0.1:8001/ki/a/index.html") == {
        "http://127.0.0.1:8001/ki/a/team.html", "http://127.0.0.1:8001/ki/kontakt.html", "http://other.example/ki/"}
    assert links("http://127.0.0.1:8001/ki/b/index.html") == {
        "http://127.0.0.1:8001/ki/b/team.html", "http://127.0.0.1:8001/ki/kontakt.html", "http://other.example/ki/"}
    assert links("https://localhost:8002/x/index.html") == {
        "https://localhost:8002/x/team.html", "https://localhost:8002/ki/kontakt.html", "http://other.example/ki/"}


@pytest.mark.parametrize("cls, card", [("vcard", True), ("person h-card", True), ("a\tvcard  b", True),
                                       ("vcard-list", False), ("no-vcard", False), ("h-cards", False)])
def test_an_hcard_is_found_by_its_class_token_not_a_substring(cls, card):
    """The cheaper hCard search (substring in XPath, token in Python) finds what the exact
    class-token test found, and nothing more."""
    root = lxml.html.document_fromstring(f'<html><body><div class="{cls}"><span class="fn">Britta Holm</span>'
                                         '</div></body></html>')
    assert bool(_hcard_items(root)) is card


BASES = ["http://127.0.0.1:8001/ki/team.html?q=1&sid=5", "https://ki.example/", "http://127.0.0.1:8001/ki/a/"]
HREFS = ["/ki/a?sid=1", "/ki/a?sid=1&b=2#f", "b.html?utm_source=x", "/p/?PHPSESSID=abc&x=1&&y=", "../c?sid=",
         "/a#frag", "?sid=1", "#top", "/a?b=2&sid=1&c", "http://other.example/x?fbclid=1", "/d;jsessionid=9?x=1",
         "/kalender?month=5&sid=1", "/a?", "/a?&", "/a?%73id=1", "/a?S+ID=1&SID=2"]


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("href", HREFS)
def test_a_link_without_its_session_parameters_resolves_to_the_same_page(base, href):
    def resolved(h: str) -> str | None:
        url = urljoin(base, h)
        return canonicalize_url(url) if is_page_link(url) else None

    assert resolved(_without_session(href)) == resolved(href)
