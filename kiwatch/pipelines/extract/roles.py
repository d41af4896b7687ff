"""The centre's names on a page (its synonyms and the acronyms the page defines) and the
head roles: whether a role word names the head of this centre or of another body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.names import NAME_RE

# --------------------------------------------------------------------------- the centre


@dataclass(frozen=True, slots=True)
class CentreNames:
    """The words a page uses for the centre: the general synonyms plus acronyms it defines."""

    acronyms: tuple[str, ...] = ()
    #: unit kinds the page gives the centre itself ("Stabsstelle 02 – Kommunales
    #: Integrationszentrum"): "Die Stabsstelle ist der Landrätin unterstellt" is about the centre
    own_kinds: tuple[str, ...] = ()

    @staticmethod
    def default() -> CentreNames:
        return _DEFAULT

    @staticmethod
    def of_text(text: str) -> CentreNames:
        found = tuple(dict.fromkeys(acr for m in _ACRONYM_DEF_RE.finditer(text)
                                    if (acr := m.group("acr") or m.group("acr2")) not in ("KI", "KIZ")))
        kinds = tuple(dict.fromkeys(m.group("kind") or m.group("kind2") for m in _OWN_KIND_DEF_RE.finditer(text)))
        return CentreNames(found, kinds) if found or kinds else _DEFAULT

    @property
    def pattern(self) -> str:
        return _centre_pattern(self.acronyms)

    @property
    def regex(self) -> re.Pattern[str]:
        return _centre_regex(self.acronyms)


_ACRONYM_DEF_RE = re.compile(
    # "Kommunales Integrationszentrum (KIM)", "Kommunales Integrationszentrum Musterstadt (KIM)"
    r"(?:Kommunale[snm]?\s+|Kreis)?Integrationszentr(?:um|ums)(?:\s+(?:des\s+|der\s+)?[A-ZÄÖÜ][\w-]+){0,3}\s*\(\s*(?P<acr>[A-ZÄÖÜ][A-Za-zÄÖÜ-]{1,7})\s*\)"
    # another name that is the centre: "Das Zentrum für Vielfalt (ZfV) ist das Kommunale Integrationszentrum der
    # Stadt", "Das Integrationsbüro (IBB) nimmt die Aufgaben eines Kommunalen Integrationszentrums wahr"
    r"|\(\s*(?P<acr2>[A-ZÄÖÜ][A-Za-zÄÖÜ-]{1,7})\s*\)\s+(?:ist\s+(?:das|unser)\s+Kommunale[s]?\s+Integrationszentrum"
    r"|nimmt\s+die\s+Aufgaben\s+(?:eines|des)\s+Kommunalen\s+Integrationszentrums|fungiert\s+als\s+Kommunales\s+Integrationszentrum)\b"
)
_OWN_KIND_DEF_RE = re.compile(
    # "Stabsstelle 02 – Kommunales Integrationszentrum", "Kommunales Integrationszentrum (Sachgebiet 51.3)"
    r"(?m)^\s*(?P<kind>Stabsstelle|Abteilung|Sachgebiet|Fachdienst|Referat|Dienststelle|Fachstelle)\s*[\dIVX][\w.\-/]*\s*[–—:-]\s*"
    r"(?:Kommunales\s+|Kreis)?Integrationszentrum\b"
    r"|(?:Kommunales\s+|Kreis)?Integrationszentrum\b[^\n()]{0,40}\(\s*(?P<kind2>Stabsstelle|Abteilung|Sachgebiet|Fachdienst|Referat|Dienststelle)\s*[\dIVX][\w.\-/]*\s*\)"
)
_DEFAULT = CentreNames()


@lru_cache(maxsize=64)
def _centre_pattern(acronyms: tuple[str, ...]) -> str:
    words = list(P.CENTRE_WORDS[:-2]) + [re.escape(a) for a in acronyms] + list(P.CENTRE_WORDS[-2:])
    return r"(?:\b(?:" + "|".join(words) + r")\b(?!-))"


@lru_cache(maxsize=64)
def _centre_regex(acronyms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_centre_pattern(acronyms))


# --------------------------------------------------------------------------- head roles

HEAD_NOUN = r"(?:" + "|".join(P.HEAD_NOUNS) + r")"
_HEAD_NOUN_RE = re.compile(r"(?<![\wäöüß-])" + HEAD_NOUN + r"(?![a-zäöüß])")
_OBJECT_RE = re.compile(r"\s*(?:des|der|vom|von\s+der|von\s+dem|im|in\s+der|für\s+das|für\s+den|für\s+die|beim|of\s+the|of)\s+(?P<obj>[^,.;:()!?\"]{2,90})")


def _object_kind(text: str, start: int, centre: CentreNames) -> tuple[str, int]:
    """What a role word leads: ("none", end) when nothing follows, ("centre", end) when the
    centre, ("other", end) when another body ("Leiter des Jugendamtes")."""
    rest = text[start:]
    m = _OBJECT_RE.match(rest)
    if m:
        obj = m.group("obj")
        c = centre.regex.match(obj) or centre.regex.match(re.sub(r"^(?:neuen|neu\s+gegründeten|kommunalen)\s+", "", obj))
        # "Integrationszentrums-Beirat" is another body: a compound on the centre's name
        if (c and not obj[c.end():].startswith("-")) or re.match(r"(?:Kommunale[nsm]?\s+)?Integrationszentr\w*(?![\w-])|(?:KI-|KIZ-)?Teams?\b|(?:[Ii]ntegration\s+)?[Cc]ent(?:re|er)\b", obj):
            cm = centre.regex.search(obj)
            return "centre", start + m.start("obj") + (cm.end() if cm else len(obj.split()[0]))
        if re.match(r"[a-zäöü]", obj) and not m.group(0).lstrip().startswith("of"):  # "Leitung von zwei Projekten": no body
            return "none", start
        return "other", start + m.end()
    m = re.match(r"\s+(?:" + centre.pattern + r")", rest)  # "Leitung Kommunales Integrationszentrum"
    if m:
        return "centre", start + m.end()
    m = re.match(r"\s+(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?(?:Schule|Bildung|Sprache|Elternarbeit|Integration|Verwaltung|Projekt\w*|Sekretariat|[A-ZÄÖÜ]\w*(?:bereich|team|amt|dienst))\b(?!\s+[A-ZÄÖÜ][a-zäöü]+\s*[,.(])", rest)
    if m and not NAME_RE.match(rest.lstrip()):
        return "other", start + m.end()
    return "none", start


def is_head_role(role: str, centre: CentreNames | None = None) -> bool:
    """A role that says the person leads the centre: a head noun, not a deputy's or a former
    holder's, leading nothing else than the centre."""
    role = re.sub(r"\s+", " ", role or "").strip(" :,")
    m = _HEAD_NOUN_RE.search(role)
    if not m:
        return False
    before = role[: m.start()]
    if P.DEPUTY_RE.search(before) or P.FORMER_RE.search(before) or re.search(r"[Ss]tellvertret|[Ss]tellv\.|\b[Ss]tv\.|[Dd]eputy", role):
        return False
    before = re.sub(r"^(?:" + P.ROLE_WORD_RE.pattern + r")\s*(?:und|/|&)\s*", "", before)  # "Ansprechpartnerin und Leitung"
    if re.search(r"\b[A-ZÄÖÜ][a-zäöüß]+", before) and not P.ACTING_RE.search(before) and not re.match(r"^(?:KI|KIZ)\b", before):
        return False  # "Projektleitung" spelled apart, "Schulamt Leitung": another unit's lead
    kind, _ = _object_kind(role, m.end(), centre or _DEFAULT)
    return kind != "other"
