"""Whole-page renderings of CMS styles met in the seventh pages round (issue 7): a team carousel
is the page's own text while a carousel of news is not, a CMS that renders every page as an
<article> with the site's news and a "last changed" stamp inside does not make it a news item,
and a PDF converted to one positioned <div> per line is read as sentences again. All centres,
people and places are invented."""

from __future__ import annotations

from kiwatch.core.vocab import PageKind
from kiwatch.pipelines.diff import content_change
from kiwatch.pipelines.extract import extract
from kiwatch.pipelines.extract.page import read

URL = "https://www.kreis-ostwalde.example/ki/"


def _page(main: str, title: str = "Kommunales Integrationszentrum Kreis Ostwalde", wrapper: str = "main") -> bytes:
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Start</a></nav>"
            f"<{wrapper}><h1>{title}</h1>{main}</{wrapper}><footer><p>Kreis Ostwalde · Impressum</p></footer></body></html>").encode()


def _heads(record) -> list[str]:
    return sorted(p.name for p in record.people if p.is_head)


def _team_carousel(active: int) -> str:
    team = [("Henrik Albers", "Leitung des Kommunalen Integrationszentrums"), ("Svetlana Iwanowa", "Stellvertretende Leitung"),
            ("Kwame Mensah", "Bildungsberatung")]
    slides = "".join(f'<div class="carousel-item{" active" if i == active else ""}"><div class="card"><h5 class="card-title">{n}</h5>'
                     f'<p class="card-text">{r}</p></div></div>' for i, (n, r) in enumerate(team))
    return (f'<p>Wir beraten Schulen und Kitas im Kreis Ostwalde.</p><h2>Unser Team</h2>'
            f'<div id="team" class="carousel slide"><div class="carousel-inner">{slides}</div></div>')


def test_the_team_in_a_carousel_names_the_head():
    record = extract(_page(_team_carousel(0)), URL)
    assert _heads(record) == ["Henrik Albers"]
    assert "Svetlana Iwanowa" in record.main_text


def test_moving_the_active_slide_of_a_team_carousel_is_no_change():
    before, after = (extract(_page(_team_carousel(i)), URL) for i in (0, 2))
    assert content_change("ostwalde", URL, before.main_text, after.main_text) is None
    assert _heads(before) == _heads(after)


def test_a_carousel_of_news_links_stays_out_of_the_text_even_when_it_names_a_head():
    news = "".join(f'<div class="slider__item"><a href="/aktuelles/{i}/">{t}</a></div>' for i, t in enumerate(
        ["Neue Leiterin der Musikschule: Ilona Brecht", "Bürgerbüro zieht in die Uhlandstraße 9", "Leiter des Bauamts geht in Ruhestand"]))
    main = f'<div class="slider"><div class="slider__track">{news}</div></div><p>Das KI berät Schulen. Leitung: Henrik Albers</p>'
    record = extract(_page(main), URL)
    assert _heads(record) == ["Henrik Albers"]
    assert "Musikschule" not in record.main_text and "Uhlandstraße" not in record.main_text
    assert not record.addresses


def _node(time_lines: str) -> str:
    return ('<article class="node node--type-page"><h1>Kommunales Integrationszentrum</h1>'
            '<p>Das Kommunale Integrationszentrum ist eine Abteilung des Amtes für Schule und Bildung (Amt 40).</p>'
            '<p>Leitung: Dr. Selma Hodžić</p>' + time_lines + '</article>')


_VIEWS = ('<h2>Aktuelles aus der Stadtverwaltung</h2><div class="view"><div class="view-content">' + "".join(
    f'<div class="views-row"><span><time datetime="2026-11-{d}">{d}.11.2026</time></span> <a href="/aktuelles/{d}">{t}</a></div>'
    for d, t in (("20", "Weihnachtsmarkt: Sperrungen am Markt"), ("18", "Kulturamt unter neuer Leitung"),
                 ("17", "Jobcenter erreichbar unter 02335 914-7000"))) + '</div></div>')
