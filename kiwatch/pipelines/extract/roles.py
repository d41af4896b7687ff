"""The centre's names on a page (its synonyms and the acronyms the page defines) and the
head roles: whether a role word names the head of this centre or of another body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.names import _COMMON_WORDS, NAME_RE, clean_name, split_title, valid_name
from kiwatch.pipelines.firstchar import led

# --------------------------------------------------------------------------- the centre


@dataclass(frozen=True, slots=True)
class CentreNames:
    """The words a page uses for the centre: the general synonyms plus acronyms it defines."""

    acronyms: tuple[str, ...] = ()
    #: unit kinds the page gives the centre itself ("Stabsstelle 02 – Kommunales
    #: Integrationszentrum"): "Die Stabsstelle ist der Landrätin unterstellt" is about the centre
    own_kinds: tuple[str, ...] = ()
    #: the page's own town or district: named with the centre in the page title and again in its
    #: text. A centre qualified by another place ("das KI des Kreises Nordheim") is another centre.
    places: tuple[str, ...] = ()

    @staticmethod
    def default() -> CentreNames:
        return _DEFAULT

    @staticmethod
    def of_text(text: str, title: str = "", url: str = "") -> CentreNames:
        found = tuple(dict.fromkeys(acr for m in _ACRONYM_DEF_RE.finditer(text)
                                    if (acr := m.group("acr") or m.group("acr2")) not in ("KI", "KIZ")
                                    and not P.OTHER_BODY_CENTRE_RE.search(m.group(0))))  # (another body's centre: "… der Diakonie (IZO)")
        if "ntegrationszentr" in text:  # a name of its own the page gives the centre ("VIELFALT.werk – so heißt das KI")
            found += tuple(dict.fromkeys(syn for m in _OWN_NAME_DEF_RE.finditer(text) if (syn := _own_name(m)) and syn not in found))
        kinds = tuple(dict.fromkeys(m.group("kind") or m.group("kind2") for m in _OWN_KIND_DEF_RE.finditer(text)))
        # only a place the text repeats outside the title and its echo as the page heading (a title
        # alone may be a template's or a headline's), or any title place where the text names
        # centres of two other places (a directory of centres, a visit from a neighbour)
        body = "\n".join(line for line in text.splitlines() if line.strip() != title.strip()) if title else ""
        titled = [m.group("place") for m in _TITLE_PLACE_RE.finditer(title)]
        if not titled and url:
            # a title without a place: the town of the site's host name ("www.kreis-heidmersen.de"), when the text
            # names it with the centre or a kind of municipality ("KIZ Heidmersen", "Kreis Heidmersen")
            host = urlsplit(url).hostname or ""
            titled = [w for label in re.split(r"[.-]", host) if len(label) >= 4 and label not in _HOST_WORDS
                      and re.search(r"(?:" + _centre_pattern(()) + r"|" + _PLACE_KIND + r")\s+" + re.escape(w := label.capitalize()) + r"\b", body or text)]
        several = len({m.group("place") for c in _centre_regex(found).finditer(body) if (m := _PLACE_AFTER_RE.match(body, c.end()))
                       and m.group("place") not in titled and m.group("place") not in P.NON_NAME_WORDS}) >= 2 if titled else False
        places = tuple(dict.fromkeys(p for p in titled if several or re.search(rf"\b{re.escape(p)}\b", body)))
        if ("ist das " in text or "sind das " in text or "ist unser " in text) and "ntegrationszentrum " in text:  # the page defines whose centre it is: "Das KIZ ist das KI des Kreises Heidmersen"
            places += tuple(dict.fromkeys(p for m in _OWN_PLACE_DEF_RE.finditer(text) if (p := m.group("place")) not in places
                                          and p not in P.NON_NAME_WORDS and p not in _COMMON_WORDS))
        return CentreNames(found, kinds, places) if found or kinds or places else _DEFAULT

    def other_place(self, text: str, pos: int) -> bool:
        """The centre's name ending at pos is qualified by a place that is not the page's own
        ("… des Kommunalen Integrationszentrums des Kreises Nordheim", "… der KI in Oststadt"); a
        neighbour's ("… der Nachbarstadt Oberau", "… im Nachbarkreis") is another centre on any page."""
        if NEIGHBOUR_AFTER_RE.match(text, pos):
            return True
        if not self.places:
            return False
        m = _PLACE_AFTER_RE.match(text, pos)
        if m is None or m.group("place") in P.NON_NAME_WORDS or m.group("place") in _COMMON_WORDS:
            return False
        named = NAME_RE.match(text, m.start("place"))
        if named and valid_name(named.group("name")):
            return False  # "die Leiterin des KI Anna Kaya": a name, no place
        return not any(m.group("place").startswith(p) or p.startswith(m.group("place")) for p in self.places)

    def own_compound(self, before: str) -> bool:
        """The text before a role noun ends in the centre's own name and a hyphen ("KOMM-IN-Leiter")."""
        return bool(self.acronyms) and before.endswith("-") and bool(re.search(r"(?<![\wäöüß-])(?:" + "|".join(re.escape(a) for a in self.acronyms) + r")-$", before))

    @property
    def pattern(self) -> str:
        return _centre_pattern(self.acronyms)

    @property
    def regex(self) -> re.Pattern[str]:
        return _centre_regex(self.acronyms)


