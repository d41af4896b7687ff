"""The centre as one section of its parent unit's page: the Amt's lead and the other numbered
Abteilungen stand beside the centre's own section in the same build (heading, person, address,
phone, e-mail). Their facts are theirs: the centre's record holds only its own section's, and a new
number in a sibling section is no event of the centre's. All units, people and places are invented."""

from __future__ import annotations

import pytest

from bench import corpus_score as C
from kiwatch.pipelines.extract import extract

URL = "https://www.hollerbeck.example/rathaus/amt-50#ki"


def _section(heading: str, person: str, street: str, phone: str, mail: str) -> str:
    return (f"<section><h2>{heading}</h2><p>Leitung: {person}<br>{street}, 41812 Hollerbeck<br>"
            f"Telefon {phone}<br>{mail}@hollerbeck.example</p></section>")


def _page(lead: str = "Amtsleitung", sibling_phone: str = "02433 97-5010", ki_heading: str = "50.3 Kommunales Integrationszentrum") -> bytes:
    return ("<html><head><title>Amt für Soziales und Integration | Stadt Hollerbeck</title></head><body><main>"
            "<h1>Amt für Soziales und Integration (Amt 50)</h1>"
            + _section(lead, "Dr. Ilka Brügge", "Markt 1", "02433 97-5000", "amt50")
            + _section("50.1 Grundsicherung", "Frank Ossing", "Markt 1", sibling_phone, "grundsicherung")
            + _section(ki_heading, "Aylin Demir", "Wiesenweg 8", "02433 97-5030", "ki")
            + "</main></body></html>").encode()


def test_only_the_centres_section_gives_its_contact_facts() -> None:
    record = extract(_page(), URL)
    assert [a.street for a in record.addresses] == ["Wiesenweg 8"]
    assert [p.number for p in record.phones] == ["+492433975030"]
    assert record.emails == ["ki@hollerbeck.example"]
    assert [p.name for p in record.people if p.is_head] == ["Aylin Demir"]


def test_a_new_number_in_a_sibling_section_is_no_event() -> None:
    one = extract(_page(), URL).to_json()
    two = extract(_page(sibling_phone="02433 97-5011"), URL).to_json()
    # (the page's text did change: a content edit, not a change of the centre's contact)
    assert [e["kind"] for e in C._events("hollerbeck", URL, one, two)] == ["content"]


def test_a_section_of_the_centres_own_beside_its_heading_stays_its_own() -> None:
    # a lead heading of the centre's own kind ("Abteilungsleitung" of an Abteilung KI) names no parent
    record = extract(_page(lead="Abteilungsleitung", ki_heading="Kommunales Integrationszentrum"), URL)
    assert "Markt 1" in [a.street for a in record.addresses]


def _variant(lead: str, sibling: str, ki: str) -> bytes:
    return ("<html><head><title>Amt 50 | Stadt Hollerbeck</title></head><body><main><h1>Amt für Soziales und Integration</h1>"
            + _section(lead, "Dr. Ilka Brügge", "Markt 1", "02433 97-5000", "amt50")
            + _section(sibling, "Frank Ossing", "Markt 3", "02433 97-5010", "gs")
            + _section(ki, "Aylin Demir", "Wiesenweg 8", "02433 97-5030", "ki") + "</main></body></html>").encode()


@pytest.mark.parametrize(("lead", "sibling", "ki"), [
    ("Fachbereichsleitung", "Abteilung 50.1 – Grundsicherung", "Abteilung 50.3 – Kommunales Integrationszentrum"),
    ("Leitung des Amtes", "Abteilung Grundsicherung", "Abteilung Kommunales Integrationszentrum"),
    ("Amtsleiterin", "Sachgebiet 50-1 Wohngeld", "Sachgebiet 50-3 Integration (KI)"),
])
def test_siblings_built_like_the_centres_section_are_other_units(lead: str, sibling: str, ki: str) -> None:
    record = extract(_variant(lead, sibling, ki), URL)
    assert [a.street for a in record.addresses] == ["Wiesenweg 8"]
    assert [p.name for p in record.people if p.is_head] == ["Aylin Demir"]
