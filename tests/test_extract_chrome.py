"""Facts in page chrome (issue 7): a footer, sidebar or widget kept for its contact evidence is
read with its owner (extract/chrome.py) — another owner's (the town's footer line, the mayor's
office box, a press card) gives the centre nothing, the centre's own (a microsite's footer, its
"Kontakt" box in an <aside>) counts like content, and one that names nobody fills only what the
content left empty. Invented towns and numbers, in the project's own words."""

from __future__ import annotations

from kiwatch.pipelines.extract import extract
from tests.casecheck import phone_numbers, streets

URL = "https://www.hagenrode.example/bildung/integrationszentrum/"
_INTRO = ("<p>Das Kommunale Integrationszentrum Hagenrode berät Schulen, Kitas und Vereine zur Sprachbildung "
          "und begleitet neu zugewanderte Familien beim Ankommen in der Stadt.</p>")


def _page(main: str, chrome_after: str = "", chrome_before: str = "", title: str = "Kommunales Integrationszentrum Hagenrode") -> dict:
    html = (f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            "<header><nav><a href='/'>Start</a> <a href='/rathaus/'>Rathaus</a></nav></header>"
            f"{chrome_before}<main><h1>{title}</h1>{_INTRO}{main}</main>{chrome_after}</body></html>")
    return extract(html.encode("utf-8"), URL, "text/html").to_json()


_KI = "<h2>Kontakt</h2><p>Kommunales Integrationszentrum<br>Gerberstraße 9<br>34567 Hagenrode<br>Telefon 05631 72-3410<br>ki@hagenrode.example</p>"


def test_the_towns_footer_line_beside_the_centres_own_facts_is_not_reported():
    rec = _page(_KI, "<footer><p>Stadt Hagenrode · Marktplatz 1 · 34567 Hagenrode · Telefon 05631 72-1200 · info@hagenrode.example</p></footer>")
    assert streets(rec) == ["Gerberstraße 9"]
    assert phone_numbers(rec) == ["+495631723410"]
    assert rec["emails"] == ["ki@hagenrode.example"]


def test_an_office_box_in_a_sidebar_and_a_press_card_are_their_owners():
    rec = _page(_KI, "<aside class='sidebar'><h3>Büro des Bürgermeisters</h3><p>Am Markt 2<br>34567 Hagenrode<br>Tel. 05631 72-1001"
                     "<br>buergermeister@hagenrode.example</p></aside>"
                     "<aside><div class='h-card'><span class='p-name'>Jana Roth</span>, <span class='p-job-title'>Sprecherin der Stadt "
                     "Hagenrode</span><br><span class='p-street-address'>Rathausgasse 3</span><br><span class='p-tel'>05631 72-1050</span>"
                     "<br><a class='u-email' href='mailto:presse@hagenrode.example'>presse@hagenrode.example</a></div></aside>")
    assert streets(rec) == ["Gerberstraße 9"]
    assert phone_numbers(rec) == ["+495631723410"]
    assert rec["emails"] == ["ki@hagenrode.example"]


def test_a_mega_footer_of_offices_gives_only_the_centres_column():
    rec = _page("<p>Wir beraten nach Vereinbarung.</p>",
                "<footer><div><h4>Stadtverwaltung</h4><p>Marktplatz 1<br>34567 Hagenrode<br>Tel. 05631 72-0</p></div>"
                "<div><h4>Standesamt</h4><p>Schlossallee 4<br>34567 Hagenrode<br>Tel. 05631 72-2300<br>standesamt@hagenrode.example</p></div>"
                "<div><h4>Kommunales Integrationszentrum</h4><p>Gerberstraße 9<br>34567 Hagenrode<br>Tel. 05631 72-3410</p></div></footer>")
    assert streets(rec) == ["Gerberstraße 9"]
    assert phone_numbers(rec) == ["+495631723410"]
    assert rec["emails"] == []


