"""The centre as the subject of a sentence about where it belongs (not the object of a preposition,
not a genitive of another body's centre, not the other side of a contrast)."""

from __future__ import annotations

import re

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.grammar import CentreNames

#: A relation noun with the centre in the genitive: "Die Anbindung des KI an den Fachbereich …".
_NOUN_ANCHOR_RE = re.compile(r"\b(?:" + "|".join(P.ASSIGNMENT_NOUNS) + r")\s+(?:des|der|unseres|unserer)\s+(?:\w+\s+)?$")
#: The centre as the other side of a contrast, not the subject: "Anders als das KI …", "Im Gegensatz zum KI …" (zum: above).
_CONTRAST_RE = re.compile(r"\b(?:[Aa]nders|[Ww]eniger|[Mm]ehr)\s+als\s+(?:das|die|der|unser|unsere)\s+$")


def centre_subject(sentence: str, centre: CentreNames) -> re.Match[str] | None:
    """The centre as the sentence's subject (not as the object of a preposition)."""
    for m in centre.regex.finditer(sentence):
        if P.OTHER_BODY_CENTRE_RE.match(sentence, m.end()) or centre.other_place(sentence, m.end()):
            continue  # another body's centre ("das Integrationszentrum der AWO", "… der Nachbarstadt X")
        before = sentence[max(0, m.start() - 12): m.start()]
        if _NOUN_ANCHOR_RE.search(sentence[max(0, m.start() - 40): m.start()]):
            return m  # "Die Anbindung des KI an den Fachbereich …": the relation's subject in the genitive
        if re.search(r"(?i:beim|bei dem|dem|zum|vom|aus dem|des|im|für das|mit dem|den)\s+(?:\w+\s+)?$", before) and not re.search(r"\b(?:das|Das)\s+(?:\w+\s+)?$", before):
            continue
        if "als " in before and _CONTRAST_RE.search(sentence, max(0, m.start() - 24), m.start()):
            continue  # the centre compared with the subject: "Anders als das KI ist das Bildungsbüro dem Schulamt zugeordnet"
        return m
    # (a named team is one of the centre's sections, not the centre: "Das Team Sprache des KI ist …")
    pronouns = tuple(p_ + r"(?!\s+[A-ZÄÖÜ][a-zäöüß])" if p_.endswith("Team") else p_ for p_ in P.CENTRE_PRONOUNS) \
        + tuple(rf"(?:[Dd]ie|[Dd]as|[Dd]er|[Uu]nsere?)\s+{k}" for k in centre.own_kinds)
    pronoun = re.match(r"(?:(?:Organisatorisch|Derzeit|Aktuell|Heute|Inzwischen|Seit\s+[^,]{1,30}?)\s+)?(?:ist|sind)?\s*(?:" + "|".join(pronouns) + r")\b", sentence)
    if pronoun:
        return pronoun
    return re.search(r"\b(?:ist|sind|gehört|gehören|untersteht|unterstehen|ressortiert|ressortieren|arbeitet|arbeiten|bleibt|bleiben"
                     r"|zählt|zählen)\s+(?:" + "|".join(P.CENTRE_PRONOUNS).replace("[Dd]", "d").replace("[Ww]", "w") + r")\b", sentence)


#: The centre's own kind as the predicate before a relative clause ("ist eine Stabsstelle, die …"), and the
#: assignment verb that relative clause must hold to place the centre.
_KIND_PREDICATE_RE = re.compile(r"\s+(?:ist|sind)\s+(?:organisatorisch\s+)?(?:eine?|die|das|der)\s+(?:eigene[nrs]?\s+)?"
                                r"(?:Stabsstelle|Abteilung|Sachgebiet|Referat|Dienststelle|Organisationseinheit|Einrichtung)(?:\s+[\dA-ZÄÖÜ][\w.-]*)?\s*")
_RELATIVE_ASSIGNS_RE = re.compile(r"\b(?:zugeordnet|unterstellt|angegliedert|angebunden|angesiedelt|eingegliedert|verortet|verankert|eingebunden|gehört|untersteht)\b")


def kind_antecedent(sentence: str, centre_end: int, comma: int, relative_at: int) -> bool:
    """The centre's own kind is the antecedent of the relative clause at `relative_at`, and that clause assigns
    it: "Das KI ist eine Stabsstelle, die dem Bürgermeister zugeordnet ist" places the centre itself."""
    return _KIND_PREDICATE_RE.fullmatch(sentence, centre_end, comma) is not None and _RELATIVE_ASSIGNS_RE.search(sentence, relative_at) is not None
