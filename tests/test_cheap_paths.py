"""Cheaper paths must give the answers of the paths they replace (issue 11): link resolution
cached by what it depends on, session ids dropped before the cache, the hCard search in two
steps. Equal results are asserted, never a time."""

from __future__ import annotations

from urllib.parse import urljoin

import lxml.html
import pytest
from scrapy.http import HtmlResponse

from kiwatch.crawlers.scope import CentreScope, _without_session, canonicalize_url, extract_links, is_page_link
from kiwatch.pipelines.extract.structured import _hcard_items
from kiwatch.registry import CentreConfig



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


def _links_one_by_one(response: HtmlResponse, wanted, needs_text) -> list[tuple[str, str]]:
    """What extract_links answers, worked out link by link with no verdict remembered."""
    root = lxml.html.document_fromstring(response.text.encode("utf-8"))
    links: dict[str, str] = {}
    for anchor in root.xpath("//a[@href] | //area[@href]"):
        href = anchor.get("href").strip()
        if not href or href.startswith("#"):
            continue
        url = urljoin(response.url, href)
        if not is_page_link(url):
            continue
        url = canonicalize_url(url)
        if not wanted(url):
            continue
        if not needs_text(url):
            links.setdefault(url, "")
            continue
        label = " ".join(f"{anchor.text_content()} {anchor.get('title') or ''}".split())
        links[url] = f"{links[url]} {label}" if url in links and label not in links[url] else label
    return list(links.items())


def test_a_page_that_repeats_its_hrefs_gets_the_links_of_reading_each_one():
    """extract_links decides each distinct href of a page once (navigation repeats them, with
    the same session id); a repeated href must still add its own text, a dropped one stay
    dropped, one wanted without text stay once — as reading every link on its own does."""
    nav = '<a href="/ki/team.html?sid=7">Team</a> <a href="/ki/bild.png">Bild</a> <a href="/ki/info.html?sid=7">Info</a>'
    body = (f'<html><body><nav>{nav}</nav><main><p><a href="/ki/team.html?sid=7">Unser Team</a> '
            f'<a href="/ki/team.html?sid=7" title="Leitung">Team</a> <a href="/ki/info.html?sid=7">Mehr</a> '
            f'<a href="/ki/kontakt.html">Kontakt</a> <a href=" /ki/team.html?sid=7 ">Personen</a> '
            f'<a href="/ki/bild.png">Bild</a> <a href="/aussen/x.html">X</a></p></main>'
            f'<footer>{nav.replace(">Team<", ">Wir<").replace(">Info<", ">Hinweise<")}<a href="/ki/kontakt.html">Anfahrt</a></footer></body></html>').encode()
    response = HtmlResponse("http://127.0.0.1:8001/ki/index.html", body=body, encoding="utf-8")
    in_scope = lambda url: "/ki/" in url  # noqa: E731
    for needs_text in (lambda url: True, lambda url: False, lambda url: "team" in url):
        expected = _links_one_by_one(response, in_scope, needs_text)
        assert extract_links(response, in_scope, needs_text) == expected
    assert extract_links(response, in_scope) == [
        ("http://127.0.0.1:8001/ki/team.html", "Team Unser Team Team Leitung Personen Wir"),
        ("http://127.0.0.1:8001/ki/info.html", "Info Mehr Hinweise"), ("http://127.0.0.1:8001/ki/kontakt.html", "Kontakt Anfahrt")]
    assert extract_links(response, in_scope, lambda url: "team" in url) == [
        ("http://127.0.0.1:8001/ki/team.html", "Team Unser Team Team Leitung Personen Wir"),
        ("http://127.0.0.1:8001/ki/info.html", ""), ("http://127.0.0.1:8001/ki/kontakt.html", "")]


def test_every_scope_decides_a_url_by_its_own_hosts_and_prefixes():
    """URLs are split once for all scopes (a site's navigation is the same URLs on every page,
    also when each page is its own centre); what is in scope stays each centre's own answer."""
    def scope(slug: str, start: str, allow: tuple[str, ...] = ()) -> CentreScope:
        return CentreScope.of(CentreConfig(slug=slug, name=slug, start_urls=(start,), allow=allow))

    urls = ["https://www.stadt.de/ki/team.html", "https://stadt.de/ki/a/kontakt.html", "https://kreis.de/ki/team.html",
            "https://www.stadt.de/ki-alt/x.html", "https://stadt.de/", "http://WWW.Stadt.DE/ki/a/"]
    scopes = {"ki": scope("a", "https://stadt.de/ki/index.html"),
              "ki/a": scope("b", "https://www.stadt.de/ki/a/index.html"),
              "kreis": scope("c", "https://kreis.de/ki/", ("/ki/team.html",)),
              "root": scope("d", "https://stadt.de/", ("/",))}
    for _ in range(2):  # asked again: the same answers from the caches
        assert [u for u in urls if scopes["ki"].in_scope(u)] == [
            "https://www.stadt.de/ki/team.html", "https://stadt.de/ki/a/kontakt.html", "http://WWW.Stadt.DE/ki/a/"]
        assert [u for u in urls if scopes["ki/a"].in_scope(u)] == [
            "https://stadt.de/ki/a/kontakt.html", "http://WWW.Stadt.DE/ki/a/"]
        assert [u for u in urls if scopes["kreis"].in_scope(u)] == ["https://kreis.de/ki/team.html"]
        assert [u for u in urls if scopes["root"].in_scope(u)] == [u for u in urls if "kreis" not in u]
