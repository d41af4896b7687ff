"""Contact facts in the seventh private round (tests/generalise_contact_r7.py) and the mechanisms
behind them on their own: a partner or funder named in the centre's sentence owns nothing after it
(institutions.governed), a funder's sentence gives the next sentence to nobody, a line in the
centre's own voice takes its text back under another owner's heading, a later sentence opened by
the centre's own label leaves another owner's qualified label, office hours and a street make a
line a phone context.

Only the tune7 cases are asserted here; the aside7 third is scored by
``python -m tests.generalise_contact_r7`` and never tuned on."""

from __future__ import annotations

import pytest

from kiwatch.pipelines.extract.institutions import governed, institutions
from kiwatch.pipelines.extract.roles import CentreNames
from tests.casecheck import assert_read, case_params, page_record, phone_numbers, streets
from tests.generalise_contact_r7 import CASES
from tests.workmeter import WorkMeter

#: tune7 cases the extractor still misses (strict: a case that starts passing must leave the list).
KNOWN_GAPS: frozenset[str] = frozenset()
_CENTRE = CentreNames.default().regex


@pytest.mark.parametrize("case", case_params(CASES, KNOWN_GAPS, "tune7"))
def test_contact_fact_is_read_and_attributed(case):
    assert_read(case)


def _record(body: str) -> dict:
    return page_record(body, "Tannrode")


def _span(text: str, name: str) -> tuple[int, int]:
    return next(s for s in institutions(text, _CENTRE) if text[s[0]:s[1]].startswith(name))


@pytest.mark.parametrize("text, name", [
    ("Das KI plant zusammen mit dem Sportverein ein Fest, Anmeldung unter 04411 20-7.", "Sportverein"),
    ("Das KI lädt in Zusammenarbeit mit der Musikschule Tannrode zum Konzert ein, Karten unter 04411 20-7.", "Musikschule"),
    ("Das KI (finanziert durch die Stiftung Brückenschlag) ist unter 04411 20-7 erreichbar.", "Stiftung"),
])
def test_a_partner_or_funder_of_the_centres_work_is_governed(text, name):
    assert governed(text, _span(text, name))


@pytest.mark.parametrize("text, name", [
    # its own facts in apposition, or a relative clause about it: it owns them
    ("Zusammen mit dem Sportverein (Mühlgasse 4, Tel. 04411 3030) plant das KI ein Fest.", "Sportverein"),
    ("Gemeinsam mit der Musikschule, die in der Mühlgasse 4 probt, plant das KI ein Konzert.", "Musikschule"),
    # whom to turn to is never a partner: "an", "bei"
    ("Das KI verweist an die Schuldnerberatungsstelle unter 04411 3031.", "Schuldnerberatungsstelle"),
])
def test_an_institution_with_its_own_facts_or_turned_to_is_not_governed(text, name):
    assert not governed(text, _span(text, name))


def test_the_centres_number_after_a_partner_named_in_its_sentence_is_the_centres():
    record = _record("<p>Das KI plant zusammen mit dem Sportverein ein Sommerfest, Anmeldung unter 04411 20-711.</p>")
    assert phone_numbers(record) == ["+49441120711"]
    partner = _record("<p>Das KI plant zusammen mit dem Sportverein (Tel. 04411 3030) ein Sommerfest, Anmeldung unter 04411 20-711.</p>")
    assert phone_numbers(partner) == ["+49441120711"]


def test_a_funders_sentence_gives_the_next_sentence_to_nobody_but_a_press_office_keeps_it():
    funded = _record("<p>Finanziert durch die Stiftung Brückenschlag. Kontakt: 04411 20-712</p>")
    assert phone_numbers(funded) == ["+49441120712"]
    agent_first = _record("<p>Das Projekt wird von der Stiftung Brückenschlag gefördert. Kontakt: 04411 20-712</p>")
    assert phone_numbers(agent_first) == ["+49441120712"]
    press = _record("<p>Die Pressestelle der Stadt informiert über das Fest. Kontakt: 04411 20-1020</p>")
    assert phone_numbers(press) == []


def test_a_line_in_the_centres_own_voice_takes_its_text_back_under_another_owners_heading():
    body = ("<h3>Integrationsrat</h3><p>Vorsitz: Jelena Marković</p><p>Geschäftsstelle: Rathaus, Tel. 04411 20-1130</p>"
            "<p>{opener} Mühlgasse 9, 26881 Tannrode, Tel. 04411 20-713</p>")
    own = _record(body.format(opener="So erreichen Sie uns:"))
    assert phone_numbers(own) == ["+49441120713"] and streets(own) == ["Mühlgasse 9"]
    other = _record(body.format(opener="Sitzungsort:"))  # no own voice: still the council's section
    assert phone_numbers(other) == [] and streets(other) == []


