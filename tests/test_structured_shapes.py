"""JSON-LD values in the shapes sites write them: a name as a list or a language-tagged object gives its
text, never a Python repr; odd shapes where an object is expected give nothing and no error."""

from __future__ import annotations

import json

import pytest

from kiwatch.pipelines.extract import extract_html

_BODY = ("<p>Das Kommunale Integrationszentrum berät Menschen mit Einwanderungsgeschichte in allen Fragen "
         "der Integration im Kreis.</p>")


def _page(parent) -> str:
    item = {"@context": "https://schema.org", "@type": "GovernmentOrganization",
            "name": "Kommunales Integrationszentrum", "parentOrganization": parent}
    return (f'<html><head><title>KI</title><script type="application/ld+json">{json.dumps(item)}</script></head>'
            f"<body><main><h1>Kommunales Integrationszentrum</h1>{_BODY}</main></body></html>")


@pytest.mark.parametrize("parent", [
    {"name": ["Amt 50 – Soziales"]},
    {"name": {"@value": "Amt 50 – Soziales", "@language": "de"}},
    [{"name": [{"@value": "Amt 50 – Soziales"}]}],
])
def test_a_nested_parent_name_gives_the_unit(parent):
    units = extract_html(_page(parent), "https://example.org/ki").parent_units
    assert [u.name for u in units] == [u.name for u in extract_html(_page("Amt 50 – Soziales"), "https://example.org/ki").parent_units]
    assert units and not any("[" in u.name or "{" in u.name for u in units)


@pytest.mark.parametrize("parent", [None, 50, True, "", [], [None], [[]], {"@id": "#amt"}, {"name": 7}, {"name": [[[["Amt 50"]]]]}])
def test_odd_parent_shapes_give_no_repr_and_no_error(parent):
    units = extract_html(_page(parent), "https://example.org/ki").parent_units
    assert not any("[" in u.name or "{" in u.name or "'" in u.name for u in units)
