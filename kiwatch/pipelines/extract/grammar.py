"""Prose grammar shared by the field modules: the centre's names on a page, person names, head
roles, and the head in every form of EXTRACTION.md.

A person name is recognised by its *position* (after a role word, before an apposition, in a
label row), not by how its words end: given names of every language spoken in the region
("Lale", "Tomasz", "Ayşe") are names. Only whole words the rules know as nouns of the
administration (role, unit and centre words) are refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kiwatch.pipelines import rules as P

# any script's letters after a capital ("Wiśniewski", "Kovačević", "Aydın", "Üstünay")
UPPER = r"[A-ZÄÖÜÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĞĠĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ]"
LOWER_RUN = r"(?:[^\W\d_A-ZÄÖÜ]|['’])+"
GLUED = r"(?:(?:" + "|".join(sorted(P.GLUED_PARTICLES, key=len, reverse=True)) + r")[-'’])"
# "el-Khatib", "O’Neill", "McAllister"-like inner capitals after an apostrophe, double names
NAME_WORD = rf"{GLUED}?{UPPER}(?:['’]{UPPER})?{LOWER_RUN}(?:-{GLUED}?{UPPER}{LOWER_RUN})*"
TITLE = r"(?:Prof\.\s*|Dr\.\s*(?:(?:med|phil|rer\.\s*nat|jur|paed)\.\s*)?|Dipl\.-[A-Za-zäöü.-]+\s+|Mag\.\s*|M\.\s?A\.\s*)"
ADDRESS = r"(?:Herrn?|Frau)"
PARTICLE = r"(?:" + "|".join(sorted(P.NAME_PARTICLES, key=len, reverse=True)) + r")"
#: A name with optional form of address and titles in front; group "name".
NAME = rf"(?:{ADDRESS}\s+)?(?P<name>{TITLE}*{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)*{NAME_WORD}){{1,3}})"
NAME_RE = re.compile(NAME)
_TITLE_PREFIX_RE = re.compile(rf"^(?:(?:{ADDRESS}|{TITLE.rstrip(')')}|Prof\.|Dr\.))\s*)+")
_TITLE_PART_RE = re.compile(rf"(?:{TITLE})+")
_INSTITUTION_RE = re.compile(
    r"(?:zentrum|zentrums|zentren|amt|amtes|dezernat|bereich|abteilung|referat|stelle|leiter|leiterin|leitung|"
    r"schule|verwaltung|verein|gemeinde|kreis|stadt|straße|platz|rat|büro|team|dienst|programm|projekt)$",
    re.IGNORECASE,
)


def split_title(name: str) -> tuple[str, str]:
    """("Dr.", "Katrin Obermeier") from "Frau Dr. Katrin Obermeier"; the form of address is dropped."""
    name = name.strip()
    m = _TITLE_PREFIX_RE.match(name)
    if not m:
        return "", name
    prefix = m.group(0)
    titles = " ".join(t.group(0).strip() for t in _TITLE_PART_RE.finditer(prefix))
    return re.sub(r"\s+", " ", titles), name[m.end():].strip()


def valid_name(name: str) -> bool:
    """At least two name words, none of them a word of the administration."""
    parts = name.split()
    if any(w in P.SECOND_PARTICLES and (k == 0 or parts[k - 1] not in P.NAME_PARTICLES) for k, w in enumerate(parts)):
        return False
    words = [w for w in parts if not w.endswith(".") and w not in P.NAME_PARTICLES]
    if len(words) < 2 or len(words) > 5:
        return False
    for word in words:
        if word in P.NON_NAME_WORDS or word in _COMMON_WORDS or not any(c.islower() for c in word):
            return False
        if len(word) > 7 and _INSTITUTION_RE.search(word):
            return False
    return True


# Capitalised words that open a sentence or follow a role without being a name.
_COMMON_WORDS = frozenset({
    "Die", "Der", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Auch", "Zum", "Zur", "Im", "Am", "Mit",
    "Seit", "Ab", "Bei", "Beim", "Nach", "Vor", "Für", "Von", "Und", "Sie", "Er", "Es", "Wir", "Ihr", "Unter",
    "Neue", "Neuer", "Neuen", "Kommunales", "Kommunalen", "Kommunale", "Integrationszentrum", "Integrationszentrums",
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
    "Dezember", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
    "Schulen", "Kitas", "Eltern", "Kinder", "Jugendliche", "Familien", "Menschen", "Gäste", "Teilnehmende",
    "Wenn", "Als", "Weil", "Dass", "Ob", "Obwohl", "Nachdem", "Bevor", "Sobald", "Während", "Laut", "So", "Da",
    "Denn", "Doch", "Aber", "Oder", "Heute", "Gestern", "Morgen", "Jetzt", "Nun", "Damit", "Dabei", "Hier", "Dort",
    "The", "A", "An", "Our", "This", "Its", "Jede", "Jeder", "Jedes", "Jeden", "Kein", "Keine",
    "Viele", "Manche", "Diese", "Dieser", "Dieses", "Gruß", "Grüße", "Grüßen", "Regards", "Dann", "Danach", "Zudem", "Außerdem", "Bereits", "Schon", "Gemeinsam", "Zusammen", "Frau", "Herr", "Herrn",
}) | frozenset(P.TIME_NOUNS)


def same_person(a: str, b: str) -> bool:
    """The same person: equal names, or a surname-only back-reference to a full name."""
    a, b = a.casefold(), b.casefold()
    return a == b


def _preposition_split(words: list[str]) -> int:
    """How many leading words are a noun and its preposition, not part of the name: "Nachfolger
    von Peter Lenz" -> 2 ("Ursula von der Leyen" -> 0: one surname after the particles)."""
    if len(words) >= 4 and words[1] in P.PREPOSITION_PARTICLES:
        rest = 2
        while rest < len(words) and words[rest] in P.NAME_PARTICLES:
            rest += 1
        if len(words) - rest >= 2:
            return rest if rest == 2 else 0
    return 0


