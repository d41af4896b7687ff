"""A re-crawl of pages that differ only in noise (another counter, date stamp, teaser list,
session id) runs the document layer but not the field rules: the page reads as its current
snapshot did (the reading key, kiwatch/pipelines/extract/reading.py). What the user relies on:
such a re-crawl stores no new version, while a real change next to the noise, a new kiwatch
version or changed site hints are still read, and a failing page never turns into an
unchanged one. Crawls over a real HTTP server on 127.0.0.1, with the extraction workers."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timezone

from sqlalchemy import create_engine, text

import kiwatch
from kiwatch.core.vocab import FetchOutcome, PageVerdict
from kiwatch.detection import PageWrite, record_fetches
from kiwatch.pipelines import fingerprint
from kiwatch.pipelines.extract import reading
from kiwatch.pipelines.extract.page import read
from kiwatch.pipelines.extract.reading import reading_key
from kiwatch.pipelines.pdftext import pdf_to_text
from kiwatch.pipelines import worker
from kiwatch.pipelines.worker import body_key, extract_page
from kiwatch.records import FetchResult
from kiwatch.registry import CentreConfig
from kiwatch.devserver import DevServer
from bench.pdf import make_pdf
from tests.watchhelp import contact_page, kiwatch as run_kiwatch

WORKERS = {"KIWATCH_EXTRACTION_WORKERS": "1"}  # the real path: a worker process reads the page


def _noise(n: int) -> str:
    """What changes on every visit of a municipal page: a stamp, a counter, a rotating teaser
    list (its links lead out of the centre's pages) and a session id in the links."""
    teasers = "".join(f'<li><a href="/portal/news/{n}-{i}.html?sid={n:032x}">Meldung {n}-{i} aus dem Rathaus</a></li>'
                      for i in range(3))
    return (f"<h2>Aktuelles</h2><ul>{teasers}</ul>"
            f"<p>Stand: {1 + n % 28:02d}.11.2026</p><p>{1000 + 37 * n} Aufrufe</p>")


def _page(n: int, **kw) -> str:
    return contact_page(extra=_noise(n), **kw)


def _registry(path, url: str, hints: str = "") -> None:
    path.write_text(f'[[centre]]\nslug = "muster"\nname = "KI Musterstadt"\nstart_urls = ["{url}"]\n'
                    + (f"\n[centre.hints]\n{hints}\n" if hints else ""), encoding="utf-8")


class Site:
    """One centre of one page on a DevServer, its registry and its database (a SQLite file, or
    the PostgreSQL database of `db_url`)."""

    def __init__(self, tmp_path, db_url: str | None = None):
        self.root = tmp_path / "site"
        (self.root / "ki").mkdir(parents=True)
        self.db_url = db_url or f"sqlite:///{tmp_path / 'k.sqlite'}"
        self.sites = tmp_path / "sites.toml"
        self.runs = 0

    def serve(self, html: str) -> None:
        (self.root / "ki" / "index.html").write_text(html, encoding="utf-8")

    def _query(self, sql: str, **params) -> list[tuple]:
        engine = create_engine(self.db_url)
        try:
            with engine.connect() as conn:
                return [tuple(row) for row in conn.execute(text(sql), params)]
        finally:
            engine.dispose()

    def crawl(self, fails: bool = False) -> dict:
        """One crawl; how its bodies were treated (the run summary's extraction counts). A crawl
        whose only centre failed exits non-zero."""
        out = run_kiwatch("crawl", "--sites", str(self.sites), "--db", self.db_url,
                          "--allow-private-hosts", "-q", env=WORKERS)
        assert (out.returncode != 0) == fails, out.stderr[-3000:]
        self.runs += 1
        [(summary,)] = self._query("SELECT summary FROM runs WHERE id = :id", id=self.runs)
        summary = summary if isinstance(summary, dict) else json.loads(summary)
        return {k: v for k, v in summary["cpu"]["extraction"].items() if v}

    def attempts(self) -> list[tuple[str, str | None]]:
        return self._query("SELECT outcome, reason FROM fetch_attempts WHERE run_id = :id AND url LIKE '%/ki/%'",
                           id=self.runs)

    def snapshots(self) -> int:
        return self._query("SELECT COUNT(*) FROM snapshots")[0][0]

    def set_reading_key(self, key: str) -> None:
        engine = create_engine(self.db_url)
        try:
            with engine.begin() as conn:
                conn.execute(text("UPDATE pages SET reading_key = :key WHERE url LIKE '%/ki/%'"), {"key": key})
        finally:
            engine.dispose()

    def changes(self) -> list[dict]:
        out = run_kiwatch("changes", "--db", self.db_url, "--format", "json", "--lang", "en")
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)