_ACRONYM_DEF_RE = led(re.compile(
    # "Kommunales Integrationszentrum (KIM)", "Kommunales Integrationszentrum Musterstadt (KIM)", "… (kurz: KIM)",
    # "Kommunales Integrationszentrum – kurz KIM – …", "…, kurz „KIM“ genannt,"
    # (a place after the name on its line, "… im Kreis Aschwerden (IZA)", never the next line's words: a heading "Kommunales
    # Integrationszentrum X" over "Die Jugendberufshilfe (JBH) …"; a definition's word before the acronym, "(nachfolgend: IZA)")
    r"(?:Kommunale[snm]?\s+|Kreis)?Integrationszentr(?:um|ums)(?:[ \t]+(?:des\s+|der\s+|im\s+|in\s+)?[A-ZÄÖÜ][\w-]+){0,3}\s*"
    r"(?:\(\s*(?:(?:kurz|nachfolgend|im\s+Folgenden|abgekürzt)[:,]?\s+)?|[–—,]\s*(?:kurz|nachfolgend|im\s+Folgenden|abgekürzt):?\s+[„\"»]?)"
    r"(?P<acr>[A-ZÄÖÜ][A-Za-zÄÖÜ-]{1,7})(?:\s*\)|[“\"«]?(?=\s*[–—,)]|\s+genannt))"
    # another name that is the centre: "Das Zentrum für Vielfalt (ZfV) ist das Kommunale Integrationszentrum der
    # Stadt", "Das Integrationsbüro (IBB) nimmt die Aufgaben eines Kommunalen Integrationszentrums wahr"
    r"|\(\s*(?P<acr2>[A-ZÄÖÜ][A-Za-zÄÖÜ-]{1,7})\s*\)\s+(?:ist\s+(?:das|unser)\s+Kommunale[s]?\s+Integrationszentrum"
    r"|nimmt\s+die\s+Aufgaben\s+(?:eines|des)\s+Kommunalen\s+Integrationszentrums|fungiert\s+als\s+Kommunales\s+Integrationszentrum)\b"
))
#: A name of its own the page gives the centre, a brand or an acronym without brackets: "Das KOMM-IN
#: Auenfeld ist das Kommunale Integrationszentrum des Kreises", "VIELFALT.werk – so heißt das
#: Kommunale Integrationszentrum der Stadt", "… des KOMM-IN, des Kommunalen Integrationszentrums",
#: "Das Kommunale Integrationszentrum heißt „Brückenhaus“".
_OWN_NAME = r"(?!(?:Das|Der|Die|Dies\w*|Unser\w*|Es|Wir|Hier|Dort)\s)(?P<syn>[A-ZÄÖÜ][\wäöüß]*(?:[.\-][\wäöüßÄÖÜ]+)*)"
_THE_CENTRE = r"(?:das|unser|dem|des)\s+(?:Kommunalen?\s+|Kreis)?Integrationszentrums?\b"
_OWN_NAME_DEF_RE = led(re.compile(
    r"(?:(?<![\wäöüß.-])|(?<=\b[Dd]as\s))" + _OWN_NAME + r"(?:[ \t]+[A-ZÄÖÜ][\wäöüß-]+)?(?:\s+(?:ist|heißt|nennt\s+sich)\s+(?:der\s+(?:neue\s+)?Name\s+)?"
    r"|\s*[–—-]\s*so\s+heißt\s+|,\s+)" + _THE_CENTRE
    + r"|\b(?:[Dd]as|[Uu]nser)\s+(?:Kommunale\s+|Kreis)?Integrationszentrum\s+(?:heißt|nennt\s+sich|trägt\s+den\s+Namen)\s+[„“\"»]?"
    + _OWN_NAME.replace("syn", "syn2")
    + r"|\b[Uu]nter\s+dem\s+Namen\s+[„“\"»]?" + _OWN_NAME.replace("syn", "syn3") + r"[“”\"«]?\s+(?:arbeitet|firmiert|tritt)\s+(?:das|unser)\s+"
    r"(?:Kommunale\s+|Kreis)?Integrationszentrum\b"
))


