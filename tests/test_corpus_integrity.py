"""The generalisation corpus itself (tests/corpus/): schema, size, coverage of the EXTRACTION.md
forms on both sides of the split, the split by phrasing and style, and the page fixtures.

These tests check the corpus and the scorer's matching rules, never the extractor's quality.
"""

from __future__ import annotations

import tomllib
from collections import Counter, defaultdict

import pytest

from bench import corpus_score as cs

CASE_KEYS = {"id", "form", "variant", "text", "html", "title", "url", "heading", "acting", "must_not", "tolerate",
             *cs.FIELDS}
EVENT_KINDS = set(cs.EVENT_KINDS)


@pytest.fixture(scope="module")
def forms() -> dict[str, dict]:
    return cs.load_forms()


@pytest.fixture(scope="module")
def cases() -> dict[str, list[dict]]:
    return {part: cs.load_cases(part) for part in cs.PARTS}


@pytest.fixture(scope="module")
def pages() -> dict[str, list[dict]]:
    return {part: cs.load_pages(part) for part in cs.PARTS}


def _where(case: dict) -> str:
    return f"{case.get('_file')} entry {case.get('_entry')} ({case.get('id')})"


def test_every_case_follows_the_schema(cases, forms):
    problems = []
    for case in (c for part in cases.values() for c in part):
        where = _where(case)
        unknown = {k for k in case if not k.startswith("_")} - CASE_KEYS
        if unknown:
            problems.append(f"{where}: unknown keys {sorted(unknown)}")
        for key in ("id", "form", "variant"):
            if not isinstance(case.get(key), str) or not case.get(key):
                problems.append(f"{where}: '{key}' missing")
        if case.get("form") not in forms:
            problems.append(f"{where}: form {case.get('form')!r} is not in forms.toml")
        if ("text" in case) == ("html" in case):
            problems.append(f"{where}: exactly one of 'text' and 'html' is needed")
        if not cs.declared_fields(case):
            problems.append(f"{where}: scores no field")
        for table in ("must_not", "tolerate"):
            for key, values in case.get(table, {}).items():
                if key not in cs.FIELDS or not isinstance(values, list):
                    problems.append(f"{where}: {table}.{key} is not a list of a known field")
        for f in cs.FIELDS:
            if f in case and not (isinstance(case[f], list) and all(isinstance(v, str) for v in case[f])):
                problems.append(f"{where}: {f} must be a list of strings")
        if case.get("acting") and not case.get("head"):
            problems.append(f"{where}: acting without a head")
        for a in case.get("addresses", []):
            street, _, rest = a.partition(",")
            if not any(ch.isdigit() for ch in street) or (rest and not any(ch.isdigit() for ch in rest)):
                problems.append(f"{where}: address {a!r} is not 'Street 1' or 'Street 1, 12345 Town'")
        for p in case.get("phones", []):
            if cs.phone_key(p) == " ".join(p.split()):
                problems.append(f"{where}: phone {p!r} has no E.164 form")
        for r in case.get("reorganisations", []):
            if len(r) != 10 or r[4] != "-" or r[7] != "-":
                problems.append(f"{where}: reorganisation {r!r} is no ISO date")
    assert not problems, "\n".join(problems)


def test_case_ids_are_unique(cases):
    ids = Counter(c["id"] for part in cases.values() for c in part)
    assert [i for i, n in ids.items() if n > 1] == []


def test_a_variant_lives_on_one_side_of_the_split(cases):
    sides: dict[str, set[str]] = defaultdict(set)
    for part, items in cases.items():
        for c in items:
            sides[c["variant"]].add(part)
    assert sorted(v for v, s in sides.items() if len(s) > 1) == []


def test_every_form_has_cases(cases, forms):
    used = {c["form"] for part in cases.values() for c in part}
    assert sorted(set(forms) - used) == []


