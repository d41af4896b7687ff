"""Storage: Alembic-built schema, versioning only on real content change, atomic writes,
refusal to touch a corrupt or foreign database, and SQLite under two concurrent writers."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import datetime, timezone

import pytest
from alembic import command
from sqlalchemy import func, select

from kiwatch.core.vocab import FetchFailureReason, FetchOutcome, RunStatus
from kiwatch.detection import record_centre_run, record_fetch, update_profile
from kiwatch.records import Address, CentreTally, FetchResult, PageRecord, Person
from kiwatch.registry import CentreConfig
from kiwatch.settings import Settings
from kiwatch.storage.db import StorageError, alembic_config, make_engine, open_database, session_factory
from kiwatch.storage.models import Body, Change, FetchAttempt, Page, Snapshot
from kiwatch.storage.store import Store

CENTRE = CentreConfig(slug="du", name="KI Duisburg", start_urls=("http://127.0.0.1/du/",))
URL = "http://127.0.0.1/du/"


def ok(body: bytes, url: str = URL) -> FetchResult:
    return FetchResult(centre="du", url=url, outcome=FetchOutcome.OK, status=200, body=body,
                       content_type="text/html", fetched_at=datetime.now(timezone.utc))


def rec(street="Alter Markt 23", head="Marijo Terzic", text="Text", url=URL) -> PageRecord:
    return PageRecord(url=url, main_text=text, addresses=[Address(street, "47051", "Duisburg")],
                      people=[Person(head, "Leiter des KI", True)] if head else [])


def count(store, model, *where):
    with store.factory() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def crawl_once(store, results):
    run = store.start_run()
    for result, record in results:
        record_fetch(store, run, result, record)
    return run, update_profile(store, "du", run)


def test_schema_is_built_by_alembic_and_matches_the_models(db_url):
    command.check(alembic_config(db_url))  # raises if models and migrations disagree


def test_new_sqlite_file_is_owner_only(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.sqlite'}"
    open_database(url, create=True).dispose()
    mode = stat.S_IMODE(os.stat(tmp_path / "new.sqlite").st_mode)
    assert mode & (stat.S_IRWXG | stat.S_IRWXO) == 0


def test_missing_database_is_not_created_silently(tmp_path):
    with pytest.raises(StorageError, match="does not exist"):
        open_database(f"sqlite:///{tmp_path / 'missing.sqlite'}")
    assert not (tmp_path / "missing.sqlite").exists()


def test_corrupt_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "corrupt.sqlite"
    garbage = b"this is not a database" * 100
    path.write_bytes(garbage)
    with pytest.raises(StorageError, match="cannot be used: it is corrupt or not a kiwatch database; restore a backup"):
        open_database(f"sqlite:///{path}", create=True)
    assert path.read_bytes() == garbage


def test_foreign_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StorageError, match="no kiwatch schema"):
        open_database(f"sqlite:///{path}", create=True)


def test_newer_schema_revision_is_refused(db_url):
    engine = open_database(db_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    engine.dispose()
    with pytest.raises(StorageError, match="unknown to this kiwatch"):
        open_database(db_url)


def test_snapshot_only_when_content_changes(store):
    store.sync_centres([CENTRE])
    crawl_once(store, [(ok(b"<html>v1</html>"), rec())])
    # Different bytes (noise) but the same extracted content: no new version.
    crawl_once(store, [(ok(b"<html>v1 calendar May</html>"), rec())])
    assert count(store, Snapshot) == 1
    assert count(store, Change) == 0
    crawl_once(store, [(ok(b"<html>v2</html>"), rec(street="Sonnenwall 73-75", text="Text neu"))])
    assert count(store, Snapshot) == 2
    assert count(store, FetchAttempt) == 3
    with store.factory() as s:
        assert sorted(s.scalars(select(Change.kind))) == ["address", "content"]


def test_identical_bodies_are_stored_once(store):
    store.sync_centres([CENTRE])
    crawl_once(store, [(ok(b"same", URL), rec()), (ok(b"same", URL + "b"), rec(url=URL + "b", text="B"))])
    assert count(store, Body) == 1 and count(store, Snapshot) == 2


def test_first_crawl_is_a_baseline_without_events(store):
    store.sync_centres([CENTRE])
    _, (events, verdict) = crawl_once(store, [(ok(b"x"), rec())])
    assert verdict == "baseline" and events == 0 and count(store, Change) == 0


def test_failures_keep_last_good_snapshot_and_profile(store):
    store.sync_centres([CENTRE])
    crawl_once(store, [(ok(b"x"), rec())])
    for reason in (FetchFailureReason.TIMEOUT, FetchFailureReason.HTTP_ERROR, FetchFailureReason.TRUNCATED):
        failed = FetchResult(centre="du", url=URL, outcome=FetchOutcome.FAILED, reason=reason)
        crawl_once(store, [(failed, None)])
    assert count(store, Change) == 0
    assert count(store, FetchAttempt, FetchAttempt.outcome == "failed") == 3
    with store.factory() as s:
        page = s.scalars(select(Page)).one()
        assert page.state == "active" and page.current_snapshot_id is not None
        assert page.consecutive_failures == 3


def test_page_removed_only_after_consecutive_gone_and_back_again(store):
    store.sync_centres([CENTRE])
    other = URL + "team"
    crawl_once(store, [(ok(b"a"), rec()), (ok(b"b", other), rec(url=other, head=""))])
    gone = FetchResult(centre="du", url=other, outcome=FetchOutcome.GONE, status=404)
    crawl_once(store, [(ok(b"a"), rec()), (gone, None)])
    assert count(store, Change) == 0  # one 404 is not a removal
    crawl_once(store, [(ok(b"a"), rec()), (gone, None)])
    with store.factory() as s:
        assert [(c.kind, c.old) for c in s.scalars(select(Change))] == [("page_removed", other)]
    crawl_once(store, [(ok(b"a"), rec()), (gone, None)])
    assert count(store, Change) == 1  # "unreachable" is told once, not once per run
    crawl_once(store, [(ok(b"a"), rec()), (ok(b"b", other), rec(url=other, head=""))])
    with store.factory() as s:
        assert [c.kind for c in s.scalars(select(Change).order_by(Change.id))] == ["page_removed", "page_added"]


def test_not_modified_keeps_everything(store):
    store.sync_centres([CENTRE])
    crawl_once(store, [(ok(b"a"), rec())])
    nm = FetchResult(centre="du", url=URL, outcome=FetchOutcome.NOT_MODIFIED, status=304)
    _, (events, _) = crawl_once(store, [(nm, None)])
    assert events == 0 and count(store, Snapshot) == 1


def test_write_failure_mid_transaction_leaves_nothing_half_written(store, monkeypatch):
    store.sync_centres([CENTRE])
    crawl_once(store, [(ok(b"a"), rec())])

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr("kiwatch.pipelines.diff.content_change", boom)  # detection loads diff lazily
    run = store.start_run()
    with pytest.raises(RuntimeError):
        record_fetch(store, run, ok(b"changed"), rec(text="anders"))
    assert count(store, Snapshot) == 1 and count(store, FetchAttempt) == 1


KILL_SCRIPT = textwrap.dedent("""
    import os, signal, sys
    from datetime import datetime, timezone
    from kiwatch.records import Address, FetchOutcome, FetchResult, PageRecord
    from kiwatch.settings import Settings
    from kiwatch.storage.db import open_database, session_factory
    from kiwatch.detection import pages as detect_pages
    from kiwatch.pipelines import diff
    from kiwatch.storage.store import Store
    url = sys.argv[1]
    store = Store(session_factory(open_database(url)), Settings(database_url=url))
    real = diff.content_change
    def die(*a, **k):
        real(*a, **k)
        os.kill(os.getpid(), signal.SIGKILL)  # killed after the snapshot insert, before commit
    diff.content_change = die
    run = store.start_run()
    rec = PageRecord(url="http://127.0.0.1/du/", main_text="neu", addresses=[Address("Sonnenwall 73-75")])
    detect_pages.record_fetch(store, run, FetchResult(centre="du", url="http://127.0.0.1/du/", outcome=FetchOutcome.OK,
                       status=200, body=b"neu", content_type="text/html",
                       fetched_at=datetime.now(timezone.utc)), rec)
