"""A stand-in for a lead left open: where the line before, or this sentence before the person, says the
centre's lead is vacant now or its holder away ("Die Leitungsstelle ist derzeit vakant; die Vertretung
übernimmt X", "Leitung: N. N. (Vertretung: X)", "Die Leiterin ist erkrankt. X nimmt die Aufgaben wahr"),
the one person named with words of standing in leads the centre, acting (EXTRACTION.md: an acting head is a
head change worth saying so). A deputy's title ("Stellvertretende Leitung") stays no head, vacant post or not."""

from __future__ import annotations

import re

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.referents import _names_in as _names_in_clean
from kiwatch.pipelines.extract.roles import CentreNames

#: The lead's own words (a compound of another lead, "Schulleitung", is no word of the centre's lead).
_LEAD_RE = re.compile(r"(?<![\wäöüß-])(?:(?:KI|KIZ)-)?(?:Leitung(?:sstelle|sposition|sfunktion|saufgaben)?|Leiter(?:in)?|Chef(?:in)?)(?![\wäöüß])")
_OF_RE = re.compile(r"\s+(?:des|der|vom)\s+")


def _centre_lead(clause: str, centre: CentreNames) -> bool:
    """The clause's lead word is the centre's: the centre named after it, or no other body named."""
    lead = _LEAD_RE.search(clause)
    if lead is None:
        return False
    of = _OF_RE.match(clause, lead.end())
    if of and not centre.regex.match(clause, of.end()):
        return False  # "die Leitung des Jugendamts"
    return bool(centre.regex.search(clause)) or not P.ORGANISATION_WORD_RE.search(clause)


#: How far a word of vacancy's clause reaches on either side: farther than a sentence's clause does, and a
#: run-on text without punctuation is not read back to its start and on to its end once per word (quadratic).
_CLAUSE_REACH = 300
_CLAUSE_END_RE = re.compile(r"[,.;!?]")


def _left_open(text: str, centre: CentreNames) -> int:
    """Where the last statement of the text that the centre's lead is open now ends; -1 for none."""
    end = -1
    for m in P.VACANT_LEAD_RE.finditer(text):
        floor = max(0, m.start() - _CLAUSE_REACH)
        start = max(max(text.rfind(c, floor, m.start()) for c in ".;!?") + 1, floor)
        clause = text[start:m.end()]
        # (the lead may follow the word: "Bis zur Nachbesetzung der Leitungsstelle vertritt X die Leitung")
        stop = _CLAUSE_END_RE.search(text, m.end(), m.end() + _CLAUSE_REACH)
        whole = text[start:stop.start() if stop else m.end() + _CLAUSE_REACH]
        if _centre_lead(whole, centre) and not P.VACANCY_PAST_RE.search(clause):
            end = m.end()
    return end


def _stands_in(text: str) -> bool:
    return bool(P.STAND_IN_RE.search(text) or P.ACTING_RE.search(text)) and not P.OTHER_ROLE_RE.search(text)


def acting_after_vacancy(previous: str, sentence: str, pos: int, centre: CentreNames) -> bool:
    """Whether a head named at pos of the sentence stands in for a lead the text before left open."""
    if not P.VACANT_LEAD_RE.search(previous) and not P.VACANT_LEAD_RE.search(sentence, 0, max(0, pos)):
        return False
    text = previous + " " + sentence[:max(0, pos)]
    end = _left_open(text, centre)
    rest = sentence[max(0, end - len(previous) - 1):] if end >= 0 else ""
    return end >= 0 and _stands_in(rest)


def stand_in(previous: str, sentence: str, centre: CentreNames) -> list[str]:
    """The one person the sentence names standing in for a lead the line before or its own start left open."""
    if not P.VACANT_LEAD_RE.search(previous) and not P.VACANT_LEAD_RE.search(sentence):
        return []
    end = _left_open(previous + " " + sentence, centre)
    if end < 0:
        return []
    rest = sentence[max(0, end - len(previous) - 1):]
    if not _stands_in(rest):
        return []
    names = _names_in_clean(centre.regex.sub(" § ", rest))
    return names if len(names) == 1 else []
