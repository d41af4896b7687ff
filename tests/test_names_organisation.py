"""A name followed by "von"/"vom" and an organisation (issue 7): the particle is a preposition there,
not part of the name — "Frau Elif Sahin vom Diakonischen Werk" is Elif Sahin, of the Diakonisches
Werk — while a name whose particle is followed by a surname keeps it ("Greta von der Heide")."""

from __future__ import annotations

import pytest

from kiwatch.pipelines.extract import extract_html

FRAME = ("<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{body}"
         "<p>Wir beraten Schulen und Familien in Dornwerth.</p></main></body></html>")


def _people(body: str) -> list[tuple[str, bool]]:
    record = extract_html(FRAME.format(title="Kommunales Integrationszentrum Dornwerth", body=body),
                          "https://www.dornwerth.example/ki/")
    return [(p.name, p.is_head) for p in record.people]


@pytest.mark.parametrize(("body", "head"), [
    ("<p>Zum Jahresbeginn hat Frau Elif Sahin vom Diakonischen Werk die Leitung des Kommunalen Integrationszentrums übernommen.</p>",
     "Elif Sahin"),
    ("<p>Neuer Leiter des Kommunalen Integrationszentrums ist Herr Tomasz Nowak von der Volkshochschule Dornwerth.</p>",
     "Tomasz Nowak"),
    ("<p>Die Leitung des Kommunalen Integrationszentrums übernimmt Frau Amara Diallo vom Caritasverband.</p>", "Amara Diallo"),
])
def test_the_organisation_after_von_is_not_part_of_the_heads_name(body, head):
    assert [name for name, is_head in _people(body) if is_head] == [head]


def test_another_bodys_contact_person_is_named_without_the_body():
    people = _people("<p>Das Kommunale Integrationszentrum wird von Frau Aylin Kaya geleitet. "
                     "Ansprechpartner für die Ausbildung ist Herr Dirk Maas vom Jobcenter.</p>")
    assert ("Aylin Kaya", True) in people
    assert ("Dirk Maas", False) in people
    assert all("Jobcenter" not in name for name, _ in people)


@pytest.mark.parametrize("name", ["Greta von der Heide", "Jan vom Berge", "Lotte von Aschenbach"])
def test_a_particle_before_a_surname_stays_in_the_name(name):
    body = f"<p>Leiterin des Kommunalen Integrationszentrums ist Frau {name}.</p>"
    assert [n for n, is_head in _people(body) if is_head] == [name]
