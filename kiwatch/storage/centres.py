"""Repository of centres: mirrored from the registry, locked while a writer works on one."""

from __future__ import annotations

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from kiwatch.core.health import Health
from kiwatch.core.vocab import CentreStatus
from kiwatch.registry import CentreConfig
from kiwatch.storage.models import Centre, table_of
from kiwatch.storage.plainstore import MIRRORED, mirrored

_MIRRORED = MIRRORED


def _mirrored(cfg: CentreConfig) -> tuple[str, ...]:
    return mirrored(cfg.name, cfg.municipality, cfg.kind, cfg.regierungsbezirk, cfg.start_urls)


def sync_centres(s: Session, configs: list[CentreConfig]) -> None:
    """Mirror the registry: new centres are added, a centre whose entry changed is updated; a
    centre left as it was is not written (every crawl mirrors the whole registry)."""
    cols = table_of(Centre).c
    existing = {row[0]: (row[1], tuple(row[2:])) for row in s.execute(
        select(cols.slug, cols.id, *(cols[name] for name in _MIRRORED)))}
    new, changed = [], []
    for cfg in configs:
        values = _mirrored(cfg)
        if cfg.slug not in existing:
            new.append({"slug": cfg.slug, **dict(zip(_MIRRORED, values, strict=True))})
            existing[cfg.slug] = (0, values)  # a slug twice in the list: the first entry counts, as before
        elif existing[cfg.slug][1] != values:
            changed.append({"cid": existing[cfg.slug][0], **{"v_" + k: v for k, v in zip(_MIRRORED, values, strict=True)}})
            existing[cfg.slug] = (existing[cfg.slug][0], values)
    if new:
        s.execute(insert(table_of(Centre)), new)
    if changed:
        s.connection().execute(update(table_of(Centre)).where(cols.id == bindparam("cid"))
                               .values({name: bindparam("v_" + name) for name in _MIRRORED}), changed)


def slugs(s: Session) -> set[str]:
    """The slugs of every stored centre."""
    return set(s.scalars(select(Centre.slug)))


def centre(s: Session, slug: str) -> Centre:
    return s.scalars(select(Centre).where(Centre.slug == slug)).one()


def centre_names(s: Session) -> dict[str, str]:
    """Every centre's slug → name."""
    return dict(s.execute(select(Centre.slug, Centre.name)).tuples().all())


def lock_centre(s: Session, slug: str) -> Centre:
    """The centre's row, locked for this transaction: serialises writers of one centre (two
    crawls, a crawl and a retry) on PostgreSQL; SQLite gets the same from BEGIN IMMEDIATE."""
    return s.scalars(select(Centre).where(Centre.slug == slug).with_for_update()).one()


def lock_centres(s: Session, slugs: list[str]) -> dict[str, Centre]:
    """Several centres' rows locked in one query, always in slug order, so that two writers
    locking overlapping sets cannot deadlock."""
    q = select(Centre).where(Centre.slug.in_(sorted(set(slugs)))).order_by(Centre.slug).with_for_update()
    return {c.slug: c for c in s.scalars(q)}


def lock_centre_ids(s: Session, slugs: list[str]) -> dict[str, int]:
    """`lock_centres` without loading the rows: their ids, by slug."""
    cols = table_of(Centre).c
    q = select(cols.slug, cols.id).where(cols.slug.in_(sorted(set(slugs)))).order_by(cols.slug).with_for_update()
    return {slug: cid for slug, cid in s.execute(q)}


def health_of(s: Session, slugs: list[str]) -> dict[str, tuple[int, Health]]:
    """(id, Health) of these centres, by slug, their rows locked (in slug order, as `lock_centres`)."""
    cols = table_of(Centre).c
    q = (select(cols.slug, cols.id, cols.status, cols.consecutive_failed_runs, cols.last_success_at)
         .where(cols.slug.in_(sorted(set(slugs)))).order_by(cols.slug).with_for_update())
    return {slug: (cid, Health(CentreStatus(status), failed, last)) for slug, cid, status, failed, last in s.execute(q)}


def set_health(s: Session, rows: list[tuple[int, Health]]) -> None:
    """Write these centres' health (id, Health): one UPDATE of many rows."""
    if rows:
        cols = table_of(Centre).c
        s.connection().execute(
            update(table_of(Centre)).where(cols.id == bindparam("cid")).values(
                status=bindparam("st"), consecutive_failed_runs=bindparam("failed"), last_success_at=bindparam("at")),
            [{"cid": cid, "st": h.status, "failed": h.consecutive_failed_runs, "at": h.last_success_at}
             for cid, h in rows])


def centre_id(s: Session, slug: str) -> int | None:
    """The id of the centre with this slug, None if there is none."""
    return s.scalar(select(Centre.id).where(Centre.slug == slug))


def centres_by_name(s: Session) -> list[tuple[str, str]]:
    """(slug, name) of every centre, ordered by name."""
    return [(slug, name) for slug, name in s.execute(select(Centre.slug, Centre.name).order_by(Centre.name))]
