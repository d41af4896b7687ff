"""robots.txt with kiwatch's answers for the cases Scrapy leaves open (RFC 9309 §2.3.1)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.httpobj import urlparse_cached

from kiwatch.core.vocab import FetchFailureReason, FetchOutcome
from kiwatch.crawlers.failures import classify_failure
from kiwatch.crawlers.verdict import Verdict

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response


class RobotsPolicyMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt handling with kiwatch's answers for the cases Scrapy leaves open.

    Policy (RFC 9309 §2.3.1):
    - 2xx: rules apply; a disallowed URL ends BLOCKED / robots (nothing is requested).
    - 4xx (404, 410, 401, 403, 429): no rules, everything allowed; the error page's body is not
      parsed as rules.
    - 5xx after retries: complete disallow. Reported per page as FAILED / http_error with the
      status and a detail naming robots.txt, not as BLOCKED: a server error is transient, and
      "blocked by robots" would tell coordinators the site deliberately shuts us out.
    - unreachable (timeout, refused, DNS, TLS, dropped connection): complete disallow as well,
      reported with the network reason (timeout, connection_refused …); the pages of the host
      are not tried one by one, which also keeps a dead site from costing timeouts per page.
    - unavailable in other ways (redirect loop, more than 5 hops, larger than our cap): no
      rules, as for 4xx (RFC 9309 allows treating those as unavailable).
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._unavailable: dict[str, Verdict] = {}

    def process_request_2(self, rp: Any, request: Request) -> None:
        verdict = self._unavailable.get(urlparse_cached(request).netloc)
        if verdict is not None:
            raise verdict.again()
        try:
            super().process_request_2(rp, request)
        except IgnoreRequest:
            host = urlparse_cached(request).netloc
            raise Verdict(FetchOutcome.BLOCKED, FetchFailureReason.ROBOTS,
                          f"blocked by robots.txt of {host}: {request.url} is disallowed for our user agent") from None

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if response.status >= 500:
            self._unavailable[netloc] = Verdict(
                FetchOutcome.FAILED, FetchFailureReason.HTTP_ERROR,
                f"robots.txt of {netloc} answered HTTP {response.status}; following RFC 9309 the host "
                "is treated as fully disallowed until robots.txt is readable again",
                status=response.status)
        if response.status >= 400:
            response = response.replace(body=b"")
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        # IgnoreRequest (a refused host, a robots.txt redirect loop) and an oversized file are
        # "unavailable" in RFC terms, not "unreachable": Scrapy then allows everything, and so do we
        outcome, reason, detail = classify_failure(exc, None, host=urlsplit(f"//{netloc}").hostname)
        if reason is FetchFailureReason.PRIVATE_HOST:
            self._unavailable[netloc] = Verdict(outcome, reason, detail)
        elif not isinstance(exc, IgnoreRequest) and reason is not FetchFailureReason.TOO_LARGE:
            self._unavailable[netloc] = Verdict(
                outcome, reason,
                f"robots.txt of {netloc} could not be fetched ({detail}); following RFC 9309 nothing "
                "on this host is fetched this run")
        super()._robots_error(exc, netloc)
