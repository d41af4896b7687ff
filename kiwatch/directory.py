"""Reading the stored history: the directory on any date, a centre's history, coverage, changes.

One application module for the command line (`kiwatch centres --as-of`, `history`, `coverage`,
`changes`) and the web dashboard, so both show the same facts from the same queries. Every
function takes an open session and answers with plain JSON-ready dicts, and runs a fixed number
of queries whatever the number of centres or changes (never one query per row).

"As of a date" means: what kiwatch knew at the end of that day (Europe/Berlin by default), from
the stored profile and page versions — later crawls never leak into a past view.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from kiwatch.core.errors import UsageError
from kiwatch.core.profile import AddressFact, CentreProfile, Fact, PhoneFact
from kiwatch.display import DateError, iso_local, parse_user_date
from kiwatch.i18n import Msg, kind_label
from kiwatch.records import ChangeKind, Severity
from kiwatch.storage import history as repo
from kiwatch.storage.history import ChangeFilter
from kiwatch.storage.models import utcnow
from kiwatch.storage.profiles import profiles_as_of
from kiwatch.storage.reports import unconfirmed_since_all
from kiwatch.storage.snapshots import reread_origins

if TYPE_CHECKING:
    from kiwatch.storage.accounts import ChangeReview
    from kiwatch.storage.models import Centre, Change

_F = TypeVar("_F", bound=Fact)
COVERAGE_FIELDS = ("address", "phone", "email", "head", "parent_unit")
DIRECTORY_COLUMNS = ["slug", "name", "municipality", "kind", "regierungsbezirk", "address", "phone", "email", "head",
                     "parent_unit", "status", "last_verified", "last_change", "homepage"]


class QueryError(UsageError):
    """A date, centre or filter that cannot be used; the message says what is expected."""


def parse_as_of(text: str | None, tz: str = "Europe/Berlin") -> datetime | None:
    """`YYYY-MM-DD` or `TT.MM.JJJJ` → the end of that local day as an aware UTC instant (None for no date)."""
    if text is None or not str(text).strip():
        return None
    try:
        day = parse_user_date(str(text), tz).date()  # 2025-03-31 or 31.03.2025
    except DateError:
        raise QueryError(Msg("err_date", option="--as-of", text=text)) from None
    if not 2 <= day.year <= 9998:  # the day before and after must exist (`since` takes one off)
        raise QueryError(Msg("err_date_range", option="--as-of", text=text))
    local_end = datetime.combine(day + timedelta(days=1), time.min, tzinfo=ZoneInfo(tz))
    return local_end.astimezone(UTC)


def iso(value: datetime | None) -> str:
    return value.astimezone(UTC).isoformat(timespec="seconds") if value else ""


# --- profiles as of a date ----------------------------------------------------------------------
def _values(table: Mapping[str, _F]) -> list[_F]:
    return [fact for _, fact in sorted(table.items())]


def _first(table: Mapping[str, _F]) -> _F | None:
    facts = _values(table)
    return facts[0] if facts else None


def _status(centre: Centre, seen: datetime | None, as_of: datetime | None, stale_after_days: int) -> str:
    if as_of is None:
        return centre.status
    if seen is None:
        return "new"
    # the stored status is today's; for a past date say whether the data was fresh then
    return "ok" if _utc(seen) >= as_of - timedelta(days=stale_after_days + 1) else "stale"


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def directory(session: Session, as_of: datetime | None = None, stale_after_days: int = 7) -> list[dict[str, Any]]:
    """One row per centre as it stood at `as_of` (None: now), ordered by district and name."""
    centres = repo.centres_in_order(session)
    profiles = profiles_as_of(session, as_of)
    verified = repo.last_verified(session, as_of)
    changed = repo.last_change(session, as_of)
    unconfirmed = unconfirmed_since_all(session) if as_of is None else {}
    rows = []
    for c in centres:
        p = profiles.get(c.id) or CentreProfile()
        seen = verified.get(c.id)
        status = _status(c, seen, as_of, stale_after_days)
        rows.append({
            "slug": c.slug, "name": c.name, "municipality": c.municipality, "kind": c.kind,
            "regierungsbezirk": c.regierungsbezirk,
            "address": "; ".join(f.value for f in _values(p.addresses)),
            "phone": "; ".join(f.value for f in _values(p.phones)),
            "email": "; ".join(f.value for f in _values(p.emails)),
            "head": "; ".join(f.value for f in _values(p.head)),
            "parent_unit": p.parent_unit.value if p.parent_unit is not None else "",
            "status": status,
            "last_verified": iso(seen),
            # the facts shown were not found on the page since then (a collapse held back, B8)
            "unconfirmed_since": iso(unconfirmed.get(c.id)),
            "last_change": iso(changed.get(c.id)),
            "homepage": c.homepage,
        })
    return rows


# --- changes ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChangeQuery(ChangeFilter):
    """The filters of `kiwatch changes`, shared by the CLI, /changes and /api/changes."""

    def validate(self) -> ChangeQuery:
        valid = {k.value for k in ChangeKind}
        for kind in self.kinds:
            if kind not in valid:
                raise QueryError(Msg("err_unknown_kind", kind=kind, known=", ".join(sorted(valid))))
        return self


def count_changes(session: Session, query: ChangeQuery) -> int:
    return repo.count_matching(session, query)


def list_changes(session: Session, query: ChangeQuery, lang: str, *, by_centre: bool = False,
                 limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Changes as JSON-ready dicts (with `id` and `review`); newest first, or grouped by centre
    with the most severe first (the order of `kiwatch changes`)."""
    rows = repo.matching_changes(session, query, by_centre=by_centre, limit=limit, offset=offset)
    reviews = repo.reviews_of(session, [row[0].id for row in rows])
    return [change_json(change, slug, name, reviews.get(change.id), lang) for change, slug, name in rows]


