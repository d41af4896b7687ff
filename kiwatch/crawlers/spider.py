"""One generic spider for all centres: fetch the centre's pages, report one FetchResult each.

The spider only fetches and decides what a response *is* (ok, not modified, gone, moved,
failed, blocked); extraction happens behind the sink. Per centre it requests the start URLs,
follows KI-relevant links inside the centre's scope to `max_depth` and at most
`max_pages_per_centre` pages, and finally re-checks pages seen in earlier runs that were not
reached through links this time — so a page that vanished from the navigation still gets its
404 noticed.

Every requested URL ends in exactly one `sink.on_result(FetchResult)`: from the callback, the
errback, or — if the crawl stops first — from the spider_closed handler.
"""

from __future__ import annotations

import functools
import logging
import posixpath
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, AsyncIterator, Callable
from urllib.parse import parse_qsl, unquote_plus, urljoin, urlsplit, urlunsplit

import lxml.html
import scrapy
from lxml import etree
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import TextResponse

from kiwatch.crawlers.failures import classify_failure
from kiwatch.crawlers.verdict import META_HOSTS, site_host
from kiwatch.pipelines.content import sniff_type
from kiwatch.core.vocab import FetchFailureReason, FetchOutcome
from kiwatch.records import FetchResult
from kiwatch.registry import CentreConfig
from kiwatch.settings import Settings

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from twisted.python.failure import Failure

    from kiwatch.crawlers.run import CrawlSink

logger = logging.getLogger(__name__)

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
    key = unquote_plus(piece.split("=", 1)[0]).lower()
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

    @classmethod
    def of(cls, centre: CentreConfig) -> "CentreScope":
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
            parts = urlsplit(url)
            verdict = self.scope_cache[url] = (site_host(parts.hostname) in self.hosts
                                               and parts.path.startswith(self.prefixes))
        return verdict

    def is_relevant(self, url: str, text: str) -> bool:
        if self.centre.allow:  # the registry named the paths: everything under them counts
            return True
        parts = urlsplit(url)
        # the scope's own prefix (/ki/, /integration/) is shared by every link and says nothing
        prefix = next((p for p in self.prefixes if parts.path.startswith(p)), "")
        haystack = f"{parts.path[len(prefix):]} {parts.query} {text}".lower()
        return any(word in haystack for word in RELEVANT_WORDS)

    def redirect_is_move(self, url: str, final_url: str) -> bool:
        """A redirect to the home page, or from a deeper page to a start page: where sites send
        visitors of a removed page. Its target is not the content of the page asked for."""
        if _is_home(final_url) and not _is_home(url):
            return True
        final = canonicalize_url(final_url)
        return final in self.start_urls and url not in self.start_urls


def _is_home(url: str) -> bool:
    return bool(re.fullmatch(r"/?|/(index|home|start)\.\w+", urlsplit(url).path))


