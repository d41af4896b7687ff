"""One crawl run as a unit of work: registry → run row → crawl → detection → run summary.

    report = run_crawl(settings, registry, chosen, progress)

The command line prints the report; the scheduler runs `kiwatch crawl` in a child process
(the Twisted reactor cannot be restarted), so this runs once per process.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from kiwatch.core.vocab import CentreRunStatus, RunStatus
from kiwatch.crawlers.run import crawl
from kiwatch.crawlers.sink import PipelineSink, Progress
from kiwatch.records import CentreTally
from kiwatch.registry import CentreConfig
from kiwatch.settings import Settings
from kiwatch.storage.db import open_database, session_factory
from kiwatch.storage.store import Store


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


def run_crawl(settings: Settings, registry: list[CentreConfig], chosen: list[CentreConfig],
              progress: Progress | None = None) -> CrawlReport:
    """Crawl the chosen centres that have start URLs; the whole registry is mirrored first."""
    crawlable = [c for c in chosen if c.crawlable]
    engine = open_database(settings.database_url, create=True, lang=settings.lang)
    try:
        store = Store(session_factory(engine), settings)
        store.sync_centres(registry)
        store.reap_dead_runs()
        run_id = store.start_run()
        started = datetime.now(UTC)
        workers = settings.extraction_workers if settings.extraction_workers >= 0 else None
        sink = PipelineSink(store, run_id, crawlable, progress, workers=workers)
        try:
            if crawlable:
                crawl(crawlable, sink, settings)
            report = CrawlReport(run_id, sink.finish())
        except KeyboardInterrupt:
            sink.abort()
            store.finish_run(run_id, RunStatus.INTERRUPTED, {
                "error": "interrupted (Ctrl-C or SIGTERM); pages stored so far are complete, changes are diffed by the next run",
                "duration_s": round((datetime.now(UTC) - started).total_seconds(), 1)})
            raise
        except BaseException as exc:
            try:
                store.finish_run(run_id, RunStatus.FAILED, {"error": f"crawl aborted: {exc}"})
            except Exception:  # the database itself is the problem; the original error says why
                pass
            raise
        report.cause = main_failure_reason(report.crawled.values()) if report.all_failed else ""
        summary = {
            "duration_s": round((datetime.now(UTC) - started).total_seconds(), 1),
            "centres": {slug: t.summary() for slug, t in report.tallies.items()},
            "globally_failed": sink.globally_failed,
            "cause": report.cause,
            "cpu": sink.cost_summary(),
        }
        store.finish_run(run_id, RunStatus.FAILED if report.all_failed else RunStatus.OK, summary)
        return report
    finally:
        engine.dispose()
