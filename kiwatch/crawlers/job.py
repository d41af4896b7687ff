"""One crawl run as a unit of work: registry → run row → crawl → detection → run summary.
On a database at the newest schema the first requests go out before the registry is mirrored
and the run row written (both right after, on the storage thread; `run_crawl`'s doc).

    report = run_crawl(settings, registry, chosen, progress)

The command line prints the report; the scheduler runs `kiwatch crawl` in a child process
(the Twisted reactor cannot be restarted), so this runs once per process.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from kiwatch.core.lazy import lazy_module
from kiwatch.core.vocab import CentreRunStatus, RunStatus
from kiwatch.crawlers.opening import StoreOpening
from kiwatch.crawlers.plainwrite import begin_plain_run
from kiwatch.crawlers.run import crawl
from kiwatch.crawlers.sink import PipelineSink, Progress
from kiwatch.records import CentreTally
from kiwatch.registry import CentreConfig
from kiwatch.settings import Settings
from kiwatch.storage.crawlstate import read_crawl_state

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiwatch.storage import db, store
else:
    # SQLAlchemy (~0.2 s to import) is needed once the first requests are out, not before
    db = lazy_module("kiwatch.storage.db")
    store = lazy_module("kiwatch.storage.store")


@dataclass
class CrawlReport:
    run_id: int
    tallies: dict[str, CentreTally] = field(default_factory=dict)
    cause: str = ""  # when everything failed: the reason most pages failed for (failure reason value)

    @property
    def crawled(self) -> dict[str, CentreTally]:
        return {slug: t for slug, t in self.tallies.items() if t.status != CentreRunStatus.SKIPPED}

    @property
    def all_failed(self) -> bool:
        """Every crawled centre failed on every page: the network, not the sites."""
        crawled = self.crawled
        return bool(crawled) and all(t.pages == t.failed for t in crawled.values())

    @property
    def some_failed(self) -> bool:
        # a centre whose pages all failed, or whose profile could not be updated (its changes
        # went undetected: a bug or a stored profile no kiwatch wrote)
        return any((t.pages and t.pages == t.failed) or t.status == CentreRunStatus.ERROR
                   for t in self.crawled.values())


def main_failure_reason(tallies: Iterable[CentreTally]) -> str:
    """The reason most failed pages of a run failed for ("" when none failed)."""
    reasons: Counter[str] = Counter()
    for tally in tallies:
        reasons.update(tally.reasons)
    return reasons.most_common(1)[0][0] if reasons else ""


class _Opener:
    """Opens the database the full way — created or migrated if need be, refused with the
    reason if unusable — mirrors the registry, reaps dead runs and starts this run."""

    def __init__(self, settings: Settings, registry: list[CentreConfig]):
        self.settings = settings
        self.registry = registry
        self.engine: Engine | None = None

    def __call__(self, run_id: int | None) -> tuple[store.Store, int]:
        self.engine = db.open_database(self.settings.database_url, create=True, lang=self.settings.lang)
        opened = store.Store(db.session_factory(self.engine), self.settings)
        if run_id is not None:  # started with the driver, registry mirror current (crawlers/plainwrite.py)
            return opened, run_id
        opened.sync_centres(self.registry)
        opened.reap_dead_runs()
        return opened, opened.start_run()


def run_crawl(settings: Settings, registry: list[CentreConfig], chosen: list[CentreConfig],
              progress: Progress | None = None) -> CrawlReport:
    """Crawl the chosen centres that have start URLs; the whole registry is mirrored first.

    Start-up (issue 11): what the crawl needs before its first request is read with the
    database driver alone, when the database is at the newest schema (storage/crawlstate.py);
    the full opening then runs on the storage thread once the first requests are out. In any
    other case — a new database, an older schema, one that cannot be read — the database is
    opened, migrated or refused before anything is fetched, as it always was."""
    crawlable = [c for c in chosen if c.crawlable]
    slugs = [c.slug for c in crawlable]
    opener = _Opener(settings, registry)
    opening = StoreOpening(opener, lambda: begin_plain_run(settings, registry))
    try:
        state = read_crawl_state(settings.database_url, slugs) if crawlable else None
        if state is None:
            opened, _ = opening.get()
            state = opened.crawl_state(slugs)
        started = datetime.now(UTC)
        workers = settings.extraction_workers if settings.extraction_workers >= 0 else None
        sink = PipelineSink(opening, None, crawlable, progress, workers=workers, state=state,
                            settings=settings)
        try:
            if crawlable:
                crawl(crawlable, sink, settings)
            tallies = sink.finish()
        except KeyboardInterrupt:
            sink.abort()
            sink.finish_run(RunStatus.INTERRUPTED, {  # the run started now if the crawl was stopped before it was
                "error": "interrupted (Ctrl-C or SIGTERM); pages stored so far are complete, changes are diffed by the next run",
                "duration_s": round((datetime.now(UTC) - started).total_seconds(), 1)})
            raise
        except BaseException as exc:
            try:
                sink.finish_run(RunStatus.FAILED, {"error": f"crawl aborted: {exc}"})
            except Exception:  # the database itself is the problem; the original error says why
                pass
            raise
        report = CrawlReport(sink.run_id, tallies)
        report.cause = main_failure_reason(report.crawled.values()) if report.all_failed else ""
        summary = {
            "duration_s": round((datetime.now(UTC) - started).total_seconds(), 1),
            "centres": {slug: t.summary() for slug, t in report.tallies.items()},
            "globally_failed": sink.globally_failed,
            "cause": report.cause,
            "cpu": sink.cost_summary(),
        }
        sink.finish_run(RunStatus.FAILED if report.all_failed else RunStatus.OK, summary)
        return report
    finally:
        opening.close()
        if opener.engine is not None:
            opener.engine.dispose()
