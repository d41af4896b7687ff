"""Two spellings of multilingual and easy-language pages (issue 7): a Turkish case or copula
suffix after an apostrophe is no part of a name ("Ayşe Demir'dir"), and easy-language (Leichte
Sprache) compounds set apart with a middle dot ("Fach·bereich") read as the plain compound, and so
do role and owner words set apart with a hyphen ("Integrations-Rat"); the unit rules read a unit
kind with its hyphen ("Jugend-Amt") as it is spelled. Invented names and towns."""

from __future__ import annotations

from kiwatch.pipelines.extract.names import NAME_RE
from kiwatch.pipelines.extract.spelling import plain_compounds
from tests.casecheck import page_record


def _record(body: str) -> dict:
    return page_record(body, "Tannrode")


def _heads(rec: dict) -> list[str]:
    return [p["name"] for p in rec["people"] if p["is_head"]]


def test_a_turkish_suffix_after_an_apostrophe_is_no_part_of_the_head_name():
    rec = _record("<p>Leiterin: Ayşe Demir</p><p>Türkçe: Merkezimizin müdürü Ayşe Demir'dir. Sorularınız için Mehmet Kaya'ya ulaşabilirsiniz.</p>")
    assert _heads(rec) == ["Ayşe Demir"]
    assert _heads(_record("<p>Kommunales Integrationszentrum. Müdür: Kemal Yıldız'ın ofisi ikinci katta.</p>")) == ["Kemal Yıldız"]


def test_names_keep_an_apostrophe_inside_or_before_a_capital():
    for name in ("Dar'ya Koval", "Il'ya Petrenko", "Siobhan O'Neill", "Luca D'Amico"):
        m = NAME_RE.search(f"Ansprechperson ist {name} im Büro.")
        assert m is not None and m.group("name") == name


def test_easy_language_compounds_read_as_one_word():
    assert plain_compounds("Das KI ist ein Teil vom Fach·bereich Bildung.") == "Das KI ist ein Teil vom Fachbereich Bildung."
    assert plain_compounds("Die Geschäfts·stelle vom Integrations-Rat") == "Die Geschäftsstelle vom Integrationsrat"
    assert plain_compounds("die Abteilungs-Leiterin") == "die Abteilungsleiterin"
    # a name, a street after a person, a code and a unit kind keep their hyphens
    assert plain_compounds("Anna-Lena Berg, Konrad-Adenauer-Platz 1, KI-Leitung, Jugend-Amt") == \
        "Anna-Lena Berg, Konrad-Adenauer-Platz 1, KI-Leitung, Jugend-Amt"


def test_easy_language_unit_and_owner_words_are_understood():
    rec = _record("<p>Das Kommunale Integrations·zentrum gehört zum Fach·bereich Bildung.</p>")
    assert [u["name"] for u in rec["parent_units"]] == ["Fachbereich Bildung"]
    rec = _record("<p>Das KI ist in der Lindenallee 4.</p><p>Die Geschäfts·stelle vom Integrations-Rat ist im Rathaus: "
                  "Marktstraße 3, Telefon 0234 55-100.</p>")
    assert [a["street"] for a in rec["addresses"]] == ["Lindenallee 4"]
    assert rec["phones"] == []