def test_a_noise_only_recrawl_runs_no_field_rules_and_a_change_next_to_the_noise_is_read(tmp_path, db_url):
    site = Site(tmp_path, db_url)  # a SQLite file and a PostgreSQL database
    site.serve(_page(1))
    with DevServer(site.root) as srv:
        srv.validators = False  # every run downloads the body, like many municipal CMSs
        _registry(site.sites, srv.url("/ki/index.html"))
        assert site.crawl() == {"fields": 1}
        versions = site.snapshots()
        site.serve(_page(2))  # other bytes, only the noise changed
        assert site.crawl() == {"same_reading": 1}
        assert site.attempts() == [("ok", None)]
        assert site.snapshots() == versions  # no new version, nothing to report
        assert site.crawl() == {"same_body": 1}  # the noise version again: the same bytes
        # a new phone number in the main text, next to new noise: read and reported
        site.serve(_page(3).replace("09999 123-11", "09999 456-11"))
        assert site.crawl() == {"fields": 1}
        assert site.snapshots() == versions + 1
    contact = [c for c in site.changes() if c["kind"] == "contact"]
    assert any("+49999945611" in json.dumps(c) for c in contact), site.changes()


def _respelled(html: str, digit: str = "0") -> str:
    """The page as a CMS renders it on another day: its phone numbers grouped and labelled
    otherwise, the e-mail addresses in the text obfuscated (the links kept), "Str." for "Straße"
    (`digit`: the central number's last digit, to change a fact among the re-spellings)."""
    for ext in ("10", "11", "12", "13"):
        html = html.replace(f"Telefon: 09999 123-{ext}", f"Tel. (09999) 123 {ext}")
    html = html.replace("Telefon: 09999 123-0", f"Tel.: +49 9999 123{digit}")
    for local in ("anna.beispiel", "joerg.muessig", "oezlem.yilmaz", "kai.beispiel"):
        html = html.replace(f"{local}@musterstadt.example</p>", f"{local} [at] musterstadt [dot] example</p>")
    return html.replace("Hafenstraße 3", "Hafenstr. 3")


def test_a_page_that_only_re_spells_its_contacts_runs_no_field_rules_and_a_new_number_among_them_is_read(tmp_path):
    site = Site(tmp_path)
    site.serve(_page(1, street="Hafenstraße 3"))
    with DevServer(site.root) as srv:
        srv.validators = False
        _registry(site.sites, srv.url("/ki/index.html"))
        assert site.crawl() == {"fields": 1}
        versions = site.snapshots()
        site.serve(_respelled(_page(2, street="Hafenstraße 3")))
        assert site.crawl() == {"same_reading": 1}  # the same facts: the snapshot's reading
        assert site.snapshots() == versions
        # the same re-spellings once more, and the central number now ends in 1: read, reported
        site.serve(_respelled(_page(3, street="Hafenstraße 3"), digit="1"))
        assert site.crawl() == {"fields": 1}
        assert site.snapshots() == versions + 1
    contact = [c for c in site.changes() if c["kind"] == "contact"]
    assert any("+4999991231" in json.dumps(c) for c in contact), site.changes()