""")


def test_sigkill_between_snapshot_and_change_leaves_a_consistent_database(store, db_url):
    sqlite_file = db_url.removeprefix("sqlite:///") if db_url.startswith("sqlite") else None
    store.sync_centres([CENTRE])
    crawl_once(store, [(ok(b"a"), rec())])
    proc = subprocess.run([sys.executable, "-c", KILL_SCRIPT, db_url], capture_output=True)
    assert proc.returncode == -9
    assert count(store, Snapshot) == 1 and count(store, Change) == 0
    if sqlite_file:
        with sqlite3.connect(sqlite_file) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The next crawl continues normally and reports the change once.
    crawl_once(store, [(ok(b"neu"), rec(street="Sonnenwall 73-75", text="neu"))])
    with store.factory() as s:
        assert sorted(s.scalars(select(Change.kind))) == ["address", "content"]


def _writer(url: str, n: int, tag: str) -> None:
    store = Store(session_factory(open_database(url)), Settings(database_url=url))
    for i in range(n):
        run = store.start_run()
        u = f"http://127.0.0.1/du/{tag}{i}"
        record_fetch(store, run, FetchResult(centre="du", url=u, outcome=FetchOutcome.OK, status=200,
                                            body=f"{tag}{i}".encode(), content_type="text/html",
                                            fetched_at=datetime.now(timezone.utc)),
                           PageRecord(url=u, main_text=f"{tag}{i}"))
        update_profile(store, "du", run)


def test_two_processes_writing_at_once_do_not_lock_each_other_out(store, db_url):
    store.sync_centres([CENTRE])
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(db_url, 30, tag)) for tag in ("a", "b")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0]
    assert count(store, Page) == 60 and count(store, Snapshot) == 60


def test_health_flags_stale_and_failing_centres(store):
    from datetime import timedelta

    store.sync_centres([CENTRE, CentreConfig(slug="we", name="KI Wesel", start_urls=("http://127.0.0.1/we/",))])
    run, _ = crawl_once(store, [(ok(b"a"), rec())])
    record_centre_run(store, run, "du", CentreTally(pages=1))
    for _ in range(store.settings.failing_after_runs):
        record_centre_run(store, run, "we", CentreTally(pages=1, failed=1))
    health = store.health()
    assert [(p["slug"], p["status"]) for p in health["problems"]] == [("we", "failing")]
    later = store.health(now=datetime.now(timezone.utc) + timedelta(days=store.settings.stale_after_days + 1))
    assert {p["slug"]: p["stale"] for p in later["problems"]} == {"du": True, "we": True}


def _sink_run(store, body: bytes):
    from kiwatch.crawlers.sink import PipelineSink

    run = store.start_run()
    sink = PipelineSink(store, run, [CENTRE], workers=0)
    sink.on_result(ok(body))
    tallies = sink.finish()
    store.finish_run(run, RunStatus.OK, {"centres": {slug: t.summary() for slug, t in tallies.items()}})
    return tallies["du"]


def test_vanished_contact_facts_are_held_back_and_never_emptied(store):
    """RELIABILITY B8: a template change that breaks extraction must not empty the profile, not
    even when it persists past failing_after_runs; new facts on the page are taken."""
    store.sync_centres([CENTRE])
    good = ("<html><body><main><h1>Kommunales Integrationszentrum</h1><p>Musterstraße 12<br>12345 Teststadt</p>"
            "<p>Tel.: 0203 283 8111</p><p>Wir beraten Schulen und Kitas in allen Fragen der Integration.</p>"
            "</main></body></html>").encode()
    broken = ("<html><body><main><h1>Kommunales Integrationszentrum</h1>"
              "<p>Wir beraten Schulen und Kitas in allen Fragen der Integration.</p></main></body></html>").encode()
    assert _sink_run(store, good).baseline
    for _ in range(store.settings.failing_after_runs + 1):
        tally = _sink_run(store, broken)
        assert tally.status == "extraction_failed"
        assert count(store, Change, Change.kind != "content") == 0
    moved = good.replace(b"Musterstra\xc3\x9fe 12", "Lindenallee 7".encode())
    assert _sink_run(store, moved).status == "ok"  # the page states new facts: taken, one move
    with store.factory() as s:
        assert sorted(s.scalars(select(Change.kind).where(Change.kind != "content"))) == ["address"]


def test_unwritable_database_stops_with_a_clear_message_and_keeps_history(sqlite_url):
    engine = open_database(sqlite_url)
    store = Store(session_factory(engine), Settings(database_url=sqlite_url))
    store.sync_centres([CENTRE])
    crawl_once(store, [(ok(b"a"), rec())])
    engine.dispose()
    # A read-only connection stands in for a read-only file or a full disk: every write fails.
    ro_url = sqlite_url.replace("sqlite:///", "sqlite:///file:") + "?mode=ro&uri=true"
    ro_engine = make_engine(ro_url)
    ro_store = Store(session_factory(ro_engine), Settings(database_url=ro_url))
    with pytest.raises(StorageError, match="cannot be written: no permission to write it") as info:
        record_fetch(ro_store, 1, ok(b"b"), rec(text="neu"))
    assert "corrupt" not in str(info.value) and "disk is full" not in str(info.value)
    ro_engine.dispose()
    assert count(store, Snapshot) == 1


def test_full_disk_is_named_as_such_and_keeps_history(sqlite_url):
    """E3 (issue 8 #8): SQLite's own SQLITE_FULL, provoked by capping the file's pages, is
    reported as a full disk, not as a corrupt database or a permission problem."""
    from sqlalchemy import event

    engine = open_database(sqlite_url)
    store = Store(session_factory(engine), Settings(database_url=sqlite_url))
    store.sync_centres([CENTRE])
    crawl_once(store, [(ok(b"a"), rec())])
    engine.dispose()
    full = make_engine(sqlite_url)
    with full.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    event.listen(full, "connect", lambda conn, _: conn.execute(f"PRAGMA max_page_count={pages}"))
    full.dispose()
    full_store = Store(session_factory(full), Settings(database_url=sqlite_url))
    with pytest.raises(StorageError, match="cannot be written: the disk is full; free space") as info:
        record_fetch(full_store, 1, ok(b"x" * 200_000), rec(text="neu " * 20_000))
    assert "corrupt" not in str(info.value) and "permission" not in str(info.value)
    full.dispose()
    assert count(store, Snapshot) == 1


def test_unreachable_database_server_is_named_as_such(tmp_path):
    """E3 (issue 8 #8): a PostgreSQL server that is down is "cannot be reached", not "corrupt"."""
    from tests.crawlhelp import closed_port

    url = f"postgresql+psycopg://kiwatch:geheim@127.0.0.1:{closed_port()}/kiwatch"
    with pytest.raises(StorageError, match="the database server cannot be reached; check that it is running") as info:
        open_database(url, create=True)
    assert "corrupt" not in str(info.value) and "geheim" not in str(info.value)


def test_changes_in_the_terminal_carry_no_control_characters(store, db_url, capsys):
    """H1 for the terminal: an escape sequence in a page must not reach the reader's terminal."""
    from kiwatch.cli.changes import change_dicts, print_changes_text

    store.sync_centres([CENTRE])
    crawl_once(store, [(ok(b"a"), rec())])
    crawl_once(store, [(ok(b"b"), rec(street="Evilstraße 1\x1b]0;pwned\x07\x1b[2J", text="neu \x1b[31mrot"))])
    print_changes_text(change_dicts(store.changes(), "en"), "en")
    out = capsys.readouterr().out
    assert "Evilstraße 1" in out and "\x1b" not in out and "\x07" not in out


def test_move_beside_an_unconfirmed_page_removal_is_one_paired_change_in_its_run(store):
    """The project page (which repeats the address, like a footer) answers 404 in the run the
    address moves: the move is reported in that run, as one old → new change, although the
    404 page's last version still shows the old address; the removal comes once confirmed,
    and nothing is reported twice."""
    store.sync_centres([CENTRE])
    project = URL + "projekt"
    crawl_once(store, [(ok(b"a"), rec()), (ok(b"p", project), rec(url=project, head="", text="P"))])
    gone = FetchResult(centre="du", url=project, outcome=FetchOutcome.GONE, status=404)
    moved = rec(street="Sonnenwall 73-75", text="neu")
    _, (events, verdict) = crawl_once(store, [(ok(b"b"), moved), (gone, None)])
    assert verdict == "ok"
    with store.factory() as s:
        assert [(c.kind, c.old, c.new) for c in s.scalars(select(Change).where(Change.kind != "content"))] == [
            ("address", "Alter Markt 23, 47051 Duisburg", "Sonnenwall 73-75, 47051 Duisburg")]
    crawl_once(store, [(ok(b"b"), moved), (gone, None)])
    with store.factory() as s:
        got = sorted((c.kind, c.old, c.new) for c in s.scalars(select(Change).where(Change.kind != "content")))
    assert got == [("address", "Alter Markt 23, 47051 Duisburg", "Sonnenwall 73-75, 47051 Duisburg"),
                   ("page_removed", project, "")]
