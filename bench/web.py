"""Dashboard speed: every page of `kiwatch serve` on a generated database of 54 invented centres
x 60 pages x two years of nightly crawls (`python -m bench --web-only`, part of `make bench`).

The database is written straight into a migrated SQLite file (the real schema): 730 nightly runs,
one fetch attempt per page and night (2.4 million rows), a new page version every few weeks,
the content change it made, a new profile with profile changes every two weeks, and some
reviews. It is cached under bench/.work/web/ until this file changes.

Each page is requested through the ASGI app in-process (no network noise), a few times to warm
up, then `--web-requests` times; reported: median, p95 and the number of SQL statements per
request (constant whatever the size of the directory: no query per row). Nothing asserts a time.
"""

from __future__ import annotations

import hashlib
import json
import random
import statistics
import time
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

from bench.blocks import replace_block

from sqlalchemy import event, text

HERE = Path(__file__).resolve().parent
CENTRES, PAGES, DAYS = 54, 60, 730
START = datetime(2024, 11, 1, 2, 0, tzinfo=timezone.utc)
DISTRICTS = ["Arnsberg", "Detmold", "Düsseldorf", "Köln", "Münster"]
STREETS = ["Lindenweg", "Am Markt", "Bahnhofstraße", "Kirchplatz", "Schulstraße", "Rathausplatz", "Gartenstraße",
           "Hafenweg", "Mühlenstraße", "Parkallee"]
GIVEN = ["Amira", "Jonas", "Selin", "Mara", "Piotr", "Aylin", "Lukas", "Fatma", "Dragan", "Nele", "Kemal", "Irina"]
FAMILY = ["Hollmann", "Petrović", "Aydın", "Lindqvist", "Nowak", "Yılmaz", "Becker", "Schulte", "Kovač", "Brandt"]
UNITS = ["Dezernat III für Bildung", "Amt für Integration und Vielfalt", "Fachbereich 5 Soziales",
         "Stabsstelle Integration", "Referat für Zuwanderung"]
WORDS = ("Beratung Familien Schulen Kitas Sprache Bildung Integration Zuwanderung Ehrenamt Vielfalt Teilhabe "
         "Angebote Eltern Jugendliche Projekte Netzwerk Kommune Kreis Zentrum Termine Anmeldung").split()


def _stamp() -> str:
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def _text(rng: random.Random, words: int = 220) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)) + "."


