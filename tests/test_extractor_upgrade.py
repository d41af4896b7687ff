"""An extractor upgrade is not a change of the page: a page whose bytes did not change, or
changed only in noise, raises no event when new rules read it better; a page with a real edit
reports that edit alone. The old version stays as it was read; the new reading of its body is
stored beside it as a re-reading.

The "old extractor" is the real one with its head rule switched off and another fingerprint,
loaded into the real `kiwatch crawl` child process by a sitecustomize module (tests/watchhelp.py:
OLD_RULES, read_by_old_rules); the upgrade is the next crawl without it. Real crawls over
127.0.0.1 into SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import create_engine, text

from tests.test_unread_pages import INDEX, MOVE, PROJECT_PATH, facts, project_page
from tests.watchhelp import Watch, contact_page, kiwatch, read_by_old_rules


@pytest.fixture(params=["sqlite", "postgres"])
def site(tmp_path, request):
    db_url = None if request.param == "sqlite" else request.getfixturevalue("postgres").create_database(
        f"upgrade_{uuid.uuid4().hex[:12]}")
    w = read_by_old_rules(tmp_path, db_url)  # the baseline
    assert head(w) == set()
    yield w
    w.close()


def head(watch: Watch) -> set[str]:
    proc = kiwatch("history", "musterstadt", "--db", watch.db, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return {f["value"] for f in json.loads(proc.stdout)["facts"] if f["field"] == "head"}


def versions(watch: Watch) -> list[tuple[int, bool, bool]]:
    """(id, re-reading of the version before, has a head in its record) of the page's versions."""
    engine = create_engine(watch.db)
    try:
        with engine.connect() as con:
            rows = con.execute(text("SELECT id, reread_of, record FROM snapshots ORDER BY id")).all()
    finally:
        engine.dispose()
    out = []
    for snapshot_id, reread_of, record in rows:
        record = json.loads(record) if isinstance(record, str) else record
        out.append((snapshot_id, reread_of, any(p["is_head"] for p in record["people"])))
    return out


@pytest.mark.parametrize("bytes_", ["identical", "noise only"])
def test_an_upgrade_on_unchanged_content_raises_no_event_and_keeps_both_readings(site, bytes_):
    if bytes_ == "noise only":
        site.put(contact_page(extra="<!-- Seitenaufrufe: 48213 -->\n"))
    assert site.crawl().returncode == 0  # the upgrade: today's rules
    assert site.changes() == []
    assert head(site) == {"Anna Beispiel"}  # the new reading is the centre's state
    (first, _, first_head), (_, reread_of, second_head) = versions(site)
    assert (first_head, reread_of, second_head) == (False, first, True)  # the old reading kept, the new one beside it
    assert site.crawl().returncode == 0
    assert site.changes() == [] and len(versions(site)) == 2


def test_an_upgrade_with_a_real_edit_reports_the_edit_alone(site):
    site.put(contact_page(street="Hafenstraße 3"))
    assert site.crawl().returncode == 0
    assert [(c["kind"], c["old"], c["new"]) for c in site.changes() if c["kind"] != "content"] == [
        ("address", "Lindenallee 12, 99998 Musterstadt (Kommunales Integrationszentrum)",
         "Hafenstraße 3, 99998 Musterstadt (Kommunales Integrationszentrum)")]
    content = [c for c in site.changes() if c["kind"] == "content"]
    assert len(content) <= 1 and all("Anna" not in c["evidence"] for c in content)
    assert head(site) == {"Anna Beispiel"}
    (first, _, _), (reread, reread_of, _), (_, after, _) = versions(site)
    assert reread_of == first and after is None


