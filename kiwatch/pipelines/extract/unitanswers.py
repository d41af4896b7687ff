"""The answer to a question about where the centre belongs, as a FAQ or an interview gives it: the
question names the centre and asks for its unit ("Zu welchem Amt gehört das KI?", "Wem ist das
Integrationszentrum zugeordnet?"), the answer after it names the unit without repeating the verb
("Zum Amt 51 – Jugend und Bildung.", "Dem Fachbereich 2.")."""

from __future__ import annotations

import re

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.grammar import CentreNames
from kiwatch.pipelines.extract.unitwords import OFFICE, UNIT_WORD, named_unit, office_nominative
from kiwatch.records import ParentUnit

#: A question for the unit: an interrogative first, an assignment verb, the question mark last.
_QUESTION_RE = re.compile(r"^(?:(?:Zu|In|Bei|Unter|An)\s+welche[mnrs]?|Welche[mnrs]?|Wem|Wo|Wohin)\s[^?]{3,100}?\b(?:gehört|gehören|"
                          + "|".join(P.ASSIGNMENT_VERBS) + r")\b[^?]{0,40}\?\s*$")
#: The answer: the unit alone, with the preposition or article the question's verb governs; nothing after the unit's name.
_ANSWER_RE = re.compile(r"^(?:(?:Zum|Zur|Dem|Der|Im|Beim|In\s+der|Bei\s+der|Unter\s+dem|Das|Die)\s+)?(?P<unit>" + UNIT_WORD + r"|" + OFFICE + r")")


def answer_unit(question: str, answer: str, centre: CentreNames) -> ParentUnit | None:
    """The unit `answer` names when `question`, the sentence before it, asks where the centre belongs."""
    if len(answer) > 120 or not question.endswith("?") or (m := _ANSWER_RE.match(answer)) is None:
        return None
    if _QUESTION_RE.match(question) is None or not centre.regex.search(question):
        return None
    unit = named_unit(answer, m.group("unit"), m.end("unit"))
    if unit.kind:
        return None if unit.name == unit.kind and not unit.number else unit
    return ParentUnit(kind="Stab", name=office_nominative(m.group("unit")), number="") if re.fullmatch(OFFICE, m.group("unit")) else None
