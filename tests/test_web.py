"""The dashboard over HTTP (Starlette's test client on a real SQLite file and PostgreSQL):
sign-in, CSRF, the review loop and its effect on digests, feed and counts, as-of views,
hostile scraped content on every page and API answer, and the CLI views that share its queries."""

from __future__ import annotations

import json
import re
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient

from kiwatch.cli import main
from kiwatch.notify.digest import pending_changes
from kiwatch.notify.feed import build_feed
from kiwatch.notify.subscriptions import ChangeFilter
from kiwatch.storage.accounts import ChangeReview
from kiwatch.storage.db import open_database, session_factory, transaction
from kiwatch.storage.delivery import Subscription
from kiwatch.storage.models import Change, Snapshot
from kiwatch.web.accounts import add_user
from kiwatch.web.app import create_app

from tests.webhelp import HOSTILE, build_history

PASSWORD = "korrekt-pferd-batterie"


@pytest.fixture
def site(db_url):
    settings = build_history(db_url)
    engine = open_database(db_url)
    factory = session_factory(engine)
    with transaction(factory) as s:
        add_user(s, "redaktion@example.org", PASSWORD)
    yield settings, factory, engine
    engine.dispose()


def client_for(settings, engine, **changes) -> TestClient:
    return TestClient(create_app(settings.replace(**changes), engine), base_url="http://127.0.0.1")


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def login(client: TestClient, email="redaktion@example.org", password=PASSWORD):
    token = csrf_of(client.get("/login").text)
    return client.post("/login", data={"email": email, "password": password, "csrf_token": token, "next": "/"},
                       follow_redirects=False)


def change_id(factory, slug: str, kind: str) -> int:
    from kiwatch.storage.models import Centre

    with factory() as s:
        return s.scalar(select(Change.id).join(Centre).where(Centre.slug == slug, Change.kind == kind)
                        .order_by(Change.id.desc()))


PAGES = ["/", "/centres/nordstadt", "/changes", "/coverage", "/status", "/api/centres", "/api/changes",
         "/api/centres/nordstadt"]


def test_reading_needs_sign_in_unless_public(site):
    settings, factory, engine = site
    client = client_for(settings, engine)
    for path in PAGES:
        answer = client.get(path, follow_redirects=False)
        if path.startswith("/api/"):
            assert answer.status_code == 401, path
        else:
            assert answer.status_code == 303 and answer.headers["location"].startswith("/login?next="), path
    assert login(client).status_code == 303
    for path in PAGES:
        assert client.get(path).status_code == 200, path
    public = client_for(settings, engine, dashboard_public=True)
    for path in PAGES:
        assert public.get(path).status_code == 200, path
    # writing always needs a signed-in user, also on a public dashboard
    cid = change_id(factory, "nordstadt", "address")
    token = csrf_of(public.get("/login").text)
    answer = public.post(f"/changes/{cid}/review", data={"action": "dismiss", "csrf_token": token})
    assert answer.status_code == 401
    with factory() as s:
        assert s.scalar(select(ChangeReview.id)) is None


def test_session_cookie_flags_and_logout(site):
    settings, factory, engine = site
    client = client_for(settings, engine)
    answer = login(client)
    cookie = answer.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie
    page = client.get("/").text
    assert "redaktion@example.org" in page
    assert client.post("/logout", data={"csrf_token": csrf_of(page)}, follow_redirects=False).status_code == 303
    assert client.get("/", follow_redirects=False).status_code == 303
    secure = client_for(settings, engine, web_url="https://ki.example.org")
    assert "secure" in login(secure).headers["set-cookie"].lower()


def test_wrong_passwords_are_throttled(site):
    settings, factory, engine = site
    client = client_for(settings, engine)
    for _ in range(5):
        answer = login(client, password="falsch-falsch-falsch")
        assert answer.status_code == 401
        assert "E-Mail oder Passwort falsch" in answer.text
    # now even the right password is refused for a while
    answer = login(client)
    assert answer.status_code == 429
    assert client.get("/", follow_redirects=False).status_code == 303