def test_an_upgrade_in_the_run_that_confirms_a_removal_reports_the_removal_alone(tmp_path):
    """The run before, a page answered 404 and stood in only for what it alone said (the move
    of the address was reported then); the upgrade arrives with the confirmation: the removal
    and the page's own fact are reported, neither the old address again nor the head the new
    rules read."""
    w = Watch(tmp_path)
    w.srv.validators = False
    try:
        w.put(INDEX)
        w.put(contact_page(), name="kontakt.html")
        w.put(project_page(), name="projekt.html")
        assert w.crawl_old_rules().returncode == 0
        w.put(contact_page(street="Hafenstraße 3"), name="kontakt.html")
        (w.root / "musterstadt" / "projekt.html").unlink()
        w.crawl_old_rules()
        assert facts(w.changes()) == [MOVE]
        w.crawl()  # today's rules; the second 404 confirms the removal
        assert facts(w.changes()) == sorted([MOVE, ("page_removed", w.srv.url(PROJECT_PATH), ""),
                                             ("contact", "brueckenbauer@musterstadt.example", "")])
        assert head(w) == {"Anna Beispiel"}
    finally:
        w.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_an_upgrade_reads_the_old_body_in_the_charset_it_was_served_with(tmp_path, request, backend):
    """The page was served as windows-1250 (declared in the header only, as many CMSs do) and
    the site has moved to UTF-8 since, with a real edit. The upgrade re-reads the old body as
    it was served: the head's name is the same then and now, so the edit alone is reported (read
    with the new fetch's UTF-8 the old 'Ł' would be another character, and the head a change)."""
    db_url = None if backend == "sqlite" else request.getfixturevalue("postgres").create_database(
        f"charset_{uuid.uuid4().hex[:12]}")
    w = Watch(tmp_path, db_url=db_url)
    team = (("Łucja Wróbel", "Leitung", "10", "lucja.wrobel"), ("Jörg Müßig", "Sachbearbeitung Bildung", "11", "joerg.muessig"))
    path = "/musterstadt/index.html"

    def served(street: str, charset: str) -> tuple[int, bytes, dict[str, str]]:
        html = contact_page(street=street, team=team).replace('<meta charset="utf-8">', "")
        return 200, html.encode(charset), {"Content-Type": f"text/html; charset={charset}"}

    try:
        w.srv.answers[path] = served("Lindenallee 12", "windows-1250")
        assert w.crawl_old_rules().returncode == 0  # read by the old rules, no head
        w.srv.answers[path] = served("Hafenstraße 3", "utf-8")
        assert w.crawl().returncode == 0  # the upgrade, on the site's new encoding
        assert [(c["kind"], c["new"]) for c in w.changes() if c["kind"] != "content"] == [
            ("address", "Hafenstraße 3, 99998 Musterstadt (Kommunales Integrationszentrum)")]
        assert head(w) == {"Łucja Wróbel"}
        engine = create_engine(w.db)
        try:
            with engine.connect() as con:
                rows = con.execute(text("SELECT reread_of, record FROM snapshots ORDER BY id")).all()
        finally:
            engine.dispose()
        [reread] = [json.loads(r) if isinstance(r, str) else r for of, r in rows if of is not None]
        assert "Łucja Wróbel" in reread["main_text"]  # the re-reading of the old body, decoded as served
    finally:
        w.close()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_crawl_summary_says_an_upgrade_reread_pages_not_that_they_are_new(tmp_path, lang):
    """After an upgrade the unchanged page is read anew: the summary counts it as re-read, not
    among the new or changed pages, and says in the user's language what that means; the
    stored run summary counts it the same way."""
    w = read_by_old_rules(tmp_path)
    try:
        proc = kiwatch("crawl", "--sites", str(w.sites), "--db", w.db, "--allow-private-hosts", "--quiet",
                       *(["--lang", "en"] if lang == "en" else []), env={"COLUMNS": "160"})
        assert proc.returncode == 0, proc.stderr
        assert w.changes() == []
        header = next(line for line in proc.stdout.splitlines() if "┃" in line)
        row = next(line for line in proc.stdout.splitlines() if "musterstadt" in line)
        cells = dict(zip([c.strip() for c in header.split("┃")], [c.strip() for c in row.split("│")], strict=True))
        new, reread, same = ("neu", "neu gelesen", "gleich") if lang == "de" else ("new", "re-read", "same")
        assert (cells[new], cells[reread], cells[same]) == ("0", "1", "0")
        note = ("Neu gelesen: 1 Seite(n) nach einer Aktualisierung der Auswertungsregeln" if lang == "de"
                else "Re-read: 1 page(s) after an update of the extraction rules")
        assert note in " ".join(proc.stdout.split())
        engine = create_engine(w.db)
        try:
            with engine.connect() as con:
                summary = con.execute(text("SELECT summary FROM runs ORDER BY id DESC LIMIT 1")).scalar_one()
        finally:
            engine.dispose()
        tally = (json.loads(summary) if isinstance(summary, str) else summary)["centres"]["musterstadt"]
        assert (tally["pages"], tally["changed"], tally["reread"], tally["unchanged"]) == (1, 0, 1, 0)
    finally:
        w.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_an_upgrade_reads_a_body_served_without_a_charset_as_it_was_read_then(tmp_path, request, backend):
    """The page was served in windows-1250 with the charset in its <meta> only (no charset in the
    Content-Type header); since then the site declares ISO-8859-2 in the header and its bytes
    follow it, with a real edit. The upgrade re-reads the old body as it was served, without a
    declared charset: its <meta> decides. Read with the new header's ISO-8859-2 instead, the old
    'Š' and 'Ž' would be other characters and the head a change."""
    db_url = None if backend == "sqlite" else request.getfixturevalue("postgres").create_database(
        f"nocharset_{uuid.uuid4().hex[:12]}")
    w = Watch(tmp_path, db_url=db_url)
    team = (("Šárka Žáková", "Leitung", "10", "sarka.zakova"), ("Jörg Müßig", "Sachbearbeitung Bildung", "11", "joerg.muessig"))
    path = "/musterstadt/index.html"

    def served(street: str, charset: str, header: str) -> tuple[int, bytes, dict[str, str]]:
        return 200, contact_page(street=street, team=team, charset=charset).encode(charset), {"Content-Type": header}

    try:
        w.srv.answers[path] = served("Lindenallee 12", "windows-1250", "text/html")
        assert w.crawl_old_rules().returncode == 0  # read by the old rules, no head
        w.srv.answers[path] = served("Hafenstraße 3", "iso-8859-2", "text/html; charset=iso-8859-2")
        assert w.crawl().returncode == 0  # the upgrade, on the site's new encoding
        assert [(c["kind"], c["new"]) for c in w.changes() if c["kind"] != "content"] == [
            ("address", "Hafenstraße 3, 99998 Musterstadt (Kommunales Integrationszentrum)")]
        assert head(w) == {"Šárka Žáková"}
    finally:
        w.close()
