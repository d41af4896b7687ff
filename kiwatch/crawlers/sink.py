"""The crawl's sink: fetch result → extract (worker pool) → detection, and after the crawl each
centre's profile.

`PipelineSink` is what the crawler calls for every fetched URL. Nothing heavy runs on Scrapy's
event loop: a slow PDF (up to its own timeout) must not stall the downloads of other sites into
false timeouts. Extraction is CPU work, so it runs in a pool of worker processes (the crawl
itself keeps one core busy; a thread would share it through the GIL); one storage thread takes
the records in arrival order and writes what arrives within a moment in one transaction (a
page's rows always together; should one page fail, the batch is written again page by page,
so one bad page never takes the others with it). A bounded queue gives back-pressure to the
crawl.

What costs nothing in detection is not done (issue 11): a body byte-identical to the one the
current snapshot was read from is not extracted again (stored as "not modified"); a body that
reads as the current snapshot's did (same reading key: only noise changed — calendar,
counters, stamps, session ids, teaser lists) runs the document layer but not the field rules;
a worker whose page says what the current snapshot says sends back its content hash, not the record;
a centre none of whose pages changed keeps its profile without a rebuild, unless the previous
run did not leave it current. Every stage's CPU is booked in a CostLedger (run summary).
"""

from __future__ import annotations

import logging
import os
import queue
import signal
import sys
import threading
import time
import types
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING

from kiwatch.core.errors import StorageError
from kiwatch.core.vocab import (
    CentreRunStatus,
    ExtractionFailureReason,
    FetchFailureReason,
    FetchOutcome,
    PageVerdict,
    ProfileVerdict,
    RunStatus,
)
from kiwatch.crawlers.batching import BATCH, gather
from kiwatch.crawlers.opening import StoreOpening
from kiwatch.crawlers.remembered import repeatable
from kiwatch.crawlers.runwriter import RunWriter
from kiwatch.crawlers.workerpool import stop_worker_server, worker_context
from kiwatch.pipelines import costs
from kiwatch.pipelines.costs import CostLedger
from kiwatch.pipelines.worker import Extracted, body_key, extract_page, extract_result, start_worker
from kiwatch.records import CentreTally, FetchResult
from kiwatch.registry import CentreConfig
from kiwatch.settings import Settings
from kiwatch.storage.crawlstate import CrawlState, KnownFailure, KnownPage
from kiwatch.storage.writes import PageWrite

if TYPE_CHECKING:
    from kiwatch.storage.store import Store

__all__ = ["PipelineSink", "Progress", "StoreOpening", "extract_result"]

Progress = Callable[[str, str, FetchOutcome], None]

log = logging.getLogger(__name__)

LINGER = 0.25  # seconds the storage thread waits for more pages before it writes a batch
SAME_BODY = "same bytes as the last fetch; not extracted again"


@contextmanager
def _bare_main_module() -> Iterator[None]:
    """A spawned worker first re-imports the parent's __main__ — here the whole command line,
    with the libraries of the web dashboard, mail and exports — before it runs anything: tens of
    MB and most of its start-up for nothing a worker uses. While the pool starts workers (during
    submit), __main__ is a bare module, so there is nothing to re-import; the worker function is
    found by its own module name."""
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if main is not None:
            sys.modules["__main__"] = main


def _close(pool: ProcessPoolExecutor | None) -> None:
    if pool is not None:
        pool.shutdown()
        stop_worker_server()


