"""A re-crawl does only the work that can change what is detected (issue 11): a dead link
that never gave a page does not make the centre's profile be rebuilt, while a page with facts
that answers 404 still does; the same bytes whose extraction failed fail again the same way
without an extraction worker, while other bytes of that page are read. Real `kiwatch crawl` runs over 127.0.0.1 into a real SQLite file;
what is asserted is what the run recorded, never a time."""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
from datetime import UTC, datetime

import pytest
from scrapy.http import HtmlResponse
from scrapy.utils.response import get_meta_refresh
from sqlalchemy import func, select

from kiwatch.core.vocab import ExtractionFailureReason, FetchFailureReason, FetchOutcome
from kiwatch.crawlers.middlewares.metarefresh import may_refresh
from kiwatch.crawlers.sink import PipelineSink
from kiwatch.detection import PageWrite, record_fetches
from kiwatch.records import FetchResult
from kiwatch.registry import CentreConfig
from kiwatch.storage.crawlstate import KnownFailure
from kiwatch.storage.models import FetchAttempt
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


ERROR_PAGE = ("<!doctype html><html><head><title>Seite nicht gefunden</title></head><body><h1>Seite nicht gefunden</h1>"
              "<p>Die angeforderte Seite existiert nicht.</p></body></html>\n")


def attempts(watch: Watch, name: str) -> list[tuple[str, str | None, str | None]]:
    with sqlite3.connect(watch.db.removeprefix("sqlite:///")) as con:
        return con.execute("SELECT outcome, reason, detail FROM fetch_attempts WHERE url LIKE ? ORDER BY id",
                           (f"%/{name}",)).fetchall()


def test_the_same_failing_bytes_fail_again_without_an_extraction_worker(tmp_path):
    watch = Watch(tmp_path)
    watch.srv.validators = False  # every run downloads every body, like many municipal CMSs
    try:
        watch.put(index(("kontakt.html", "Kontakt")))
        watch.put(ERROR_PAGE, name="kontakt.html")  # the CMS answers 200 with an error page
        watch.crawl(env=WORKERS)
        first = attempts(watch, "kontakt.html")
        assert [a[:2] for a in first] == [("failed", "soft_error")]
        watch.crawl(env=WORKERS)  # the same bytes again
        _, cpu = last_run(watch)
        assert attempts(watch, "kontakt.html") == first * 2  # the same failure, the same words
        assert {k: v for k, v in cpu["extraction"].items() if v} == {"same_body": 1, "failed": 1}
        assert cpu["stages_ms"]["workers_startup"] == 0 and cpu["stages_ms"]["extract"] == 0  # no worker ran
        watch.put(contact_page(), name="kontakt.html")  # the page is mended: read, not taken for the failure
        assert watch.crawl(env=WORKERS).returncode == 0
        assert attempts(watch, "kontakt.html")[-1][:2] == ("ok", None)
        assert {k: v for k, v in last_run(watch)[1]["extraction"].items() if v} == {"same_body": 1, "fields": 1}
        watch.put(ERROR_PAGE.replace("existiert nicht", "existiert nicht mehr"), name="kontakt.html")
        watch.crawl(env=WORKERS)  # other failing bytes: read (and failing) again
        assert attempts(watch, "kontakt.html")[-1][:2] == ("failed", "soft_error")
        assert last_run(watch)[1]["stages_ms"]["workers_startup"] > 0
    finally:
        watch.close()


def test_no_extraction_worker_outlives_the_crawl(store):
    """The workers end their interpreters while the profiles are diffed, not before; still,
    when the sink has finished none is left running, and what they spent is in the ledger."""
    centre = CentreConfig(slug="muster", name="KI Muster", start_urls=("http://127.0.0.1/ki/",))
    store.sync_centres([centre])
    sink = PipelineSink(store, store.start_run(), [centre], workers=1)
    sink.on_result(FetchResult(centre="muster", url="http://127.0.0.1/ki/", outcome=FetchOutcome.OK, status=200,
                               content_type="text/html", charset="utf-8", body=contact_page().encode(),
                               fetched_at=datetime.now(UTC)))
    assert multiprocessing.active_children()  # the page went to a worker
    tallies = sink.finish()
    assert multiprocessing.active_children() == []
    assert tallies["muster"].changed == 1
    assert sink.cost_summary()["stages_ms"]["extract"] > 0


def test_a_failing_body_is_remembered_once_per_url_newest_first(store):
    """SQLite and PostgreSQL: the failure of a URL is stored with its body key, read back for
    the next crawl, and a newer failure of the same URL replaces it (one row per URL)."""
    store.sync_centres([CentreConfig(slug="muster", name="KI Muster", start_urls=("http://127.0.0.1/ki/",))])
    url = "http://127.0.0.1/ki/leer.html"

    def fail(key: str, reason: ExtractionFailureReason, detail: str) -> None:
        result = FetchResult(centre="muster", url=url, outcome=FetchOutcome.FAILED, status=200, reason=reason,
                             detail=detail, fetched_at=datetime.now(UTC))
        record_fetches(store, store.start_run(), [PageWrite(result, failure=KnownFailure(key, reason, detail))])

    assert store.crawl_state(["muster"]).failures == {}
    fail("a" * 64, ExtractionFailureReason.EMPTY_CONTENT, "only 11 characters of visible text")
    assert store.crawl_state(["muster"]).failures == {("muster", url): KnownFailure(
        "a" * 64, ExtractionFailureReason.EMPTY_CONTENT, "only 11 characters of visible text")}
    fail("b" * 64, ExtractionFailureReason.SOFT_ERROR, "error page: Seite nicht gefunden")
    assert store.crawl_state(["muster", "andere"]).failures == {("muster", url): KnownFailure(
        "b" * 64, ExtractionFailureReason.SOFT_ERROR, "error page: Seite nicht gefunden")}
    assert store.crawl_state(["andere"]).failures == {}


