"""Words of a lead left open (extract/vacancy.py) are read in linear work: a run-on text full of them is not
read back to its start, nor on to its end, once per word."""

from __future__ import annotations

from kiwatch.pipelines.extract.grammar import CentreNames, heads
from tests.workmeter import WorkMeter


def test_a_run_of_vacancy_words_is_read_in_linear_work(monkeypatch):
    centre = CentreNames.default()
    meter = WorkMeter(monkeypatch)
    vacancy = "die Leitung ist vakant und unbesetzt und "
    work = [meter.measure(lambda n=n: heads([vacancy * n + "Frau Erika Probe vertritt sie."], centre)) for n in (40, 200)]
    # five times the sentence is about five times the work, never twenty-five (each word's clause read whole)
    assert work[1].total < 8 * work[0].total, work
