"""The hold-back rules: when a centre's new profile is NOT taken as its new state (yet).

This is the one place that decides it; detection.centres asks `hold_back()` once per centre
and run, before anything is diffed or stored. A held-back profile is not stored, so the
next run compares against the last profile that was taken.

Rules, in order:
1. pending — a page answered 404/410 once and that is not confirmed yet (or the page comes
   back): its old facts would otherwise pair wrongly with the others' new ones (an address
   "added" now and "removed" a run later instead of one move). Wait, then diff once.
2. extraction_failed (RELIABILITY B4, B8) — the centre's facts collapsed against its own
   history although no page was removed: most of its contact facts and people are gone and
   nothing new is stated in their place. That is a changed template our extraction no longer
   reads, or an error page served with 200 in words no phrase list knows ("Hoppla! Diese
   Seite existiert nicht mehr"), far more often than a centre that lost its address, phones,
   head and team at once. The last profile stays — its facts marked "not confirmed since" the
   first such run — until the page states new facts (or a person resolves it); it is never
   emptied just because the collapse persisted. Partial removals (one person left, a phone
   number dropped) are not a collapse and stay normal change events.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiwatch.core.profile import CentreProfile
from kiwatch.core.vocab import CentreRunStatus, ProfileVerdict

# The facts whose collapse marks a suspected error page or a broken template.
COLLAPSE_FIELDS = ("addresses", "phones", "emails", "head", "people")
COLLAPSE_SHARE = 1 / 3  # at most this share of the facts left, and none new: a collapse


@dataclass(frozen=True, slots=True)
class HoldBackFacts:
    """What the rules look at, gathered by the caller from storage."""

    before: CentreProfile  # the last profile taken
    after: CentreProfile  # the profile built from the current pages
    removal_unconfirmed: bool  # an active page answered 404/410 once, not confirmed yet
    recent_statuses: list[CentreRunStatus]  # this centre's status in its last runs, newest first
    failing_after_runs: int  # Settings.failing_after_runs


def _facts(profile: CentreProfile) -> set[tuple[str, str]]:
    tables = profile.tables()
    return {(name, key) for name in COLLAPSE_FIELDS for key in tables[name]}


def looks_like_broken_extraction(before: CentreProfile, after: CentreProfile) -> bool:
    """The facts collapsed although no page was removed: at most a third of the contact facts,
    head and people are left, and the pages state nothing new in their place."""
    had, has = _facts(before), _facts(after)
    pages_kept = set(before.pages) <= set(after.pages)
    if not had or not pages_kept or has - had:
        return False
    return len(has) <= len(had) * COLLAPSE_SHARE


def hold_back(facts: HoldBackFacts) -> ProfileVerdict | None:
    """The verdict that keeps the last profile, or None when the new one is to be taken."""
    if facts.removal_unconfirmed:
        return ProfileVerdict.PENDING
    if looks_like_broken_extraction(facts.before, facts.after):
        return ProfileVerdict.EXTRACTION_FAILED
    return None


def statuses_needed(failing_after_runs: int) -> int:
    """How many of the centre's recent run statuses `hold_back` looks at."""
    return max(0, failing_after_runs - 1)
