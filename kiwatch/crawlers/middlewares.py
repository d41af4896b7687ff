"""Small Scrapy components that turn what can go wrong on the wire into one explicit verdict.

Each component is built once in `from_crawler` from the crawler settings and switches itself
off with `NotConfigured`. A component that decides the fate of a request raises `Verdict`
(an `IgnoreRequest`), which reaches the request's errback; `classify_failure` maps every other
exception Scrapy or Twisted can raise to one `FetchFailureReason`.

Priorities (process_request runs low → high, process_response high → low):

    40  UrlPolicyMiddleware        before robots.txt: a refused host is never contacted at all
    100 RobotsPolicyMiddleware     replaces Scrapy's RobotsTxtMiddleware (RFC 9309 error policy)
    560 RetryAfterMiddleware       sees 429/503 before RetryMiddleware (550) retries without waiting
    610 RedirectGuardMiddleware    sees 3xx before RedirectMiddleware (600) follows it
"""

from __future__ import annotations

import email.utils
import logging
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    NotConfigured,
    ResponseDataLossError,
)
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet import error as txerror
from twisted.internet import task, threads
from twisted.web import _newclient
from twisted.web.client import ResponseFailed, ResponseNeverReceived

from kiwatch.crawlers.resolver import refusal
from kiwatch.core.vocab import FetchFailureReason, FetchOutcome
from kiwatch.netguard import HostPolicy, UrlPolicyError, check_host_allowed, check_url_scheme, parse_networks

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)

META_HOSTS = "kiwatch_hosts"  # request meta: the centre's site hosts (see site_host)


class Verdict(IgnoreRequest):
    """A component decided how a request ends; the spider's errback reports it as is."""

    def __init__(self, outcome: FetchOutcome, reason: FetchFailureReason | None, detail: str,
                 status: int | None = None, final_url: str | None = None) -> None:
        super().__init__(detail)
        self.outcome = outcome
        self.reason = reason
        self.detail = detail
        self.status = status
        self.final_url = final_url

    def again(self) -> "Verdict":
        """A fresh copy: one host-wide verdict is raised for many requests."""
        return Verdict(self.outcome, self.reason, self.detail, self.status, self.final_url)


def site_host(host: str | None) -> str:
    """Host name used to decide "same site": lower case, without a leading "www.".

    Municipal sites commonly redirect stadt.de ↔ www.stadt.de; treating that as "moved to
    another host" would report every such centre as moved on every run.
    """
    host = (host or "").lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


# -- 1. URL policy ---------------------------------------------------------------------------


class UrlPolicyMiddleware:
    """Refuses non-http(s) URLs and, unless allowed, hosts resolving to private addresses.

    Runs for every request, and so for every redirect hop (Scrapy re-schedules the redirected
    request through all middlewares). Name resolution runs in a thread and is cached per host
    for the crawl, so 54 sites cost 54 look-ups, not one per page.
    """

    def __init__(self, allow_private_hosts: bool | HostPolicy) -> None:
        self.policy = HostPolicy.of(allow_private_hosts)
        self._host_errors: dict[str, str | None] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "UrlPolicyMiddleware":
        if not crawler.settings.getbool("KIWATCH_URLPOLICY_ENABLED", True):
            raise NotConfigured
        return cls(HostPolicy(crawler.settings.getbool("KIWATCH_URLPOLICY_ALLOW_PRIVATE_HOSTS"),
                              parse_networks(crawler.settings.get("KIWATCH_PRIVATE_NETWORKS", ""))))

    async def process_request(self, request: Request) -> None:
        url = request.url
        try:
            check_url_scheme(url)
        except UrlPolicyError as exc:
            raise Verdict(FetchOutcome.BLOCKED, FetchFailureReason.PRIVATE_HOST, f"{url} refused: {exc}") from None
        host = (urlsplit(url).hostname or "").lower()
        if host not in self._host_errors:
            self._host_errors[host] = await maybe_deferred_to_future(threads.deferToThread(self._check, url))
        problem = self._host_errors[host]
        if problem:
            raise Verdict(FetchOutcome.BLOCKED, FetchFailureReason.PRIVATE_HOST, f"{url} refused: {problem}")

    def _check(self, url: str) -> str | None:
        try:
            check_host_allowed(url, self.policy)
        except UrlPolicyError as exc:
            return str(exc)
        return None


