"""A team whose members' names link to their profile pages is the page's own text (issue 7):
municipal CMSs list contact persons as links to a person page, and a list that is mostly
links is otherwise read as navigation or a rotating news list and left out. News headlines and
menus that link away stay out. All centres, people and places are invented."""

from __future__ import annotations

import pytest

from kiwatch.pipelines.extract import extract
from kiwatch.pipelines.extract.page import read

URL = "https://www.kreis-auental.example/integration/ki/"
TITLE = "Kommunales Integrationszentrum Kreis Auental"


def _html(main: str) -> bytes:
    return (f"<html><head><title>{TITLE}</title></head><body><nav><ul><li><a href='/'>Start</a></li>"
            f"<li><a href='/kreishaus'>Kreishaus</a></li><li><a href='/service'>Service</a></li></ul></nav>"
            f"<main><h1>{TITLE}</h1>{main}<p>Wir beraten Zugewanderte, Schulen und Kitas im ganzen Kreis.</p></main></body></html>").encode()


@pytest.mark.parametrize("team", [
    "<ul><li><a href='/personen/okafor'>Chidi Okafor</a> (Leitung)</li><li><a href='/personen/lindqvist'>Saga Lindqvist</a> "
    "(Bildungsberatung)</li><li><a href='/personen/yilmaz'>Emre Yılmaz</a> (Verwaltung)</li></ul>",
    "<ul><li><a href='/personen/okafor'>Chidi Okafor, Leiter</a></li><li><a href='/personen/lindqvist'>Saga Lindqvist, "
    "Referentin</a></li><li><a href='/personen/yilmaz'>Emre Yılmaz, Sachbearbeiter</a></li></ul>",
    "<ol><li><a href='/p/1'>Dr. Chidi Okafor</a> – Leitung</li><li><a href='/p/2'>Saga Lindqvist</a> – Schule</li></ol>",
])
def test_a_team_list_of_profile_links_is_read(team):
    record = extract(_html("<h2>Unser Team</h2>" + team), URL, "text/html", "utf-8")
    assert [p.name for p in record.people if p.is_head] == ["Chidi Okafor"]
    assert "Saga Lindqvist" in record.main_text


def test_headlines_and_menus_that_link_away_stay_out():
    news = ("<h2>Aktuelles</h2><ul><li><a href='/news/1'>Chidi Okafor übernimmt die Leitung der Musikschule</a></li>"
            "<li><a href='/news/2'>Sprachcafé startet wieder</a></li><li><a href='/news/3'>Neue Kurse im Herbst</a></li></ul>")
    menu = ("<ul><li><a href='/ki/team'>Team</a></li><li><a href='/ki/angebote'>Angebote</a></li>"
            "<li><a href='/ki/kontakt'>Kontakt</a></li></ul>")
    reading = read(_html(news + menu), URL, "text/html", "utf-8")
    texts = [b.text for b in reading.blocks]
    assert not any("Musikschule" in t or "Sprachcafé" in t or t == "Angebote" for t in texts)
