"""Retry-After on 429 and 503, which Scrapy's RetryMiddleware ignores."""

from __future__ import annotations

import email.utils
import time
from typing import TYPE_CHECKING

from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import task

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

PREFIX = "KIWATCH_RETRY_AFTER_"


def parse_retry_after(value: str, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delay-seconds or HTTP-date), None if unusable."""
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class RetryAfterMiddleware:
    """Honours Retry-After on 429 and 503, which Scrapy's RetryMiddleware ignores.

    Waits min(Retry-After, cap) and then retries, within the same retry budget as other
    transient errors (RETRY_TIMES). Only the request that got the answer waits; the download
    slot keeps its own delay (AutoThrottle raises it on its own after slow/errored answers).
    Without a usable Retry-After the response goes on to RetryMiddleware unchanged.
    """

    STATUSES = frozenset({429, 503})

    def __init__(self, crawler: Crawler, cap: float) -> None:
        self.crawler = crawler
        self.cap = cap

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        if not (crawler.settings.getbool("RETRY_ENABLED") and crawler.settings.getbool(PREFIX + "ENABLED", True)):
            raise NotConfigured
        cap = crawler.settings.getfloat(PREFIX + "CAP", 120.0)
        if cap <= 0:
            raise NotConfigured
        return cls(crawler, cap)

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        if response.status not in self.STATUSES or request.meta.get("dont_retry"):
            return response
        header = response.headers.get(b"Retry-After")
        wait = parse_retry_after(header.decode("latin-1")) if header else None
        if wait is None:
            return response
        budget = request.meta.get("max_retry_times", self.crawler.settings.getint("RETRY_TIMES"))
        if request.meta.get("retry_times", 0) >= budget:
            return response  # RetryMiddleware logs the give-up; the spider reports the status
        assert self.crawler.spider is not None  # set while requests flow
        retry = get_retry_request(request, spider=self.crawler.spider, reason=f"{response.status} Retry-After {wait:.0f}s")
        if retry is None:
            return response
        from twisted.internet import reactor

        await maybe_deferred_to_future(task.deferLater(reactor, min(wait, self.cap), lambda: None))
        return retry
