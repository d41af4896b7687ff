"""Parent units and reorganisations in the nineteenth round's forms (tests/generalise_unit_cases19.py, written
before the code) and the mechanisms added for them, each with the distractor it must leave alone. The aside
third is scored by `python -m bench.generalise_score`, never asserted here, so nobody tunes on it."""

from __future__ import annotations

import pytest

from kiwatch.pipelines.extract.dated import change_state, is_reorganisation
from kiwatch.pipelines.extract.roles import CentreNames
from tests.casecheck import assert_read
from tests.generalise_unit_cases19 import UNIT19_ASIDE, UNIT19_TUNED


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"]) for c in UNIT19_TUNED])
def test_round19_phrasing_is_read(case):
    assert_read(case)


def test_the_round19_aside_third_stays_apart():
    aside, tuned = {c["id"] for c in UNIT19_ASIDE}, {c["id"] for c in UNIT19_TUNED}
    assert not aside & tuned and len(aside) * 2 == len(tuned) and len(aside) >= 20


# ----------------------------------------------------------------------------- a state since a date is no event


@pytest.mark.parametrize("sentence", [
    "Seit dem 1. März 2026 gehört das Integrationszentrum zum neu gebildeten Fachdienst Vielfalt.",
    "Seit der Umstrukturierung am 1. Juni 2025 ist das KI dem Dezernat II unterstellt.",
    "Das KIZ ist seit dem 01.04.2026 Teil des neuen Amtes 57.",
    "Seit dem 4. Mai 2026 finden Sie das Kommunale Integrationszentrum in der Hafenstraße 3.",
])
def test_a_state_that_holds_since_a_date_is_no_reorganisation(sentence):
    assert not is_reorganisation(sentence)


@pytest.mark.parametrize("sentence", [
    # a change told in a finite form of its own, a decision, an effective date, a new name or a merger stays one
    "Seit dem 1. März 2026 gehört das KI zum Amt 40; zum 1. Januar 2027 wird es dem Dezernat II zugeordnet.",
    "Seit dem Beschluss vom 3. Mai 2026 wird das KI in den Fachbereich 5 eingegliedert.",
    "Das KIZ heißt seit dem 1. März 2026 „Haus der Vielfalt“.",
    "Seit dem 1. Januar 2026 bilden das KI und das Bildungsbüro gemeinsam das neue Amt für Bildung.",
])
def test_a_since_sentence_that_tells_a_change_stays_a_reorganisation(sentence):
    assert is_reorganisation(sentence)


# ----------------------------------------------------------------------------- a relocation is an address, no reorganisation


@pytest.mark.parametrize("sentence", [
    "Wir sind am 2. März 2026 umgezogen und jetzt in der Gerberstraße 14 zu finden.",
    "Am 15. Juni 2026 zieht das KI in das Bürgerhaus Süd um.",
    "Das KIZ wird zum 1. Oktober 2026 umziehen.",
])
def test_a_move_of_premises_is_no_reorganisation(sentence):
    assert not is_reorganisation(sentence)


def test_a_move_into_another_unit_stays_a_reorganisation():
    assert is_reorganisation("Am 1. Juli 2026 wechselt das KI in den Fachbereich 3.")


# ----------------------------------------------------------------------------- a decision reorganises only what it names


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Der Rat hat am 12.03.2026 beschlossen, das Budget des KI um 50.000 Euro zu erhöhen.", False),
    ("Der Integrationsrat hat am 5. Mai 2026 beschlossen, mit dem KI eine Kampagne zu starten.", False),
    ("Der Rat hat am 12.03.2026 beschlossen, das KI dem Amt 40 zuzuordnen.", True),
    ("Der Kreistag beschloss am 17.10.2025, ein Kommunales Integrationszentrum einzurichten.", True),
    ("Am 3. Juni 2026 beschloss der Rat die Zuständigkeit des KI für die Einbürgerungsfeiern.", True),
])
def test_a_decision_is_a_reorganisation_only_about_units_or_the_centres_set_up(sentence, expected):
    assert is_reorganisation(sentence) is expected


# ----------------------------------------------------------------------------- an effective date told as done