def _profile(rng: random.Random, c: int, version: int, home: str) -> dict:
    street = f"{STREETS[(c + version // 8) % len(STREETS)]} {1 + (c * 7 + version // 8) % 90}"
    head = f"{GIVEN[(c + version // 10) % len(GIVEN)]} {FAMILY[(c * 3 + version // 10) % len(FAMILY)]}"
    unit = UNITS[(c + version // 13) % len(UNITS)]
    phone = f"+4920{c:02d}{1000 + version // 6:04d}"
    email = f"ki{c:02d}@musterstadt{c:02d}.example"
    return {
        "addresses": {street.casefold(): {"value": f"{street}, 4{c:03d}0 Musterstadt {c:02d}", "street": street,
                                          "postal_code": f"4{c:03d}0", "city": f"Musterstadt {c:02d}", "label": "",
                                          "url": home}},
        "phones": {phone: {"value": phone, "kind": "phone", "raw": phone, "url": home}},
        "emails": {email: {"value": email, "url": home}},
        "head": {head.casefold(): {"value": head, "role": "Leitung", "url": home}},
        "people": {f"p{i}": {"value": f"{GIVEN[(c + i) % len(GIVEN)]} {FAMILY[i % len(FAMILY)]}", "role": "Beratung",
                             "url": f"{home}team/"} for i in range(6)},
        "fields_of_action": {}, "programmes": {f"prog{i}": {"value": f"Programm {i}", "url": home} for i in range(5)},
        "reorganisation": {},
        "parent_unit": {"value": unit, "since": "", "url": home},
        "pages": {},
    }


def generate(path: Path, log=print) -> None:
    from kiwatch.storage.db import make_engine, upgrade

    if path.exists():
        path.unlink()
    url = f"sqlite:///{path}"
    upgrade(url)
    engine = make_engine(url)
    rng = random.Random(7)
    t0 = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO runs (id, started_at, finished_at, status, summary) VALUES "
                          "(:id, :s, :f, 'ok', :summary)"),
                     [{"id": d + 1, "s": START + timedelta(days=d), "f": START + timedelta(days=d, minutes=40),
                       "summary": json.dumps({"duration_s": 2400.0})} for d in range(DAYS)])
        body = b"<html><body>generated</body></html>"
        sha = hashlib.sha256(body).hexdigest()
        conn.execute(text("INSERT INTO bodies (sha256, data, size) VALUES (:s, :d, :n)"),
                     {"s": sha, "d": zlib.compress(body), "n": len(body)})
        centres, pages = [], []
        for c in range(CENTRES):
            home = f"https://www.musterstadt{c:02d}.example/ki/"
            centres.append({"id": c + 1, "slug": f"musterstadt-{c:02d}", "name": f"Kommunales Integrationszentrum Musterstadt {c:02d}",
                            "municipality": f"Musterstadt {c:02d}", "kind": "Kreis" if c % 3 == 0 else "kreisfreie Stadt",
                            "regierungsbezirk": DISTRICTS[c % 5], "homepage": home, "status": "ok",
                            "consecutive_failed_runs": 0, "last_success_at": START + timedelta(days=DAYS - 1),
                            "last_change_at": START + timedelta(days=DAYS - 2)})
            for p in range(PAGES):
                pages.append({"id": c * PAGES + p + 1, "centre_id": c + 1,
                              "url": home if p == 0 else f"{home}seite-{p:02d}/", "state": "active",
                              "first_seen_at": START, "last_fetched_at": START + timedelta(days=DAYS - 1),
                              "last_ok_at": START + timedelta(days=DAYS - 1), "last_status": 200,
                              "consecutive_gone": 0, "consecutive_failures": 0})
        conn.execute(text("INSERT INTO centres (id, slug, name, municipality, kind, regierungsbezirk, homepage, status, "
                          "consecutive_failed_runs, last_success_at, last_change_at) VALUES (:id, :slug, :name, "
                          ":municipality, :kind, :regierungsbezirk, :homepage, :status, :consecutive_failed_runs, "
                          ":last_success_at, :last_change_at)"), centres)
        conn.execute(text("INSERT INTO pages (id, centre_id, url, state, first_seen_at, last_fetched_at, last_ok_at, "
                          "last_status, consecutive_gone, consecutive_failures) VALUES (:id, :centre_id, :url, :state, "
                          ":first_seen_at, :last_fetched_at, :last_ok_at, :last_status, :consecutive_gone, "
                          ":consecutive_failures)"), pages)
        log(f"web bench: {len(centres)} centres, {len(pages)} pages")
        # fetch attempts: one per page and night (304 mostly, a few failures)
        attempt_sql = text("INSERT INTO fetch_attempts (run_id, centre_id, url, outcome, status, reason, detail, fetched_at) "
                           "VALUES (:r, :c, :u, :o, :s, NULL, '', :t)")
        for d in range(DAYS):
            when = START + timedelta(days=d, minutes=5)
            rows = []
            for pg in pages:
                fail = rng.random() < 0.01
                rows.append({"r": d + 1, "c": pg["centre_id"], "u": pg["url"], "o": "failed" if fail else "not_modified",
                             "s": 503 if fail else 304, "t": when})
            conn.execute(attempt_sql, rows)
            if d % 146 == 0:
                log(f"web bench: fetch attempts, day {d}/{DAYS}")
        # page versions and their content changes
        snap_id, change_id = 0, 0
        snaps, changes, current = [], [], {}
        for pg in pages:
            prev_text, prev_id = None, None
            day = rng.randrange(0, 10)
            while day < DAYS:
                snap_id += 1
                body_text = _text(rng)
                snaps.append({"id": snap_id, "page_id": pg["id"], "b": sha, "h": f"{snap_id:064x}", "ct": "text/html",
                              "t": START + timedelta(days=day, minutes=6), "r": day + 1,
                              "rec": json.dumps({"url": pg["url"], "title": "Seite", "page_kind": "page",
                                                 "main_text": body_text})})
                if prev_text is not None:
                    change_id += 1
                    changes.append({"id": change_id, "c": pg["centre_id"], "k": "content", "sev": 1, "o": "", "n": "",
                                    "u": pg["url"], "e": "", "diff": json.dumps([[0, body_text[:200]], [-1, "alt"], [1, "neu"]]),
                                    "t": START + timedelta(days=day, minutes=30), "r": day + 1, "sb": prev_id,
                                    "sa": snap_id, "fp": f"c{change_id}"})
                prev_text, prev_id = body_text, snap_id
                day += rng.randrange(40, 80)
            current[pg["id"]] = prev_id
        conn.execute(text("INSERT INTO snapshots (id, page_id, body_sha256, text_sha256, content_type, fetched_at, run_id, record) "
                          "VALUES (:id, :page_id, :b, :h, :ct, :t, :r, :rec)"), snaps)
        conn.execute(text("UPDATE pages SET current_snapshot_id = :s WHERE id = :p"),
                     [{"s": s, "p": p} for p, s in current.items()])
        # profiles every two weeks per centre, with the profile changes they made
        profiles = []
        pid = 0
        for c in range(CENTRES):
            home = centres[c]["homepage"]
            before = None
            for version, day in enumerate(range(0, DAYS, 14)):
                data = _profile(rng, c, version, home)
                pid += 1
                profiles.append({"id": pid, "c": c + 1, "t": START + timedelta(days=day, minutes=35), "r": day + 1,
                                 "h": hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest(),
                                 "d": json.dumps(data, ensure_ascii=False)})
                if before is not None:
                    for kind, key in (("address", "addresses"), ("head", "head"), ("contact", "phones")):
                        old = next(iter(before[key].values()))["value"]
                        new = next(iter(data[key].values()))["value"]
                        if old != new:
                            change_id += 1
                            changes.append({"id": change_id, "c": c + 1, "k": kind, "sev": 3 if kind != "contact" else 2,
                                            "o": old, "n": new, "u": home, "e": new, "diff": None,
                                            "t": START + timedelta(days=day, minutes=36), "r": day + 1, "sb": None,
                                            "sa": None, "fp": f"p{change_id}"})
                    if before["parent_unit"]["value"] != data["parent_unit"]["value"]:
                        change_id += 1
                        changes.append({"id": change_id, "c": c + 1, "k": "parent_unit", "sev": 3,
                                        "o": before["parent_unit"]["value"], "n": data["parent_unit"]["value"], "u": home,
                                        "e": "", "diff": None, "t": START + timedelta(days=day, minutes=36), "r": day + 1,
                                        "sb": None, "sa": None, "fp": f"p{change_id}"})
                before = data
        conn.execute(text("INSERT INTO profiles (id, centre_id, created_at, run_id, sha256, data) VALUES (:id, :c, :t, :r, :h, :d)"),
                     profiles)
        conn.execute(text("INSERT INTO changes (id, centre_id, kind, severity, old, new, url, evidence, diff, detected_at, "
                          "run_id, snapshot_before_id, snapshot_after_id, fingerprint) VALUES (:id, :c, :k, :sev, :o, :n, "
                          ":u, :e, :diff, :t, :r, :sb, :sa, :fp)"), changes)
        reviews = [{"c": cid, "a": "dismiss" if cid % 3 else "confirm", "n": "geprüft", "u": "redaktion@example.org",
                    "t": START + timedelta(days=DAYS - 1)} for cid in range(1, change_id + 1, 97)]
        conn.execute(text("INSERT INTO change_reviews (change_id, action, note, reviewer, reviewed_at) VALUES (:c, :a, :n, :u, :t)"),
                     reviews)
        log(f"web bench: {len(snaps)} page versions, {len(profiles)} profiles, {len(changes)} changes, {len(reviews)} reviews")
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()
    log(f"web bench: database generated in {time.perf_counter() - t0:.0f} s ({path.stat().st_size / 1e6:.0f} MB)")


