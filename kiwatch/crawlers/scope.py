"""Where a centre's crawl may go: canonical URLs, what counts as a page, the centre's scope,
and the links of a page (lxml, no Scrapy selector needed)."""

from __future__ import annotations

import functools
import hashlib
import json
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote_plus, urljoin, urlsplit, urlunsplit

import lxml.html
from lxml import etree
from scrapy.http import Response, TextResponse

import kiwatch
from kiwatch.crawlers.verdict import site_host
from kiwatch.registry import CentreConfig

# Query parameters that identify a visitor or a campaign, not a page.
SESSION_PARAMS = frozenset({
    "phpsessid", "sid", "jsessionid", "sessionid", "session_id", "aspsessionid", "cfid", "cftoken",
    "zenid", "oscsid", "fbclid", "gclid", "msclkid", "mc_cid", "mc_eid", "_ga", "_gl", "yclid",
})
# Query parameters of calendar widgets and print views: endless variants of the same content.
CALENDAR_PARAMS = frozenset({
    "month", "monat", "year", "jahr", "day", "tag", "week", "woche", "date", "datum", "cal",
    "calendar", "kalender", "ical", "ics", "print", "druck", "drucken", "printview",
})
CALENDAR_PATH_WORDS = ("kalender", "calendar")
DATE_VALUE_RE = re.compile(r"(19|20)\d\d-?(0[1-9]|1[0-2])(-?\d\d)?")
SKIP_EXTENSIONS = frozenset({
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".bmp", ".tif", ".tiff", ".css",
    ".js", ".json", ".xml", ".rss", ".atom", ".woff", ".woff2", ".ttf", ".eot", ".mp3", ".mp4",
    ".m4a", ".avi", ".mov", ".webm", ".ogg", ".wav", ".zip", ".gz", ".tar", ".7z", ".rar", ".exe",
    ".dmg", ".ics", ".vcf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods",
})
# Words in a link's text or URL that make it worth following (lower case, umlauts and their
# ASCII spellings both, because URLs use "ueber" and link texts "über").
RELEVANT_WORDS = (
    "kontakt", "contact", "team", "ueber-uns", "über uns", "ueber uns", "uber-uns", "about",
    "aktuell", "news", "neuigkeit", "presse", "download", ".pdf", "integration", "kommunales",
    "ki-", "/ki/", "ansprechp", "mitarbeit", "leitung", "organisation", "organigramm", "struktur",
    "angebot", "projekt", "programm", "handlungsfeld", "migration", "zuwanderung", "zugewandert",
    "bildung", "sprach", "rucksack", "griffbereit", "komm-an", "kaoa", "einwanderung", "vielfalt",
    "impressum", "anfahrt", "standort", "adresse",
)
# Scrapy's UrlLengthMiddleware drops longer requests silently (URLLENGTH_LIMIT 2083); such
# links are generated junk anyway, so they are never requested instead of never answered.
MAX_URL_LENGTH = 2000
_SESSION_IN_PATH_RE = re.compile(r";(jsessionid|phpsessid|sid)=[^/?#]*", re.IGNORECASE)


# pure, and a crawl asks about the same URL several times (a start URL for its scope, again as a
# known page of the last run, again when it comes back as a redirect's or a link's target)
@functools.lru_cache(maxsize=16_384)
def canonicalize_url(url: str) -> str:
    """The form a URL is requested and reported under.

    Fragment dropped; scheme and host lower-cased; default port dropped; session-id and
    tracking parameters (also `;jsessionid=` in the path) dropped; other parameters kept in
    their order — so a session id in a link never makes a "new page".
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    netloc = host if port is None or (scheme, port) in {("http", 80), ("https", 443)} else f"{host}:{port}"
    path = _SESSION_IN_PATH_RE.sub("", parts.path) or "/"
    # filter the raw pieces, so what stays keeps the site's own encoding
    query = "&".join(piece for piece in parts.query.split("&") if piece and not _is_session_param(piece))
    return urlunsplit((scheme, netloc, path, query, ""))


def _is_session_param(piece: str) -> bool:
    key = piece.split("=", 1)[0]
    if "%" in key or "+" in key:  # unquoting is the costly part, and seldom needed
        key = unquote_plus(key)
    key = key.lower()
    return key in SESSION_PARAMS or key.startswith("utm_")


def is_page_link(url: str) -> bool:
    """False for what is obviously not a page: other schemes, images/styles/scripts, calendars."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or len(url) > MAX_URL_LENGTH:
        return False
    path = parts.path.lower()
    if posixpath.splitext(path)[1] in SKIP_EXTENSIONS:
        return False
    # Calendar widgets link every month/day: endless pages that change with the date, not content.
    if any(word in segment for segment in path.split("/") for word in CALENDAR_PATH_WORDS):
        return False
    return not any(k.lower() in CALENDAR_PARAMS or DATE_VALUE_RE.fullmatch(v)
                   for k, v in parse_qsl(parts.query, keep_blank_values=True))


