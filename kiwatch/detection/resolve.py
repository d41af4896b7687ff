"""A person resolves a centre's held-back collapse (RELIABILITY B4, B8).

When a centre's facts collapse against its history, the hold-back rules keep its last
profile, marked "not confirmed since", until the pages state new facts. A coordinator who
has looked at the page decides:

    confirm_collapse  the facts are really gone: the profile the pages give now is taken, its
                      removals (and the page texts held back) become normal change events,
                      each marked confirmed by the person, at that time
    keep_collapse     a false alarm (an error page, a broken template): the facts stay; the
                      same collapse seen again is held back quietly, a different one is not

Each is one transaction on the centre's row, as a crawl's update is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from kiwatch.core.errors import UsageError
from kiwatch.core.vocab import Resolution
from kiwatch.detection.centres import current_profile
from kiwatch.detection.pages import held_text_change
from kiwatch.i18n import Msg
from kiwatch.pipelines.diff import diff_profiles
from kiwatch.pipelines.profile import profile_hash
from kiwatch.storage import changes, pages, profiles, resolutions
from kiwatch.storage.accounts import add_review
from kiwatch.storage.centres import lock_centre
from kiwatch.storage.db import transaction
from kiwatch.storage.reports import unconfirmed_since_all
from kiwatch.storage.store import Store

if TYPE_CHECKING:
    from kiwatch.storage.models import Centre, Change


def confirm_collapse(store: Store, slug: str, reviewer: str, note: str = "") -> int:
    """Take the centre's held-back collapse as its new state; returns the number of change
    events recorded. UsageError when nothing is held back."""
    with transaction(store.factory) as s:
        centre = _held_centre(s, slug)
        last = profiles.latest_profile(s, centre.id)
        profile = current_profile(s, centre.id, last)
        digest = profile_hash(profile)
        new: list[Change] = []
        if last is not None and last.sha256 != digest:
            profiles.add_profile(s, centre.id, None, digest, profile)
            for event in diff_profiles(slug, last.profile, profile):
                fp = changes.fingerprint(event.kind, last.id, event.old, event.new, event.url)
                if (row := changes.add_change_row(s, centre, None, event, fp)) is not None:
                    new.append(row)
        for page in pages.active_pages(s, centre.id):
            if page.current_snapshot is not None:
                row = held_text_change(s, store.settings, None, centre, page, page.current_snapshot, accept=True)
                if row is not None:
                    new.append(row)
        s.flush()  # the events' ids, for their reviews
        for row in new:
            add_review(s, row.id, Resolution.CONFIRM.value, note, reviewer)
        resolutions.add_resolution(s, centre.id, Resolution.CONFIRM, digest, reviewer, note, len(new))
        return len(new)


def keep_collapse(store: Store, slug: str, reviewer: str, note: str = "") -> None:
    """Dismiss the centre's held-back collapse as a false alarm: the facts stay. UsageError
    when nothing is held back."""
    with transaction(store.factory) as s:
        centre = _held_centre(s, slug)
        digest = profile_hash(current_profile(s, centre.id, profiles.latest_profile(s, centre.id)))
        resolutions.add_resolution(s, centre.id, Resolution.KEEP, digest, reviewer, note, 0)


def _held_centre(s: Session, slug: str) -> Centre:
    centre = lock_centre(s, slug)
    if centre.id not in unconfirmed_since_all(s):
        raise UsageError(Msg("err_nothing_held", slug=slug, name=centre.name))
    return centre
