"""One crawled centre → its profile rebuilt, the hold-back rules applied once, the diff, and
the new profile with its change events committed as one unit; then its health."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from kiwatch.core.health import Health, next_health
from kiwatch.core.lazy import lazy_module
from kiwatch.core.profile import CentreProfile
from kiwatch.core.vocab import CentreStatus, ProfileVerdict
from kiwatch.detection.holdback import HoldBackFacts, hold_back, stand_in, statuses_needed
from kiwatch.detection.reread import reread_baseline
from kiwatch.records import CentreTally
from kiwatch.storage import changes, pages, profiles, resolutions, runs
from kiwatch.storage.centres import centre as centre_row
from kiwatch.storage.centres import health_of, lock_centre, set_health
from kiwatch.storage.db import transaction
from kiwatch.storage.models import utcnow
from kiwatch.storage.store import Store

if TYPE_CHECKING:
    from kiwatch.pipelines import diff
    from kiwatch.pipelines import profile as profiling
    from kiwatch.storage.models import Centre
else:
    # profiles are rebuilt after the crawl, and only for centres with a new page version:
    # a crawl's start-up (and a re-crawl that changed nothing) does not load them
    diff = lazy_module("kiwatch.pipelines.diff")
    profiling = lazy_module("kiwatch.pipelines.profile")


def update_profile(store: Store, slug: str, run_id: int | None) -> tuple[int, ProfileVerdict]:
    """Rebuild the centre's profile from its current pages and record what changed.

    Returns (number of change events, verdict): BASELINE for the first profile,
    EXTRACTION_FAILED or KEPT when the hold-back rules keep the last profile, else OK. Pages
    that could not be read stand in for what they alone said (`current_profile`); page
    versions re-read by a newer extractor give the baseline first, without events
    (detection.reread)."""
    with transaction(store.factory) as s:
        centre = lock_centre(s, slug)
        last = profiles.latest_profile(s, centre.id)
        profile = current_profile(s, centre.id, last)
        digest = profiling.profile_hash(profile)
        if last is None:
            if not profile.pages:
                return 0, ProfileVerdict.OK  # nothing fetched yet: no baseline to record
            profiles.add_profile(s, centre.id, run_id, digest, profile)
            return 0, ProfileVerdict.BASELINE  # the baseline, not a flood of "added" events
        if last.sha256 == digest:
            return 0, ProfileVerdict.OK
        baseline = reread_baseline(s, centre.id, last)
        if baseline is not None:
            # the same page versions as the current extractor reads them: taken without events
            base_digest = profiling.profile_hash(baseline)
            last = profiles.StoredProfile(profiles.add_profile(s, centre.id, run_id, base_digest, baseline),
                                          base_digest, baseline, utcnow(), run_id)
            if base_digest == digest:
                return 0, ProfileVerdict.OK
        held = hold_back(HoldBackFacts(
            before=last.profile, after=profile,
            recent_statuses=runs.recent_centre_statuses(
                s, centre.id, statuses_needed(store.settings.failing_after_runs)),
            failing_after_runs=store.settings.failing_after_runs,
            collapse_kept=resolutions.collapse_kept(s, centre.id, digest),
        ))
        if held is not None:
            return 0, held
        profiles.add_profile(s, centre.id, run_id, digest, profile)
        count = 0
        for event in diff.diff_profiles(slug, last.profile, profile):
            fp = changes.fingerprint(event.kind, last.id, event.old, event.new, event.url)
            count += changes.add_change(s, centre, run_id, event, fp)
        return count, ProfileVerdict.OK


def current_profile(s: Session, centre_id: int, last: profiles.StoredProfile | None) -> CentreProfile:
    """The profile the centre's current pages give; a page that could not be read in its last
    attempt stands in with its last version for what it alone stated (holdback.stand_in)."""
    read, unread = pages.current_records_by_standing(s, centre_id)
    merged = profiling.build_profile(read + unread)
    if not unread or last is None:
        return merged
    before = [(url, record) for url, _, record in pages.versions_as_of(s, centre_id, [u for u, _ in read], last.created_at)]
    return stand_in(merged, profiling.build_profile(read), profiling.build_profile(before), {url for url, _ in unread})


def record_centre_run(store: Store, run_id: int | None, slug: str, tally: CentreTally,
                      verdict: ProfileVerdict | None = None, health_unchanged: bool = False) -> CentreStatus:
    """Record how the run went for the centre and update its health: a centre is 'failing'
    only after several consecutive runs without a single successful fetch. `health_unchanged`
    (a run in which everything failed at once: our network, not the site) records the run
    but leaves the centre's health as it was."""
    with transaction(store.factory) as s:
        return _record_centre_run(s, store, run_id, centre_row(s, slug), tally, verdict, health_unchanged)


def record_centre_runs(store: Store, run_id: int | None,
                       tallies: dict[str, tuple[CentreTally, ProfileVerdict | None]],
                       health_unchanged: bool = False) -> None:
    """`record_centre_run` for every crawled centre in one transaction (health bookkeeping:
    one commit per run, not one per centre; the rows are read and written without ORM objects,
    which cost more than the rest of an unchanged centre's bookkeeping)."""
    with transaction(store.factory) as s:
        rows, healths = [], []
        now = utcnow()
        for slug, (centre_id, health) in health_of(s, list(tallies)).items():
            tally, verdict = tallies[slug]
            after = next_health(health, tally, health_unchanged, store.settings.failing_after_runs, now)
            if after != health:
                healths.append((centre_id, after))
            rows.append((centre_id, tally, verdict))
        set_health(s, healths)
        runs.add_centre_runs(s, run_id, rows)


def profile_is_current(store: Store, run_id: int) -> set[str]:
    """Centres whose profile the previous run left current (see runs.clean_in_previous_run):
    if none of their pages changed in this run, rebuilding their profile cannot change it."""
    with store.factory() as s:
        return runs.clean_in_previous_run(s, run_id)


def _record_centre_run(s: Session, store: Store, run_id: int | None, centre: Centre, tally: CentreTally,
                       verdict: ProfileVerdict | None, health_unchanged: bool) -> CentreStatus:
    _update_health(store, centre, tally, health_unchanged)
    runs.add_centre_run(s, run_id, centre.id, tally, verdict)
    return centre.status


def _update_health(store: Store, centre: Centre, tally: CentreTally, health_unchanged: bool) -> None:
    after = next_health(Health(centre.status, centre.consecutive_failed_runs, centre.last_success_at), tally,
                        health_unchanged, store.settings.failing_after_runs, utcnow())
    centre.status, centre.consecutive_failed_runs = after.status, after.consecutive_failed_runs
    centre.last_success_at = after.last_success_at
