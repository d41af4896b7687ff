"""A command pays only for what it uses before it starts working (issue 11, start-up): the
command line imports only the group of the command that runs, a database already at the newest
schema is recognised without alembic, and a crawl loads neither Scrapy components kiwatch
switches off nor the extractor, the dashboard, mail or exports. Time is never asserted here
(that is `make bench`); what is asserted is which libraries a process loaded."""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys

import pytest

from kiwatch import cli
from kiwatch.devserver import DevServer
from kiwatch.storage.db import declared_head, head_revision, open_database
from tests.crawlhelp import REPO, write_registry
from tests.watchhelp import contact_page

# Libraries no crawl needs in its own process (the extractor runs in the workers).
NOT_IN_A_CRAWL = ("aiohttp", "tldextract", "jinja2", "openpyxl", "feedgen", "uvicorn", "starlette", "apscheduler",
                  "kiwatch.web", "kiwatch.notify", "kiwatch.exports", "kiwatch.pipelines.extract.page")


def _loaded_after(code: str, *args: str) -> set[str]:
    """Run `code` in a fresh interpreter; the modules it had loaded at the end."""
    script = code + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    proc = subprocess.run([sys.executable, "-c", script, *args], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return set(json.loads(proc.stdout.strip().splitlines()[-1]))


def _prefixed(loaded: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(n for n in names if any(m == n or m.startswith(n + ".") for m in loaded))


def test_every_command_maps_to_the_group_that_registers_it():
    registered: dict[str, object] = {}
    for group in cli.COMMAND_GROUPS:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        group.register(sub, argparse.ArgumentParser(add_help=False))
        for name in sub.choices:
            registered[name] = group
    assert registered == cli.COMMANDS


@pytest.mark.parametrize("argv, command", [
    (["crawl", "--site", "duisburg"], "crawl"),
    (["--lang", "en", "changes", "--since", "2026-01-01"], "changes"),
    (["--db", "sqlite:///crawl.sqlite", "status"], "status"),  # an option's value is no command
    (["--db=sqlite:///x.sqlite", "-v", "feed"], "feed"),
    (["--sett", "crawl.toml", "centres"], "centres"),  # argparse accepts an abbreviated option
    (["-v"], None),
    (["--version"], None),
    ([], None),
])
def test_the_command_is_found_before_parsing(argv, command):
    assert cli.command_named(argv) == command


def test_a_command_line_for_one_command_parses_as_the_whole_one():
    argv = ["--lang", "en", "crawl", "--site", "duisburg", "--allow-private-hosts", "-q"]
    whole = cli.build_parser("en").parse_args(argv)
    one = cli.build_parser("en", "crawl").parse_args(argv)
    assert vars(one) == vars(whole)


def test_the_crawl_command_line_imports_no_other_command():
    loaded = _loaded_after("from kiwatch.cli import build_parser; build_parser('de', 'crawl')")
    assert "kiwatch.cli.crawl" in loaded
    others = [f"kiwatch.cli.{m}" for m in ("changes", "centres", "serve", "digest", "feed", "users", "run")]
    assert _prefixed(loaded, tuple(others)) == []
    assert _prefixed(loaded, ("openpyxl", "jinja2", "uvicorn", "feedgen", "kiwatch.web", "kiwatch.notify")) == []


def test_the_declared_head_is_alembics():
    assert declared_head() == head_revision()


def test_a_current_database_opens_without_alembic_and_any_other_revision_gets_the_full_check(tmp_path):
    path = tmp_path / "k.sqlite"
    url = f"sqlite:///{path}"
    open_database(url, create=True).dispose()
    code = ("import sys\nfrom kiwatch.core.errors import StorageError\nfrom kiwatch.storage.db import open_database\n"
            "refused = ''\ntry:\n    open_database(sys.argv[1]).dispose()\nexcept StorageError as exc:\n    refused = str(exc)\n")
    assert "alembic" not in _loaded_after(code, url)
    with sqlite3.connect(path) as con:  # a revision this kiwatch does not know (a newer release's)
        con.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    loaded = _loaded_after(code + "assert 'unknown to this kiwatch' in refused, refused", url)
    assert "alembic" in loaded


def test_a_recrawl_that_changed_nothing_loads_only_what_crawling_needs(tmp_path):
    root = tmp_path / "site"
    (root / "ki").mkdir(parents=True)
    (root / "ki" / "index.html").write_text(contact_page(), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'k.sqlite'}"
    code = ("import sys\nfrom kiwatch.cli import main\n"
            "code = main(sys.argv[1:])\nassert code == 0, code")
    with DevServer(root) as srv:
        srv.validators = False  # every run downloads the body: the same bytes, not a 304
        sites = write_registry(tmp_path / "sites.toml", [{"slug": "muster", "start_urls": [srv.url("/ki/index.html")]}])
        argv = ["crawl", "--sites", str(sites), "--db", db, "--allow-private-hosts", "-q"]
        first = _loaded_after(code, *argv)
        again = _loaded_after(code, *argv)
    assert "scrapy" in first and "sqlalchemy" in first
    assert "alembic" in first  # the first run created the schema
    assert _prefixed(again, NOT_IN_A_CRAWL + ("alembic",)) == []



def test_the_tls_aliases_scrapy_defines_at_import_keep_their_modules_names():
    """kiwatch imports Scrapy's HTTP handler with a cheap `inspect.stack`/`getmodule`
    (run.py): the deprecated aliases Scrapy defines there must still be named after the
    module that defines them, and inspect must be itself again afterwards."""
    code = ("import inspect\n"
            "stack, getmodule = inspect.stack, inspect.getmodule\n"
            "import kiwatch.crawlers.run\n"
            "from scrapy.core.downloader import contextfactory, tls\n"
            "assert inspect.stack is stack and inspect.getmodule is getmodule\n"
            "print(tls.ScrapyClientTLSOptions.__module__, contextfactory.ScrapyClientContextFactory.__module__,"
            " contextfactory.AcceptableProtocolsContextFactory.__module__)")
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.split() == ["scrapy.core.downloader.tls", "scrapy.core.downloader.contextfactory",
                                   "scrapy.core.downloader.contextfactory"]


@pytest.mark.parametrize("argv", [[], ["--help"], ["crawl", "--help"]])
def test_the_collector_runs_again_once_the_command_line_is_read(argv):
    """`kiwatch` pauses the garbage collector while its command line loads the command's
    libraries; a command that runs for hours (`kiwatch serve`, `kiwatch run`) must get it back,
    also when reading the command line ends the program (--help)."""
    script = ("import gc, sys\nfrom kiwatch.cli import main\nsys.argv = ['kiwatch', *sys.argv[1:]]\n"
              "try:\n    main()\nexcept SystemExit:\n    pass\n"
              "print(gc.isenabled(), gc.get_freeze_count() > 0, file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", script, *argv], capture_output=True, text=True, cwd=REPO, timeout=60, check=False)
    assert out.stderr.strip().splitlines()[-1] == "True True"
