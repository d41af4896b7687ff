"""Helpers for end-to-end reliability tests: a synthetic centre served by the DevServer on
127.0.0.1, crawled by the real `kiwatch crawl` into a real database, read back by the CLI.

The centre, its people and its address are invented (Musterstadt); no real page is copied.
"""

from __future__ import annotations

import atexit
import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from kiwatch.devserver import DevServer
from kiwatch.storage.db import upgrade
from tests.crawlhelp import FAST_ENV, REPO, write_registry

TEAM = (
    ("Dr. Anna Beispiel", "Leitung", "10", "anna.beispiel"),
    ("Jörg Müßig", "Sachbearbeitung Bildung", "11", "joerg.muessig"),
    ("Özlem Yılmaz", "Übergang Schule – Beruf", "12", "oezlem.yilmaz"),
    ("Kai Beispiel", "Sachbearbeitung Elternarbeit", "13", "kai.beispiel"),
)


def contact_page(*, street: str = "Lindenallee 12", team=TEAM, charset: str = "utf-8",
                 extra: str = "", layout: str = "plain") -> str:
    """A centre's contact page with address, phones, e-mails, head and team, in one of two layouts."""
    if layout == "plain":
        people = "\n".join(f"<p>{n}<br>{r}<br>Telefon: 09999 123-{ext}<br>{m}@musterstadt.example</p>"
                           for n, r, ext, m in team)
        contact = (f"<h2>Kontakt</h2><p>Kommunales Integrationszentrum<br>{street}<br>99998 Musterstadt</p>"
                   "<p>Telefon: 09999 123-0<br>E-Mail: <a href=\"mailto:ki@musterstadt.example\">ki@musterstadt.example</a></p>")
    else:  # a relaunch: cards, another order, other words around the same facts
        people = "\n".join(f'<div class="card"><h3 class="card-title">{n}</h3><div class="card-body">'
                           f'<span class="fn">{r}</span><br><a href="tel:+499999123{ext}">Tel. (09999) 123 - {ext}</a><br>'
                           f'<a href="mailto:{m}@musterstadt.example">{m}@musterstadt.example</a></div></div>'
                           for n, r, ext, m in team)
        contact = ('<div class="card"><h2>So erreichen Sie uns</h2><address>Kommunales Integrationszentrum<br>'
                   f'{street}<br>99998 Musterstadt</address>'
                   '<p>Tel.: (09999) 123 - 0<br><a href="mailto:ki@musterstadt.example">ki@musterstadt.example</a></p></div>')
    return (f'<!doctype html><html><head><meta charset="{charset}"><title>Kommunales Integrationszentrum Musterstadt'
            '</title></head><body><main><h1>Kommunales Integrationszentrum Musterstadt</h1>'
            '<p>Das Kommunale Integrationszentrum berät Zugewanderte, Schulen und Vereine. Wir fördern Bildung, '
            f'Übergänge und Teilhabe für alle Menschen in Musterstadt.</p>{contact}<h2>Team</h2>{people}{extra}'
            '</main></body></html>\n')


# The extractor before an upgrade: the real one with its head rule switched off and another
# fingerprint, loaded into the real `kiwatch crawl` child process as a sitecustomize module.
OLD_RULES = '''
import dataclasses
import kiwatch.pipelines.fingerprint as fingerprint
fingerprint.extractor_fingerprint = lambda: "old-rules"
from kiwatch.pipelines.extract import page
_fill = page.fill
def fill(read, hints=None):  # the old rules did not see who leads the centre
    record = _fill(read, hints)
    return dataclasses.replace(record, people=[dataclasses.replace(p, is_head=False) for p in record.people])
page.fill = fill
'''


def kiwatch(*args: str, env: dict[str, str] | None = None, timeout: float = 120,
            stdin=None) -> subprocess.CompletedProcess:
    """The real command line in a child process (the Twisted reactor runs once per process)."""
    child_env = {k: v for k, v in os.environ.items() if not k.startswith("KIWATCH_")}
    child_env.update(FAST_ENV)
    child_env.update({"KIWATCH_DOWNLOAD_DELAY": "0", "KIWATCH_AUTOTHROTTLE": "off",
                      "KIWATCH_EXTRACTION_WORKERS": "0", "KIWATCH_RETRY_TIMES": "0"})
    child_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "kiwatch", *args], cwd=REPO, env=child_env,
                          capture_output=True, text=True, timeout=timeout, stdin=stdin)


@functools.cache
def migrated_sqlite() -> Path:
    """A SQLite file built by `alembic upgrade head` once per test process (removed at its exit)."""
    folder = tempfile.mkdtemp(prefix="kiwatch-schema-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = Path(folder) / "kiwatch.sqlite"
    upgrade(f"sqlite:///{path}")
    return path


class Watch:
    """One synthetic centre (or several) on a DevServer, a registry file and a SQLite database.

    The SQLite database starts as a copy of one migrated once (migrated_sqlite), so that each
    test's first crawl does not build the schema again; how a crawl creates and migrates a
    database of its own is tested apart (test_registry, test_startup, test_crawl_startup)."""

    def __init__(self, tmp: Path, slugs: tuple[str, ...] = ("musterstadt",), db_url: str | None = None,
                 registry_extra: dict | None = None):
        self.tmp = tmp
        self.root = tmp / "site"
        self.root.mkdir(parents=True, exist_ok=True)
        self.srv = DevServer(self.root).start()
        if db_url is None:
            path = tmp / "kiwatch.sqlite"
            if not path.exists():
                shutil.copy(migrated_sqlite(), path)  # with its owner-only mode, as kiwatch creates it
            db_url = f"sqlite:///{path}"
        self.db = db_url
        self.slugs = slugs
        self.sites = write_registry(tmp / "sites.toml", [
            {"slug": s, "start_urls": [self.srv.url(f"/{s}/index.html")], **(registry_extra or {})} for s in slugs])

    def put(self, html: str | bytes, slug: str | None = None, name: str = "index.html") -> None:
        path = self.root / (slug or self.slugs[0]) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(html if isinstance(html, bytes) else html.encode("utf-8"))

    def crawl(self, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        return kiwatch("crawl", "--sites", str(self.sites), "--db", self.db, "--allow-private-hosts",
                       "--quiet", "--lang", "en", *args, env=env)

    def crawl_old_rules(self, *args: str) -> subprocess.CompletedProcess:
        """A crawl by the extractor before an upgrade (OLD_RULES); a plain `crawl` afterwards is the upgrade."""
        old = self.tmp / "old-rules"
        if not old.exists():
            old.mkdir()
            (old / "sitecustomize.py").write_text(OLD_RULES)
        return self.crawl(*args, env={"PYTHONPATH": str(old)})

    def changes(self, *args: str) -> list[dict]:
        proc = kiwatch("changes", "--db", self.db, "--format", "json", *args)
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout)

    def status(self, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        return kiwatch("status", "--db", self.db, "--lang", "en", *args, env=env)

    def close(self) -> None:
        self.srv.stop()


def read_by_old_rules(tmp: Path, db_url: str | None = None) -> Watch:
    """A centre whose contact page was crawled once by the old rules (no head read); every later
    run downloads every body (a 304 is read by no extractor), so the next plain crawl re-reads it."""
    w = Watch(tmp, db_url=db_url)
    w.srv.validators = False
    w.put(contact_page())
    proc = w.crawl_old_rules()
    if proc.returncode != 0:
        w.close()
        raise AssertionError(f"the crawl by the old rules failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    return w
