"""Whole-page renderings of CMSs the project had not seen (the private page set of
tests/corpus_private/pages, scored by bench/pages_score.py): news cards without any link or teaser
class (the whole card is clickable by script), a listing's title set as a bold line over its dates,
today's opening hours filled in at the visit, a flyer's print run. Each rotates or is refilled on
every visit, so a noise-only version must give no event, while a real change beside it gives
exactly its event. All centres, people and places are invented."""

from __future__ import annotations

import json

from bench import corpus_score as C
from bench import pages_score
from kiwatch.pipelines.extract import extract

URL = "https://www.hollerbeck.example/familie/integration"


def _page(main: str) -> bytes:
    return ("<html><head><title>Kommunales Integrationszentrum Hollerbeck</title></head><body>"
            "<nav><a href='/'>Start</a> <a href='/rathaus'>Rathaus</a></nav><main><h1>Kommunales Integrationszentrum</h1>"
            "<p>Wir beraten Familien, Schulen und Vereine in Hollerbeck zu allen Fragen der Integration.</p>"
            f"{main}</main><footer>Stadt Hollerbeck · Markt 1 · 41812 Hollerbeck · 02433 97-0</footer></body></html>").encode()


def _events(before: str, after: str) -> list[dict]:
    one, two = extract(_page(before), URL).to_json(), extract(_page(after), URL).to_json()
    return C._events("hollerbeck", URL, one, two)


_CONTACT = ("<h2>Kontakt</h2><p>Kommunales Integrationszentrum<br>Wiesenweg 8<br>41812 Hollerbeck<br>"
            "Telefon {phone}<br>ki@hollerbeck.example</p>")


def _cards(items: list[tuple[str, str]], wrapper: str = "div") -> str:
    if wrapper == "article":
        return "<section><h2>Aus der Stadt</h2>" + "".join(f"<article><h3>{t}</h3><p>{d}</p></article>" for t, d in items) + "</section>"
    return ('<h2>Neues</h2><div class="row">' + "".join(
        f'<div class="col"><div class="card"><div class="card-body"><h3 class="card-title">{t}</h3><p class="card-text">{d}</p></div></div></div>'
        for t, d in items) + "</div>")


_OLD = [("Weihnachtsmarkt am Rathaus", "28.11.2026"), ("Neue Bänke im Stadtgarten", "21.11.2026")]
_NEW = [("Frau Petra Lüning leitet jetzt das Bürgeramt", "05.12.2026"),
        ("Musikschule ab Januar in der Gartenstraße 40, Telefon 02433 97-612", "03.12.2026"), _OLD[0]]


def test_rotating_news_cards_without_links_give_no_event():
    for wrapper in ("div", "article"):
        before = _CONTACT.format(phone="02433 97-410") + _cards(_OLD, wrapper)
        after = _CONTACT.format(phone="02433 97-410") + _cards(_NEW, wrapper)
        assert _events(before, after) == [], wrapper


def test_a_new_phone_beside_rotating_news_cards_is_the_only_event():
    before = _CONTACT.format(phone="02433 97-410") + _cards(_OLD)
    after = _CONTACT.format(phone="02433 97-415") + _cards(_NEW)
    events = _events(before, after)
    assert [e["kind"] for e in events if e["kind"] != "content"] == ["contact"]
    assert "+492433 97415".replace(" ", "") in events[0]["new"] + events[0]["old"]


def test_cards_with_a_date_are_no_staff_cards():
    # a team's cards (name, role, phone; no date line) stay the page's text: the head is read
    team = ('<div class="row"><div class="col"><div class="card"><h3>Jana Mewes</h3><p>Leitung</p><p>02433 97-411</p></div></div>'
            '<div class="col"><div class="card"><h3>Olaf Strunk</h3><p>Sprachmittlung</p><p>02433 97-412</p></div></div></div>')
    record = extract(_page(team), URL)
    assert [p.name for p in record.people if p.is_head] == ["Jana Mewes"]


def test_todays_hours_give_no_event():
    hours = "<p>Sprechzeiten heute: {today} · Mo–Do 8:30–12:00 Uhr</p>"
    before = _CONTACT.format(phone="02433 97-410") + hours.format(today="8:00–12:00 Uhr")
    for today in ("geschlossen", "14:00–17:30 Uhr", "8–12 und 14–16 Uhr"):
        assert _events(before, _CONTACT.format(phone="02433 97-410") + hours.format(today=today)) == [], today


