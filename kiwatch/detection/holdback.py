"""The hold-back rules: when a centre's new profile is NOT taken as its new state (yet).

This is the one place that decides it; detection.centres asks `hold_back()` once per centre
and run, before anything is diffed or stored. A held-back profile is not stored, so the
next run compares against the last profile that was taken.

Rules, in order:
1. pending — a page answered 404/410 once and that is not confirmed yet (or the page comes
   back): its old facts would otherwise pair wrongly with the others' new ones (an address
   "added" now and "removed" a run later instead of one move). Wait, then diff once.
2. extraction_failed (RELIABILITY B8) — every contact fact vanished although no page did: far
   more often a changed page template our extraction no longer understands than a centre
   without any address or phone. Held back until it has persisted for as many runs as make a
   centre "failing"; then it is taken as the page's real new state.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kiwatch.core.vocab import CentreRunStatus, ProfileVerdict

ProfileData = dict[str, Any]

CONTACT_FIELDS = ("addresses", "phones", "emails")


@dataclass(frozen=True, slots=True)
class HoldBackFacts:
    """What the rules look at, gathered by the caller from storage."""

    before: ProfileData  # the last profile taken
    after: ProfileData  # the profile built from the current pages
    removal_unconfirmed: bool  # an active page answered 404/410 once, not confirmed yet
    recent_statuses: list[CentreRunStatus]  # this centre's status in its last runs, newest first
    failing_after_runs: int  # Settings.failing_after_runs


def looks_like_broken_extraction(before: ProfileData, after: ProfileData) -> bool:
    """Every contact fact vanished although no page did."""
    had = any(before.get(name) for name in CONTACT_FIELDS)
    has = any(after.get(name) for name in CONTACT_FIELDS)
    pages_kept = set(before.get("pages", {})) <= set(after.get("pages", {}))
    return had and not has and pages_kept


def hold_back(facts: HoldBackFacts) -> ProfileVerdict | None:
    """The verdict that keeps the last profile, or None when the new one is to be taken."""
    if facts.removal_unconfirmed:
        return ProfileVerdict.PENDING
    if looks_like_broken_extraction(facts.before, facts.after) and not _persisted(facts):
        return ProfileVerdict.EXTRACTION_FAILED
    return None


def statuses_needed(failing_after_runs: int) -> int:
    """How many of the centre's recent run statuses `hold_back` looks at."""
    return max(0, failing_after_runs - 1)


def _persisted(facts: HoldBackFacts) -> bool:
    needed = statuses_needed(facts.failing_after_runs)
    recent = facts.recent_statuses[:needed]
    return len(recent) == needed and all(st == CentreRunStatus.EXTRACTION_FAILED for st in recent)
