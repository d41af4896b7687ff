"""Where a crawl's writes go: the database's driver while nothing changed, the ORM from the
first page or centre that needs it (crawlers/plainwrite.py says which is which).

    writer = RunWriter(opening, settings)
    writer.begin()                      # on the storage thread, once the first request is out
    verdicts = writer.record(writes, known)
    writer.finish_run(RunStatus.OK, summary)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiwatch.core.lazy import lazy_module, load
from kiwatch.core.vocab import PageVerdict, ProfileVerdict, RunStatus
from kiwatch.crawlers import plainwrite
from kiwatch.crawlers.opening import StoreOpening
from kiwatch.records import CentreTally
from kiwatch.settings import Settings
from kiwatch.storage.crawlstate import KnownPage
from kiwatch.storage.writes import PageWrite

if TYPE_CHECKING:
    from kiwatch import detection
else:
    # detection and the store stand on SQLAlchemy (~0.25 s to import): loaded when the run is
    # not started with the driver, or at the first page or centre that needs the ORM
    detection = lazy_module("kiwatch.detection")


class RunWriter:
    """One crawl's run row, pages and centres, written with the driver where it can."""

    def __init__(self, opening: StoreOpening, settings: Settings):
        self.opening = opening
        self.settings = settings

    def begin(self) -> None:
        """Start the run: with the driver if it can; else open the store and load detection
        now (booked to the store, not to the first batch's transfer)."""
        self.opening.begin()
        if self.opening.plain is None:
            load(detection)

    @property
    def run_id(self) -> int:
        return self.opening.run_id()

    def record(self, writes: list[PageWrite], known: dict[str, dict[str, KnownPage]]) -> list[PageVerdict | Exception]:
        """Store a batch: with the driver when every page in it leaves its history as it was,
        else with the ORM (detection.record_fetches)."""
        plain = self.opening.plain
        if plain is not None and plainwrite.predicted_plain(writes, known):
            verdicts = plainwrite.record_fetches(plain, self.settings, self.run_id, writes)
            if verdicts is not None:
                return list(verdicts)
        return detection.record_fetches(self.opening.get()[0], self.run_id, writes)

    def profile_is_current(self) -> set[str]:
        plain = self.opening.plain
        if plain is not None:
            return plain.clean_in_previous_run(self.run_id)
        return detection.profile_is_current(self.opening.get()[0], self.run_id)

    def update_profile(self, slug: str) -> ProfileVerdict:
        return detection.update_profile(self.opening.get()[0], slug, self.run_id)[1]

    def change_counts(self) -> dict[str, int]:
        plain = self.opening.plain
        if plain is not None:
            return plain.change_counts(self.run_id)
        return self.opening.get()[0].change_counts(self.run_id)

    def record_centre_runs(self, crawled: dict[str, tuple[CentreTally, ProfileVerdict | None]],
                           health_unchanged: bool) -> None:
        plain = self.opening.plain
        if plain is None or not plainwrite.record_centre_runs(plain, self.settings, self.run_id, crawled,
                                                              health_unchanged):
            detection.record_centre_runs(self.opening.get()[0], self.run_id, crawled, health_unchanged=health_unchanged)

    def finish_run(self, status: RunStatus, summary: dict[str, object]) -> None:
        """End the run (started now if the storage thread has not yet done so): with the
        driver when the run was started with it, else (or should the driver fail) the full way."""
        run_id = self.run_id
        plain = self.opening.plain
        if plain is None or not plainwrite.finish_run(plain, run_id, status, summary):
            self.opening.get()[0].finish_run(run_id, status, summary)
