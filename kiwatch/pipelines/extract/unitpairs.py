"""A unit and the centre as a compact path inside a line ("Amt 51 – Kommunales
Integrationszentrum", "Amt 51/KI", "Fachbereich Bildung | KI"): attendance lists, signatures and
contact labels name the parent this way."""

from __future__ import annotations

import re
from functools import lru_cache

from kiwatch.pipelines.extract.grammar import CentreNames
from kiwatch.pipelines.extract.unitlines import unit_rank
from kiwatch.pipelines.extract.unitwords import UNIT_WORD, unit_from_text
from kiwatch.records import ParentUnit

_SEP_BEFORE_RE = re.compile(r"(?:[–—|›/]|\s-)\s*$")


@lru_cache(maxsize=64)
def _pair_re(centre: str) -> re.Pattern[str]:
    return re.compile(
        r"(?:^|[(,;:]\s*|\b(?:im|beim|in\s+der|vom|von\s+der|aus\s+dem)\s+)(?P<unit>(?:" + UNIT_WORD + r")(?:\s+(?:[^()/,;:–—|›.]|(?<=\d)\.(?=\d)){1,60}?)?)"
        r"\s*(?:[–—|›/]|\s-)\s*(?:" + centre + r")\s*(?=[),;:.]|$)")


def pair_units(lines: list[str], centre: CentreNames) -> list[ParentUnit]:
    """A unit and the centre as a compact path inside a line: a bracket or list item of a minutes'
    attendance list ("Frau X (Amt 51 – Kommunales Integrationszentrum)"), a signature ("Frau X, Amt
    51/KI"), a contact label ("Ansprechpartnerin im Fachbereich Bildung / KI: …"). As in a name
    line, a lower unit with only its code is the centre's own designation."""
    out: list[ParentUnit] = []
    for line in lines:
        if len(line) > 600 or not any(sep in line for sep in ("–", "—", "/", "|", "›", " -")):
            continue
        # (the pattern only where the centre's name follows a separator: the cheap test first)
        if not any(_SEP_BEFORE_RE.search(line, max(0, c.start() - 4), c.start()) for c in centre.regex.finditer(line)):
            continue
        for m in _pair_re(centre.pattern).finditer(line):
            unit = unit_from_text(m.group("unit"))
            if unit is None or centre.regex.search(unit.name):
                continue
            if unit_rank(unit) <= 2 or unit.name.replace(unit.number, "").strip() != unit.name.split()[0]:
                out.append(unit)
    return out

