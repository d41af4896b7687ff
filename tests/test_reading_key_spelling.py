"""The reading key reads a page's texts in the spelling the diff stage compares them in
(extract/keyspelling.py): a page whose only edits are re-spelled phone numbers, e-mail
addresses, streets, Postfach numbers or the copyright year takes the cheap path, and the
record the full path would make for it is the one the key stands for.

The cases below were written for this test (synthetic centre, invented numbers); every third
re-spelling and every third real change stands aside in its own test."""

from __future__ import annotations

import collections

import pytest

from bench import corpus
from kiwatch.core.errors import ExtractionError
from kiwatch.pipelines.extract import page
from kiwatch.pipelines.extract.keyspelling import key_spelling
from kiwatch.pipelines.extract.reading import reading_key
from kiwatch.pipelines.worker import content_hash

URL = "https://www.kreis-beispiel.example/integration/kontakt.html"


def _page(*, phone: str = "Telefon: 02345 678-10", fax: str = "Fax: 02345 678-99",
          mail: str = "integration@kreis-beispiel.example", street: str = "Mühlenstraße 7",
          box: str = "Postfach 12 34", footer: str = "© 2026 Kreis Beispiel", head_phone: str = "Tel. 02345 678-11",
          mailto: bool = True,
          switchboard: str = "Telefon: 02345 678-0 · kreis@kreis-beispiel.example") -> bytes:
    link = f'<a href="mailto:integration@kreis-beispiel.example">{mail}</a>' if mailto else mail
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>Kommunales Integrationszentrum Kreis Beispiel</title>'
        '</head><body><main><h1>Kommunales Integrationszentrum Kreis Beispiel</h1>'
        '<p>Wir beraten Familien, Schulen und Vereine im Kreis Beispiel zu Sprache, Bildung und Teilhabe.</p>'
        f'<h2>Kontakt</h2><p>Kommunales Integrationszentrum<br>{street}<br>54321 Beispielstadt<br>{box}, 54320 Beispielstadt</p>'
        f'<p>{phone}<br>{fax}<br>E-Mail: {link}</p>'
        f'<h2>Leitung</h2><p>Dr. Jana Probst, Leiterin des Kommunalen Integrationszentrums<br>{head_phone}</p>'
        '</main><footer class="site-footer"><div class="footer-kontakt"><h2>Kontakt</h2><div class="col">Kreisverwaltung '
        f'Beispiel<br>Kreishausplatz 1, 54321 Beispielstadt</div><div class="col">{switchboard}</div></div>'
        f'<p>{footer}</p></footer></body></html>'
    ).encode()


def _read(body: bytes):
    return page.read(body, URL, "text/html", "utf-8")


def _key_and_hash(body: bytes) -> tuple[str | None, str]:
    r = _read(body)
    return reading_key(r, None), content_hash(page.fill(r))


# the same facts in other spellings, as sites re-render them between two visits
RESPELLED = [
    {"phone": "Telefon: (02345) 678 10"},
    {"phone": "Tel.: +49 2345 67810"},
    {"phone": "Tel 02345 / 678 10"},  # aside
    {"phone": "Telefon +49 (0) 2345 678-10", "fax": "Fax (02345) 67899"},
    {"mail": "integration [at] kreis-beispiel [dot] example"},
    {"mail": "integration[at]kreis-beispiel.example"},  # aside
    {"mail": "integration(at)kreis-beispiel.example"},
    {"street": "Mühlenstr. 7"},
    {"box": "Postfach 1234"},  # aside
    {"footer": "© 2024 Kreis Beispiel"},
    {"footer": "© 2025–2026 Kreis Beispiel"},
    {"head_phone": "Tel. 02345/67811", "phone": "Tel. 02345 67810"},  # aside
    {"box": "Postfach 12.34", "street": "Mühlenstrasse 7", "mail": "integration (at) kreis-beispiel.example"},
    {"switchboard": "Tel. (02345) 6780 · kreis(at)kreis-beispiel.example"},
    {"switchboard": "Fon +49 2345 678 0 · kreis [at] kreis-beispiel [dot] example"},  # aside
]
ASIDE_RESPELLED = RESPELLED[2::3]
TUNED_RESPELLED = [c for i, c in enumerate(RESPELLED) if i % 3 != 2]

# what a reader must see: the facts changed, or something the rules read that is not a spelling
CHANGED = [
    {"phone": "Telefon: 02345 678-12"},
    {"phone": "Telefon: (02345) 678 01"},
    {"head_phone": "Tel. 02345 678-111"},  # aside
    {"fax": "Fax: 02345 679-99"},
    {"mail": "integrationszentrum@kreis-beispiel.example"},
    {"mail": "integration@kreis-beispiel.example.org"},  # aside
    {"street": "Mühlenstraße 9"},
    {"street": "Mühlenweg 7"},
    {"box": "Postfach 12 43"},  # aside
    {"footer": "© 2026 Stadt Beispielstadt"},
    {"mailto": False},  # an address without its link is read otherwise (see keyspelling.py)
    {"switchboard": "Telefon: 02345 678-1 · kreis@kreis-beispiel.example"},  # aside
    {"phone": "Telefon: 02345 678-10 (Sekretariat)"},
    # the same address to a reader, but the rules read a capitalised local part as a word of the
    # text ("Integrationszentrum@…" names the centre), so the key keeps the case
    {"mail": "Integration@Kreis-Beispiel.example"},
]
ASIDE_CHANGED = CHANGED[2::3]
TUNED_CHANGED = [c for i, c in enumerate(CHANGED) if i % 3 != 2]


