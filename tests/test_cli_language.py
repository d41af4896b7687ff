"""What people read on the command line, in German (default) and English: every command's
help, the overview, --version, --lang before or after the command, errors, the output of
crawl, changes, centres and status, and shell completion."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiwatch.cli import build_parser, main
from kiwatch.demo import demo_root, write_demo_registry
from kiwatch.devserver import DevServer
from kiwatch.i18n import KINDS, command_doc, has

FAST = {"KIWATCH_DOWNLOAD_DELAY": "0", "KIWATCH_AUTOTHROTTLE": "false", "COLUMNS": "80"}


def commands() -> list[str]:
    sub = next(a for a in build_parser("en")._actions if isinstance(a, argparse._SubParsersAction))
    return list(sub.choices)


def kiwatch(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiwatch", *args], env={**os.environ, **FAST, **(env or {})},
                          capture_output=True, text=True, timeout=300)


def help_of(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as stop:
        main(list(argv))
    assert stop.value.code == 0
    return capsys.readouterr().out


def test_every_help_text_has_a_german_translation():
    missing = []

    def known(text: str) -> bool:  # the English text is the msgid; {kinds} was filled in
        return has("de", text.replace(KINDS, "{kinds}"))

    def walk(parser: argparse.ArgumentParser, name: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                missing.extend(f"{name} {c.dest}: {c.help!r}" for c in action._choices_actions if not known(c.help))
                for sub_name, sub in action.choices.items():
                    walk(sub, sub_name)
                continue
            text = action.help
            if text is None or not known(text):
                missing.append(f"{name} {action.option_strings or action.dest}: {text!r}")
            if isinstance(action.metavar, str) and not known(action.metavar):
                missing.append(f"{name} metavar {action.metavar}")

    walk(build_parser("en"), "kiwatch")
    assert missing == []
    assert all(command_doc("de", c) and command_doc("en", c) for c in commands())


@pytest.mark.parametrize("command", commands())
def test_each_command_help_has_description_and_example_in_both_languages(capsys, command):
    german = help_of(capsys, command, "--help")
    description, example = command_doc("de", command)
    assert german.startswith("Aufruf: kiwatch " + command)
    assert "Optionen:" in german and "diese Hilfe zeigen und beenden" in german
    assert " ".join(description.split()[:4]) in " ".join(german.split())
    assert f"Beispiel:\n  {example}" in german
    english = help_of(capsys, command, "--help", "--lang", "en")
    assert english.startswith("usage: kiwatch " + command)
    assert f"Example:\n  {command_doc('en', command)[1]}" in english
    assert "show this help message and exit" in english


def test_lang_is_accepted_before_and_after_the_command(capsys):
    before = help_of(capsys, "--lang", "en", "changes", "--help")
    after = help_of(capsys, "changes", "--help", "--lang", "en")
    assert before == after and before.startswith("usage:")
    os.environ["KIWATCH_LANG"] = "en"
    try:
        assert help_of(capsys, "changes", "--help").startswith("usage:")
    finally:
        del os.environ["KIWATCH_LANG"]


def test_kiwatch_alone_gives_an_overview_and_version_works(capsys):
    assert main([]) == 0
    overview = capsys.readouterr().out
    assert "Befehle:" in overview and "Beispiele:" in overview
    for command in commands():
        assert f"\n  {command} " in overview
    assert main(["--lang", "en"]) == 0
    assert "Commands:" in capsys.readouterr().out
    version = help_of(capsys, "--version")
    assert version.startswith("kiwatch ") and version.strip().split()[1][0].isdigit()


def test_errors_are_in_the_users_language(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'k.sqlite'}"
    assert main(["changes", "--since", "31.02.2026", "--db", db]) == 2
    assert "erwartet wird ein Datum wie 2024-01-31 oder 31.01.2024" in capsys.readouterr().err
    assert main(["crawl", "--site", "duisbrug", "--db", db]) == 2
    assert "Fehler: Zentrum unbekannt: 'duisbrug' (gemeint ist wohl 'duisburg')" in capsys.readouterr().err
    assert main(["--lang", "en", "crawl", "--site", "duisbrug", "--db", db]) == 2
    assert "Error: unknown centre 'duisbrug' (did you mean 'duisburg'?)" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["crawl", "--no-such-option"])
    assert "Fehler: unbekannte Angaben: --no-such-option" in capsys.readouterr().err


def test_database_and_settings_errors_in_both_languages(tmp_path, capsys):
    """Storage errors, --db / KIWATCH_DATABASE_URL values and settings speak the user's language;
    what SQLite itself says stays as the detail in brackets."""
    garbage = tmp_path / "not-a-db.sqlite"
    garbage.write_bytes(b"this is no database file " * 200)
    cases = [
        (["changes", "--db", f"sqlite:///{garbage}"],
         "ist nicht benutzbar: sie ist beschädigt oder keine kiwatch-Datenbank; eine Sicherung zurückspielen",
         "cannot be used: it is corrupt or not a kiwatch database; restore a backup"),
        (["status", "--db", "kiwatch.sqlite"],
         "Datenbank 'kiwatch.sqlite' ist keine Datenbank-URL; zum Beispiel sqlite:///kiwatch.sqlite (relativ)",
         "database 'kiwatch.sqlite' is not a database URL; write e.g. sqlite:///kiwatch.sqlite (relative)"),
        (["status", "--db", "mysql://ki@127.0.0.1/kiwatch"],
         "kiwatch speichert in SQLite oder PostgreSQL, nicht in mysql", "stores its data in SQLite or PostgreSQL, not mysql"),
        (["crawl", "--site", "duisburg", "--db", f"sqlite:///{tmp_path / 'not-mounted' / 'k.sqlite'}"],
         f"den Ordner {tmp_path / 'not-mounted'} gibt es nicht (nicht eingehängt? Tippfehler in --db?)",
         f"the directory {tmp_path / 'not-mounted'} does not exist (not mounted? a typo in --db?)"),
        (["subscribe", "a@example", "--db", f"sqlite:///{tmp_path / 'k.sqlite'}"],
         "'a@example' ist keine gültige E-Mail-Adresse (Domain 'example')",
         "'a@example' is not a valid e-mail address (domain 'example')"),
    ]
    for argv, german, english in cases:
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.splitlines()[-1].startswith("kiwatch: Fehler: ") and german in err, err
        assert main([*argv, "--lang", "en"]) == 2
        err = capsys.readouterr().err
        assert err.splitlines()[-1].startswith("kiwatch: Error: ") and english in err, err
    os.environ["KIWATCH_DATABASE_URL"] = "postgres://ki:geheim@127.0.0.1/kiwatch"
    try:
        assert main(["status"]) == 2
        err = capsys.readouterr().err
        assert "postgresql+psycopg:// statt postgres:// schreiben" in err and "geheim" not in err
    finally:
        del os.environ["KIWATCH_DATABASE_URL"]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """The demo archive (2018, then 2023) with one start page that does not exist, crawled
    once in German and once in English into separate databases."""
    tmp = tmp_path_factory.mktemp("lang")
    out = {}
    with DevServer(demo_root() / "2018") as server:
        registry = tmp / "sites.toml"
        write_demo_registry(registry, server)
        text = registry.read_text(encoding="utf-8").replace(
            '/kreis-wesel/kommunales-integrationszentrum/"]',
            f'/kreis-wesel/kommunales-integrationszentrum/", "{server.url("/kreis-wesel/nicht-da/")}"]')
        registry.write_text(text, encoding="utf-8")
        for lang in ("de", "en"):
            db = f"sqlite:///{tmp / (lang + '.sqlite')}"
            server.set_root(demo_root() / "2018")
            kiwatch("crawl", "--sites", str(registry), "--allow-private-hosts", "--db", db, "--lang", lang)
            server.set_root(demo_root() / "2023")
            out[lang] = {"db": db, "crawl": kiwatch("crawl", "--sites", str(registry), "--allow-private-hosts",
                                                    "--db", db, env={"KIWATCH_LANG": lang})}
    return out


def test_crawl_progress_and_summary_in_both_languages(crawled):
    de, en = crawled["de"]["crawl"], crawled["en"]["crawl"]
    assert de.returncode == en.returncode == 0
    assert "nicht gefunden" in de.stderr and "gone" not in de.stderr
    assert "Zusammenfassung des Laufs" in de.stdout and "Seiten" in de.stdout
    assert "kreis-wesel/nicht-da/: nicht gefunden (HTTP 404)" in de.stdout
    assert "gone" in en.stderr and "Run summary" in en.stdout
    assert "kreis-wesel/nicht-da/: gone (HTTP 404)" in en.stdout


def test_changes_text_in_local_time_and_both_languages(crawled):
    de = kiwatch("changes", "--db", crawled["de"]["db"]).stdout
    en = kiwatch("changes", "--db", crawled["de"]["db"], "--lang", "en").stdout
    assert "[hoch] Adresse: Alter Markt 23" in de and "− 0203 2838111" in de
    assert "[high] Address: Alter Markt 23" in en
    assert "+00:00" not in de and "T" not in de.split("(")[-1]
    import re

    assert re.search(r"\(\d\d\.\d\d\.20\d\d \d\d:\d\d\)", de) and re.search(r"\(20\d\d-\d\d-\d\d \d\d:\d\d\)", en)


def test_changes_text_groups_a_centres_contact_changes_like_the_digest(crawled):
    """One heading per centre and kind with every contact change under it (the digest's card);
    the page URL once per centre; CSV and JSON keep one row per change."""
    import csv
    import io
    import json

    db = crawled["de"]["db"]
    events = json.loads(kiwatch("changes", "--db", db, "--format", "json").stdout)
    contact = [e for e in events if e["centre"] == "duisburg" and e["kind"] == "contact"]
    assert len(contact) >= 2  # the demo's Duisburg relaunch drops several phones and e-mails
    for lang, label in (("de", "Kontakt"), ("en", "Contact")):
        text = kiwatch("changes", "--db", db, "--lang", lang).stdout
        duisburg = text.split("Kommunales Integrationszentrum Duisburg\n")[1].split("\n\n")[0].splitlines()
        heading = [n for n, line in enumerate(duisburg) if f"] {label} (" in line]
        assert len(heading) == 1 and duisburg[heading[0]].endswith(f"{label} ({len(contact)})"), duisburg
        below = duisburg[heading[0] + 1: heading[0] + 1 + len(contact)]
        assert all(line.startswith("      ") and line.strip()[0] in "+−" for line in below), below
        assert sum("://" in line for line in duisburg) == 1  # one page: its URL once
    rows = list(csv.reader(io.StringIO(kiwatch("changes", "--db", db, "--format", "csv").stdout.lstrip("\ufeff")),
                           delimiter=";"))
    assert sum(1 for r in rows[1:] if r[-2] == "duisburg" and r[-1] == "contact") == len(contact)


def test_centres_table_fits_80_columns_without_breaking_words_in_both_languages(crawled):
    de = kiwatch("centres", "--db", crawled["de"]["db"]).stdout
    en = kiwatch("centres", "--db", crawled["de"]["db"], "--lang", "en").stdout
    assert max(len(line) for line in de.splitlines()) <= 80
    header = " ".join(de.splitlines()[1:3])
    for column in ("Zentrum", "Reg.-Bezirk", "Status", "Änderung"):
        assert column in header
    assert "District" in en and "Centre" in en
    words = set(de.split())
    for whole in ("Düsseldorf", "Duisburg-Marxloh", "Landstraße"):
        assert whole in words  # never split across lines
    assert any(len(w) == 10 and w[2] == "." and w[5] == "." for w in words)  # a whole local date


def test_status_in_both_languages(crawled):
    de = kiwatch("status", "--db", crawled["de"]["db"]).stdout
    en = kiwatch("status", "--db", crawled["de"]["db"], "--lang", "en").stdout
    assert de.startswith("Datenbank: sqlite:///") and "Letzter Lauf: #2" in de
    assert en.startswith("Database: sqlite:///") and "Last run: #2" in en


def test_shell_completion_completes_commands_and_options(tmp_path):
    script = kiwatch("completion", "bash").stdout
    assert "complete" in script and "kiwatch" in script
    out = tmp_path / "completions"
    line = "kiwatch cha"
    env = {"_ARGCOMPLETE": "1", "COMP_LINE": line, "COMP_POINT": str(len(line)), "_ARGCOMPLETE_IFS": "\n",
           "_ARGCOMPLETE_STDOUT_FILENAME": str(out)}
    kiwatch(env=env)
    assert out.read_text().split() == ["changes"]
    line = "kiwatch changes --for"
    kiwatch(env={**env, "COMP_LINE": line, "COMP_POINT": str(len(line))})
    assert out.read_text().split() == ["--format"]


def test_subscriptions_table_in_both_languages(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'k.sqlite'}"
    assert main(["subscribe", "redaktion@example.org", "--site", "duisburg", "--frequency", "weekly", "--db", db]) == 0
    assert "wöchentlich abonniert (duisburg)" in capsys.readouterr().out
    assert main(["subscriptions", "--db", db]) == 0
    german = capsys.readouterr().out
    assert "Rhythmus" in german and "wöchentlich" in german
    assert main(["--lang", "en", "subscriptions", "--db", db]) == 0
    english = capsys.readouterr().out
    assert "Frequency" in english and "weekly" in english