# -- 2. Redirect guard -----------------------------------------------------------------------


class RedirectGuardMiddleware:
    """Stops a redirect before it is followed when following it would be wrong.

    - to a non-http(s) URL (file://, javascript:): refused, BLOCKED / redirect_error;
    - back to a URL already in the chain: a loop, FAILED / redirect_error, without spending
      the remaining hops;
    - to another site: MOVED, and the other site is not fetched (its page is not the content
      of the page we asked for, and it may not be in anyone's scope).
    Too many hops stay Scrapy's job (REDIRECT_MAX_TIMES); classify_failure reports them.
    """

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "RedirectGuardMiddleware":
        if not crawler.settings.getbool("REDIRECT_ENABLED"):
            raise NotConfigured
        return cls()

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status not in {301, 302, 303, 307, 308} or b"Location" not in response.headers:
            return response
        if request.meta.get("dont_redirect"):
            return response
        location = response.headers[b"Location"].decode("latin-1").strip()
        target = urljoin(request.url, location)
        scheme = urlsplit(target).scheme.lower()
        if scheme not in {"http", "https"}:
            raise Verdict(FetchOutcome.BLOCKED, FetchFailureReason.REDIRECT_ERROR,
                          f"redirect to {target} refused: only http:// and https:// URLs are fetched",
                          status=response.status, final_url=target)
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if target.split("#")[0] in {u.split("#")[0] for u in chain}:
            raise Verdict(FetchOutcome.FAILED, FetchFailureReason.REDIRECT_ERROR,
                          "redirect loop: " + " → ".join([*chain, target]), status=response.status)
        hosts = request.meta.get(META_HOSTS)
        if hosts and site_host(urlsplit(target).hostname) not in hosts:
            raise Verdict(FetchOutcome.MOVED, None, f"redirected ({response.status}) to another site: {target}",
                          status=response.status, final_url=target)
        return response


# -- 3. Retry-After --------------------------------------------------------------------------


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
    def from_crawler(cls, crawler: Crawler) -> "RetryAfterMiddleware":
        if not (crawler.settings.getbool("RETRY_ENABLED") and crawler.settings.getbool("KIWATCH_RETRY_AFTER_ENABLED", True)):
            raise NotConfigured
        cap = crawler.settings.getfloat("KIWATCH_RETRY_AFTER_CAP", 120.0)
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
        retry = get_retry_request(request, spider=self.crawler.spider, reason=f"{response.status} Retry-After {wait:.0f}s")
        if retry is None:
            return response
        from twisted.internet import reactor

        await maybe_deferred_to_future(task.deferLater(reactor, min(wait, self.cap), lambda: None))
        return retry


# -- 4. robots.txt ---------------------------------------------------------------------------


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


