"""The work a crawl leaves out (issue 11) must never cost a detection: byte-identical bodies are
not extracted again, a batch of pages is stored together yet one bad page costs only itself,
a centre with nothing new keeps its profile unless its last run broke off."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import datetime, timezone

from kiwatch.core.vocab import FetchOutcome, PageVerdict
from kiwatch.devserver import DevServer
from kiwatch.crawlers.sink import SAME_BODY
from kiwatch.pipelines.worker import body_key, content_hash, extract_result
from kiwatch.records import FetchResult
from kiwatch.settings import Settings
from kiwatch.storage.db import head_revision, open_database, session_factory
from kiwatch.detection import PageWrite, record_fetches
from kiwatch.storage.store import Store
from tests.crawlhelp import REPO, write_registry
from tests.watchhelp import contact_page, kiwatch


def _site(tmp_path, street="Lindenallee 12"):
    root = tmp_path / "site"
    (root / "ki").mkdir(parents=True, exist_ok=True)
    (root / "ki" / "index.html").write_text(contact_page(street=street), encoding="utf-8")
    return root


def _attempts(db, run_id):
    with sqlite3.connect(db) as con:
        return con.execute("SELECT outcome, detail FROM fetch_attempts WHERE run_id = ?", (run_id,)).fetchall()


def _count(db, table):
    with sqlite3.connect(db) as con:
        return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def _changes(db_url):
    out = kiwatch("changes", "--db", db_url, "--format", "json", "--lang", "en")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def _crawl(sites, db_url):
    out = kiwatch("crawl", "--sites", str(sites), "--db", db_url, "--allow-private-hosts", "-q")
    assert out.returncode == 0, out.stderr[-3000:]


def test_same_bytes_are_not_extracted_again_and_a_change_still_is(tmp_path):
    root = _site(tmp_path)
    db = tmp_path / "k.sqlite"
    url = f"sqlite:///{db}"
    with DevServer(root) as srv:
        srv.validators = False  # no ETag/Last-Modified: every run downloads the body
        sites = write_registry(tmp_path / "sites.toml", [{"slug": "muster", "start_urls": [srv.url("/ki/index.html")]}])
        _crawl(sites, url)
        snapshots = _count(db, "snapshots")
        _crawl(sites, url)
        assert _attempts(db, 2) == [("not_modified", SAME_BODY)]
        assert _count(db, "snapshots") == snapshots
        # other bytes, same facts: extracted, and still no new version
        (root / "ki" / "index.html").write_text(contact_page().replace("</main>", "<!-- 12345 --></main>"),
                                                encoding="utf-8")
        _crawl(sites, url)
        assert _attempts(db, 3) == [("ok", "")]
        assert _count(db, "snapshots") == snapshots
        (root / "ki" / "index.html").write_text(contact_page(street="Birkenweg 7"), encoding="utf-8")
        _crawl(sites, url)
    moves = [c for c in _changes(url) if c["kind"] == "address"]
    assert any("Birkenweg 7" in (c["new"] or "") for c in moves), moves


def test_body_key_covers_what_extraction_reads():
    base = FetchResult(centre="m", url="http://127.0.0.1/ki/", outcome=FetchOutcome.OK, body=b"<p>x</p>",
                       content_type="text/html", charset="utf-8")
    key = body_key(base, None)
    assert body_key(FetchResult(**{**_fields(base)}), None) == key
    assert body_key(FetchResult(**{**_fields(base), "body": b"<p>y</p>"}), None) != key
    assert body_key(FetchResult(**{**_fields(base), "charset": "iso-8859-1"}), None) != key
    assert body_key(base, {"head": ".leitung"}) != key


def _fields(result: FetchResult) -> dict:
    return {name: getattr(result, name) for name in result.__slots__}  # type: ignore[attr-defined]


def _store(tmp_path) -> tuple[Store, str]:
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    settings = Settings(database_url=url)
    store = Store(session_factory(open_database(url, create=True)), settings)
    from kiwatch.registry import CentreConfig

    store.sync_centres([CentreConfig(slug="muster", name="KI Muster", start_urls=("http://127.0.0.1/ki/",))])
    return store, url


def _write(body: str, page_url: str, centre: str = "muster") -> PageWrite:
    result = FetchResult(centre=centre, url=page_url, outcome=FetchOutcome.OK, status=200, body=body.encode(),
                         content_type="text/html", charset="utf-8", fetched_at=datetime.now(timezone.utc))
    result, record = extract_result(result)
    assert record is not None
    return PageWrite(result, record, content_hash(record), body_key(result, None))


def test_one_bad_page_in_a_batch_costs_only_itself(tmp_path):
    store, _ = _store(tmp_path)
    run = store.start_run()
    good1 = _write(contact_page(), "http://127.0.0.1/ki/a.html")
    bad = _write(contact_page(), "http://127.0.0.1/ki/b.html", centre="nirgendwo")  # not in the database
    good2 = _write(contact_page(street="Birkenweg 7"), "http://127.0.0.1/ki/c.html")
    verdicts = record_fetches(store, run, [good1, bad, good2])
    assert verdicts[0] is PageVerdict.NEW and verdicts[2] is PageVerdict.NEW
    assert isinstance(verdicts[1], LookupError)
    db = tmp_path / "s.sqlite"
    with sqlite3.connect(db) as con:
        stored = {url for (url,) in con.execute("SELECT url FROM pages")}
        attempts = {url for (url,) in con.execute("SELECT url FROM fetch_attempts")}
    # each good page with its attempt and its snapshot, the bad one with nothing
    assert stored == attempts == {"http://127.0.0.1/ki/a.html", "http://127.0.0.1/ki/c.html"}
    assert _count(db, "snapshots") == 2


def test_a_run_that_broke_off_before_the_profile_is_caught_up(tmp_path):
    """Pages stored by a crawl that died before its profile diff: the next crawl finds the same
    bytes (nothing to extract, nothing new) and must still diff the centre."""
    root = _site(tmp_path)
    db = tmp_path / "k.sqlite"
    url = f"sqlite:///{db}"
    with DevServer(root) as srv:
        srv.validators = False
        page_url = srv.url("/ki/index.html")
        sites = write_registry(tmp_path / "sites.toml", [{"slug": "muster", "start_urls": [page_url]}])
        _crawl(sites, url)
        moved = contact_page(street="Birkenweg 7")
        (root / "ki" / "index.html").write_text(moved, encoding="utf-8")
        # the broken-off run: the page is stored, the run never finishes, no profile diff
        store = Store(session_factory(open_database(url)), Settings(database_url=url))
        run = store.start_run()
        assert record_fetches(store, run, [_write(moved, page_url)]) == [PageVerdict.CHANGED]
        _crawl(sites, url)
        assert _attempts(db, 3) == [("not_modified", SAME_BODY)]
    moves = [c for c in _changes(url) if c["kind"] == "address"]
    assert any("Birkenweg 7" in (c["new"] or "") for c in moves), moves


def test_head_revision_without_alembic_matches_alembic(tmp_path):
    from alembic.script import ScriptDirectory

    from kiwatch.storage.db import alembic_config, current_revision

    assert head_revision() == ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    url = f"sqlite:///{tmp_path / 'h.sqlite'}"
    assert current_revision(open_database(url, create=True)) == head_revision()


def test_validators_a_server_starts_sending_are_used_while_the_page_stays_the_same(tmp_path):
    """The same bytes again are stored as 'not modified' without extraction; the validators
    that came with them must still be kept, or a conditional request (a 304, no body at all)
    would never be made for a page that does not change."""
    root = _site(tmp_path)
    db = tmp_path / "k.sqlite"
    url = f"sqlite:///{db}"
    with DevServer(root) as srv:
        srv.validators = False
        sites = write_registry(tmp_path / "sites.toml", [{"slug": "muster", "start_urls": [srv.url("/ki/index.html")]}])
        _crawl(sites, url)
        srv.validators = True  # e.g. a CMS update: ETag and Last-Modified from now on
        _crawl(sites, url)
        _crawl(sites, url)
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT run_id, outcome, status FROM fetch_attempts ORDER BY run_id").fetchall()
    assert rows == [(1, "ok", 200), (2, "not_modified", 200), (3, "not_modified", 304)]