def test_a_print_run_and_a_bold_listing_title_give_no_event_but_a_move_does():
    flyer = ("<p>Kommunales Integrationszentrum Hollerbeck<br>{street}<br>41812 Hollerbeck<br>Telefon 02433 97-410</p>"
             "<p><b>Termine im {season}</b><br>{dates}</p><p>Druck: Druckerei Vennhof, Auflage {run}</p>")
    v1 = flyer.format(street="Wiesenweg 8", season="Herbst", run="2.000",
                      dates="12.11. Elterncafé im Familienzentrum<br>26.11. Infoabend Schule, Aula Realschule")
    v2 = flyer.format(street="Wiesenweg 8", season="Advent", run="3.500",
                      dates="03.12. Adventsnachmittag, Begegnungsstätte<br>10.12. Infoabend Ausbildung<br>17.12. Sprachcafé")
    v3 = v2.replace("Wiesenweg 8", "Kolpingstraße 3")
    assert _events(v1, v2) == []
    events = [e for e in _events(v2, v3) if e["kind"] != "content"]
    assert [e["kind"] for e in events] == ["address"] and "Kolpingstraße 3" in events[0]["new"]


def test_the_tuned_private_pages_have_quiet_noise_steps():
    # the aside styles are scored by bench/pages_score.py only, never asserted on (never tuned on)
    pages = [p for p in pages_score.load() if p["_part"] == "tuned"]
    scored = C.score_pages(pages)
    assert scored["events"]["noise_events"] == 0, scored["events"]["noise_examples"]


# a service portal's unit page: each field under a heading of its own, the parent unit as a link
_UNIT_PAGE = ('<h2>Übergeordnete Organisationseinheit</h2><p><a href="/oe/{code};sid={sid}">{parent}</a></p>'
              '<h2>Leitung</h2><div><span>{head}</span> <span>Leitung der Organisationseinheit</span></div>'
              '<h2>Anschrift</h2><p>Wiesenweg 8<br>41812 Hollerbeck</p><p>Telefon 02433 97-410</p>')


def _unit_page(**kw: str) -> str:
    values = {"code": "32", "sid": "a1b2c3", "parent": "Amt 32 – Amt für Schule und Bildung", "head": "Frau Ilka Brügge"} | kw
    return _UNIT_PAGE.format(**values)


def test_a_labelled_link_is_the_parent_unit_and_the_unit_head_is_the_head():
    record = extract(_page(_unit_page()), URL)
    assert [u.name for u in record.parent_units] == ["Amt 32 – Amt für Schule und Bildung"]
    assert [p.name for p in record.people if p.is_head] == ["Ilka Brügge"]


def test_a_labelled_link_changes_only_with_the_unit():
    assert _events(_unit_page(), _unit_page(sid="ff09e1")) == []
    events = _events(_unit_page(), _unit_page(code="45", parent="Amt 45 – Amt für Integration und Teilhabe"))
    assert [e["kind"] for e in events if e["kind"] != "content"] == ["parent_unit"]
    assert "Amt 45" in events[0]["new"]


def test_column_labels_of_a_team_table_are_no_person():
    table = ("<h2>Leitung und Team</h2><table><thead><tr><th>Name</th><th>Aufgabe</th><th>Telefon</th></tr></thead><tbody>"
             "<tr><td>Jana Mewes</td><td>Leiterin</td><td>02433 97-411</td></tr>"
             "<tr><td>Olaf Strunk</td><td>Sprachmittlung</td><td>02433 97-412</td></tr></tbody></table>")
    record = extract(_page(table), URL)
    assert sorted(p.name for p in record.people) == ["Jana Mewes", "Olaf Strunk"]
    assert [p.name for p in record.people if p.is_head] == ["Jana Mewes"]


def _jsonld_page(name: str, parent: str, text: str = "") -> bytes:
    ld = json.dumps({"@context": "https://schema.org", "@type": "GovernmentOrganization", "name": name,
                     "parentOrganization": {"@type": "GovernmentOrganization", "name": parent}}, ensure_ascii=False)
    return (f'<html><head><title>Kommunales Integrationszentrum Hollerbeck</title><script type="application/ld+json">{ld}</script>'
            f"</head><body><main><h1>Kommunales Integrationszentrum</h1><p>Wir beraten Familien, Schulen und Vereine in "
            f"Hollerbeck zu allen Fragen der Integration.</p>{text}<p>Wiesenweg 8, 41812 Hollerbeck</p></main></body></html>").encode()


def test_the_parent_organisation_in_json_ld_is_read_when_the_text_names_none():
    record = extract(_jsonld_page("Kommunales Integrationszentrum Hollerbeck", "Amt 32 – Amt für Schule und Bildung"), URL)
    assert [u.name for u in record.parent_units] == ["Amt 32 – Amt für Schule und Bildung"]
    # another office's item (the Ausländerbehörde in the same house): its parent is no unit of the centre
    assert extract(_jsonld_page("Ausländerbehörde Hollerbeck", "Amt 33 – Ordnungsamt"), URL).parent_units == []
    # the text's statement wins over the structured data's (often left stale)
    stated = extract(_jsonld_page("Kommunales Integrationszentrum Hollerbeck", "Amt 32 – Amt für Schule und Bildung",
                                  "<p>Das Kommunale Integrationszentrum gehört zum Fachbereich 4 – Soziales.</p>"), URL)
    assert [u.name for u in stated.parent_units] == ["Fachbereich 4 – Soziales"]
