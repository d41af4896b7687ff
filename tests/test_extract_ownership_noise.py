"""Whose contact facts by what the page itself names (extract/ownership.py), and page furniture
that changes on every visit in styles the extractor was not written for (normalise: counters,
clock stamps and ids in furniture lines; lists: related sections, consent banners, pagers, tag
lines, feeds): issue 7, items 3 and 5. Invented towns and numbers only."""

from __future__ import annotations

import pytest

from bench import corpus_score as C
from kiwatch.pipelines.normalise import remove_volatile
from tests.casecheck import page_record
from tests.test_extract_generalise_contact import noise_events

URL = C.CASE_URL


def _record(body: str) -> dict:
    return page_record(body, "Wahlheim")


def _facts(body: str) -> tuple[list[str], list[str], list[str]]:
    r = _record(body)
    return [a["street"] for a in r["addresses"]], [p["number"] for p in r["phones"]], r["emails"]


# ------------------------------------------------------------------ attribution by what the page names

def test_a_contact_label_qualified_by_another_owner_is_that_owners_block():
    streets, phones, emails = _facts(
        "<p>Kommunales Integrationszentrum<br>Lindenallee 4<br>45999 Wahlheim<br>Telefon 02345 66-4100</p>"
        "<h3>Ansprechpartnerin bei der Arbeitsagentur</h3><p>Team Zuwanderung<br>Hafenweg 2, 45999 Wahlheim<br>Telefon 02345 91-2200</p>")
    assert streets == ["Lindenallee 4"]
    assert phones == ["+492345664100"]


def test_a_contact_label_qualified_by_a_topic_stays_the_centres():
    streets, phones, _ = _facts("<h3>Kontakt Sprachbildung</h3><p>Lindenallee 4<br>45999 Wahlheim<br>Telefon 02345 66-4120</p>")
    assert streets == ["Lindenallee 4"]
    assert phones == ["+492345664120"]


def test_labelled_parts_beside_the_centres_own_label_are_someone_elses():
    _, phones, emails = _facts("<p>Fragen zur Website: online@wahlheim.example | Kommunales Integrationszentrum: Telefon 02345 66-4130, "
                               "E-Mail ki@wahlheim.example</p>")
    assert phones == ["+492345664130"]
    assert emails == ["ki@wahlheim.example"]


def test_a_card_titled_by_another_organisation_beside_the_centres_card_is_theirs():
    streets, phones, emails = _facts(
        "<p><strong>Kommunales Integrationszentrum</strong><br>Lindenallee 4<br>45999 Wahlheim<br>Telefon 02345 66-4140</p>"
        "<p><strong>Stadtteilbibliothek Nord</strong><br>Lindenallee 6<br>45999 Wahlheim<br>Telefon 02345 66-7700</p>"
        "<p><strong>Marija Kovač</strong><br>Bildungsberatung<br>Telefon 02345 66-4141</p>")
    assert streets == ["Lindenallee 4"]
    assert phones == ["+492345664140", "+492345664141"]  # a person's card beside them stays the centre's


def test_a_table_of_institutions_is_a_directory_not_the_centres_contact():
    streets, phones, _ = _facts(
        "<table><tr><th>Einrichtung</th><th>Adresse</th><th>Telefon</th></tr>"
        "<tr><td>Kita Sonnenhügel</td><td>Birkenweg 2</td><td>02345 71 10 0</td></tr>"
        "<tr><td>Gesamtschule West</td><td>Schulring 9</td><td>02345 71 20 0</td></tr></table>")
    assert streets == [] and phones == []


def test_a_team_table_is_no_directory():
    _, phones, _ = _facts("<table><tr><td>Leitung</td><td>Dr. Jana Wolff</td><td>02345 66-4150</td></tr>"
                          "<tr><td>Sekretariat</td><td>Ole Brandt</td><td>02345 66-4151</td></tr></table>")
    assert sorted(phones) == ["+492345664150", "+492345664151"]


@pytest.mark.parametrize("sentence", [
    "Der Elternabend findet am 3. März in der Aula der Realschule, Schulring 9, statt.",
    "Die Fotoausstellung ist bis Ende Mai im Foyer des Kreishauses, Schulring 9, zu sehen.",
    # the centre named in the same sentence: the clause with the place is still the venue's
    "Das KI lädt zum Elternabend ein; er findet am 3. März im Bürgerhaus Westend, Lessingplatz 2, statt.",
])
def test_where_an_event_takes_place_is_a_venue(sentence):
    streets, _, _ = _facts(f"<p>{sentence} Anmeldung beim KI: ki@wahlheim.example</p>")
    assert streets == []


def test_the_centres_own_consultation_taking_place_keeps_its_address():
    streets, _, _ = _facts("<p>Die Sprechstunden finden dienstags in der Lindenallee 4 statt.</p>")
    assert streets == ["Lindenallee 4"]


# ------------------------------------------------------------------ furniture lines

@pytest.mark.parametrize("line", [
    "1.204 Leser", "Kommentare (5)", "Lesedauer: 4 Min.", "👁 1377", "Diesen Artikel teilen: 31 Shares",
    "von redaktion — zuletzt verändert: 19.11.2026 08:47", "Ref. #9e1b5e77", "Sitzung: c21b9e0458aa",
    "Veröffentlicht: vor 4 Tagen",
])
def test_counts_stamps_and_ids_leave_a_furniture_line(line):
    assert not any(ch.isdigit() for ch in remove_volatile(line).replace("#", "")), remove_volatile(line)