@dataclass
class CentreScope:
    """Where the crawl of one centre may go, and its bookkeeping during the crawl."""

    centre: CentreConfig
    hosts: frozenset[str]  # site_host() of the start URLs
    prefixes: tuple[str, ...]  # allowed path prefixes
    start_urls: tuple[str, ...]  # canonical
    seen: set[str] = field(default_factory=set)  # canonical URLs already requested
    pending: dict[str, int] = field(default_factory=dict)  # requested, no result yet → depth
    known: list[str] = field(default_factory=list)  # pages of earlier runs, re-checked at the end
    link_pages: int = 0  # pages requested through links (counted against the cap)
    scope_cache: dict[str, bool] = field(default_factory=dict)  # in_scope() verdicts by URL
    url_relevance: dict[str, bool] = field(default_factory=dict)  # relevant_by_url() verdicts by URL

    @classmethod
    def of(cls, centre: CentreConfig) -> CentreScope:
        starts = tuple(dict.fromkeys(canonicalize_url(u) for u in centre.start_urls))
        if centre.allow:
            prefixes = tuple(centre.allow)
        else:  # the directory of each start URL: /ki/index.html → /ki/
            prefixes = tuple(dict.fromkeys(urlsplit(u).path.rsplit("/", 1)[0] + "/" for u in starts))
        return cls(centre, frozenset(site_host(urlsplit(u).hostname) for u in starts), prefixes, starts)

    @property
    def slug(self) -> str:
        return self.centre.slug

    def on_site(self, url: str) -> bool:
        return site_host(urlsplit(url).hostname) in self.hosts

    def in_scope(self, url: str) -> bool:
        verdict = self.scope_cache.get(url)
        if verdict is None:  # navigation repeats on every page: decide each URL once
            host, path = _site_and_path(url)
            verdict = self.scope_cache[url] = host in self.hosts and path.startswith(self.prefixes)
        return verdict

    def links_key(self, base_url: str) -> str:
        """What a page's stored links depend on besides its bytes: the URL they were resolved
        against, this scope (in_scope filtered them) and the kiwatch version (how links are
        found and canonicalised)."""
        scope = json.dumps([kiwatch.__version__, base_url, sorted(self.hosts), list(self.prefixes),
                            bool(self.centre.allow)])
        return hashlib.sha256(scope.encode()).hexdigest()[:32]

    def is_relevant(self, url: str, text: str) -> bool:
        if self.relevant_by_url(url):
            return True
        return any(word in f"{self._url_words(url)}{text}".lower() for word in RELEVANT_WORDS)

    def relevant_by_url(self, url: str) -> bool:
        """Relevant whatever the link's text says (then its text need not be read)."""
        verdict = self.url_relevance.get(url)
        if verdict is None:  # the registry named the paths: everything under them counts
            verdict = self.url_relevance[url] = bool(self.centre.allow) or any(
                word in self._url_words(url).lower() for word in RELEVANT_WORDS)
        return verdict

    def _url_words(self, url: str) -> str:
        parts = urlsplit(url)
        # the scope's own prefix (/ki/, /integration/) is shared by every link and says nothing
        prefix = next((p for p in self.prefixes if parts.path.startswith(p)), "")
        return f"{parts.path[len(prefix):]} {parts.query} "

    def redirect_is_move(self, url: str, final_url: str) -> bool:
        """A redirect to the home page, or from a deeper page to a start page: where sites send
        visitors of a removed page. Its target is not the content of the page asked for."""
        if _is_home(final_url) and not _is_home(url):
            return True
        final = canonicalize_url(final_url)
        return final in self.start_urls and url not in self.start_urls


