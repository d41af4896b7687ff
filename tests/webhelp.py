"""A small history of invented centres for the dashboard tests, written through the real store.

Three crawls (spring 2025, autumn 2025, spring 2026) of three invented centres. Each crawl goes
through `detection.record_fetch` and `detection.update_profile`, exactly as a real crawl does; afterwards
the run's rows are moved to the crawl's date, so as-of views have a real past to show.
One centre's pages turn hostile in the last crawl: script tags, an <img onerror>, a
javascript: link and template syntax, in every field that reaches a page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import update

from kiwatch.records import Address, FetchOutcome, FetchResult, PageRecord, ParentUnit, Person, Phone
from kiwatch.registry import CentreConfig
from kiwatch.settings import Settings
from kiwatch.storage.db import open_database, session_factory, transaction
from kiwatch.storage.models import Change, FetchAttempt, Profile, Run, Snapshot
from kiwatch.core.vocab import RunStatus
from kiwatch.detection import record_centre_run, record_fetch, update_profile
from kiwatch.records import CentreTally
from kiwatch.storage.store import Store

HOSTILE = {
    "script": "<script>window.__pwned=1</script>",
    "img": '<img src=x onerror="window.__pwned=2">',
    "js_url": "javascript:window.__pwned=3",
    "template": "{{7*7}}",
}
HOSTILE_TEXT = " ".join(HOSTILE.values())

CRAWL_DATES = [datetime(2025, 3, 1, 2, 0, tzinfo=timezone.utc), datetime(2025, 9, 1, 2, 0, tzinfo=timezone.utc),
               datetime(2026, 3, 1, 2, 0, tzinfo=timezone.utc)]

CENTRES = [
    CentreConfig(slug="nordstadt", name="Kommunales Integrationszentrum Nordstadt", municipality="Nordstadt",
                 kind="kreisfreie Stadt", regierungsbezirk="Münster", start_urls=("https://nordstadt.example/ki/",)),
    CentreConfig(slug="kreis-sued", name="Kommunales Integrationszentrum Kreis Süd", municipality="Kreis Süd",
                 kind="Kreis", regierungsbezirk="Köln", start_urls=("https://kreis-sued.example/ki/",)),
    CentreConfig(slug="hostile", name="Kommunales Integrationszentrum Hafenstadt", municipality="Hafenstadt",
                 kind="kreisfreie Stadt", regierungsbezirk="Düsseldorf", start_urls=("https://hafenstadt.example/ki/",)),
]


@dataclass
class Version:
    street: str
    head: str
    unit: str
    phone: str
    text: str


def _versions(slug: str) -> list[Version]:
    if slug == "nordstadt":
        return [
            Version("Lindenweg 4", "Dr. Amira Hollmann", "Dezernat III für Bildung", "+492511110000",
                    "Das Zentrum berät Familien und Schulen. Unser Team erreichen Sie am Lindenweg 4."),
            Version("Lindenweg 4", "Dr. Amira Hollmann", "Dezernat III für Bildung", "+492511110000",
                    "Das Zentrum berät Familien, Kitas und Schulen. Unser Team erreichen Sie am Lindenweg 4."),
            Version("Kastanienallee 17", "Jonas Petrović", "Amt für Integration und Vielfalt", "+492511110000",
                    "Das Zentrum berät Familien, Kitas und Schulen. Seit März finden Sie uns in der Kastanienallee 17."),
        ]
    if slug == "kreis-sued":
        v = Version("Am Kreishaus 2", "Selin Aydın", "Fachbereich 5 Soziales", "+492211234500",
                    "Der Kreis Süd fördert Integration in allen Gemeinden. Beratung im Kreishaus.")
        return [v, v, v]
    # hostile
    calm = Version("Hafenstraße 9", "Mara Lindqvist", "Stabsstelle Integration", "+492031234567",
                   "Willkommen im Zentrum am Hafen. Wir beraten neu Zugewanderte.")
    evil = Version(f"Hafenstraße 9 {HOSTILE['script']}", f"Mara {HOSTILE['img']}",
                   f"Stabsstelle {HOSTILE['template']} {HOSTILE['script']}", "+492031234567",
                   f"Willkommen im Zentrum am Hafen. {HOSTILE_TEXT} Wir beraten neu Zugewanderte.")
    return [calm, calm, evil]


def _record(url: str, v: Version, postal: str, city: str) -> PageRecord:
    return PageRecord(
        url=url, title="KI", main_text=v.text,
        addresses=[Address(street=v.street, postal_code=postal, city=city, raw=v.street)],
        phones=[Phone(number=v.phone, raw=v.phone)],
        emails=[f"ki@{url.split('/')[2]}"],
        people=[Person(name=v.head, role="Leitung des Kommunalen Integrationszentrums", is_head=True)],
        parent_units=[ParentUnit(kind="Dezernat", name=v.unit)],
    )


def build_history(url: str, settings: Settings | None = None) -> Settings:
    """Write the three crawls into the database at `url` (schema already migrated)."""
    settings = settings or Settings(database_url=url)
    engine = open_database(url)
    factory = session_factory(engine)
    store = Store(factory, settings)
    store.sync_centres(CENTRES)
    for index, when in enumerate(CRAWL_DATES):
        run_id = store.start_run()
        for cfg, postal, city in zip(CENTRES, ("48143", "50667", "47051"), ("Nordstadt", "Kreis Süd", "Hafenstadt")):
            v = _versions(cfg.slug)[index]
            page = cfg.start_urls[0]
            record_fetch(store, run_id, FetchResult(centre=cfg.slug, url=page, outcome=FetchOutcome.OK, status=200,
                                                   body=v.text.encode(), content_type="text/html", fetched_at=when),
                               _record(page, v, postal, city))
            if cfg.slug == "hostile" and index == 2:
                # a page whose own address is a javascript: URL: it must never become a link
                bad = HOSTILE["js_url"]
                record_fetch(store, run_id, FetchResult(centre=cfg.slug, url=bad, outcome=FetchOutcome.OK, status=200,
                                                       body=b"x", content_type="text/html", fetched_at=when),
                                   PageRecord(url=bad, main_text=HOSTILE_TEXT, emails=["evil@hafenstadt.example"]))
            update_profile(store, cfg.slug, run_id)

            record_centre_run(store, run_id, cfg.slug, CentreTally(pages=1))
        store.finish_run(run_id, RunStatus.OK, {"duration_s": 1.0})
        with transaction(factory) as s:  # move what this run wrote to its crawl date
            s.execute(update(Run).where(Run.id == run_id).values(started_at=when, finished_at=when))
            s.execute(update(Profile).where(Profile.run_id == run_id).values(created_at=when))
            s.execute(update(Change).where(Change.run_id == run_id).values(detected_at=when))
            s.execute(update(FetchAttempt).where(FetchAttempt.run_id == run_id).values(fetched_at=when))
            s.execute(update(Snapshot).where(Snapshot.run_id == run_id).values(fetched_at=when))
    engine.dispose()
    return settings