def _own_name(m: re.Match[str]) -> str | None:
    """The centre's own name of a definition, or None when the word is no name (an article, a unit)."""
    syn = (m.group("syn") or m.group("syn2") or m.group("syn3") or "").rstrip(".-")
    if len(syn) < 3 or syn in ("KI", "KIZ") or syn in _COMMON_WORDS or syn in P.NON_NAME_WORDS or P.UNIT_KIND_RE.fullmatch(syn) \
            or (not re.search(r"[A-ZÄÖÜ].*[A-ZÄÖÜ.-]|[A-ZÄÖÜ]{2}", syn) and not (m.group("syn2") or m.group("syn3"))):
        return None  # (a plain word "Es", "Wir", "Fachbereich"; a brand has capitals inside, a dot or a hyphen)
    return syn


_OWN_KIND_DEF_RE = re.compile(
    # "Stabsstelle 02 – Kommunales Integrationszentrum", "Kommunales Integrationszentrum (Sachgebiet 51.3)"
    r"(?m)^\s*(?P<kind>Stabsstelle|Abteilung|Sachgebiet|Fachdienst|Referat|Dienststelle|Fachstelle)\s*[\dIVX][\w.\-/]*\s*[–—:-]\s*"
    r"(?:Kommunales\s+|Kreis)?Integrationszentrum\b"
    r"|(?:Kommunales\s+|Kreis)?Integrationszentrum\b[^\n()]{0,40}\(\s*(?P<kind2>Stabsstelle|Abteilung|Sachgebiet|Fachdienst|Referat|Dienststelle)\s*[\dIVX][\w.\-/]*\s*\)"
)
_DEFAULT = CentreNames()
#: Labels of a host name that are no town ("www.stadt-x.de", "integration.kreis-y.nrw").
_HOST_WORDS = frozenset({"www", "stadt", "kreis", "gemeinde", "staedteregion", "example", "integration", "integrationszentrum", "kommunales",
                         "online", "portal", "service", "rathaus", "verwaltung", "bildung", "home", "info", "city", "land"})
_PLACE_KIND = r"(?:Stadt|Kreis(?:es)?|Gemeinde|Städteregion|[A-ZÄÖÜ][\w]*-Kreis(?:es)?)"
#: A place in a page title: after the centre's name or a kind of municipality ("Kommunales
#: Integrationszentrum Musterstadt", "KI | Stadt Musterstadt", "Kreis Musterland – Integration").
_TITLE_PLACE_RE = re.compile(
    r"(?:(?:Integrationszentrum|KIZ?)\s*[-–|:·]?\s*(?:(?:der|des)\s+)?(?:" + _PLACE_KIND + r"\s+)?|\b" + _PLACE_KIND + r"\s+)(?P<place>[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)*)"
)
#: A sentence that says whose centre the page is about: "Das KIZ ist das Kommunale Integrationszentrum
#: des Kreises Heidmersen", "Wir sind das Kommunale Integrationszentrum der Stadt Lindenau".
_OWN_PLACE_DEF_RE = re.compile(
    r"\b(?:ist|sind)\s+(?:das|unser)\s+(?:Kommunale\s+|Kreis)?Integrationszentrum\s+(?:(?:des|der|im|in\s+der)\s+|für\s+(?:den|die)\s+)"
    + _PLACE_KIND + r"\s+(?P<place>[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)*)"
)
#: A place right after the centre's name, perhaps past its acronym in brackets.
#: A neighbour as the place right after the centre's name: another centre whatever the page's own place.
NEIGHBOUR_AFTER_RE = re.compile(r"(?:\s*\([A-ZÄÖÜ]{2,6}\))?\s+(?:(?:des|der|im|in\s+der|in\s+dem|aus\s+dem|aus\s+der)\s+)?(?:[Nn]achbar\w+|benachbarten\s+\w+)")
_PLACE_AFTER_RE = re.compile(
    r"(?:\s*\([A-ZÄÖÜ]{2,6}\))?\s+(?:(?:(?:des|der|im)\s+)?" + _PLACE_KIND + r"\s+)?(?P<place>[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)*)(?=[\s,.;:)]|$)"
)


