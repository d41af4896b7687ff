"""Issue #2 acceptance: the bundled archive crawled over HTTP on 127.0.0.1, 2018 → noise → 2023.

Each crawl is a real `kiwatch crawl` in a child process (Scrapy's reactor runs once per
process) against the bundled pages served by the dev server.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys

import pytest

from kiwatch.demo import demo_root, write_demo_registry
from kiwatch.devserver import DevServer

FAST = {"KIWATCH_DOWNLOAD_DELAY": "0", "KIWATCH_AUTOTHROTTLE": "false", "KIWATCH_LANG": "en"}


def kiwatch(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "kiwatch", *args], env={**os.environ, **FAST},
                          capture_output=True, text=True, timeout=300)
    if check:
        assert proc.returncode == 0, proc.stderr + proc.stdout
    return proc


def changes(db: str) -> list[dict]:
    return json.loads(kiwatch("changes", "--format", "json", "--db", db).stdout)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """Crawl 2018, 2018-noise and 2023; yield the change lists seen after each step."""
    tmp = tmp_path_factory.mktemp("demo")
    db = f"sqlite:///{tmp / 'demo.sqlite'}"
    registry = tmp / "sites.toml"
    seen, snapshots = {}, {}
    with DevServer(demo_root() / "2018") as server:
        write_demo_registry(registry, server)
        for step in ("2018", "2018-noise", "2023", "2023-again"):
            server.set_root(demo_root() / step.removesuffix("-again"))
            kiwatch("crawl", "--sites", str(registry), "--db", db, "--allow-private-hosts", "--quiet")
            seen[step] = changes(db)
            with sqlite3.connect(tmp / "demo.sqlite") as conn:
                snapshots[step] = conn.execute("SELECT count(*) FROM snapshots").fetchone()[0]
    return {"db": db, "changes": seen, "snapshots": snapshots, "sqlite": tmp / "demo.sqlite"}


def test_first_crawl_is_a_quiet_baseline(archive):
    assert archive["changes"]["2018"] == []


def test_noise_only_recrawl_reports_nothing(archive):
    # Calendar month, hit counter, whitespace, phone and street spellings changed: no change,
    # and not even a new stored version.
    assert archive["changes"]["2018-noise"] == []
    assert archive["snapshots"]["2018-noise"] == archive["snapshots"]["2018"]


def test_duisburg_2023_reports_the_real_changes_and_nothing_else_high(archive):
    events = [c for c in archive["changes"]["2023"] if c["centre"] == "duisburg"]
    high = sorted(c["kind"] for c in events if c["severity"] == "high")
    assert high == ["address", "head", "parent_unit", "reorganisation"]
    by_kind = {c["kind"]: c for c in events if c["severity"] == "high"}
    assert "Alter Markt 23" in by_kind["address"]["old"]
    assert by_kind["address"]["new"].startswith("Sonnenwall 73-75, 47051 Duisburg")
    assert "Stabsstelle" in by_kind["parent_unit"]["new"]
    assert "Dezernat II für Recht, Familie und Integration" in by_kind["parent_unit"]["new"]
    reorg = by_kind["reorganisation"]
    assert reorg["new"].startswith("Amt für Integration und Einwanderungsservice")
    assert "2024-01-01" in reorg["new"]
    assert by_kind["head"]["old"] == "Marijo Terzic" and by_kind["head"]["new"] == ""
    contact = [c for c in events if c["kind"] == "contact"]
    assert any("+492032838111" in c["old"] for c in contact)  # Tel.: 02 03 283 81 11 is gone
    assert all(c["url"].startswith("http://127.0.0.1:") for c in events)


def test_kreis_wesel_unchanged_reports_nothing(archive):
    assert [c for c in archive["changes"]["2023"] if c["centre"] == "kreis-wesel"] == []


def test_recrawl_of_unchanged_state_adds_no_change_and_uses_conditional_requests(archive):
    assert archive["changes"]["2023-again"] == archive["changes"]["2023"]
    with sqlite3.connect(archive["sqlite"]) as conn:
        last_run = conn.execute("SELECT max(id) FROM runs").fetchone()[0]
        outcomes = [r[0] for r in conn.execute("SELECT outcome FROM fetch_attempts WHERE run_id = ?", (last_run,))]
        new_snapshots = conn.execute("SELECT count(*) FROM snapshots WHERE run_id = ?", (last_run,)).fetchone()[0]
    assert outcomes and set(outcomes) == {"not_modified"}
    assert new_snapshots == 0


def test_centres_directory_shows_current_facts(archive):
    rows = {r["slug"]: r for r in json.loads(kiwatch("centres", "--format", "json", "--db", archive["db"]).stdout)}
    assert "Sonnenwall 73-75" in rows["duisburg"]["address"]
    assert rows["duisburg"]["head"] == ""
    assert "Reeser Landstraße 31" in rows["kreis-wesel"]["address"]
    assert "+492812074035" in rows["kreis-wesel"]["phone"]


def test_extract_wesel_page_from_the_command_line():
    page = demo_root() / "2023" / "kreis-wesel" / "kommunales-integrationszentrum" / "index.html"
    record = json.loads(kiwatch("extract", str(page), "--url", "https://www.kreis-wesel.de/ki/").stdout)
    streets = [(a["street"], a["city"]) for a in record["addresses"]]
    assert ("Reeser Landstraße 31", "Wesel") in streets
    assert [p["number"] for p in record["phones"]] == ["+492812074035"]
    assert [u["name"] for u in record["parent_units"]] == ["40-2-3 Regionale Schul- und Bildungsberatung"]
    assert len(record["fields_of_action"]) == 4
    assert any(f.startswith("Frühkindliche Bildung") for f in record["fields_of_action"])


def test_demo_command_runs_offline_and_shows_the_changes(tmp_path):
    proc = kiwatch("demo", "--db", f"sqlite:///{tmp_path / 'd.sqlite'}")
    assert "Sonnenwall 73-75" in proc.stdout and "Reorganisation" in proc.stdout
    assert "Noise only (calendar, counter, spellings): 0 change(s)" in proc.stdout
    # what a new user sees first: no library deprecation warnings, no dead links of the archive
    for stream in (proc.stdout, proc.stderr):
        assert "Warning" not in stream and "WARNING" not in stream
        # a status, not any digits: a random port such as 34049 holds "404" too
        assert not re.search(r"\b404\b", stream) and "gone" not in stream


def test_directory_and_changes_export_for_a_german_spreadsheet(archive, tmp_path):
    import csv
    import io

    from openpyxl import load_workbook

    data = subprocess.run([sys.executable, "-m", "kiwatch", "centres", "--format", "csv", "--db", archive["db"]],
                          env={**os.environ, **FAST, "KIWATCH_LANG": "de"}, capture_output=True, check=True).stdout
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    wesel = next(r for r in rows if r["Kürzel"] == "kreis-wesel")
    assert wesel["Telefon"] == "0281 2074035" and wesel["Regierungsbezirk"] == "Düsseldorf"
    assert "Reeser Landstraße 31" in wesel["Adresse 1"]

    out = tmp_path / "aenderungen.xlsx"
    kiwatch("changes", "--format", "xlsx", "--output", str(out), "--db", archive["db"], "--lang", "de")
    ws = load_workbook(out).active
    header = [c.value for c in ws[1]]
    assert header[:4] == ["Zentrum", "Art", "Gewicht", "Änderung"]
    cells = [dict(zip(header, [c.value for c in row])) for row in ws.iter_rows(min_row=2)]
    assert {"Adresse", "Leitung", "Kontakt"} <= {c["Art"] for c in cells}
    assert any(c["Änderung"] == "− 0203 2838111" for c in cells)


def test_since_accepts_german_and_iso_dates(archive):
    everything = changes(archive["db"])
    for since in ("01.01.2000", "2000-01-01"):
        listed = json.loads(kiwatch("changes", "--since", since, "--format", "json", "--db", archive["db"]).stdout)
        assert listed == everything
    assert json.loads(kiwatch("changes", "--since", "31.12.2999", "--format", "json", "--db", archive["db"]).stdout) == []
    bad = kiwatch("changes", "--since", "31.13.2026", "--db", archive["db"], check=False)
    assert bad.returncode == 2 and "31.13.2026" in bad.stderr