def review_json(review: ChangeReview | None) -> dict[str, Any] | None:
    if review is None:
        return None
    return {"action": review.action, "note": review.note, "by": review.reviewer, "at": iso(review.reviewed_at)}


def change_json(change: Change, slug: str, name: str, review: ChangeReview | None, lang: str) -> dict[str, Any]:
    return {
        "id": change.id,
        "centre": slug,
        "centre_name": name,
        "kind": change.kind,
        "kind_label": kind_label(lang, change.kind),
        "severity": Severity(change.severity).label,
        "old": change.old,
        "new": change.new,
        "url": change.url,
        "evidence": change.evidence,
        "detected_at": iso_local(change.detected_at),  # as `kiwatch changes --format json` always had it
        "diff": change.diff,
        "review": review_json(review),
    }


# --- one centre ---------------------------------------------------------------------------------
def snippet(text: str, needles: list[str], width: int = 90) -> str:
    """The stretch of page text around the first needle found (case-insensitive), or ""."""
    folded = text.casefold()
    for needle in needles:
        needle = " ".join((needle or "").split())
        if len(needle) < 3:
            continue
        at = folded.find(needle.casefold())
        if at >= 0:
            start, end = max(0, at - width), min(len(text), at + len(needle) + width)
            clip = " ".join(text[start:end].split())
            return ("… " if start else "") + clip + (" …" if end < len(text) else "")
    return ""


def _needles(fact: Fact) -> list[str]:
    if isinstance(fact, AddressFact):
        return [fact.street, fact.value]
    if isinstance(fact, PhoneFact):
        return [fact.raw, fact.value[-6:]]
    return [fact.value]


def _facts(profile: CentreProfile) -> list[tuple[str, Fact]]:
    facts: list[tuple[str, Fact]] = []
    tables: tuple[tuple[str, Mapping[str, Fact]], ...] = (
        ("address", profile.addresses), ("phone", profile.phones), ("email", profile.emails), ("head", profile.head),
        ("people", profile.people), ("programmes", profile.programmes), ("fields_of_action", profile.fields_of_action),
        ("reorganisation", profile.reorganisation))
    for field, table in tables:
        facts += [(field, f) for f in _values(table)]
    if profile.parent_unit is not None:
        facts.append(("parent_unit", profile.parent_unit))
    return facts


