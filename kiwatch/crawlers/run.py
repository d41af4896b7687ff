"""Run one crawl of a list of centres and report every fetch to a sink.

    crawl(centres, sink, settings)

The Twisted reactor cannot be restarted, so `crawl()` can run once per process. Callers that
crawl repeatedly (the scheduler, tests) start each crawl in a new process, e.g.
`python -m kiwatch.crawlers.dump` or the CLI's `kiwatch crawl`.
"""

from __future__ import annotations

import inspect
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType, ModuleType
from typing import Any, Protocol

from scrapy.crawler import CrawlerProcess
from scrapy.settings import default_settings as scrapy_defaults

from kiwatch.crawlers.spider import CentreSpider
from kiwatch.records import FetchOutcome, FetchResult
from kiwatch.registry import CentreConfig
from kiwatch.settings import Settings

logger = logging.getLogger(__name__)


@contextmanager
def _frames_without_source() -> Iterator[None]:
    """Scrapy names the module of each deprecated alias it defines (three in the HTTP
    handler's TLS modules) from `inspect.stack()[1]`, and stack() looks up the source file,
    module and lines of every frame on the stack — each lookup a pass over all loaded
    modules: 0.05–0.15 s of CPU before the first request, for a module name. While those
    modules are imported here (at start-up, on the main thread), stack() gives the frames
    alone, which is all that code reads of them. The module of the caller's frame is then
    looked up by `inspect.getmodule`, whose first call resolves the real path of every loaded
    module's file (600 `realpath` calls, about 0.04 s); a frame's module is the one its
    globals name, which is what getmodule finds for a loaded module."""
    stack, getmodule = inspect.stack, inspect.getmodule

    def frames(context: int = 1) -> list[tuple[FrameType]]:
        found: list[tuple[FrameType]] = []
        frame: FrameType | None = sys._getframe(1)
        while frame is not None:
            found.append((frame,))
            frame = frame.f_back
        return found

    def module_of(obj: object, _filename: str | None = None) -> ModuleType | None:
        if isinstance(obj, FrameType):
            return sys.modules.get(obj.f_globals.get("__name__", ""))
        return getmodule(obj, _filename)

    inspect.stack = frames  # type: ignore[assignment]
    inspect.getmodule = module_of  # type: ignore[assignment]
    try:
        yield
    finally:
        inspect.stack, inspect.getmodule = stack, getmodule


with _frames_without_source():
    # the download handler for http(s), which the crawler would import when it starts
    from scrapy.core.downloader.handlers import http11  # noqa: F401

_MW = "kiwatch.crawlers.middlewares."
# Scrapy components kiwatch never uses are left out of Scrapy's base lists instead of being
# switched off: naming a component in EXTENSIONS or DOWNLOADER_MIDDLEWARES imports it even to
# disable it (cookies pull in tldextract and requests, the remote control aiohttp: together
# about a third of a crawl's start-up). Scrapy 2.19's RemoteControl would also open an HTTP
# server on localhost that runs the Python code sent to it — never wanted in a crawler of
# untrusted pages (REMOTE_CONTROL_ENABLED is off as well, should a later Scrapy move it).
UNUSED_EXTENSIONS = frozenset({
    "scrapy.extensions.remote_control.RemoteControl",
    "scrapy.extensions.telnet.TelnetConsole",
    "scrapy.extensions.feedexport.FeedExporter",
    "scrapy.extensions.spiderstate.SpiderState",
    "scrapy.extensions.memdebug.MemoryDebugger",
})
UNUSED_DOWNLOADER_MIDDLEWARES = frozenset({
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware",  # COOKIES_ENABLED is off
    "scrapy.downloadermiddlewares.httpcache.HttpCacheMiddleware",  # HTTPCACHE_ENABLED is off
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware",  # replaced by RobotsPolicyMiddleware
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware",  # replaced by metarefresh.MetaRefreshMiddleware
    # counts the bytes of every request and response into Scrapy's stats, which kiwatch never
    # reads (its own run summary counts pages); it rebuilt each request's HTTP form to count it
    "scrapy.downloadermiddlewares.stats.DownloaderStats",
    # no-ops for kiwatch's requests, each still a step of every request's middleware chain (and
    # the offsite check a handler of every request_scheduled signal): kiwatch's scope is its own
    # (spider._request, CentreScope; every request is dont_filter, the spider names no
    # allowed_domains), and no spider or request carries HTTP credentials
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware",
    "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware",
})
# Spider middlewares run on every request a callback yields and wrap every callback's output in
# one more asynchronous generator, response by response
UNUSED_SPIDER_MIDDLEWARES = frozenset({
    "scrapy.spidermiddlewares.depth.DepthMiddleware",  # depth is kiwatch's own (kiwatch_depth, max_depth)
    # warns once when a spider copies Scrapy's internal keys from response.meta into a new
    # request's; kiwatch builds every request's meta afresh (spider._request)
    "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware",
})


def _without(base: dict[str, int], unused: frozenset[str]) -> dict[str, int]:
    return {path: order for path, order in base.items() if path not in unused}
