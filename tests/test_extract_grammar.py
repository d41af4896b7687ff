"""The extraction package, module by module, on forms written for these tests (invented people,
units, streets and towns): prose grammar of the head and the parent unit, attribution of
someone else's block, addresses and phones in running text, volatile lists, glued PDF text."""

from __future__ import annotations

import pytest

from kiwatch.pipelines.extract import extract_html, extract_text
from kiwatch.pipelines.extract.document import unglue
from kiwatch.pipelines.extract.grammar import CentreNames, heads, is_head_role, split_title
from kiwatch.pipelines.extract.units import prose_units
from kiwatch.pipelines.normalise import canonical_text

FRAME = ("<html><head><title>Kommunales Integrationszentrum Nebelstein</title></head><body>"
         "<nav><ul><li><a href='/'>Start</a></li><li><a href='/rathaus/'>Rathaus</a></li></ul></nav>"
         "<main><h1>Kommunales Integrationszentrum</h1>{}"
         "<p>Wir unterstützen Schulen, Kitas und Vereine bei Sprachbildung und Teilhabe im Kreis.</p></main>"
         "<footer><p><a href='/impressum/'>Impressum</a></p></footer></body></html>")


def _page(body: str):
    return extract_html(FRAME.format(body), "https://www.nebelstein.example/ki/")


def _heads(text: str) -> list[str]:
    return [p.name for p in _page(f"<p>{text}</p>").people if p.is_head]


# ---------------------------------------------------------------- the head


@pytest.mark.parametrize("text, name", [
    ("Die Leiterin des Kommunalen Integrationszentrums, Ayşe Korkmaz-Lindner, eröffnete den Abend.", "Ayşe Korkmaz-Lindner"),
    ("Zum Auftakt sprach der Leiter des KI, Dr. Wojciech Barański, über Elternarbeit.", "Wojciech Barański"),
    ("Lale Hoffmeister, die Leiterin des Integrationszentrums, dankte den Ehrenamtlichen.", "Lale Hoffmeister"),
    ("Jannik ter Horst, seit 2020 Leiter des Kommunalen Integrationszentrums, stellte den Bericht vor.", "Jannik ter Horst"),
    ("Suada Mehmedović ist neue Leiterin des Kommunalen Integrationszentrums.", "Suada Mehmedović"),
    ("Seit dem Frühjahr ist Tamar Gelashvili Leiterin des KI.", "Tamar Gelashvili"),
    ("Leiter des Integrationszentrums ist seit Oktober Henrik Vossberg.", "Henrik Vossberg"),
    ("Neuer Leiter des KI wird zum 1. März Baran Doğan.", "Baran Doğan"),
    ("KI-Leiterin Ilona Szabó-Kemper betonte die Rolle der Eltern.", "Ilona Szabó-Kemper"),
    ("Leiterin Marit van den Bosch erläuterte das Angebot.", "Marit van den Bosch"),
    ("Die Gruppe unter Leitung von Nikola Petrović trifft sich monatlich.", "Nikola Petrović"),
    ("Unter der Leitung von Frau Dr. Esra Yıldırım arbeiten zehn Fachkräfte im Kommunalen Integrationszentrum.", "Esra Yıldırım"),
    ("Kwame Asante leitet das Kommunale Integrationszentrum seit 2018.", "Kwame Asante"),
    ("Im Sommer übernimmt Greta Lindqvist die Leitung des Integrationszentrums.", "Greta Lindqvist"),
    ("Beim Fest waren Olek Zawadzki (Referatsleiter) und zwei Kolleginnen dabei.", "Olek Zawadzki"),
    ("Geleitet wird das KI seit 2021 von Dr. Yara Haddad.", "Yara Haddad"),
    ("Das Integrationszentrum wird von Jonte Wiegand geleitet.", "Jonte Wiegand"),
    ("An der Spitze des KI steht seit Mai Ömer Faruk Yılmaz.", "Ömer Faruk Yılmaz"),
    ("Die Leitung liegt bei Birthe Carstensen.", "Birthe Carstensen"),
    ("Dorota Kaminska wurde zur neuen Leiterin des KI ernannt.", "Dorota Kaminska"),
    ("Elias Brandstetter hat zum 1. Mai die Leitung des KI übernommen.", "Elias Brandstetter"),
    ("Team Süd: Ltg. Hauke Jessen; Stv. Ltg. Mette Larsen.", "Hauke Jessen"),
    ("Zoran Ilić folgt auf Brigitte Amsel an der Spitze des Integrationszentrums.", "Zoran Ilić"),
    ("Während der Elternzeit nimmt Sibel Kaya kommissarisch die Leitung des KI wahr.", "Sibel Kaya"),
    ("Ngozi Eze, head of the municipal integration centre, opened the meeting.", "Ngozi Eze"),
    ("Seit Juni liegt die Leitung des KIZ in den Händen von Arvid Holm.", "Arvid Holm"),
    ("Das KI leitet seit 2019 Henrike Saal.", "Henrike Saal"),
    ("Mit Ilias Petridis hat das KI einen neuen Leiter.", "Ilias Petridis"),
    ("Neu an der Spitze des KI: Greta Aalto.", "Greta Aalto"),
    ("Das Team wird von Rasmus Kjær geleitet.", "Rasmus Kjær"),
    ("Die Urkunden überreichten Minh Anh Tran (Leitung Kommunales Integrationszentrum) und der Landrat.", "Minh Anh Tran"),
])
def test_head_in_prose(text, name):
    assert _heads(text) == [name]