def test_expected_values_occur_in_the_case(cases):
    """An expected name, street or number that is not in the case text is a typo in the corpus."""
    problems = []
    for case in (c for part in cases.values() for c in part):
        hay = cs.alnum(case.get("text", "") + case.get("html", ""))
        for name in case.get("head", []) + case.get("must_not", {}).get("head", []):
            if cs.alnum(name) not in hay:
                problems.append(f"{_where(case)}: head {name!r}")
        for a in case.get("addresses", []):
            number = a.split(",")[0].split()[-1]
            if cs.alnum(number) not in hay:
                problems.append(f"{_where(case)}: address {a!r}")
        for p in case.get("phones", []):
            digits = "".join(ch for ch in p if ch.isdigit())[-4:]  # an extension may stand apart ("Durchwahl -3371")
            if digits not in "".join(ch for ch in hay if ch.isdigit()):
                problems.append(f"{_where(case)}: phone {p!r}")
    assert not problems, "\n".join(problems)


# --- the scorer's matching rules: the corpus is only as fair as these ------------------------


def test_names_match_without_titles_and_case():
    assert cs.name_key("Frau Dr.  Shirin Rahimi") == cs.name_key("shirin rahimi")
    assert cs.name_key("Prof. Dr. Emre Kılıç") == cs.name_key("Emre Kılıç")
    assert cs.name_key("Herrn Jonas van Bebber") == cs.name_key("Jonas van Bebber")
    assert cs.name_key("Emre Kılıç") != cs.name_key("Emre Kılınç")


def test_units_match_on_content_words_with_optional_parts():
    exp = cs.expected_unit("Fachbereich 5 [– Jugend, Schule und Integration]")
    assert cs.unit_matches(exp, "Fachbereich 5")
    assert cs.unit_matches(exp, "FB 5 Jugend, Schule und Integration")
    assert cs.unit_matches(exp, "dem Fachbereich 5 – Jugend, Schule und Integration")
    assert not cs.unit_matches(exp, "Fachbereich 4")
    assert not cs.unit_matches(exp, "Fachbereich 5 zugeordnet und arbeitet eng mit dem Jobcenter zusammen")
    assert cs.unit_matches(cs.expected_unit("Amt für Schule"), "des Amtes für Schule")
    chain = cs.expected_unit("[Dezernat V /] Referat Zuwanderung")
    assert cs.unit_matches(chain, "Referat Zuwanderung im Dezernat V")
    assert not cs.unit_matches(chain, "Dezernat V")
    assert cs.unit_is_chain_link(chain, "Dezernat V")


def test_addresses_and_phones_match_through_the_projects_normaliser():
    assert cs.address_key("Wilhelm-Lohmann-Str. 3 a") == cs.address_key("Wilhelm-Lohmann-Straße 3a")
    t = cs.score_field("addresses", ["Hüttenstraße 22-24, 58091 Bergfeld"],
                       [{"street": "Hüttenstraße 22 – 24", "postal_code": "58091", "city": "Bergfeld"}], [], [], "x")
    assert (t.tp, t.fp, t.fn) == (1, 0, 0)
    t = cs.score_field("addresses", ["Hüttenstraße 22, 58091 Bergfeld"],
                       [{"street": "Hüttenstraße 22", "postal_code": "58099", "city": "Bergfeld"}], [], [], "x")
    assert (t.tp, t.fp, t.fn) == (0, 1, 1)
    assert cs.phone_key("(0 22 02) 98 76 54") == cs.phone_key("+49 2202 987654")


def test_declared_field_is_exhaustive_and_distractors_are_counted():
    t = cs.score_field("head", ["Oleg Sorokin"], ["Oleg Sorokin", "Samira Benali"], ["Samira Benali"], [], "x")
    assert (t.tp, t.fp, t.fn, t.distractors_taken) == (1, 1, 0, 1)
    t = cs.score_field("head", ["Ayşe Yıldız"], ["Yıldız"], [], [], "x")
    assert (t.tp, t.fp, t.fn) == (0, 0, 1)  # a surname back-reference alone is not the head found