def clean_name(raw: str) -> tuple[str, str] | None:
    """(title, name) of a name slot's text, dropping leading words that are no name; None when
    nothing name-like remains."""
    title, name = split_title(raw)
    words = name.split()
    words = words[_preposition_split(words):]
    while words and (words[0] in _COMMON_WORDS or words[0] in P.NON_NAME_WORDS or words[0] in P.NAME_PARTICLES):
        words.pop(0)  # "Leitung von Amra Hodžić" -> "Amra Hodžić"
    while words and (words[-1] in _COMMON_WORDS or words[-1] in P.NON_NAME_WORDS):
        words.pop()
    name = " ".join(words)
    if not valid_name(name):
        return None
    return title, name


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
        found = tuple(dict.fromkeys(m.group("acr") for m in _ACRONYM_DEF_RE.finditer(text)
                                    if m.group("acr") not in ("KI", "KIZ")))
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


# --------------------------------------------------------------------------- the head in prose


@dataclass(frozen=True, slots=True)
class Head:
    name: str
    title: str
    role: str
    acting: bool
    #: stated as a change still to come ("Ab dem 1. Oktober übernimmt X die Leitung"): the head
    #: only where the page names no current one ("Bis dahin leitet Y das KI weiter")
    announced: bool = False


_MONTHS_ALT = "(?i:" + "|".join(sorted(P.MONTHS, key=len, reverse=True)) + ")"
_TIME_NOUN_ALT = "|".join(P.TIME_NOUNS)
TIME_PHRASE = (
    r"(?:(?:seit|ab|zum|zur|im|am|bis|Anfang|Mitte|Ende|bereits|schon|nun|jetzt|inzwischen|künftig|kommissarisch|vorübergehend)\s+"
    r"(?:(?:dem|der|den|diesem|diesen|letztem|vergangenem|vergangenen|kommenden|neuen)\s+)?"
    r"(?:\d{1,2}\.\s*(?:" + _MONTHS_ALT + r"|\d{1,2}\.(?:\d{2,4})?)|(?:" + _MONTHS_ALT + r")|(?:" + _TIME_NOUN_ALT + r")|\d{4})?"
    r"(?:\s+\d{4})?\s*"
    # adverbs of time and of an interim ("ist bis auf Weiteres Frau X", "ist derzeit X")
    r"|(?:bis\s+auf\s+[Ww]eiteres|derzeit|zurzeit|aktuell|momentan|vorübergehend|interimistisch|übergangsweise|vertretungsweise|kommissarisch)\s+)*"
)
_ADJ = P.ROLE_ADJECTIVES
_AFTER_ROLE_RE = re.compile(
    # "Leiterin des KI, NAME" / "Leitung: NAME" / "KI-Leiter NAME" / "Leitung von NAME" / "… ist seit März NAME";
    # an acting marker may stand between role and name ("Leitung i. V. NAME", "Leitung (komm.): NAME")
    r"(?P<actmark>\s*\(?\s*(?:i\.\s?V\.|komm\.|kommissarisch|interim(?:istisch)?|vertretungsweise|m\.\s?d\.\s?W\.\s?d\.\s?G\.\s?b\.)\s*\)?)?"
    r"(?P<sep>\s*,\s*|\s*:\s*|\s+von\s+|\s+liegt\s+" + TIME_PHRASE + r"bei\s+|\s+(?:liegt\s+|lag\s+)?in\s+den\s+Händen\s+(?:von\s+)?"
    r"|\s+(?:verantwortlich|zuständig)\s+ist\s+" + TIME_PHRASE + r"|\s+(?:ist|wird|bleibt|übernimmt|übernahm|hat|haben|verantwortet|innehat)\s+" + TIME_PHRASE + r"|\s+)" + NAME
)
_ACTMARK_AFTER_RE = re.compile(r"(?:\s+(?:des|der)\s+[^,.;:()]{2,60}?)?(?P<actmark>\s*\(?\s*(?:i\.\s?V\.|komm\.|kommissarisch|interim(?:istisch)?|vertretungsweise|m\.\s?d\.\s?W\.\s?d\.\s?G\.\s?b\.)\s*\)?)")
_BEFORE_ROLE_RE = re.compile(
    # "NAME, (der|die) [seit 2021] [neue] " / "NAME (" / "NAME ist [seit …] [neue] "
    NAME + r"(?P<link>\s*,\s*(?:(?:der|die)\s+)?" + TIME_PHRASE + r"|\s*\(\s*|\s+(?:(?:wurde|wird|ist)\s+" + TIME_PHRASE + r")?zu[mr]\s+|\s+als\s+|\s+(?:ist|bleibt)\s+" + TIME_PHRASE + r"für\s+(?:die|das)\s+|\s+(?:ist|wird|bleibt)\s+" + TIME_PHRASE
    + r"(?:(?:die|der|unsere?|neue[rn]?)\s+)?)(?:" + _ADJ + r"\s+)?(?:(?:die|der)\s+)?$"
)
_COPULA_NAME_ROLE_RE = re.compile(
    # "[Seit …] ist NAME [die neue] Leiterin"
    r"\b(?:ist|wird|bleibt)\s+" + TIME_PHRASE + NAME + r"\s+(?:(?:die|der)\s+)?(?:" + _ADJ + r"\s+)?$"
)
_OWNER_NOUN_RE = re.compile(r"\b(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\s+(?:der|des)\s+$")
_PREPOSITIONS = frozenset({"Unter", "Mit", "Von", "Nach", "Bei", "Seit", "Zu", "Auf", "Aus", "Für", "Vor", "Über", "An", "In",
                           "Laut", "Gemäß", "Wie", "Dank", "Trotz", "Neben", "Ohne", "Während", "Wegen", "Außer", "Gegenüber"})
