"""Issue 11: a re-crawl in which nothing changed writes its rows with the database's driver
(crawlers/plainwrite.py, storage/plainstore.py), without SQLAlchemy. What a user relies on is
guarded here, on SQLite and PostgreSQL, through the real `kiwatch crawl` against a real server:

- the same re-crawl of the same database leaves the same rows in every table, written by the
  driver or by the ORM (the run row and its summary, an attempt per fetch, each page's times,
  status, validators, links and keys, failure counters, a page 404 again counted towards its
  removal, a page failing counted, each centre's health and run row) — compared table by table;
- a re-crawl in which nothing changed does not import SQLAlchemy at all, and one page with a
  new version in it still gets its version and its event (the ORM opens for it).
Time is never asserted (that is `make bench`)."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiwatch.crawlers.opening import StoreOpening
from tests.crawlhelp import FAST_ENV, REPO, write_registry
from tests.watchhelp import Watch, contact_page

# `kiwatch …` in this interpreter; "orm" switches the driver's run off (the ORM writes
# everything, as before); prints the exit code and whether SQLAlchemy was ever imported
PROBE = """
import json, sys
from kiwatch.crawlers import job
if sys.argv[1] == "orm":
    job.begin_plain_run = lambda settings, registry: None
from kiwatch.cli import main
code = main(sys.argv[2:])
print(json.dumps({"code": code, "sqlalchemy": any(m.split(".")[0] == "sqlalchemy" for m in sys.modules)}))
"""

SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"
VOLATILE = {"duration_s", "cpu"}  # measured, not decided: differ between any two runs


def crawl(w: Watch, db: str, path: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIWATCH_")}
    env.update(FAST_ENV)
    env.update({"KIWATCH_DOWNLOAD_DELAY": "0", "KIWATCH_AUTOTHROTTLE": "off", "KIWATCH_RETRY_TIMES": "0",
                "KIWATCH_EXTRACTION_WORKERS": "0"})
    proc = subprocess.run([sys.executable, "-c", PROBE, path, "crawl", "--sites", str(w.sites), "--db", db,
                           "--allow-private-hosts", "--quiet", "--lang", "en"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def page(title: str, links: list[str], text: str = "") -> str:
    anchors = "".join(f'<p><a href="{href}">{href}</a></p>' for href in links)
    return contact_page(extra=f"<h2>{title}</h2><p>{text}</p>{anchors}")


class Databases:
    """A database and copies of it, SQLite files or PostgreSQL databases (CREATE … TEMPLATE)."""

    def __init__(self, kind: str, tmp: Path, request):
        self.kind, self.tmp = kind, tmp
        # unique for the whole server: id(self) is reused once an earlier test's object is freed
        self.prefix = f"plain_{secrets.token_hex(6)}"
        self.server = request.getfixturevalue("postgres") if kind == "postgres" else None
        self.url = self.make("base")

    def _sqlite(self, name: str) -> Path:
        return self.tmp / f"{name}.sqlite"

    def make(self, name: str) -> str:
        if self.server is None:
            return f"sqlite:///{self._sqlite(name)}"
        return self.server.create_database(f"{self.prefix}_{name}")

    def copy(self, name: str) -> str:
        if self.server is None:
            shutil.copyfile(self._sqlite("base"), self._sqlite(name))
            return f"sqlite:///{self._sqlite(name)}"
        import psycopg

        with psycopg.connect(self._pg(self.server.url("postgres")), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{self.prefix}_{name}" TEMPLATE "{self.prefix}_base"')
        return self.server.url(f"{self.prefix}_{name}")

    @staticmethod
    def _pg(url: str) -> str:
        return "postgresql://" + url.split("://", 1)[1]

    def tables(self, url: str, since: datetime) -> dict[str, list[tuple]]:
        """Every table's rows, ids of log rows left out and sorted; a timestamp shown as
        written by the crawl (after `since`) or left as it was; JSON parsed, volatile keys out."""
        if self.server is None:
            conn = sqlite3.connect(url.split("///", 1)[1])
            names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        else:
            import psycopg

            conn = psycopg.connect(self._pg(url))
            names = [r[0] for r in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")]
        out = {}
        try:
            for name in sorted(names):
                cur = conn.cursor()
                cur.execute(f"SELECT * FROM {name}")
                columns = [d[0] for d in cur.description]
                rows = [tuple(self._value(name, col, v, since) for col, v in zip(columns, row, strict=True)
                              if not (col == "id" and name in ("fetch_attempts", "centre_runs")))
                        for row in cur.fetchall()]
                out[name] = sorted(rows, key=repr)
        finally:
            conn.close()
        return out

    def _value(self, table: str, column: str, value, since: datetime):
        if isinstance(value, datetime) or (isinstance(value, str) and column.endswith("_at")):
            if isinstance(value, str):  # SQLite: exactly SQLAlchemy's text form, or the comparison fails
                value = datetime.strptime(value, SQLITE_TIME).replace(tzinfo=UTC)
            assert value.tzinfo is not None, f"{table}.{column}: a naive timestamp"
            return "written now" if value >= since else "as before"
        if table == "runs" and column == "summary":
            data = json.loads(value) if isinstance(value, str) else value
            for centre in data.get("centres", {}).values():  # pages fetched at once fail in any order
                centre["failures"] = sorted(centre.get("failures", []))
            return json.dumps({k: v for k, v in data.items() if k not in VOLATILE}, sort_keys=True)
        return value


@pytest.fixture(params=["sqlite", "postgres"])
def dbs(request, tmp_path):
    return Databases(request.param, tmp_path, request)


@pytest.mark.parametrize("validators", [True, False], ids=["304", "no-validators"])
def test_an_unchanged_recrawl_leaves_the_same_rows_with_the_driver_as_with_the_orm(tmp_path, dbs, validators):
    w = Watch(tmp_path / "w", slugs=("aa", "bb"), db_url=dbs.url)
    try:
        w.put(page("Start", ["kontakt.html", "projekt.html", "tot.html"]), "aa")
        w.put(page("Kontakt", [], "Sprechzeiten montags"), "aa", "kontakt.html")
        w.put(page("Projekt", [], "Ein Projekt für Schulen"), "aa", "projekt.html")
        w.put(page("Start", []), "bb")
        w.srv.validators = validators
        first = crawl(w, dbs.url, "plain")  # a new database: the ORM creates it and writes everything
        assert first["code"] == 0 and first["sqlalchemy"]
        assert crawl(w, dbs.url, "plain")["code"] == 0  # the previous run now left every profile current

        # what the compared re-crawl meets: a page that only looks different (a comment: other
        # bytes, the same content), pages as they were (the same bytes, or a 304), a page gone
        # (404: counted towards its removal), a page failing (503), a link dead again (no page row at all)
        w.put(page("Start", ["kontakt.html", "projekt.html", "tot.html"]).replace("<main>", "<main><!-- 2 -->"), "aa")
        (w.root / "aa" / "projekt.html").unlink()
        w.srv.answers["/aa/kontakt.html"] = (503, b"")  # a server error: counted as a failure, kept
        since = datetime.now(UTC)
        by_orm, by_driver = dbs.copy("orm"), dbs.copy("driver")
        assert crawl(w, by_orm, "orm")["sqlalchemy"]
        assert crawl(w, by_driver, "plain")["code"] == 0

        orm, driver = dbs.tables(by_orm, since), dbs.tables(by_driver, since)
        assert set(orm) == set(driver)
        for table in sorted(orm):
            assert driver[table] == orm[table], f"table {table} differs"
        # the comparison saw the rows this re-crawl writes
        assert len(orm["runs"]) == 3 and len(orm["fetch_attempts"]) > len(dbs.tables(dbs.url, since)["fetch_attempts"])
        assert sum(1 for row in orm["pages"] if "written now" in row) >= 3
    finally:
        w.close()


def test_a_recrawl_without_changes_never_imports_sqlalchemy_and_a_change_still_opens_it(tmp_path, dbs):
    w = Watch(tmp_path / "w", slugs=("aa",), db_url=dbs.url)
    try:
        w.put(page("Start", ["kontakt.html"]), "aa")
        w.put(page("Kontakt", []), "aa", "kontakt.html")
        w.srv.validators = False
        crawl(w, dbs.url, "plain")
        crawl(w, dbs.url, "plain")
        quiet = crawl(w, dbs.url, "plain")
        assert quiet == {"code": 0, "sqlalchemy": False}
        assert w.status().returncode == 0
        assert w.changes() == []

        w.put(contact_page(street="Birkenweg 3", extra="<h2>Kontakt</h2>"), "aa", "kontakt.html")
        changed = crawl(w, dbs.url, "plain")
        assert changed == {"code": 0, "sqlalchemy": True}
        events = w.changes()
        assert any("Birkenweg 3" in json.dumps(e, ensure_ascii=False) for e in events), events
    finally:
        w.close()


def test_a_registry_entry_changed_since_the_last_run_is_mirrored_the_full_way(tmp_path, dbs):
    w = Watch(tmp_path / "w", slugs=("aa",), db_url=dbs.url)
    try:
        w.put(page("Start", []), "aa")
        w.srv.validators = False
        crawl(w, dbs.url, "plain")
        crawl(w, dbs.url, "plain")
        write_registry(w.sites, [{"slug": "aa", "name": "KI Neustadt", "start_urls": [w.srv.url("/aa/index.html")]}])
        assert crawl(w, dbs.url, "plain") == {"code": 0, "sqlalchemy": True}
        rows = dbs.tables(dbs.url, datetime.now(UTC))["centres"]
        assert any("KI Neustadt" in row for row in rows)
    finally:
        w.close()


def test_a_run_the_driver_cannot_start_is_started_the_full_way():
    """Whatever goes wrong in the driver's start (here a disk error), the crawl does not fail
    for it: the store is opened the full way, which starts the run or reports the cause."""
    opened: list[int | None] = []

    def open_store(run_id):
        opened.append(run_id)
        return "store", 7

    def broken():
        raise sqlite3.OperationalError("disk I/O error")

    opening = StoreOpening(open_store, broken)
    opening.begin()
    assert opening.plain is None and opened == [None] and opening.run_id() == 7