def test_a_case_becomes_a_page_with_its_text_in_the_main_content(cases):
    case = next(c for c in cases["tune"] if "html" in c)
    page = cs.case_html(case)
    main = page[page.index("<main>"): page.index("</main>")]
    assert case["html"].strip()[:40] in main
    text_case = {"id": "x", "text": "Erster Absatz <b>.\n\nZweiter Absatz."}
    page = cs.case_html(text_case)
    assert "<p>Erster Absatz &lt;b&gt;.</p>" in page and "<p>Zweiter Absatz.</p>" in page


def test_forms_file_is_valid():
    data = tomllib.loads((cs.CORPUS / "forms.toml").read_text(encoding="utf-8"))
    ids = [f["id"] for f in data["form"]]
    assert len(ids) == len(set(ids))
    assert all(f.get("description") and f.get("section") for f in data["form"])


def test_every_form_is_on_both_sides_of_the_split(cases, forms):
    for part, items in cases.items():
        used = {c["form"] for c in items}
        assert sorted(set(forms) - used) == [], f"forms without a {part} case"


def test_at_least_150_cases(cases):
    assert sum(len(items) for items in cases.values()) >= 150


def test_about_a_third_of_cases_and_variants_is_held_out(cases):
    n_tune, n_hold = len(cases["tune"]), len(cases["holdout"])
    assert 0.28 <= n_hold / (n_tune + n_hold) <= 0.40
    v_tune = {c["variant"] for c in cases["tune"]}
    v_hold = {c["variant"] for c in cases["holdout"]}
    # held-out phrasings mostly have one case each, tune phrasings several: a larger share of phrasings
    assert 0.28 <= len(v_hold) / (len(v_tune) + len(v_hold)) <= 0.50


# --- whole-page fixtures ----------------------------------------------------------------------


def _page_text(path) -> str:
    """Visible text of a fixture, leniently (tags dropped, entities decoded, letters and digits)."""
    import html
    import re

    raw = path.read_bytes()
    m = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", raw[:1024])
    text = raw.decode(m.group(1).decode() if m else "utf-8")
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S)
    return cs.alnum(html.unescape(re.sub(r"<[^>]+>", " ", text)))


def _event_key_in(key: str, text: str) -> bool:
    k = cs.alnum(key)
    return k in text or (k.startswith("49") and "0" + k[2:] in text)


def test_page_fixtures_have_three_versions_and_truth(pages):
    problems = []
    for part, items in pages.items():
        for truth in items:
            d = truth["_dir"]
            where = f"{d.relative_to(cs.ROOT)}"
            for v in ("v1.html", "v2.html", "v3.html"):
                if not (d / v).is_file():
                    problems.append(f"{where}: {v} missing")
            for key in ("style", "url", "noise", "v1", "v3", "events"):
                if key not in truth:
                    problems.append(f"{where}/truth.toml: '{key}' missing")
            if truth.get("style") != d.name:
                problems.append(f"{where}/truth.toml: style {truth.get('style')!r} is not the folder name")
            for v in ("v1", "v3"):
                spec = truth.get(v, {})
                if not {"head", "addresses", "phones"} <= set(spec):
                    problems.append(f"{where}/truth.toml [{v}]: head, addresses and phones must be declared")
            for i, ev in enumerate(truth.get("events", []), 1):
                if ev.get("kind") not in EVENT_KINDS or not ev.get("match") or not ev.get("note"):
                    problems.append(f"{where}/truth.toml event {i}: needs kind of {sorted(EVENT_KINDS)}, match, note")
    assert not problems, "\n".join(problems)


def test_at_least_eight_styles_a_third_held_out_each_on_one_side(pages):
    styles = {part: {t["style"] for t in items} for part, items in pages.items()}
    total = len(styles["tune"]) + len(styles["holdout"])
    assert total >= 8
    assert styles["tune"].isdisjoint(styles["holdout"])
    assert 0.25 <= len(styles["holdout"]) / total <= 0.40