def test_forms_without_csrf_token_are_refused(site):
    settings, factory, engine = site
    client = client_for(settings, engine)
    page = client.get("/login").text
    answer = client.post("/login", data={"email": "redaktion@example.org", "password": PASSWORD})
    assert answer.status_code == 403 and "CSRF" in answer.text
    assert login(client).status_code == 303
    cid = change_id(factory, "nordstadt", "address")
    for data in ({"action": "dismiss"}, {"action": "dismiss", "csrf_token": csrf_of(page)}):  # none, or a stale one
        answer = client.post(f"/changes/{cid}/review", data=data)
        assert answer.status_code == 403
    with factory() as s:
        assert s.scalar(select(ChangeReview.id)) is None
    assert client.post("/logout", data={}).status_code == 403


def test_dismissed_change_leaves_lists_counts_feed_and_digest(site, capsys):
    settings, factory, engine = site
    client = client_for(settings, engine)
    login(client)
    with transaction(factory) as s:
        sub = Subscription(email="leser@example.org", frequency="daily", lang="de", sites=[], regierungsbezirke=[],
                           kinds=[], min_severity=1, baseline_change_id=0)
        s.add(sub)
    head = change_id(factory, "nordstadt", "head")
    address = change_id(factory, "nordstadt", "address")
    before = client.get("/changes").text
    assert f'data-change="{head}"' in before
    count_before = int(re.search(r"(\d+) Änderungen", before).group(1))

    page = client.get(f"/changes/{head}").text
    answer = client.post(f"/changes/{head}/review", data={"action": "dismiss", "note": "Vertretung, kein Wechsel",
                                                          "csrf_token": csrf_of(page)}, follow_redirects=False)
    assert answer.status_code == 303
    page = client.get(f"/changes/{head}").text
    assert "verworfen (Fehlalarm) von redaktion@example.org" in page and "Vertretung, kein Wechsel" in page
    client.post(f"/changes/{address}/review", data={"action": "confirm", "csrf_token": csrf_of(page)})

    after = client.get("/changes").text
    assert f'data-change="{head}"' not in after and f'data-change="{address}"' in after
    assert int(re.search(r"(\d+) Änderungen", after).group(1)) == count_before - 1
    assert f'data-change="{head}"' in client.get("/changes?dismissed=1").text
    assert head not in [c["id"] for c in client.get("/api/changes").json()]
    assert f'data-change="{head}"' not in client.get("/centres/nordstadt").text

    with factory() as s:
        feed = build_feed(s, settings, ChangeFilter()).decode()
        pending = [c.id for c in pending_changes(s, s.scalars(select(Subscription)).one())]
        fingerprint = s.get(Change, head).fingerprint
    assert fingerprint not in feed and head not in pending and address in pending

    # the reviews are kept in `kiwatch changes --format json`
    capsys.readouterr()
    assert main(["changes", "--format", "json", "--dismissed", "--db", settings.database_url]) == 0
    items = {c["id"]: c for c in json.loads(capsys.readouterr().out)}
    assert items[head]["review"]["action"] == "dismiss" and items[head]["review"]["by"] == "redaktion@example.org"
    assert items[head]["review"]["note"] == "Vertretung, kein Wechsel"
    assert items[address]["review"]["action"] == "confirm"
    assert main(["changes", "--format", "json", "--db", settings.database_url]) == 0
    assert head not in [c["id"] for c in json.loads(capsys.readouterr().out)]