def _respelled_reads_as_the_original(edit: dict) -> None:
    key, digest = _key_and_hash(_page())
    other_key, other_digest = _key_and_hash(_page(**edit))
    assert _page(**edit) != _page()
    assert other_digest == digest, edit  # the full path: the same record
    assert other_key == key, edit  # so the cheap path may stand for it


@pytest.mark.parametrize("edit", TUNED_RESPELLED, ids=str)
def test_a_re_spelled_page_reads_as_the_original(edit):
    _respelled_reads_as_the_original(edit)


@pytest.mark.parametrize("edit", ASIDE_RESPELLED, ids=str)
def test_aside_a_re_spelled_page_reads_as_the_original(edit):
    _respelled_reads_as_the_original(edit)


def _changed_is_read_again(edit: dict) -> None:
    key, _ = _key_and_hash(_page())
    other_key, _ = _key_and_hash(_page(**edit))
    assert other_key != key, edit


@pytest.mark.parametrize("edit", TUNED_CHANGED, ids=str)
def test_a_changed_fact_is_read_again(edit):
    _changed_is_read_again(edit)


@pytest.mark.parametrize("edit", ASIDE_CHANGED, ids=str)
def test_aside_a_changed_fact_is_read_again(edit):
    _changed_is_read_again(edit)


def test_a_changed_phone_number_changes_the_record_the_key_stands_for():
    # the key tells the numbers apart because the record does: a new digit is a new version
    _, digest = _key_and_hash(_page())
    _, other = _key_and_hash(_page(phone="Tel.: +49 2345 67812"))
    assert other != digest


def test_the_key_spelling_leaves_text_without_those_spellings_alone():
    text = "Sprechstunde dienstags 9–12 Uhr, Raum 0.14; Anmeldung bis zum 3. Mai"
    assert key_spelling(text) == text
    assert key_spelling("Leitung: Jana Probst") == "Leitung: Jana Probst"
    # only the year after the sign: what the site names stays
    assert key_spelling("© 2024 Kreis Beispiel") == key_spelling("© 2026 Kreis Beispiel")
    assert key_spelling("© 2024 Kreis Beispiel") != key_spelling("© 2024 Stadt Beispiel")


@pytest.mark.parametrize("seed", [3, 11])
def test_on_the_bench_corpus_one_key_is_one_record(tmp_path, seed):
    """Every page of a generated corpus in its three versions (baseline, noise with re-spelled
    contacts, real changes): readings that share a key give one content hash, and the key is
    shared where only the spelling differs."""
    corpus.generate(tmp_path, seed=seed, centres=6, log=lambda *a, **k: None)
    hashes: dict[str | None, set[str]] = collections.defaultdict(set)
    respelled_hits = 0
    for f in sorted((tmp_path / "baseline").rglob("*.html")):
        rel = f.relative_to(tmp_path / "baseline")
        url = "http://127.0.0.1:8099/" + rel.as_posix()
        seen: dict[str, tuple[str | None, bytes]] = {}
        for version in ("baseline", "noise", "changes"):
            body_file = tmp_path / version / rel
            if not body_file.exists():
                continue
            try:
                r = page.read(body_file.read_bytes(), url, "text/html", None)
            except ExtractionError:
                continue
            key = reading_key(r, None)
            hashes[key].add(content_hash(page.fill(r)))
            seen[version] = (key, b"\n".join(b.text.encode() for b in r.blocks))
        if "noise" in seen and "baseline" in seen and seen["noise"][0] == seen["baseline"][0] \
                and seen["noise"][1] != seen["baseline"][1]:
            respelled_hits += 1
    assert None not in hashes
    assert {k: v for k, v in hashes.items() if len(v) > 1} == {}
    assert respelled_hits > 0  # the mechanism is used: texts differ, the key does not


def test_long_block_texts_are_keyed_but_not_kept_in_the_cache():
    # a worker keys thousands of pages: a cache of whole megabyte blocks would hold gigabytes
    from kiwatch.pipelines.extract import keyspelling
    keyspelling._key_spelling_cached.cache_clear()
    long_text = "Telefon: 0203 283-1234. " * 20_000
    assert key_spelling(long_text) == key_spelling(long_text.replace("0203 283-1234", "0203/2831234"))
    assert keyspelling._key_spelling_cached.cache_info().currsize == 0
    key_spelling("Telefon: 0203 283-1234")  # a footer's short line is kept
    assert keyspelling._key_spelling_cached.cache_info().currsize == 1