# Scrapy 2.14 renamed DNS_RESOLVER and warns on every crawl when the old name is set.
_RESOLVER_SETTING = "TWISTED_DNS_RESOLVER" if hasattr(scrapy_defaults, "TWISTED_DNS_RESOLVER") else "DNS_RESOLVER"


class CrawlSink(Protocol):
    """What the crawl reports to, and asks about earlier runs. Called in the crawl process."""

    def known_urls(self, slug: str) -> list[str]:
        """Pages of this centre seen in earlier runs; re-checked even if no link leads there."""

    def validators(self, slug: str, url: str) -> tuple[str | None, str | None] | None:
        """(ETag, Last-Modified) of the last good snapshot of `url`, for a conditional request."""

    def stored_links(self, result: FetchResult) -> str | None:
        """The links (scope.PageLinks JSON) stored with this page when `result` is the
        body they were found in — the same bytes (OK), or a 304 — else None (the page is parsed)."""

    def on_result(self, result: FetchResult) -> None:
        """Exactly one call per requested URL. An exception is logged and reported as failed/other."""

    def on_progress(self, slug: str, url: str, outcome: FetchOutcome) -> None:
        """After each on_result; for a progress display. May do nothing."""


def scrapy_settings(settings: Settings) -> dict[str, Any]:
    """Scrapy settings for our Settings. Nothing secret goes in (the SMTP password stays out)."""
    return {
        "BOT_NAME": "kiwatch",
        "USER_AGENT": settings.full_user_agent,
        "ROBOTSTXT_OBEY": settings.obey_robots,
        "DOWNLOAD_TIMEOUT": settings.download_timeout,
        _RESOLVER_SETTING: "kiwatch.crawlers.resolver.PolicyResolver",
        "DNS_TIMEOUT": settings.download_timeout,
        "RETRY_TIMES": settings.retry_times,
        "RETRY_GIVE_UP_LOG_LEVEL": "WARNING",  # the failure is reported as a result, not a crash
        "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
        "KIWATCH_RETRY_AFTER_ENABLED": True,
        "KIWATCH_RETRY_AFTER_CAP": settings.retry_after_cap,
        "KIWATCH_UNRESPONSIVE_AFTER": settings.unresponsive_after,
        "AUTOTHROTTLE_ENABLED": settings.autothrottle,
        "AUTOTHROTTLE_START_DELAY": max(settings.download_delay, 1.0),
        "DOWNLOAD_DELAY": settings.download_delay,
        "CONCURRENT_REQUESTS": settings.concurrent_requests,
        "CONCURRENT_REQUESTS_PER_DOMAIN": settings.concurrent_per_domain,
        # Scrapy starts this many worker tasks (and a queue) for every callback's output, to run
        # items through item pipelines in parallel; kiwatch's callbacks yield only requests
        # (results go to the sink), so one is enough — 100 cost a third of Scrapy's CPU per page
        "CONCURRENT_ITEMS": 1,
        # Scrapy checks every callback that is a generator for a `return value` by reading its
        # source and parsing it with ast; the answer is cached per bound method, which dies
        # with its request, so it re-parsed spider.py for most responses (a development aid:
        # kiwatch's callbacks return nothing)
        "WARN_ON_GENERATOR_RETURN_VALUE": False,
        "REDIRECT_MAX_TIMES": 5,
        # the global cap is the larger one; each request carries its own (HTML or PDF)
        "DOWNLOAD_MAXSIZE": max(settings.max_html_bytes, settings.max_pdf_bytes),
        "DOWNLOAD_WARNSIZE": settings.warn_bytes,
        "DOWNLOAD_FAIL_ON_DATALOSS": True,  # never hand on a partial body
        "DOWNLOAD_VERIFY_CERTIFICATES": settings.verify_tls,
        "DOWNLOAD_HANDLERS": {"file": None, "data": None, "ftp": None, "s3": None},
        "KIWATCH_URLPOLICY_ENABLED": True,
        "KIWATCH_URLPOLICY_ALLOW_PRIVATE_HOSTS": settings.allow_private_hosts,
        "KIWATCH_URLPOLICY_PRIVATE_NETWORKS": settings.private_networks,
        "EXTENSIONS_BASE": _without(scrapy_defaults.EXTENSIONS_BASE, UNUSED_EXTENSIONS),
        "DOWNLOADER_MIDDLEWARES_BASE": _without(scrapy_defaults.DOWNLOADER_MIDDLEWARES_BASE, UNUSED_DOWNLOADER_MIDDLEWARES),
        "SPIDER_MIDDLEWARES_BASE": _without(scrapy_defaults.SPIDER_MIDDLEWARES_BASE, UNUSED_SPIDER_MIDDLEWARES),
        "REMOTE_CONTROL_ENABLED": False,
        "DOWNLOADER_MIDDLEWARES": {
            _MW + "urlpolicy.UrlPolicyMiddleware": 40,
            _MW + "robots.RobotsPolicyMiddleware": 100,
            _MW + "unresponsive.UnresponsiveHostMiddleware": 545,  # sees a timeout once its retries are spent
            _MW + "retryafter.RetryAfterMiddleware": 560,
            _MW + "metarefresh.MetaRefreshMiddleware": 580,  # Scrapy's place for it
            _MW + "redirectguard.RedirectGuardMiddleware": 610,
        },
        "HTTPERROR_ALLOW_ALL": True,  # the spider classifies every status itself
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "HTTPCACHE_ENABLED": False,
        # Twisted's own reactor for the platform (epoll on Linux), not Scrapy's default of Twisted
        # on top of asyncio's loop: kiwatch runs no asyncio code, and the asyncio loop costs on
        # every event (its callback handles, the hooks it puts on each of Scrapy's many async
        # generators): under load, 1,000 unchanged pages crawled 11-30 % faster, Scrapy CPU -4-9 %
        "TWISTED_REACTOR": None,
        "LOG_LEVEL": "WARNING",  # also keeps Scrapy's INFO "Overridden settings" dump out
        "LOGSTATS_INTERVAL": 0,
    }


