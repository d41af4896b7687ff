"""The hold-back rules: when a centre's new profile is NOT taken as its new state (yet).

This is the one place that decides it; detection.centres asks `hold_back()` once per centre
and run, before anything is diffed or stored. A held-back profile is not stored, so the
next run compares against the last profile that was taken.

A page that could not be read in this run (a 404/410 not confirmed yet, a 5xx, a timeout)
does not hold the centre back: the other pages' changes are reported in the run they happen.
Its last version stands in for it (`stand_in`), but only for what that page alone stated: a
fact the pages read in this run stated before and state no more is gone, even if the unread
page's old version still shows it (a contact box in every page's footer, changed everywhere
but on the page that answered 404 tonight). What the unread page alone said stays until it is
read again or its removal is confirmed; then its facts and `page_removed` are reported.
Why not wait for the confirmation instead (as kiwatch did): the other pages' changes came a
run late, and a 5xx or a timeout, which is never confirmed, gave no such wait at all.

The one rule that holds a profile back:
1. extraction_failed (RELIABILITY B4, B8) — the centre's facts collapsed against its own
   history although no page was removed: most of its contact facts and people are gone and
   nothing new is stated in their place. That is a changed template our extraction no longer
   reads, or an error page served with 200 in words no phrase list knows ("Hoppla! Diese
   Seite existiert nicht mehr"), far more often than a centre that lost its address, phones,
   head and team at once. The last profile stays — its facts marked "not confirmed since" the
   first such run — until the page states new facts (or a person resolves it); it is never
   emptied just because the collapse persisted. Partial removals (one person left, a phone
   number dropped) are not a collapse and stay normal change events. A person resolves a
   collapse (detection.resolve): `confirm` takes it with its removals; `keep` calls it a
   false alarm — the same collapse seen again is held back quietly (KEPT), a different one
   is reported again.

The same rule holds back a page's text (`content_base`): a version whose facts collapsed
against the page's last sound version gives no `content` event, and when the page returns the
new version is compared with that sound one, so an error page costs no event at all — neither
when it appears nor when it goes (a person may still accept it: `kiwatch confirm`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from kiwatch.core.lazy import lazy_module
from kiwatch.core.profile import CentreProfile
from kiwatch.core.vocab import CentreRunStatus, ProfileVerdict
from kiwatch.records import PageRecord

if TYPE_CHECKING:
    from kiwatch.pipelines import profile as profiling
else:
    profiling = lazy_module("kiwatch.pipelines.profile")  # only when a page has a new version

# The facts whose collapse marks a suspected error page or a broken template.
COLLAPSE_FIELDS = ("addresses", "phones", "emails", "head", "people")
COLLAPSE_SHARE = 1 / 3  # at most this share of the facts left, and none new: a collapse


@dataclass(frozen=True, slots=True)
class HoldBackFacts:
    """What the rules look at, gathered by the caller from storage."""

    before: CentreProfile  # the last profile taken
    after: CentreProfile  # the profile built from the current pages (`stand_in` applied)
    recent_statuses: list[CentreRunStatus]  # this centre's status in its last runs, newest first
    failing_after_runs: int  # Settings.failing_after_runs
    collapse_kept: bool = False  # a person called exactly this collapse a false alarm (kiwatch keep)


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


def page_collapsed(before: Mapping[str, Any], after: Mapping[str, Any]) -> bool:
    """The facts of one page (records as stored) collapsed: `looks_like_broken_extraction`
    applied to the page alone."""
    return looks_like_broken_extraction(_page_facts(before), _page_facts(after))


def content_base(versions: list[Mapping[str, Any]]) -> int:
    """Index (in `versions`, oldest first, the oldest taken as sound) of the version a new one
    is compared with: the newest version that is not a collapse against the sound one before
    it. Versions held back this way are skipped, whatever they said."""
    facts = [_page_facts(v) for v in versions]
    base = 0
    for index in range(1, len(versions)):
        if not looks_like_broken_extraction(facts[base], facts[index]):
            base = index
    return base


def _page_facts(record: Mapping[str, Any]) -> CentreProfile:
    """One stored page version (its record as JSON) as a profile of that page alone."""
    return profiling.build_profile([("", PageRecord.from_json(record))])


def hold_back(facts: HoldBackFacts) -> ProfileVerdict | None:
    """The verdict that keeps the last profile, or None when the new one is to be taken."""
    if looks_like_broken_extraction(facts.before, facts.after):
        return ProfileVerdict.KEPT if facts.collapse_kept else ProfileVerdict.EXTRACTION_FAILED
    return None


def stand_in(merged: CentreProfile, read_now: CentreProfile, read_before: CentreProfile,
             unread: set[str]) -> CentreProfile:
    """The centre's profile while the pages in `unread` could not be read: `merged` (built from
    every active page, the unread ones with their last version) without the facts that only
    the unread pages still give although the pages read in this run stated them before and
    no longer do. `read_now` / `read_before`: the profile of the pages read in this run, now
    and as they stood at the last profile."""
    if not unread:
        return merged
    now_tables, before_tables = read_now.tables(), read_before.tables()

    def current(name: str, table: Mapping[str, Any]) -> dict[str, Any]:
        return {key: fact for key, fact in table.items()
                if key in now_tables[name] or key not in before_tables[name] or fact.url not in unread}

    tables = {name: current(name, table) for name, table in merged.tables().items()}
    parent = merged.parent_unit
    if parent is not None and parent.url in unread and read_before.parent_unit is not None \
            and read_before.parent_unit.value.casefold() == parent.value.casefold() \
            and (read_now.parent_unit is None or read_now.parent_unit.value.casefold() != parent.value.casefold()):
        parent = read_now.parent_unit  # the unit the read pages gave up, stated only by an unread page's old version
    return replace(merged, parent_unit=parent, **tables)


def left_out(profile: CentreProfile, then: CentreProfile, taken: CentreProfile, unread: set[str]) -> CentreProfile:
    """`profile` without what `stand_in` left out of `taken`: the facts that the versions it
    was built from (`then`) gave only through a page in `unread` and `taken` does not hold."""
    then_tables, taken_tables = then.tables(), taken.tables()

    def kept(name: str, table: Mapping[str, Any]) -> dict[str, Any]:
        return {key: fact for key, fact in table.items()
                if key in taken_tables[name] or key not in then_tables[name] or then_tables[name][key].url not in unread}

    tables = {name: kept(name, table) for name, table in profile.tables().items()}
    parent = profile.parent_unit
    if parent is not None and parent.url in unread and \
            (taken.parent_unit is None or taken.parent_unit.value.casefold() != parent.value.casefold()):
        parent = taken.parent_unit
    return replace(profile, parent_unit=parent, **tables)


def statuses_needed(failing_after_runs: int) -> int:
    """How many of the centre's recent run statuses `hold_back` looks at."""
    return max(0, failing_after_runs - 1)