_CHANGED = '<footer><div class="field--name-changed">Zuletzt geändert: <time datetime="2026-11-21">21.11.2026</time></div></footer>'


def test_a_page_rendered_as_an_article_with_news_and_a_change_stamp_is_no_news_item():
    reading = read(_page(_node(_VIEWS + _CHANGED), wrapper="div"), "https://www.lindhagen.example/rathaus/ki")
    assert reading.page_kind == PageKind.PAGE
    record = extract(_page(_node(_VIEWS + _CHANGED), wrapper="div"), "https://www.lindhagen.example/rathaus/ki")
    assert _heads(record) == ["Selma Hodžić"]


def test_an_article_dated_by_its_own_time_is_a_news_item():
    own = '<p class="meta">Veröffentlicht am <time datetime="2026-11-12">12.11.2026</time></p>'
    reading = read(_page(_node(own + _VIEWS + _CHANGED), wrapper="div"), "https://www.lindhagen.example/rathaus/ki")
    assert reading.page_kind == PageKind.NEWS


def _pdf_lines(lines: list[str]) -> str:
    return "".join(f'<div class="t m0 x{i % 4} h2 y{i:x} ff1 fs1">{line}</div>' for i, line in enumerate(lines))


PDF_LINES = [
    "Kommunales Integrations<span class=\"_ _0\"></span>zentrum Kreis Velsmar",
    "Das Kommunale Integrationszentrum ist dem Dezernat II<span class=\"_ _1\"> </span>– Soziales, Jugend und Gesundheit",
    "des Kreises Velsmar zugeordnet.",
    "Leiter des Integrationszentrums ist Mustafa Yıldırım.",
    "Kreishaus Velsmar, Am Rathauspark 17, 46499 Velsmar",
    "Telefon 02852 92-5100",
    'E-Mail <a href="mailto:integration@kreis-velsmar.example">integration@kreis-velsmar.example</a>',
    "integration@kreis-velsmar.example",
]


def test_a_sentence_set_over_positioned_line_divs_is_read_whole():
    record = extract(_page(_pdf_lines(PDF_LINES), wrapper="div"), "https://www.kreis-velsmar.example/flyer.html")
    assert [u.name for u in record.parent_units] and all(u.name.startswith("Dezernat II") for u in record.parent_units)
    assert "Gesundheit des Kreises Velsmar zugeordnet." in record.main_text
    assert _heads(record) == ["Mustafa Yıldırım"]
    assert record.emails == ["integration@kreis-velsmar.example"]
    assert "Integrationszentrum Kreis Velsmar" in record.main_text


def test_a_line_that_opens_upper_case_or_follows_a_full_stop_stays_a_line_of_its_own():
    blocks = [b.text for b in read(_page(_pdf_lines(PDF_LINES), wrapper="div"), "https://www.kreis-velsmar.example/flyer.html").blocks]
    assert "Leiter des Integrationszentrums ist Mustafa Yıldırım." in blocks
    assert "Telefon 02852 92-5100" in blocks
    # an e-mail address on a line of its own is no continuation of the line before
    assert "integration@kreis-velsmar.example" in blocks


def test_list_items_and_paragraphs_are_never_joined_as_wrapped_lines():
    main = "<ul><li>Beratung für Schulen und Kitas</li><li>sprachsensible Angebote im Kreis</li></ul><p>Unser Angebot</p><p>richtet sich an alle.</p>"
    blocks = [b.text for b in read(_page(main), URL).blocks]
    assert "sprachsensible Angebote im Kreis" in blocks and "richtet sich an alle." in blocks


def _details_page(dates: list[str]) -> bytes:
    items = "".join(f"<li>{d}</li>" for d in dates)
    main = ("<p>Das Kommunale Integrationszentrum des Kreises Ostwalde berät Schulen.</p>"
            "<details><summary>Wo finden Sie uns?</summary><p>Lindenallee 22, 48691 Ostwalde, Telefon 02561 83-2240</p></details>"
            f"<details><summary>Veranstaltungen</summary><ul>{items}</ul></details>")
    return _page(main)