class PipelineSink:
    """Receives fetch results from the crawler and stores them; tallies the run summary.

    `PipelineSink(store, run_id, centres)` reads the crawl state from the store;
    `PipelineSink(opening, None, centres, state=...)` is given the state read before the
    database was opened (storage/crawlstate.py), and its storage thread opens the store once
    the first request is out (or the first result arrives, or the crawl ends)."""

    def __init__(self, store: Store | StoreOpening, run_id: int | None, centres: list[CentreConfig],
                 progress: Progress | None = None, workers: int | None = None,
                 state: CrawlState | None = None, settings: Settings | None = None):
        if isinstance(store, StoreOpening):
            assert state is not None and settings is not None, \
                "a sink whose store opens later is given the crawl state and the settings"
            self._opening = store
        else:
            assert run_id is not None
            self._opening = StoreOpening.ready(store, run_id)
            state = store.crawl_state([c.slug for c in centres])
            settings = store.settings
        self.writer = RunWriter(self._opening, settings)
        self._go = threading.Event()  # the storage thread may open the store
        self.costs = CostLedger(on_first_request=self._go.set)
        self.tallies: dict[str, CentreTally] = {c.slug: CentreTally() for c in centres}
        self._hints = {c.slug: dict(c.hints) for c in centres if c.hints}
        # read before the first request with the rest of the state: asked for on the event loop,
        # these must never wait for the database's full opening (the storage thread's)
        self._failures = state.failures
        self._known: dict[str, dict[str, KnownPage]] = {slug: {p.url: p for p in ps} for slug, ps in state.pages.items()}
        self._dirty: set[str] = set()  # centres whose profile this run may change
        self._body_keys: dict[tuple[str, str], str] = {}  # computed by stored_links, used by on_result
        self._progress = progress
        self.fatal: Exception | None = None  # set when the store cannot be opened or refuses every write
        self._workers = workers if workers is not None else (os.cpu_count() or 1)
        self._pool: ProcessPoolExecutor | None = None
        self._queue: queue.Queue[tuple[FetchResult, str | None, Future[Extracted] | None] | None] = queue.Queue(maxsize=2 * BATCH)
        self._aborted = False
        self.globally_failed = False
        self._worker = threading.Thread(target=self._work, name="kiwatch-pipeline", daemon=True)
        self._worker.start()

    @property
    def run_id(self) -> int:
        return self._opening.run_id()

    def opened(self) -> tuple[Store, int]:
        """The store and the run (opened now if the storage thread has not yet done so)."""
        return self._opening.get()

    def finish_run(self, status: RunStatus, summary: dict[str, object]) -> None:
        """End the run (RunWriter.finish_run)."""
        self.writer.finish_run(status, summary)

    # CrawlSink protocol ---------------------------------------------------------------
    def known_urls(self, slug: str) -> list[str]:
        return [url for url, p in self._known.get(slug, {}).items() if p.active]

    def validators(self, slug: str, url: str) -> tuple[str | None, str | None] | None:
        page = self._known.get(slug, {}).get(url)
        if page is None or page.snapshot_id is None or not (page.etag or page.last_modified):
            return None
        return page.etag, page.last_modified

    def stored_links(self, result: FetchResult) -> str | None:
        known = self._known.get(result.centre, {}).get(result.url)
        if known is None or known.links is None or known.snapshot_id is None:
            return None
        if result.outcome is FetchOutcome.NOT_MODIFIED:  # 304: the server vouches for the body stored
            return known.links
        key = body_key(result, self._hints.get(result.centre))
        self._body_keys[(result.centre, result.url)] = key  # on_result needs it next
        return known.links if known.body_key == key else None

    def on_progress(self, slug: str, url: str, outcome: FetchOutcome) -> None:
        """Progress is shown by the worker once the page is processed (and its final outcome known)."""

    def on_result(self, result: FetchResult) -> None:
        self._go.set()  # a result without a request on the wire (refused before): open all the same
        future = None
        key = None
        if result.outcome is FetchOutcome.OK:
            hints = self._hints.get(result.centre)
            key = self._body_keys.pop((result.centre, result.url), None) or body_key(result, hints)
            known = self._known.get(result.centre, {}).get(result.url)
            if known is not None and known.snapshot_id is not None and known.body_key == key:
                # byte for byte what the current snapshot was read from: nothing to extract
                result = replace(result, outcome=FetchOutcome.NOT_MODIFIED, detail=SAME_BODY, body=None)
            elif (failed := self._remembered(result, key)) is not None:
                # the bytes whose extraction failed last time: the same failure, no worker started
                result = replace(result, outcome=FetchOutcome.FAILED, reason=failed.reason, detail=failed.detail, body=None)
            elif self._workers > 0:
                future = self._submit(result, hints, *self._expected(result))
        self._queue.put((result, key, future))

    def _remembered(self, result: FetchResult, key: str) -> KnownFailure | None:
        """The failure remembered for exactly these bytes of the page, if any."""
        failed = self._failures.get((result.centre, result.url))
        return failed if failed is not None and failed.body_key == key else None

    def _expected(self, result: FetchResult) -> tuple[str | None, str | None]:
        """(content hash, reading key) of the page's current snapshot, if it has one."""
        known = self._known.get(result.centre, {}).get(result.url)
        if known is None or known.snapshot_id is None:
            return None, None
        return known.content_hash, known.reading_key

    def _submit(self, result: FetchResult, hints: dict[str, str] | None, expected: str | None,
                expected_key: str | None) -> Future[Extracted] | None:
        # Ctrl-C reaches the whole process group: a worker still importing would die with a
        # traceback. Workers are started with SIGINT ignored (inherited through exec, and
        # Python then installs no KeyboardInterrupt handler); the crawl process alone decides
        # what an interrupt means. The pool starts one worker per submit until it is full, so
        # every submit is covered. Only the main thread may change handlers.
        if threading.current_thread() is not threading.main_thread():
            return self._submit_unmasked(result, hints, expected, expected_key)
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            return self._submit_unmasked(result, hints, expected, expected_key)
        finally:
            signal.signal(signal.SIGINT, previous)

    def _submit_unmasked(self, result: FetchResult, hints: dict[str, str] | None,
                         expected: str | None, expected_key: str | None) -> Future[Extracted] | None:
        try:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(self._workers, mp_context=worker_context(), initializer=start_worker)
            with _bare_main_module():
                return self._pool.submit(extract_page, result, hints, expected, expected_key)
        except (BrokenProcessPool, RuntimeError, EOFError, OSError):  # (EOFError: the fork server died loading the extractor)
            log.warning("extraction pool unavailable; extracting %s in the crawl process", result.url)
            self._pool = None
            return None

    def _extracted(self, result: FetchResult, future: Future[Extracted] | None) -> Extracted:
        if result.outcome is not FetchOutcome.OK:
            return Extracted()
        if future is None:
            with self.costs.measure("extract"):
                return extract_page(result, self._hints.get(result.centre), *self._expected(result))
        try:
            answer: Extracted = future.result()
        except BrokenProcessPool as exc:  # a worker died (e.g. killed for memory): this page only
            self._pool = None
            return Extracted(failure=(FetchOutcome.FAILED, ExtractionFailureReason.EXTRACTION_ERROR,
                                      f"extraction process died: {exc}"))
        self.costs.worker_result(answer.pid, answer.cpu_s, answer.startup_cpu_s, answer.server_pid, answer.server_cpu_s)
        return answer

    def abort(self) -> None:
        """Stop now (Ctrl-C): pages not yet stored are dropped, none half-written (a page's rows
        are one unit); no profile is diffed, so the next run compares with the last full one."""
        self._aborted = True
        self._go.set()
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
        self._go.wait()
        if not self._aborted:
            try:
                with self.costs.measure("store"):
                    self.writer.begin()
            except Exception as exc:  # raised again by finish(); the crawl stops at its next page
                self.fatal = exc
        done = False
        while not done:
            item = self._queue.get()
            if item is None:
                break
            batch = [item]
            done = gather(self._queue, batch, time.monotonic() + LINGER)
            if self.fatal is not None or self._aborted:
                continue  # the database cannot be written / Ctrl-C: drain the queue
            try:
                self._process(batch)
            except StorageError as exc:
                self.fatal = exc
            except Exception:  # never let one batch end the worker: the others would be lost
                log.exception("processing %d pages failed", len(batch))

    def _process(self, batch: list[tuple[FetchResult, str | None, Future[Extracted] | None]]) -> None:
        writes = []
        for result, key, future in batch:
            answer = self._extracted(result, future)
            if result.outcome is FetchOutcome.OK:  # handed to extraction
                self.costs.count(costs.SAME_READING if answer.reused else costs.FIELDS if answer.failure is None else costs.FAILED)
            elif result.detail == SAME_BODY:
                self.costs.count(costs.SAME_BODY)
            elif key is not None:  # a fetched body (only those have a key) that failed as remembered
                self.costs.count(costs.FAILED)
            writes.append(PageWrite(answer.apply(result), answer.record, answer.content_hash, key,
                                    answer.reading_key, repeatable(answer, key), self._hints.get(result.centre)))
        with self.costs.measure("store"):
            verdicts = self.writer.record(writes, self._known)
        for w, outcome in zip(writes, verdicts, strict=True):
            result = w.result
            if isinstance(outcome, Exception):
                log.error("storing %s failed: %s: %s", result.url, type(outcome).__name__, outcome)
                result = replace(result, reason=FetchFailureReason.OTHER, detail=f"storage: {outcome}")
                verdict = PageVerdict.FAILED
            else:
                verdict = outcome
            self._tally(result, verdict)

    def _tally(self, result: FetchResult, verdict: PageVerdict) -> None:
        known = self._known.get(result.centre, {}).get(result.url)
        # a 404 or a redirect away matters to the profile only for a page with facts in it: a
        # dead link that never gave a page (every navigation has some) changes nothing there
        leaving = result.outcome in (FetchOutcome.GONE, FetchOutcome.MOVED) and known is not None \
            and known.snapshot_id is not None and known.active
        if verdict in (PageVerdict.NEW, PageVerdict.CHANGED, PageVerdict.REREAD) or leaving \
                or (verdict is PageVerdict.UNCHANGED and known is not None and (not known.active or known.unread)):
            self._dirty.add(result.centre)  # new facts, or a page leaving or read again
        tally = self.tallies.setdefault(result.centre, CentreTally())
        tally.pages += 1
        if verdict is PageVerdict.UNCHANGED:
            tally.unchanged += 1
        elif verdict in (PageVerdict.NEW, PageVerdict.CHANGED):
            tally.changed += 1
        elif verdict is PageVerdict.REREAD:  # not a new version of the page: said apart, not as "new"
            tally.reread += 1
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
        """Wait for queued pages, then diff the profile of every crawled centre this run may
        have changed, each centre in its own transaction; record every centre's run."""
        self._go.set()
        self._queue.put(None)
        self._worker.join()
        pool, self._pool = self._pool, None  # the workers end (0.1-0.4 s) while the profiles are diffed
        closing = threading.Thread(target=_close, args=(pool,), name="kiwatch-workers-exit")
        closing.start()
        try:
            if self.fatal is not None:
                raise self.fatal
            crawled = [t for t in self.tallies.values() if t.pages]
            # Every centre failed completely at once: our own network, proxy or DNS is down, not
            # 54 sites (I2). One global failure is recorded for the run; the centres' health stays
            # as it was (no centre turns "failing"). One centre alone failing is its own failure.
            self.globally_failed = len(crawled) >= 2 and all(t.pages == t.failed for t in crawled)
            with self.costs.measure("profile_diff"):
                self._finish_centres()
        finally:
            closing.join()  # every worker has exited (and its CPU is counted) when finish returns
        return self.tallies

    def cost_summary(self) -> dict[str, object]:
        """CPU per stage of this crawl (after `finish`)."""
        return self.costs.summary(sum(t.pages for t in self.tallies.values()))

    def _finish_centres(self) -> None:
        current = self.writer.profile_is_current()
        crawled: dict[str, tuple[CentreTally, ProfileVerdict | None]] = {}
        for slug, tally in self.tallies.items():
            if tally.pages == 0:
                tally.status = CentreRunStatus.SKIPPED
                continue
            verdict: ProfileVerdict | None = None
            if slug in self._dirty or slug not in current:
                try:
                    verdict = self.writer.update_profile(slug)
                    tally.baseline = verdict is ProfileVerdict.BASELINE
                    if verdict is ProfileVerdict.EXTRACTION_FAILED:
                        tally.status = CentreRunStatus.EXTRACTION_FAILED
                        tally.failures.append("extraction_failed: no address, phone or e-mail found any more; "
                                              "profile kept, check the page template")
                except Exception as exc:
                    log.exception("profile update of %s failed", slug)
                    tally.status = CentreRunStatus.ERROR
                    tally.failures.append(f"profile: {exc}")
            crawled[slug] = (tally, verdict)
        counts = self.writer.change_counts()
        for slug, (tally, _) in crawled.items():
            tally.changes = counts.get(slug, 0)
        if crawled:
            self.writer.record_centre_runs(crawled, self.globally_failed)
