"""A sentence cut by a line break is still one sentence (issue 7): editors break paragraphs with
<br> where the line got long, and a flyer converted to HTML keeps every layout line. A line that
ends on an article, a preposition or a conjunction goes on with the sentence; a heading that ends
on a verb, a line that ends with a full stop, and a name line over a lower-case line under another
body's heading do not. Inside one paragraph whose last line ends a sentence, an editor's <br>
breaks nothing at all, while a contact card's lines stay lines. All centres, people and places are invented."""

from __future__ import annotations

import pytest

from kiwatch.pipelines.extract import extract
from kiwatch.pipelines.extract.document import sentences_of

URL = "https://www.stadt-moorhausen.example/integration/"


def _record(paragraph: str, title: str = "Kommunales Integrationszentrum Moorhausen"):
    html = (f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{paragraph}</main>"
            "<footer><p>Stadt Moorhausen · Impressum</p></footer></body></html>")
    return extract(html.encode(), URL, "text/html", "utf-8")


@pytest.mark.parametrize("paragraph, unit", [
    ("<p>Das Kommunale Integrationszentrum ist eine<br>Einrichtung der Stadt Moorhausen im<br>Fachbereich Soziales und Wohnen.</p>",
     "Fachbereich Soziales und Wohnen"),
    ("<p>Organisatorisch gehört das KI seit 2022 zum<br>Amt für Schule und Bildung.</p>", "Amt für Schule und Bildung"),
    ("<p>Das Integrationszentrum ist dem<br/>Dezernat III<br/>zugeordnet.</p>", "Dezernat III"),
    # a flyer's layout lines, one <br> each, hyphenated at a line end
    ("<div>Das&#160;Kommunale&#160;Integrationszentrum&#160;ist&#160;Teil&#160;des<br/>Fach-<br/>bereichs&#160;Jugend&#160;und&#160;Familie.<br/></div>",
     "Fachbereich Jugend und Familie"),
])
def test_a_parent_unit_stated_across_line_breaks_is_read(paragraph, unit):
    assert unit in [u.name for u in _record(paragraph).parent_units]


@pytest.mark.parametrize("paragraph, head", [
    ("<p>Das Kommunale Integrationszentrum steht seit März unter der Leitung von<br>Frau Dr. Selin Aksoy.</p>", "Selin Aksoy"),
    ("<p>Seit dem Frühjahr leitet Herr Jonas Brinkhoff das<br>Kommunale Integrationszentrum.</p>", "Jonas Brinkhoff"),
])
def test_a_head_stated_across_line_breaks_is_read(paragraph, head):
    assert head in [p.name for p in _record(paragraph).people if p.is_head]


def test_a_name_over_a_lower_case_line_under_another_body_stays_that_body_s():
    record = _record("<h2>Jugendzentrum Kompass</h2><p>Jonas Brinkhoff</p><p>leitet die Einrichtung seit 2019</p>")
    assert [p.name for p in record.people if p.is_head] == []


def test_a_line_that_ends_a_heading_or_a_sentence_stays_apart():
    text = "Wer wir sind\nDas Team berät Familien.\nki@moorhausen.example\nÖffnungszeiten nach Vereinbarung"
    assert sentences_of(text) == ["Wer wir sind", "Das Team berät Familien.", "ki@moorhausen.example",
                                  "Öffnungszeiten nach Vereinbarung"]


def test_words_that_go_on_join_only_the_next_line():
    assert sentences_of("Die Beratung findet statt im\nRathaus, Zimmer 12\nTermine nach Absprache") == [
        "Die Beratung findet statt im Rathaus, Zimmer 12", "Termine nach Absprache"]


# an editor's <br> anywhere inside a prose paragraph: the paragraph's last line ends a sentence
@pytest.mark.parametrize("paragraph", [
    "<p>Das Kommunale Integrationszentrum ist organisatorisch<br>dem Amt für Bildung und Teilhabe zugeordnet.</p>",
    "<p>Das KI ist dem Amt für Bildung und Teilhabe<br>zugeordnet.</p>",
    "<p>Das Kommunale Integrationszentrum,<br>eine Abteilung des Amtes für Bildung und Teilhabe,<br>berät Schulen und Kitas.</p>",
])
def test_a_parent_unit_in_a_paragraph_broken_mid_sentence_is_read(paragraph):
    assert [u.name for u in _record(paragraph).parent_units] == ["Amt für Bildung und Teilhabe"]


@pytest.mark.parametrize("paragraph", [
    "<p>Die Leiterin des Kommunalen Integrationszentrums,<br>Malgorzata Wiśniewska, eröffnete den Fachtag.</p>",
    "<p>Malgorzata Wiśniewska,<br>Leiterin des Kommunalen Integrationszentrums,<br>eröffnete den Fachtag.</p>",
    "<p>Leiterin des Kommunalen Integrationszentrums ist<br>Malgorzata Wiśniewska.</p>",
    "<p>Das Integrationszentrum wird seit 2021 geleitet<br>von Malgorzata Wiśniewska.</p>",
])
def test_a_head_in_a_paragraph_broken_mid_sentence_is_read(paragraph):
    assert [p.name for p in _record(paragraph).people if p.is_head] == ["Malgorzata Wiśniewska"]


def test_a_contact_card_broken_by_br_keeps_its_lines():
    record = _record("<p>Malgorzata Wiśniewska<br>Leitung<br>Telefon: 02151 88-4410<br>Termine nach Vereinbarung.</p>"
                     "<p>Jonas Brinkhoff<br>Sachbearbeitung<br>Er leitet außerdem das Elterncafé.</p>")
    assert [(p.name, p.is_head) for p in record.people if p.is_head] == [("Malgorzata Wiśniewska", True)]
    assert [p.number for p in record.phones] == ["+492151884410"]
