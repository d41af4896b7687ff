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

import logging
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import CloseSpider, DontCloseSpider

from kiwatch.core.vocab import FetchFailureReason, FetchOutcome
from kiwatch.crawlers.failures import classify_failure
from kiwatch.crawlers.scope import CentreScope, PageLinks, canonicalize_url, extract_links, is_page_link
from kiwatch.crawlers.verdict import META_HOSTS
from kiwatch.pipelines.content import sniff_type
from kiwatch.records import FetchResult
from kiwatch.registry import CentreConfig
from kiwatch.settings import Settings

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from twisted.python.failure import Failure

    from kiwatch.crawlers.run import CrawlSink

logger = logging.getLogger(__name__)

class CentreSpider(scrapy.Spider):
    """Crawls the given centres; reports to `sink`. Arguments come from `crawl()` in run.py."""

    name = "kiwatch"

    def __init__(self, centres: list[CentreConfig], sink: CrawlSink, kiwatch_settings: Settings, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sink = sink
        self.options = kiwatch_settings
        self.scopes = {c.slug: CentreScope.of(c) for c in centres if c.crawlable}
        self.costs = getattr(sink, "costs", None)  # a CostLedger, when the sink keeps one

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> CentreSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._on_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider._on_closed, signal=signals.spider_closed)
        if spider.costs is not None:
            crawler.signals.connect(spider._on_first_request, signal=signals.request_reached_downloader)
        return spider

    def _on_first_request(self, request: scrapy.Request, spider: scrapy.Spider) -> None:
        if self.costs is not None:
            self.costs.first_request()
        self.crawler.signals.disconnect(self._on_first_request, signal=signals.request_reached_downloader)

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
        links: list[str] = []
        if result.depth < self.options.max_depth and (
                (result.outcome is FetchOutcome.OK and result.content_type == "text/html")
                or (result.outcome is FetchOutcome.NOT_MODIFIED and result.status == 304)):
            start = time.thread_time()
            try:
                links = [url for url in self._links(scope, response, result) if url not in scope.seen]
            except Exception:  # the page itself is fine; only its links are lost
                logger.exception("extracting links of %s failed", meta["kiwatch_url"])
            if self.costs is not None:
                self.costs.add("parse", time.thread_time() - start)
        self._emit(result)
        self._stop_if_nothing_can_be_stored()
        for url in links:
            request = self._request(scope, url, result.depth + 1, via_link=True)
            if request is not None:
                yield request

    def _links(self, scope: CentreScope, response: Response, result: FetchResult) -> tuple[str, ...]:
        """The page's links worth following (in scope, relevant), in page order: those stored
        with the page when this is the body they were found in (the same bytes, or a 304 for
        it), else parsed from the body — and then handed on with the result, to be stored
        with the page."""
        key = scope.links_key(response.url)
        stored = self._ask("stored_links", None, result)
        known = PageLinks.from_json(stored) if stored else None
        if known is not None and known.key == key:
            return tuple(url for url in known.links if scope.in_scope(url))
        if result.outcome is not FetchOutcome.OK:
            return ()  # a 304 whose links were never stored: its pages are re-checked at the end
        found = tuple(url for url, text in extract_links(response, scope.in_scope, lambda u: not scope.relevant_by_url(u))
                      if scope.is_relevant(url, text))
        result.links = PageLinks(key, found).to_json()
        return found

    def on_error(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]  # Scrapy attaches the request
        meta = request.meta
        value = failure.value
        assert value is not None  # a Failure always carries its exception
        outcome, reason, detail = classify_failure(value, request)
        self._emit(self._result(meta["kiwatch_centre"], meta["kiwatch_url"], outcome, depth=meta["kiwatch_depth"],
                                reason=reason, detail=detail, status=getattr(value, "status", None),
                                final_url=getattr(value, "final_url", None)))
        self._stop_if_nothing_can_be_stored()

    def _stop_if_nothing_can_be_stored(self) -> None:
        """The sink cannot open or write the database (its `fatal`): nothing fetched from now
        on could be stored, so the crawl ends here and the caller reports why."""
        if getattr(self.sink, "fatal", None) is not None:
            raise CloseSpider("the database cannot be written")

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


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _retried(meta: dict[str, Any]) -> str:
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
