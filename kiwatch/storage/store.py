"""The store: every write kiwatch makes, each in one transaction, and the queries users need.

Transactions are the unit of "nothing lost": a page's attempt row, its snapshot and its
content-change event commit together; a centre's new profile and its change events commit
together. A crawl killed between two of them leaves the last good state, and the next
crawl continues from it.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from kiwatch.pipelines.diff import content_change, diff_profiles
from kiwatch.pipelines.profile import build_profile, looks_like_broken_extraction, profile_hash
from kiwatch.records import ChangeEvent, FetchOutcome, FetchResult, PageRecord, Severity, without_raw
from kiwatch.registry import CentreConfig
from kiwatch.settings import Settings
from kiwatch.storage.db import transaction
from kiwatch.storage.models import Body, Centre, Change, FetchAttempt, Page, Profile, Run, Snapshot, utcnow


@dataclass
class CentreTally:
    """What one crawl did for one centre; printed as the run summary."""

    pages: int = 0
    unchanged: int = 0
    changed: int = 0
    failed: int = 0
    changes: int = 0
    status: str = "ok"
    baseline: bool = False
    failures: list[str] = field(default_factory=list)


def record_content_hash(record: PageRecord) -> str:
    """Hash of what the page says, not of its bytes or its URL, so that noise-only markup and
    spellings do not count as a new version."""
    data = without_raw(record.to_json())
    data.pop("url", None)
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _fingerprint(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()


class Store:
    def __init__(self, factory: sessionmaker[Session], settings: Settings):
        self.factory = factory
        self.settings = settings

    # --- centres and runs -------------------------------------------------------------
    def sync_centres(self, configs: list[CentreConfig]) -> None:
        with transaction(self.factory) as s:
            existing = {c.slug: c for c in s.scalars(select(Centre))}
            for cfg in configs:
                row = existing.get(cfg.slug) or Centre(slug=cfg.slug)
                row.name, row.municipality, row.kind = cfg.name, cfg.municipality, cfg.kind
                row.regierungsbezirk = cfg.regierungsbezirk
                row.homepage = cfg.start_urls[0] if cfg.start_urls else ""
                s.add(row)

    def start_run(self) -> int:
        with transaction(self.factory) as s:
            run = Run(status="running", summary={})
            s.add(run)
            s.flush()
            return run.id

    def finish_run(self, run_id: int, status: str, summary: dict) -> None:
        with transaction(self.factory) as s:
            run = s.get(Run, run_id)
            run.finished_at, run.status, run.summary = utcnow(), status, summary

    @staticmethod
    def _lock_centre(s: Session, slug: str) -> Centre:
        # Serialises writers of one centre (two crawls, a crawl and a retry) on PostgreSQL;
        # SQLite gets the same from BEGIN IMMEDIATE.
        return s.scalars(select(Centre).where(Centre.slug == slug).with_for_update()).one()

    # --- what the crawler needs -----------------------------------------------------------
    def known_urls(self, slug: str) -> list[str]:
        with self.factory() as s:
            q = select(Page.url).join(Centre).where(Centre.slug == slug, Page.state == "active")
            return list(s.scalars(q.order_by(Page.id)))

    def all_validators(self, slug: str) -> dict[str, tuple[str | None, str | None]]:
        """ETag / Last-Modified per URL with a stored snapshot, for conditional requests."""
        with self.factory() as s:
            q = (select(Page.url, Page.etag, Page.last_modified).join(Centre)
                 .where(Centre.slug == slug, Page.current_snapshot_id.is_not(None)))
            return {url: (etag, lm) for url, etag, lm in s.execute(q) if etag or lm}

    # --- one fetch result -------------------------------------------------------------------
    def record_fetch(self, run_id: int, result: FetchResult, record: PageRecord | None) -> str:
        """Store one fetch attempt and what follows from it. Returns 'new', 'changed',
        'unchanged' or 'failed' for the run summary."""
        now = result.fetched_at or utcnow()
        with transaction(self.factory) as s:
            centre = self._lock_centre(s, result.centre)
            page = s.scalars(select(Page).where(Page.centre_id == centre.id, Page.url == result.url)).one_or_none()
            s.add(FetchAttempt(run_id=run_id, centre_id=centre.id, url=result.url, outcome=result.outcome.value,
                               status=result.status, reason=result.reason.value if result.reason else None,
                               detail=result.detail[:2000], fetched_at=now))
            if result.outcome is FetchOutcome.OK and record is not None:
                if page is None:
                    page = Page(centre_id=centre.id, url=result.url, first_seen_at=now)
                    s.add(page)
                    s.flush()
                return self._store_version(s, run_id, centre, page, result, record, now)
            if page is None:
                return "failed"
            page.last_fetched_at, page.last_status = now, result.status
            if result.outcome is FetchOutcome.NOT_MODIFIED:
                page.last_ok_at, page.consecutive_gone, page.consecutive_failures = now, 0, 0
                if page.state == "removed":
                    page.state = "active"
                return "unchanged"
            if result.outcome is FetchOutcome.GONE:
                page.consecutive_gone += 1
                if page.consecutive_gone >= self.settings.gone_confirmations:
                    page.state = "removed"
            elif result.outcome is FetchOutcome.MOVED:
                page.state = "removed"  # a redirect away is a definite answer, no need to wait
            else:
                page.consecutive_failures += 1
            return "failed"

    def _store_version(self, s: Session, run_id: int, centre: Centre, page: Page, result: FetchResult,
                       record: PageRecord, now: datetime) -> str:
        page.last_fetched_at, page.last_ok_at, page.last_status = now, now, result.status
        page.etag, page.last_modified = result.etag, result.last_modified
        page.consecutive_gone = page.consecutive_failures = 0
        page.state = "active"
        content_hash = record_content_hash(record)
        previous = s.get(Snapshot, page.current_snapshot_id) if page.current_snapshot_id else None
        if previous is not None and previous.text_sha256 == content_hash:
            return "unchanged"
        body = result.body or b""
        body_hash = hashlib.sha256(body).hexdigest()
        if s.get(Body, body_hash) is None:
            s.add(Body(sha256=body_hash, data=zlib.compress(body, 6), size=len(body)))
        snap = Snapshot(page_id=page.id, body_sha256=body_hash, text_sha256=content_hash,
                        content_type=result.content_type or "", fetched_at=now, run_id=run_id,
                        record=record.to_json())
        s.add(snap)
        s.flush()
        page.current_snapshot_id = snap.id
        if previous is None:
            return "new"
        event = content_change(centre.slug, page.url, previous.record.get("main_text", ""), record.main_text,
                               self.settings.diff_timeout)
        if event is not None:
            self._add_change(s, centre, run_id, event, _fingerprint(event.kind, page.id, previous.id, content_hash),
                             before=previous.id, after=snap.id)
        return "changed"

    # --- profile and change events ----------------------------------------------------------
    def update_profile(self, slug: str, run_id: int, accept_loss: bool = False) -> tuple[int, str]:
        """Rebuild the centre's profile from its current pages and record what changed.

        Returns (number of change events, verdict): verdict is "baseline" for the first
        profile, "pending" while a page's removal is not yet confirmed, "extraction_failed"
        when every contact fact vanished although no page did (the profile is then kept as it
        was unless `accept_loss`), else "ok"."""
        with transaction(self.factory) as s:
            centre = self._lock_centre(s, slug)
            rows = s.execute(
                select(Page.url, Snapshot.record)
                .join(Snapshot, Snapshot.id == Page.current_snapshot_id)
                .where(Page.centre_id == centre.id, Page.state == "active")
            ).all()
            profile = build_profile((url, rec) for url, rec in rows)
            digest = profile_hash(profile)
            last = s.scalars(select(Profile).where(Profile.centre_id == centre.id)
                             .order_by(Profile.id.desc()).limit(1)).one_or_none()
            if last is not None and last.sha256 == digest:
                return 0, "ok"
            if last is None and not rows:
                return 0, "ok"  # nothing fetched yet: no baseline to record
            if last is not None and self._removal_unconfirmed(s, centre):
                # A page answered 404/410 once: until that is confirmed or the page is back, its
                # old facts would pair wrongly with the others' new ones (an address "added" now
                # and "removed" a run later instead of one move). Wait one run, then diff once.
                return 0, "pending"
            if last is not None and not accept_loss and looks_like_broken_extraction(last.data, profile):
                return 0, "extraction_failed"
            new = Profile(centre_id=centre.id, run_id=run_id, sha256=digest, data=profile)
            s.add(new)
            s.flush()
            if last is None:
                return 0, "baseline"  # first profile: the baseline, not a flood of "added" events
            count = 0
            for event in diff_profiles(slug, last.data, profile):
                fp = _fingerprint(event.kind, last.id, event.old, event.new, event.url)
                count += self._add_change(s, centre, run_id, event, fp)
            return count, "ok"

    @staticmethod
    def _removal_unconfirmed(s: Session, centre: Centre) -> bool:
        return s.scalar(select(func.count(Page.id)).where(
            Page.centre_id == centre.id, Page.state == "active", Page.consecutive_gone > 0)) > 0

    def recent_run_statuses(self, slug: str, n: int) -> list[str]:
        """This centre's status in the last n finished runs that crawled it, newest first."""
        with self.factory() as s:
            summaries = s.scalars(select(Run.summary).where(Run.finished_at.is_not(None))
                                  .order_by(Run.id.desc()).limit(n * 4))
            statuses = [(sm or {}).get("centres", {}).get(slug, {}).get("status") for sm in summaries]
        return [st for st in statuses if st and st != "skipped"][:n]

    def _add_change(self, s: Session, centre: Centre, run_id: int, event: ChangeEvent, fingerprint: str,
                    before: int | None = None, after: int | None = None) -> int:
        if s.scalars(select(Change.id).where(Change.fingerprint == fingerprint)).first() is not None:
            return 0  # the same change detected again (re-run after a crash): stored once
        s.add(Change(centre_id=centre.id, kind=event.kind.value, severity=int(event.severity), old=event.old,
                     new=event.new, url=event.url, evidence=event.evidence,
                     diff=[list(d) for d in event.diff] if event.diff else None,
                     run_id=run_id, snapshot_before_id=before, snapshot_after_id=after, fingerprint=fingerprint))
        centre.last_change_at = utcnow()
        return 1

    def record_centre_run(self, slug: str, tally: CentreTally) -> str:
        """Update the centre's health after a run; a centre is 'failing' only after
        several consecutive runs without a single successful fetch."""
        with transaction(self.factory) as s:
            centre = s.scalars(select(Centre).where(Centre.slug == slug)).one()
            if tally.pages > tally.failed:
                centre.consecutive_failed_runs = 0
                centre.last_success_at = utcnow()
                centre.status = "ok"
            else:
                centre.consecutive_failed_runs += 1
                if tally.status == "blocked":
                    centre.status = "blocked"
                elif centre.consecutive_failed_runs >= self.settings.failing_after_runs:
                    centre.status = "failing"
            return centre.status

    # --- queries --------------------------------------------------------------------------
    def changes(self, since: datetime | None = None, sites: list[str] | None = None,
                kinds: list[str] | None = None, min_severity: int = Severity.LOW) -> list[Change]:
        with self.factory() as s:
            q = select(Change).join(Centre).where(Change.severity >= min_severity)
            if since is not None:
                q = q.where(Change.detected_at >= since)
            if sites:
                q = q.where(Centre.slug.in_(sites))
            if kinds:
                q = q.where(Change.kind.in_(kinds))
            q = q.order_by(Centre.slug, Change.severity.desc(), Change.id)
            rows = list(s.scalars(q))
            for row in rows:
                _ = row.centre  # load before the session closes
            return rows

    def health(self, now: datetime | None = None) -> dict:
        """For operators: the last run, and the centres that need a look (failing, blocked by
        robots.txt, or without a successful fetch for `stale_after_days`)."""
        from datetime import timedelta

        now = now or utcnow()
        stale_before = now - timedelta(days=self.settings.stale_after_days)
        with self.factory() as s:
            run = s.scalars(select(Run).order_by(Run.id.desc()).limit(1)).one_or_none()
            centres = list(s.scalars(select(Centre).where(Centre.homepage != "").order_by(Centre.slug)))
            problems = []
            for c in centres:
                stale = c.last_success_at is not None and c.last_success_at < stale_before
                never = c.last_success_at is None and c.status != "new"
                if c.status in ("failing", "blocked") or stale or never:
                    problems.append({"slug": c.slug, "name": c.name, "status": c.status,
                                     "stale": stale or never, "last_success": _iso(c.last_success_at),
                                     "failed_runs": c.consecutive_failed_runs})
            return {
                "last_run": None if run is None else {
                    "id": run.id, "started_at": _iso(run.started_at), "finished_at": _iso(run.finished_at),
                    "status": run.status, "duration_s": (run.summary or {}).get("duration_s"),
                    "globally_failed": (run.summary or {}).get("globally_failed", False)},
                "centres": len(centres),
                "problems": problems,
            }

    def count_changes(self, slug: str, run_id: int) -> int:
        with self.factory() as s:
            return s.scalar(select(func.count(Change.id)).join(Centre)
                            .where(Centre.slug == slug, Change.run_id == run_id)) or 0

    def directory(self) -> list[dict]:
        """One row per centre: where it is, how to reach it, who leads it, as of the last profile."""
        with self.factory() as s:
            latest = (select(Profile.centre_id, func.max(Profile.id).label("pid"))
                      .group_by(Profile.centre_id).subquery())
            profiles = {cid: data for cid, data in s.execute(
                select(Profile.centre_id, Profile.data).join(latest, latest.c.pid == Profile.id))}
            rows = []
            for c in s.scalars(select(Centre).order_by(Centre.regierungsbezirk, Centre.name)):
                p = profiles.get(c.id) or {}
                rows.append({
                    "slug": c.slug, "name": c.name, "municipality": c.municipality,
                    "regierungsbezirk": c.regierungsbezirk, "status": c.status,
                    "address": "; ".join(_first_values(p.get("addresses"))),
                    "phone": "; ".join(v for v in _first_values(p.get("phones"))),
                    "email": "; ".join(_first_values(p.get("emails"))),
                    "head": "; ".join(_first_values(p.get("head"))),
                    "parent_unit": (p.get("parent_unit") or {}).get("value", ""),
                    "last_verified": _iso(c.last_success_at),
                    "last_change": _iso(c.last_change_at),
                    "homepage": c.homepage,
                })
            return rows


def _first_values(table: dict | None) -> list[str]:
    return [f["value"] for _, f in sorted((table or {}).items())]


def _iso(value: datetime | None) -> str:
    return value.astimezone(timezone.utc).isoformat(timespec="seconds") if value else ""