@pytest.mark.parametrize("html, name", [
    ("<p>Leitung: Frau Dr. Henrike Sommerfeld</p><p>Sekretariat: Frau Ulla Brenner</p>", "Henrike Sommerfeld"),
    ("<p><b>Leiter des Integrationszentrums:</b> Ruben Oyelaran</p>", "Ruben Oyelaran"),
    ("<table><tr><th>Funktion</th><th>Name</th></tr><tr><td>Leitung</td><td>Dilara Aksu</td></tr>"
     "<tr><td>Verwaltung</td><td>Bernd Haverkamp</td></tr></table>", "Dilara Aksu"),
])
def test_head_in_labels_and_tables(html, name):
    assert [p.name for p in _page(html).people if p.is_head] == [name]


def test_a_surname_refers_back_to_the_full_name():
    assert _heads("Dr. Malin Torsdottir eröffnete den Abend. Torsdottir leitet das KI seit dem Sommer.") == ["Malin Torsdottir"]


def test_a_later_reference_names_the_head():
    text = "Svenja Oltmanns sieht in der Sprachmittlung einen Schlüssel, sagt die Leiterin des KI."
    assert _heads(text) == ["Svenja Oltmanns"]


@pytest.mark.parametrize("text", [
    "Die stellvertretende Leiterin des KI, Carla Wendt, moderierte.",
    "Der Leiter des Jugendamtes, Holger Pape, sprach ein Grußwort.",
    "Die frühere Leiterin des KI, Gisela Marx, wurde verabschiedet.",
    "Projektleitung KOMM-AN: Ilse Rehbein",
    "Assistenz der Leitung: Frau Petra Unland",
    "Der Vorsitzende des Integrationsrates, Emre Tosun, begrüßte die Gäste.",
    "Das Jugendamt wird von Peter Lang geleitet.",
    "Die Leitung des Projekts liegt bei Anna Roth.",
    "Renate Vogt hat die Leitung des KI abgegeben.",
    "Anna Roth hat die Leitung des KI kritisiert.",
    "Hanna Berg ist Leiterin der Volkshochschule.",
    "Die ehemalige KI-Leiterin Hanna Berg ist jetzt im Ruhestand.",
])
def test_not_the_head(text):
    assert _heads(text) == []