def test_the_centres_microsite_footer_is_the_centres():
    rec = _page("<p>Unsere Sprechzeiten: Montag bis Donnerstag 9 bis 15 Uhr.</p>",
                "<footer><p><strong>Kommunales Integrationszentrum Hagenrode</strong><br>Gerberstraße 9<br>34567 Hagenrode<br>"
                "Tel. 05631 72-3410<br>ki@hagenrode.example</p></footer>")
    assert streets(rec) == ["Gerberstraße 9"]
    assert phone_numbers(rec) == ["+495631723410"]
    assert rec["emails"] == ["ki@hagenrode.example"]


def test_a_centre_box_in_an_aside_counts_beside_the_contents_own_facts():
    # (the content gives a phone already: the box still adds its own, it is no lower layer)
    rec = _page("<p>Fragen zur Schulplatzsuche beantwortet Ole Brandt, Telefon 05631 72-3422.</p>",
                "<footer><p>Stadt Hagenrode · Marktplatz 1 · 34567 Hagenrode · post@hagenrode.example</p></footer>",
                chrome_before="<aside class='col-right'><h3>Kontakt</h3><p>Kommunales Integrationszentrum<br>Gerberstraße 9<br>34567 Hagenrode"
                              "<br>Telefon 05631 72-3410<br><a href='mailto:ki@hagenrode.example'>E-Mail schreiben</a></p></aside>")
    assert streets(rec) == ["Gerberstraße 9"]
    assert sorted(phone_numbers(rec)) == ["+495631723410", "+495631723422"]
    assert rec["emails"] == ["ki@hagenrode.example"]


def test_chrome_naming_nobody_fills_only_what_the_content_left_empty():
    footer = "<footer><p>Gerberstraße 9 | 34567 Hagenrode | Tel. 05631 72-3410 | ki@hagenrode.example</p></footer>"
    only = _page("<p>Termine nach Vereinbarung.</p>", footer)
    assert streets(only) == ["Gerberstraße 9"]  # the page's only address is in its footer
    assert phone_numbers(only) == ["+495631723410"]
    assert only["emails"] == ["ki@hagenrode.example"]
    beside = _page("<p>Sie finden uns in der Lindenallee 4, 34567 Hagenrode.</p>", footer)
    assert streets(beside) == ["Lindenallee 4"]  # the content's address stands; the footer fills phone and e-mail
    assert phone_numbers(beside) == ["+495631723410"]
    assert beside["emails"] == ["ki@hagenrode.example"]


def test_the_site_owner_in_english_and_an_offer_line_are_owners():
    en = _page("<p>You can reach the Integration Centre at Gerberstraße 9, 34567 Hagenrode, phone +49 5631 72-3410.</p>",
               "<footer><p>City of Hagenrode · Marktplatz 1 · 34567 Hagenrode · Enquiries +49 5631 72-1111 · contact@hagenrode.example</p></footer>",
               title="Integration Centre Hagenrode")
    assert streets(en) == ["Gerberstraße 9"]
    assert phone_numbers(en) == ["+495631723410"]
    assert en["emails"] == []
    offer = _page("<p>Termine nach Vereinbarung.</p>",
                  "<footer><div class='footer-inner'><p>Ein Angebot der Stadt Hagenrode, Marktplatz 1, 34567 Hagenrode, Tel. 05631 72-100</p></div></footer>")
    assert offer["addresses"] == [] and offer["phones"] == []


def test_a_letterhead_above_a_unit_is_the_units_box_a_lower_layer():
    box = ("<aside class='sidebar'><h3>Kontakt</h3><p>Stadt Hagenrode<br>Fachbereich Bildung und Integration<br>Gerberstraße 9<br>"
           "34567 Hagenrode<br>Tel. 05631 72-3410</p></aside>")
    alone = _page("<p>Wir beraten Kitas zur Sprachbildung.</p>", box)
    assert streets(alone) == ["Gerberstraße 9"]  # the only contact on the page: the centre's department
    assert phone_numbers(alone) == ["+495631723410"]
    beside = _page("<p>Kommunales Integrationszentrum, Lindenallee 4, 34567 Hagenrode, Telefon 05631 72-3422</p>",
                   box.replace("Bildung und Integration", "Ordnung"))
    assert streets(beside) == ["Lindenallee 4"]
    assert phone_numbers(beside) == ["+495631723422"]
