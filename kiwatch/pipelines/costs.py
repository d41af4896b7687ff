"""Where one crawl spends its CPU: seconds per stage, over all threads and processes.

Every crawl keeps this ledger (a clock read costs well under a microsecond per page) and
stores it in the run summary, so `make bench` and operators read the same figures:

    startup      process CPU from interpreter start to the first request on the wire
    scrapy       the crawl thread after that, minus link parsing (Scrapy, Twisted, the spider)
    parse        link extraction in the spider (one lxml parse per HTML page)
    extract      extraction in the worker processes (decode, parse, fields, normalise)
    store        the storage thread: opening the database once the first requests are out
                 (SQLAlchemy's import, the registry mirror, the run row), then writing fetch
                 attempts and snapshots
    profile_diff after the crawl: profile rebuild, diff, per-centre bookkeeping
    transfer     handing pages to the workers and results back (pickling both ways, queue
                 threads) — what remains of the crawl process's and the workers' CPU
    workers_startup  the workers' interpreter start and imports (where workers are forked from a
                 server that loaded the extractor once: that server's start, and each fork)

Beside the CPU, how each fetched body was treated (``pages`` in the summary): the field rules
run (``fields``), skipped because the page reads as its current snapshot did
(``same_reading``), or not extracted at all because the bytes are the same (``same_body``);
``failed`` counts bodies whose extraction failed.
"""

from __future__ import annotations

import os
import resource
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

FIELDS, SAME_READING, SAME_BODY, FAILED = "fields", "same_reading", "same_body", "failed"


def children_cpu() -> float:
    """CPU seconds of this process's waited-for children (the extraction workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class CostLedger:
    """CPU seconds per stage of one crawl; thread-safe."""

    def __init__(self, on_first_request: Callable[[], None] | None = None) -> None:
        self._lock = threading.Lock()
        self._on_first_request = on_first_request  # called right after the start-up checkpoint
        self.seconds: dict[str, float] = defaultdict(float)
        self.first_request_at: float | None = None  # epoch seconds
        self._crawl_thread_at_first: float = 0.0
        self._children_at_start = children_cpu()
        self._worker_pids: set[int] = set()
        self._server_pids: set[int] = set()
        self.pages: dict[str, int] = defaultdict(int)  # bodies by how they were treated (module doc)

    def add(self, stage: str, seconds: float) -> None:
        with self._lock:
            self.seconds[stage] += seconds

    def count(self, path: str) -> None:
        with self._lock:
            self.pages[path] += 1

    @contextmanager
    def measure(self, stage: str) -> Iterator[None]:
        """CPU of the calling thread inside the block, booked to `stage`."""
        start = time.thread_time()
        try:
            yield
        finally:
            self.add(stage, time.thread_time() - start)

    def first_request(self) -> None:
        """Called on the crawl thread when the first request reaches the downloader."""
        if self.first_request_at is None:
            self.first_request_at = time.time()
            self.seconds["startup"] = time.process_time()
            self._crawl_thread_at_first = time.thread_time()
            if self._on_first_request is not None:
                self._on_first_request()

    def crawl_thread_done(self) -> None:
        """Called on the crawl thread when the crawl has ended."""
        if self.first_request_at is not None:
            self.add("crawl_thread", time.thread_time() - self._crawl_thread_at_first)

    def worker_result(self, pid: int, extract_s: float, startup_s: float, server_pid: int = 0,
                      server_s: float = 0.0) -> None:
        """A worker's extraction CPU for one page; its start-up CPU once per worker, and that of
        the fork server it came from (which loaded the extractor for all of them) once per server."""
        with self._lock:
            self.seconds["extract"] += extract_s
            if pid not in self._worker_pids:
                self._worker_pids.add(pid)
                self.seconds["workers_startup"] += startup_s
            if server_pid and server_pid not in self._server_pids:
                self._server_pids.add(server_pid)
                self.seconds["workers_startup"] += server_s

    def summary(self, pages: int) -> dict[str, Any]:
        """Milliseconds per stage (whole run) and per page; call after the workers have exited."""
        s = dict(self.seconds)
        crawl_thread = s.pop("crawl_thread", 0.0)
        stages = {
            "startup": s.get("startup", 0.0),
            "scrapy": max(0.0, crawl_thread - s.get("parse", 0.0)),
            "parse": s.get("parse", 0.0),
            "extract": s.get("extract", 0.0),
            "store": s.get("store", 0.0),
            "profile_diff": s.get("profile_diff", 0.0),
            "workers_startup": s.get("workers_startup", 0.0),
        }
        own = time.process_time()
        workers = children_cpu() - self._children_at_start
        accounted_own = stages["startup"] + crawl_thread + stages["store"] + stages["profile_diff"]
        worker_rest = workers - stages["extract"] - stages["workers_startup"]
        stages["transfer"] = max(0.0, own - accounted_own) + max(0.0, worker_rest)
        return {
            "pages": pages,
            "total_ms": round(1000 * (own + workers), 1),
            "stages_ms": {k: round(1000 * v, 1) for k, v in stages.items()},
            "first_request_at": self.first_request_at,
            "extraction": {k: self.pages.get(k, 0) for k in (FIELDS, SAME_READING, SAME_BODY, FAILED)},
            "pid": os.getpid(),
        }
