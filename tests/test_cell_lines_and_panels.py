"""Two ways real pages hold a contact card that the document layer lost (issue 7): a table cell
of lines ("<b>NAME</b><br>Leitung") whose last line ran into the next cell's text ("Leitung
Tel. …"), and an accordion panel hidden until its button opens it, named only by the button's
aria-controls (the WAI-ARIA disclosure pattern, whatever the class names). A hidden element that
no control opens stays out, and so does a hidden menu a button opens. All centres, people and
places are invented."""

from __future__ import annotations

import pytest

from kiwatch.pipelines.extract import extract

URL = "https://www.stadt-wiesental.example/ki/"
TITLE = "Kommunales Integrationszentrum Wiesental"


def _record(main: str, nav: str = ""):
    html = (f"<html><head><title>{TITLE}</title></head><body>{nav}<main><h1>{TITLE}</h1>{main}"
            "<p>Wir begleiten Zugewanderte, Schulen und Vereine in Wiesental.</p></main></body></html>")
    return extract(html.encode(), URL, "text/html", "utf-8")


def _heads(record) -> list[str]:
    return [p.name for p in record.people if p.is_head]


@pytest.mark.parametrize("table", [
    "<table><tr><td><b>Ilse Hagedorn</b><br>Leitung</td><td>Telefon 07161 30-2200</td></tr>"
    "<tr><td><b>Nuno Carvalho</b><br>Schulberatung</td><td>Telefon 07161 30-2201</td></tr></table>",
    "<table><tr><th>Name / Funktion</th><th>Kontakt</th></tr><tr><td>Ilse Hagedorn<br/>Leiterin</td>"
    "<td>07161 30-2200<br/>ilse.hagedorn@wiesental.example</td></tr></table>",
])
def test_a_table_cell_of_lines_keeps_its_role_line(table):
    assert _heads(_record(table)) == ["Ilse Hagedorn"]


def test_a_cell_of_lines_does_not_run_into_the_next_cell():
    record = _record("<table><tr><td>Ilse Hagedorn<br>Leitung</td><td>Raum 12</td></tr></table>")
    assert "Leitung\nRaum 12" in record.main_text


@pytest.mark.parametrize("panel", [
    "<button aria-expanded='false' aria-controls='leitung'>Leitung</button><div id='leitung' hidden><p>Ilse Hagedorn</p></div>",
    "<h3><button type='button' aria-expanded='false' aria-controls='sec-2 other'>Wer leitet das KI?</button></h3>"
    "<section id='sec-2' style='display:none'><p>Das Kommunale Integrationszentrum leitet Ilse Hagedorn.</p></section>",
    "<h3>Leitung</h3><div hidden='until-found'><p>Ilse Hagedorn</p></div>",
])
def test_a_collapsed_panel_a_control_opens_is_the_page_s_text(panel):
    assert _heads(_record(panel)) == ["Ilse Hagedorn"]


def test_hidden_text_nobody_opens_and_a_hidden_menu_stay_out():
    record = _record("<div id='vorlage' hidden><p>Leitung: Ilse Hagedorn</p></div>",
                     nav="<button aria-expanded='false' aria-controls='menu'>Menü</button>"
                         "<nav id='menu' hidden><ul><li><a href='/a'>Leitung: Ilse Hagedorn</a></li></ul></nav>")
    assert _heads(record) == [] and "Hagedorn" not in record.main_text