_LEADS_RE_CACHE: dict[str, tuple[re.Pattern[str], ...]] = {}


def _verb_forms(centre: CentreNames) -> tuple[re.Pattern[str], ...]:
    key = centre.pattern
    found = _LEADS_RE_CACHE.get(key)
    if found is None:
        c = r"(?:(?:das|den|die|unser|unsere)\s+)?(?:(?:KI-)?Team\s+(?:des|der)\s+)?(?:neue[nm]?\s+)?" + centre.pattern
        found = (
            # "NAME leitet [seit 2019] das KI", "NAME hat die Leitung des KI übernommen"
            re.compile(NAME + r"\s+(?:leitet|führt)\s+(?:" + TIME_PHRASE + r")?" + c),
            # "Kommissarisch leitet NAME das KI"
            re.compile(r"(?P<pre>[Kk]ommissarisch|[Vv]ertretungsweise|[Üü]bergangsweise)?\s*\b(?:leitet|führt)\s+(?:" + TIME_PHRASE + r")?" + NAME + r"\s+(?:" + TIME_PHRASE + r")?" + c),
            # "NAME übernimmt [zum …] die Leitung", "übernimmt NAME die (kommissarische) Leitung"
            re.compile(NAME + r"\s+(?:übernimmt|übernahm|hat|wird)\s+(?:" + TIME_PHRASE + r")?(?:(?!" + _NAME_PAIR + r")[^.,;\s]+\s+){0,6}?die\s+(?P<adj>" + _ADJ + r"\s+)?Leitung(?:\s+(?:des|der)\s+(?P<obj>[^,.;]{2,60}))?(?!\s+(?:abgegeben|niedergelegt))"),
            re.compile(r"\b(?:übernimmt|übernahm|übernehmen)\s+" + NAME + r"\s+(?:" + TIME_PHRASE + r")?die\s+(?P<adj>" + _ADJ + r"\s+)?Leitung(?:\s+(?:des|der)\s+(?P<obj>[^,.;]{2,60}))?"),
            # passive: "Geleitet wird das KI von NAME", "Das KI wird [seit …] von NAME geleitet"
            re.compile(r"[Gg]eleitet\s+(?:wird|ist)\s+" + c + r"\s+(?:" + TIME_PHRASE + r")?von\s+" + NAME),
            re.compile(r"(?:" + c + r"|\b[Dd]as\s+(?:KI-)?Team)\s+wird\s+(?:" + TIME_PHRASE + r")?von\s+" + NAME + r"\s+(?:" + TIME_PHRASE + r")?(?:kommissarisch\s+)?geleitet"),
            # object first: "Das KI leitet seit 2019 NAME."
            re.compile(c + r"\s+(?:leitet|führt)\s+(?:" + TIME_PHRASE + r")?(?:kommissarisch\s+)?" + NAME + r"\s*(?=[.,;]|$)"),
            # "Mit NAME hat das KI eine neue Leiterin"
            re.compile(r"\b[Mm]it\s+" + NAME + r"\s+(?:hat|bekommt|erhält)\s+" + c + r"\s+(?:" + TIME_PHRASE + r")?(?:[a-zäöüß]+\s+){0,3}(?:Leiterin|Leiter|Leitung|Chefin|Chef)\b"),
            # "An der Spitze des KI steht [seit Mai] [mit] NAME"
            re.compile(r"[Ss]pitze\s+(?:des|der)\s+" + c + r"(?:\s+steht\s+(?:" + TIME_PHRASE + r")?(?:mit\s+)?|\s*:\s*)" + NAME),
            # "Heute wird es von NAME geleitet" (the centre named in the sentence before)
            re.compile(r"\bwird\s+(?:es|sie)\s+(?:" + TIME_PHRASE + r")?von\s+" + NAME + r"\s+(?:" + TIME_PHRASE + r")?(?:kommissarisch\s+)?geleitet"),
            # "NAME folgt auf X an der Spitze des KI / als Leiterin"
            re.compile(NAME + r"\s+folgt\s+(?:" + TIME_PHRASE + r")?auf\s+[^,.;]{3,60}?\s+(?:an\s+der\s+Spitze|in\s+der\s+Leitung|als\s+(?:neue[rn]?\s+)?Leiter(?:in)?)"),
            # "NAME, die das KI seit 2020 leitet" / "nimmt NAME [vertretungsweise] die Leitung des KI wahr"
            re.compile(NAME + r",\s+(?:die|der)\s+" + c + r"\s+(?:" + TIME_PHRASE + r")?(?:kommissarisch\s+)?(?:leitet|führt)\b"),
            re.compile(r"\bnimmt\s+" + NAME + r"\s+(?:\w+\s+)?die\s+(?P<adj>" + _ADJ + r"\s+)?Leitung(?:\s+(?:des|der)\s+(?P<obj>[^,.;]{2,60}?))?\s+wahr\b"),
            re.compile(NAME + r"\s+nimmt\s+(?:" + TIME_PHRASE + r")?(?:\w+\s+)?die\s+(?P<adj>" + _ADJ + r"\s+)?Leitung(?:\s+(?:des|der)\s+(?P<obj>[^,.;]{2,60}?))?\s+wahr\b"),
        )
        _LEADS_RE_CACHE[key] = found
    return found


