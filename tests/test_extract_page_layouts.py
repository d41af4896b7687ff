"""Page layouts the extractor met first in the sixth corpus batch (issue 7): text in <pre> keeps
its lines (an organigram), the button that opens an accordion panel is the panel's heading, a
section headed "Weitere Stellen …" is someone else's, a centre of another place than the one the
page defines as its own is another centre, and an outline numbered below a unit ("45.1 KI" under
"Amt 45 – …") names that unit as the parent. All centres, people and places are invented."""

from __future__ import annotations

from kiwatch.pipelines.extract import extract
from kiwatch.pipelines.extract.page import read

URL = "https://www.kreis-wolmsdorf.example/bildung/ki"


def _page(main: str, title: str = "Kommunales Integrationszentrum") -> bytes:
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Start</a></nav>"
            f"<main><h1>{title}</h1>{main}</main><footer><p>Kreis Wolmsdorf · Impressum</p></footer></body></html>").encode()


def _heads(record) -> list[str]:
    return sorted(p.name for p in record.people if p.is_head)


ORGANIGRAM = """<p>Wir sind das Kommunale Integrationszentrum des Kreises Wolmsdorf.</p>
<pre>Dezernat 2 – Bildung und Soziales (Kreisrat Jörn Peddinghaus)
  Amt 42 – Kultur und Weiterbildung (Ltg.: Wiebke Ostendorf)
    42.1 Volkshochschule
  Amt 47 – Bildung und Teilhabe (Ltg.: Ansgar Rövekamp)
    47.1 Kommunales Integrationszentrum (Ltg.: Derya Kılınç)
    47.2 Regionales Bildungsbüro
  Amt 50 – Soziales (Ltg.: Heike Brüggemann)</pre>"""


def test_preformatted_text_keeps_its_lines():
    lines = [b.text for b in read(_page(ORGANIGRAM), URL).blocks if b.tag == "pre"]
    assert lines[1] == "Amt 42 – Kultur und Weiterbildung (Ltg.: Wiebke Ostendorf)"
    assert len(lines) == 7


def test_organigram_lines_lead_their_own_units_and_the_centre_line_names_the_head():
    record = extract(_page(ORGANIGRAM), URL)
    assert _heads(record) == ["Derya Kılınç"]


def test_outline_numbered_below_a_unit_names_that_unit_as_parent():
    record = extract(_page(ORGANIGRAM), URL)
    names = [u.name for u in record.parent_units]
    assert names == ["Amt 47 – Bildung und Teilhabe"], names


def test_organisation_chain_below_the_district_with_the_centre_coded():
    main = ("<h2>Organisation</h2><p>Kreis Wolmsdorf › Dezernat 2 – Bildung und Soziales › Amt 47 – Bildung und Teilhabe "
            "› 47.1 Kommunales Integrationszentrum</p>")
    names = [u.name for u in extract(_page(main), URL).parent_units]
    assert names == ["Dezernat 2 – Bildung und Soziales / Amt 47 – Bildung und Teilhabe"], names


ACCORDION = """<p>Das KI ist das Kommunale Integrationszentrum des Kreises Wolmsdorf.</p>
<div class="accordion">
<h2 class="accordion-header"><button class="accordion-button" aria-expanded="true" data-bs-target="#p1">Kontakt</button></h2>
<div id="p1" class="accordion-collapse collapse show"><p>Hafenweg 9<br>31688 Wolmsdorf<br>Telefon 05722 41-870</p></div>
<h2 class="accordion-header"><button class="accordion-button collapsed" aria-expanded="false" data-bs-target="#p2">Weitere Stellen im Kreis</button></h2>
<div id="p2" class="accordion-collapse collapse"><p><strong>Integrationsbüro der Gemeinde Sahlenhagen</strong><br>Rathaus, Mühlenstraße 4, 31691 Sahlenhagen<br>Leitung: Tjark Hinrichs, Tel. 05723 930-12</p></div>
<h2 class="accordion-header"><button class="accordion-button collapsed" aria-expanded="false" data-bs-target="#p3">Aus dem Netzwerk</button></h2>
<div id="p3" class="accordion-collapse collapse"><p>Beim Fachtag sprach die Leiterin des KI der Stadt Osterbrink, Gesa Tammen, über Elternarbeit.</p></div>
</div>
<p>Die Leitung hat Jelena Marković.</p>"""


def test_accordion_buttons_are_the_panels_headings():
    texts = [b.text for b in read(_page(ACCORDION), URL).blocks]
    assert "Kontakt" in texts and "Weitere Stellen im Kreis" in texts


def test_a_section_of_further_offices_is_not_the_centres():
    record = extract(_page(ACCORDION), URL)
    assert [a.street for a in record.addresses] == ["Hafenweg 9"]
    assert "Tjark Hinrichs" not in _heads(record)
    assert not any(p.number.endswith("93012") for p in record.phones)


def test_a_centre_of_another_place_than_the_page_defines_is_another_centre():
    assert _heads(extract(_page(ACCORDION), URL)) == ["Jelena Marković"]