def test_acting_head_is_a_head_marked_acting():
    for text in ("Kommissarische Leitung: Nadja Ferreira", "Kommissarisch leitet Nadja Ferreira das KI.",
                 "Bis zur Neubesetzung leitet Nadja Ferreira das Integrationszentrum kommissarisch."):
        heads_ = [p for p in _page(f"<p>{text}</p>").people if p.is_head]
        assert [(p.name, p.acting) for p in heads_] == [("Nadja Ferreira", True)], text
        assert "ommissarisch" in heads_[0].role


def test_names_from_every_language_without_an_ending_blocklist():
    # given names that end like German nouns ("-ale", "-ung", "-ion") are names in a name position
    for name in ("Lale Brinkhaus", "Marion Jung", "Natale Esposito", "Sion Hartung"):
        assert _heads(f"Die Leiterin des KI, {name}, begrüßte die Gäste.") == [name]


def test_title_is_kept_apart_from_the_name():
    assert split_title("Frau Prof. Dr. Ines Obermaier") == ("Prof. Dr.", "Ines Obermaier")
    (person,) = [p for p in _page("<p>Leitung: Dr. Ines Obermaier</p>").people if p.is_head]
    assert (person.name, person.title) == ("Ines Obermaier", "Dr.")


def test_head_roles():
    assert is_head_role("Leiterin des Kommunalen Integrationszentrums")
    assert is_head_role("Kommissarische Leitung")
    assert is_head_role("Referatsleiter")
    assert not is_head_role("Stellvertretende Leitung")
    assert not is_head_role("Leiter des Schulamtes")


def test_page_defined_acronym_and_synonyms_are_the_centre():
    centre = CentreNames.of_text("Das Kommunale Integrationszentrum (KIN) berät Schulen.")
    assert centre.acronyms == ("KIN",)
    assert heads(["Leiterin des KIN ist Roza Avetisyan."], centre)[0].name == "Roza Avetisyan"
    assert [h.name for h in heads(["Leiterin des KIN ist Roza Avetisyan."], CentreNames.default())] == []


# ---------------------------------------------------------------- the parent unit


@pytest.mark.parametrize("sentence, unit", [
    ("Das Kommunale Integrationszentrum ist dem Fachbereich 7 – Bildung und Kultur zugeordnet.", "Fachbereich 7 – Bildung und Kultur"),
    ("Zugeordnet ist das KI dem Dezernat IV.", "Dezernat IV"),
    ("Angesiedelt ist das Integrationszentrum im Kreisschulamt.", "Kreisschulamt"),
    ("Das KIZ gehört zum Amt für Familie und Teilhabe.", "Amt für Familie und Teilhabe"),
    ("Das Kreisintegrationszentrum ist dem Sozialdezernat angegliedert.", "Sozialdezernat"),
    ("Das Kommunale Integrationszentrum ist eine Abteilung im Fachbereich Jugend und Soziales.", "Abteilung im Fachbereich Jugend und Soziales"),
    ("Das KI ist als Stabsstelle dem Oberbürgermeister unterstellt.", "Stabsstelle beim Oberbürgermeister"),
    ("Die Einrichtung ist angesiedelt beim Amt für Schule und Sport.", "Amt für Schule und Sport"),
    ("Das KI ist im Dezernat II / Referat Vielfalt angesiedelt.", "Dezernat II / Referat Vielfalt"),
    ("Seit der Neuordnung ist das KI Teil des Amtes für Bildung.", "Amt für Bildung"),
    ("Das KI ist im Geschäftsbereich 3 Soziales verortet.", "Geschäftsbereich 3 Soziales"),
    ("Das Integrationszentrum untersteht dem Sozialdezernat.", "Sozialdezernat"),
    ("Im Fachbereich 4 ist das KI als eigene Abteilung verortet.", "Fachbereich 4"),
    ("Das KI ist eine Stabsstelle des Landrats.", "Stabsstelle beim Landrat"),  # (the holder in the nominative, as above)
    ("Das Integrationszentrum bildet mit dem Bildungsbüro die Abteilung Schulentwicklung des Schulamts.", "Abteilung Schulentwicklung des Schulamts"),
    ("Das KI arbeitet im Fachdienst Teilhabe der Kreisverwaltung.", "Fachdienst Teilhabe der Kreisverwaltung"),
])
def test_parent_unit_in_prose(sentence, unit):
    found = prose_units(canonical_text(sentence), CentreNames.default())
    assert found is not None and found.name == unit


