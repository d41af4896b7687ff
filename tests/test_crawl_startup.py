"""Issue 11, start-up: a crawl on a database at the newest schema puts its first requests on the
wire before SQLAlchemy is loaded — it reads what it needs with the database's own driver
(storage/crawlstate.py) and opens the database the full way once requests are out. What users
rely on is guarded here: that read equals the ORM's (SQLite and PostgreSQL); a database at an
older revision is still migrated before the crawl; a corrupt database or one of a newer kiwatch
is still refused before anything is fetched; a crawl on the deferred path stores and detects as
before. Time is never asserted (that is `make bench`); which libraries were loaded at the first
request is, since that is the design this speed rests on."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime

import pytest
from alembic import command

from kiwatch.core.errors import StorageError
from kiwatch.core.vocab import ExtractionFailureReason, FetchOutcome, PageState
from kiwatch.crawlers.opening import StoreOpening
from kiwatch.crawlers.sink import PipelineSink
from kiwatch.i18n import Msg
from kiwatch.pipelines.worker import body_key
from kiwatch.records import FetchResult
from kiwatch.registry import CentreConfig
from kiwatch.settings import Settings
from kiwatch.storage.crawlstate import CrawlState, KnownFailure, read_crawl_state, sqlite_file
from kiwatch.storage.db import alembic_config, current_revision, head_revision, make_engine, transaction
from kiwatch.storage.models import Body, Centre, ExtractionFailure, Page, Snapshot
from kiwatch.storage.store import Store
from tests.crawlhelp import FAST_ENV, REPO
from tests.watchhelp import Watch, contact_page

# Runs `kiwatch …` in this interpreter and notes the modules loaded when the first request
# reached Scrapy's downloader (the ledger's start-up checkpoint); prints exit code and modules.
PROBE = """
import json, sys
from kiwatch.pipelines import costs
from kiwatch.cli import main
seen = {}
checkpoint = costs.CostLedger.first_request
def first_request(self):
    seen.setdefault("modules", sorted(sys.modules))
    checkpoint(self)
