"""Coordinated clauses (extract/coordination.py) are read in linear work: a run-on sentence of many
two-role appositions is not read again whole once per apposition."""

from __future__ import annotations

from kiwatch.pipelines.extract.grammar import _NEUTER_NP_RE, CentreNames, heads
from tests.workmeter import WorkMeter


def test_a_run_of_two_role_appositions_is_read_in_linear_work(monkeypatch):
    centre = CentreNames.default()
    meter = WorkMeter(monkeypatch)
    apposition = "Herr Max Muster, Leiter der Musikschule und Leiter des Stadtarchivs, "
    work = [meter.measure(lambda n=n: heads([apposition * n + "lädt ein."], centre)) for n in (20, 100)]
    # five times the sentence is about five times the work, never twenty-five (each pair's conjuncts read whole)
    assert work[1].total < 8 * work[0].total, work


def test_the_noun_phrase_es_refers_to_is_found_without_reading_a_run_from_each_determiner():
    # "des", "unser", "dieses" have an inflected adjective's shape too: from each of them an unbounded run of
    # adjectives would read on to the end of "des des des … Haus", a quadratic scan of the sentence before "es"
    text = "des " * 60 + "Haus"
    m = _NEUTER_NP_RE.search(text)
    assert m is not None and m.group("noun") == "Haus"
    assert m.end() - m.start() < 40, (m.start(), m.end())
    # an ordinary phrase with its adjectives is still one phrase
    assert _NEUTER_NP_RE.search("Dort wurde das neue kommunale Integrationszentrum eröffnet").group("noun") == "Integrationszentrum"


def test_a_run_of_stand_ins_is_read_in_linear_work(monkeypatch):
    # whether the sentence says the head is absent or the lead acting is the whole sentence's: read once,
    # not once per "NAME vertritt … die Leitung des KI" in it
    centre = CentreNames.default()
    meter = WorkMeter(monkeypatch)
    stand_in = "Frau Erika Probe vertritt derzeit die Leitung des KI "
    work = [meter.measure(lambda n=n: heads([stand_in * n + "."], centre)) for n in (20, 100)]
    assert work[1].total < 8 * work[0].total, work