def test_as_of_views_show_the_past(site, capsys):
    settings, factory, engine = site
    client = client_for(settings, engine, dashboard_public=True)
    now = client.get("/").text
    past = client.get("/?as_of=2025-06-01").text
    assert "Kastanienallee 17" in now and "Lindenweg 4" not in now
    assert "Lindenweg 4" in past and "Kastanienallee 17" not in past
    assert "Jonas Petrović" in client.get("/centres/nordstadt").text
    old_profile = client.get("/centres/nordstadt?as_of=2025-06-01").text
    assert "Dr. Amira Hollmann" in old_profile and "Jonas Petrović" not in old_profile
    api = {r["slug"]: r for r in client.get("/api/centres?as_of=2025-06-01").json()}
    assert api["nordstadt"]["address"].startswith("Lindenweg 4")
    history = client.get("/api/centres/nordstadt?as_of=2025-10-01").json()
    assert [c["kind"] for c in history["changes"]] == ["content"]  # later changes are not shown
    bad = client.get("/?as_of=2025-13-45")
    assert bad.status_code == 400 and "erwartet wird ein Datum wie 2024-01-31" in bad.text  # German by default
    missing = client.get("/centres/atlantis")
    assert missing.status_code == 404 and "unbekannte(s) Zentrum/Zentren: &#39;atlantis&#39;" in missing.text
    client.get("/lang/en")
    bad = client.get("/?as_of=2025-13-45")
    assert bad.status_code == 400 and "expected a date like 2024-01-31" in bad.text
    assert "unknown centre(s): &#39;atlantis&#39;" in client.get("/centres/atlantis").text
    client.get("/lang/de")

    capsys.readouterr()
    assert main(["centres", "--as-of", "2025-06-01", "--format", "json", "--db", settings.database_url]) == 0
    rows = {r["slug"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["nordstadt"]["head"] == "Dr. Amira Hollmann"
    assert main(["history", "nordstadt", "--as-of", "2025-06-01", "--format", "json", "--db", settings.database_url]) == 0
    data = json.loads(capsys.readouterr().out)
    heads = [f for f in data["facts"] if f["field"] == "head"]
    assert [f["value"] for f in heads] == ["Dr. Amira Hollmann"]
    assert heads[0]["url"] == "https://nordstadt.example/ki/" and heads[0]["snapshot_date"].startswith("2025-03-01")
    assert data["changes"] == []
    assert main(["history", "nordstadt", "--db", settings.database_url]) == 0
    text = capsys.readouterr().out
    assert "Kastanienallee 17" in text and "Jonas Petrović" in text


def test_directory_filters_and_csv(site):
    settings, factory, engine = site
    client = client_for(settings, engine, dashboard_public=True)
    only = client.get("/?rb=Köln").text
    assert 'data-slug="kreis-sued"' in only and 'data-slug="nordstadt"' not in only
    assert 'data-slug="nordstadt"' in client.get("/?q=kastanien").text
    assert 'data-slug="kreis-sued"' not in client.get("/?q=kastanien").text
    assert 'data-slug="kreis-sued"' in client.get("/?kind=Kreis").text
    assert 'data-slug="nordstadt"' not in client.get("/?kind=Kreis").text
    answer = client.get("/centres.csv?rb=Münster")
    assert answer.headers["content-type"].startswith("text/csv")
    lines = answer.content.decode("utf-8-sig").strip().splitlines()
    assert len(lines) == 2 and "Kastanienallee 17" in lines[1] and lines[1].startswith("Kommunales Integrationszentrum Nordstadt;")


def test_change_page_shows_both_sides_and_snapshots(site):
    settings, factory, engine = site
    client = client_for(settings, engine, dashboard_public=True)
    with factory() as s:
        content = s.scalars(select(Change).where(Change.kind == "content").order_by(Change.id)).first()
    page = client.get(f"/changes/{content.id}").text
    before = page.split('class="side before"')[1].split('class="side after"')[0]
    after = page.split('class="side after"')[1]
    assert "<del>Familien</del>" in before and "Kitas" not in before
    assert "<ins>Familien, Kitas</ins>" in after
    links = re.findall(r'href="/snapshots/(\d+)"', page)
    assert [int(x) for x in links] == [content.snapshot_before_id, content.snapshot_after_id]
    assert "Familien und Schulen" in client.get(f"/snapshots/{links[0]}").text
    raw = client.get(f"/snapshots/{links[1]}/raw")
    assert raw.headers["content-disposition"].startswith("attachment") and "sandbox" in raw.headers["content-security-policy"]
    # a profile change links the page versions around it
    head = change_id(factory, "nordstadt", "head")
    page = client.get(f"/changes/{head}").text
    assert "Dr. Amira Hollmann" in page and len(re.findall(r'href="/snapshots/\d+"', page)) == 2
    assert client.get("/changes/999999").status_code == 404


def _assert_inert_html(path: str, html: str) -> None:
    lowered = html.lower()
    assert "<script>window.__pwned" not in lowered, path
    assert "<img" not in lowered, path  # our templates have no images: any <img> came from a page
    assert 'href="javascript:' not in lowered and "href='javascript:" not in lowered, path


def test_hostile_content_is_inert_on_every_page_and_api(site):
    settings, factory, engine = site
    client = client_for(settings, engine)
    login(client)
    with factory() as s:
        ids = list(s.scalars(select(Change.id).join(Change.centre).where(Change.centre.has(slug="hostile"))))
        snaps = list(s.scalars(select(Snapshot.id)))
    pages = ["/", "/?as_of=2026-03-02", "/centres/hostile", "/centres/hostile?as_of=2026-03-02", "/changes",
             "/coverage", "/status", "/centres.csv"] + [f"/changes/{i}" for i in ids] + [f"/snapshots/{i}" for i in snaps]
    shown = 0
    for path in pages:
        answer = client.get(path)
        assert answer.status_code == 200, path
        if path.endswith(".csv"):
            assert answer.headers["content-type"].startswith("text/csv")
            continue
        html = answer.text
        _assert_inert_html(path, html)
        assert "content-security-policy" in answer.headers and "script-src 'self'" in answer.headers["content-security-policy"]
        if "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html:
            shown += 1  # the hostile text is there, as text
    assert shown >= len(ids) // 2
    assert "{{7*7}}" in client.get("/centres/hostile").text  # shown literally, never evaluated
    for path in ["/api/centres", "/api/centres/hostile", "/api/changes"] + [f"/api/changes/{i}" for i in ids]:
        answer = client.get(path)
        assert answer.headers["content-type"] == "application/json"
        assert answer.headers["x-content-type-options"] == "nosniff"
        json.dumps(answer.json())  # well-formed JSON: scraped markup travels as string data
    assert HOSTILE["script"] in json.dumps(client.get("/api/centres/hostile").json(), ensure_ascii=False)


def test_login_redirect_stays_on_this_site(site):
    settings, factory, engine = site
    client = client_for(settings, engine)
    token = csrf_of(client.get("/login").text)
    answer = client.post("/login", data={"email": "redaktion@example.org", "password": PASSWORD, "csrf_token": token,
                                         "next": "//evil.example/"}, follow_redirects=False)
    assert answer.headers["location"] == "/"


def test_coverage_command_and_page_share_one_query(site, capsys):
    settings, factory, engine = site
    capsys.readouterr()
    assert main(["coverage", "--format", "json", "--db", settings.database_url]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["centre"] for r in rows} == {"nordstadt", "kreis-sued", "hostile"}
    nord = next(r for r in rows if r["centre"] == "nordstadt")
    assert set(nord) >= {"centre", "address", "phone", "email", "head", "parent_unit"}
    assert nord["head"]["value"] == "Jonas Petrović" and nord["head"]["url"] == "https://nordstadt.example/ki/"
    # last fetched on 2026-03-01, long before today: found, but not confirmed since then
    assert nord["address"]["status"] == "stale" and nord["address"]["last_seen"].startswith("2026-03-01")
    assert main(["coverage", "--site", "kreis-sued", "--format", "csv", "--db", settings.database_url]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2 and "head_status" in lines[0] and "Selin Aydın" in lines[1]
    assert main(["coverage", "--site", "nowhere", "--db", settings.database_url]) == 2
    page = client_for(settings, engine, dashboard_public=True).get("/coverage").text
    assert "nicht bestätigt seit 01.03.2026" in page and "Jonas Petrović" in page  # German date in German text
    assert main(["coverage", "--db", settings.database_url]) == 0  # the table wraps cells: look at the dates
    table = capsys.readouterr().out
    assert "01.03.2026" in table and "2026-03-01" not in table and "nicht" in table
    assert main(["coverage", "--db", settings.database_url, "--lang", "en"]) == 0
    table = capsys.readouterr().out
    assert "2026-03-01" in table and "01.03.2026" not in table


def test_user_commands(sqlite_url, capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("ein-langes-passwort\n"))
    assert main(["user", "add", "Team@Example.org", "--db", sqlite_url]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("kurz\n"))
    assert main(["user", "add", "b@example.org", "--db", sqlite_url]) == 2
    capsys.readouterr()
    assert main(["user", "list", "--format", "json", "--db", sqlite_url]) == 0
    users = json.loads(capsys.readouterr().out)
    assert [u["email"] for u in users] == ["Team@example.org"]
    engine = open_database(sqlite_url)
    with session_factory(engine)() as s:
        stored = s.scalars(select(__import__("kiwatch.storage.accounts", fromlist=["User"]).User)).one()
        assert stored.password_hash.startswith("$argon2") and "ein-langes" not in stored.password_hash
    engine.dispose()
    assert main(["user", "remove", "team@example.org", "--db", sqlite_url]) == 0
    assert main(["user", "remove", "team@example.org", "--db", sqlite_url]) == 1


def test_local_times_use_the_configured_zone(site):
    settings, factory, engine = site
    client = client_for(settings, engine, dashboard_public=True)
    # crawled 2026-03-01 02:00 UTC = 03:00 in Berlin
    assert "01.03.2026 03:00" in client.get("/centres/nordstadt").text
    assert ZoneInfo(settings.timezone)


def test_digest_and_feed_link_to_the_dashboard_and_unsubscribe_in_one_click(site):
    from kiwatch.notify.outbox import run_digests

    settings, factory, engine = site
    settings = settings.replace(web_url="https://ki.example.org/dash/")
    with transaction(factory) as s:
        s.add(Subscription(email="leser@example.org", frequency="daily", lang="de", sites=["nordstadt"],
                           regierungsbezirke=[], kinds=["head"], min_severity=1, baseline_change_id=0))
    head = change_id(factory, "nordstadt", "head")
    [result] = run_digests(factory, settings, None, dry_run=True)
    msg = result.message
    assert f"https://ki.example.org/dash/changes/{head}" in result.rendered.text
    assert f'href="https://ki.example.org/dash/changes/{head}"' in result.rendered.html
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = re.fullmatch(r"<(https://ki\.example\.org/dash/unsubscribe/[^>]+)>", msg["List-Unsubscribe"]).group(1)
    assert link in result.rendered.text
    with factory() as s:
        feed = build_feed(s, settings, ChangeFilter()).decode()
    assert f'href="https://ki.example.org/dash/changes/{head}"' in feed

    client = client_for(settings, engine)  # no sign-in: the signed token is the authority
    path = link.removeprefix("https://ki.example.org/dash")
    forged = path[:-3] + ("AAA" if not path.endswith("AAA") else "BBB")
    assert client.post(forged, content=b"List-Unsubscribe=One-Click",
                       headers={"content-type": "application/x-www-form-urlencoded"}).status_code == 404
    assert "leser@example.org" in client.get(path).text  # a page asking to confirm, for people
    answer = client.post(path, content=b"List-Unsubscribe=One-Click",
                         headers={"content-type": "application/x-www-form-urlencoded"})
    assert answer.status_code == 200
    with factory() as s:
        assert s.scalar(select(Subscription.id)) is None
    assert client.post(path).status_code == 404  # used up: the subscription is gone


def test_directory_queries_do_not_grow_with_the_number_of_centres(site):
    """No query per row: the directory of 3 centres and of 23 costs the same statements."""
    from sqlalchemy import event

    from kiwatch.directory import directory
    from kiwatch.storage.models import Centre

    settings, factory, engine = site
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))

    def count() -> int:
        statements.clear()
        with factory() as s:
            rows = directory(s)
        assert rows
        return len(statements)

    few = count()
    with transaction(factory) as s:
        s.add_all(Centre(slug=f"zusatz-{i}", name=f"KI Zusatz {i}", homepage="http://127.0.0.1/") for i in range(20))
    assert count() == few


HUGE = str(10 ** 30)
BAD_PAGING = [f"/changes?page={10 ** 9}", f"/changes?page={HUGE}", "/changes?page=-5", "/changes?page=zwei",
              f"/api/changes?offset={10 ** 9}", f"/api/changes?offset={HUGE}", "/api/changes?offset=-3",
              "/api/changes?limit=-1", f"/api/changes?limit={HUGE}", "/api/changes?limit=0", "/api/changes?limit=x",
              "/?as_of=9999-12-31", "/?as_of=0001-01-01", f"/?as_of={HUGE}", "/centres/nordstadt?as_of=9999-12-31",
              "/changes?since=0001-01-01&until=9999-12-31", f"/changes?since={HUGE}", "/api/centres?as_of=2025-02-30"]


def test_malformed_or_huge_paging_is_a_400_or_an_empty_page_never_a_500(site):
    """J6: paging and as_of parameters malformed, far in the past or future, or huge: a clear
    400 or a (possibly empty) page of at most the page size; never a 500."""
    settings, _factory, engine = site
    client = TestClient(create_app(settings.replace(dashboard_public=True), engine), base_url="http://127.0.0.1",
                        raise_server_exceptions=False)
    for path in BAD_PAGING:
        response = client.get(path)
        assert response.status_code in (200, 400), (path, response.status_code, response.text[:300])
        if response.status_code == 400:
            assert any(word in response.text for word in ("expected", "must be", "erwartet", "muss")), path  # German by default
        elif path.startswith("/api/changes"):
            assert len(response.json()) <= 1000
            if "offset=1" in path:
                assert response.json() == [], path
        elif path.startswith("/changes?page=1"):
            assert "nordstadt.example" not in response.text, path  # past the last page: nothing listed


def test_pages_answer_while_a_crawl_writes_and_say_503_when_the_database_is_unavailable(site):
    """J7: while another process holds a write transaction (on SQLite even an EXCLUSIVE one,
    as a crawl's commit does; on PostgreSQL centre rows locked FOR UPDATE), every page and API
    answer still reads (WAL, MVCC). When the database cannot be read at all (SQLite locked
    beyond the busy timeout, the PostgreSQL server down), the reader gets a 503 saying so, with
    Retry-After — never a 500 or "database is locked"."""
    import sqlite3

    from sqlalchemy import create_engine, text

    settings, _factory, engine = site
    public = settings.replace(dashboard_public=True)
    client = TestClient(create_app(public, engine), base_url="http://127.0.0.1", raise_server_exceptions=False)
    sqlite = settings.database_url.startswith("sqlite")
    path = settings.database_url.removeprefix("sqlite:///")
    if sqlite:
        writer = sqlite3.connect(path, isolation_level=None, timeout=1)
        writer.execute("BEGIN EXCLUSIVE")
        writer.execute("UPDATE centres SET name = name || ' (neu)'")
    else:
        writer_engine = open_database(settings.database_url)
        writer = writer_engine.connect()
        writer.begin()
        writer.execute(text("SELECT id FROM centres ORDER BY id FOR UPDATE"))
        writer.execute(text("UPDATE centres SET name = name || ' (neu)'"))
    try:
        for page in PAGES:
            response = client.get(page)
            assert response.status_code == 200, (page, response.status_code, response.text[:300])
            assert "locked" not in response.text
        assert "(neu)" not in client.get("/").text  # the reader sees the last committed state
    finally:
        writer.rollback()
        writer.close()
        if not sqlite:
            writer_engine.dispose()

    if not sqlite:
        return  # the 503 below needs a database that refuses readers: SQLite in exclusive locking mode
    # a writer that keeps the file to itself, and a dashboard whose engine waits only briefly
    client = TestClient(create_app(public, engine), base_url="http://127.0.0.1", raise_server_exceptions=False)
    engine.dispose()  # the app is made; its idle connections would keep the writer out
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA locking_mode=EXCLUSIVE")
    writer.execute("BEGIN EXCLUSIVE")
    writer.execute("UPDATE centres SET name = name")
    unavailable = create_engine(settings.database_url, connect_args={"timeout": 0.2})
    try:
        client.app.state.dashboard.factory = session_factory(unavailable)
        for page in ("/", "/changes", "/centres/nordstadt"):
            response = client.get(page)
            assert response.status_code == 503 and response.headers["retry-after"], (page, response.status_code)
            assert "Datenbank ist gerade beschäftigt" in response.text and "locked" not in response.text
        api = client.get("/api/changes")
        assert api.status_code == 503 and "Datenbank ist gerade beschäftigt" in api.json()["error"]
    finally:
        writer.rollback()
        writer.close()
        unavailable.dispose()


def test_served_beyond_loopback_without_accounts_shows_only_the_login(sqlite_url, tmp_path):
    """J8: `kiwatch serve --host 0.0.0.0` (a real uvicorn, reached on 127.0.0.1) on a database
    without any account and without dashboard_public: every page sends to the login, the API
    says 401, a review cannot be posted; nothing is readable or writable without signing in."""
    import http.client
    import os
    import socket
    import subprocess
    import sys
    import time

    from tests.crawlhelp import REPO

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIWATCH_")}
    server = subprocess.Popen([sys.executable, "-m", "kiwatch", "serve", "--host", "0.0.0.0", "--port", str(port),
                               "--db", sqlite_url, "--lang", "en"], cwd=REPO, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, server.stderr.read().decode()
                time.sleep(0.2)

        def ask(method: str, path: str, body: str = "") -> tuple[int, str]:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            conn.request(method, path, body=body, headers={"Content-Type": "application/x-www-form-urlencoded"})
            answer = conn.getresponse()
            location = answer.getheader("location") or ""
            answer.read()
            conn.close()
            return answer.status, location

        for path in ("/", "/changes", "/coverage", "/status", "/centres.csv"):
            status, location = ask("GET", path)
            assert status == 303 and location.startswith("/login"), (path, status)
        for path in ("/api/centres", "/api/changes"):
            assert ask("GET", path)[0] == 401, path
        assert ask("GET", "/login")[0] == 200
        assert ask("POST", "/changes/1/review", "action=dismiss")[0] in (401, 403)
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_a_signed_in_user_resolves_a_held_back_collapse_on_the_centre_page(db_url):
    """B4/B8 on the dashboard: the centre page says since when its facts are held back and
    offers a signed-in user the same decision as `kiwatch confirm|keep` (CSRF-protected);
    keeping them clears the note and leaves the facts, nothing else changes."""
    from kiwatch.core.vocab import RunStatus
    from kiwatch.crawlers.sink import PipelineSink
    from kiwatch.records import FetchOutcome, FetchResult
    from kiwatch.registry import CentreConfig
    from kiwatch.settings import Settings
    from kiwatch.storage.store import Store

    centre = CentreConfig(slug="musterstadt", name="KI Musterstadt", start_urls=("http://127.0.0.1/m/",))
    settings = Settings(database_url=db_url)
    engine = open_database(db_url)
    store = Store(session_factory(engine), settings)
    store.sync_centres([centre])
    with transaction(store.factory) as s:
        add_user(s, "redaktion@example.org", PASSWORD)

    def crawl(body: str) -> None:
        run = store.start_run()
        sink = PipelineSink(store, run, [centre], workers=0)
        sink.on_result(FetchResult(centre="musterstadt", url="http://127.0.0.1/m/", outcome=FetchOutcome.OK, status=200,
                                   body=body.encode(), content_type="text/html; charset=utf-8"))
        sink.finish()
        store.finish_run(run, RunStatus.OK, {})

    intro = "<p>Wir beraten Schulen, Kitas und Vereine in allen Fragen der Integration in Musterstadt.</p>"
    crawl(f"<html><body><main><h1>Kommunales Integrationszentrum</h1>{intro}<p>Lindenallee 12<br>99998 Musterstadt</p>"
          "<p>Tel.: 09999 123-0</p><p>ki@musterstadt.example</p></main></body></html>")
    crawl(f"<html><body><main><h1>Kommunales Integrationszentrum</h1>{intro}</main></body></html>")
    client = client_for(settings, engine)
    assert login(client).status_code == 303
    page = client.get("/centres/musterstadt").text
    assert "no longer states these facts" in page or "nicht mehr auf der Seite" in page
    assert 'action="/centres/musterstadt/resolve"' in page and "Lindenallee 12" in page
    refused = client.post("/centres/musterstadt/resolve", data={"action": "keep"}, follow_redirects=False)
    assert refused.status_code == 403
    token = csrf_of(page)
    answer = client.post("/centres/musterstadt/resolve", data={"action": "keep", "note": "Wartungsseite",
                                                               "csrf_token": token}, follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/centres/musterstadt?resolved=1"
    page = client.get("/centres/musterstadt").text
    assert "nicht mehr auf der Seite" not in page and "Lindenallee 12" in page
    again = client.post("/centres/musterstadt/resolve", data={"action": "confirm", "csrf_token": token})
    assert again.status_code == 409  # nothing is held back any more
    assert client.get("/api/changes").json() == []
    assert client.post("/centres/nirgendwo/resolve", data={"action": "keep", "csrf_token": token}).status_code == 404
    engine.dispose()


def test_two_reviewers_at_the_same_moment_leave_one_consistent_review(site):
    """J5: two signed-in users review the same changes at the same moment (one confirms, one
    dismisses): neither gets an error, each change ends with exactly one review that is one of
    the two, and the lists agree with it (SQLite and PostgreSQL)."""
    import threading

    settings, factory, engine = site
    with transaction(factory) as s:
        add_user(s, "zweite@example.org", PASSWORD)
    with factory() as s:
        ids = list(s.scalars(select(Change.id).order_by(Change.id)))[:8]
    clients = [client_for(settings, engine), client_for(settings, engine)]
    for client, email in zip(clients, ("redaktion@example.org", "zweite@example.org")):
        assert login(client, email).status_code == 303
    tokens = [csrf_of(c.get("/changes").text) for c in clients]
    for cid in ids:
        barrier, answers = threading.Barrier(2), [None, None]

        def review(i: int, action: str) -> None:
            barrier.wait()
            answers[i] = clients[i].post(f"/changes/{cid}/review", data={"action": action, "csrf_token": tokens[i]},
                                         follow_redirects=False).status_code

        threads = [threading.Thread(target=review, args=(0, "confirm")), threading.Thread(target=review, args=(1, "dismiss"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert answers == [303, 303], (cid, answers)
    with factory() as s:
        reviews = list(s.scalars(select(ChangeReview).where(ChangeReview.change_id.in_(ids))))
    assert sorted(r.change_id for r in reviews) == sorted(ids)
    assert all((r.action, r.reviewer) in {("confirm", "redaktion@example.org"), ("dismiss", "zweite@example.org")}
               for r in reviews)
    dismissed = {r.change_id for r in reviews if r.action == "dismiss"}
    listed = {c["id"] for c in clients[0].get("/api/changes?limit=1000").json()}
    assert not dismissed & listed and set(ids) - dismissed <= listed
