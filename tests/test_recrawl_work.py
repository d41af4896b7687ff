"""A re-crawl does only the work that can change what is detected (issue 11): a dead link
that never gave a page does not make the centre's profile be rebuilt, while a page with facts
that answers 404 still does. Real `kiwatch crawl` runs over 127.0.0.1 into a real SQLite file;
what is asserted is what the run recorded, never a time."""

from __future__ import annotations

import json
import sqlite3

from tests.watchhelp import Watch, contact_page

WORKERS = {"KIWATCH_EXTRACTION_WORKERS": "1"}  # the real path: extraction in a worker process


def index(*links: tuple[str, str]) -> str:
    anchors = "".join(f'<li><a href="{href}">{label}</a></li>' for href, label in links)
    return ("<!doctype html><html><head><title>Kommunales Integrationszentrum</title></head><body><main>"
            "<h1>Kommunales Integrationszentrum Musterstadt</h1><p>Wir beraten Zugewanderte, Schulen und "
            f"Vereine in Musterstadt und fördern Bildung und Teilhabe.</p><ul>{anchors}</ul></main></body></html>\n")


def last_run(watch: Watch) -> tuple[str | None, dict]:
    """(the centre's profile verdict, the run's CPU summary) of the newest run."""
    with sqlite3.connect(watch.db.removeprefix("sqlite:///")) as con:
        run_id, summary = con.execute("SELECT id, summary FROM runs ORDER BY id DESC LIMIT 1").fetchone()
        verdict = con.execute("SELECT profile_verdict FROM centre_runs WHERE run_id = ?", (run_id,)).fetchone()[0]
    return verdict, json.loads(summary)["cpu"]


def test_a_dead_link_does_not_rebuild_the_profile_a_page_with_facts_answering_404_does(tmp_path):
    watch = Watch(tmp_path)
    try:
        watch.put(index(("kontakt.html", "Kontakt"), ("team.html", "Unser Team")))
        watch.put(contact_page(), name="kontakt.html")  # team.html is never there: a dead link
        assert watch.crawl(env=WORKERS).returncode == 0
        assert last_run(watch)[0] == "baseline"
        assert watch.crawl(env=WORKERS).returncode == 0  # the same bytes, the same 404
        assert last_run(watch)[0] is None  # the profile was left as it was: nothing in it can have changed
        (watch.root / "musterstadt" / "kontakt.html").unlink()  # the page with the facts is gone
        assert watch.crawl(env=WORKERS).returncode == 0
        assert last_run(watch)[0] is not None  # looked at: its removal waits for confirmation
        assert watch.crawl(env=WORKERS).returncode == 0
        assert "page_removed" in [c["kind"] for c in watch.changes()]
    finally:
        watch.close()