@dataclass(frozen=True, slots=True)
class PageLinks:
    """A page's in-scope links as `extract_links` found them in one body, stored with the page
    (pages.links) so that the same body again — the same bytes, or a 304 — is followed without
    parsing it: the same links, in the same order, with the same texts."""

    key: str  # CentreScope.links_key of the page's (final) URL
    links: tuple[str, ...]  # the links worth following (CentreScope.is_relevant), in page order

    def to_json(self) -> str:
        return json.dumps({"key": self.key, "links": self.links}, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> PageLinks | None:
        """None for anything that is not a stored PageLinks (then the page is parsed)."""
        try:
            data = json.loads(text)
            links = data["links"]
            if not isinstance(links, list) or not all(isinstance(url, str) for url in links):
                return None
            return cls(str(data["key"]), tuple(links))
        except (ValueError, TypeError, KeyError):
            return None


@functools.lru_cache(maxsize=50_000)
def _site_and_path(url: str) -> tuple[str, str]:
    """(site_host, path) of a URL, for every scope at once: a site's navigation links are the
    same URLs on all its pages, also where each page is its own centre (1,000 centres of one
    page: each scope's own cache is cold, and splitting was most of in_scope)."""
    parts = urlsplit(url)
    return site_host(parts.hostname), parts.path


def _is_home(url: str) -> bool:
    return bool(re.fullmatch(r"/?|/(index|home|start)\.\w+", urlsplit(url).path))


def extract_links(response: Response, wanted: Callable[[str], bool] = lambda url: True,
                  needs_text: Callable[[str], bool] = lambda url: True) -> list[tuple[str, str]]:
    """(canonical absolute URL, link text) of the page's <a>/<area> links that look like pages
    and are `wanted`; the text is "" for a URL that `needs_text` says needs none.

    lxml directly, each distinct href resolved once, link text only for wanted URLs: municipal
    pages carry 100+ navigation links, mostly seen already, and this runs on the crawl's event
    loop for every page.
    """
    text = response.text if isinstance(response, TextResponse) else response.body.decode("utf-8", "replace")
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=_LINK_PARSER)
    except (etree.ParserError, ValueError):
        return []
    base_el = root.find(".//base[@href]")
    base = urljoin(response.url, base_el.get("href").strip()) if base_el is not None else response.url
    parts = urlsplit(base)
    origin = f"{parts.scheme}://{parts.netloc}/"
    links: dict[str, str] = {}
    # what each distinct href of this page came to: its URL if wanted and in need of its text,
    # "" if wanted without text (then already in `links`), None if dropped. A page repeats its
    # hrefs (163 links, 34 distinct on a bench page: navigation with the same session id in
    # every link), and the verdict depends only on the href and the page's base.
    verdicts: dict[str, str | None] = {}
    # the hrefs as strings from one XPath, without a Python object per link element (most links
    # are resolved from the cache and dropped): the elements only when a link needs its text
    elements = None
    for i, raw in enumerate(_LINK_HREFS(root)):
        if raw in verdicts:
            url = verdicts[raw]
            if not url:
                continue
        else:
            url = verdicts[raw] = _link_verdict(raw, base, origin, links, wanted, needs_text)
            if not url:
                continue
        if elements is None:
            elements = _LINK_ELEMENTS(root)
        anchor = elements[i]
        label = " ".join(f"{anchor.text_content()} {anchor.get('title') or ''}".split())
        links[url] = f"{links[url]} {label}" if url in links and label not in links[url] else label
    return list(links.items())


def _link_verdict(raw: str, base: str, origin: str, links: dict[str, str], wanted: Callable[[str], bool],
                  needs_text: Callable[[str], bool]) -> str | None:
    """For extract_links, the first time a page has this href: None if it is dropped, "" if it is
    wanted without its text (entered in `links`), else its URL (its text is to be read)."""
    href = raw.strip()
    if not href or href.startswith("#"):
        return None
    if len(base) + len(href) < MAX_URL_LENGTH:  # (joined, it stays under the length limit either way)
        href = _without_session(href)
    # the cache key holds only what the result depends on: nothing of the page for an
    # absolute link, its origin for a root-relative one ("/ki/team.html", what CMS
    # navigation mostly is) — so a site's navigation is resolved once, not once per page
    if href.startswith(("http://", "https://", "HTTP://", "HTTPS://")):
        url = _resolve("", href)
    elif href.startswith("/") and not href.startswith("//"):
        url = _resolve(origin, href)
    else:
        url = _resolve(base, href)
    if url is None or not wanted(url):
        return None
    if not needs_text(url):
        links.setdefault(url, "")
        return ""
    return url


def _without_session(href: str) -> str:
    """The link without its fragment and session/tracking parameters, which canonicalize_url
    drops anyway: a session id in every navigation link (`?sid=…`, new on every page) would
    otherwise make each link a new key for _resolve's cache."""
    if "?" not in href and "#" not in href:
        return href
    ref, _, _fragment = href.partition("#")
    path, mark, query = ref.partition("?")
    if not path:  # "?a=1" and "#x" are relative to the page's own query: left as they are
        return href
    if not mark:
        return ref
    kept = [piece for piece in query.split("&") if piece and not _is_session_param(piece)]
    return f"{path}?{'&'.join(kept)}" if kept else path


_LINK_PARSER = lxml.html.HTMLParser(encoding="utf-8", recover=True, no_network=True, huge_tree=False)
# the links of a page, in document order: their hrefs, and the same elements (the i-th href is the
# i-th element's)
_LINK_HREFS = etree.XPath("//a/@href | //area/@href", smart_strings=False)
_LINK_ELEMENTS = etree.XPath("//a[@href] | //area[@href]")


@functools.lru_cache(maxsize=50_000)
def _resolve(base: str, href: str) -> str | None:
    """Canonical absolute URL of a page link, None for what is no page (cached: the same
    navigation links repeat on every page of a site)."""
    try:
        url = urljoin(base, href)
    except ValueError:
        return None
    return canonicalize_url(url) if is_page_link(url) else None