def test_a_reading_key_of_another_extractor_never_matches(tmp_path, monkeypatch):
    # what a page read by another kiwatch (other rules, same version number) remembered: the
    # same reading under another extractor's code is no reason to skip today's rules
    site = Site(tmp_path)
    site.serve(_page(1))
    with DevServer(site.root) as srv:
        srv.validators = False
        url = srv.url("/ki/index.html")
        _registry(site.sites, url)
        assert site.crawl() == {"fields": 1}
        versions = site.snapshots()
        monkeypatch.setattr(reading, "extractor_fingerprint", lambda: "an older extractor")
        site.set_reading_key(reading_key(read(_page(2).encode(), url), None))
        monkeypatch.undo()
        site.serve(_page(2))  # noise only: what that key was made of, read by today's rules
        assert site.crawl() == {"fields": 1}
        assert site.snapshots() == versions and site.attempts() == [("ok", None)]
        site.serve(_page(3))  # today's key is remembered now
        assert site.crawl() == {"same_reading": 1}
    assert not site.changes()


def _crumbed(n: int, unit: str) -> str:
    """The page under a breadcrumb trail in its chrome (outside the main content) naming `unit`."""
    trail = f'<nav class="breadcrumb"><ul><li>Startseite</li><li>{unit}</li><li>Kommunales Integrationszentrum</li></ul></nav>'
    return _page(n).replace("<body>", "<body>" + trail, 1)


def test_a_department_named_only_in_the_breadcrumb_is_read_again_when_it_changes(tmp_path):
    # the rules read the chrome's breadcrumb (the units above the page) although the document
    # layer drops it as navigation: a move shown only there is a change, not noise
    site = Site(tmp_path)
    site.serve(_crumbed(1, "Amt 51 Jugendamt"))
    with DevServer(site.root) as srv:
        srv.validators = False
        _registry(site.sites, srv.url("/ki/index.html"))
        assert site.crawl() == {"fields": 1}
        site.serve(_crumbed(2, "Amt 51 Jugendamt"))  # only the noise changed
        assert site.crawl() == {"same_reading": 1}
        site.serve(_crumbed(3, "Fachbereich 4 Schule"))  # moved, and new noise
        assert site.crawl() == {"fields": 1}
    moved = [c for c in site.changes() if c["kind"] == "parent_unit"]
    assert moved and "Fachbereich 4" in json.dumps(moved[-1], ensure_ascii=False), site.changes()


def test_changed_site_hints_read_the_page_again(tmp_path):
    site = Site(tmp_path)
    site.serve(_page(1))
    with DevServer(site.root) as srv:
        srv.validators = False
        url = srv.url("/ki/index.html")
        _registry(site.sites, url)
        assert site.crawl() == {"fields": 1}
        _registry(site.sites, url, 'parent_unit = "Verortung im Haus"')  # a label hint added
        site.serve(_page(2))
        assert site.crawl() == {"fields": 1}
        site.serve(_page(3))  # the same hints again: only noise
        assert site.crawl() == {"same_reading": 1}


def test_a_failing_page_is_never_taken_for_its_last_good_reading(tmp_path):
    site = Site(tmp_path)
    site.serve(_page(1))
    error = ("<html><head><title>Seite nicht gefunden</title></head><body><h1>Seite nicht gefunden</h1>"
             "<p>Die angeforderte Seite existiert nicht.</p>{}</body></html>")
    with DevServer(site.root) as srv:
        srv.validators = False
        _registry(site.sites, srv.url("/ki/index.html"))
        assert site.crawl() == {"fields": 1}
        site.serve(error.format(_noise(2)))  # the CMS answers 200 with an error page
        assert site.crawl(fails=True) == {"failed": 1}
        assert site.attempts() == [("failed", "soft_error")]
        assert site.crawl(fails=True) == {"failed": 1}  # the same bytes again: still a failure
        assert site.attempts() == [("failed", "soft_error")]
        site.serve(error.format(_noise(3)))  # the error page with other noise
        assert site.crawl(fails=True) == {"failed": 1}
        site.serve(_page(4))  # the page is back, reading as before the failures
        assert site.crawl() == {"same_reading": 1}
        assert site.attempts() == [("ok", None)]