def test_dates_under_a_disclosure_titled_as_a_listing_are_no_text_of_the_page():
    before = extract(_details_page(["28.11. Elterncafé im Familienzentrum Nordviertel, Kastanienweg 7",
                                    "04.12. Fachtag Sprachbildung in der Kreismusikschule, Am Stadtpark 2"]), URL)
    after = extract(_details_page(["09.12. Interkulturelles Kochen in der Begegnungsstätte, Mühlenweg 11",
                                   "04.12. Fachtag Sprachbildung in der Kreismusikschule, Am Stadtpark 2"]), URL)
    assert [a.street for a in before.addresses] == [a.street for a in after.addresses] == ["Lindenallee 22"]
    assert content_change("ostwalde", URL, before.main_text, after.main_text) is None
    assert "Lindenallee 22" in before.main_text


def _legacy_page(news: list[str]) -> bytes:
    links = "<br>\n".join(f'<a href="/news.php?id={i}">{t}</a>' for i, t in enumerate(news))
    return ("<html><head><title>Stadt Rabenholt - Kommunales Integrationszentrum</title></head><body><table><tr>"
            "<td><table><tr><td><font size='1'><a href='/index.php'>Startseite</a></font></td></tr></table></td>"
            "<td><table>"
            "<tr><td><font size='3'><b>Kommunales Integrationszentrum Rabenholt</b></font></td></tr>"
            "<tr><td><font size='2'>Das Kommunale Integrationszentrum berät Schulen und Kitas. Leitung: Dr. Konstantin Weber, "
            "Mühlenstraße 14, 47608 Rabenholt</font></td></tr>"
            f"<tr><td><font size='2'><b>Neues aus dem Rathaus</b><br>\n{links}</font></td></tr>"
            "</table></td></tr></table></body></html>").encode()


def test_news_links_wrapped_in_a_font_element_of_a_layout_cell_rotate_without_a_change():
    before = extract(_legacy_page(["12.11. Neue Leiterin der Musikschule ist Ute Berends", "08.11. Bürgerbüro zieht in die Gartenstraße 3",
                                   "30.10. Sperrung der Brückenstraße"]), URL)
    after = extract(_legacy_page(["19.11. Weihnachtsmarkt eröffnet am Freitag", "12.11. Neue Leiterin der Musikschule ist Ute Berends",
                                  "30.10. Sperrung der Brückenstraße"]), URL)
    assert "Musikschule" not in before.main_text and "Brückenstraße" not in after.main_text
    assert content_change("rabenholt", URL, before.main_text, after.main_text) is None
    assert _heads(before) == ["Konstantin Weber"] and [a.street for a in after.addresses] == ["Mühlenstraße 14"]


def test_a_layout_cell_of_text_with_one_link_in_it_stays_the_page_text():
    page = _legacy_page([]).replace(b"<b>Neues aus dem Rathaus</b><br>\n",
                                    b"<b>Sprechzeiten</b><br>Montag bis Freitag 9 bis 12 Uhr, Anmeldung unter "
                                    b"<a href='/termin.php'>Terminbuchung</a> oder <a href='/kontakt.php'>Kontaktformular</a>, "
                                    b"alle Angebote sind kostenlos und vertraulich")
    assert "Montag bis Freitag 9 bis 12 Uhr" in extract(page, URL).main_text


def test_a_label_row_set_as_the_last_sentence_of_a_paragraph_names_the_parent_unit():
    main = ("<p>Das Kommunale Integrationszentrum Grevensiek berät Kitas, Schulen und Vereine und bringt Menschen "
            "verschiedener Herkunft zusammen. Gehört zu: Fachbereich 4 – Bildung, Jugend und Sport.</p>")
    names = [u.name for u in extract(_page(main, "Kommunales Integrationszentrum Grevensiek"), URL).parent_units]
    assert names == ["Fachbereich 4 – Bildung, Jugend und Sport"], names