@pytest.mark.parametrize("line", [
    "Sprechzeiten: Di 9–12 Uhr", "Das KIZ ressortiert im Vorstandsbereich 2 (Bildung, Jugend, Sport).", "Raum 214",
    "Fachbereich 51", "Die Leitung des KIZ hat zum 1. September Frau Ilić übernommen.", "Jahresbericht 2025",
    "Ab 01.07.2027 im neuen Amt", "Lindenallee 4, 45999 Wahlheim", "Telefon 02345 66-4100",
])
def test_lines_with_the_marks_of_a_fact_keep_their_numbers(line):
    assert remove_volatile(line) == line


_BASE = "<p>Kommunales Integrationszentrum<br>Lindenallee 4<br>45999 Wahlheim<br>Telefon 02345 66-4100</p>"


@pytest.mark.parametrize("v1,v2", [
    ("<h3>Lesen Sie auch</h3><p>Neue Kurse für Eltern ab März.</p>", "<h3>Lesen Sie auch</h3><p>Lesepaten gesucht: Melden Sie sich!</p>"),
    ("<p>Diese Seite verwendet Cookies. Mit der Nutzung stimmen Sie zu.</p>", "<p>Wir nutzen Cookies für Statistik. Einverstanden?</p>"),
    ("<p><a href='/n/5'>« Zurück: Lesefest im Park</a></p>", "<p><a href='/n/5'>« Zurück: Lesefest im Park</a> · <a href='/n/7'>Weiter: Kochabend »</a></p>"),
    ("<p>Themen: <a href='/t/a'>Schule</a>, <a href='/t/b'>Kita</a></p>", "<p>Themen: <a href='/t/b'>Kita</a>, <a href='/t/a'>Schule</a></p>"),
    ("<ul><li><a href='/n/1'>Sprachcafé</a> <span>vor 2 Stunden</span></li><li><a href='/n/2'>Elternabend</a> <span>vor 3 Tagen</span></li></ul>",
     "<ul><li><a href='/n/3'>Lesefest</a> <span>vor 5 Minuten</span></li><li><a href='/n/1'>Sprachcafé</a> <span>vor 1 Tag</span></li></ul>"),
    ("<div><div><p>Heute 24 Eltern im Sprachcafé, danke!</p><p>vor 2 Stunden · <a href='https://social.example/p/1'>ansehen</a></p></div>"
     "<div><p>Neue Broschüre in sieben Sprachen.</p><p>vor 3 Tagen · <a href='https://social.example/p/2'>ansehen</a></p></div></div>",
     "<div><div><p>Lesung in vier Sprachen am Freitag.</p><p>vor 20 Minuten · <a href='https://social.example/p/3'>ansehen</a></p></div>"
     "<div><p>Heute 24 Eltern im Sprachcafé, danke!</p><p>vor 1 Tag · <a href='https://social.example/p/1'>ansehen</a></p></div></div>"),
    ("<p>Beitrag Nr. 88 · 1.204 Aufrufe · Kommentare (2) · Version 17</p>", "<p>Beitrag Nr. 88 · 1.377 Aufrufe · Kommentare (5) · Version 18</p>"),
])
def test_furniture_of_unseen_styles_gives_no_event(v1, v2):
    assert noise_events(_BASE + v1, _BASE + v2) == []


def test_an_edit_of_the_page_next_to_furniture_is_still_an_event():
    v1 = _BASE + "<p>Sprechzeiten: Di 9–12 Uhr</p><p>Kommentare (2)</p>"
    v2 = _BASE + "<p>Sprechzeiten: Di 9–13 Uhr</p><p>Kommentare (5)</p>"
    events = noise_events(v1, v2)
    assert len(events) == 1 and "9–13" in events[0]


def test_a_card_under_a_persons_name_is_that_persons_even_when_its_task_names_a_school():
    _, phones, _ = _facts(
        "<p><strong>Kommunales Integrationszentrum</strong><br>Lindenallee 4<br>45999 Wahlheim<br>Telefon 02345 66-4160</p>"
        "<h3>Mira Stojanović</h3><div><span>Übergang Grundschule – Kita</span><br>Tel. 02345 66-4161</div>")
    assert sorted(phones) == ["+492345664160", "+492345664161"]


_PRINT_VIEW = """<p>Druckfassung. Wir beraten Schulen, Eltern und Vereine. Sprechzeiten nach Vereinbarung.</p>
<h2>Team</h2><ul><li>Lena Brandt, Beratung, brandt@auenfeld.example[2]</li><li>Omar Haddad, Schule, haddad@auenfeld.example[3]</li></ul>
<h2>Termine</h2><ul>{items}</ul>
<ol class="footnotes"><li>[1] https://www.auenfeld.example/ki</li></ol>"""


def test_a_print_views_list_of_footnoted_links_rotates_without_an_event_and_its_team_list_stays():
    """A print view writes each link as its text and a footnote number: a list of such items is
    a link list (news, dates) and rotates without an event, while a team list whose items give
    e-mails beside their footnotes stays the page's own text."""
    v1 = _PRINT_VIEW.format(items="<li>Elterncafé am Dienstag[4]</li><li>Sprachkurs für Väter beginnt[5]</li>")
    v2 = _PRINT_VIEW.format(items="<li>Lesepaten gesucht[4]</li><li>Elterncafé am Dienstag[5]</li><li>Sprachkurs für Väter beginnt[6]</li>")
    assert noise_events(v1, v2) == []
    text = _record(v1)["main_text"]
    assert "Omar Haddad" in text and "Elterncafé" not in text