class CentreSpider(scrapy.Spider):
    """Crawls the given centres; reports to `sink`. Arguments come from `crawl()` in run.py."""

    name = "kiwatch"

    def __init__(self, centres: list[CentreConfig], sink: CrawlSink, kiwatch_settings: Settings, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sink = sink
        self.options = kiwatch_settings
        self.scopes = {c.slug: CentreScope.of(c) for c in centres if c.crawlable}

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> "CentreSpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._on_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider._on_closed, signal=signals.spider_closed)
        return spider

    # -- scheduling --------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for scope in self.scopes.values():
            scope.known = [canonicalize_url(u) for u in self._ask("known_urls", [], scope.slug)]
            for url in scope.start_urls:
                request = self._request(scope, url, depth=0)
                if request is not None:
                    yield request

    def _request(self, scope: CentreScope, url: str, depth: int, via_link: bool = False) -> scrapy.Request | None:
        """A request for a canonical URL, or None if this centre already asked for it / is full."""
        if url in scope.seen:
            return None
        if via_link:
            if scope.link_pages >= self.options.max_pages_per_centre - len(scope.start_urls):
                return None
            scope.link_pages += 1
        scope.seen.add(url)
        scope.pending[url] = depth
        headers = {}
        # a server answering 304 for a changed page (wrong validators) would hide every change:
        # conditional requests can be turned off globally and per site
        wanted = self.options.conditional_requests and scope.centre.conditional_requests
        validators = self._ask("validators", None, scope.slug, url) if wanted else None
        if validators:
            etag, last_modified = validators
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
        is_pdf = urlsplit(url).path.lower().endswith(".pdf")
        meta = {
            "kiwatch_centre": scope.slug,
            "kiwatch_url": url,
            "kiwatch_depth": depth,
            META_HOSTS: scope.hosts,
            "download_maxsize": self.options.max_pdf_bytes if is_pdf else self.options.max_html_bytes,
        }
        # dont_filter: dedup is ours (per centre, canonical URLs); Scrapy's filter would also
        # drop redirect hops to already-seen URLs and so swallow the original page's result.
        return scrapy.Request(url, callback=self.parse, errback=self.on_error, meta=meta,
                              headers=headers, dont_filter=True)

    def _on_idle(self) -> None:
        """Links are exhausted: re-check pages of earlier runs that no link led to this time."""
        scheduled = False
        for scope in self.scopes.values():
            known, scope.known = scope.known, []
            for url in known:
                if not (is_page_link(url) and scope.on_site(url)):
                    continue
                request = self._request(scope, url, depth=self.options.max_depth)
                if request is not None:
                    self.crawler.engine.crawl(request)
                    scheduled = True
        if scheduled:
            raise DontCloseSpider

    def _on_closed(self, spider: scrapy.Spider, reason: str) -> None:
        for scope in self.scopes.values():
            for url, depth in list(scope.pending.items()):
                self._emit(self._result(scope.slug, url, FetchOutcome.FAILED, depth=depth, reason=FetchFailureReason.OTHER,
                                        detail=f"crawl ended ({reason}) before this page was fetched"))

    # -- responses ---------------------------------------------------------------------------

    def parse(self, response: Response) -> Any:
        meta = response.meta
        scope = self.scopes[meta["kiwatch_centre"]]
        try:
            result = self._classify(scope, response)
        except Exception as exc:  # one odd page must not end the crawl
            logger.exception("classifying %s failed", meta["kiwatch_url"])
            result = self._result(scope.slug, meta["kiwatch_url"], FetchOutcome.FAILED, depth=meta["kiwatch_depth"],
                                  reason=FetchFailureReason.OTHER, detail=f"{type(exc).__name__}: {exc}", status=response.status)
        self._emit(result)
        links: list[tuple[str, str]] = []
        if result.outcome is FetchOutcome.OK and result.content_type == "text/html" and result.depth < self.options.max_depth:
            try:
                links = extract_links(response, lambda u: u not in scope.seen and scope.in_scope(u))
            except Exception:  # the page itself is fine; only its links are lost
                logger.exception("extracting links of %s failed", meta["kiwatch_url"])
        for url, text in links:
            if scope.is_relevant(url, text):
                request = self._request(scope, url, result.depth + 1, via_link=True)
                if request is not None:
                    yield request

    def on_error(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]  # Scrapy attaches the request
        meta = request.meta
        outcome, reason, detail = classify_failure(failure.value, request)
        value = failure.value
        self._emit(self._result(meta["kiwatch_centre"], meta["kiwatch_url"], outcome, depth=meta["kiwatch_depth"],
                                reason=reason, detail=detail, status=getattr(value, "status", None),
                                final_url=getattr(value, "final_url", None)))

    def _classify(self, scope: CentreScope, response: Response) -> FetchResult:
        meta = response.meta
        url, depth, status = meta["kiwatch_url"], meta["kiwatch_depth"], response.status
        etag = _header(response, b"ETag")
        last_modified = _header(response, b"Last-Modified")
        final_url = response.url if meta.get("redirect_urls") else None
        common = dict(depth=depth, status=status, final_url=final_url, etag=etag, last_modified=last_modified)
        if status == 304:
            return self._result(scope.slug, url, FetchOutcome.NOT_MODIFIED, **common)
        if meta.get("redirect_urls") and not scope.on_site(response.url):  # e.g. a meta refresh
            return self._result(scope.slug, url, FetchOutcome.MOVED,
                                detail=f"redirected to another site: {response.url}", **common)
        if meta.get("redirect_urls") and scope.redirect_is_move(url, response.url):
            return self._result(scope.slug, url, FetchOutcome.MOVED,
                                detail=f"redirected to the site's start page {response.url}", **common)
        if status in (404, 410):
            return self._result(scope.slug, url, FetchOutcome.GONE, detail=f"HTTP {status}", **common)
        if 300 <= status < 400:
            return self._result(scope.slug, url, FetchOutcome.FAILED, reason=FetchFailureReason.REDIRECT_ERROR,
                                detail=f"HTTP {status} without a usable Location", **common)
        if status >= 400 or status < 200:
            return self._result(scope.slug, url, FetchOutcome.FAILED, reason=FetchFailureReason.HTTP_ERROR,
                                detail=f"HTTP {status}" + _retried(meta), **common)
        body = response.body
        declared = _header(response, b"Content-Type")
        if not body.strip():
            return self._result(scope.slug, url, FetchOutcome.FAILED, reason=FetchFailureReason.EMPTY_CONTENT,
                                detail="empty body", **common)
        media = sniff_type(body, declared)
        if {"partial", "dataloss"} & set(response.flags) and not _looks_complete(body, media):
            return self._result(scope.slug, url, FetchOutcome.FAILED, reason=FetchFailureReason.TRUNCATED,
                                detail="connection closed before the end of the body", **common)
        if media is None:
            return self._result(scope.slug, url, FetchOutcome.FAILED, reason=FetchFailureReason.UNSUPPORTED_CONTENT,
                                detail=f"neither HTML nor PDF (Content-Type {declared or 'missing'})", **common)
        charset = None
        if declared and "charset=" in declared.lower():
            charset = declared.lower().split("charset=", 1)[1].split(";")[0].strip().strip("\"'") or None
        return self._result(scope.slug, url, FetchOutcome.OK, body=body, content_type=media, charset=charset, **common)

    # -- reporting ---------------------------------------------------------------------------

    @staticmethod
    def _result(centre: str, url: str, outcome: FetchOutcome, **fields: Any) -> FetchResult:
        return FetchResult(centre=centre, url=url, outcome=outcome, fetched_at=datetime.now(UTC), **fields)

    def _emit(self, result: FetchResult) -> None:
        """Hand one result to the sink; a sink error becomes a FAILED/other result for that page."""
        scope = self.scopes[result.centre]
        if scope.pending.pop(result.url, None) is None:
            logger.warning("second result for %s ignored (%s)", result.url, result.outcome)
            return
        try:
            self.sink.on_result(result)
        except Exception as exc:
            logger.exception("storing the result for %s failed", result.url)
            result = FetchResult(centre=result.centre, url=result.url, outcome=FetchOutcome.FAILED,
                                 status=result.status, final_url=result.final_url, reason=FetchFailureReason.OTHER,
                                 detail=f"processing failed: {type(exc).__name__}: {exc}", depth=result.depth,
                                 fetched_at=result.fetched_at)
            try:
                self.sink.on_result(result)
            except Exception:
                logger.exception("reporting the failure for %s failed too", result.url)
        try:
            self.sink.on_progress(result.centre, result.url, result.outcome)
        except Exception:
            logger.exception("progress display failed for %s", result.url)

    def _ask(self, method: str, default: Any, *args: Any) -> Any:
        """Call a sink query; a failing sink costs a conditional header or a re-check, not the crawl."""
        try:
            return getattr(self.sink, method)(*args)
        except Exception:
            logger.exception("sink.%s%r failed", method, args)
            return default


def extract_links(response: Response, wanted: Callable[[str], bool] = lambda url: True) -> list[tuple[str, str]]:
    """(canonical absolute URL, link text) of the page's <a>/<area> links that look like pages
    and are `wanted`.

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
    links: dict[str, str] = {}
    for anchor in root.iter("a", "area"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith("#"):
            continue
        url = _resolve(base, href)
        if url is None or not wanted(url):
            continue
        label = " ".join(f"{anchor.text_content()} {anchor.get('title') or ''}".split())
        links[url] = f"{links[url]} {label}" if url in links and label not in links[url] else label
    return list(links.items())


_LINK_PARSER = lxml.html.HTMLParser(encoding="utf-8", recover=True, no_network=True, huge_tree=False)


@functools.lru_cache(maxsize=50_000)
def _resolve(base: str, href: str) -> str | None:
    """Canonical absolute URL of a page link, None for what is no page (cached: the same
    navigation links repeat on every page of a site)."""
    try:
        url = urljoin(base, href)
    except ValueError:
        return None
    return canonicalize_url(url) if is_page_link(url) else None


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _retried(meta: dict) -> str:
    times = meta.get("retry_times", 0)
    return f" after {times} retr{'y' if times == 1 else 'ies'}" if times else ""


def _looks_complete(body: bytes, media: str | None) -> bool:
    """Whether a body that ended with the connection (no length given) is plausibly whole.

    Scrapy flags every close-delimited body 'partial' because the client cannot tell an early
    close from the normal end; a closing </html> or a PDF's %%EOF tells them apart.
    """
    tail = body[-2048:].lower()
    if media == "application/pdf":
        return b"%%eof" in tail
    return b"</html>" in tail
