"""Detection (application layer): what a fetched page and a crawled centre mean for the history.

    record_fetch(store, run_id, result, record)  one page: attempt, new version, content change
    update_profile(store, slug, run_id)           one centre: profile → hold-back → diff → commit
    record_centre_run(store, run_id, slug, tally) one centre's health after a run
    record_fetches / record_centre_runs           the same for a batch of pages / all centres

Each call is one transaction: either everything it decided is stored, or nothing. The pure
stages (pipelines.profile, pipelines.diff) compute; the repositories (storage.*) store; the
rules that hold a profile back live in `holdback` alone.
"""

from kiwatch.detection.centres import profile_is_current, record_centre_run, record_centre_runs, update_profile
from kiwatch.detection.pages import record_content_hash, record_fetch, record_fetches
from kiwatch.storage.writes import PageWrite

__all__ = ["PageWrite", "profile_is_current", "record_centre_run", "record_centre_runs", "record_content_hash",
           "record_fetch", "record_fetches", "update_profile"]
