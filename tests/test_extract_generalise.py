"""Generalisation checks for the extractor (issue 7): a private set of phrasings no rule was
written for (tests/generalise_cases.py: other word orders, synonyms, subordinate clauses,
passive, English, abbreviations, acting markers, other office holders), and the general clause
association for heads measured alone on the tuning split, with the phrase-specific head forms
switched off, so it keeps working for wordings nobody listed."""

from __future__ import annotations

import pytest

from bench import corpus_score as C
from kiwatch.pipelines.extract import grammar as G
from tests.casecheck import as_case, assert_read
from tests.generalise_cases import CASES, NOT_YET_READ
from tests.test_extract_corpus import NOT_YET_TUNED_FILES


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason="not read yet"))
                                  if c["id"] in NOT_YET_READ else c for c in CASES], ids=[c["id"] for c in CASES])
def test_unseen_phrasing_is_read(case):
    scored = assert_read(case)
    if case.get("acting"):
        assert scored["acting"].get("marked") == 1, "acting head not marked as acting"


def test_check_set_covers_every_field_and_many_wordings():
    assert len(CASES) >= 40
    fields = {f for c in CASES for f in C.FIELDS if c.get(f)}
    assert {"head", "parent_units", "addresses", "phones", "reorganisations"} <= fields


def test_clause_association_alone_reads_most_heads_of_the_tuning_split(monkeypatch):
    """Without the phrase-specific head forms (verb patterns, role mentions, surname
    back-references), the general mechanism still finds most heads and takes no distractor."""
    monkeypatch.setattr(G, "_verb_forms", lambda centre: ())
    monkeypatch.setattr(G, "_surname_forms", lambda centre: G.re.compile(r"(?!x)x"))
    monkeypatch.setattr(G, "_role_mention", lambda *a, **k: None)
    # (the sixth batch, tuned on since 2026-12-01, is read by the forms switched off here: it is left
    # out of these floors as it was while it was listed as not yet tuned on)
    cases = [c for c in C.load_cases("tune") if c["_file"].rsplit("/", 1)[-1] not in NOT_YET_TUNED_FILES
             and "phrasings6" not in c["_file"]]
    tally = C.score_cases(cases)["_tallies"]["head"]
    assert tally.distractors_taken == 0, tally.false_hits
    assert (tally.precision() or 0) >= 0.95, tally.false_hits
    # the fifth batch (facts in relative clauses, participles, nominal style, run-together rows)
    # is read mostly by the forms switched off here: the mechanism alone reads 0.90 of the whole
    # split and 0.92 of what came before it; both are floors against losing what it reads
    assert (tally.recall() or 0) >= 0.90, tally.misses[:10]
    before_fifth = C.score_cases([c for c in cases if "phrasings5" not in c["_file"]])["_tallies"]["head"]
    assert (before_fifth.recall() or 0) >= 0.92, before_fifth.misses[:10]


def test_aside_part_of_the_check_set_takes_no_distractor():
    """The aside third of the fourth round (never tuned on): whatever it misses, what it reports
    is right — no distractor taken and precision >= 0.95 per field (recall is reported by
    `python -m bench.generalise_score`, not asserted, so nobody tunes on it)."""
    from tests.generalise_cases import ASIDE

    scored = C.score_cases([as_case(c) for c in ASIDE])
    assert scored["errors"] == []
    for field, tally in scored["_tallies"].items():
        assert tally.distractors_taken == 0, (field, tally.false_hits)
        assert (tally.precision() or 1) >= 0.95, (field, tally.false_hits)


# ---------------------------------------------------------------- the clause mechanisms alone
# Sentences in other words than the check set, straight into grammar.clause_heads (no phrase form).

_KI = G.CentreNames.default()


def test_a_definite_description_refers_to_the_person_named_before():
    said = "„Ohne die Eltern geht es nicht“, meint die Leiterin des Kommunalen Integrationszentrums."
    assert G.clause_heads(said, _KI, recent="Joanna Wróbel") == [("Joanna Wróbel", False)]
    assert G.clause_heads(said, _KI) == []  # nobody named before: nobody to refer to
    appos = "Beim Fest sprach Dariusz Kamiński, der Leiter des Integrationszentrums."
    assert G.clause_heads(appos, _KI) == [("Dariusz Kamiński", False)]


def test_an_office_holder_vetoes_only_when_the_role_is_attached_to_a_name():
    body = "Der Verwaltungsvorstand hat Hanna Lindqvist mit der Leitung des Integrationszentrums betraut."
    assert G.clause_heads(body, _KI) == [("Hanna Lindqvist", False)]
    holder = "Oberbürgermeisterin Dr. Ilka Brost ist für das Integrationszentrum verantwortlich."
    assert G.clause_heads(holder, _KI) == []
    deputy = "Stellvertretend für die Leitung des KI sprach Ömer Taş."
    assert G.clause_heads(deputy, _KI) == []


def test_a_surname_or_pronoun_refers_back_across_sentences():
    heads = G.heads(["Zu Gast war Dr. Leyla Farahani aus Wahlheim.", "Seit dem Frühjahr leitet Farahani das KI."], _KI)
    assert [h.name for h in heads] == ["Leyla Farahani"]
    heads = G.heads(["Neu dabei ist Tuan Pham.", "Er leitet das Integrationszentrum seit April."], _KI)
    assert [h.name for h in heads] == ["Tuan Pham"]
    heads = G.heads(["Bürgermeisterin Gerda Olk lobte das Team.", "Sie leitet das Integrationszentrum nicht."], _KI)
    assert heads == []  # the person before holds another office: no referent
