"""The benchmark corpus generator (bench/): deterministic, labelled changes are real, noise is only noise.

Fast (a few centres, one of each template); asserts no time.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from bench import corpus

CENTRES = 6  # covers all five templates


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    truth = corpus.generate(root, seed=7, centres=CENTRES, log=None)
    return root, truth


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _text(body: bytes, path: str) -> str:
    """Visible text of a page, lenient: HTML tags dropped and entities decoded; PDF text strings."""
    if path.endswith(".pdf"):
        parts = re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", body)
        return " ".join(re.sub(rb"\\(.)", rb"\1", p).decode("cp1252") for p in parts)
    m = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", body[:1024])
    text = body.decode(m.group(1).decode() if m else "utf-8")
    text = re.sub(r"<script.*?</script>", " ", text, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return html.unescape(text)


def _squash(text: str) -> str:
    t = text.replace("\xa0", " ").casefold()
    t = t.replace("(at)", "@").replace(" [at] ", "@").replace(" [dot] ", ".")
    t = t.replace("strasse", "straße").replace("str.", "straße").replace("–", "-")
    return re.sub(r"\s+", "", t)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _shows(text: str, field: str, value) -> bool:
    """Whether a page text shows a fact in any of the spellings the noise uses."""
    if field == "addresses":
        return _squash(value["street"]) in _squash(text) and value["plz"] in text
    if field == "phones":
        national = value[3:]
        digits = _digits(text)
        return any(form in digits for form in ("0" + national, "49" + national, "490" + national))
    return _squash(value) in _squash(text)


def test_generator_is_deterministic_for_a_seed(generated, tmp_path):
    root, truth = generated
    again = corpus.generate(tmp_path / "again", seed=7, centres=CENTRES, log=None)
    assert again == truth
    assert _files(tmp_path / "again") == _files(root)


def test_another_seed_gives_another_corpus(generated, tmp_path):
    _, truth = generated
    other = corpus.generate(tmp_path / "other", seed=8, centres=2, log=None)
    assert other["changes"] != truth["changes"][: len(other["changes"])] or other["centres"] != truth["centres"][:2]


def test_corpus_shape(generated):
    root, truth = generated
    assert len(truth["centres"]) == CENTRES
    assert len({c["template"] for c in truth["centres"]}) == 5
    for c in truth["centres"]:
        pages = [p for p in truth["pages"]["baseline"] if p.startswith(f"/{c['slug']}/")]
        assert 18 <= len(pages) <= 22
        assert any(p.endswith(".pdf") for p in pages)
    kinds = {ch["kind"] for ch in truth["changes"]}
    assert {"address", "head", "parent_unit", "reorganisation", "contact", "people"} <= kinds


def test_every_labelled_change_differs_between_baseline_and_changes(generated):
    root, truth = generated
    assert truth["changes"]
    for ch in truth["changes"]:
        base, changed = root / "baseline", root / "changes"
        rel = ch["page"].lstrip("/")
        if ch["kind"] == "page_added":
            assert not (base / rel).exists() and (changed / rel).exists(), ch
            continue
        if ch["kind"] == "page_removed":
            assert (base / rel).exists() and not (changed / rel).exists(), ch
            continue
        assert ch["pages"], f"labelled change shows on no page: {ch}"
        assert ch["page"] in truth["positive_pages"] or ch["pages"][0] in truth["positive_pages"]
        for page in ch["pages"]:
            before = (base / page.lstrip("/")).read_bytes()
            after = (changed / page.lstrip("/")).read_bytes()
            assert before != after
            tb, ta = _text(before, page), _text(after, page)
            field = {"address": "addresses", "head": "head", "people": "people", "contact": None,
                     "parent_unit": "parent_units", "programmes": "programmes", "reorganisation": None}[ch["kind"]]
            if ch["kind"] == "contact":
                field = "phones" if ch["new"].startswith("+") else "emails"
            if ch["kind"] == "reorganisation":
                assert _shows(ta, "x", ch["match"][0]) and not _shows(tb, "x", ch["match"][0]), ch
                continue
            old = truth["page_facts"]["baseline"][page].get(field, [])
            new = truth["page_facts"]["changes"][page].get(field, [])
            assert old != new, (ch, page)
            for value in new:
                assert _shows(ta, field, value), (ch["id"], page, value)
            for value in old:
                if value not in new:
                    assert _shows(tb, field, value), (ch["id"], page, value)
                    assert not _shows(ta, field, value), (ch["id"], page, value)


def test_noise_only_pages_differ_in_bytes_but_carry_the_same_facts(generated):
    root, truth = generated
    assert truth["pages"]["noise"] == truth["pages"]["baseline"]
    flipped = 0
    for page in truth["pages"]["baseline"]:
        before = (root / "baseline" / page.lstrip("/")).read_bytes()
        noisy = (root / "noise" / page.lstrip("/")).read_bytes()
        assert before != noisy, page
        if page.endswith(".html") and (b"iso-8859-1" in before[:1024]) != (b"iso-8859-1" in noisy[:1024]):
            flipped += 1
        text = _text(noisy, page)
        for field, values in truth["page_facts"]["baseline"][page].items():
            for value in values:
                assert _shows(text, field, value), (page, field, value)
    assert flipped >= CENTRES  # pages switching between ISO-8859-1 and UTF-8


def test_noise_is_also_inside_the_main_content(generated):
    root, truth = generated
    page = next(p for p in truth["pages"]["baseline"] if p.endswith("/kontakt.html"))
    for version in ("baseline", "noise"):
        body = _text((root / version / page.lstrip("/")).read_bytes(), page)
        assert re.search(r"(Stand|zuletzt aktualisiert|geändert|Letzte Änderung)", body)