@lru_cache(maxsize=64)
def _centre_pattern(acronyms: tuple[str, ...]) -> str:
    # (a name of its own takes a genitive s: "des VIELFALT.werks")
    words = list(P.CENTRE_WORDS[:-2]) + [re.escape(a) + (r"(?:es|s)?" if a[-1].islower() else "") for a in acronyms] + list(P.CENTRE_WORDS[-2:])
    return r"(?:\b(?:" + "|".join(words) + r")\b(?!-))"


@lru_cache(maxsize=64)
def _centre_regex(acronyms: tuple[str, ...]) -> re.Pattern[str]:
    # (searched over every line of a page: led by its first characters, pipelines/firstchar.py)
    return led(re.compile(_centre_pattern(acronyms)))


# --------------------------------------------------------------------------- head roles

HEAD_NOUN = r"(?:" + "|".join(P.HEAD_NOUNS) + r")"
_HEAD_NOUN_RE = re.compile(r"(?<![\wäöüß-])" + HEAD_NOUN + r"(?![a-zäöüß])")
#: (a dot inside a word is no sentence end: "des VIELFALT.werks")
_OBJECT_RE = re.compile(r"\s*(?:des|der|unseres|unserer|vom|von\s+der|von\s+dem|im|in\s+der|für\s+das|für\s+den|für\s+die|beim|of\s+the|of)\s+(?P<obj>(?:[^,.;:()!?\"]|\.(?=[^\W\d_])|(?<=\d)\.(?=\d)){2,90})")  # (an organisation code "40.3" goes on)


def _object_kind(text: str, start: int, centre: CentreNames) -> tuple[str, int]:
    """What a role word leads: ("none", end) when nothing follows, ("centre", end) when the
    centre, ("other", end) when another body ("Leiter des Jugendamtes")."""
    rest = text[start:]
    m = _OBJECT_RE.match(rest)
    if m:
        obj = m.group("obj")
        c = centre.regex.match(obj) or centre.regex.match(re.sub(r"^(?:neuen|neu\s+gegründeten|kommunalen)\s+", "", obj))
        kind_word = None if c else _UNIT_NAMED_AS_CENTRE_RE.match(obj)
        if kind_word and (named := centre.regex.match(obj, kind_word.end())):
            c = named  # "Leiterin der Abteilung Kommunales Integrationszentrum": the unit is the centre
        ext = None if c else _EXTENDED_ATTRIBUTE_RE.match(obj)
        if ext and centre.regex.match(obj, ext.end()):
            # "Leiterin des im Fachbereich 4 angesiedelten KI", "Leiter des 2013 gegründeten und dem Schulamt
            # zugeordneten Integrationszentrums": an extended attribute before the centre
            c = centre.regex.match(obj, ext.end())
        # "Integrationszentrums-Beirat" is another body: a compound on the centre's name
        sub = _SUB_UNIT_TOPIC_RE.match(obj)
        if sub and not _name_at(obj, sub.end() - 1) and not centre.regex.match(obj, sub.end() - 1):
            return "other", start + m.end()  # "Leiterin des Teams Schule im KI": a part of the centre
        if m.group(0).lstrip().startswith("unser") and re.match(r"(?:Zentrums|Hauses|Teams|Einrichtung|Dienststelle)\b", obj):
            return "centre", start + m.end()  # "Die Leiterin unseres Zentrums": the centre on its own page
        if (c and not obj[c.end():].startswith("-")) or re.match(r"(?:Kommunale[nsm]?\s+)?Integrationszentr\w*(?![\w-])|(?:KI-|KIZ-)?Teams?\b|(?:[Ii]ntegration\s+)?[Cc]ent(?:re|er)\b", obj) \
                or _PRONOUN_NOUN_RE.match(obj):
            cm = centre.regex.search(obj)
            end = start + m.start("obj") + (cm.end() if cm else len(obj.split()[0]))
            if cm and (cm.group(0).endswith("zentren") or centre.other_place(text, end)):
                return "other", end  # "der Integrationszentren", "des KI des Kreises Nordheim": other centres
            return "centre", end
        if re.match(r"[a-zäöü]", obj) and not m.group(0).lstrip().startswith("of"):  # "Leitung von zwei Projekten": no body
            return "none", start
        return "other", start + m.end()
    m = re.match(r"\s+(?:" + centre.pattern + r")", rest)  # "Leitung Kommunales Integrationszentrum"
    if m:
        return ("other" if centre.other_place(text, start + m.end()) else "centre"), start + m.end()
    m = _TOPIC_RE.match(rest) if _ROLE_NOUN_END_RE.search(text, 0, start) else None  # after a noun, not a verb ("leitet X")
    if m and m.group("word") not in P.ROLE_FOLLOWER_WORDS and m.group("word") not in P.NON_NAME_WORDS - _TOPIC_UNIT_WORDS \
            and not P.MONTHS.get(m.group("word").casefold()) and not _name_at(rest, m.start("word")):
        # a topic right after the role ("Teamleitung Bildung", "Sachgebietsleitung Schule und Beruf"): the
        # lead of that area; whatever is not a person's name there is no name of the centre either
        return "other", start + m.end()
    return "none", start


