"""A crawl's bookkeeping where nothing changed, written without SQLAlchemy (issue 11).

    run = begin_plain_run(settings, registry)      # (PlainStore, run id), or None: the ORM opens the run
    verdicts = record_fetches(plain, settings, run_id, writes, known)  # None: this batch is the ORM's
    record_centre_runs(plain, settings, run_id, tallies, health_unchanged)

A re-crawl in which nothing changed — every body the same as before, or a 304, or a dead link
dead again — decides nothing but plain rows (storage/plainstore.py). The sink writes those
with the database's driver and opens the ORM (SQLAlchemy, the models, a session) only when a
batch holds a page that needs it: a new version, a new page, a failure to remember, or a
centre whose profile must be rebuilt after the crawl. Which attempts are plain is decided by
storage/writes.py's `page_update`, the same rule the ORM's batch follows; a batch is plain
only as a whole, decided again inside its transaction from the rows as they are then (another
writer may have stored a version since the crawl began), and any doubt or driver error rolls
it back and hands it to the ORM, which stores it — or reports the error — as it always did.
"""

from __future__ import annotations

import logging
import os
import socket
from datetime import UTC, datetime
from typing import Any

from kiwatch.core.health import next_health
from kiwatch.core.vocab import PageVerdict, ProfileVerdict
from kiwatch.records import CentreTally
from kiwatch.registry import CentreConfig
from kiwatch.settings import Settings
from kiwatch.storage.crawlstate import KnownPage
from kiwatch.storage.plainstore import PlainStore, mirrored
from kiwatch.storage.writes import PageUpdate, PageWrite, StoredPage, page_update

log = logging.getLogger(__name__)


class _NotPlain(Exception):
    """A page of the batch needs the ORM: the transaction is rolled back."""


def begin_plain_run(settings: Settings, registry: list[CentreConfig]) -> tuple[PlainStore, int] | None:
    """The run row written with the driver, when the database is at the newest revision, the
    registry's mirror is current and no run is left running (else None: storage/store.py
    mirrors the registry, reaps the dead run and starts this one)."""
    plain = PlainStore.open(settings.database_url)
    if plain is None:
        return None
    mirror: dict[str, tuple[str, ...]] = {}
    for cfg in registry:  # a slug twice in the list: the first entry counts (storage/centres.py)
        mirror.setdefault(cfg.slug, mirrored(cfg.name, cfg.municipality, cfg.kind, cfg.regierungsbezirk, cfg.start_urls))
    try:
        run_id = plain.begin_run(mirror, {"pid": os.getpid(), "host": socket.gethostname()}, datetime.now(UTC))
    except Exception:
        log.debug("run row not written with the driver; the ORM writes it", exc_info=True)
        run_id = None
    if run_id is None:
        plain.close()
        return None
    return plain, run_id


def predicted_plain(writes: list[PageWrite], known: dict[str, dict[str, KnownPage]]) -> bool:
    """Whether every write of the batch is plain by what the crawl knew when it began (a cheap
    first look: a batch with a new version goes to the ORM without a plain try)."""
    seen: set[tuple[str, str]] = set()
    for w in writes:
        key = (w.result.centre, w.result.url)
        page = known.get(w.result.centre, {}).get(w.result.url)
        stored = None if page is None else StoredPage(0, page.snapshot_id, page.content_hash)
        if key in seen or page_update(stored, w, once=True) is None:
            return False
        seen.add(key)
    return True


def record_fetches(plain: PlainStore, settings: Settings, run_id: int | None,
                   writes: list[PageWrite]) -> list[PageVerdict] | None:
    """The batch's attempts and page rows in one transaction when every page in it is plain,
    with their verdicts; None (nothing written) when one is not, or the driver failed."""
    try:
        with plain.transaction() as cur:
            ids = plain.lock_centre_ids(cur, [w.result.centre for w in writes])
            if any(w.result.centre not in ids for w in writes):
                raise _NotPlain  # the ORM's batch reports the missing centre per page
            stored = plain.stored_pages(cur, list(set(ids.values())), list({w.result.url for w in writes}))
            seen: dict[tuple[int, str], int] = {}
            for w in writes:
                key = (ids[w.result.centre], w.result.url)
                seen[key] = seen.get(key, 0) + 1
            rows: list[tuple[int, PageWrite, PageUpdate, StoredPage | None, datetime]] = []
            for w in writes:
                key = (ids[w.result.centre], w.result.url)
                page = stored.get(key)
                update = page_update(page, w, once=seen[key] == 1)
                if update is None:
                    raise _NotPlain
                rows.append((key[0], w, update, page, w.result.fetched_at or datetime.now(UTC)))
            plain.write_pages(cur, run_id, rows, settings.gone_confirmations)
    except _NotPlain:
        return None
    except Exception:
        log.debug("batch not written with the driver; the ORM writes it", exc_info=True)
        return None
    return [update.verdict for _, _, update, _, _ in rows]


def record_centre_runs(plain: PlainStore, settings: Settings, run_id: int | None,
                       tallies: dict[str, tuple[CentreTally, ProfileVerdict | None]], health_unchanged: bool) -> bool:
    """detection.record_centre_runs with the driver, in one transaction; False (nothing
    written) when the driver failed."""
    try:
        with plain.transaction() as cur:
            rows: list[tuple[int, CentreTally, ProfileVerdict | None]] = []
            healths = []
            now = datetime.now(UTC)
            for slug, (centre_id, health) in plain.health_of(cur, list(tallies)).items():
                tally, verdict = tallies[slug]
                after = next_health(health, tally, health_unchanged, settings.failing_after_runs, now)
                if after != health:
                    healths.append((centre_id, after))
                rows.append((centre_id, tally, verdict))
            plain.set_health(cur, healths)
            plain.add_centre_runs(cur, run_id, rows)
    except Exception:
        log.debug("centre runs not written with the driver; the ORM writes them", exc_info=True)
        return False
    return True


def finish_run(plain: PlainStore, run_id: int, status: Any, summary: dict[str, Any]) -> bool:
    """The run's end written with the driver; False when the driver failed."""
    try:
        plain.finish_run(run_id, status, summary, datetime.now(UTC))
    except Exception:
        log.debug("run end not written with the driver; the ORM writes it", exc_info=True)
        return False
    return True
