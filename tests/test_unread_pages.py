"""A page that cannot be read in a run (a 404 not confirmed yet, a 500, a timeout) does not hold
its centre back: what the other pages changed is reported in the run it changed, as one
old → new change even where the unread page's last version still shows the old value (a
contact box repeated on every page); what the unread page alone said is neither lost nor
reported twice — it stays until the page is read again, or goes with the confirmed removal.

Real `kiwatch crawl` runs over 127.0.0.1 into a real SQLite file (and PostgreSQL), read back
with `kiwatch changes` / `kiwatch history`. The centre, its people and addresses are invented.
"""

from __future__ import annotations

import json
import uuid

import pytest

from tests.watchhelp import Watch, contact_page, kiwatch

INDEX = ("<!doctype html><html><head><meta charset=\"utf-8\"><title>Kommunales Integrationszentrum Musterstadt</title>"
         "</head><body><main><h1>Kommunales Integrationszentrum Musterstadt</h1><p>Wir beraten Zugewanderte, Schulen "
         "und Vereine in Musterstadt.</p><ul><li><a href=\"kontakt.html\">Kontakt</a></li>"
         "<li><a href=\"projekt.html\">Projekt Brückenbauer</a></li></ul></main></body></html>\n")


def project_page(street: str = "Lindenallee 12") -> str:
    """A project page with a fact of its own (the project's mailbox) and the centre's address in
    its footer, as many municipal templates repeat it on every page."""
    return ("<!doctype html><html><head><meta charset=\"utf-8\"><title>Projekt Brückenbauer – Kommunales "
            "Integrationszentrum Musterstadt</title></head><body><main><h1>Projekt Brückenbauer</h1><p>Im Projekt "
            "Brückenbauer begleiten Ehrenamtliche neu zugewanderte Familien bei ihren ersten Wegen in Musterstadt.</p>"
            "<p>Fragen zum Projekt: <a href=\"mailto:brueckenbauer@musterstadt.example\">"
            "brueckenbauer@musterstadt.example</a></p></main><footer><p>Kommunales Integrationszentrum<br>"
            f"{street}<br>99998 Musterstadt</p></footer></body></html>\n")


PROJECT_PATH = "/musterstadt/projekt.html"


def facts(changes: list[dict]) -> list[tuple[str, str, str]]:
    return sorted((c["kind"], c["old"], c["new"]) for c in changes if c["kind"] != "content")


def emails(watch: Watch) -> set[str]:
    proc = kiwatch("history", "musterstadt", "--db", watch.db, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return {f["value"] for f in json.loads(proc.stdout)["facts"] if f["field"] == "email"}


@pytest.fixture(params=["sqlite", "postgres"])
def site(tmp_path, request):
    db_url = None if request.param == "sqlite" else request.getfixturevalue("postgres").create_database(
        f"unread_{uuid.uuid4().hex[:12]}")
    w = Watch(tmp_path, db_url=db_url)
    w.put(INDEX)
    w.put(contact_page(), name="kontakt.html")
    w.put(project_page(), name="projekt.html")
    assert w.crawl().returncode == 0  # the baseline
    yield w
    w.close()


LABEL = " (Kommunales Integrationszentrum)"
MOVE = ("address", "Lindenallee 12, 99998 Musterstadt" + LABEL, "Hafenstraße 3, 99998 Musterstadt" + LABEL)


def test_a_change_beside_a_page_answering_404_is_reported_in_its_run_and_the_removal_once_confirmed(site):
    site.put(contact_page(street="Hafenstraße 3"), name="kontakt.html")
    (site.root / "musterstadt" / "projekt.html").unlink()  # 404 from now on
    site.crawl()
    assert facts(site.changes()) == [MOVE]  # in the run it happened, paired, although the 404 page says the old one
    assert "brueckenbauer@musterstadt.example" in emails(site)  # the unread page's own fact stays until confirmed
    site.crawl()  # the second 404 confirms the removal
    assert facts(site.changes()) == sorted([
        MOVE, ("page_removed", site.srv.url(PROJECT_PATH), ""),
        ("contact", "brueckenbauer@musterstadt.example", "")])  # its own fact goes with it; nothing twice
    site.crawl()
    assert len([c for c in site.changes() if c["kind"] != "content"]) == 3


@pytest.mark.parametrize("status", [500, 503])
def test_a_change_beside_a_page_failing_once_is_reported_on_time_and_nothing_is_lost(site, status):
    site.put(contact_page(street="Hafenstraße 3"), name="kontakt.html")
    site.put(project_page(street="Hafenstraße 3"), name="projekt.html")  # the template changed everywhere …
    site.srv.answers[PROJECT_PATH] = (status, b"Wartungsarbeiten")  # … but this page fails tonight
    site.crawl()
    assert facts(site.changes()) == [MOVE]
    assert "brueckenbauer@musterstadt.example" in emails(site)  # not lost while the page fails
    del site.srv.answers[PROJECT_PATH]
    site.crawl()  # read again: it says what the others say, and its own fact as before
    assert facts(site.changes()) == [MOVE]
    assert "brueckenbauer@musterstadt.example" in emails(site)


def test_a_page_read_again_with_its_old_footer_brings_its_address_back(site):
    """Nothing is hidden: the failing page still showed the old address when it came back
    (a stale template), so that address is stated again and reported as such."""
    site.put(contact_page(street="Hafenstraße 3"), name="kontakt.html")
    site.srv.answers[PROJECT_PATH] = (500, b"Wartungsarbeiten")
    site.crawl()
    assert facts(site.changes()) == [MOVE]
    del site.srv.answers[PROJECT_PATH]
    site.crawl()  # the same bytes as before the failure: the profile is rebuilt all the same
    assert facts(site.changes()) == sorted([MOVE, ("address", "", "Lindenallee 12, 99998 Musterstadt" + LABEL)])
