"""Heads and names, eighth round (issue 7): the tuned part of tests/generalise_head_cases.py must be
read, and the mechanisms built for it are checked alone, in other words than the check set — who
holds another office by the form of their title, what a role leads when a topic follows it, the
parts of the centre a heading names, and a centre qualified by another town than the page's own."""

from __future__ import annotations

import pytest

from kiwatch.pipelines.extract import extract_html
from kiwatch.pipelines.extract.grammar import CentreNames, is_head_role
from tests.casecheck import assert_read
from tests.generalise_head_cases import CASES8

#: Tuned cases the extractor does not read yet (strict xfail: a fix shows up).
#: g8c-widget-01: a switchboard label ("Zentrale: …") in the same paragraph makes the whole block the
#: switchboard's (attribution), so the head's direct line beside it is not read as the centre's.
NOT_YET_READ8 = frozenset({"g8c-widget-01"})



@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason="not read yet"))
                                  if c["id"] in NOT_YET_READ8 else c for c in CASES8], ids=[c["id"] for c in CASES8])
def test_round8_case_is_read(case):
    scored = assert_read(case)
    if case.get("acting"):
        assert scored["acting"].get("marked") == 1, "acting head not marked as acting"


FRAME = ("<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{body}"
         "<p>Wir beraten Schulen und Familien in {town}.</p></main></body></html>")


def _heads(body: str, title: str = "Kommunales Integrationszentrum Auental", town: str = "Auental") -> list[str]:
    record = extract_html(FRAME.format(title=title, body=body, town=town), "https://www.auental.example/ki/")
    return [p.name for p in record.people if p.is_head]


def test_a_leader_title_compounded_on_another_body_is_another_office():
    # the general form, not a list: any "<body>leiterin" except the kinds the centre itself can be
    for title in ("Kitaleiterin", "Gruppenleiterin", "Fachbereichsleiterin", "Heimleiterin"):
        assert _heads(f"<p>{title} Oda Rasmussen ist auch für das Kommunale Integrationszentrum verantwortlich.</p>") == [], title
    assert _heads("<p>Abteilungsleiterin Oda Rasmussen leitet das Kommunale Integrationszentrum.</p>") == ["Oda Rasmussen"]
    assert _heads("<p>Gesamtleitung: Oda Rasmussen</p>") == ["Oda Rasmussen"]


def test_a_topic_after_the_role_is_what_it_leads():
    assert not is_head_role("Teamleitung Elternarbeit")
    assert not is_head_role("Leitung Sprachkurse und Prüfungen")
    assert not is_head_role("Leiterin des Teams Seiteneinstieg")
    assert is_head_role("Teamleitung") and is_head_role("Leitung des Teams") and is_head_role("Leitung Telefon 0211 55-1")
    assert _heads("<p>Teamleitung Elternarbeit: Cosmin Vlad</p>") == []
    assert _heads("<p>Leiter Cosmin Vlad stellte das Angebot vor.</p>") == ["Cosmin Vlad"]


def test_a_heading_that_names_a_part_of_the_centre_owns_its_lead():
    assert _heads("<h2>Team Seiteneinstieg</h2><p>Leitung: Cosmin Vlad</p>") == []
    assert _heads("<h2>Unser Team</h2><p>Leitung: Cosmin Vlad</p>") == ["Cosmin Vlad"]
    assert _heads("<h2>Team des Kommunalen Integrationszentrums</h2><p>Leitung: Cosmin Vlad</p>") == ["Cosmin Vlad"]


def test_a_centre_of_another_town_is_another_centre():
    said = "<p>Die Leiterin des Kommunalen Integrationszentrums der Stadt Lindholm, Ilse Vos, besuchte uns.</p>"
    assert _heads(said) == []  # the page is Auental's, and says so in its text
    assert _heads("<p>Die Leiterin der Kommunalen Integrationszentren im Land, Ilse Vos, sprach.</p>") == []
    # the page's own town, or a page that never names its own town in its text: its head
    assert _heads(said.replace("Lindholm", "Auental")) == ["Ilse Vos"]
    assert _heads(said, title="Aktuelles", town="der Region") == ["Ilse Vos"]
    assert CentreNames.of_text("Kommunales Integrationszentrum Auental\nWir beraten in Auental.",
                               "Kommunales Integrationszentrum Auental").places == ("Auental",)
    assert CentreNames.of_text("Kommunales Integrationszentrum Auental", "Kommunales Integrationszentrum Auental").places == ()