@pytest.mark.parametrize("sentence", [
    "Von 2014 bis 2019 war das KI dem Dezernat I zugeordnet.",
    "Zum 1. Januar 2027 wird das KI Teil des neuen Amtes für Vielfalt.",
    "Das KI arbeitet eng mit dem Jugendamt zusammen.",
    "Die Geschäftsstelle des Integrationsrates ist beim Kommunalen Integrationszentrum angesiedelt.",
])
def test_history_announcements_and_partners_are_not_the_parent_unit(sentence):
    assert prose_units(canonical_text(sentence), CentreNames.default()) is None


def test_announced_reorganisation_is_a_dated_fact_not_the_current_unit():
    record = _page("<p>Derzeit ist das KI dem Dezernat III zugeordnet. Zum 1. April 2027 wird es Teil "
                   "des neu gebildeten Amtes für Chancengleichheit.</p>")
    assert [u.name for u in record.parent_units] == ["Dezernat III"]
    assert [(f.date, f.is_reorganisation) for f in record.dated_facts] == [("2027-04-01", True)]


@pytest.mark.parametrize("html, unit", [
    ("<p><strong>Organisatorische Zuordnung:</strong> Dezernat V – Soziales und Integration</p>", "Dezernat V – Soziales und Integration"),
    ("<dl><dt>Gehört zu:</dt><dd>Amt für Jugend und Familie</dd></dl>", "Amt für Jugend und Familie"),
    ("<h2>FD 52 Bildung und Teilhabe</h2><h3>Kommunales Integrationszentrum</h3>", "Fachdienst 52 Bildung und Teilhabe"),
])
def test_parent_unit_in_labels_and_headings(html, unit):
    assert [u.name for u in _page(html).parent_units] == [unit]


# ---------------------------------------------------------------- attribution


@pytest.mark.parametrize("html", [
    "<h3>Pressekontakt</h3><p>Presseamt<br>Zeughausplatz 2, 41999 Nebelstein<br>Tel. 02181 77-1010<br>presse@nebelstein.example</p>",
    "<p>Herausgeber: Kreis Nebelstein, Der Landrat, Zeughausplatz 2, 41999 Nebelstein, Telefon 02181 77-1011</p>",
    "<h3>Unser Partner: Jugendmigrationsdienst</h3><p>Leiterin: Fenna Rüsing, Mühlenstraße 4, 41999 Nebelstein, Telefon 02181 55-120</p>",
    "<p>Veranstaltungsort: Stadthalle, Zeughausplatz 2, 41999 Nebelstein</p>",
])
def test_someone_elses_block_gives_the_centre_no_facts(html):
    record = _page(html)
    assert record.addresses == [] and record.phones == [] and record.emails == []
    assert not any(p.is_head for p in record.people)


def test_the_centre_takes_its_own_block_back_after_a_distractor():
    record = _page("<p>Veranstaltungsort: Stadthalle, Zeughausplatz 2, 41999 Nebelstein</p>"
                   "<p>Veranstalter: Kommunales Integrationszentrum, Telefon 02181 77-4400</p>")
    assert [p.number for p in record.phones] == ["+492181774400"] and record.addresses == []


# ---------------------------------------------------------------- addresses and phones