_SURNAME_CACHE: dict[str, re.Pattern[str]] = {}


def _surname_forms(centre: CentreNames) -> re.Pattern[str]:
    found = _SURNAME_CACHE.get(centre.pattern)
    if found is None:
        c = r"(?:(?:das|den|die|unser|unsere)\s+)?(?:(?:KI-)?Team\s+(?:des|der)\s+)?" + centre.pattern
        found = re.compile(
            r"(?<![\wäöüß.-])(?P<sur>" + NAME_WORD + r")(?:,\s+(?:die|der)\s+" + c + r"\s+(?:" + TIME_PHRASE + r")?(?:kommissarisch\s+)?(?:leitet|führt)\b"
            r"|\s+(?:leitet|führt)\s+(?:" + TIME_PHRASE + r")?" + c + r")"
        )
        _SURNAME_CACHE[centre.pattern] = found
    return found


_BACKREF_RE = re.compile(r"\b" + P.SAYING_VERBS + r"\s+(?:die|der)\s+(?:" + _ADJ + r"\s+)?(?P<role>" + HEAD_NOUN + r")")


def heads(sentences: list[str], centre: CentreNames) -> list[Head]:
    """Every head of the centre the sentences name, in the order found."""
    out: list[Head] = []
    seen: set[str] = set()

    current_sentence = ""

    def add(raw: str, role: str, acting: bool) -> None:
        cleaned = clean_name(raw)
        if cleaned is None:
            return
        title, name = cleaned
        if name.casefold() in seen:
            return
        seen.add(name.casefold())
        role = re.sub(r"\s+", " ", role).strip(" ,:;(")
        if acting and not P.ACTING_CANONICAL_RE.search(role):
            role = f"kommissarische {role}"
        announced = bool(P.ANNOUNCED_HEAD_RE.search(_clause_at(current_sentence, max(0, current_sentence.find(name.split()[-1])))))
        out.append(Head(name, title, role, acting, announced))

    previous = ""
    referents = _Referents(sentences, centre)
    for index, sentence in enumerate(sentences):
        current_sentence = sentence
        before_sentence = len(out)
        has_role = "eit" in sentence or "hef" in sentence or "ead" in sentence or "Ltg" in sentence or "irector" in sentence or "anager" in sentence
        if has_role:
            for m in _HEAD_NOUN_RE.finditer(sentence):
                _role_mention(sentence, m, centre, add, previous)
        if "leitet" in sentence or "führt" in sentence or "Leit" in sentence or "Spitze" in sentence or "folgt" in sentence or "Chef" in sentence:
            for regex in _verb_forms(centre):
                for vm in regex.finditer(sentence):
                    obj = vm.groupdict().get("obj")
                    if obj and not centre.regex.match(obj) and not re.match(r"(?:Kommunale|Integrationszentr\w*(?![\w-]))", obj):
                        continue
                    if obj and re.match(r"[^\s,.;]*-", obj):  # "Leitung des Integrationszentrums-Beirats"
                        continue
                    clause = sentence[vm.start(): vm.end() + 40]
                    if re.search(r"\b(?:abgegeben|abgeben|niedergelegt|beendet|verlassen)\b", clause):
                        continue  # "hat die Leitung abgegeben"
                    if not re.search(r"übern|leitet|führt|geleitet|Spitze|folgt|wahr|[Mm]it\s|inne\b", clause):
                        continue
                    acting = bool(P.ACTING_RE.search(vm.group(0)) or vm.groupdict().get("pre")
                                  or P.ACTING_RE.search(_clause_at(sentence, vm.start())))
                    add(vm.group("name"), "Leitung", acting)
            # a surname alone refers back to a full name of this or the sentence before:
            # "…, sagte Yılmaz-Berger, die das KI seit 2020 leitet", "Bakare leitet das KI seit …"
            for sm in _surname_forms(centre).finditer(sentence):
                full = [n for n in NAME_RE.finditer(previous + " " + sentence[: sm.start()])
                        if (c := clean_name(n.group("name"))) and c[1].split()[-1] == sm.group("sur")]
                if full:
                    add(full[-1].group("name"), "Leitung", bool(P.ACTING_RE.search(sm.group(0))))
        if len(out) == before_sentence:
            # nothing in a known form: the general clause association (a head lexeme + one
            # person + the centre, or no other organisation), whatever the word order
            for name, acting in clause_heads(sentence, centre, previous, referents=(referents, index)):
                add(name, "Leitung", acting)
        previous = sentence
    if any(not h.announced for h in out):
        out = [h for h in out if not h.announced]
    return out