def test_a_colon_after_a_full_stop_without_an_assignment_label_names_no_unit():
    main = ("<p>Das Kommunale Integrationszentrum Grevensiek berät Kitas und Schulen. Bitte beachten: Fachbereich 4 – "
            "Bildung ist wegen Umbaus geschlossen.</p>")
    assert not extract(_page(main, "Kommunales Integrationszentrum Grevensiek"), URL).parent_units


def _organigram(alt: str, linked: bool = False) -> bytes:
    img = f'<img src="/bilder/organigramm.png" alt="{alt}">'
    if linked:
        img = f'<a href="/aktuelles/organigramm-neu">{img}</a>'
    main = ("<p>Das Kommunale Integrationszentrum Hesselbruch berät Familien, Kitas und Schulen.</p>"
            f"<h2>Unsere Einbindung in die Verwaltung</h2><figure>{img}</figure>"
            "<p>Brunnenweg 5, 59929 Hesselbruch, Telefon 02961 30-712</p>")
    return _page(main, "Kommunales Integrationszentrum Hesselbruch")


ORGANIGRAM_ALT = ("Organigramm: Der Bürgermeister – Fachbereich 2 Bildung, Kultur und Sport – Kommunales "
                  "Integrationszentrum, Leitung Petra Hölscher")


def test_an_organigram_image_says_in_its_text_alternative_who_leads_the_centre():
    record = extract(_organigram(ORGANIGRAM_ALT), URL)
    assert _heads(record) == ["Petra Hölscher"]
    assert ORGANIGRAM_ALT in record.main_text


def test_the_text_alternative_of_a_linked_or_a_named_image_is_no_text_of_the_page():
    assert not _heads(extract(_organigram(ORGANIGRAM_ALT, linked=True), URL))
    record = extract(_organigram("Foto Petra Hölscher"), URL)
    assert "Foto Petra Hölscher" not in record.main_text


def _stamped(line: str, text: str = "Leitung: Anna Berg.") -> str:
    page = ("<html><head><title>Kommunales Integrationszentrum Teststadt</title></head><body><main><h1>Kommunales "
            f"Integrationszentrum</h1><p>Das Kommunale Integrationszentrum Teststadt berät Familien und Schulen. {text}</p>"
            f"<p>Marktstraße 3, 44444 Teststadt</p><p>{line}</p></main></body></html>")
    return extract(page.encode(), URL).main_text


STAMPS = [
    ("Seite zuletzt bearbeitet von M. Schulz am 13.11.2026", "Seite zuletzt bearbeitet von K. Yılmaz am 21.11.2026, 16:02 Uhr"),
    ("Geöffnet – schließt um 12:00 Uhr", "Geschlossen – öffnet morgen um 08:00 Uhr"),
    ("Druckversion vom 13.11.2026, 10:14", "Druckversion vom 21.11.2026, 16:02"),
    ("Ihre Sitzung läuft in 19:59 Minuten ab.", "Ihre Sitzung läuft in 18:12 Minuten ab."),
    ("© 2026 Stadt Teststadt", "© 2027 Stadt Teststadt"),
]


def test_stamps_of_the_visit_the_editor_the_session_and_the_year_are_no_change():
    for before, after in STAMPS:
        assert content_change("t", URL, _stamped(before), _stamped(after)) is None, before


def test_a_stamp_leaves_the_text_around_it_and_a_real_edit_beside_it_is_a_change():
    assert "Stadt Teststadt" in _stamped("© 2026 Stadt Teststadt")
    assert content_change("t", URL, _stamped(STAMPS[0][0]), _stamped(STAMPS[0][1], "Leitung: Jonas Brandt.")) is not None


NEWS_A = [("12.11.2026", "Neue Leiterin der Musikschule ist Ute Berends", "musikschule"),
          ("08.11.2026", "Bürgerbüro zieht in die Gartenstraße 3", "buergerbuero"),
          ("30.10.2026", "Sperrung der Brückenstraße am Wochenende", "bruecke")]