@pytest.mark.parametrize("html, street", [
    ("<p>Unser Büro liegt an der Kaiserin-Auguste-Straße 14 in der Altstadt.</p>", "Kaiserin-Auguste-Straße 14"),
    ("<p>Die Beratung findet in der Ostwall 3a statt.</p>", "Ostwall 3a"),
    ("<p>So erreichen Sie uns:<br>• Brückengasse 7<br>• 41999 Nebelstein</p>", "Brückengasse 7"),
    ("<table><tr><td>Straße</td><td>Am Kapellenhof 9</td></tr><tr><td>Ort</td><td>41999 Nebelstein</td></tr></table>", "Am Kapellenhof 9"),
    ("<p>Sie finden uns in der Prof.-Lenz-Straße 2, 41999 Nebelstein.</p>", "Prof.-Lenz-Straße 2"),
    ("<p>Unser Büro befindet sich Am Bahnhof 1.</p>", "Am Bahnhof 1"),
    ("<p>Standort: An der Walkmühle 12</p>", "An der Walkmühle 12"),
])
def test_addresses(html, street):
    assert [a.street for a in _page(html).addresses] == [street]


@pytest.mark.parametrize("html, number", [
    ("<p>Rufen Sie uns an: (0 21 81) 44 55 66.</p>", "+492181445566"),
    ("<p><b>Hanne Iversen</b><br>Elternbildung<br>02181 / 77-4412<br>h.iversen@nebelstein.example</p>", "+492181774412"),
    ("<p>Kontakt: 02181 / 77 44 13</p>", "+492181774413"),
    ("<p>Aus dem Ausland erreichen Sie uns unter +49 (0) 2181 77-4414.</p>", "+492181774414"),
])
def test_phones_without_a_label_in_a_contact_context(html, number):
    assert [p.number for p in _page(html).phones] == [number]


def test_never_the_service_number_or_a_switchboard():
    record = _page("<p>Fragen an die Verwaltung beantwortet die Behördennummer 115. Das KI erreichen Sie unter 02181 77-4415.</p>"
                   "<p>Zentrale: 02181 77-0</p>")
    assert [p.number for p in record.phones] == ["+492181774415"]


def test_glued_pdf_text_is_read():
    assert unglue("So finden Sie unsKommunales IntegrationszentrumAm Kapellenhof 941999 NebelsteinTel.: 02181 77-4400") == \
        "So finden Sie uns Kommunales Integrationszentrum Am Kapellenhof 9, 41999 Nebelstein Tel.: 02181 77-4400"
    record = extract_text("KontaktKommunales IntegrationszentrumAm Kapellenhof 941999 NebelsteinTel.: 02181 77-4400Fax: 02181 77-4409\n"
                          "LeitungIrma SchoutenTel.: 02181 77-4401", "https://www.nebelstein.example/flyer.pdf")
    assert [(a.street, a.postal_code) for a in record.addresses] == [("Am Kapellenhof 9", "41999")]
    assert {p.number for p in record.phones} >= {"+492181774400", "+492181774401"}
    assert [p.name for p in record.people if p.is_head] == ["Irma Schouten"]


# ---------------------------------------------------------------- volatile blocks


def test_a_rotating_list_of_links_is_not_the_pages_text_nor_its_facts():
    def page(items: str):
        return _page("<p>Leitung: Ruth Abendroth</p><div class='box-17'><ul>" + items + "</ul></div>")
    a = page("<li><a href='/a/'>Schulamt zieht in die Ringstraße 40</a></li><li><a href='/b/'>Leiter Timo Brandl verabschiedet</a></li>"
             "<li><a href='/c/'>Neue Nummer 02181 99-100</a></li>")
    b = page("<li><a href='/d/'>Sommerfest im Park</a></li><li><a href='/e/'>Sprachcafé öffnet wieder</a></li>"
             "<li><a href='/f/'>Elternabend am Montag</a></li>")
    assert a.main_text == b.main_text
    assert a.addresses == [] and a.phones == [] and [p.name for p in a.people if p.is_head] == ["Ruth Abendroth"]