def test_the_reading_key_covers_the_kiwatch_version_the_hints_and_the_text(monkeypatch):
    url = "http://127.0.0.1/ki/index.html"
    base = reading_key(read(_page(1).encode(), url), None)
    assert reading_key(read(_page(2).encode(), url), None) == base  # noise only
    assert reading_key(read(_page(1, street="Birkenweg 7").encode(), url), None) != base
    crumbed = reading_key(read(_crumbed(1, "Amt 51 Jugendamt").encode(), url), None)
    assert crumbed != base and reading_key(read(_crumbed(2, "Amt 51 Jugendamt").encode(), url), None) == crumbed
    assert reading_key(read(_crumbed(1, "Fachbereich 4 Schule").encode(), url), None) != crumbed
    assert reading_key(read(_page(1).encode(), url), {"parent_unit": "Verortung im Haus"}) != base
    assert reading_key(read(_page(1).encode(), url), {"head": ".team .leitung"}) is None  # selectors read the tree
    monkeypatch.setattr(reading, "extractor_fingerprint", lambda: "another extractor")
    assert reading_key(read(_page(1).encode(), url), None) != base


def test_the_extractor_fingerprint_covers_the_version_and_the_rules(tmp_path, monkeypatch):
    before = fingerprint.extractor_fingerprint()
    monkeypatch.setattr(kiwatch, "__version__", kiwatch.__version__ + ".post1")
    fingerprint.extractor_fingerprint.cache_clear()
    assert fingerprint.extractor_fingerprint() != before
    monkeypatch.undo()
    fingerprint.extractor_fingerprint.cache_clear()
    assert fingerprint.extractor_fingerprint() == before
    copy = tmp_path / "kiwatch"  # the same package with one rule changed
    shutil.copytree(fingerprint._PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "data", "web", "locale"))
    monkeypatch.setattr(fingerprint, "_PACKAGE", copy)
    fingerprint.extractor_fingerprint.cache_clear()
    assert fingerprint.extractor_fingerprint() == before
    rules = copy / "pipelines" / "rules.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\nEXTRA = 1\n", encoding="utf-8")
    fingerprint.extractor_fingerprint.cache_clear()
    assert fingerprint.extractor_fingerprint() != before
    monkeypatch.undo()
    fingerprint.extractor_fingerprint.cache_clear()


def _write(html: str, url: str, run_from: str | None = None) -> PageWrite:
    """A page as the sink hands it to storage, read by the worker's path; `run_from` is the
    content hash the worker compared with (the snapshot current when the crawl began)."""
    result = FetchResult(centre="muster", url=url, outcome=FetchOutcome.OK, status=200, body=html.encode(),
                         content_type="text/html", charset="utf-8", fetched_at=datetime.now(timezone.utc))
    answer = extract_page(result, None, run_from)
    return PageWrite(result, answer.record, answer.content_hash, body_key(result, None), answer.reading_key)