def centre_history(session: Session, slug: str, lang: str, as_of: datetime | None = None,
                   stale_after_days: int = 7, include_dismissed: bool = False, limit: int | None = None) -> dict[str, Any]:
    """A centre's profile as of a date, each fact with its provenance (page, version, snippet),
    its coverage, and its changes up to that date (the newest `limit`, all without one)."""
    centre = repo.centre_by_slug(session, slug)
    if centre is None:
        raise QueryError(Msg("err_unknown_centres", slugs=repr(slug)))
    profile = profiles_as_of(session, as_of, [centre.id]).get(centre.id) or CentreProfile()
    facts = _facts(profile)
    snaps = repo.snapshots_as_of(session, centre.id, as_of, {f.url for _, f in facts if f.url})
    origins = reread_origins(session, [snap.id for snap in snaps.values()])
    out_facts = []
    for field, fact in facts:
        snap = snaps.get(fact.url)
        text = (snap.record or {}).get("main_text", "") if snap is not None else ""
        # a re-reading (extractor upgrade) is dated by the version it reads, and says when it read it
        origin = origins.get(snap.id) if snap is not None else None
        out_facts.append({
            "field": field, "value": fact.value,
            "detail": {k: v for k, v in fact.to_json().items() if k not in ("value", "url", "raw") and v},
            "url": fact.url,
            "snapshot_id": snap.id if snap is not None else None,
            "snapshot_date": iso(origin[1] if origin else snap.fetched_at) if snap is not None else "",
            "reread_date": iso(snap.fetched_at) if snap is not None and snap.reread_of is not None else "",
            "snippet": snippet(text, _needles(fact)) if text else "",
        })
    query = ChangeQuery(sites=(slug,), until=as_of, include_dismissed=include_dismissed)
    changes = list_changes(session, query, lang, limit=limit)
    total = len(changes) if limit is None or len(changes) < limit else count_changes(session, query)
    cov = coverage(session, [slug], stale_after_days=stale_after_days, as_of=as_of)
    seen = repo.last_verified(session, as_of, [centre.id]).get(centre.id)
    return {
        "centre": slug, "name": centre.name, "municipality": centre.municipality, "kind": centre.kind,
        "regierungsbezirk": centre.regierungsbezirk, "homepage": centre.homepage,
        "status": _status(centre, seen, as_of, stale_after_days), "last_verified": iso(seen),
        "as_of": iso(as_of) if as_of else None,
        # the facts are held back (not found on the page since then) until the page or a person resolves it
        "unconfirmed_since": "" if as_of else iso(unconfirmed_since_all(session).get(centre.id)),
        "facts": out_facts,
        "coverage": cov[0] if cov else None,
        "changes": changes,
        "changes_total": total,
    }


# --- coverage -----------------------------------------------------------------------------------
def coverage(session: Session, sites: list[str] | None = None, *, stale_after_days: int = 7,
             as_of: datetime | None = None, now: datetime | None = None) -> list[dict[str, Any]]:
    """Per centre and field (address, phone, e-mail, head, parent unit): found, missing, or found
    but not confirmed since a date (its page has not been fetched successfully for
    `stale_after_days`), with the page it comes from and when that page was last seen."""
    if sites:
        known = repo.known_slugs(session, sites)
        unknown = [s for s in sites if s not in known]
        if unknown:
            raise QueryError(Msg("err_unknown_centres", slugs=", ".join(unknown)))
    centres = repo.centres_in_order(session, sites or None)
    ids = [c.id for c in centres]
    profiles = profiles_as_of(session, as_of, ids)
    wanted = {f.url for p in profiles.values() for f in _coverage_facts(p) if f}
    last_seen = repo.pages_last_ok(session, ids, wanted)
    reference = as_of or now or utcnow()
    stale_before = reference - timedelta(days=stale_after_days)
    verified = repo.last_verified(session, as_of, ids)
    out = []
    for c in centres:
        p = profiles.get(c.id) or CentreProfile()
        row: dict[str, Any] = {"centre": c.slug, "name": c.name, "regierungsbezirk": c.regierungsbezirk}
        for field, fact in zip(COVERAGE_FIELDS, _coverage_facts(p), strict=True):
            if not fact:
                row[field] = {"status": "missing", "value": "", "url": "", "last_seen": ""}
                continue
            seen = last_seen.get((c.id, fact.url))
            if as_of is not None and seen is not None and _utc(seen) >= as_of:
                seen = verified.get(c.id)  # the page was seen later too; as of then, the centre's last fetch
            status = "found" if seen is not None and _utc(seen) >= stale_before else "stale"
            row[field] = {"status": status, "value": fact.value, "url": fact.url,
                          "last_seen": iso(seen)}
        row["last_verified"] = iso(verified.get(c.id))
        out.append(row)
    return out


def _coverage_facts(profile: CentreProfile) -> list[Fact | None]:
    """The fact shown for each coverage field (in COVERAGE_FIELDS order), None where missing."""
    firsts: dict[str, Fact | None] = {"address": _first(profile.addresses), "phone": _first(profile.phones),
                                      "email": _first(profile.emails), "head": _first(profile.head),
                                      "parent_unit": profile.parent_unit}
    return [firsts[field] for field in COVERAGE_FIELDS]