def test_a_photographers_position_is_no_part_of_the_sentence():
    assert _heads("<p>Ilse Vos (2. v. l.), Leiterin des Kommunalen Integrationszentrums, mit Landrat Uwe Brink.</p>") == ["Ilse Vos"]
    assert _heads("<p>Ilse Vos (rechts), Leiterin des KI, und Uwe Brink (links).</p>") == ["Ilse Vos"]


def test_leichte_sprache_names_the_head_with_heisst_and_splits_the_centre_word():
    assert _heads("<p>Der Leiter vom Integrations-Zentrum heißt Cosmin Vlad.</p>") == ["Cosmin Vlad"]
    assert _heads("<h2>Wer leitet das Integrations·zentrum?</h2><p>Die Chefin heißt Ilse Vos.</p>") == ["Ilse Vos"]
    assert _heads("<p>Die Chefin vom Jugend-Amt heißt Ilse Vos.</p>") == []


def test_head_nouns_of_the_regions_other_languages():
    assert _heads("<p>Dyrektorką Centrum Integracji jest Ilse Vos.</p>") == ["Ilse Vos"]
    assert _heads("<p>Керівник: Остап Коваль</p>") == ["Остап Коваль"]
    assert _heads("<p>Entegrasyon Merkezi müdürü Cosmin Vlad, velilere teşekkür etti.</p>") == ["Cosmin Vlad"]
    assert _heads("<p>Okul müdürü Cosmin Vlad, velilere teşekkür etti.</p>") == []  # a school's head


def test_a_possessive_after_a_merged_preposition_refers_to_that_body():
    assert _heads("<p>Das Integrationszentrum ist im Sozialamt angesiedelt. Dessen Leiterin, Ilse Vos, lobte die Arbeit.</p>") == []
    assert _heads("<p>Wir sind ein Team von zwölf Fachleuten. Dessen Leiterin, Ilse Vos, lobte die Arbeit.</p>") == ["Ilse Vos"]


def test_a_remark_in_brackets_after_a_labelled_name_is_an_aside():
    assert _heads("<p>Leitung: Cosmin Vlad (zurzeit auch Ansprechpartner für die Kitas)</p>") == ["Cosmin Vlad"]
    assert _heads("<p>Komm. Leitung: Cosmin Vlad (bis zum Ende der Elternzeit von Frau Ilse Vos)</p>") == ["Cosmin Vlad"]


def test_a_list_of_other_towns_centres_names_other_heads():
    listed = "<ul><li>KI Stadt Lindholm – Leitung: Ilse Vos</li><li>KI Kreis Marsch – Leitung: Cosmin Vlad</li></ul>"
    assert _heads(listed, town="der Region") == []  # two other towns: a directory, whatever the page's own text says
    assert _heads("<p>KI Stadt Lindholm – Leitung: Ilse Vos</p>", town="der Region") == ["Ilse Vos"]  # one: maybe its own


def test_a_line_presenting_the_new_head_without_a_name_points_to_the_next_sentence():
    assert _heads("<h2>Neue Leiterin im Kommunalen Integrationszentrum</h2><p>Ilse Vos hat am Montag ihre Arbeit aufgenommen.</p>") \
        == ["Ilse Vos"]
    # a search for a new head, or a next sentence with someone in another office, names no head
    assert _heads("<p>Wir suchen eine neue Leitung für das Integrationszentrum.</p><p>Ilse Vos beantwortet Ihre Fragen.</p>") == []
    assert _heads("<h2>Neue Leiterin im Kommunalen Integrationszentrum</h2><p>Landrat Uwe Brink gratulierte.</p>") == []


