"""A head announced or asked for without a name: the sentence presents the centre's new head as a
description ("Vorstellung der neuen Leitung des KI") or asks who leads it ("Wer leitet das KI?"), and
the name follows in the next sentence (grammar.heads reads that one as the head's)."""

from __future__ import annotations

import re

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.referents import _names_in as _names_in_clean
from kiwatch.pipelines.extract.roles import CentreNames, _object_kind

#: "eine neue Leiterin", "ein neues Gesicht an der Spitze": the new head described, a few words may
#: stand between the adjective and the head noun.
_NEW_HEAD_RE = re.compile(r"\b(?:[Nn]eue[nrms]?|[Kk]ommissarische[nrm]?)\s+(?:[\wäöüß]+\s+){0,3}?(?P<lex>Leitung|Leiterin|Leiter|Chefin|Chef|Spitze)\b")


#: The lead said to have a new holder without an adjective on it ("Die Leitung des KI liegt in neuen Händen").
_NEW_HOLDER_RE = re.compile(r"\b(?P<lex>Leitung|Spitze)\b(?=[^.;]{0,80}?\b(?:" + P.NEW_HOLDER_PHRASES + r"))")


def announces_new_head(text: str, centre: CentreNames) -> bool:
    """A sentence presenting the centre's new head as a description, naming no one ("TOP 3:
    Vorstellung der neuen Leitung des KI", "Neue Leiterin im Integrationszentrum", "Die Leitung des
    KI liegt in neuen Händen")."""
    m = (_NEW_HEAD_RE.search(text) or _NEW_HOLDER_RE.search(text)) if "eue" in text or "ommissar" in text or "besetzt" in text else None
    if m is None or _names_in_clean(centre.regex.sub(" § ", text)) or _ADDRESSED_RE.search(text) or P.FORMER_CLAUSE_RE.search(text) \
            or _VACANCY_RE.search(text):
        return False
    kind, _ = _object_kind(text, m.end("lex"), centre)
    # a bare lead said to be filled again on the centre's page is the centre's ("Die Stelle der Leitung
    # wurde neu besetzt"), as a bare "Leitung" is; a new head described needs the centre named
    bare = m.re is _NEW_HOLDER_RE and not P.ORGANISATION_WORD_RE.search(text)
    return kind == "centre" or (kind == "none" and (bool(centre.regex.search(text)) or bare))


#: A question asking who leads ("Wer leitet das KI?", "Wer ist die Leiterin?", "Who heads the centre?").
_WHO_RE = re.compile(r"^\W*(?:[Ww]er|[Ww]ho)\b[^?]*\?\s*$")


def asks_for_head(text: str, centre: CentreNames) -> bool:
    """A question asking for the centre's head, naming no one."""
    if "?" not in text or not _WHO_RE.match(text):
        return False
    lex = P.HEAD_LEXEME_RE.search(text)
    if lex is None or _names_in_clean(centre.regex.sub(" § ", text)) or P.OTHER_ROLE_RE.search(text):
        return False
    return _object_kind(text, lex.end(), centre)[0] != "other" and (bool(centre.regex.search(text)) or not P.ORGANISATION_WORD_RE.search(text))


_ADDRESSED_RE = re.compile(r"\b(?:Herrn?|Frau)\s+[A-ZÄÖÜ]")
#: A search for a head, not a head ("Wir suchen eine neue Leitung").
_VACANCY_RE = re.compile(r"\b(?:such\w*|Bewerb\w*|Stellenangebot\w*|\(m/w/d\)|m/w/d)")