_CLAUSE_SPLIT_RE = re.compile(
    # an enumeration of "NAME (role)" items is one clause per item; "…, dessen Leiterin NAME" is its own clause
    r";|\s[–—]\s|,\s+und\s+|\)\s*,\s+|\)\s+und\s+|\s+und\s+(?=dessen\b|deren\b|(?:die|der)\s+[A-ZÄÖÜ])|,\s+(?=(?:die|der|das|sie|er|wo|wobei|nachdem|weil|während|bevor|zuvor|bisher|vorher|früher|zuletzt|aber|doch|jedoch|sodass|damit|dessen|deren|whose"
    r"|unterstützt|gemeinsam|zusammen|begleitet|vertreten|who|which|after|before|when|formerly|previously|supported)\b)"
)
#: Lower-case words after which a capitalised word is a noun, not a given name ("den Händen von
#: …", "zehn Jahre Elternarbeit").
_NOUN_CONTEXT_RE = re.compile(
    r"(?:^|\s)(?:den|dem|der|des|die|das|ein|eine|einer|einem|einen|eines|im|am|zum|zur|vom|beim|ins|ans|kein\w*|viele|alle|einige"
    r"|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|the|a|an|our|this|its|seine[mnrs]?|ihre[mnrs]?|unsere[mnrs]?)\s+$",
    re.IGNORECASE,
)
#: A name in the slot of a predecessor ("folgt auf X", "übernimmt … von X", "Nachfolge von X").
_PREDECESSOR_SLOT_RE = re.compile(r"(?:\bauf|\bvon|\bab|\bfor)\s+(?:(?:Herrn?|Frau)\s+)?$")
_SUCCESSION_RE = re.compile(r"\b(?:folgt|folgte|Nachfolge\w*|übernimmt|übernahm|übernommen|löst|succeeds?)\b")


def _clause_at(sentence: str, pos: int) -> str:
    """The clause of the sentence around a position: acting markers anywhere in it apply
    ("Bis auf Weiteres leitet NAME das KI")."""
    start = 0
    for m in _CLAUSE_SPLIT_RE.finditer(sentence):
        if m.start() > pos:
            return sentence[start: m.start()]
        start = m.end()
    return sentence[start:]


def _clause_names(clause: str) -> list[str]:
    """The person names of a clause; a capitalised word after an article or numeral is a noun and
    is cut off the front of a candidate, and a predecessor's slot in a succession clause is left out."""
    out: list[str] = []
    succession = bool(_SUCCESSION_RE.search(clause))
    for m in NAME_RE.finditer(clause):
        raw, start = m.group("name"), m.start("name")
        if _NOUN_CONTEXT_RE.search(clause[:m.start()]):
            first = re.match(r"\S+\s+(?:(?:" + PARTICLE + r")\s+)*", raw)
            if not first:
                continue
            start += first.end()
            raw = raw[first.end():]
        cut = _preposition_split(raw.split())
        if cut:  # "Nachfolger von Peter Lenz": the name starts after the preposition
            skip = re.match(rf"(?:\S+\s+){{{cut}}}", raw)
            if skip:
                start += skip.end()
                raw = raw[skip.end():]
        if succession and _PREDECESSOR_SLOT_RE.search(clause[:start]):
            continue
        cleaned = clean_name(raw)
        if cleaned and cleaned[1] not in out:
            out.append(cleaned[1])
    return out


def _clause_ok(clause: str, lex: re.Match[str], centre: CentreNames, centre_named: bool = False) -> bool:
    """A clause with a head lexeme that can state the centre's head."""
    if _other_role_attached(clause) or P.FORMER_CLAUSE_RE.search(clause):
        return False
    before = clause[: lex.start()]
    if P.DEPUTY_RE.search(before) or P.FORMER_RE.search(before) or re.search(r"[A-Za-zäöüß]-$", before):
        return False  # "stellvertretende Leiterin", "Projekt-Leitung"
    owner = _OWNER_NOUN_RE.search(before)
    if owner and owner.group("noun") not in _PREPOSITIONS:
        return False  # "Assistenz der Leitung": someone else's role
    close = re.match(r"\s+(?:" + ADDRESS + r"\s+)?" + TITLE + "*" + UPPER, clause[lex.end():])  # "KI-Leiterin NAME"
    # a name right before the role of the centre, as in a signature or a caption ("NAME Leiter des KI")
    signed = bool(re.search(_NAME_PAIR + r"\s*$", before)) and _object_kind(clause, lex.end(), centre)[0] == "centre"
    if _NOUN_LEXEME_RE.match(lex.group(0)) and not (close or signed) and not P.HEAD_LINK_RE.search(clause.replace(lex.group(0), " ")):
        return False  # a head noun without a link to a person
    if _NOUN_LEXEME_RE.match(lex.group(0)) and not (close or signed) and not _DIRECT_LINK_RE.match(clause, lex.end()):
        end = P.OTHER_ACTION_END_RE.search(clause)
        if end and not P.HEAD_LINK_RE.fullmatch(end.group("verb")) and end.group("verb") not in ("geleitet", "geführt"):
            return False  # "NAME hat die Leitung des KI kritisiert": the role is the object of another action
    kind, _ = _object_kind(clause, lex.end(), centre)
    if centre_named or centre.regex.search(clause) or re.match(r"(?:KI|KIZ|Zentrums)-", lex.group(0)) or _PRONOUN_RE.search(clause):
        return kind != "other"
    # no centre named: only a bare "Leitung"/"Leiter" (or the lead of a team, an Abteilung …, which
    # can be the centre itself) of nothing else, in a clause naming no other organisation
    return (kind == "none" and bool(re.match(r"(?:\w+(?:leitung|leiterin|leiter)|Leitung|Leiterin|Leiter|Ltg\.|[Hh]ead|[Dd]irector|[Mm]anager)$", lex.group(0)))
            and not P.ORGANISATION_WORD_RE.search(clause))


