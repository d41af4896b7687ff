"""Contact facts in the sixth private round (tests/generalise_contact_r6.py): a second institution
beside the centre in every arrangement, glued PDF text, prose addresses, phone lists; and the
mechanism behind them on its own — the organisation-name grammar (extract/institutions.py) that
gives a contact fact to the owner named last before it.

Only the tune6 cases are asserted here; the aside6 third is scored by
``python -m tests.generalise_contact_r6`` and never tuned on."""

from __future__ import annotations

import pytest

from kiwatch.pipelines.extract.institutions import institutions, names_other_institution, owner_parts
from kiwatch.pipelines.extract.roles import CentreNames
from tests.casecheck import assert_read, case_params, page_record, phone_numbers, streets
from tests.generalise_contact_r6 import CASES

#: tune6 cases the extractor still misses (strict: a case that starts passing must leave the list).
KNOWN_GAPS: frozenset[str] = frozenset()
_CENTRE = CentreNames.default().regex


@pytest.mark.parametrize("case", case_params(CASES, KNOWN_GAPS, "tune6"))
def test_contact_fact_is_read_and_attributed(case):
    assert_read(case)


def _record(body: str) -> dict:
    return page_record(body, "Lindenau")


@pytest.mark.parametrize("name", ["Flüchtlingsberatung des Sozialdienstes katholischer Frauen", "Ehrenamtsagentur Lindenau",
                                  "Handwerkskammer", "Zentrum für Gesundheit", "Bildungswerk der Gewerkschaften",
                                  "Nachbarschaftshilfe Lindenau e. V.", "Diakonisches Werk", "Ausländerbehörde"])
def test_an_institution_is_named_by_its_head_noun_legal_form_or_name(name):
    assert names_other_institution(f"Auskunft gibt die {name}, Tel. 04321 99-1.", _CENTRE)


@pytest.mark.parametrize("text", ["Das KI sitzt im Familienzentrum, Mühlenweg 3.", "Wir beraten in den Räumen der Volkshochschule.",
                                  "Das KI ist im 2. OG des Jobcenters untergebracht.", "Die Geschäftsstelle des KI ist umgezogen.",
                                  "Beim Amtsgericht 4 finden Sie uns.", "Die Fachdienste und die Stabsstelle arbeiten zusammen.",
                                  "Unsere Außenstelle ist mittwochs besetzt."])
def test_a_place_the_centre_is_in_a_part_of_it_or_a_unit_word_names_no_other_institution(text):
    assert institutions(text, _CENTRE) == []


def test_a_fact_belongs_to_the_owner_named_last_before_it():
    parts = owner_parts("Das KI (Mühlenweg 3) und die Schuldnerberatung der Diakonie (Kirchweg 9) beraten gemeinsam.", _CENTRE,
                        lambda t: any(ch.isdigit() for ch in t))
    assert parts is not None and [other for _, other in parts] == [False, True]
    assert "Mühlenweg 3" in parts[0][0] and "Kirchweg 9" in parts[1][0]
    # one owner only: nothing to cut
    assert owner_parts("Das KI berät im Mühlenweg 3.", _CENTRE, lambda t: True) is None


def test_a_line_with_the_centre_and_then_another_institution_gives_each_its_own_facts():
    record = _record("<p>Kommunales Integrationszentrum Mühlenweg 3 45111 Lindenau Tel.: 04321 55-410 "
                     "Bildungswerk Lindenau e.V. Kirchweg 9 45111 Lindenau Tel.: 04321 7070</p>")
    assert streets(record) == ["Mühlenweg 3"] and phone_numbers(record) == ["+49432155410"]


def test_a_referral_to_another_institution_gives_it_the_facts_of_its_sentence():
    record = _record("<p>Bei Fragen zur Rente wenden Sie sich bitte an die Beratungsstelle der Rentenversicherung, Kirchweg 9, "
                     "Tel. 04321 7070.</p><p>Das KI erreichen Sie unter 04321 55-410.</p>")
    assert streets(record) == [] and phone_numbers(record) == ["+49432155410"]


def test_an_institution_in_the_centres_own_card_names_its_building():
    record = _record("<p>Kommunales Integrationszentrum<br>Zentrum für Bildung, Mühlenweg 3<br>45111 Lindenau</p>")
    assert streets(record) == ["Mühlenweg 3"]


def test_a_card_titled_by_another_institution_beside_the_centres_own():
    record = _record("<p><strong>Büro für Ratsangelegenheiten</strong><br>Tel. 04321 55-100<br>rat@lindenau.de</p>"
                     "<p><strong>Kommunales Integrationszentrum</strong><br>Tel. 04321 55-410<br>ki@lindenau.de</p>")
    assert phone_numbers(record) == ["+49432155410"] and record["emails"] == ["ki@lindenau.de"]


def test_a_person_leading_another_institution_is_no_head_of_the_centre():
    record = _record("<p>Die Beratungsstelle des Caritasverbandes wird von Helga Brinkmann geleitet; sie ist unter 04321 7070 "
                     "zu erreichen.</p>")
    assert not any(p["is_head"] for p in record["people"]) and phone_numbers(record) == []


def test_an_event_held_at_the_centre_keeps_the_centres_address():
    record = _record("<p>Die Erstberatung findet im KI statt (Mühlenweg 3, Raum 12).</p>")
    assert streets(record) == ["Mühlenweg 3"]
    elsewhere = _record("<p>Der Fachtag des KI findet in der Stadthalle statt (Am Festplatz 1, 45111 Lindenau).</p>")
    assert streets(elsewhere) == []