def test_the_reading_key_is_stored_with_the_snapshot_it_was_read_for(store):
    """SQLite and PostgreSQL: a page's reading key is that of the read its current snapshot
    holds; when another writer stored a newer snapshot in between, none is kept."""
    store.sync_centres([CentreConfig(slug="muster", name="KI Muster", start_urls=("http://127.0.0.1/ki/",))])
    url = "http://127.0.0.1/ki/index.html"
    first = _write(_page(1), url)
    assert record_fetches(store, store.start_run(), [first]) == [PageVerdict.NEW]
    [known] = store.crawl_state(["muster"]).pages["muster"]
    assert (known.reading_key, known.content_hash) == (first.reading_key, first.content_hash)
    noise = _write(_page(2), url, run_from=known.content_hash)  # same facts: no record sent back
    assert noise.record is None and noise.reading_key == first.reading_key
    assert record_fetches(store, store.start_run(), [noise]) == [PageVerdict.UNCHANGED]
    # outside the main text, a line that states no fact: another reading, the same record
    other = _write(_page(2).replace("</main>", "</main><div><p>Ein Angebot der Stadt Musterstadt, Ausgabe 7</p></div>"),
                   url, run_from=known.content_hash)
    assert other.record is None and other.reading_key != first.reading_key
    assert record_fetches(store, store.start_run(), [other]) == [PageVerdict.UNCHANGED]
    [known] = store.crawl_state(["muster"]).pages["muster"]
    assert known.reading_key == other.reading_key  # remembered: the next such body skips the rules
    moved = _write(_page(3, street="Birkenweg 7"), url)
    assert record_fetches(store, store.start_run(), [moved]) == [PageVerdict.CHANGED]
    # a worker that compared with the first snapshot, stored after `moved`: nothing remembered
    late = _write(_page(4), url, run_from=first.content_hash)
    assert record_fetches(store, store.start_run(), [late]) == [PageVerdict.UNCHANGED]
    [known] = store.crawl_state(["muster"]).pages["muster"]
    assert known.content_hash == moved.content_hash and known.reading_key is None and known.body_key is None


# --- PDFs re-exported with new stamps -----------------------------------------------------------

_FLYER = [("h", "Kommunales Integrationszentrum Musterstadt"),
          ("p", "Lindenallee 12, 99998 Musterstadt. Telefon: 09999 123-0, E-Mail: ki@musterstadt.example"),
          ("p", "Leitung: Dr. Anna Beispiel")]


def _flyer(created: str = "20261108195743", doc_id: str = "71124a57a1e519030efcdbcc9d819d14",
           producer: str = "CMS PDF Export 3.2", paragraphs=None) -> bytes:
    return make_pdf(paragraphs or _FLYER, "Flyer", created, doc_id, producer)


def _pdf_key(body: bytes) -> str:
    return body_key(FetchResult("muster", "http://127.0.0.1/ki/flyer.pdf", FetchOutcome.OK, 200, body=body,
                                content_type="application/pdf"), None)


def test_a_pdf_exported_again_with_new_dates_producer_and_id_has_the_same_body_key():
    base = _flyer()
    again = _flyer(created="20250525134609", doc_id="7c3e58dbe809a318d39415863a4d067e", producer="CMS PDF Export 7.3")
    assert again != base and _pdf_key(again) == _pdf_key(base)
    assert pdf_to_text(again) == pdf_to_text(base)  # what the stamps leave out is not read
    # the text itself, one digit of it: another key
    moved = [(s, t.replace("123-0", "123-9")) for s, t in _FLYER]
    assert _pdf_key(_flyer(paragraphs=moved)) != _pdf_key(base)
    # a stamp of another length moves the offsets after it: the objects are compared, not where they are
    longer = _flyer(producer="Another PDF Library 11.0")
    assert len(longer) != len(base) and _pdf_key(longer) == _pdf_key(base)
    # the same bytes as HTML are keyed as they are (a stamp is a PDF's only)
    html = b"<html><body><p>/Producer (A)</p></body></html>"
    assert body_key(FetchResult("m", "http://127.0.0.1/", FetchOutcome.OK, 200, body=html), None) != body_key(
        FetchResult("m", "http://127.0.0.1/", FetchOutcome.OK, 200, body=html.replace(b"(A)", b"(B)")), None)


def _stamp_spans(body: bytes) -> list[tuple[int, int]]:
    return [m.span(1) for regex in (worker._PDF_STAMP_RE, worker._PDF_ID_RE) for m in regex.finditer(body)]


