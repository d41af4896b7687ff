"""Read-only queries for people: the directory of centres and the operators' health view."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kiwatch.core.profile import CentreProfile, Fact
from kiwatch.core.vocab import CentreRunStatus, CentreStatus, DigestStatus, RunStatus
from kiwatch.storage.delivery import Digest, Subscription
from kiwatch.storage.models import Centre, CentreRun, CollapseResolution, Run
from kiwatch.storage.profiles import profiles_as_of
from kiwatch.storage.runs import last_centre_statuses, last_run


def health(s: Session, now: datetime, stale_after_days: float) -> dict[str, Any]:
    """The last run, the centres that need a look (failing, blocked by robots.txt, facts held
    back and not resolved by a person, a profile that could not be updated in their last
    crawl, or without a successful fetch for `stale_after_days`) and the
    digests that could not be delivered. `needs_look` is true whenever any of these holds (or
    the last run failed or was interrupted): one verdict for `status` and its exit code."""
    stale_before = now - timedelta(days=stale_after_days)
    run = last_run(s)
    centres = list(s.scalars(select(Centre).where(Centre.homepage != "").order_by(Centre.slug)))
    problems = []
    # held back and not resolved by a person; each centre's last run: one query each, not one per centre
    unconfirmed = unconfirmed_since_all(s)
    last_status = last_centre_statuses(s)
    for c in centres:
        stale = c.last_success_at is not None and c.last_success_at < stale_before
        never = c.last_success_at is None and c.status != CentreStatus.NEW
        extraction_failed = c.id in unconfirmed
        profile_error = last_status.get(c.id) == CentreRunStatus.ERROR
        if c.status in (CentreStatus.FAILING, CentreStatus.BLOCKED) or stale or never or extraction_failed \
                or profile_error:
            problems.append({"slug": c.slug, "name": c.name, "status": c.status,
                             "stale": stale or never, "last_success": _iso(c.last_success_at),
                             "failed_runs": c.consecutive_failed_runs, "extraction_failed": extraction_failed,
                             "profile_error": profile_error})
    summary = (run.summary or {}) if run is not None else {}
    last = None if run is None else {
        "id": run.id, "started_at": _iso(run.started_at), "finished_at": _iso(run.finished_at),
        "status": run.status, "duration_s": summary.get("duration_s"),
        "globally_failed": summary.get("globally_failed", False),
        "cause": summary.get("cause") or summary.get("error", "")}
    run_bad = run is not None and (bool(last and last["globally_failed"])
                                   or run.status in (RunStatus.FAILED, RunStatus.INTERRUPTED))
    digests = failing_digests(s)
    return {
        "last_run": last,
        "centres": len(centres),
        "problems": problems,
        "digests": digests,
        "needs_look": bool(run_bad or problems or digests),
    }


def failing_digests(s: Session) -> list[dict[str, Any]]:
    """Digests that failed or were refused and have not been followed by a sent one for the
    same subscription."""
    last_sent = dict(s.execute(select(Digest.subscription_id, func.max(Digest.id))
                               .where(Digest.status == DigestStatus.SENT).group_by(Digest.subscription_id)).all())
    rows = s.execute(select(Digest, Subscription.email).join(Subscription, Subscription.id == Digest.subscription_id)
                     .where(Digest.status.in_((DigestStatus.FAILED, DigestStatus.REJECTED))).order_by(Digest.id))
    return [{"email": email, "period": d.period, "status": str(d.status), "error": (d.last_error or "")[:300]}
            for d, email in rows if d.id > last_sent.get(d.subscription_id, 0)]


def directory(s: Session) -> list[dict[str, Any]]:
    """One row per centre: where it is, how to reach it, who leads it, as of the last profile."""
    profiles = profiles_as_of(s)
    unconfirmed = unconfirmed_since_all(s)
    rows = []
    for c in s.scalars(select(Centre).order_by(Centre.regierungsbezirk, Centre.name)):
        p = profiles.get(c.id) or CentreProfile()
        rows.append({
            "slug": c.slug, "name": c.name, "municipality": c.municipality,
            "regierungsbezirk": c.regierungsbezirk, "status": c.status,
            "address": "; ".join(_first_values(p.addresses)),
            "phone": "; ".join(_first_values(p.phones)),
            "email": "; ".join(_first_values(p.emails)),
            "head": "; ".join(_first_values(p.head)),
            "parent_unit": p.parent_unit.value if p.parent_unit is not None else "",
            "last_verified": _iso(c.last_success_at),
            # the facts shown were not found on the page since this run (collapse held back)
            "unconfirmed_since": _iso(unconfirmed.get(c.id)),
            "last_change": _iso(c.last_change_at),
            "homepage": c.homepage,
        })
    return rows


def unconfirmed_since_all(s: Session) -> dict[int, datetime]:
    """Per centre, the start of its current streak of held-back collapses (extraction_failed
    runs after its last confirming run); centres whose last crawl confirmed their facts are
    absent. One query for all centres, so a directory never queries per row."""
    last_ok = (select(CentreRun.centre_id, func.max(CentreRun.id).label("ok_id"))
               .where(CentreRun.status.not_in([CentreRunStatus.SKIPPED, CentreRunStatus.EXTRACTION_FAILED]))
               .group_by(CentreRun.centre_id).subquery())
    # a person's decision (kiwatch confirm / keep) resolves the runs up to it
    resolved = (select(CollapseResolution.centre_id, func.max(CollapseResolution.up_to_run_id).label("run_id"))
                .group_by(CollapseResolution.centre_id).subquery())
    q = (select(CentreRun.centre_id, func.min(Run.started_at))
         .join(Run, Run.id == CentreRun.run_id)
         .outerjoin(last_ok, last_ok.c.centre_id == CentreRun.centre_id)
         .outerjoin(resolved, resolved.c.centre_id == CentreRun.centre_id)
         .where(CentreRun.status == CentreRunStatus.EXTRACTION_FAILED,
                or_(last_ok.c.ok_id.is_(None), CentreRun.id > last_ok.c.ok_id),
                or_(resolved.c.run_id.is_(None), CentreRun.run_id > resolved.c.run_id))
         .group_by(CentreRun.centre_id))
    return {cid: since for cid, since in s.execute(q) if since is not None}


def _first_values(table: Mapping[str, Fact]) -> list[str]:
    return [f.value for _, f in sorted(table.items())]


def _iso(value: datetime | None) -> str:
    return value.astimezone(UTC).isoformat(timespec="seconds") if value else ""
