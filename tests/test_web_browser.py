"""The dashboard in a real browser: Debian's chromium driven by Playwright, against `kiwatch
serve`'s app under uvicorn on 127.0.0.1. Skipped where chromium or Playwright is missing
(.ci/run installs chromium with apt; no browser is ever downloaded)."""

from __future__ import annotations

import re
import shutil

import pytest
from sqlalchemy import select

from kiwatch.notify.digest import pending_changes
from kiwatch.notify.feed import build_feed
from kiwatch.notify.subscriptions import ChangeFilter
from kiwatch.storage.accounts import ChangeReview
from kiwatch.storage.db import open_database, session_factory, transaction
from kiwatch.storage.delivery import Subscription
from kiwatch.storage.models import Centre, Change, Snapshot
from kiwatch.web.accounts import add_user
from kiwatch.web.app import create_app

from tests.browserhelp import serving
from tests.webhelp import build_history

PASSWORD = "korrekt-pferd-batterie"

sync_api = pytest.importorskip("playwright.sync_api")
if not shutil.which("chromium"):
    pytest.skip("Debian's chromium is not installed (.ci/run installs it)", allow_module_level=True)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from kiwatch.storage.db import upgrade

    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'kiwatch.sqlite'}"
    upgrade(url)
    settings = build_history(url)
    engine = open_database(url)
    factory = session_factory(engine)
    with transaction(factory) as s:
        add_user(s, "redaktion@example.org", PASSWORD)
        s.add(Subscription(email="leser@example.org", frequency="daily", lang="de", sites=[], regierungsbezirke=[],
                           kinds=[], min_severity=1, baseline_change_id=0))
    with serving(create_app(settings, engine)) as base:
        yield base, settings, factory
    engine.dispose()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(locale="de-DE")
    pg = context.new_page()
    pg.on("dialog", lambda dialog: pytest.fail(f"a page opened a dialog: {dialog.message}"))
    yield pg
    context.close()


def sign_in(page, base: str) -> None:
    page.goto(base + "/")
    assert "/login" in page.url
    page.fill("input[name=email]", "redaktion@example.org")
    page.fill("input[name=password]", PASSWORD)
    page.click("form.login button[type=submit]")
    sync_api.expect(page.locator("table.directory")).to_be_visible()


def change_of(factory, slug: str, kind: str) -> int:
    with factory() as s:
        return s.scalar(select(Change.id).join(Centre).where(Centre.slug == slug, Change.kind == kind)
                        .order_by(Change.id.desc()))


def test_sign_in_filter_open_centre_and_change(page, server):
    base, settings, factory = server
    expect = sync_api.expect
    sign_in(page, base)
    rows = page.locator("table.directory tbody tr")
    expect(rows).to_have_count(3)
    page.select_option("select[name=rb]", "Köln")
    page.click("form.filters button[type=submit]")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Kreis Süd")

    page.goto(base + "/")
    page.click("text=Kommunales Integrationszentrum Nordstadt")
    expect(page.locator("h1")).to_contain_text("Nordstadt")
    expect(page.locator("table.facts")).to_contain_text("Kastanienallee 17")
    expect(page.locator("table.facts")).to_contain_text("https://nordstadt.example/ki/")

    with factory() as s:
        content = s.scalars(select(Change).where(Change.kind == "content").order_by(Change.id)).first()
    page.click(f"tr[data-change='{content.id}'] td a >> nth=0")
    expect(page.locator(".side.before del")).to_have_text("Familien")
    expect(page.locator(".side.after ins")).to_have_text("Familien, Kitas")
    expect(page.locator(".side.before h3 a")).to_have_attribute("href", f"/snapshots/{content.snapshot_before_id}")
    page.click(".side.after h3 a")
    expect(page.locator(".text.snapshot")).to_contain_text("Familien, Kitas und Schulen")


def test_directory_as_of_a_past_date(page, server):
    base, settings, factory = server
    sign_in(page, base)
    expect = sync_api.expect
    nord = page.locator("tr[data-slug=nordstadt]")
    expect(nord).to_contain_text("Kastanienallee 17")
    page.fill("input[name=as_of]", "2025-06-01")
    page.click("form.filters button[type=submit]")
    expect(nord).to_contain_text("Lindenweg 4")
    expect(page.locator("h1")).to_contain_text("2025-06-01")
    page.click("tr[data-slug=nordstadt] a")
    expect(page.locator("table.facts")).to_contain_text("Dr. Amira Hollmann")
    expect(page.locator("table.facts")).not_to_contain_text("Jonas Petrović")


def test_dismissed_change_leaves_the_feed_and_the_next_digest(page, server):
    base, settings, factory = server
    sign_in(page, base)
    expect = sync_api.expect
    head = change_of(factory, "nordstadt", "head")
    with factory() as s:
        assert s.get(Change, head).fingerprint in build_feed(s, settings, ChangeFilter()).decode()
    page.goto(f"{base}/changes")
    expect(page.locator(f"tr[data-change='{head}']")).to_have_count(1)
    page.goto(f"{base}/changes/{head}")
    page.fill("textarea[name=note]", "Vertretung während der Elternzeit")
    page.click("button[value=dismiss]")
    expect(page.locator("p.reviewed")).to_contain_text("verworfen")
    expect(page.locator("blockquote.note")).to_have_text("Vertretung während der Elternzeit")
    page.goto(f"{base}/changes")
    expect(page.locator("table.changes")).to_be_visible()
    expect(page.locator(f"tr[data-change='{head}']")).to_have_count(0)
    with factory() as s:
        assert s.get(Change, head).fingerprint not in build_feed(s, settings, ChangeFilter()).decode()
        pending = [c.id for c in pending_changes(s, s.scalars(select(Subscription)).one())]
    assert head not in pending and change_of(factory, "nordstadt", "address") in pending


def test_form_without_csrf_token_is_refused(page, server):
    base, settings, factory = server
    sign_in(page, base)
    target = change_of(factory, "kreis-sued", "head") or change_of(factory, "nordstadt", "parent_unit")
    page.goto(f"{base}/changes/{target}")
    page.evaluate("document.querySelectorAll('input[name=csrf_token]').forEach(e => e.remove())")
    page.click("button[value=confirm]")
    sync_api.expect(page.locator("p.message")).to_contain_text("CSRF")
    with factory() as s:
        assert s.scalar(select(ChangeReview.id).where(ChangeReview.change_id == target)) is None


def test_hostile_page_content_stays_inert_in_the_browser(page, server):
    base, settings, factory = server
    sign_in(page, base)
    with factory() as s:
        ids = list(s.scalars(select(Change.id).join(Centre).where(Centre.slug == "hostile")))
        snaps = list(s.scalars(select(Snapshot.id)))
    paths = ["/", "/centres/hostile", "/centres/hostile?as_of=2026-03-02", "/changes", "/coverage", "/status",
             "/api/centres/hostile", "/api/changes"] + [f"/changes/{i}" for i in ids] + [f"/snapshots/{i}" for i in snaps]
    for path in paths:
        page.goto(base + path)
        assert page.evaluate("window.__pwned === undefined"), path
        assert page.locator("img").count() == 0, path
        hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
        assert not [h for h in hrefs if re.match(r"\s*javascript:", h, re.I)], path
    page.goto(base + "/centres/hostile")
    sync_api.expect(page.locator("table.facts")).to_contain_text("<script>window.__pwned=1</script>")
    sync_api.expect(page.locator("table.facts")).to_contain_text("{{7*7}}")