# -- 5. failure classification ---------------------------------------------------------------


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception, its chained causes and the failures Twisted wraps (ResponseFailed.reasons)."""
    seen: list[BaseException] = []
    todo = [exc]
    while todo and len(seen) < 20:
        current = todo.pop(0)
        if current is None or any(current is s for s in seen):
            continue
        seen.append(current)
        todo.extend(x for x in (current.__cause__, current.__context__) if x is not None)
        for reason in getattr(current, "reasons", None) or []:
            value = getattr(reason, "value", reason)
            if isinstance(value, BaseException):
                todo.append(value)
    return seen


def _is_tls(exc: BaseException) -> bool:
    module = type(exc).__module__
    return (isinstance(exc, txerror.SSLError) or module.startswith(("OpenSSL", "ssl"))
            or type(exc).__name__ in {"VerificationError", "SSLError", "CertificateError"})


_EXPLAIN = {
    FetchFailureReason.TIMEOUT: "no complete answer within the download timeout",
    FetchFailureReason.DNS: "host name could not be resolved",
    FetchFailureReason.CONNECTION_REFUSED: "connection refused",
    FetchFailureReason.TRUNCATED: "connection lost before the end of the body; nothing kept",
}


def classify_failure(exc: BaseException, request: Request | None,
                     host: str | None = None) -> tuple[FetchOutcome, FetchFailureReason | None, str]:
    """(outcome, reason, detail) for an exception that ended a request (to `host`)."""
    detail = f"{type(exc).__name__}: {exc}".rstrip(": ")
    if isinstance(exc, Verdict):
        return exc.outcome, exc.reason, exc.detail
    chain = _causes(exc)
    meta = request.meta if request is not None else {}
    if isinstance(exc, IgnoreRequest):
        if any(hasattr(c, "decompressed_size") for c in chain):
            # HttpCompressionMiddleware only logs and ignores a decompression bomb
            limit = meta.get("download_maxsize")
            return FetchOutcome.FAILED, FetchFailureReason.TOO_LARGE, f"decompressed body exceeds {limit} bytes (compression bomb or huge page)"
        if meta.get("redirect_times", 0) and "redirect" in str(exc).lower():
            return FetchOutcome.FAILED, FetchFailureReason.REDIRECT_ERROR, f"more than {meta['redirect_times']} redirects: {exc}"
        return FetchOutcome.FAILED, FetchFailureReason.OTHER, detail
    if isinstance(exc, DownloadCancelledError):
        # Scrapy cancels a download for exactly one reason of ours: the size cap (timeouts
        # raise DownloadTimeoutError). The body is discarded, never stored in part.
        return FetchOutcome.FAILED, FetchFailureReason.TOO_LARGE, f"response larger than {meta.get('download_maxsize')} bytes: download aborted"
    if any(_is_tls(c) for c in chain):
        return FetchOutcome.FAILED, FetchFailureReason.TLS_ERROR, detail
    host = host or (urlsplit(request.url).hostname if request is not None else None)
    refused = refusal(host) if host else None
    if refused and any(isinstance(c, (CannotResolveHostError, txerror.DNSLookupError)) for c in chain):
        return FetchOutcome.BLOCKED, FetchFailureReason.PRIVATE_HOST, refused  # found when connecting (DNS rebinding)
    table: list[tuple[tuple[type[BaseException], ...], FetchFailureReason]] = [
        ((DownloadTimeoutError, txerror.TimeoutError, txerror.TCPTimedOutError), FetchFailureReason.TIMEOUT),
        ((CannotResolveHostError, txerror.DNSLookupError), FetchFailureReason.DNS),
        ((DownloadConnectionRefusedError, txerror.ConnectionRefusedError), FetchFailureReason.CONNECTION_REFUSED),
        ((ResponseDataLossError, _newclient._DataLoss), FetchFailureReason.TRUNCATED),
    ]
    for types, reason in table:
        if any(isinstance(c, types) for c in chain):
            return FetchOutcome.FAILED, reason, f"{_EXPLAIN[reason]} ({detail})"
    if any(isinstance(c, ResponseNeverReceived) for c in chain):
        return FetchOutcome.FAILED, FetchFailureReason.OTHER, f"connection closed before a response: {detail}"
    if any(isinstance(c, (ResponseFailed, DownloadFailedError, txerror.ConnectionLost)) for c in chain):
        return FetchOutcome.FAILED, FetchFailureReason.TRUNCATED, f"{_EXPLAIN[FetchFailureReason.TRUNCATED]} ({detail})"
    return FetchOutcome.FAILED, FetchFailureReason.OTHER, detail
