"""Scraped content is untrusted: a page of thousands of addresses, numbers or address lines (a
hostile or broken page, a directory) costs work in proportion to its size, never to its size
squared. The work is counted, not timed: every Python-level call and generator step the reading
makes (a profile hook), and the index comparisons a membership test makes (indices that count
their comparisons). Four times the input may take about four times the work, never sixteen."""

from __future__ import annotations

import random
import sys

from kiwatch.pipelines.extract import contact, ownership
from kiwatch.pipelines.extract.addresses import find_addresses
from kiwatch.pipelines.extract.contact import find_emails, find_phones
from kiwatch.pipelines.extract.document import Block
from kiwatch.pipelines.extract.roles import CentreNames
from kiwatch.pipelines.extract.spans import TakenSpans

_CENTRE = CentreNames.default().regex


def _work(fn, *args) -> int:
    """Python calls (and generator resumptions) made while ``fn(*args)`` runs."""
    calls = 0

    def hook(frame, event, arg):
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    fn(*args)  # (once before counting: the first call compiles patterns lazily)
    sys.setprofile(hook)
    try:
        fn(*args)
    finally:
        sys.setprofile(None)
    return calls


def _linear(work_small: int, work_large: int) -> bool:
    return work_large <= 5 * work_small  # four times the input: linear is ~4x, quadratic 16x


def test_a_line_of_many_glued_addresses_is_read_with_linear_work():
    def line(n: int) -> list[str]:
        return ["".join(f"Weg {i % 999 + 1}, " for i in range(n))]

    small, large = _work(find_addresses, line(150)), _work(find_addresses, line(600))
    assert _linear(small, large), (small, large)
    assert len(find_addresses(line(600))) == 600


def test_many_distinct_addresses_are_gathered_with_linear_work():
    def lines(n: int) -> list[str]:
        return [f"Kolpingstraße {i % 999 + 1}, {45000 + i} Lindenau" for i in range(n)]

    small, large = _work(find_addresses, lines(200)), _work(find_addresses, lines(800))
    assert _linear(small, large), (small, large)
    # the same street twice is one address: the second mention adds what the first lacked
    found = find_addresses(["Kolpingstraße 19", "Kolpingstraße 19, 45111 Lindenau"])
    assert [(a.street, a.postal_code) for a in found] == [("Kolpingstraße 19", "45111")]


def test_many_second_sites_are_labelled_with_linear_work():
    def lines(n: int) -> list[str]:
        return [f"Außenstelle {i}: Ringstraße {i + 1}, 45111 Lindenau" for i in range(n)] + [
            f"Kolpingstraße {i + 1}, 45111 Lindenau" for i in range(n)]

    small, large = _work(find_addresses, lines(100)), _work(find_addresses, lines(400))
    assert _linear(small, large), (small, large)
    found = find_addresses(["Hauptsitz: Kolpingstraße 19, 45111 Lindenau", "Bürgerbüro", "Außenstelle Süd: Ringstraße 3, 45112 Lindenau"])
    assert [(a.street, a.label) for a in found] == [("Kolpingstraße 19", ""), ("Ringstraße 3", "Außenstelle")]


def test_many_numbers_are_gathered_with_linear_work():
    def lines(n: int) -> list[str]:
        return [f"Tel. 0201 {1000 + i}-{i % 90 + 10}" for i in range(n)]

    def one_line(n: int) -> list[str]:
        return [" ".join(f"Tel. 0201 {1000 + i}-{i % 90 + 10}," for i in range(n))]

    for make in (lines, one_line):
        small, large = _work(find_phones, make(150), []), _work(find_phones, make(600), [])
        assert _linear(small, large), (make.__name__, small, large)
    # a number given as phone and fax is both; given twice as a phone, one
    phones = find_phones(["Tel. 0201 123-45", "Fax 0201 123-45", "Telefon 0201 123-45"], [])
    assert [(p.number, p.kind.value) for p in phones] == [("+4920112345", "phone"), ("+4920112345", "fax")]


class _CountingStr(str):
    """A string that counts the comparisons made with it."""

    compared = 0
    __hash__ = str.__hash__

    def __eq__(self, other: object) -> bool:
        _CountingStr.compared += 1
        return str.__eq__(self, other)


def test_many_email_addresses_are_gathered_with_linear_comparisons(monkeypatch):
    canonical = contact.canonical_email
    monkeypatch.setattr(contact, "canonical_email", lambda raw: _CountingStr(e) if (e := canonical(raw)) else e)
    counts = []
    for n in (200, 800):
        _CountingStr.compared = 0
        found = find_emails([" ".join(f"a{i}@x.example" for i in range(n))], [])
        assert len(found) == n
        counts.append(_CountingStr.compared)
    assert _linear(*counts), counts
    assert find_emails(["a@x.example, A@x.example"], []) == ["a@x.example"]


class _CountingIndex(int):
    """A block index that counts the comparisons made with it (list membership compares each
    element: the work a page of many address lines asked of the neighbour test)."""

    compared = 0
    __hash__ = int.__hash__

    def __eq__(self, other: object) -> bool:
        _CountingIndex.compared += 1
        return int.__eq__(self, other)


def test_the_lines_beside_the_centres_address_lines_are_found_with_linear_work(monkeypatch):
    monkeypatch.setattr(ownership, "enumerate", lambda it: ((_CountingIndex(i), x) for i, x in enumerate(it)), raising=False)
    counts = []
    for n in (200, 800):
        blocks = [Block("KI Ring 1", "p", True, None, i) for i in range(n)]
        _CountingIndex.compared = 0
        ownership._sibling_address_lines(blocks, _CENTRE, set())
        counts.append(_CountingIndex.compared)
    assert _linear(*counts), counts
    # what it finds stays: another body's street line beside the centre's own
    blocks = [Block("Kommunales Integrationszentrum, Kolpingstraße 19, 45111 Lindenau", "p", True, None, 0),
              Block("Flüchtlingsberatung: Kolpingstraße 22, 45111 Lindenau", "p", True, None, 1)]
    marked: set[int] = set()
    ownership._sibling_address_lines(blocks, _CENTRE, marked)
    assert [b.foreign for b in blocks] == [False, True] and marked == {id(blocks[1])}


def test_taken_spans_answer_as_a_list_of_the_spans_would():
    rng = random.Random(7)
    for _ in range(200):
        length = rng.randint(0, 60)
        spans = [(a, a + rng.randint(0, 8)) for a in (rng.randint(0, max(0, length - 1)) for _ in range(rng.randint(0, 6)))]
        spans = [(a, min(b, length)) for a, b in spans]
        taken = TakenSpans(length)
        for span in spans:
            taken.add(span)
        assert bool(taken) == bool(spans)
        assert [p in taken for p in range(-2, length + 2)] == [any(a <= p < b for a, b in spans) for p in range(-2, length + 2)]