NEWS_B = [("19.11.2026", "Weihnachtsmarkt eröffnet am Freitag auf dem Marktplatz", "wm"), *NEWS_A[:2]]
LISTINGS = {
    "date in bold, title after a line break": lambda L: "<h2>Aktuelles</h2>" + "".join(f"<p><strong>{d}</strong><br>{t}</p>" for d, t, _ in L),
    "dated terms and their descriptions": lambda L: "<h2>Termine</h2><dl>" + "".join(f"<dt>{d}</dt><dd>{t}</dd>" for d, t, _ in L) + "</dl>",
    "titles dated at their end": lambda L: "<h3>Aktuelles aus dem Rathaus</h3><ul>" + "".join(f"<li>{t} ({d})</li>" for d, t, _ in L) + "</ul>",
    "linked headings with an excerpt": lambda L: "<h2>Pressemitteilungen</h2>" + "".join(
        f"<h3><a href='/presse/{s}'>{t}</a></h3><p>Mehr dazu in der Meldung vom {d}.</p>" for d, t, s in L),
}


def _listing_page(listing: str) -> bytes:
    return _page("<p>Das Kommunale Integrationszentrum Teststadt berät Familien, Kitas und Schulen. Leitung: Anna Berg.</p>"
                 "<p>Marktstraße 3, 44444 Teststadt, Telefon 0231 555-100</p>" + listing, "Kommunales Integrationszentrum Teststadt")


def test_listings_without_links_or_classes_rotate_without_a_change():
    for name, shape in LISTINGS.items():
        before, after = extract(_listing_page(shape(NEWS_A)), URL), extract(_listing_page(shape(NEWS_B)), URL)
        assert content_change("t", URL, before.main_text, after.main_text) is None, name
        assert "Musikschule" not in before.main_text, name
        assert [a.street for a in after.addresses] == ["Marktstraße 3"] and _heads(before) == ["Anna Berg"], name


def test_a_dated_line_about_the_centre_under_a_listing_heading_stays_text():
    listing = ("<h2>Aktuelles</h2><p><strong>01.10.2026</strong><br>Das Kommunale Integrationszentrum gehört jetzt zum Amt 50.</p>"
               "<p><strong>12.11.2026</strong><br>Sperrung der Brückenstraße</p>")
    assert "gehört jetzt zum Amt 50" in extract(_listing_page(listing), URL).main_text


def test_a_team_under_linked_names_is_no_teaser_run():
    team = "".join(f"<h3><a href='/team/{n.split()[-1].lower()}'>{n}</a></h3><p>{r}, Telefon 0231 555-{i}10</p>"
                   for i, (n, r) in enumerate((("Dr. Jonas Brandt", "Leitung"), ("Frau Mira Sander", "Bildungsberatung"))))
    text = extract(_listing_page("<h2>Unser Team</h2>" + team), URL).main_text
    assert "Dr. Jonas Brandt" in text and "Mira Sander" in text and "Bildungsberatung" in text


def _units(html: bytes) -> list[str]:
    return [u.name for u in extract(html, URL).parent_units]


def test_a_cards_footer_inside_the_content_is_the_cards_text():
    card = ("<div class='card'><div class='card-body'><p>Wir beraten Schulen und Kitas im Kreis.</p></div>"
            "<div class='card-footer'>Teil von: Amt 40 – Schule und Bildung</div></div>")
    assert _units(_page(card)) == ["Amt 40 – Schule und Bildung"]


def test_a_footer_of_the_page_inside_the_content_stays_chrome():
    main = "<p>Wir beraten Schulen und Kitas im Kreis.</p><div class='page-footer'>Ein Service des Kreises · Newsletter bestellen</div>"
    assert "Newsletter" not in extract(_page(main), URL).main_text


def test_a_sidebar_box_that_only_says_where_the_centre_belongs_is_read_once():
    aside = "<aside><h3>Organisation</h3><p>Organisationseinheit: Fachbereich 4 – Bildung und Integration</p></aside>"
    page = _page("<p>Wir beraten Schulen und Kitas im Kreis.</p>").replace(b"</main>", b"</main>" + aside.encode())
    assert _units(page) == ["Fachbereich 4 – Bildung und Integration"]
