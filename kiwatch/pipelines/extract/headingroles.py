"""A head role as a section's heading over a paragraph about the person: "Unsere Leiterin" / "Frau X
ist Diplom-Pädagogin und seit 2016 im Haus." — the person the paragraph opens with (its subject) holds
the heading's role. Team pages present their head so, as a portrait under the role."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kiwatch.pipelines.extract import grammar as G
from kiwatch.pipelines.extract.personrows import _NAME

#: The heading: the role alone, after a possessive or article ("Unsere Leiterin", "Die Leitung des KI").
_HEADING_ROLE_RE = re.compile(r"^(?:(?:Unsere?|Ihre?|Die|Der)\s+)?(?:(?:neue[rn]?)\s+)?(?P<role>[^:()]{3,80}?)\s*:?\s*$")
#: The paragraph opening with a person as its subject: the name, then a lower-case verb.
_SUBJECT_NAME_RE = re.compile(r"^(?:(?:Herr|Frau)\s+)?" + _NAME + r"\s+(?=[a-zäöüß])")


def heading_role_people(lines: Sequence[str], headings: Sequence[str], centre: G.CentreNames) -> list[tuple[str, str]]:
    """(name, role) of each first paragraph under a heading that is a head role of the centre."""
    out: list[tuple[str, str]] = []
    for i in range(1, min(len(lines), len(headings))):
        heading = headings[i]
        if not heading or heading.strip() != lines[i - 1].strip() or lines[i].strip() == heading.strip():
            continue  # only the first line under the heading
        role = _HEADING_ROLE_RE.match(heading.strip())
        if role is None or not G.is_head_role(role.group("role"), centre):
            continue
        m = _SUBJECT_NAME_RE.match(lines[i].strip())
        if m and G.clean_name(m.group("name")):
            out.append((m.group("name"), role.group("role")))
    return out