def test_a_later_sentence_opened_by_the_centres_own_label_leaves_another_owners_label():
    record = _record("<p>Ansprechpartner beim Jobcenter: Team Integration, Tel. 04411 6060. Ansprechpartner im KI: Tel. 04411 20-714.</p>")
    assert phone_numbers(record) == ["+49441120714"]


@pytest.mark.parametrize("line", ["Sprechzeiten: mittwochs 9–12 Uhr, 04411 20-715", "Kommunales Integrationszentrum – Mühlgasse 9, 04411 20-715",
                                  "Termine nach Vereinbarung: 04411 20-715"])
def test_office_hours_or_a_street_on_the_line_make_a_bare_number_a_phone(line):
    assert phone_numbers(_record(f"<p>{line}</p>")) == ["+49441120715"]


def test_a_bare_number_without_any_contact_word_stays_out():
    assert phone_numbers(_record("<p>Im Jahr 2025 nahmen 04411 Kinder teil, das Projekt läuft bis 2027.</p>")) == []


def test_a_line_beside_the_centres_address_line_that_gives_another_street_under_anothers_label_is_theirs():
    centre = "<p>Kommunales Integrationszentrum, Mühlgasse 9, Tel. 04411 20-716</p>"
    other = _record(centre + "<p>Schuldnerhilfe: Weidenweg 4, Tel. 04411 7070</p>")
    assert streets(other) == ["Mühlgasse 9"] and phone_numbers(other) == ["+49441120716"]
    # the centre's own ways in and its other sites keep their street
    own = _record(centre + "<p>Seiteneingang: Weidenweg 4</p><p>Außenstelle Nord: Ringstraße 8</p>")
    assert streets(own) == ["Mühlgasse 9", "Weidenweg 4", "Ringstraße 8"]
    # without the centre's own line beside it there is no contrast: a label alone is no owner
    alone = _record("<p>Schuldnerhilfe: Weidenweg 4, Tel. 04411 7070</p>")
    assert streets(alone) == ["Weidenweg 4"]


def test_a_sentence_after_the_centres_facts_that_names_another_institution_gives_it_what_follows():
    record = _record("<p>Kommunales Integrationszentrum, Mühlgasse 9, Tel. 04411 20-717. Sprachkurse vermittelt das Bildungswerk "
                     "unter 04411 5050.</p>")
    assert phone_numbers(record) == ["+49441120717"]


@pytest.mark.parametrize("name", ["der JMD", "die Universität Tannrode", "das Welcome Center", "die Stadtbücherei", "das Berufskolleg Nord",
                                  "das Kommunale Integrationsmanagement"])
def test_bodies_known_by_short_names_schools_libraries_and_the_case_management_are_institutions(name):
    assert institutions(f"Auskunft gibt {name} unter 04411 5050.", _CENTRE)


def test_a_heading_of_further_contact_points_opens_others_section():
    record = _record("<p>So erreichen Sie uns: Mühlgasse 9, Tel. 04411 20-718</p><h3>Weitere Anlaufstellen</h3>"
                     "<p>Sozialamt – Abteilung Wohnen, Weidenweg 4, Tel. 04411 20-4410</p>")
    assert streets(record) == ["Mühlgasse 9"] and phone_numbers(record) == ["+49441120718"]


@pytest.mark.parametrize("line, street", [
    ("Kommunales Integrationszentrum | Mühlgassenstr.9 | 26881 Tannrode", "Mühlgassenstraße 9"),  # number glued to "Str."
    ("Kommunales Integrationszentrum, Weidenweg4, 26881Tannrode", "Weidenweg 4"),  # … and the town to its postal code
    ("Kommunales IntegrationszentrumAuf der Heide 726881 Tannrode", "Auf der Heide 7"),  # a street without a street word glued on
    ("26881 TannrodeWeidenweg 4", "Weidenweg 4"),  # the town glued to the street after it
    ("Kommunales Integrationszentrum · Weiden\u00adweg 4 · 26881 Tannrode", "Weidenweg 4"),  # a soft hyphen inside the street
])
def test_glued_pdf_and_html_text_gives_the_street(line, street):
    assert street in streets(_record(f"<p>{line}</p>"))


def test_a_glued_capital_is_no_street_without_a_street_word_or_a_postal_code():
    assert streets(_record("<p>Die KiTa Sonnenschein und das FamilienzentrumAm Ende 3 Jahre Arbeit.</p>")) == []


