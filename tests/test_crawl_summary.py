"""The run summary of `kiwatch crawl` for a large run: the centres with changes, errors or
warnings, one count line for the quiet rest (German by default, English with --lang en), and
every centre with --all-centres. Real crawls of 24 one-page centres over 127.0.0.1."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kiwatch.devserver import DevServer
from tests.crawlhelp import FAST_ENV, page, write_registry

CENTRES = 24  # above the 20 a summary lists whole
FAST = {**FAST_ENV, "KIWATCH_DOWNLOAD_DELAY": "0", "KIWATCH_AUTOTHROTTLE": "false", "COLUMNS": "120"}


def kiwatch(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIWATCH_")}
    return subprocess.run([sys.executable, "-m", "kiwatch", *args], check=False, env={**env, **FAST},
                          capture_output=True, text=True, timeout=300)


def slug(i: int) -> str:
    return f"zentrum-{i:02d}"


def write_pages(root: Path, version: str) -> None:
    for i in range(CENTRES):
        text = f"Kommunales Integrationszentrum {i}, Musterweg {i + 1}, 4{i:04d} Musterstadt, Telefon 0201 {1000 + i}."
        (root / slug(i)).mkdir(parents=True, exist_ok=True)
        (root / slug(i) / "index.html").write_text(page(f"KI {i}", ("kontakt.html", "Kontakt"), text=text), encoding="utf-8")
        (root / slug(i) / "kontakt.html").write_text(page(f"Kontakt KI {i}", text=text), encoding="utf-8")
    if version == "second":
        # centre 03's contact page says something new; centre 07's is gone; the rest stays byte for byte
        (root / slug(3) / "kontakt.html").write_text(
            page("Kontakt KI 3", text="Kommunales Integrationszentrum 3, neue Adresse: Bahnhofstraße 9, 40003 Musterstadt."),
            encoding="utf-8")
        (root / slug(7) / "kontakt.html").unlink()


@pytest.fixture(scope="module")
def second_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("summary")
    root = tmp / "site"
    write_pages(root, "first")
    with DevServer(root) as server:
        registry = write_registry(tmp / "sites.toml", [
            {"slug": slug(i), "start_urls": [server.url(f"/{slug(i)}/index.html")]} for i in range(CENTRES)])
        db = f"sqlite:///{tmp / 'kiwatch.sqlite'}"
        common = ("crawl", "--sites", str(registry), "--allow-private-hosts", "--db", db, "-q")
        first = kiwatch(*common)
        assert first.returncode == 0, first.stderr
        write_pages(root, "second")
        yield {"de": kiwatch(*common), "en": kiwatch(*common, "--lang", "en"),
               "all": kiwatch(*common, "--all-centres")}


def test_large_run_lists_only_centres_with_something_to_report(second_run):
    de = second_run["de"]
    assert de.returncode == 0, de.stderr
    table = de.stdout.split("Weitere Zentren")[0]
    assert "Zusammenfassung des Laufs" in table
    assert set(re.findall(r"zentrum-\d\d", table)) == {slug(3), slug(7)}
    assert f"Weitere Zentren ohne Änderungen, Fehler oder Warnungen: {CENTRES - 2} " in de.stdout
    assert f"Seiten: {2 * (CENTRES - 2)}, alle unverändert" in de.stdout
    assert f"{slug(7)}: http://" in de.stdout and "/kontakt.html: nicht gefunden (HTTP 404)" in de.stdout


def test_large_run_summary_in_english(second_run):
    en = second_run["en"]
    assert en.returncode == 0, en.stderr
    table = en.stdout.split("Other centres")[0]
    assert "Run summary" in table
    # the third run: centre 07 is gone again, centre 03 unchanged now
    assert set(re.findall(r"zentrum-\d\d", table)) == {slug(7)}
    assert f"Other centres without changes, errors or warnings: {CENTRES - 1} (pages: {2 * (CENTRES - 1)}, all unchanged" in en.stdout
    assert "Weitere" not in en.stdout


def test_all_centres_lists_every_row(second_run):
    out = second_run["all"]
    assert out.returncode == 0, out.stderr
    assert set(re.findall(r"zentrum-\d\d", out.stdout)) == {slug(i) for i in range(CENTRES)}
    assert "Weitere Zentren" not in out.stdout