def test_pdf_text_with_a_hyphenated_street_word_or_commas_without_spaces():
    from kiwatch.pipelines.extract.addresses import find_addresses

    found = find_addresses(["Kommunales Integrationszentrum, Mühlen- weg 3a, 45111 Lindenau"])
    assert [(a.street, a.postal_code) for a in found] == [("Mühlenweg 3a", "45111")]
    tight = find_addresses(["Anschrift:Kommunales Integrationszentrum,Kirchweg 2,45111 Lindenau,Tel.:04321 55-410"])
    assert [(a.street, a.postal_code) for a in tight] == [("Kirchweg 2", "45111")]
    # a hyphen before "und" joins nothing
    assert [a.street for a in find_addresses(["Die Kirch- und Mühlenstraße 4 sind gesperrt, 45111 Lindenau"])] != ["Kirchstraße 4"]


def test_a_number_that_is_a_whole_part_of_a_separated_line_is_a_phone():
    from kiwatch.pipelines.extract.contact import find_phones

    assert [p.number for p in find_phones(["Kommunales Integrationszentrum – Kirchweg 2 – 04321 55-410"], [])] == ["+49432155410"]
    # a date range between dashes is none
    assert find_phones(["Sommerfest – 01.07.2026 – Stadtpark"], []) == []


def test_an_extension_on_the_line_after_the_switchboard_is_dialled_through_it():
    record = _record("<p>Telefonzentrale der Stadtverwaltung: 04321 55-0<br>Kommunales Integrationszentrum: Durchwahl -410</p>")
    assert phone_numbers(record) == ["+49432155410"]
    # without the extension line the switchboard stays the administration's
    alone = _record("<p>Telefonzentrale der Stadtverwaltung: 04321 55-0</p><p>Kommunales Integrationszentrum</p>")
    assert phone_numbers(alone) == []


def test_the_office_of_the_administrations_head_is_another_owner():
    assert names_other_institution("Wünsche richten Sie an das Vorzimmer des Landrats, Schlossweg 1.", _CENTRE)
    record = _record("<p>Kommunales Integrationszentrum<br>Mühlenweg 3, 45111 Lindenau<br>Telefon 04321 55-410</p>"
                     "<p>Büro des Oberbürgermeisters<br>Markt 1, 45111 Lindenau<br>Telefon 04321 55-100</p>")
    assert streets(record) == ["Mühlenweg 3"] and phone_numbers(record) == ["+49432155410"]


def test_a_line_opened_by_the_centres_own_site_label_keeps_its_facts():
    record = _record("<p>Zweigstelle Nord: Bürgerbüro am Markt, Kirchweg 2, 45112 Lindenau</p>")
    assert streets(record) == ["Kirchweg 2"]
    # another body's site is not the centre's
    other = _record("<p>Die Außenstelle des Jobcenters im Bürgerhaus (Kirchweg 4, Tel. 04321 70-1) öffnet montags.</p>")
    assert streets(other) == [] and phone_numbers(other) == []


def test_a_number_beside_a_persons_name_is_a_phone():
    from kiwatch.pipelines.extract.contact import find_phones

    assert [p.number for p in find_phones(["Team Bildung Herr Jonas Wendt 04321 55-412"], [])] == ["+49432155412"]
    assert find_phones(["Frau Wendt 2019 eingestellt"], []) == []


def test_extensions_listed_after_a_base_written_for_them():
    from kiwatch.pipelines.extract.contact import find_phones

    found = find_phones(["Sie erreichen das Team unter 04321 55-Durchwahl: Sekretariat 55-410, Beratung 55-411"], [])
    assert sorted(p.number for p in found) == ["+49432155410", "+49432155411"]


def test_an_abbreviation_glued_to_the_street_after_it():
    from kiwatch.pipelines.extract.addresses import find_addresses

    found = find_addresses(["KI Lindenau, Rathaus, 1. OGKirchweg 2, 45111 Lindenau"])
    assert [(a.street, a.postal_code) for a in found] == [("Kirchweg 2", "45111")]


def test_an_inline_venue_label_runs_up_to_the_centre_named_again():
    record = _record("<p>Elternabend am 3. Mai Tagungsort: Aula der Realschule, Schulweg 8, 45111 Lindenau Anmeldung beim Kommunalen "
                     "Integrationszentrum, Mühlenweg 3, 45111 Lindenau</p>")
    assert streets(record) == ["Mühlenweg 3"]


def test_a_centre_qualified_by_another_place_as_the_venue_is_another_centre():
    record = _record("<p>Das Netzwerktreffen findet im KI Kreis Nordheim statt (Am Markt 5, 45999 Nordheim). Rückfragen an uns: "
                     "04321 55-410.</p>")
    assert streets(record) == [] and phone_numbers(record) == ["+49432155410"]


def test_a_street_after_a_room_number_and_a_dash_where_the_centre_sits():
    from kiwatch.pipelines.extract.addresses import find_addresses

    found = find_addresses(["Unser Büro befindet sich im Stadthaus, Raum 2.14 – Mühlenweg 3 in Lindenau."])
    assert [a.street for a in found] == ["Mühlenweg 3"]


def test_a_number_right_after_a_persons_name_in_a_run_together_team_list():
    from kiwatch.pipelines.extract.contact import find_phones

    found = find_phones(["Beratung Selin Arslan 04321 55-411 Verwaltung Bernd Kühn 04321 55-412"], [])
    assert [p.number for p in found] == ["+49432155411", "+49432155412"]
    # after words that are no name (lower case, the administration's words), a number with no context stays unread
    # (a short label line of its own, "Kommunales Integrationszentrum 04321 55-411", is a context: tests/test_extract_contact_r7.py)
    assert find_phones(["und im Kommunalen Integrationszentrum 04321 55-411"], []) == []
    assert find_phones(["gültig ab sofort 04321 55-411"], []) == []