_PRONOUN_RE = re.compile(r"\b(?:" + "|".join(P.CENTRE_PRONOUNS) + r")\b")
_NOUN_LEXEME_RE = re.compile(r"(?:(?:KI|KIZ|Zentrums)-)?(?:\w+(?:leitung|leiterin|leiter)|Leitung|Leiterin|Leiter|Ltg\.|Spitze|Chefin|Chef|[Hh]ead|[Dd]irector|[Mm]anager|[Ll]eader)$")
#: The head noun linked to a name right after it ("Leitung von NAME", "Leiterin des KI, NAME"):
#: whatever the clause's verb does, the noun names that person.
_DIRECT_LINK_RE = re.compile(
    r"(?:\s+(?:des|der)\s+[^,.;:()]{2,60}?)?(?:\s*[,:]\s*|\s+von\s+|\s+liegt\s+bei\s+)(?:" + ADDRESS + r"\s+)?" + TITLE + "*" + UPPER
)
_NAME_PAIR = NAME_WORD + r"\s+(?:" + PARTICLE + r"\s+)*" + NAME_WORD
#: Another office holder's role is attached to a name: "Bürgermeister X", "Vorsitzende des
#: Integrationsrates, X", "X (Landrätin)". A role word attached to no name is a body ("Der
#: Verwaltungsvorstand hat X zur Leiterin ernannt") and vetoes nothing; a deputy always does.
_ATTACHED_AFTER_RE = re.compile(
    r"[\s,(]*(?:(?:des|der|von|für)\s+[^,()]{0,40}?[\s,]+)?(?:(?:Stadtrat|Stadträtin|Kreisdirektor\w*)\s+)?(?:" + ADDRESS + r"\s+)?"
    + TITLE + "*" + _NAME_PAIR
)
_ATTACHED_BEFORE_RE = re.compile(_NAME_PAIR + r"\s*[,(]\s*(?:(?:der|die|als)\s+)?(?:[a-zäöü]\w*\s+)?$")
_DEPUTY_WORD_RE = re.compile(r"[Ss]tellv|[Ss]tv\.|[Dd]eputy|[Vv]ize")


def _other_role_attached(clause: str) -> bool:
    for m in P.OTHER_ROLE_RE.finditer(clause):
        if _DEPUTY_WORD_RE.match(m.group(0)) or _ATTACHED_AFTER_RE.match(clause, m.end()) \
                or _ATTACHED_BEFORE_RE.search(clause[max(0, m.start() - 80): m.start()]):
            return True
    return False


#: A head noun as a definite description: the subject of its clause ("sagt die Leiterin des
#: KI", "Die Leiterin des KI hat …") or an apposition after a name ("NAME, die Leiterin des KI").
_DESCRIPTION_RE = re.compile(
    r"(?:^\W*|[“”\"«»],?\s*|,\s*)(?:[a-zäöüß]+\s+|[A-ZÄÖÜ][a-zäöüß]+\s+(?=(?:die|der)\s))?(?:[Dd]ie|[Dd]er)\s+(?:" + P.ROLE_ADJECTIVES + r"\s+)?(?P<lex>Leiterin|Leiter|Chefin|Chef)\b"
)
_ENDS_WITH_NAME_RE = re.compile(r"(?:" + ADDRESS + r"\s+)?(?P<name>" + TITLE + "*" + _NAME_PAIR + r")\W*$")


class _Referents:
    """Whom a later sentence can refer back to: the full names met before it on the page (for a
    surname alone) and the one person the last sentences named (for a pronoun or a description).
    Found only when a clause needs them: finding every sentence's names costs."""

    def __init__(self, sentences: list[str], centre: CentreNames) -> None:
        self._sentences = sentences
        self._centre = centre
        self._named: dict[int, list[str]] = {}

    def named(self, k: int) -> list[str]:
        found = self._named.get(k)
        if found is None:
            found = self._named[k] = _names_in(self._centre.regex.sub(" § ", self._sentences[k]))
        return found

    def known(self, before: int) -> list[str]:
        out: list[str] = []
        for k in range(before):
            out += [n for n in self.named(k) if n not in out]
        return out

    def recent(self, before: int) -> str:
        for k in range(before - 1, max(-1, before - 4), -1):
            named = self.named(k)
            if named:
                sentence = self._sentences[k]
                clean = len(named) == 1 and not P.OTHER_ROLE_RE.search(sentence) and not P.FORMER_CLAUSE_RE.search(sentence)
                return named[0] if clean else ""
        return ""


