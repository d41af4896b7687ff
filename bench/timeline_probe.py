"""`kiwatch …` with checkpoints stamped for bench.timeline (CLOCK_MONOTONIC, written as JSON to
$KIWATCH_TIMELINE when the process exits). Wraps kiwatch's functions from outside; nothing in
kiwatch knows about it.

    KIWATCH_TIMELINE=/tmp/stamps.json python -m bench.timeline_probe crawl --sites … --db …
"""

from __future__ import annotations

import atexit
import importlib
import json
import os
import sys
import time
from typing import Any

STAMPS: dict[str, float] = {"probe_start": time.monotonic()}


def _write() -> None:
    path = os.environ.get("KIWATCH_TIMELINE")
    if path:
        with open(path, "w") as fh:
            json.dump(STAMPS, fh)


def _wrap(owner: Any, name: str, before: str | None = None, after: str | None = None, first: bool = False,
          last: bool = False) -> None:
    original = getattr(owner, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if before and not (first and before in STAMPS):
            STAMPS[before] = time.monotonic()
        try:
            return original(*args, **kwargs)
        finally:
            if after and (last or after not in STAMPS):
                STAMPS[after] = time.monotonic()

    setattr(owner, name, wrapped)


def install() -> None:
    from kiwatch.crawlers import job, sink
    from kiwatch.pipelines import costs

    _wrap(costs.CostLedger, "first_request", after="first_request")
    _wrap(sink.PipelineSink, "on_result", after="last_result", last=True)
    _wrap(sink.PipelineSink, "_process", after="last_batch_stored", last=True)
    _wrap(sink.PipelineSink, "finish", before="crawl_ended")
    _wrap(sink.PipelineSink, "_finish_centres", before="store_drained", after="centres_finished")
    _wrap(job, "crawl", before="crawl_called")

    # what `kiwatch crawl` imports anyway (kiwatch.cli's own `crawl` is a lazy stand-in)
    crawl = importlib.import_module("kiwatch.cli.crawl")
    _wrap(crawl, "run_crawl", after="run_closed")  # the run row is closed as it returns
    if os.environ.get("TIMELINE_DETAIL"):
        _detail()
    if os.environ.get("TIMELINE_REQUESTS"):
        _requests(os.environ["TIMELINE_REQUESTS"])
    exit_ = os._exit
    profiler = None
    if os.environ.get("TIMELINE_PROFILE"):  # cProfile of the main thread (the reactor's), to this file
        import cProfile

        profiler = cProfile.Profile(time.thread_time) if os.environ.get("TIMELINE_CPU") else cProfile.Profile()
        profiler.enable()

    def stamped_exit(code: int) -> None:
        STAMPS["os_exit"] = time.monotonic()
        _write()
        for hook in _exit_hooks:
            hook()
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(os.environ["TIMELINE_PROFILE"])
        exit_(code)

    os._exit = stamped_exit  # type: ignore[assignment]
    atexit.register(_write)


def _requests(path: str) -> None:
    """Per request: reached the downloader, response received, callback entered (JSON lines)."""
    from scrapy import signals

    from kiwatch.crawlers import spider

    times: dict[str, list[float]] = {}
    original = spider.CentreSpider.from_crawler.__func__  # type: ignore[attr-defined]
    original_parse = spider.CentreSpider.parse

    def from_crawler(cls: Any, crawler: Any, *args: Any, **kwargs: Any) -> Any:
        sp = original(cls, crawler, *args, **kwargs)
        crawler.signals.connect(lambda request, spider: times.setdefault(request.url, [time.monotonic()]),
                                signal=signals.request_reached_downloader, weak=False)
        crawler.signals.connect(lambda response, request, spider: times.get(request.url, [0.0]).append(time.monotonic()),
                                signal=signals.response_received, weak=False)
        return sp

    def parse(self: Any, response: Any) -> Any:
        times.get(response.request.url, [0.0, 0.0]).append(time.monotonic())
        return original_parse(self, response)

    spider.CentreSpider.from_crawler = classmethod(from_crawler)  # type: ignore[method-assign]
    spider.CentreSpider.parse = parse  # type: ignore[method-assign]
    atexit.register(lambda: open(path, "w").write(json.dumps(times)))
    _exit_hooks.append(lambda: open(path, "w").write(json.dumps(times)))


_exit_hooks: list[Any] = []


def _detail() -> None:
    """Finer stamps of the crawl's end and the run's tail (imports SQLAlchemy early: the
    start-up phase reads high with them)."""
    from scrapy.core.engine import ExecutionEngine
    from scrapy.crawler import CrawlerProcess

    from kiwatch.cli import run_summary
    from kiwatch.crawlers import spider
    from kiwatch.detection import centres
    from kiwatch.storage.store import Store

    _wrap(spider.CentreSpider, "_on_idle", before="spider_idle_first", first=True)
    _wrap(spider.CentreSpider, "_on_closed", before="spider_closed")
    _wrap(ExecutionEngine, "close_spider", before="engine_close_spider")
    _wrap(CrawlerProcess, "_stop_reactor", before="reactor_stop")
    _wrap(centres, "profile_is_current", after="profile_is_current")
    _wrap(Store, "change_counts", after="change_counts")
    _wrap(centres, "record_centre_runs", after="record_centre_runs")
    _wrap(Store, "finish_run", before="finish_run_begin", after="finish_run_end")
    _wrap(run_summary, "print_summary", before="summary_begin", after="summary_end")


if __name__ == "__main__":
    install()
    from kiwatch.cli import main

    sys.argv[0] = "kiwatch"
    sys.exit(main())
