"""A paragraph broken by many <br> is joined for prose (textlayer.prose_join) in linear work: whether a line
goes on is read from the end of the text joined so far, not from the whole of it once per line."""

from __future__ import annotations

from types import SimpleNamespace

from kiwatch.pipelines.extract.textlayer import prose_join
from tests.workmeter import WorkMeter


def test_a_paragraph_of_many_broken_lines_is_joined_in_linear_work(monkeypatch):
    meter = WorkMeter(monkeypatch)

    def join(n: int) -> str:
        texts = ["das KI ist"] * n + ["dem Amt 51 zugeordnet."]
        return prose_join([SimpleNamespace(group=1, tag="p", cells=None, foreign=False) for _ in texts], texts)

    work = [meter.measure(lambda n=n: join(n)) for n in (40, 200)]
    # five times the lines is about five times the work, never twenty-five
    assert work[1].total < 8 * work[0].total, work
    # (and still one line: every line there goes on with the next)
    assert join(3) == "das KI ist das KI ist das KI ist dem Amt 51 zugeordnet."