#: A unit's kind word (with its code) in front of the unit's name: where the name is the centre's, the
#: unit is the centre ("der Abteilung Kommunales Integrationszentrum", "des Sachgebiets 51.3 – KI").
_UNIT_NAMED_AS_CENTRE_RE = re.compile(
    r"(?:Abteilung|Sachgebiet(?:e?s)?|Fachdienst(?:e?s)?|Fachstelle|Dienststelle|Stabsstelle|Referat(?:e?s)?|Bereich(?:e?s)?|Amt(?:e?s)?)"
    r"\s+(?:[\d.]+\s+)?(?:[–—-]\s+)?[„“\"]?"
)
#: An extended attribute between article and noun: it opens with a preposition, a number or an adverb
#: (lower case or digits) and ends with an inflected participle or adjective ("im Fachbereich Bildung
#: angesiedelten", "2013 gegründeten und heute dem Schulamt zugeordneten").
_EXTENDED_ATTRIBUTE_RE = re.compile(r"(?=[a-zäöüß\d])[^,;:()]{0,80}?\b[a-zäöüß]{3,}en\s+(?:Kommunalen\s+)?(?=[A-ZÄÖÜ])")
#: The nouns that stand for the centre on its own page (rules.CENTRE_PRONOUNS: "das Zentrum", "die
#: Einrichtung"), as the unqualified object of a role ("Leiterin des Zentrums"); "des Zentrums für
#: Ausländerfragen" or "der Einrichtung Sonnenblume" is another body. A service portal's unit page
#: calls its subject "die Organisationseinheit" ("Leitung der Organisationseinheit").
_PRONOUN_NOUN_RE = re.compile(r"(?:Zentrums|Einrichtung|Dienststelle|Organisationseinheit|Hauses)(?![\w-])(?!\s+(?:für|der|des|am|im|in|an)\b|\s*[„“\"]|\s+[A-ZÄÖÜ])")
_ROLE_NOUN_END_RE = re.compile(r"(?:[Ll]eitung|[Ll]eiterin|[Ll]eiter|[Cc]hefin|[Cc]hef)$")
#: A capitalised word right after a role noun, perhaps in quotes ("Projektleitung „Griffbereit“").
_TOPIC_RE = re.compile(r"\s+[„“\"]?(?P<word>[A-ZÄÖÜ][\wäöüß-]*)")
#: Unit words in NON_NAME_WORDS that are still a topic after a role ("Leitung Integrationsrat").
_TOPIC_UNIT_WORDS = frozenset({"Dezernat", "Amt", "Fachbereich", "Integrationsrat", "Kreis", "Stadt", "Rathaus", "Sekretariat", "Team",
                               "Sachgebiet", "Programme", "Projekte", "Angebote", "Internationales", "Regionale"})
_SUB_UNIT_TOPIC_RE = re.compile(r"(?:" + "|".join(P.SUB_UNIT_WORDS) + r")\s+[„“\"]?[A-ZÄÖÜ]")


def _name_at(text: str, pos: int) -> bool:
    """A person's name (with form of address and titles) begins at pos."""
    m = NAME_RE.match(text, pos)
    cleaned = clean_name(m.group("name")) if m else None  # "Irma Schouten Tel.": trailing words that are no name go
    return bool(cleaned and m and split_title(m.group("name"))[1].startswith(cleaned[1].split()[0]))


#: A contact label in front of a role ("Ansprechpartnerin Leitung", "Kontakt: Leitung"): the label says whom to
#: contact, the role after it is that person's.
_CONTACT_LABEL_RE = re.compile(r"^(?:Ihre?\s+)?(?:Ansprech(?:partner(?:in)?|person)|Kontakt(?:person)?)\s*:?\s*")


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
    before = _CONTACT_LABEL_RE.sub("", before)  # "Ansprechpartner Leitung": whom to contact, and that person's role
    if re.search(r"\b[A-ZÄÖÜ][a-zäöüß]+", before) and not P.ACTING_RE.search(before) and not re.match(r"^(?:KI|KIZ)\b", before):
        return False  # "Projektleitung" spelled apart, "Schulamt Leitung": another unit's lead
    kind, _ = _object_kind(role, m.end(), centre or _DEFAULT)
    return kind != "other"