def _without_traceback(record: logging.LogRecord) -> bool:
    # Scrapy logs every unreachable robots.txt with a full traceback at ERROR; the failure is
    # already reported per page with its reason, so one line is enough
    record.exc_info = None
    record.exc_text = None
    return True


def crawl(centres: list[CentreConfig], sink: CrawlSink, settings: Settings) -> None:
    """Crawl `centres` once, blocking until done. Once per process (Twisted reactor)."""
    crawlable = [c for c in centres if c.crawlable]
    if not crawlable:
        return
    scrapy_config = scrapy_settings(settings)
    # keep a caller's logging set-up (the CLI's); configure Scrapy's own only when there is none
    scrapy_config["LOG_INSTALL_ROOT_HANDLER"] = not logging.getLogger().handlers
    process = CrawlerProcess(scrapy_config)
    _scrapy_log_level()
    robots_logger = logging.getLogger("scrapy.downloadermiddlewares.robotstxt")
    if _without_traceback not in robots_logger.filters:
        robots_logger.addFilter(_without_traceback)
    insecure = [c for c in crawlable if not c.verify_tls] if settings.verify_tls else []
    secure = [c for c in crawlable if c not in insecure]
    if secure:
        process.crawl(CentreSpider, centres=secure, sink=sink, kiwatch_settings=settings)
    if insecure:
        # DOWNLOAD_VERIFY_CERTIFICATES is per crawler, so these centres get a crawler of their own
        for centre in insecure:
            logger.warning("TLS certificate verification is OFF for %s (%s) as set in the registry (verify_tls = false)",
                           centre.slug, ", ".join(sorted(centre.hosts)))
        unverified = type("UnverifiedTlsCentreSpider", (CentreSpider,), {
            "name": "kiwatch-unverified-tls",
            "custom_settings": {"DOWNLOAD_VERIFY_CERTIFICATES": False},
        })
        process.crawl(unverified, centres=insecure, sink=sink, kiwatch_settings=settings)
    interrupted = _stop_at_once_on_signal()
    costs = getattr(sink, "costs", None)
    process.start(install_signal_handlers=False)
    if interrupted:
        raise KeyboardInterrupt(interrupted[0])
    if costs is not None:
        costs.crawl_thread_done()


def _scrapy_log_level() -> None:
    """Scrapy's logging set-up puts its loggers at DEBUG whatever LOG_LEVEL says and leaves the
    filtering to the handlers, so every response builds a "Crawled (200)" record that no
    handler shows; raise the loggers to the lowest level a handler accepts."""
    handlers = logging.getLogger().handlers
    lowest = min((h.level for h in handlers), default=logging.WARNING)
    logging.getLogger("scrapy").setLevel(max(lowest, logging.DEBUG))


def _stop_at_once_on_signal() -> list[str]:
    """Ctrl-C / SIGTERM end the crawl at once; `crawl` then raises KeyboardInterrupt.

    Scrapy's own first Ctrl-C waits for every request in flight (timeouts, retries: many
    seconds) and then returns as if the crawl had ended normally; a user who presses Ctrl-C
    wants it to stop, and to be told it did not finish. The event loop is left without its
    shutdown (reactor.crash: no request is waited for); an exception raised in the handler
    itself would not do, as Twisted's own loop logs it and runs on. Pages are written by the
    pipeline's own thread, each in one transaction, so leaving the event loop here
    half-writes nothing; the caller records the run as interrupted and ends the process.
    Returns the list that receives the signal's name.
    """
    import signal

    from scrapy.utils.ossignal import install_shutdown_handlers
    from twisted.internet import reactor

    received: list[str] = []
    loop: Any = reactor  # Twisted's stubs type crash() as a plain function attribute

    def on_signal(signum: int, _frame: object) -> None:
        install_shutdown_handlers(signal.SIG_IGN)  # a second Ctrl-C changes nothing
        if not loop.running:  # the crawl's loop has ended: stop what runs now (profiles, summary)
            raise KeyboardInterrupt(signal.Signals(signum).name)
        received.append(signal.Signals(signum).name)
        loop.callFromThread(loop.crash)  # wakes the loop from its wait for the network

    reactor.callWhenRunning(install_shutdown_handlers, on_signal)
    return received
