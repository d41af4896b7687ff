"""Repository of centres: mirrored from the registry, locked while a writer works on one."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiwatch.registry import CentreConfig
from kiwatch.storage.models import Centre


def sync_centres(s: Session, configs: list[CentreConfig]) -> None:
    existing = {c.slug: c for c in s.scalars(select(Centre))}
    for cfg in configs:
        row = existing.get(cfg.slug) or Centre(slug=cfg.slug)
        row.name, row.municipality, row.kind = cfg.name, cfg.municipality, cfg.kind
        row.regierungsbezirk = cfg.regierungsbezirk
        row.homepage = cfg.start_urls[0] if cfg.start_urls else ""
        s.add(row)


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


def centre_id(s: Session, slug: str) -> int | None:
    """The id of the centre with this slug, None if there is none."""
    return s.scalar(select(Centre.id).where(Centre.slug == slug))


def centres_by_name(s: Session) -> list[tuple[str, str]]:
    """(slug, name) of every centre, ordered by name."""
    return [(slug, name) for slug, name in s.execute(select(Centre.slug, Centre.name).order_by(Centre.name))]