def _refers_back(clause: str, before: str, known: list[str], recent: str) -> list[str]:
    """The person a clause without a full name refers to: a surname alone ("Frau Yıldız",
    "Jovanović", also as the antecedent of a relative clause: "Camara, die das KI leitet") that
    ends a full name met before on the page, or a personal pronoun or an epithet ("Sie leitet …",
    "leitet er", "der 38-Jährige") standing for the one person the last sentences named."""
    found: list[str] = []
    text = f"{before} {clause}" if _RELATIVE_START_RE.match(clause) else clause
    for m in _SURNAME_TOKEN_RE.finditer(text):
        word = m.group("sur")
        if word in _COMMON_WORDS or word in P.NON_NAME_WORDS:
            continue
        for full in reversed(known):
            if full.split()[-1] == word or full.split()[-1].split("-")[-1] == word:
                if full not in found:
                    found.append(full)
                break
    if found:
        return found
    if recent and (_PERSON_PRONOUN_RE.search(clause) or _EPITHET_RE.search(clause)) and not _PLURAL_VERB_RE.search(clause):
        return [recent]
    return []


_RELATIVE_START_RE = re.compile(r"\s*(?:die|der|who)\b")
#: A person referred to by an epithet ("der 38-Jährige", "die gebürtige Kölnerin" is too loose).
_EPITHET_RE = re.compile(r"\b(?:[Dd]er|[Dd]ie)\s+\d{2}-[Jj]ährige\b|\b[Tt]he\s+\d{2}-year-old\b")


_SURNAME_TOKEN_RE = re.compile(r"(?<![\wäöüß.-])(?:(?:" + ADDRESS + r")\s+(?:" + TITLE + r")*)?(?P<sur>" + NAME_WORD + r")(?![\wäöüß-])")
_PERSON_PRONOUN_RE = re.compile(r"(?:^\s*|\b(?:leitet|führt|verantwortet|ist|hat|übernimmt|übernahm|steht|wird)\s+)(?:[Ss]ie|[Ee]r|[Ss]he|[Hh]e)\b")
_PLURAL_VERB_RE = re.compile(r"^\s*(?:[Ss]ie)\s+\w+en\b|\b(?:leiten|führen|sind|haben|they)\b")
#: A clause naming the centre by a pronoun ("Es wird von NAME geleitet") after a sentence about it.
_CENTRE_PRONOUN_RE = re.compile(r"(?:^\s*|\b(?:wird|ist)\s+)(?:[Ee]s|[Ii]t)\b")


_DESCRIPTION_START_RE = re.compile(r"\s*(?:dessen|deren|whose)\b")
_DEPARTURE_HINT_RE = re.compile(r"(?:Wechsel|Weggang|Abschied|Ausscheiden|Verabschiedung|Nachfolge|Vorgänger|Pensionierung|Ruhestand|Elternzeit|Krankheit|Erkrankung)\w*\s+(?:von|vom|des|der|für)?\s*(?:Herrn?\s+|Frau\s+)?[A-ZÄÖÜ]")


def clause_heads(sentence: str, centre: CentreNames, previous: str = "", known: list[str] | None = None,
                 recent: str = "", referents: tuple[_Referents, int] | None = None) -> list[tuple[str, bool]]:
    """(name, acting) of the head stated in a clause of the sentence by any word order: a head
    lexeme (rules.HEAD_LEXEME_RE), exactly one person name, the centre named (or, for a bare
    "Leitung"/"Leiter", no other organisation), no other office holder and no former holder.
    A clause with the lexeme but no name borrows the name of the clause before it when that
    one is nothing but the name ("NAME, der Leiter des KI, …")."""
    found: list[tuple[str, bool]] = []
    if not P.HEAD_LEXEME_RE.search(sentence):
        return found
    if referents is not None:  # the page's referents, found only if a clause needs them
        ref_page, index = referents
        get_known, get_recent = (lambda: ref_page.known(index)), (lambda: ref_page.recent(index))
    else:
        get_known, get_recent = (lambda: known or []), (lambda: recent)
    clauses = _CLAUSE_SPLIT_RE.split(sentence)
    for i, clause in enumerate(clauses):
        # "Nach dem Wechsel von Herrn X …": X leaves; what the rest of the clause says still counts
        clause = P.DEPARTURE_SLOT_RE.sub(" ¤ ", clause) if _DEPARTURE_HINT_RE.search(clause) else clause
        lex = P.HEAD_LEXEME_RE.search(clause)
        if not lex:
            continue
        about_centre = bool(previous and _CENTRE_PRONOUN_RE.search(clause) and (centre.regex.search(previous) or _PRONOUN_RE.search(previous)))
        if _DESCRIPTION_START_RE.match(clause) and i and centre.regex.search(clauses[i - 1]):
            about_centre = True  # "…, dessen Leiterin NAME …": dessen is the centre named before
        desc = _DESCRIPTION_RE.search(clause)
        if desc and not _clause_names(centre.regex.sub(" § ", clause)) and not P.OTHER_ROLE_RE.search(clause) \
                and not P.FORMER_CLAUSE_RE.search(clause) and _object_kind(clause, desc.end("lex"), centre)[0] == "centre":
            # the description refers to the name just before it, or to the one person of the last sentences
            ref = _ENDS_WITH_NAME_RE.search(clauses[i - 1]) if i else None
            cleaned = clean_name(ref.group("name")) if ref else None
            if cleaned and not _other_role_attached(clauses[i - 1]):
                found.append((cleaned[1], bool(P.ACTING_RE.search(clause))))
                continue
            if not i and (last := get_recent()):
                found.append((last, bool(P.ACTING_RE.search(clause))))
                continue
        if not _clause_ok(clause, lex, centre, about_centre):
            continue
        names = _clause_names(centre.regex.sub(" § ", clause))  # the centre's own name is no person
        if not names and i and not P.OTHER_ROLE_RE.search(clauses[i - 1]) and not P.FORMER_CLAUSE_RE.search(clauses[i - 1]):
            names = _clause_names(clauses[i - 1])
        if not names:
            names = _refers_back(clause, "" if i == 0 else clauses[i - 1], get_known(), get_recent())
        if len(names) == 2 and P.SHARED_HEAD_RE.search(clause) and re.search(r"\b(?:und|and|&)\b", clause):
            found += [(n, bool(P.ACTING_RE.search(clause))) for n in names]  # a shared lead names both
            continue
        if len(names) != 1:
            continue
        found.append((names[0], bool(P.ACTING_RE.search(clause))))
    return found


