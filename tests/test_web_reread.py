"""Re-read versions in the history views: after an extractor upgrade, the version the new rules
read anew is labelled as a re-reading (dated by the version it reads, with the day it was read
again) on the centre's profile, on the stored version's page and beside a change's before/after
versions, in a real browser (Debian's chromium driven by Playwright) against the dashboard
under uvicorn on 127.0.0.1; and in `kiwatch history`. The history is made by real crawls over
127.0.0.1 into a SQLite file, the "old extractor" loaded into the crawl process as in
test_extractor_upgrade (tests/watchhelp.py, read_by_old_rules)."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import select

from kiwatch.settings import Settings
from kiwatch.storage.db import open_database, session_factory
from kiwatch.storage.models import Change, Snapshot
from kiwatch.web.app import create_app
from tests.browserhelp import serving
from tests.watchhelp import contact_page, kiwatch, read_by_old_rules

sync_api = pytest.importorskip("playwright.sync_api")
if not shutil.which("chromium"):
    pytest.skip("Debian's chromium is not installed (.ci/run installs it)", allow_module_level=True)


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    """The baseline read by the old rules, then the upgrade on the same bytes (a re-reading
    becomes the page's current version); the dashboard serves the database from then on."""
    tmp = tmp_path_factory.mktemp("reread-web")
    w = read_by_old_rules(tmp)
    assert w.crawl().returncode == 0
    engine = open_database(w.db)
    with serving(create_app(Settings(database_url=w.db, dashboard_public=True), engine)) as base:
        yield w, base, session_factory(engine)
    engine.dispose()
    w.close()


def test_reread_versions_are_labelled_in_the_history_views(history, browser):
    w, base, factory = history
    expect = sync_api.expect
    with factory() as s:
        (first, reread) = s.execute(select(Snapshot.id, Snapshot.reread_of).order_by(Snapshot.id)).all()
    assert reread.reread_of == first.id  # the upgrade re-read the baseline's body
    context = browser.new_context(locale="de-DE")
    page = context.new_page()
    try:
        # the profile: the head the new rules read comes from the re-reading, and says so
        page.goto(base + "/centres/musterstadt")
        head_row = page.locator("table.facts tbody tr", has_text="Anna Beispiel").first
        expect(head_row.locator(".prov a[href^='/snapshots/']")).to_have_attribute("href", f"/snapshots/{reread.id}")
        expect(head_row.locator(".prov .reread")).to_contain_text("neu gelesen am")
        expect(head_row.locator(".prov .reread")).to_contain_text("Auswertungsregeln aktualisiert")
        # the re-read version's own page: labelled, linking the version as fetched and read then
        head_row.locator(".prov a[href^='/snapshots/']").click()
        expect(page.locator("h1")).to_contain_text(f"#{reread.id}")
        notice = page.locator("p.reread")
        expect(notice).to_contain_text("Neu gelesen.")
        expect(notice).to_contain_text("Die Seite selbst hat sich dadurch nicht geändert")
        notice.locator("a").click()
        expect(page.locator("h1")).to_contain_text(f"#{first.id}")
        expect(page.locator("p.reread")).to_have_count(0)  # the version as fetched is no re-reading
        expect(page.locator(".text.snapshot")).to_contain_text("Lindenallee 12")

        # a real edit after the upgrade: the change's "before" is the re-reading, "after" is not
        w.put(contact_page(street="Hafenstraße 3"))
        assert w.crawl().returncode == 0
        with factory() as s:
            content = s.scalars(select(Change).where(Change.kind == "content")).one()
        page.goto(base + f"/changes/{content.id}")
        expect(page.locator(".side.before h3 a")).to_have_attribute("href", f"/snapshots/{reread.id}")
        expect(page.locator(".side.before h3 .reread")).to_contain_text("neu gelesen am")
        expect(page.locator(".side.after h3 .reread")).to_have_count(0)
        expect(page.locator(".side.after ins")).to_contain_text("Hafenstraße")
        page.goto(base + "/centres/musterstadt")  # the profile's versions now are fetched ones
        expect(page.locator("table.facts .prov .reread")).to_have_count(0)
    finally:
        context.close()


def test_reread_versions_are_labelled_in_kiwatch_history(tmp_path):
    w = read_by_old_rules(tmp_path)
    try:
        assert w.crawl().returncode == 0
        for lang, head, words in (("de", "Leitung: Anna Beispiel", "neu gelesen am"), ("en", "Head: Anna Beispiel", "re-read on")):
            proc = kiwatch("history", "musterstadt", "--db", w.db, "--lang", lang, env={"COLUMNS": "200"})
            assert proc.returncode == 0, proc.stderr
            lines = proc.stdout.splitlines()
            [at] = [i for i, line in enumerate(lines) if line.strip() == head]
            assert words in lines[at + 1]  # the head's source line: the version, and that it was re-read
    finally:
        w.close()
