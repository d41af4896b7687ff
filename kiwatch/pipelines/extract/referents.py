"""Whom a clause refers to when it names no one in full: the page's referents (the full names met
before, the one person the last sentences named) for a surname alone, a personal pronoun, an epithet
or a definite description of a person ("Sie leitet …", "Die gebürtige Kölnerin hat …").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.led import person_noun
from kiwatch.pipelines.extract.names import _COMMON_WORDS, ADDRESS, NAME_RE, NAME_WORD, TITLE, clean_name
from kiwatch.pipelines.extract.roles import CentreNames


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

    def everyone(self) -> list[str]:
        """The full names of the whole page: a "Herr Kowalczyk" may come before his full name."""
        return self.known(len(self._sentences))

    def recent(self, before: int) -> str:
        for k in range(before - 1, max(-1, before - 4), -1):
            named = self.named(k)
            if named:
                sentence = self._sentences[k]
                if len(named) > 1:
                    # one person addressed as such among capitalised pairs that need not be people
                    # ("Frau X hat Soziale Arbeit studiert"): that person
                    addressed = [n for n in named if re.search(r"\b(?:" + ADDRESS + r")\s+(?:" + TITLE + r")*" + re.escape(n), sentence)]
                    named = addressed if len(addressed) == 1 else named
                clean = len(named) == 1 and not P.OTHER_ROLE_RE.search(sentence) and not P.FORMER_CLAUSE_RE.search(sentence)
                return named[0] if clean else ""
        return ""


def _refers_back(clause: str, before: str, known: list[str], recent: str, everyone: Callable[[], list[str]] = list) -> list[str]:
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
        else:
            if m.group(0)[:1] in "HF" and m.group(0).split()[0] in ("Herr", "Herrn", "Frau"):
                # "Herr Kowalczyk (Leiter des KI)" with "Herr Marek Kowalczyk" further down: one full name only
                later = [full for full in everyone() if full.split()[-1] == word]
                if len(later) == 1 and later[0] not in found:
                    found.append(later[0])
    if found:
        return found
    if recent and (_PERSON_PRONOUN_RE.search(clause) or _EPITHET_RE.search(clause) or _described_person(clause)) and not _plural(clause):
        return [recent]
    return []


_RELATIVE_START_RE = re.compile(r"\s*(?:die|der|who)\b")
#: A person referred to by an epithet ("der 38-Jährige").
_EPITHET_RE = re.compile(r"\b(?:[Dd]er|[Dd]ie)\s+\d{2}-[Jj]ährige\b|\b[Tt]he\s+\d{2}-year-old\b")
#: A definite description of a person as a subject ("Die gebürtige Kölnerin hat …", "leitet die
#: Sozialwissenschaftlerin das Zentrum", "Die Diplom-Pädagogin ist …"): not after a preposition,
#: a noun with a person's ending (rules.PERSON_NOUN_ENDINGS), no office of its own.
_DESCRIBED_PERSON_RE = re.compile(
    r"(?<![\wäöüß])(?:[Dd]er|[Dd]ie)\s+(?:[a-zäöüß\d][\wäöüß-]*e[nrs]?\s+){0,2}"
    r"(?P<noun>[A-ZÄÖÜ][\wäöüß]*(?:-[A-ZÄÖÜ][\wäöüß]*)?(?:" + "|".join(P.PERSON_NOUN_ENDINGS) + r"))(?![\wäöüß-])"
)


_AFTER_PREPOSITION_RE = re.compile(r"\b(?:mit|bei|von|für|an|zu|auf|über|vor|durch|gegen|nach|unter|aus|gegenüber)\s+$", re.IGNORECASE)


def _described_person(clause: str) -> bool:
    for m in _DESCRIBED_PERSON_RE.finditer(clause):
        noun = m.group("noun")
        if _AFTER_PREPOSITION_RE.search(clause, max(0, m.start() - 24), m.start()):  # (a window: linear on glued text)
            continue  # "mit der Kölnerin": an object
        if person_noun(noun):
            return True
    return False


_SURNAME_TOKEN_RE = re.compile(r"(?<![\wäöüß.-])(?:(?:" + ADDRESS + r")\s+(?:" + TITLE + r")*)?(?P<sur>" + NAME_WORD + r")(?![\wäöüß-])")
#: (a lower-case "sie"/"er" anywhere is a personal pronoun as well: "…, dessen Leitung sie seit Januar innehat")
#: (the dative and possessive forms refer back as well: "Ihr obliegt die Leitung", "von ihm geleitet",
#: "unter ihrer Leitung"; a capital "Ihr" only before a verb, "Ihr Team" is the reader's)
_PERSON_PRONOUN_RE = re.compile(r"(?:^\s*|\b(?:leitet|führt|verantwortet|ist|hat|übernimmt|übernahm|steht|wird)\s+)(?:[Ss]ie|[Ee]r|[Ss]he|[Hh]e)\b"
                                r"|(?<![\wäöüß-])(?:sie|er)(?![\wäöüß-])"
                                # (the person introducing themselves: "Mein Name ist X. Ich leite das KI")
                                r"|(?<![\wäöüß-])[Ii]ch\s+(?:leite|bin)\b"
                                r"|(?:^\s*|\b(?:wurde|wird|ist|obliegt|oblag)\s+)(?:Ihr|Ihm|ihr|ihm)(?=\s+[a-zäöüß])"
                                r"|\b(?:von|durch)\s+(?:ihr|ihm)\b|\b(?:[Uu]nter|[Ii]n)\s+(?:ihrer|seiner)\s+(?:[a-zäöüß]+\s+)?(?:Leitung|Federführung|Führung)\b")
_PLURAL_VERB_RE = re.compile(r"^\s*(?:[Ss]ie)\s+\w+en\b|\b(?:sind|haben|they)\b")
#: "leiten"/"führen" is a plural's verb, or the infinitive of a singular auxiliary ("Sie wird das KI leiten").
_PLURAL_LEAD_RE = re.compile(r"\b(?:leiten|führen)\b")
_SINGULAR_AUXILIARY_RE = re.compile(r"\b(?:wird|soll|will|möchte|kann|muss|darf)\b")


def _plural(clause: str) -> bool:
    return bool(_PLURAL_VERB_RE.search(clause) or (_PLURAL_LEAD_RE.search(clause) and not _SINGULAR_AUXILIARY_RE.search(clause)))


#: A place preposition right before a capitalised pair: "in Bochum Sozialwissenschaften studiert",
#: "aus Köln Kalk" — a place first, never a person without a form of address.
_PLACE_BEFORE_RE = re.compile(r"(?:^|\s)(?:in|aus|nach)\s+$")


def _place_context(text: str, m: re.Match[str]) -> bool:
    return m.start() == m.start("name") and bool(_PLACE_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()))  # ("aus " is 4: a window keeps it linear)


def _names_in(text: str) -> list[str]:
    """The distinct valid person names in a text, in order."""
    out: list[str] = []
    for m in NAME_RE.finditer(text):
        if _place_context(text, m):
            first = re.match(r"\S+\s+", m.group("name"))
            cleaned = clean_name(m.group("name")[first.end():]) if first else None
            if cleaned and cleaned[1] not in out:
                out.append(cleaned[1])
            continue
        cleaned = clean_name(m.group("name"))
        if cleaned and cleaned[1] not in out:
            out.append(cleaned[1])
    return out