def test_a_verb_at_the_end_of_its_clause_leads_the_last_phrase_before_it():
    assert _heads("<p>Wir danken Ilse Vos, die im KI die Elterngruppe leitet, für ihren Einsatz.</p>") == []
    assert _heads("<p>Wir danken Ilse Vos, die seit 2019 im KI das Team Seiteneinstieg leitet.</p>") == []
    assert _heads("<p>Wir danken Ilse Vos, die das Integrationszentrum seit dem Frühjahr leitet.</p>") == ["Ilse Vos"]
    # the centre as the relative pronoun, the person its subject
    assert _heads("<p>Das Integrationszentrum, das Ilse Vos seit 2020 leitet, berät Schulen.</p>") == ["Ilse Vos"]
    assert _heads("<p>Das Sprachcafé, das Ilse Vos seit 2020 leitet, ist beliebt.</p>") == []


def test_a_name_in_brackets_after_the_role():
    assert _heads("<p>Sprechzeiten: Leitung (Herr Cosmin Vlad) dienstags 9 bis 12 Uhr</p>") == ["Cosmin Vlad"]
    assert _heads("<p>Sprechzeiten der Schulberatung (Herr Cosmin Vlad): dienstags 9 bis 12 Uhr</p>") == []


def test_an_events_projects_or_groups_lead_is_not_the_centres():
    # an event's labels around the lead row, in one paragraph or on lines of their own
    assert _heads("<p>Fachtag Mehrsprachigkeit<br>Datum: 3. März<br>Leitung: Cosmin Vlad<br>Ort: Rathaus</p>") == []
    assert _heads("<p>Fachtag Mehrsprachigkeit. Datum: 3. März, Leitung: Cosmin Vlad, Ort: Rathaus.</p>") == []
    # under a heading of what is led ("Projekt …", "…kurs", "…café", "Arbeitskreis …")
    for heading in ("Projekt „Lesepaten“", "Nähkurs für Mütter", "Elterncafé", "Arbeitskreis Schule"):
        assert _heads(f"<h3>{heading}</h3><p>Leitung: Cosmin Vlad</p>") == [], heading
    assert _heads("<h3>Kontakt</h3><p>Leitung: Cosmin Vlad</p>") == ["Cosmin Vlad"]


def test_a_relative_clause_of_another_action_gives_no_head():
    assert _heads("<p>Neu im Team ist Ilse Vos, die die Leitung bei der Elternarbeit entlastet.</p>") == []
    assert _heads("<p>Neu im Team ist Ilse Vos, die die Leitung des Integrationszentrums übernimmt.</p>") == ["Ilse Vos"]


def test_our_centre_and_an_apposition_before_the_verb():
    assert _heads("<p>Die Leiterin unseres Hauses, Ilse Vos, begrüßt Sie gern.</p>") == ["Ilse Vos"]
    assert _heads("<p>Ilse Vos, zuvor Lehrerin in Auental, leitet seit Mai das Kommunale Integrationszentrum.</p>") == ["Ilse Vos"]


def test_prose_under_another_bodys_heading_speaks_of_that_body():
    assert _heads("<h3>Stadtteilzentrum Nord</h3><p>Die Einrichtung wird von Frau Ilse Vos geleitet.</p>") == []
    assert _heads("<h3>Sozialer Dienst</h3><p>Leiter ist Herr Cosmin Vlad.</p>") == []
    assert _heads("<h3>Elternkurse</h3><p>Die Kurse leitet Frau Ilse Vos. Die Leitung hat Frau Ilse Vos.</p>") == []
    # the centre's own section, or a sentence naming the centre under another heading
    assert _heads("<h3>Kontakt</h3><p>Die Einrichtung wird von Frau Ilse Vos geleitet.</p>") == ["Ilse Vos"]
    assert _heads("<h3>Stadtteilzentrum Nord</h3><p>Das Integrationszentrum leitet Frau Ilse Vos.</p>") == ["Ilse Vos"]
