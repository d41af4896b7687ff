"""Dates in German text and the dated organisational facts (reorganisations, moves)."""

from __future__ import annotations

import re
from datetime import date

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.unitwords import UNIT_WORD
from kiwatch.records import DatedFact


def find_dates(text: str) -> list[tuple[str, tuple[int, int]]]:
    """ISO dates in German text with their spans, most specific form first."""
    found: list[tuple[str, tuple[int, int]]] = []
    for kind, regex in P.DATE_PATTERNS:
        for m in regex.finditer(text):
            if any(s < m.end() and m.start() < e for _, (s, e) in found):
                continue
            try:
                if kind == "dmy":
                    iso = date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
                elif kind == "d_month_y":
                    iso = date(int(m.group(3)), P.MONTHS[m.group(2).lower()], int(m.group(1))).isoformat()
                elif kind == "iso":
                    iso = date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
                else:
                    iso = f"{int(m.group(2)):04d}-{P.MONTHS[m.group(1).lower()]:02d}"
            except (ValueError, KeyError):
                continue
            found.append((iso, m.span()))
    found.sort(key=lambda item: item[1][0])
    return found


_YEAR_RE = re.compile(r"(?:19|20)\d\d")


#: A person changing jobs: "Am 1. März wechselt Frau Berg vom KI ins Schulamt" moves no unit.
_PERSON_MOVES_RE = re.compile(r"\b(?:wechselt|wechseln|wechselte)\s+(?:\w+\s+)?(?:Frau|Herr|Dr\.|Prof\.)\s")
_SOURCE_RE = re.compile(r"\b(?:vom|von|aus\s+dem|aus\s+der)\s+$")


#: Any character of the sentence; a dot only inside it (a date's or an ordinal's: "zum 1. Januar").
_ANY = r"(?:[^.;]|\.(?!\s*$))"
#: A unit as the goal of a change: "in den Fachbereich 2", "ins neue Amt", "dem Büro der Landrätin".
_GOAL = r"(?:in\s+(?:den|das|die)|ins|zum|zur|dem|der)\s+(?:neue[nmrs]?\s+|neu\s+gebildete[nmrs]?\s+)?(?:" + UNIT_WORD + r")"
#: The centre put into a unit in the passive, by any participle ("wurde am … in das Amt 40 verlegt",
#: "wird zum … dem Dezernat III angegliedert"), or moving there by a verb of motion.
_PASSIVE_GOAL_RE = re.compile(
    r"\b(?:wird|werden|wurde|wurden|worden)\b" + _ANY + r"{0,120}?\b" + _GOAL + r"[^.;]{0,80}?\b(?!(?:"
    + "|".join(P.STATAL_NOT_ASSIGNMENT) + r")\b)" + P.STATAL_PARTICIPLE + r"\b"
    r"|\b" + P.CENTRE_MOTION_VERBS + r"\b" + _ANY + r"{0,80}?\b(?:in\s+(?:den|das|die)|ins|zum|zur)\s+(?:neue[nmrs]?\s+)?(?:" + UNIT_WORD + r")"
)


def _centre_moves(sentence: str) -> bool:
    """The centre is what moves: named (not as the place someone leaves), and no person moves."""
    if _PERSON_MOVES_RE.search(sentence):
        return False
    return any(not _SOURCE_RE.search(sentence[max(0, m.start() - 12): m.start()]) for m in P.CENTRE_SUBJECT_RE.finditer(sentence))


def is_reorganisation(sentence: str) -> bool:
    """A dated sentence that records or announces a restructuring: a strong lexeme
    ("Neuordnung", "zusammengelegt"), or the centre or a unit named together with a change verb
    in any form, a decision, or an assignment with an effective date."""
    if P.REORGANISATION_RE.search(sentence) or P.REORGANISATION_EXTRA_RE.search(sentence):
        return True
    if (P.CENTRE_MOVE_RE.search(sentence) or _PASSIVE_GOAL_RE.search(sentence)) and _centre_moves(sentence):
        return True
    if not P.CHANGE_SUBJECT_RE.search(sentence):
        return False
    return bool(P.CHANGE_LEXEME_RE.search(sentence) or P.CHANGE_VERB_RE.search(sentence)
                or (P.DATED_ASSIGNMENT_RE.search(sentence) and P.EFFECTIVE_DATE_RE.search(sentence)))


def find_dated_facts(sentences: list[str]) -> list[DatedFact]:
    facts: list[DatedFact] = []
    seen: set[tuple[str, str]] = set()
    for sentence in sentences:
        if not _YEAR_RE.search(sentence):
            continue
        dates = find_dates(sentence)
        if not dates:
            continue
        reorganisation = is_reorganisation(sentence)
        for iso, _ in dates:
            if (iso, sentence) not in seen:
                seen.add((iso, sentence))
                facts.append(DatedFact(iso, sentence, reorganisation))
    return facts
