"""Redirect guard: stops a redirect before Scrapy follows it when following it would be wrong."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from scrapy.exceptions import NotConfigured

from kiwatch.core.vocab import FetchFailureReason, FetchOutcome
from kiwatch.crawlers.middlewares.metarefresh import may_refresh
from kiwatch.crawlers.verdict import META_HOSTS, Verdict, site_host

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response


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
    def from_crawler(cls, crawler: Crawler) -> RedirectGuardMiddleware:
        if not crawler.settings.getbool("REDIRECT_ENABLED"):
            raise NotConfigured
        return cls()

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status not in {301, 302, 303, 307, 308} or b"Location" not in response.headers:
            self._check_meta_refresh(request, response)
            return response
        if request.meta.get("dont_redirect"):
            return response
        location = (response.headers[b"Location"] or b"").decode("latin-1").strip()
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

    @staticmethod
    def _check_meta_refresh(request: Request, response: Response) -> None:
        """A <meta http-equiv="refresh"> to another site is classed here, before Scrapy's
        MetaRefreshMiddleware would fetch the other site: MOVED, like an HTTP redirect."""
        from scrapy.http import HtmlResponse
        from scrapy.utils.response import get_meta_refresh

        hosts = request.meta.get(META_HOSTS)
        if not hosts or not isinstance(response, HtmlResponse) or not may_refresh(response.body):
            return
        _interval, target = get_meta_refresh(response, ignore_tags=["noscript"])
        if not target:
            return
        if urlsplit(target).scheme.lower() not in {"http", "https"}:
            raise Verdict(FetchOutcome.BLOCKED, FetchFailureReason.REDIRECT_ERROR,
                          f"meta refresh to {target} refused: only http:// and https:// URLs are fetched",
                          status=response.status, final_url=target)
        if site_host(urlsplit(target).hostname) not in hosts:
            raise Verdict(FetchOutcome.MOVED, None, f"meta refresh to another site: {target}",
                          status=response.status, final_url=target)
