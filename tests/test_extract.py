"""Extraction: fixture cases, the demo archive (noise vs real change) and hostile input."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from kiwatch.core.errors import ExtractionError
from kiwatch.core.vocab import ExtractionFailureReason
from kiwatch.pipelines.extract import extract, extract_html, extract_text
from kiwatch.records import PageRecord

FIXTURES = Path(__file__).parent / "fixtures" / "pages"
DEMO = Path(__file__).resolve().parent.parent / "kiwatch" / "data" / "demo"
DUISBURG_MAIN = "duisburg/kommunales-integrationszentrum/index.html"
DUISBURG_NEWS = "duisburg/aktuelles/2018/07/staatssekretaerin-gueler-besucht-ki/index.html"
WESEL = "kreis-wesel/kommunales-integrationszentrum/index.html"
FLYER = "duisburg/downloads/flyer-kommunales-integrationszentrum.pdf"
ALL_PAGES = (DUISBURG_MAIN, DUISBURG_NEWS, WESEL, FLYER)


def _demo(state: str, path: str) -> PageRecord:
    return extract((DEMO / state / path).read_bytes(), f"http://127.0.0.1:8000/{path}")


def _comparable(record: PageRecord) -> dict:
    """What the diff stage compares: everything but the URL and the "as written" raw values
    (records keep raw text only to quote the page in a report)."""
    data = replace(record, url="").to_json()
    for key in ("addresses", "phones"):
        for item in data[key]:
            item.pop("raw")
    return data


# ---------------------------------------------------------------- data-driven fixture cases


def _project(items: list[dict], expected: list[dict]) -> list[dict]:
    keys = set().union(*(e.keys() for e in expected)) if expected else set()
    return [{k: item[k] for k in keys} for item in items]


@pytest.mark.parametrize("case", sorted(p.name for p in FIXTURES.iterdir() if (p / "expected.json").exists()))
def test_fixture_case(case):
    spec = json.loads((FIXTURES / case / "expected.json").read_text("utf-8"))
    # A case is its own page.html, or a page of the bundled demo archive (no second copy).
    page = DEMO / spec["demo_page"] if "demo_page" in spec else FIXTURES / case / "page.html"
    body = page.read_bytes()
    record = extract(body, spec["url"], spec.get("content_type", "text/html"), spec.get("charset")).to_json()
    for key, want in spec["expect"].items():
        if key == "main_text_contains":
            for snippet in want:
                assert snippet in record["main_text"], (case, snippet)
        elif key == "main_text_excludes":
            for snippet in want:
                assert snippet not in record["main_text"], (case, snippet)
        elif key == "dated_facts_include":
            got = _project(record["dated_facts"], want)
            for fact in want:
                assert fact in got, (case, fact, got)
        elif want and isinstance(want, list) and isinstance(want[0], dict):
            # each expected item names the fields it pins down; the others are free
            got = [{k: item[k] for k in exp} for item, exp in zip(record[key], want)]
            assert len(record[key]) == len(want) and got == want, (case, key, record[key])
        else:
            assert record[key] == want, (case, key)


# ---------------------------------------------------------------- demo archive


def test_duisburg_2018():
    r = _demo("2018", DUISBURG_MAIN)
    assert [(a.street, a.postal_code, a.city) for a in r.addresses] == [("Alter Markt 23", "47051", "Duisburg")]
    assert [p.number for p in r.phones] == ["+492032838111", "+492032836912"]
    assert r.emails == ["integration@stadt-duisburg.de", "m.terzic@stadt-duisburg.de"]
    heads = [p for p in r.people if p.is_head]
    assert [h.name for h in heads] == ["Marijo Terzic"]
    assert heads[0].role == "Leiter des Kommunalen Integrationszentrums"
    assert heads[0].email == "m.terzic@stadt-duisburg.de" and heads[0].phone == "+492032836912"
    # the Integrationsrat office sits at the KI: that is not a parent unit of the KI
    assert r.parent_units == []
    for noise in ("April 2018", "Zugriffe", "Interkulturkalender", "Mo Di Mi", "Letzte Kommentare", "DU im Bild"):
        assert noise not in r.main_text
    assert r.page_kind == "page"


def test_duisburg_2023():
    r = _demo("2023", DUISBURG_MAIN)
    by_street = {a.street: a for a in r.addresses}
    assert by_street["Sonnenwall 73-75"].postal_code == "47051"
    assert by_street["Sonnenwall 73-75"].city == "Duisburg"
    assert by_street["Sonnenwall 73-75"].label == "Bezirksamt Mitte"
    assert by_street["Flachsmarkt 15"].label == "Internationales Zentrum"
    assert [(u.kind, u.name, u.number, u.since) for u in r.parent_units] == [
        ("Stabsstelle", "Stabsstelle im Dezernat II für Recht, Familie und Integration", "II", "2021-05-01")
    ]
    assert not any(p.is_head for p in r.people)
    reorganisations = {f.date for f in r.dated_facts if f.is_reorganisation}
    assert {"2024-01-01", "2023-11-27"} <= reorganisations
    # "Seit dem 1.5.2021 ist das KI als Stabsstelle dem Dezernat II … zugeordnet": the current unit with its
    # start (the parent unit's "since" above), a dated fact but no reorganisation event
    assert "2021-05-01" in {f.date for f in r.dated_facts} and "2021-05-01" not in reorganisations
    assert "Zugriffe" not in r.main_text and "Cookies" not in r.main_text


def test_news_page_kind_and_people():
    r = _demo("2018", DUISBURG_NEWS)
    assert r.page_kind == "news"
    people = {p.name: p for p in r.people}
    assert people["Marijo Terzic"].is_head
    assert people["Ralf Krumpholz"].title == "Dr."  # the title is kept apart from the name
    # heads another body (the state-wide coordination office), not the KI
    assert not people["Suat Yilmaz"].is_head
    assert "Oktober 2018" not in r.main_text


def test_wesel():
    r = _demo("2018", WESEL)
    assert [(a.street, a.city) for a in r.addresses] == [("Reeser Landstraße 31", "Wesel")]
    assert [p.number for p in r.phones] == ["+492812074035"]
    assert [u.name for u in r.parent_units] == ["40-2-3 Regionale Schul- und Bildungsberatung"]
    assert r.parent_units[0].number == "40-2-3"
    # "(z.B. …)" examples are stripped from the canonical value; the source's own spelling stays
    assert r.fields_of_action == [
        "Integration als Querschnittssaufgabe",
        "Frühkindliche Bildung und Elementarbereich",
        "Interkulturelle Schulentwicklung",
        "Übergang Schule - Beruf",
    ]


def test_flyer_pdf():
    r = _demo("2018", FLYER)
    assert r.page_kind == "document"
    assert {"Griffbereit", "Rucksack KiTa", "Rucksack Schule", "KOMM-AN NRW", "KAoA"} <= set(r.programmes)
    assert {a.street for a in r.addresses} == {"Flachsmarkt 15", "Marienstraße 16a"}
    assert "vieler verschiedener Kulturen" in r.main_text  # layout hyphenation joined


@pytest.mark.parametrize("path", ALL_PAGES)
def test_noise_state_gives_equal_record(path):
    clean, noisy = _demo("2018", path), _demo("2018-noise", path)
    assert _comparable(clean) == _comparable(noisy)


def test_noise_state_differs_in_bytes():
    # guard: the noise fixture really is noisy
    for path in (DUISBURG_MAIN, WESEL):
        assert (DEMO / "2018" / path).read_bytes() != (DEMO / "2018-noise" / path).read_bytes()
    assert "Mai 2018" in (DEMO / "2018-noise" / DUISBURG_MAIN).read_text("utf-8")


def test_wesel_latin1_and_utf8_states_are_equal():
    utf8 = extract((DEMO / "2018" / WESEL).read_bytes(), "http://h/w", "text/html", "utf-8")
    latin1 = extract((DEMO / "2023" / WESEL).read_bytes(), "http://h/w", "text/html", "ISO-8859-1")
    no_header = extract((DEMO / "2023" / WESEL).read_bytes(), "http://h/w", "text/html", None)
    assert utf8 == latin1 == no_header


def test_real_change_2018_to_2023_is_visible():
    old, new = _demo("2018", DUISBURG_MAIN), _demo("2023", DUISBURG_MAIN)
    assert {a.key for a in old.addresses}.isdisjoint({a.key for a in new.addresses})
    assert old.parent_units != new.parent_units


# ---------------------------------------------------------------- layout generalisation


def test_contact_box_in_aside_is_content_but_calendar_aside_is_not():
    html = """<html><body><main><h1>KI Testkreis</h1><p>Wir beraten zu Integration und Bildung im Testkreis seit vielen Jahren.</p></main>
    <aside class="sidebar"><div class="widget"><h3>Kontakt</h3><p>Testweg 4<br>11111 Teststadt<br>Telefon: 0111 22 33 44</p></div>
    <div class="widget kalender"><p>Juli 2024</p><p>Tel. 0999 99 99 99</p></div></aside></body></html>"""
    r = extract_html(html, "https://t.example/")
    assert [a.street for a in r.addresses] == ["Testweg 4"]
    assert [p.number for p in r.phones] == ["+49111223344"]
    assert "Juli 2024" not in r.main_text


def test_obfuscated_and_entity_emails():
    html = """<html><body><p>Schreiben Sie an ki [at] testkreis [dot] de oder info(at)testkreis.de
    oder <a href="&#109;&#97;&#105;&#108;&#116;&#111;&#58;leitung&#64;testkreis.de">Leitung</a>.
    Mehr Text, damit die Seite nicht als leer gilt.</p></body></html>"""
    r = extract_html(html, "https://t.example/")
    assert set(r.emails) == {"ki@testkreis.de", "info@testkreis.de", "leitung@testkreis.de"}


def test_news_detection_by_schema_and_by_url():
    body = "<p>" + "Das KI hat ein neues Projekt gestartet und lädt alle Interessierten ein. " * 2 + "</p>"
    schema = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x"}</script>'
    assert extract_html(f"<html><head>{schema}</head><body>{body}</body></html>", "https://t.example/ki/").page_kind == "news"
    assert extract_html(f"<html><body>{body}</body></html>", "https://t.example/presse/2024/x").page_kind == "news"
    assert extract_html(f"<html><body>{body}</body></html>", "https://t.example/2024/03/x/").page_kind == "news"
    assert extract_html(f"<html><body>{body}</body></html>", "https://t.example/ki/").page_kind == "page"


def test_past_and_future_assignments_are_not_parent_units():
    text = (
        "Ab dem 1.1.2018 war das KI beim Dezernat VI für Integration. "
        "Das KI wurde dem Dezernat des Oberbürgermeisters zugeordnet. "
        "Die Stabstelle Kommunales Integrationszentrum (KI) aus dem Dezernat II wird dem neuen Amt für Integration zugeordnet. "
        "Die Geschäftsstelle des Integrationsrates ist beim Kommunalen Integrationszentrum angesiedelt."
    )
    assert extract_text(text, "https://t.example/").parent_units == []


def test_parent_unit_nested_in_a_higher_unit_keeps_its_full_wording():
    # "dem Bereich <unit> im <higher unit>": the centre's own unit, not only the higher one
    # (benchmark: '' -> 'Dezernat IV' instead of the Referat, and "Dezernat VII …" for a Stabsstelle)
    for unit in ("Referat für Integration und Vielfalt im Dezernat IV",
                 "Stabsstelle im Dezernat VII für Recht, Familie und Integration",
                 "Amt für Integration und Einwanderungsservice"):
        text = f"Organisatorisch ist das Kommunale Integrationszentrum dem Bereich {unit} zugeordnet. Mehr Text folgt hier."
        assert [u.name for u in extract_text(text, "https://t.example/").parent_units] == [unit]


# ---------------------------------------------------------------- team pages: people without a role word

_PAGE = "<html><body><main><h1>Unser Team</h1><p>Das Team berät Schulen, Kitas und Vereine im ganzen Kreis.</p>{}</main></body></html>"


def test_team_cards_name_task_and_own_contact_are_people():
    cards = ('<div class="card"><h3>Anna Beispiel</h3><p>Koordination KOMM-AN NRW</p>'
             '<p>Tel. 0111 22 33 01<br>a.beispiel(at)testkreis.de</p></div>'
             '<div class="card"><h3>Jan van der Probe</h3><p>Sachbearbeitung und Verwaltung</p>'
             '<p><a href="mailto:j.probe@testkreis.de">J.Probe@Testkreis.de</a></p></div>')
    people = extract_html(_PAGE.format(cards), "https://t.example/team").people
    assert [(p.name, p.role, p.email, p.phone, p.is_head) for p in people] == [
        ("Anna Beispiel", "Koordination KOMM-AN NRW", "a.beispiel@testkreis.de", "+49111223301", False),
        ("Jan van der Probe", "Sachbearbeitung und Verwaltung", "j.probe@testkreis.de", "", False),
    ]


def test_team_list_items_name_dash_task():
    items = ("<ul><li><b>Eva Muster</b> – Übergang Schule – Beruf, Tel. 0111 22 33 02, e.muster@testkreis.de</li>"
             "<li><b>Tom Probe</b> – Leiter des Kommunalen Integrationszentrums, Tel. 0111 22 33 03, t.probe@testkreis.de</li></ul>")
    people = extract_html(_PAGE.format(items), "https://t.example/team").people
    assert [(p.name, p.role, p.is_head) for p in people] == [
        ("Eva Muster", "Übergang Schule – Beruf", False),
        ("Tom Probe", "Leiter des Kommunalen Integrationszentrums", True),
    ]


def test_team_table_rows_name_in_first_cell():
    table = ("<table><tr><th>Name</th><th>Aufgabe</th><th>Telefon</th><th>E-Mail</th></tr>"
             "<tr><td><strong>Eva Muster</strong></td><td>Übergang Schule – Beruf</td><td>0111 22 33 02</td>"
             "<td>e.muster [at] testkreis [dot] de</td></tr>"
             "<tr><td>Kai Beispiel</td><td>Sekretariat</td><td>(0111) 22 33 04</td><td>k.beispiel@testkreis.de</td></tr></table>")
    people = extract_html(_PAGE.format(table), "https://t.example/team").people
    assert sorted((p.name, p.role, p.phone) for p in people) == [
        ("Eva Muster", "Übergang Schule – Beruf", "+49111223302"),
        ("Kai Beispiel", "Sekretariat", "+49111223304"),
    ]


def test_a_heading_above_a_contact_block_is_no_person():
    text = ("Kommunales Integrationszentrum Testkreis\nUnsere Programme\nGriffbereit; Elterncafé international\n"
            "Kontakt\nTestweg 4, 11111 Teststadt\nTelefon 0111 22 33 44")
    assert extract_text(text, "https://t.example/flyer.pdf", page_kind="document").people == []


# ---------------------------------------------------------------- the centre's own list of programmes


def test_programme_list_items_after_a_lead_in_are_the_programmes():
    html = ("<html><body><main><h1>Programme und Angebote</h1><p>Folgende Landesprogramme und Angebote werden "
            "vom Kommunalen Integrationszentrum begleitet:</p><ul><li>Elterncafé international</li>"
            "<li>Kein Abschluss ohne Anschluss (KAoA)</li><li>Demokratie leben!</li></ul>"
            "<p>Außerdem koordinieren wir Rucksack KiTa in zwei Stadtteilen.</p></main></body></html>")
    r = extract_html(html, "https://t.example/programme")
    assert r.programmes == ["Elterncafé international", "Kein Abschluss ohne Anschluss (KAoA)", "Demokratie leben!"]
    assert r.programmes_listed


def test_programmes_of_an_event_or_mentions_are_no_list():
    html = ("<html><body><main><h1>Interkulturelle Woche</h1><p>Das Programm:</p><ul><li>Eröffnung im Rathaus</li>"
            "<li>Lesung</li></ul><p>Unsere Teams begleiten auch Griffbereit und KOMM-AN NRW.</p></main></body></html>")
    r = extract_html(html, "https://t.example/woche")
    assert r.programmes == ["Griffbereit", "KOMM-AN NRW"] and not r.programmes_listed


def test_programme_list_of_a_pdf_wrapped_over_lines():
    # a PDF text layer: one "a; b; c" line, wrapped at the page width before an upper-case word
    text = ("Kommunales Integrationszentrum Testkreis\n"
            "Aus den Handlungsfeldern werden jeweils im Turnus von zwei Jahren Schwerpunktziele\n"
            "formuliert. Das Kommunale Integrationszentrum versteht Integrationspolitik als\n"
            "Querschnittsaufgabe.\n"
            "Unsere Programme\n"
            "Bildungspartnerschaften mit Eltern; Griffbereit; Integration durch Sport; Schule ohne\n"
            "Rassismus – Schule mit Courage; Durchgängige Sprachbildung; Rucksack Schule\n"
            "Kontakt\n"
            "Testweg 4, 11111 Teststadt")
    r = extract_text(text, "https://t.example/flyer.pdf", page_kind="document")
    assert r.programmes == ["Bildungspartnerschaften mit Eltern", "Griffbereit", "Integration durch Sport",
                            "Schule ohne Rassismus – Schule mit Courage", "Durchgängige Sprachbildung", "Rucksack Schule"]
    assert "versteht Integrationspolitik als Querschnittsaufgabe." in r.main_text
    assert "\nKontakt\n" in r.main_text


# ---------------------------------------------------------------- streets without a street word, counters


def test_street_without_street_word_before_postal_code():
    html = ("<html><body><main><h1>Kontakt</h1><p>Kommunales Integrationszentrum</p><p>Am Rathaus 58<br>11111 Bad Testheim</p>"
            "<p>Außenstelle: Innenhafen 12, 11112 Sankt Probe</p><p>Zimmer 12, 11111 Bad Testheim</p></main></body></html>")
    r = extract_html(html, "https://t.example/kontakt")
    assert [(a.street, a.postal_code, a.city) for a in r.addresses] == [
        ("Am Rathaus 58", "11111", "Bad Testheim"), ("Innenhafen 12", "11112", "Sankt Probe")]


def test_download_hit_counter_404_is_no_error_page():
    html = ("<html><body><main><h1>Links und Downloads</h1><ul><li><a href='f.pdf'>Flyer</a> (PDF, 1,7 MiB, 404 Zugriffe)</li>"
            "</ul><p>Weitere Materialien erhalten Sie auf Anfrage.</p></main></body></html>")
    r = extract_html(html, "https://t.example/downloads")  # a soft-error verdict would raise here
    lines = r.main_text.splitlines()
    assert lines[0] == "Links und Downloads" and lines[-1] == "Weitere Materialien erhalten Sie auf Anfrage."
    assert lines[1].startswith("Flyer") and "Zugriffe" not in r.main_text and "404" not in r.main_text


# ---------------------------------------------------------------- failures and hostile input


@pytest.mark.parametrize(
    "body, reason",
    [
        (b"", ExtractionFailureReason.EMPTY_CONTENT),
        (b"   \n ", ExtractionFailureReason.EMPTY_CONTENT),
        (b"<html><head><script>app.boot()</script></head><body><div id='app'></div><script>x()</script></body></html>", ExtractionFailureReason.EMPTY_CONTENT),
        (b"<html><body><p>Hallo</p></body></html>", ExtractionFailureReason.EMPTY_CONTENT),
        ("<html><head><title>Seite nicht gefunden</title></head><body><h1>Fehler 404</h1><p>Die angeforderte Seite wurde leider nicht gefunden.</p></body></html>".encode(), ExtractionFailureReason.SOFT_ERROR),
        ("<html><body><h1>Wartungsarbeiten</h1><p>Unsere Website ist wegen Wartungsarbeiten vorübergehend nicht erreichbar.</p></body></html>".encode(), ExtractionFailureReason.SOFT_ERROR),
        ("<html><body><div class='cookie-banner'>Wir verwenden Cookies. Bitte stimmen Sie der Nutzung zu, um fortzufahren.</div></body></html>".encode(), ExtractionFailureReason.SOFT_ERROR),
        (b"<html><body><p>Please complete the captcha to continue to this website, thank you.</p></body></html>", ExtractionFailureReason.SOFT_ERROR),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", ExtractionFailureReason.UNSUPPORTED_CONTENT),
        (b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF", ExtractionFailureReason.PDF_ERROR),
    ],
)
def test_failures_are_classified(body, reason):
    with pytest.raises(ExtractionError) as info:
        extract(body, "https://t.example/ki/", "text/html")
    assert info.value.reason == reason
    assert info.value.detail


def test_malformed_html_nul_bytes_and_deep_nesting_do_not_crash():
    text = "Das Kommunale Integrationszentrum berät Schulen. Telefon: 0203 283-1234"
    malformed = f"<html><body><table><tr><td><p>{text}<td><div><span></table></b></i><p>Rest</html>"
    assert "+492032831234" in [p.number for p in extract_html(malformed, "https://t.example/").phones]
    with_nul = f"<html><body>\x00<p>{text}\x00</p>\x00</body></html>".encode()
    assert extract(with_nul, "https://t.example/").phones[0].number == "+492032831234"
    deep = f"<html><body><p>{text}</p>" + "<div>" * 10_000 + "tief" + "</div>" * 10_000 + "</body></html>"
    record = extract(deep.encode(), "https://t.example/")
    assert "Integrationszentrum" in record.main_text
    unclosed = "<html><body><p>" + text + "<ul><li>a<li>b<table><td>c" * 2000
    assert extract_html(unclosed, "https://t.example/").main_text


def test_huge_text_node_is_refused():
    html = "<html><body><p>" + "Wort " * 2_000_000 + "</p></body></html>"
    with pytest.raises(ExtractionError) as info:
        extract_html(html, "https://t.example/")
    assert info.value.reason == ExtractionFailureReason.TOO_LARGE
    # a long but plausible page is still parsed
    assert extract_html("<html><body><p>" + "Wort " * 50_000 + "</p></body></html>", "https://t.example/").main_text