def test_versions_differ_the_way_the_truth_says(pages):
    """v2 differs from v1 (there is noise to ignore) but states the same facts; every labelled
    change of v3 is in v3's text and not in v2's; every v3 has a labelled change."""
    problems = []
    for items in pages.values():
        for truth in items:
            d = truth["_dir"]
            v1, v2 = ((d / f"{v}.html").read_bytes() for v in ("v1", "v2"))
            if v1 == v2:
                problems.append(f"{d.name}: v2 has no noise")
            t2, t3 = _page_text(d / "v2.html"), _page_text(d / "v3.html")
            if not truth.get("events"):
                problems.append(f"{d.name}: v3 has no labelled change")
            for ev in truth.get("events", []):
                keys = [k for k in ev["match"] if not k[:4].isdigit()]  # ISO dates are written otherwise
                if keys and not any(_event_key_in(k, t3) for k in keys):
                    problems.append(f"{d.name}: {ev['kind']} {ev['match']} not in v3")
                if any(_event_key_in(k, t2) for k in keys):
                    problems.append(f"{d.name}: {ev['kind']} {ev['match']} already in v2")
            for v, text in (("v1", _page_text(d / "v1.html")), ("v3", t3)):
                for name in truth[v].get("head", []):
                    if cs.alnum(name) not in text:
                        problems.append(f"{d.name}/{v}: head {name!r} not in the page")
                for p in truth[v].get("phones", []):
                    digits = "".join(ch for ch in p if ch.isdigit())[-6:]
                    if digits not in "".join(ch for ch in text if ch.isdigit()):
                        problems.append(f"{d.name}/{v}: phone {p!r} not in the page")
    assert not problems, "\n".join(problems)


def test_a_value_reported_twice_is_one_fact():
    t = cs.score_field("phones", [], ["+492122903318", "0212 290-3318"], [], [], "x")
    assert (t.tp, t.fp, t.fn) == (0, 1, 0)
    t = cs.score_field("phones", ["0212 290-3318"], ["+492122903318", "0212/2903318"], [], [], "x")
    assert (t.tp, t.fp, t.fn) == (1, 0, 0)


def test_page_events_come_from_the_real_profile_and_diff_stages():
    """The scorer's v1→v2→v3 glue: records → build_profile → diff_profiles / content_change, and
    the matching of an event to a labelled change (letters and digits of any match string)."""
    url = "https://www.example.org/ki/"
    before = {"url": url, "page_kind": "page", "main_text": "Kommunales Integrationszentrum\nRuhrstraße 32",
              "addresses": [{"street": "Ruhrstraße 32", "postal_code": "45468", "city": "Hollerbach", "label": ""}],
              "phones": [], "emails": ["ki@hollerbach.example"], "people": [], "parent_units": []}
    same = dict(before, main_text="Kommunales  Integrationszentrum\nRuhrstraße 32")
    after = dict(before, main_text="Kommunales Integrationszentrum\nAm Kanal 7",
                 addresses=[{"street": "Am Kanal 7", "postal_code": "45468", "city": "Hollerbach", "label": ""}])
    assert [e["kind"] for e in cs._events("x", url, before, before)] == []
    events = cs._events("x", url, before, after)
    assert sorted(e["kind"] for e in events) == ["address", "content"]
    address = next(e for e in events if e["kind"] == "address")
    assert cs._event_matches(address, {"kind": "address", "match": ["Am Kanal 7"]})
    assert not cs._event_matches(address, {"kind": "address", "match": ["Kastanienweg 1"]})
    assert not cs._event_matches(address, {"kind": "head", "match": ["Am Kanal 7"]})
    assert [e["kind"] for e in cs._events("x", url, before, same)] == ["content"]