def _role_mention(sentence: str, m: re.Match[str], centre: CentreNames, add, previous: str) -> None:
    before = sentence[max(0, m.start() - 60): m.start()]
    # "stellvertretende Leiterin", "die frühere Leiterin", "Projektleitung" are not the head
    if P.DEPUTY_RE.search(before) or P.FORMER_RE.search(before) or re.search(r"[A-Za-zäöüß]-$", before):
        return
    kind, end = _object_kind(sentence, m.end(), centre)
    if kind == "other":
        return
    acting = bool(P.ACTING_RE.search(before[-30:]) or P.ACTING_RE.match(sentence, m.start())
                  or ((am := _ACTMARK_AFTER_RE.match(sentence, m.end())) and am.group("actmark")))
    role = sentence[m.start():end]
    if acting:
        role = (P.ACTING_RE.findall(before[-30:]) or ["kommissarisch"])[-1] + " " + role
    owner = _OWNER_NOUN_RE.search(before)
    if owner and owner.group("noun") not in _PREPOSITIONS:
        return  # "Assistenz der Leitung", "Büro der Leiterin": someone else's role
    after = _AFTER_ROLE_RE.match(sentence, end)
    if after:
        sep = after.group("sep")
        plain = sep.strip() == "" and sep == " "
        if sep.strip() == "von" and kind == "centre":
            return  # "übernimmt die Leitung des KI von X": the predecessor
        # directly adjacent only without an object ("KI-Leiter NAME", "Leiterin NAME"); a name
        # after an object needs a comma, colon or copula
        if not (plain and kind == "centre") and not _not_a_name_start(sentence, after.start("name")):
            add(after.group("name"), role, acting)
            return
    head = sentence[: m.start()]
    bm = _BEFORE_ROLE_RE.search(head[-160:]) or _COPULA_NAME_ROLE_RE.search(head[-160:])
    if bm:
        # the bracket form needs its closing bracket after the role
        link = bm.groupdict().get("link") or ""
        if "(" in link and not re.match(r"[^()]{0,80}\)", sentence[m.end():]):
            return
        if re.search(r"\b(?:war|wurde)\s", link) and not re.search(r"\bzu[mr]\s", link):
            return
        add(bm.group("name"), role, acting)
        return
    if re.fullmatch(r"\s*(?:Die|Der)\s+(?:" + P.ROLE_ADJECTIVES + r"\s+)?", head) and kind == "centre" and previous:
        # the sentence's subject is "the head", named in the sentence before ("Wenn X … spricht, …
        # Die Leiterin des KI hat …"): only when that sentence names exactly one person, who has
        # no role of their own there
        before_names = _names_in(previous)
        if len(before_names) == 1 and not P.ROLE_WORD_RE.search(previous) and not re.search(r"(?:in|er)\s+" + NAME, previous):
            add(before_names[0], role, acting)
        return
    bref = re.search(r"\b" + P.SAYING_VERBS + r"\s+(?:die|der)\s+(?:" + P.ROLE_ADJECTIVES + r"\s+)?$", head)
    if bref:
        found = _names_in(head[: bref.start()]) or (_names_in(previous) if previous else [])
        if len(found) == 1:
            add(found[0], role, acting)


def _names_in(text: str) -> list[str]:
    """The distinct valid person names in a text, in order."""
    out: list[str] = []
    for m in NAME_RE.finditer(text):
        cleaned = clean_name(m.group("name"))
        if cleaned and cleaned[1] not in out:
            out.append(cleaned[1])
    return out


def _not_a_name_start(sentence: str, pos: int) -> bool:
    """A capitalised word after a role that begins a new clause, not a name."""
    word = re.match(r"\S+", sentence[pos:])
    return bool(word and word.group(0) in _COMMON_WORDS)