@pytest.mark.parametrize(("sentence", "unit"), [
    ("Zum 1. März 2024 wurde das KI in den Fachdienst 51 eingegliedert.", "Fachdienst 51"),
    ("Zum 01.07.2023 ist das Integrationszentrum dem Dezernat III zugeordnet worden.", "Dezernat III"),
])
def test_a_change_with_an_effective_date_told_as_done_leaves_the_centre_in_its_goal(sentence, unit):
    state = change_state(sentence, CentreNames.default())
    assert state is not None and state[0].name == unit


@pytest.mark.parametrize("sentence", [
    "Zum 1. Juli 2027 wird das KI in den Fachdienst 51 eingegliedert.",  # ahead
    "Es wurde beschlossen, das KI zum 1. Juli 2027 in das Amt 40 zu überführen.",  # a decision taken, the change ahead
    "Am 3. Mai 2026 wurde beschlossen, das KI zum 1. Juli 2027 in das Amt 40 einzugliedern.",
])
def test_an_effective_date_of_a_change_still_ahead_leaves_no_state(sentence):
    assert change_state(sentence, CentreNames.default()) is None


# ----------------------------------------------------------------------------- the centre's own kind in its name line


@pytest.mark.parametrize("case", [
    {"id": "t19-ownkind-01", "html": "<h2>Dezernat 4/ Stabsstelle Kommunales Integrationszentrum</h2><p>Wir beraten.</p>", "parent_units": ["Dezernat 4"]},
    {"id": "t19-ownkind-02", "html": "<h2>Amt 51 | Abteilung 51.4 Kommunales Integrationszentrum</h2><p>Wir beraten.</p>", "parent_units": ["Amt 51"]},
    # units on both sides of the centre are its siblings; a unit joined by "und" is a partner
    {"id": "t19-ownkind-03", "html": "<h2>Jugendamt – Stabsstelle Kommunales Integrationszentrum – Schulamt</h2><p>Wir beraten.</p>",
     "parent_units": [], "must_not": {"parent_units": ["Jugendamt", "Schulamt"]}},
    {"id": "t19-ownkind-04", "html": "<h2>Jugendamt und Team Kommunales Integrationszentrum</h2><p>Wir beraten.</p>",
     "parent_units": [], "must_not": {"parent_units": ["Jugendamt"]}},
], ids=lambda c: c["id"])
def test_the_centres_own_kind_word_before_its_name_is_no_link_above_it(case):
    assert_read(case)


# ----------------------------------------------------------------------------- a label of two kinds


@pytest.mark.parametrize("case", [
    {"id": "t19-kinds-01", "text": "Fachbereich/Amt: 41 – Kultur und Integration", "parent_units": ["Amt 41 [Kultur und Integration]"]},
    {"id": "t19-kinds-02", "text": "Amt / Abteilung: 50.3 Integration", "parent_units": ["Abteilung 50.3 [Integration]"]},
    # the centre itself as the value is no parent
    {"id": "t19-kinds-03", "text": "Amt/Abteilung: Kommunales Integrationszentrum", "parent_units": []},
], ids=lambda c: c["id"])
def test_a_label_of_two_kinds_reads_its_value_as_the_last(case):
    assert_read(case)


# ----------------------------------------------------------------------------- the Integrationsrat beside the centre's own facts


@pytest.mark.parametrize("case", [
    # the council the centre serves owns nothing: the centre's number after it stays the centre's
    {"id": "t19-served-01", "html": "<p>Ihre Ansprechpartnerin im KI (auch für den Integrationsrat): Frau Lea Sommer, Telefon 02345 67-105, "
     "lea.sommer@lindholm.example</p>", "phones": ["02345 67-105"], "emails": ["lea.sommer@lindholm.example"]},
    {"id": "t19-served-02", "html": "<p>Frau Lea Sommer betreut auch den Integrationsrat. Telefon 02345 67-105</p>", "phones": ["02345 67-105"]},
    {"id": "t19-served-03", "text": "Das KI berät den Integrationsausschuss. Sie erreichen uns unter 02345 67-101.", "phones": ["02345 67-101"]},
    # the council as the owner of its own line stays its own
    {"id": "t19-served-04", "html": "<p>Das KI erreichen Sie unter 02345 67-101.</p><p>Der Integrationsrat ist unter 02345 67-300 erreichbar.</p>",
     "phones": ["02345 67-101"], "must_not": {"phones": ["02345 67-300"]}},
    {"id": "t19-served-05", "html": "<p>Kontakt für den Integrationsrat: Telefon 02345 67-300</p>", "phones": [],
     "must_not": {"phones": ["02345 67-300"]}},
], ids=lambda c: c["id"])
def test_a_council_the_centre_serves_owns_none_of_the_centres_facts(case):
    assert_read(case)


