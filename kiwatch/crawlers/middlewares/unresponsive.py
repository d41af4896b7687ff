"""A host that lets several pages in a row run into the download timeout is not waited for
again in this run (RELIABILITY A3: the job's time stays bounded)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from scrapy.exceptions import NotConfigured

from kiwatch.core.vocab import FetchFailureReason, FetchOutcome
from kiwatch.crawlers.failures import classify_failure
from kiwatch.crawlers.verdict import Verdict

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

PREFIX = "KIWATCH_UNRESPONSIVE_"


class UnresponsiveHostMiddleware:
    """After `KIWATCH_UNRESPONSIVE_AFTER` pages of one host in a row ended in a timeout (each
    after its retries) with no answer from the host between them, its remaining requests of
    this run end at once, as timeouts that say so.

    A page that hangs costs download_timeout × (1 + retries) of its host's only slot: a site
    that hangs for a night would hold it for every one of up to max_pages_per_centre pages
    (60 × 30 s × 3 = 1.5 h). Nothing stored changes by a failed fetch, and the next run asks
    again. One slow page among answering ones never trips it: any answer resets the count.
    Placed after RetryMiddleware in the exception chain, so a retried timeout is not counted
    until its retries are spent. Requests of the host already waiting in the downloader's
    queue (they passed this middleware while the host still counted as answering: a page's
    links, the re-checked known pages) are ended when it trips; the one the slot started as the
    last timeout freed it still runs.
    """

    def __init__(self, crawler: Crawler, after: int) -> None:
        self.crawler = crawler
        self.after = after
        self.timeouts: dict[str, int] = {}  # host:port → pages in a row that timed out

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> UnresponsiveHostMiddleware:
        after = crawler.settings.getint(PREFIX + "AFTER", 0)
        if after <= 0:
            raise NotConfigured
        return cls(crawler, after)

    def _verdict(self, host: str) -> Verdict:
        return Verdict(FetchOutcome.FAILED, FetchFailureReason.TIMEOUT,
                       f"not requested: {host} let {self.after} pages in a row run into the download timeout "
                       "in this run; the next run asks again")

    def _end_queued(self, host: str) -> None:
        """Fail the host's requests waiting in a download slot (Scrapy's Downloader.slots,
        Slot.queue: left alone should a Scrapy version keep them elsewhere)."""
        downloader = getattr(self.crawler.engine, "downloader", None)
        ended = []
        for slot in list(getattr(downloader, "slots", {}).values()):
            queue = getattr(slot, "queue", None)
            if not queue:
                continue
            waiting = list(queue)
            queue.clear()
            for request, deferred in waiting:
                if self._host(request) == host:
                    ended.append(deferred)
                else:
                    queue.append((request, deferred))
        for deferred in ended:  # after the queues are consistent: an errback may schedule more
            deferred.errback(self._verdict(host))

    @staticmethod
    def _host(request: Request) -> str:
        return urlsplit(request.url).netloc.lower()

    def process_request(self, request: Request) -> None:
        host = self._host(request)
        if self.timeouts.get(host, 0) >= self.after:
            raise self._verdict(host)

    def process_response(self, request: Request, response: Response) -> Response:
        self.timeouts.pop(self._host(request), None)
        return response

    def process_exception(self, request: Request, exception: BaseException) -> None:
        if isinstance(exception, Verdict):
            return
        _, reason, _ = classify_failure(exception, request)
        if reason is FetchFailureReason.TIMEOUT:
            host = self._host(request)
            self.timeouts[host] = self.timeouts.get(host, 0) + 1
            if self.timeouts[host] == self.after:
                self._end_queued(host)
