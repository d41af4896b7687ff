"""URL policy at request time: only http(s), and no private hosts unless allowed."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from scrapy.exceptions import NotConfigured
from scrapy.settings import BaseSettings
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import threads

from kiwatch.core.errors import UrlPolicyError
from kiwatch.core.vocab import FetchFailureReason, FetchOutcome
from kiwatch.crawlers.verdict import Verdict
from kiwatch.netguard import HostPolicy, check_host_allowed, check_url_scheme, parse_networks

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler

PREFIX = "KIWATCH_URLPOLICY_"


def host_policy(settings: BaseSettings) -> HostPolicy:
    """The policy the KIWATCH_URLPOLICY_* settings describe (one switch, one name)."""
    return HostPolicy(settings.getbool(PREFIX + "ALLOW_PRIVATE_HOSTS"),
                      parse_networks(settings.get(PREFIX + "PRIVATE_NETWORKS", "")))


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
    def from_crawler(cls, crawler: Crawler) -> UrlPolicyMiddleware:
        if not crawler.settings.getbool(PREFIX + "ENABLED", True):
            raise NotConfigured
        return cls(host_policy(crawler.settings))

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