@pytest.mark.parametrize("sentence", [
    "Besuchen Sie uns an der Weidenstraße 4 (Eingang über den Hof).",  # a bracket goes on about the place
    "Das KI ist in das Gebäude Weidenstraße 4 gezogen.",  # a building word before the street
    "Ratsuchende kommen in die Weidenstraße 4 – gleich hinter dem Bahnhof.",  # a dash goes on about it
])
def test_a_street_in_running_text_is_read_before_a_bracket_a_dash_or_after_a_building_word(sentence):
    assert streets(_record(f"<p>{sentence}</p>")) == ["Weidenstraße 4"]


def test_a_street_word_in_a_name_after_a_building_word_is_no_address():
    assert streets(_record("<p>Das Haus Kolpingstraße ist ein Treffpunkt für 40 Familien.</p>")) == []


@pytest.mark.parametrize("line", ["Elternberatung 04411 20-719", "Noch Fragen? 04411 20-719", "Sprachmittler in vierzehn Sprachen buchen Sie ausschließlich über 04411 20-719.",
                                  "Leitung: Ida Brandt, 04411 20-719"])
def test_a_number_after_a_short_label_a_question_über_or_a_name_and_comma_is_a_phone(line):
    assert phone_numbers(_record(f"<p>{line}</p>")) == ["+49441120719"]


@pytest.mark.parametrize("line", ["Vorlage 0234/2026", "Das Projekt erreichte im Jahr 2025 insgesamt 04411 Familien und 300 Schulen mehr."])
def test_a_file_number_or_a_count_in_a_sentence_is_no_phone(line):
    assert phone_numbers(_record(f"<p>{line}</p>")) == []


def test_a_card_titled_by_a_counselling_service_beside_the_centres_card_is_the_services():
    record = _record("<p>Kommunales Integrationszentrum<br>Mühlgasse 9<br>04411 20-720</p><p>Erziehungsberatung<br>Weidenweg 4<br>04411 7071</p>")
    assert streets(record) == ["Mühlgasse 9"] and phone_numbers(record) == ["+49441120720"]


def test_a_street_right_before_a_phone_number_on_a_run_together_card_line_is_read():
    assert streets(_record("<p>Kommunales Integrationszentrum Mühlgasse 9 04411 20-721</p>")) == ["Mühlgasse 9"]
    # a number that is no phone after it (a count, a year) is no such card line
    assert streets(_record("<p>Das Projekt Mühlgasse 9 2025 wurde beendet.</p>")) == []


def test_a_paragraph_with_the_centre_as_its_subject_is_the_centres_after_another_owners_label_or_heading():
    after_label = _record("<p>Pressestelle</p><p>Das Kommunale Integrationszentrum berät in der Mühlgasse 9, Tel. 04411 20-722.</p>")
    assert phone_numbers(after_label) == ["+49441120722"]
    under_heading = _record("<h3>Integrationsrat</h3><p>Vorsitz: Jelena Marković</p><p>Das KI betreut die Sitzungen; Tel. 04411 20-723</p>")
    assert phone_numbers(under_heading) == ["+49441120723"]
    # the centre as an object, not the subject, takes nothing back
    other = _record("<h3>Integrationsrat</h3><p>Den Vorsitz hat Jelena Marković; Geschäftsstelle Tel. 04411 20-1131</p>")
    assert phone_numbers(other) == []


def test_a_bare_mit_governs_only_a_phrase_closed_by_zusammen():
    working = "Das KI arbeitet mit der Musikschule, dem Sportverein und der Stadtbücherei zusammen und ist unter 04411 20-724 erreichbar."
    assert governed(working, _span(working, "Sportverein"))
    turned_to = "Das KI vermittelt Termine mit der Schuldnerberatungsstelle unter 04411 3032."
    assert not governed(turned_to, _span(turned_to, "Schuldnerberatungsstelle"))


def test_a_long_run_of_articles_before_an_institution_is_read_in_linear_work(monkeypatch):
    # glued scraped text: the words between a governor and the institution are read once each,
    # however many articles stand there (two readings of "der die" made it exponential)
    meter = WorkMeter(monkeypatch)
    work = []
    for n in (8, 24):  # 24 articles: about as many as the look-back before an institution holds
        text = "Gemeinsam mit" + " die" * n + " x der Volkshochschule Tel. 0221 12345."
        span = _span(text, "Volkshochschule")
        found: list[bool] = []
        work.append(meter.measure(lambda found=found, text=text, span=span: found.append(governed(text, span))))
        assert found == [False]  # the stray word ends the partner phrase
    # three times the articles: about three times the work (each reading of an article doubled it)
    assert work[1].total < 6 * work[0].total, work
    # an article, another article with its adjective, then the partner: still governed
    partner = "Das KI arbeitet gemeinsam mit der die neue Volkshochschule an einem Fest, Anmeldung unter 04411 20-7."
    assert governed(partner, _span(partner, "Volkshochschule"))