REFRESH_BODIES = [
    b'<html><head><meta http-equiv="refresh" content="0; url=/neu.html"></head><body>x</body></html>',
    b'<html><head><META HTTP-EQUIV="Refresh" CONTENT="5;URL=http://other.example/"></head></html>',
    b'<html><head><meta content="0; url=/neu.html" http-equiv="REFRESH"></head></html>',
    b'<html><head><meta http-equiv="&#114;efresh" content="0; url=/neu.html"></head></html>',
    b'<html><head><meta http-equiv="&#x72;&#x65;fresh" content="0; url=/neu.html"></head></html>',
    '<html><head><meta http-equiv="refresh" content="0; url=/neu.html"></head></html>'.encode("utf-16"),
    '<html><head><title>Übersicht - Straße</title><meta http-equiv="refresh" content="1; url=/ü.html"></head></html>'.encode("latin-1"),
    b'<html><head><title>' + "ä".encode() * 4000 + b'</title><meta http-equiv="refresh" content="0; url=/n.html"></head></html>',
    b'<html><head><title>Kontakt</title></head><body><p>Kein Weiterleiten hier.</p></body></html>',
    b'<html><head><title>Kontakt &amp; Team</title></head><body><p>Telefon &ndash; 123</p></body></html>',
]


@pytest.mark.parametrize("body", REFRESH_BODIES)
def test_a_page_passed_over_for_a_refresh_tag_has_none_as_scrapy_reads_it(body):
    """The meta-refresh middlewares skip decoding a page where may_refresh sees no refresh tag;
    Scrapy's own reading of the same page must then find none either."""
    charset = "utf-16" if body.startswith(b"\xff\xfe") else "latin-1" if b"\xdc" in body else "utf-8"
    response = HtmlResponse("http://127.0.0.1/ki/index.html", body=body, headers={"Content-Type": f"text/html; charset={charset}"})
    assert may_refresh(body) or get_meta_refresh(response, ignore_tags=["noscript"]) == (None, None)
    if b"efresh" in body.lower() or b"e\x00f\x00r\x00" in body:
        assert may_refresh(body)


def test_the_refresh_answer_is_for_the_body_asked_about():
    """Both meta-refresh middlewares ask about each HTML response in turn and the answer is
    remembered for that body: a page after it, even of the same length and bytes but one, gets
    its own answer, never the one before."""
    with_tag = b'<html><head><meta http-equiv="refresh" content="0; url=/n.html"></head></html>'
    without = with_tag.replace(b"refresh", b"keyword")
    assert len(with_tag) == len(without)
    for body, expected in [(with_tag, True), (with_tag, True), (without, False), (without, False), (with_tag, True),
                           (bytes(without), False), (b"", False), (with_tag[:], True)]:
        assert may_refresh(body) is expected


def test_a_meta_refresh_within_the_site_is_still_followed(tmp_path):
    """The refresh tag is looked for only where it can be, but where it is, it is followed."""
    watch = Watch(tmp_path)
    try:
        watch.put('<!doctype html><html><head><title>Weiter</title><META HTTP-EQUIV="Refresh" '
                  'CONTENT="0; URL=kontakt.html"></head><body><p>Sie werden weitergeleitet.</p></body></html>')
        watch.put(contact_page(), name="kontakt.html")
        assert watch.crawl().returncode == 0
        assert "/musterstadt/kontakt.html" in {r.path for r in watch.srv.requests}
        with sqlite3.connect(watch.db.removeprefix("sqlite:///")) as con:
            records = [r for (r,) in con.execute("SELECT record FROM snapshots")]
        assert any("Lindenallee 12" in r for r in records)  # the facts of the page refreshed to
    finally:
        watch.close()


def test_pages_arriving_together_are_stored_in_batches_of_at_most_batch_and_none_is_lost(store, monkeypatch):
    """The storage thread gathers what arrives within LINGER into one transaction of at most
    BATCH pages, looking at the queue now and then instead of being woken by every page; pages
    put right before the end mark, and those beyond a full batch, are all stored."""
    from kiwatch.crawlers import sink as sink_module

    centre = CentreConfig(slug="muster", name="KI Muster", start_urls=("http://127.0.0.1/ki/",))
    store.sync_centres([centre])
    sink = PipelineSink(store, store.start_run(), [centre], workers=0)
    sizes: list[int] = []
    record = sink.writer.record
    monkeypatch.setattr(sink.writer, "record", lambda writes, known: sizes.append(len(writes)) or record(writes, known))
    monkeypatch.setattr(sink_module, "LINGER", 5.0)  # every page below arrives within one linger
    pages = 2 * sink_module.BATCH + 7
    for i in range(pages):  # failures: stored without extraction
        sink.on_result(FetchResult(centre="muster", url=f"http://127.0.0.1/ki/p{i}.html", outcome=FetchOutcome.FAILED,
                                   status=503, reason=FetchFailureReason.HTTP_ERROR, detail="HTTP 503",
                                   fetched_at=datetime.now(UTC)))
    tallies = sink.finish()
    assert tallies["muster"].pages == tallies["muster"].failed == pages
    assert sizes == [sink_module.BATCH, sink_module.BATCH, 7]
    with store.factory() as s:
        assert s.scalar(select(func.count()).select_from(FetchAttempt)) == pages