def ensure_database(work: Path, log=print) -> Path:
    root = work / "web"
    root.mkdir(parents=True, exist_ok=True)
    path, stamp = root / "dashboard.sqlite", root / "stamp.txt"
    if not (path.exists() and stamp.exists() and stamp.read_text() == _stamp()):
        generate(path, log)
        stamp.write_text(_stamp())
    return path


def measure(path: Path, requests: int = 20, log=print) -> dict:
    from starlette.testclient import TestClient

    from kiwatch.settings import Settings
    from kiwatch.storage.db import open_database
    from kiwatch.web.app import create_app

    url = f"sqlite:///{path}"
    engine = open_database(url)
    statements = [0]
    event.listen(engine, "before_cursor_execute", lambda *a, **k: statements.__setitem__(0, statements[0] + 1))
    settings = Settings(database_url=url, dashboard_public=True)
    client = TestClient(create_app(settings, engine), base_url="http://127.0.0.1")
    with engine.connect() as conn:
        content = conn.execute(text("SELECT id FROM changes WHERE kind = 'content' ORDER BY id DESC LIMIT 1")).scalar()
        head = conn.execute(text("SELECT id FROM changes WHERE kind = 'head' ORDER BY id DESC LIMIT 1")).scalar()
        snap = conn.execute(text("SELECT max(id) FROM snapshots")).scalar()
    past = (START + timedelta(days=DAYS // 2)).date().isoformat()
    paths = ["/", f"/?as_of={past}", "/?rb=Köln&q=musterstadt", "/centres.csv", "/centres/musterstadt-07",
             f"/centres/musterstadt-07?as_of={past}", "/changes", "/changes?page=200", "/changes?kind=head&min_severity=high",
             f"/changes/{content}", f"/changes/{head}", f"/snapshots/{snap}", "/coverage", "/status",
             "/api/centres", f"/api/centres?as_of={past}", "/api/centres/musterstadt-07", "/api/changes"]
    out = []
    for p in paths:
        for _ in range(2):
            assert client.get(p).status_code == 200, p
        times, counts = [], []
        for _ in range(requests):
            statements[0] = 0
            t0 = time.perf_counter()
            answer = client.get(p)
            times.append((time.perf_counter() - t0) * 1000)
            counts.append(statements[0])
            assert answer.status_code == 200, p
        times.sort()
        row = {"path": p, "median_ms": round(statistics.median(times), 1),
               "p95_ms": round(times[min(len(times) - 1, int(len(times) * 0.95))], 1),
               "max_ms": round(times[-1], 1), "queries": max(counts), "bytes": len(answer.content)}
        out.append(row)
        log(f"web bench: {p:48s} median {row['median_ms']:7.1f} ms  p95 {row['p95_ms']:7.1f} ms  {row['queries']} queries")
    with engine.connect() as conn:
        sizes = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                 for t in ("centres", "pages", "runs", "fetch_attempts", "snapshots", "profiles", "changes", "change_reviews")}
    engine.dispose()
    return {"pages": out, "rows": sizes, "requests": requests}


BEGIN = "<!-- web:results:begin -->"
END = "<!-- web:results:end -->"


def render(result: dict, command: str) -> str:
    rows = result["rows"]
    lines = [
        "### Dashboard: every page on two years of history",
        "",
        f"`{command}` — generated database: {rows['centres']} centres, {rows['pages']:,} pages, {rows['runs']} nightly runs, "
        f"{rows['fetch_attempts']:,} fetch attempts, {rows['snapshots']:,} page versions, {rows['profiles']:,} profiles, "
        f"{rows['changes']:,} changes, {rows['change_reviews']} reviews (SQLite). Each page requested "
        f"{result['requests']} times through the ASGI app after two warm-ups; target: under 200 ms.",
        "",
        "| page | median ms | p95 ms | max ms | SQL statements | KB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in result["pages"]:
        lines.append(f"| `{r['path']}` | {r['median_ms']} | {r['p95_ms']} | {r['max_ms']} | {r['queries']} | {r['bytes'] // 1024} |")
    worst = max(result["pages"], key=lambda r: r["p95_ms"])
    lines += ["", f"Slowest p95: `{worst['path']}` {worst['p95_ms']} ms. The statement count per page does not grow "
              "with the number of centres or changes shown (no query per row)."]
    return "\n".join(lines)


def update_benchmarks(path: Path, md: str) -> None:
    replace_block(path, md, BEGIN, END, "Dashboard speed (issue 9)")


def run(work: Path, requests: int, update: bool, command: str, log=print) -> str:
    path = ensure_database(work, log)
    result = measure(path, requests, log)
    (work / "web" / "report.json").write_text(json.dumps(result, indent=1))
    md = render(result, command)
    if update:
        update_benchmarks(HERE.parent / "BENCHMARKS.md", md)
    return md