costs.CostLedger.first_request = first_request
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": seen.get("modules")}))
"""


def _probed_crawl(w: Watch) -> tuple[int, set[str] | None, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIWATCH_")}
    env.update(FAST_ENV)
    env.update({"KIWATCH_DOWNLOAD_DELAY": "0", "KIWATCH_AUTOTHROTTLE": "off", "KIWATCH_RETRY_TIMES": "0"})
    proc = subprocess.run([sys.executable, "-c", PROBE, "crawl", "--sites", str(w.sites), "--db", w.db,
                           "--allow-private-hosts", "--quiet", "--lang", "en"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    modules = out["modules"]
    return out["code"], set(modules) if modules is not None else None, proc.stderr


def _loaded(modules: set[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


def _fill(store) -> None:
    """Pages of every kind the crawl state tells apart, in three centres."""
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    with transaction(store.factory) as s:
        a, b, c = Centre(slug="aa", name="KI A"), Centre(slug="bb", name="KI B"), Centre(slug="cc", name="KI C")
        s.add_all([a, b, c, Body(sha256="0" * 64, data=b"x", size=1)])
        s.flush()
        pages = [
            Page(centre_id=a.id, url="https://a.example/ki/", first_seen_at=now, etag='"e1"',
                 last_modified="Mon, 30 Nov 2026 10:00:00 GMT", body_key="b" * 64, reading_key="r" * 64,
                 links='{"key": "k", "links": ["https://a.example/ki/team"]}'),
            Page(centre_id=a.id, url="https://a.example/ki/alt", first_seen_at=now, state=PageState.REMOVED,
                 consecutive_gone=2),
            Page(centre_id=a.id, url="https://a.example/ki/team", first_seen_at=now, consecutive_gone=1),
            Page(centre_id=b.id, url="https://b.example/zentrum/übersicht?x=1", first_seen_at=now),
            Page(centre_id=c.id, url="https://c.example/", first_seen_at=now, etag='"c"'),
        ]
        s.add_all(pages)
        s.flush()
        for page, text in ((pages[0], "1" * 64), (pages[2], "2" * 64), (pages[4], "3" * 64)):
            snap = Snapshot(page_id=page.id, body_sha256="0" * 64, text_sha256=text, content_type="text/html",
                            fetched_at=now, record={})
            s.add(snap)
            s.flush()
            page.current_snapshot_id = snap.id
        # remembered failing bodies: of a stored page, of a URL never stored as a page (it
        # never gave a good body), of a centre not asked for
        s.add_all([ExtractionFailure(centre_id=a.id, url="https://a.example/ki/team", body_key="f" * 64,
                                     reason=ExtractionFailureReason.SOFT_ERROR, detail="error page"),
                   ExtractionFailure(centre_id=b.id, url="https://b.example/leer", body_key="e" * 64,
                                     reason=ExtractionFailureReason.EMPTY_CONTENT, detail="empty document"),
                   ExtractionFailure(centre_id=c.id, url="https://c.example/leer", body_key="d" * 64,
                                     reason=ExtractionFailureReason.EMPTY_CONTENT, detail="empty document")])


def test_the_crawl_state_read_by_the_driver_equals_the_orms(store, db_url):
    _fill(store)
    slugs = ["aa", "bb", "nowhere"]
    orm = store.crawl_state(slugs)
    assert [len(orm.pages[s]) for s in slugs] == [3, 1, 0]  # the fixture is read at all
    assert orm.failures[("bb", "https://b.example/leer")] == KnownFailure(
        "e" * 64, ExtractionFailureReason.EMPTY_CONTENT, "empty document")
    assert sorted(orm.failures) == [("aa", "https://a.example/ki/team"), ("bb", "https://b.example/leer")]
    home, alt, team = orm.pages["aa"]  # in the order the pages were first stored
    assert (home.url, home.active, home.unread, home.etag, home.content_hash) == (
        "https://a.example/ki/", True, False, '"e1"', "1" * 64)
    assert (alt.active, alt.snapshot_id, team.active, team.unread) == (False, None, True, True)
    assert read_crawl_state(db_url, slugs) == orm
    assert read_crawl_state(db_url, []) == store.crawl_state([])


def test_a_remembered_failure_is_answered_before_the_store_is_open():
    """The same failing bytes are answered from the state read before the first request: the
    crawl's event loop never waits for the database's full opening (the storage thread's,
    SQLAlchemy's import among it) to learn that a page failed last time."""
    release = threading.Event()
    refusal = StorageError(Msg("err_db_write", url="sqlite:///k.sqlite", cause=Msg("db_cause_full", detail="disk full")))

    def slow_open(_run: int | None) -> tuple[Store, int]:
        release.wait(30)  # the storage thread is still opening the database
        raise refusal

    centre = CentreConfig(slug="aa", name="KI A", start_urls=("http://127.0.0.1/aa/",))
    result = FetchResult(centre="aa", url="http://127.0.0.1/aa/leer.html", outcome=FetchOutcome.OK, status=200,
                         content_type="text/html", charset="utf-8", body=b"<html><body>x</body></html>",
                         fetched_at=datetime.now(UTC))
    failed = KnownFailure(body_key(result, None), ExtractionFailureReason.EMPTY_CONTENT, "only 1 character of visible text")
    sink = PipelineSink(StoreOpening(slow_open), None, [centre], workers=0,
                        state=CrawlState({"aa": []}, {("aa", result.url): failed}), settings=Settings())
    sink.costs.first_request()  # the first request is on the wire: the storage thread opens
    event_loop = threading.Thread(target=sink.on_result, args=(result,), daemon=True)
    event_loop.start()
    event_loop.join(10)
    try:
        assert not event_loop.is_alive(), "the page's result waited for the database to open"
        answer, key, future = sink._queue.get_nowait()  # as the storage thread will take it
        assert (answer.outcome, answer.reason, answer.detail, answer.body) == (
            FetchOutcome.FAILED, ExtractionFailureReason.EMPTY_CONTENT, "only 1 character of visible text", None)
        assert key == failed.body_key and future is None
    finally:
        release.set()
    with pytest.raises(StorageError):
        sink.finish()


def test_a_database_not_at_the_newest_revision_is_left_to_the_full_path(tmp_path, db_url):
    slugs = ["aa"]
    assert read_crawl_state(db_url, slugs) == CrawlState({"aa": []}, {})
    command.downgrade(alembic_config(db_url), "-1")
    assert read_crawl_state(db_url, slugs) is None
    command.upgrade(alembic_config(db_url), "head")
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:  # a newer kiwatch's revision, every column the query reads present
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    finally:
        engine.dispose()
    assert read_crawl_state(db_url, slugs) is None
    assert read_crawl_state(f"sqlite:///{tmp_path / 'missing.sqlite'}", slugs) is None
    assert not (tmp_path / "missing.sqlite").exists()  # never created by the read


@pytest.mark.parametrize("url, path", [
    ("sqlite:////var/k/kiwatch.sqlite", "/var/k/kiwatch.sqlite"),
    ("sqlite+pysqlite:///rel/k.sqlite", "rel/k.sqlite"),
    ("sqlite:///k.sqlite?mode=ro", None),  # options: the full path reads them
    ("sqlite:///", None),
    ("sqlite:///:memory:", None),
    ("postgresql+psycopg://kiwatch@127.0.0.1/kiwatch", None),
])
def test_only_plain_sqlite_urls_are_read_as_a_file(url, path):
    found = sqlite_file(url)
    assert (str(found) if found is not None else None) == path


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_a_recrawl_puts_its_first_request_out_before_sqlalchemy_and_still_records_the_change(tmp_path, request, backend):
    db_url = None if backend == "sqlite" else request.getfixturevalue("postgres").create_database("startup_recrawl")
    w = Watch(tmp_path, db_url=db_url)
    try:
        w.put(contact_page())
        assert w.crawl().returncode == 0  # creates the schema: the full path
        w.put(contact_page(street="Rosenweg 3"))
        code, modules, err = _probed_crawl(w)
        assert code == 0, err
        assert modules is not None
        assert not _loaded(modules, "sqlalchemy") and not _loaded(modules, "alembic"), sorted(
            m for m in modules if m.startswith(("sqlalchemy", "alembic")))
        assert not _loaded(modules, "kiwatch.storage.db") and not _loaded(modules, "kiwatch.detection")
        assert [c["kind"] for c in w.changes() if c["severity"] == "high"] == ["address"]
    finally:
        w.close()


def test_a_database_at_an_older_revision_is_migrated_before_the_first_request(tmp_path):
    w = Watch(tmp_path)
    try:
        w.put(contact_page())
        assert w.crawl().returncode == 0
        command.downgrade(alembic_config(w.db), "-1")
        w.put(contact_page(street="Rosenweg 3"))
        code, modules, err = _probed_crawl(w)
        assert code == 0, err
        assert modules is not None and _loaded(modules, "alembic")  # migrated before anything was fetched
        engine = make_engine(w.db)
        try:
            assert current_revision(engine) == head_revision()
        finally:
            engine.dispose()
        assert [c["kind"] for c in w.changes() if c["severity"] == "high"] == ["address"]
    finally:
        w.close()


@pytest.mark.parametrize("damage, words", [
    ("corrupt", "it is corrupt or not a kiwatch database"),
    ("newer", "unknown to this kiwatch"),
])
def test_an_unusable_database_is_refused_before_anything_is_fetched(tmp_path, damage, words):
    w = Watch(tmp_path)
    try:
        w.put(contact_page())
        assert w.crawl().returncode == 0
        path = sqlite_file(w.db)
        assert path is not None
        if damage == "corrupt":
            for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)
            path.write_bytes(b"this is no database, " * 400)
        else:
            with sqlite3.connect(path) as con:
                con.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
        w.srv.clear_log()
        proc = w.crawl()
        assert proc.returncode == 2, proc.stderr
        assert words in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
        assert w.srv.requested_paths() == []
    finally:
        w.close()


def test_a_store_that_cannot_be_opened_once_requests_are_out_fails_the_crawl_with_its_reason():
    """The database can still refuse the full opening (a full disk when the run row is
    written): the storage thread keeps the error, the spider stops at its next page, and the
    crawl ends with that error — the one the command line has always printed (exit 2)."""
    refusal = StorageError(Msg("err_db_write", url="sqlite:///k.sqlite", cause=Msg("db_cause_full", detail="disk full")))

    def refuse(_run: int | None) -> tuple[Store, int]:
        raise refusal

    centre = CentreConfig(slug="aa", name="KI A", start_urls=("http://127.0.0.1/aa/",))
    sink = PipelineSink(StoreOpening(refuse), None, [centre], workers=0, state=CrawlState({"aa": []}, {}),
                        settings=Settings())
    sink.costs.first_request()  # the first request is on the wire: the storage thread opens
    deadline = time.monotonic() + 30
    while sink.fatal is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert sink.fatal is refusal
    with pytest.raises(StorageError) as raised:
        sink.finish()
    assert raised.value is refusal
    with pytest.raises(StorageError):
        sink.opened()  # the run summary cannot be written either; nothing is retried
