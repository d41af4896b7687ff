"""Site hints: [centre.hints] in the registry, validated when it loads, used by extraction only
to fill what the heuristic layers left empty. The centre here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiwatch.core.errors import RegistryError
from kiwatch.pipelines.extract import extract_html
from kiwatch.crawlers.sink import extract_result
from kiwatch.records import FetchOutcome, FetchResult
from kiwatch.registry import load_registry

ENTRY = """
[[centre]]
slug = "kreis-nebelstein"
name = "Kommunales Integrationszentrum Kreis Nebelstein"
start_urls = ["https://www.kreis-nebelstein.example/ki/"]
"""

# A page whose head and parent unit stand in places no rule reads: a bare name in a styled box,
# the unit under an in-house label (no assignment stem: "Verortung" would be read as one).
PAGE = """<html><body><main>
<h1>Integration im Kreis Nebelstein</h1>
<p>Wir beraten Kitas, Schulen und Vereine zu Sprache, Bildung und Teilhabe im ganzen Kreis.</p>
<div class="team"><div class="chefin"><span>Odalys Reinholt-Mbeki</span></div>
<div class="mitglied"><span>Pawel Grünhagen</span></div></div>
<p>Heimat im Haus: Dienststelle 17 Chancen und Vielfalt</p>
</main></body></html>"""

HINTS = {"head": ".team .chefin", "parent_unit": "Heimat im Haus"}


def _registry(tmp_path: Path, hints: str) -> Path:
    path = tmp_path / "sites.toml"
    path.write_text(ENTRY + hints, encoding="utf-8")
    return path


def test_hints_load_from_the_registry(tmp_path):
    path = _registry(tmp_path, '[centre.hints]\nhead = ".team .chefin"\nparent_unit = "Heimat im Haus"\n')
    (centre,) = load_registry(path)
    assert dict(centre.hints) == HINTS


@pytest.mark.parametrize("hints, problem", [
    ('[centre.hints]\nleiter = ".x"\n', "hints.leiter: unknown field"),
    ('[centre.hints]\nhead = ".team >> p"\n', "hints.head: '.team >> p' is not a valid CSS selector"),
    ('[centre.hints]\nhead = ""\n', "hints.head: must be a non-empty string"),
    ('[centre.hints]\nparent_unit = 3\n', "hints.parent_unit: must be a non-empty string"),
    ('hints = "head"\n', "'hints' must be a table"),
])
def test_a_broken_hint_is_refused_naming_file_entry_field_and_problem(tmp_path, hints, problem):
    path = _registry(tmp_path, hints)
    with pytest.raises(RegistryError) as err:
        load_registry(path)
    message = str(err.value)
    assert str(path) in message and "entry 1 (kreis-nebelstein)" in message and problem in message


def test_without_hints_the_heuristics_find_neither_field():
    record = extract_html(PAGE, "https://www.kreis-nebelstein.example/ki/")
    assert not any(p.is_head for p in record.people)
    assert record.parent_units == []


def test_hints_fill_what_the_heuristics_left_empty():
    record = extract_html(PAGE, "https://www.kreis-nebelstein.example/ki/", HINTS)
    assert [(p.name, p.is_head) for p in record.people if p.is_head] == [("Odalys Reinholt-Mbeki", True)]
    assert [u.name for u in record.parent_units] == ["Dienststelle 17 Chancen und Vielfalt"]


def test_a_hint_never_overrides_what_the_page_states():
    page = PAGE.replace("<p>Heimat", "<p>Leitung: Dr. Tilman Ostkamp</p><p>Heimat")
    record = extract_html(page, "https://www.kreis-nebelstein.example/ki/", HINTS)
    assert [p.name for p in record.people if p.is_head] == ["Tilman Ostkamp"]


def test_the_crawl_pipeline_passes_a_centres_hints_to_extraction():
    result = FetchResult(centre="kreis-nebelstein", url="https://www.kreis-nebelstein.example/ki/",
                         outcome=FetchOutcome.OK, status=200, body=PAGE.encode(), content_type="text/html")
    _, record = extract_result(result, HINTS)
    assert record is not None and [p.name for p in record.people if p.is_head] == ["Odalys Reinholt-Mbeki"]
