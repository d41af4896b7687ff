"""The crawl's sink: fetch result → extract (worker pool) → detection, and after the crawl each
centre's profile.

`PipelineSink` is what the crawler calls for every fetched URL. Nothing heavy runs on Scrapy's
event loop: a slow PDF (up to its own timeout) must not stall the downloads of other sites into
false timeouts. Extraction is CPU work, so it runs in a pool of worker processes (the crawl
itself keeps one core busy; a thread would share it through the GIL); one storage thread takes
the records in arrival order and writes them, each page in its own transaction, so one bad page
never takes the others with it. A bounded queue gives back-pressure to the crawl.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import signal
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace

from kiwatch.core.errors import ExtractionError
from typing import Callable

from kiwatch.core.errors import StorageError
from kiwatch.core.vocab import (CentreRunStatus, ExtractionFailureReason, FetchFailureReason, FetchOutcome,
                                PageVerdict, ProfileVerdict)
from kiwatch.detection import record_centre_run, record_fetch, update_profile
from kiwatch.pipelines.extract import extract
from kiwatch.pipelines.pdftext import enter_sandbox
from kiwatch.records import CentreTally, FetchResult, PageRecord
from kiwatch.registry import CentreConfig
from kiwatch.storage.store import Store

Progress = Callable[[str, str, FetchOutcome], None]

log = logging.getLogger(__name__)


def extract_result(result: FetchResult, hints: dict[str, str] | None = None) -> tuple[FetchResult, PageRecord | None]:
    """The page record of a successful fetch, or the fetch turned into a failure with the
    extraction's reason (empty page, soft error page, broken PDF); ``hints`` are the centre's
    site hints from the registry."""
    if result.outcome is not FetchOutcome.OK:
        return result, None
    try:
        return result, extract(result.body or b"", result.url, result.content_type, result.charset, hints)
    except ExtractionError as exc:
        return replace(result, outcome=FetchOutcome.FAILED, reason=exc.reason, detail=exc.detail), None
    except Exception as exc:  # an extractor bug must cost one page, not the crawl
        log.exception("extraction of %s failed", result.url)
        return replace(result, outcome=FetchOutcome.FAILED, reason=ExtractionFailureReason.EXTRACTION_ERROR,
                       detail=f"{type(exc).__name__}: {exc}"), None


def _worker_start() -> None:
    """An extraction worker: sandboxed, and deaf to Ctrl-C (see PipelineSink._submit)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    enter_sandbox()


