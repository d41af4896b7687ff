"""A chronicle of the centre's units on one line: "Chronik: 2013 Gründung im Sozialamt · 2018 Wechsel in
den Fachbereich Bildung · 2024 Eingliederung in das Amt für Integration". Each step is led by its year and
the steps run forward in time: the latest step's unit is where the centre is now, the earlier ones are
history (EXTRACTION.md: a dated history sentence never stands for the current assignment)."""

from __future__ import annotations

import itertools
import re

from kiwatch.pipelines.extract.grammar import CentreNames
from kiwatch.pipelines.extract.unitwords import UNIT_WORD, unit_from_text
from kiwatch.records import ParentUnit

#: Steps apart: a middle dot, a bar, a bullet or a semicolon; a dash only before the next step's year.
_STEP_SPLIT_RE = re.compile(r"\s*[·|•;]\s*|\s+[–—]\s+(?=(?:[Ss]eit\s+|[Aa]b\s+)?(?:19|20)\d\d\b)")
#: A step: its year first ("seit 2023 …" too), after a label on the first one ("Chronik:", "Geschichte:").
_STEP_RE = re.compile(r"(?:[A-ZÄÖÜ][\wäöüß ]{1,24}:\s*)?(?:(?:[Ss]eit|[Aa]b)\s+)?(?P<year>(?:19|20)\d\d)\b(?:\s*[:–—-])?\s+(?P<rest>\S.*)")
#: The unit the step puts the centre in: after a preposition of place or goal.
_GOAL_RE = re.compile(r"(?<![\wäöüß])(?:in\s+(?:den|das|die|der)|ins|zum|zur|im|beim|bei\s+der|an\s+(?:den|das|die))\s+"
                      r"(?:(?:neue[nmrs]?|neu\s+[a-zäöüß]+(?:t|en)e[nmrs]?)\s+)?(?P<unit>(?:" + UNIT_WORD + r").*)$")
#: A step not yet taken: the chronicle's last line may be a plan.
_AHEAD_RE = re.compile(r"\b(?:geplant|vorgesehen|künftig|zukünftig|soll|sollen|wird|werden|beabsichtigt)\b")
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def timeline_unit(lines: list[str], centre: CentreNames) -> ParentUnit | None:
    """The unit of the latest step of a chronicle line, if a line is one (two steps or more, each led by
    its year, the years rising); none where the latest step names no unit or lies ahead."""
    for line in lines:
        if len(line) > 400 or len(_YEAR_RE.findall(line)) < 2 or not _STEP_SPLIT_RE.search(line):
            continue
        steps = [s for s in _STEP_SPLIT_RE.split(line) if s.strip()]
        read = [_STEP_RE.fullmatch(s.strip()) for s in steps]
        if len(steps) < 2 or any(m is None for m in read):
            continue
        years = [int(m.group("year")) for m in read if m is not None]
        last = read[-1]
        if last is None or any(a >= b for a, b in itertools.pairwise(years)) or _AHEAD_RE.search(last.group("rest")):
            continue
        goal = _GOAL_RE.search(last.group("rest"))
        if goal is None or centre.regex.match(goal.group("unit")):
            continue
        unit = unit_from_text(goal.group("unit").strip(" .,"))
        if unit is not None:
            return unit
    return None