@pytest.mark.parametrize("case", [
    # under the council's heading, a line opened by the centre's own label and its name is the centre's again
    {"id": "t19-ratsection-01", "html": "<h2>Integrationsrat</h2><p>Die Geschäftsführung des Integrationsrates liegt beim KI.</p>"
     "<p>Kontakt: Kommunales Integrationszentrum, Lindenweg 5, 45999 Lindholm, Telefon 02345 67-100</p>",
     "addresses": ["Lindenweg 5, 45999 Lindholm"], "phones": ["02345 67-100"]},
    # a heading that joins the council and the centre heads a section of both
    {"id": "t19-ratsection-02", "html": "<h2>Integrationsrat und Kommunales Integrationszentrum</h2><p>Lindenweg 5, 45999 Lindholm</p>"
     "<p>Telefon 02345 67-100</p>", "addresses": ["Lindenweg 5, 45999 Lindholm"], "phones": ["02345 67-100"]},
    # the council's own section, even one that names the centre, and another owner's label before the centre, stay theirs
    {"id": "t19-ratsection-03", "html": "<h2>Integrationsrat</h2><p>Rathausplatz 1, 45999 Lindholm</p><p>Telefon 02345 67-300</p>",
     "addresses": [], "phones": [], "must_not": {"addresses": ["Rathausplatz 1"], "phones": ["02345 67-300"]}},
    {"id": "t19-ratsection-04", "html": "<h2>Integrationsrat: Zusammenarbeit mit dem KI</h2><p>Rathausplatz 1, 45999 Lindholm</p>"
     "<p>Telefon 02345 67-300</p>", "addresses": [], "phones": [], "must_not": {"addresses": ["Rathausplatz 1"], "phones": ["02345 67-300"]}},
    {"id": "t19-ratsection-05", "html": "<h2>Pressekontakt</h2><p>Kontakt: Kommunales Integrationszentrum, Pressestelle, Telefon 02345 67-900</p>",
     "phones": [], "must_not": {"phones": ["02345 67-900"]}},
], ids=lambda c: c["id"])
def test_the_centres_facts_in_and_beside_the_councils_section(case):
    assert_read(case)


@pytest.mark.parametrize("case", [
    # another owner's label whose value is the centre: the centre holds what the label names
    {"id": "t19-holder-01", "html": "<p>Geschäftsführung des Integrationsrates: Kommunales Integrationszentrum, Frau Petra Vogel, "
     "Telefon 02345 67-110</p>", "phones": ["02345 67-110"]},
    {"id": "t19-holder-02", "html": "<p>Geschäftsführung des Integrationsrates: Ratsbüro, Telefon 02345 67-300</p>", "phones": [],
     "must_not": {"phones": ["02345 67-300"]}},
], ids=lambda c: c["id"])
def test_another_owners_label_with_the_centre_as_its_value(case):
    assert_read(case)


# ----------------------------------------------------------------------------- a new unit by any participle


@pytest.mark.parametrize("case", [
    {"id": "t19-newunit-01", "text": "Das KI ist Teil des neu gegründeten Amtes 57.", "parent_units": ["Amt 57"]},
    {"id": "t19-newunit-02", "text": "Das KI gehört seit 2020 zum neu geschaffenen Amt für Integration.", "parent_units": ["Amt für Integration"]},
    {"id": "t19-newunit-03", "text": "2021 wurde das KI in den neu eingerichteten Fachbereich 6 verlagert.", "parent_units": ["Fachbereich 6"]},
    # a unit beside the centre stays none, however new
    {"id": "t19-newunit-04", "text": "Das KI liegt neben dem neu renovierten Bürgeramt.", "parent_units": []},
    {"id": "t19-newunit-05", "text": "Das KI gehört zum Amt 40. Zum 1. Juli 2027 wird es dem neu gebildeten Fachbereich 9 zugeordnet.",
     "parent_units": ["Amt 40"], "must_not": {"parent_units": ["Fachbereich 9"]}},
], ids=lambda c: c["id"])
def test_a_new_unit_named_by_any_participle_after_neu(case):
    assert_read(case)