class PipelineSink:
    """Receives fetch results from the crawler and stores them; tallies the run summary."""

    def __init__(self, store: Store, run_id: int, centres: list[CentreConfig], progress: Progress | None = None,
                 workers: int | None = None):
        self.store = store
        self.run_id = run_id
        self.tallies: dict[str, CentreTally] = {c.slug: CentreTally() for c in centres}
        self._hints = {c.slug: dict(c.hints) for c in centres if c.hints}
        self._validators = {c.slug: store.all_validators(c.slug) for c in centres}
        self._progress = progress
        self.fatal: StorageError | None = None  # set when the database refuses every write
        self._workers = workers if workers is not None else (os.cpu_count() or 1)
        self._pool: ProcessPoolExecutor | None = None
        self._queue: queue.Queue[tuple[FetchResult, Future | None] | None] = queue.Queue(maxsize=32)
        self._aborted = False
        self.globally_failed = False
        self._worker = threading.Thread(target=self._work, name="kiwatch-pipeline", daemon=True)
        self._worker.start()

    # CrawlSink protocol ---------------------------------------------------------------
    def known_urls(self, slug: str) -> list[str]:
        return self.store.known_urls(slug)

    def validators(self, slug: str, url: str) -> tuple[str | None, str | None] | None:
        return self._validators.get(slug, {}).get(url)

    def on_progress(self, slug: str, url: str, outcome: FetchOutcome) -> None:
        """Progress is shown by the worker once the page is processed (and its final outcome known)."""

    def on_result(self, result: FetchResult) -> None:
        future = None
        if result.outcome is FetchOutcome.OK and self._workers > 0:
            future = self._submit(result)
        self._queue.put((result, future))

    def _submit(self, result: FetchResult) -> Future | None:
        # Ctrl-C reaches the whole process group: a worker still importing would die with a
        # traceback. Workers are started with SIGINT ignored (inherited through exec, and
        # Python then installs no KeyboardInterrupt handler); the crawl process alone decides
        # what an interrupt means. The pool starts one worker per submit until it is full, so
        # every submit is covered. Only the main thread may change handlers.
        if threading.current_thread() is not threading.main_thread():
            return self._submit_unmasked(result)
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            return self._submit_unmasked(result)
        finally:
            signal.signal(signal.SIGINT, previous)

    def _submit_unmasked(self, result: FetchResult) -> Future | None:
        try:
            if self._pool is None:
                # spawn, not fork: the crawl process runs threads (Twisted's pool, ours)
                self._pool = ProcessPoolExecutor(self._workers, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=_worker_start)
            return self._pool.submit(extract_result, result, self._hints.get(result.centre))
        except (BrokenProcessPool, RuntimeError):
            log.warning("extraction pool unavailable; extracting %s in the crawl process", result.url)
            self._pool = None
            return None

    def _extracted(self, result: FetchResult, future: Future | None) -> tuple[FetchResult, PageRecord | None]:
        if future is None:
            return extract_result(result, self._hints.get(result.centre))
        try:
            return future.result()
        except BrokenProcessPool as exc:  # a worker died (e.g. killed for memory): this page only
            self._pool = None
            return replace(result, outcome=FetchOutcome.FAILED, reason=ExtractionFailureReason.EXTRACTION_ERROR,
                           detail=f"extraction process died: {exc}"), None

    def abort(self) -> None:
        """Stop now (Ctrl-C): pages not yet stored are dropped, none half-written (each page is
        one transaction); no profile is diffed, so the next run compares with the last full one."""
        self._aborted = True
        while True:  # make room: the crawl may be blocked putting into a full queue
            try:
                self._queue.get_nowait()
            except queue.Empty:
                break
        self._queue.put(None)
        self._worker.join(timeout=30)
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def _work(self) -> None:
        while (item := self._queue.get()) is not None:
            result, future = item
            if self.fatal is not None or self._aborted:
                continue  # the database cannot be written / Ctrl-C: drain the queue
            try:
                self._process(*self._extracted(result, future))
            except StorageError as exc:
                self.fatal = exc
            except Exception:  # never let one page end the worker: the others would be lost
                log.exception("processing %s failed", result.url)

    def _process(self, result: FetchResult, record: PageRecord | None) -> None:
        tally = self.tallies.setdefault(result.centre, CentreTally())
        try:
            verdict = record_fetch(self.store, self.run_id, result, record)
        except StorageError:
            raise
        except Exception as exc:
            log.exception("storing %s failed", result.url)
            verdict = PageVerdict.FAILED
            result = replace(result, reason=FetchFailureReason.OTHER, detail=f"storage: {exc}")
        tally.pages += 1
        if verdict is PageVerdict.UNCHANGED:
            tally.unchanged += 1
        elif verdict in (PageVerdict.NEW, PageVerdict.CHANGED):
            tally.changed += 1
        else:
            tally.failed += 1
            if result.reason is FetchFailureReason.ROBOTS:
                tally.status = CentreRunStatus.BLOCKED
            reason = result.reason.value if result.reason else result.outcome.value
            tally.reasons[reason] = tally.reasons.get(reason, 0) + 1
            tally.failures.append(f"{result.url}: {reason}{' (' + result.detail + ')' if result.detail else ''}")
        if self._progress is not None:
            self._progress(result.centre, result.url, result.outcome)

    # after the crawl ------------------------------------------------------------------
    def finish(self) -> dict[str, CentreTally]:
        """Wait for queued pages, then diff every crawled centre's profile, each centre in its
        own transaction."""
        self._queue.put(None)
        self._worker.join()
        if self._pool is not None:
            self._pool.shutdown()
        if self.fatal is not None:
            raise self.fatal
        crawled = [t for t in self.tallies.values() if t.pages]
        # Every centre failed completely at once: our own network, proxy or DNS is down, not 54
        # sites (I2). One global failure is recorded for the run; the centres' health stays as
        # it was, so no centre turns "failing" and nobody is told 54 sites are unreachable.
        # One centre alone failing is that centre's failure.
        self.globally_failed = len(crawled) >= 2 and all(t.pages == t.failed for t in crawled)
        for slug, tally in self.tallies.items():
            if tally.pages == 0:
                tally.status = CentreRunStatus.SKIPPED
                continue
            verdict: ProfileVerdict | None = None
            try:
                _, verdict = update_profile(self.store, slug, self.run_id)
                tally.baseline = verdict is ProfileVerdict.BASELINE
                if verdict is ProfileVerdict.EXTRACTION_FAILED:
                    tally.status = CentreRunStatus.EXTRACTION_FAILED
                    tally.failures.append("extraction_failed: no address, phone or e-mail found any more; "
                                          "profile kept, check the page template")
                tally.changes = self.store.count_changes(slug, self.run_id)
            except Exception as exc:
                log.exception("profile update of %s failed", slug)
                tally.status = CentreRunStatus.ERROR
                tally.failures.append(f"profile: {exc}")
            record_centre_run(self.store, self.run_id, slug, tally, verdict, health_unchanged=self.globally_failed)
        return self.tallies
