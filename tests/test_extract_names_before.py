"""The surname back-reference ("…, sagte Roth, die das KI seit 2020 leitet") looks for the full name before
the surname. It must read a run-on sentence in work linear in its length (a 66 KB sentence repeating
"Frau Roth leitet im KI …" took 41 s when each surname scanned the whole text before it anew), and find
exactly what that scan found: the last name before the cut whose clean surname is the one named."""

from __future__ import annotations

import random
import re

import pytest

from kiwatch.pipelines.extract import clausesplit, grammar, names
from kiwatch.pipelines.extract.grammar import CentreNames, heads
from kiwatch.pipelines.extract.names import NAME_RE, NamesBefore, clean_name


def _naive_last(text: str, cut: int) -> dict[str, re.Match[str]]:
    """Per surname, the last name of a fresh scan of the text before the cut (what the reference did)."""
    last = {}
    for n in NAME_RE.finditer(text[:cut]):
        if c := clean_name(n.group("name")):
            last[c[1].split()[-1]] = n
    return last


# the parts a name is made of and what stops one: particles, glued particles, titles, initials, months with
# and without a date, Turkish suffixes after an apostrophe, hyphens, quotes, digits, lower-case words
_TOKENS = ["Frau", "Herrn", "Herr", "Dr.", "Prof.", "Dr. med.", "Dipl.-Päd.", "Dipl.-Ing. (FH)", "M. A.", "Anna", "Roth",
           "Petra", "Yılmaz-Berger", "Jan", "van", "der", "de", "von", "Berg", "al-Masri", "O’Neill", "J.", "Mai",
           "Mai 2024", "Ayşe", "Demir'in", "Kaya'ya", "Dar'ya", "leitet", "das", "KI", "im", "und", "seit", "2020",
           ",", ";", ":", "„Roth“", "–", "-", "Team", "Integrationszentrum", "della", "dem", "y", "Lo", "Russo",
           "rer. nat.", "Müller", "le", "Roth,", "sagte"]


def _texts(count: int, rng: random.Random) -> list[str]:
    out = []
    for _ in range(count):
        words = [rng.choice(_TOKENS) for _ in range(rng.randint(4, 40))]
        out.append(" ".join(words).replace(" ,", ",").replace(" ;", ";"))
    return out


@pytest.mark.parametrize("seed", range(3))
def test_the_last_name_before_a_cut_is_what_a_scan_of_the_text_before_it_finds(seed):
    rng = random.Random(seed)
    for text in _texts(40, rng):
        before = NamesBefore(text)
        for cut in range(len(text) + 1):
            naive = _naive_last(text, cut)
            for surname in ("Roth", "Berg", "Yılmaz-Berger", "Russo", "Müller", "Masri", "al-Masri", "Demir", "Mai"):
                got, want = before.last(cut, surname), naive.get(surname)
                assert (got and (got.span(), got.group("name"))) == (want and (want.span(), want.group("name"))), \
                    (text, cut, surname)


class _CountingPattern:
    """NAME_RE with a count of the characters each scan may read (from its start to its end position)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.read = 0

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        self.read += (len(text) if endpos is None else min(endpos, len(text))) - pos
        return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        self.read += (len(text) if endpos is None else min(endpos, len(text))) - pos
        return self.pattern.search(text, pos, len(text) if endpos is None else endpos)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


def test_a_run_on_sentence_of_surname_references_is_read_in_linear_work(monkeypatch):
    counter = _CountingPattern(NAME_RE)
    monkeypatch.setattr(grammar, "NAME_RE", counter)
    monkeypatch.setattr(names, "NAME_RE", counter)
    sentence = "Frau Roth leitet das KI und " * 200 + "alle danken."
    found = heads(["Zuerst sprach Frau Petra Roth.", sentence], CentreNames.default())
    assert [h.name for h in found] == ["Petra Roth"]
    # a scan of every prefix anew reads ~200 * 2,800 characters; one pass and its short stretches a few times the text
    assert counter.read < 4 * len(sentence), counter.read


@pytest.mark.parametrize("acting", ["", "kommissarisch "])
def test_the_acting_marker_of_a_run_on_clause_of_verb_forms_is_looked_for_once(monkeypatch, acting):
    """Each verb form asked whether its clause says "kommissarisch": one clause of 200 forms (no
    separator) was searched whole 200 times."""
    counter = _CountingPattern(grammar.P.ACTING_RE)
    monkeypatch.setattr(grammar.P, "ACTING_RE", counter)
    sentence = ("Frau Anna Roth leitet " + acting + "das KI und ") * 200 + "alle danken."
    found = heads([sentence], CentreNames.default())
    assert [(h.name, h.acting) for h in found] == [("Anna Roth", bool(acting))]
    assert counter.read < 4 * len(sentence), counter.read


def _clause_at_by_scan(sentence: str, pos: int) -> str:
    start = 0
    for m in clausesplit._CLAUSE_SPLIT_RE.finditer(sentence):
        if m.start() > pos:
            return sentence[start: m.start()]
        start = m.end()
    return sentence[start:]


def test_the_clause_around_a_position_of_a_long_sentence_is_the_one_a_scan_finds():
    rng = random.Random(7)
    parts = ["Frau Anna Roth leitet das KI", ", die", "; ", " und ", " – ", ": ", " (seit 2020) ", ", sagte Roth, ",
             " bis auf Weiteres", " dessen Leiterin", " das Team", ", "]
    sentence = "".join(rng.choice(parts) for _ in range(600))
    assert len(sentence) > clausesplit._LONG_SENTENCE
    for pos in range(len(sentence) + 1):
        assert clausesplit._clause_at(sentence, pos) == _clause_at_by_scan(sentence, pos), pos