def test_postfach_digit_grouping_compares_equal():
    assert canonical_text("Postanschrift: Postfach 11 20, 41990 Nebelstein") == canonical_text("Postanschrift: Postfach 1120, 41990 Nebelstein")


def test_main_seat_second_site_and_postfach():
    record = _page("<p>Anschrift: Kommunales Integrationszentrum, Marktstraße 5, 41999 Nebelstein</p>"
                   "<p>Außenstelle: Bahnhofsweg 2, 41998 Nebeltal</p><p>Postanschrift: Postfach 11 20, 41990 Nebelstein</p>")
    assert [(a.street, a.label) for a in record.addresses] == [
        ("Marktstraße 5", "Kommunales Integrationszentrum"), ("Bahnhofsweg 2", "Außenstelle")]


def test_hcard_microformat_is_structured_data():
    record = _page('<div class="vcard"><span class="fn">Dr. Britta Holm</span> <span class="title">Leitung</span>'
                   '<div class="adr"><span class="street-address">Wallgasse 3</span> <span class="postal-code">41999</span> '
                   '<span class="locality">Nebelstein</span></div><span class="tel">02181 77-4400</span></div>')
    assert [(p.name, p.title, p.is_head) for p in record.people] == [("Britta Holm", "Dr.", True)]
    assert [(a.street, a.postal_code) for a in record.addresses] == [("Wallgasse 3", "41999")]
    assert [p.number for p in record.phones] == ["+492181774400"]


@pytest.mark.parametrize("html, unit", [
    ("<p>Fachbereich: Jugend und Soziales</p>", "Fachbereich Jugend und Soziales"),
    ("<p>Teil von: Amt für Bildung</p>", "Amt für Bildung"),
    ("<table><tr><td>Organisationseinheit</td><td>Amt 40 Schule</td></tr></table>", "Amt 40 Schule"),
    ("<p>Amt: Schulverwaltungsamt</p>", "Schulverwaltungsamt"),
])
def test_parent_unit_under_other_labels(html, unit):
    assert [u.name for u in _page(html).parent_units] == [unit]


@pytest.mark.parametrize("text", ["Das Büro befindet sich im Rathaus 2. Etage.", "Die Sprechstunde findet am Montag 10 Uhr statt."])
def test_no_address_from_a_floor_or_a_time(text):
    assert _page(f"<p>{text}</p>").addresses == []


def test_breadcrumb_ending_in_the_centre_names_the_chain():
    record = _page("<p>Sie sind hier: Dez. V › FB 4 Soziales › Kommunales Integrationszentrum</p>")
    assert [u.name for u in record.parent_units] == ["Dezernat V / Fachbereich 4 Soziales"]


def test_history_clause_before_a_semicolon_does_not_hide_the_present():
    record = _page("<p>Bis 2020 war das KI dem Ordnungsamt angegliedert; heute gehört es zum Amt für Teilhabe.</p>")
    assert [u.name for u in record.parent_units] == ["Amt für Teilhabe"]


def test_venues_in_a_dated_listing_and_the_footer_owner_are_not_the_centres():
    html = FRAME.format("<table><tr><td>03.11.2026</td><td><a href='/s/1'>Sozialausschuss</a></td><td>Ratssaal, Zeughausplatz 2</td></tr></table>"
                        "<p>Besuchen Sie uns in der Lindenallee 8, 41999 Nebelstein.</p>")
    html = html.replace("<footer>", "<footer><p>Stadt Nebelstein · Zeughausplatz 2 · 41999 Nebelstein · Telefon 02181 77-0</p>")
    record = extract_html(html, "https://www.nebelstein.example/ki/")
    assert [a.street for a in record.addresses] == ["Lindenallee 8"] and record.phones == []


def test_print_stamps_are_noise():
    assert canonical_text("Druckansicht erstellt am 14.10.2026, 16:05 Uhr") == canonical_text("Druckansicht erstellt am 04.11.2026, 10:12 Uhr")
