"""Acting heads, seventeenth round (issue 7): the tuned part of tests/generalise_acting_cases17.py must be read,
its acting heads marked as acting (the aside part, ACTING17_ASIDE, is never asserted: `python -m
bench.generalise_score` reports it apart)."""

from __future__ import annotations

import pytest

from tests.casecheck import assert_read, case_params, page_record
from tests.generalise_acting_cases17 import ACTING17

#: tuned cases no mechanism reads yet (strict: a case read by a later change must leave this list)
OPEN: frozenset[str] = frozenset()


@pytest.mark.parametrize("case", case_params(ACTING17, OPEN))
def test_round17_case_is_read_and_its_stand_in_marked_acting(case):
    scored = assert_read(case)
    if case.get("acting"):
        assert scored["acting"].get("marked") == 1, "acting head not marked as acting"


def _heads(body: str) -> list[tuple[str, bool]]:
    return [(p["name"], p["acting"]) for p in page_record(body, "Quellbrück")["people"] if p["is_head"]]


def test_who_stands_in_for_a_vacant_lead_is_the_acting_head():
    assert _heads("<p>Die Leitungsstelle ist derzeit vakant; die Vertretung übernimmt Herr Timo Rask.</p>") == [("Timo Rask", True)]
    assert _heads("<p>Die Leitung des KI ist zurzeit nicht besetzt. Vertretung: Herr Timo Rask</p>") == [("Timo Rask", True)]
    assert _heads("<p>Bis zur Nachbesetzung der Leitungsstelle vertritt Herr Timo Rask die Leitung.</p>") == [("Timo Rask", True)]
    assert _heads("<p>Leitung: N. N. (Vertretung: Herr Timo Rask)</p>") == [("Timo Rask", True)]


def test_a_stand_in_beside_a_lead_held_or_for_another_body_is_no_acting_head():
    # the deputy row under a named head stays the deputy
    assert _heads("<p>Leitung: Frau Anna Berg<br>Vertretung: Herr Timo Rask</p>") == [("Anna Berg", False)]
    # the stand-in for another body's vacant lead
    assert _heads("<p>Die Leitung des Jugendamts ist vakant; die Vertretung übernimmt Herr Timo Rask.</p>") == []
    # a deputy's title stays no head, even of a vacant post (EXTRACTION.md)
    assert _heads("<p>Leitung: unbesetzt<br>Stellvertretende Leitung: Herr Timo Rask</p>") == []
    # a vacancy of the past: the head named after it leads now, not acting
    assert _heads("<p>Die Stelle war lange vakant. Seit Mai leitet Herr Bo Linn das KI.</p>") == [("Bo Linn", False)]
    # the head who is ill stays the head
    assert _heads("<p>Frau Nora Lind, Leiterin des KI, ist bis auf Weiteres erkrankt.</p>") == [("Nora Lind", False)]


def test_charged_with_the_lead_is_acting():
    assert _heads("<p>Mit der Wahrnehmung der Leitung des KI ist Frau Derya Kalkan beauftragt.</p>") == [("Derya Kalkan", True)]


def test_the_lead_held_for_now_in_one_word_is_acting():
    assert _heads("<p>Interimsleitung: Herr Tim Osterkamp</p>") == [("Tim Osterkamp", True)]
    assert _heads("<p>Herr Ole Kerkhoff nimmt die Leitungsaufgaben bis auf Weiteres wahr.</p>") == [("Ole Kerkhoff", True)]
    # another body's lead duties
    assert _heads("<p>Frau Uta Kern nimmt die Leitungsaufgaben des Jugendamts wahr.</p>") == []


def test_an_acting_mark_in_brackets_after_a_name_under_its_label_is_the_heads():
    assert _heads("<dl><dt>Leitung</dt><dd>Frau Ines Buschmann (kommissarisch)</dd></dl>") == [("Ines Buschmann", True)]
    assert _heads("<dl><dt>Leitung</dt><dd>Frau Ines Buschmann</dd></dl>") == [("Ines Buschmann", False)]
