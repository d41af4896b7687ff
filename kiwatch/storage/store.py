"""The store: the repositories behind one session factory, for callers that do one thing at a
time (the command line, the crawl sink). Each method is one transaction.

Writes that must commit together (a page's attempt, snapshot and content change; a centre's
profile and its change events) are composed by the application layer (kiwatch.detection)
from the repository functions of storage.centres, .pages, .snapshots, .profiles, .changes and
.runs inside one `transaction`.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session, sessionmaker

from kiwatch.core.lazy import lazy_module
from kiwatch.core.vocab import ChangeKind, RunStatus, Severity
from kiwatch.registry import CentreConfig
from kiwatch.settings import Settings
from kiwatch.storage import changes, pages, runs
from kiwatch.storage.centres import sync_centres
from kiwatch.storage.crawlstate import CrawlState
from kiwatch.storage.db import transaction
from kiwatch.storage.models import Change, utcnow

if TYPE_CHECKING:
    from kiwatch.storage import reports
else:
    # the operators' reports (and the delivery tables they read) are not what a crawl writes with
    reports = lazy_module("kiwatch.storage.reports")


class Store:
    def __init__(self, factory: sessionmaker[Session], settings: Settings):
        self.factory = factory
        self.settings = settings

    # --- centres and runs -------------------------------------------------------------
    def sync_centres(self, configs: list[CentreConfig]) -> None:
        with transaction(self.factory) as s:
            sync_centres(s, configs)

    def start_run(self) -> int:
        with transaction(self.factory) as s:
            return runs.start_run(s)

    def finish_run(self, run_id: int, status: RunStatus, summary: dict[str, Any]) -> None:
        with transaction(self.factory) as s:
            runs.finish_run(s, run_id, status, summary)

    def reap_dead_runs(self) -> list[int]:
        """Runs left `running` by a killed process, now marked interrupted."""
        from datetime import timedelta

        with transaction(self.factory) as s:
            return runs.reap_dead_runs(s, utcnow() - timedelta(seconds=self.settings.crawl_timeout))

    # --- what the crawler needs -----------------------------------------------------------
    def known_urls(self, slug: str) -> list[str]:
        with self.factory() as s:
            return pages.known_urls(s, slug)

    def crawl_state(self, slugs: list[str]) -> CrawlState:
        """What a crawl needs of every stored page of these centres (one query) and the failing
        bodies remembered for their URLs."""
        with self.factory() as s:
            return CrawlState(pages.crawl_state(s, slugs), pages.extraction_failures(s, slugs))

    def all_validators(self, slug: str) -> dict[str, tuple[str | None, str | None]]:
        """ETag / Last-Modified per URL with a stored snapshot, for conditional requests."""
        with self.factory() as s:
            return pages.validators(s, slug)

    # --- queries --------------------------------------------------------------------------
    def changes(self, since: datetime | None = None, sites: list[str] | None = None,
                kinds: list[ChangeKind] | list[str] | None = None, min_severity: int = Severity.LOW) -> list[Change]:
        with self.factory() as s:
            return changes.changes(s, since, sites, kinds, min_severity)

    def change_counts(self, run_id: int) -> dict[str, int]:
        with self.factory() as s:
            return changes.change_counts(s, run_id)

    def count_changes(self, slug: str, run_id: int) -> int:
        with self.factory() as s:
            return changes.count_changes(s, slug, run_id)

    def health(self, now: datetime | None = None) -> dict[str, Any]:
        """For operators: the last run, and the centres that need a look."""
        with self.factory() as s:
            return reports.health(s, now or utcnow(), self.settings.stale_after_days)

    def directory(self) -> list[dict[str, Any]]:
        """One row per centre: where it is, how to reach it, who leads it, as of the last profile."""
        with self.factory() as s:
            return reports.directory(s)