def test_every_byte_of_a_pdf_but_its_stamps_values_is_in_the_key():
    base = _flyer()
    stamps = _stamp_spans(base)
    assert len(stamps) == 4  # producer, both dates, the identifier
    key = worker.pdf_without_stamps(base)
    for i in range(len(base)):
        if any(a <= i < b for a, b in stamps):
            continue
        changed = base[:i] + bytes([base[i] ^ 0x01]) + base[i + 1:]
        assert worker.pdf_without_stamps(changed) != key, (i, base[max(0, i - 20):i + 20])
    # a byte inserted or dropped outside the stamps (the table then points elsewhere)
    for i in range(0, len(base), 7):
        if not any(a <= i < b for a, b in stamps):
            assert worker.pdf_without_stamps(base[:i] + b" " + base[i:]) != key, i
            assert worker.pdf_without_stamps(base[:i] + base[i + 1:]) != key, i


def test_a_table_that_does_not_point_at_its_objects_keeps_every_offset():
    base, longer = _flyer(), _flyer(producer="Another PDF Library 11.0")
    # the table of `longer` given to `base`: its entries no longer point at their objects
    table = lambda body: body[body.index(b"xref"):]  # noqa: E731
    broken = base[:base.index(b"xref")] + table(longer)
    assert _pdf_key(broken) not in (_pdf_key(base), _pdf_key(longer))
    # (an update section appended: the same)
    updated = base + b"1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Prev 9 >>\n"
    assert _pdf_key(updated) != _pdf_key(base)


def test_an_encrypted_pdf_keeps_its_file_identifier_in_the_key():
    # the identifier takes part in the decryption key: another identifier may read otherwise
    base = _flyer().replace(b"/Info 7 0 R", b"/Encrypt 9 0 R /Info 7 0 R")
    other_id = base.replace(b"71124a57a1e519030efcdbcc9d819d14", b"7c3e58dbe809a318d39415863a4d067e")
    assert _pdf_key(other_id) != _pdf_key(base)


def test_a_stamp_value_the_pattern_does_not_take_whole_is_kept():
    # balanced parentheses inside a literal string (legal unescaped): left as they are
    def nested(version: str) -> bytes:
        return _flyer(producer=f"CMS <Export> {version}").replace(b"<Export>", b"(Export)")
    assert b"(CMS (Export) 3.2)" in nested("3.2") and pdf_to_text(nested("3.2"))
    assert _pdf_key(nested("7.3")) != _pdf_key(nested("3.2"))


def test_a_re_exported_pdf_is_not_read_again_and_its_new_text_is(tmp_path):
    site = Site(tmp_path)
    flyer = site.root / "ki" / "flyer.pdf"
    flyer.write_bytes(_flyer())
    with DevServer(site.root) as srv:
        srv.validators = False
        _registry(site.sites, srv.url("/ki/flyer.pdf"))
        assert site.crawl() == {"fields": 1}
        versions = site.snapshots()
        flyer.write_bytes(_flyer(created="20250525134609", doc_id="7c3e58dbe809a318d39415863a4d067e",
                                 producer="CMS PDF Export 7.3"))
        assert site.crawl() == {"same_body": 1}  # no worker, no pypdf
        assert site.attempts() == [("not_modified", None)] and site.snapshots() == versions
        # a new phone number, exported with other stamps of the same lengths: read and reported
        moved = [(s, t.replace("123-0", "456-0")) for s, t in _FLYER]
        flyer.write_bytes(_flyer(created="20250601080000", doc_id="0" * 32, producer="CMS PDF Export 7.4",
                                 paragraphs=moved))
        assert site.crawl() == {"fields": 1}
        assert site.snapshots() == versions + 1
    changed = site.changes()
    assert any("+4999994560" in json.dumps(c) for c in changed), changed  # (the text's diff names it)
