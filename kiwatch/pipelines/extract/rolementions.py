"""The head in prose around a head noun: the role forms of EXTRACTION.md ("Leiterin des KI, NAME",
"NAME, der Leiter des KI", "KI-Leiter NAME", "NAME (Leiterin des KI)", "…, sagt die Leiterin des
KI"), tried before the general clause association of clauses.py.
"""

from __future__ import annotations

import re

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.clauses import (
    _ADJ,
    _DEPARTURE_HINT_RE,
    _OWNER_NOUN_RE,
    _PREPOSITIONS,
    _UNDER_LEAD_RE,
    relative_other_action,
)
from kiwatch.pipelines.extract.clausesplit import _clause_at
from kiwatch.pipelines.extract.led import (
    TIME_PHRASE,
    attached_lead_is_other,
    holder_tail_is_other,
    possessor_is_other,
    under_lead_is_other,
)
from kiwatch.pipelines.extract.names import _COMMON_WORDS, NAME
from kiwatch.pipelines.extract.referents import _names_in
from kiwatch.pipelines.extract.roles import CentreNames, _object_kind

_AFTER_ROLE_RE = re.compile(
    # "Leiterin des KI, NAME" / "Leitung: NAME" / "KI-Leiter NAME" / "Leitung von NAME" / "… ist seit März NAME";
    # an acting marker may stand between role and name ("Leitung i. V. NAME", "Leitung (komm.): NAME")
    r"(?P<actmark>\s*\(?\s*(?:i\.\s?V\.|komm\.|kommissarisch|interim(?:istisch)?|vertretungsweise|m\.\s?d\.\s?W\.\s?d\.\s?G\.\s?b\.)\s*\)?)?"
    # (a dash stands for the colon of a label: "Leitung des KI – Dr. NAME")
    r"(?P<sep>\s*,\s*|\s*:\s*|\s+[–—-]\s+|\s+von\s+|\s+liegt\s+" + TIME_PHRASE + r"bei\s+|\s+(?:liegt\s+|lag\s+)?in\s+den\s+Händen\s+(?:von\s+)?"
    r"|\s+(?:verantwortlich|zuständig)\s+ist\s+" + TIME_PHRASE + r"|\s+(?:" + P.HEAD_COPULAS + r")\s+" + TIME_PHRASE + r"|\s+)" + NAME
)
_FROM_IN_NAME_RE = re.compile(r"\s(?:vom|beim|von\s+der|von\s+dem|bei\s+der|bei\s+dem)\s")
#: A taking-up of the role before it: a name after "Leitung von" is the predecessor's.
_TAKING_UP_RE = re.compile(r"\b(?:übernimmt|übernahm|übernommen|übernehmen|übernehme)\b")
#: A second role of the same holder before the copula ("Leiterin des KI und zugleich Geschäftsführerin
#: des Integrationsrates ist NAME"): the name after the copula holds both.
_COORDINATED_ROLE_RE = re.compile(
    r"\s+(?:und|sowie)\s+(?:(?:zugleich|gleichzeitig|auch|außerdem)\s+)?[A-ZÄÖÜ][\wäöüß-]*(?:\s+(?:des|der)\s+[^,.;:()]{2,60}?)?(?=\s+(?:ist|wird|bleibt)\s)"
)
_ACTMARK_AFTER_RE = re.compile(r"(?:\s+(?:des|der)\s+[^,.;:()]{2,60}?)?(?P<actmark>\s*\(?\s*(?:i\.\s?V\.|komm\.|kommissarisch|interim(?:istisch)?|vertretungsweise|m\.\s?d\.\s?W\.\s?d\.\s?G\.\s?b\.)\s*\)?)")
#: A role noun right before a name ("Moderatorin Sabine Holl"), after an optional form of address.
_ROLE_NOUN_BEFORE_RE = re.compile(
    r"(?<![\wäöüß-])(?=[A-ZÄÖÜ])[\wäöüß-]*?(?i:" + "|".join(P.ROLE_NOUN_STEMS) + r"|moderat)[a-zäöüß]*\s+(?:(?:Herrn?|Frau)\s+)?(?:(?:Prof|Dr)\.\s*)*$"
)
#: An acting marker in brackets right after the name ("Leitung: NAME (komm.)").
_ACTMARK_AFTER_NAME_RE = re.compile(r"\s*\(\s*(?:i\.\s?V\.|komm\.|kommissarisch\w*|interim\w*|vertretungsweise|m\.\s?d\.\s?W\.\s?d\.\s?G\.\s?b\.|acting)\s*\)")
_BEFORE_ROLE_RE = re.compile(
    # "NAME, (der|die) [seit 2021] [neue] " / "NAME (" / "NAME ist [seit …] [neue] "
    NAME + r"(?P<link>\s*,\s*(?:(?:der|die)\s+)?" + TIME_PHRASE + r"|\s*\(\s*|\s+(?:(?:wurde|wird|ist)\s+" + TIME_PHRASE + r")?zu[mr]\s+|\s+als\s+|\s+(?:ist|bleibt)\s+" + TIME_PHRASE + r"für\s+(?:die|das)\s+|\s+(?:ist|wird|bleibt)\s+" + TIME_PHRASE
    + r"(?:(?:die|der|unsere?|neue[rn]?)\s+)?)(?:" + _ADJ + r"\s+)?(?:(?:die|der)\s+)?$"
)
#: A few lower-case words (the end of the clause: a verb, its particle) and a colon, then the name
#: standing alone up to the sentence's end, a comma or a bracket.
_COLON_NAME_RE = re.compile(r"(?:\s+[a-zäöüß]+){1,3}\s*:\s*" + NAME + r"(?=\s*(?:[,.;(]|$))")
_COPULA_NAME_ROLE_RE = re.compile(
    # "[Seit …] ist NAME [die neue] Leiterin"
    r"\b(?:ist|wird|bleibt)\s+" + TIME_PHRASE + NAME + r"\s+(?:(?:die|der)\s+)?(?:" + _ADJ + r"\s+)?$"
)


def _role_mention(sentence: str, m: re.Match[str], centre: CentreNames, add, previous: str) -> None:
    before = sentence[max(0, m.start() - 60): m.start()]
    # "stellvertretende Leiterin", "die frühere Leiterin", "Projektleitung" are not the head
    if P.DEPUTY_RE.search(before) or P.FORMER_RE.search(before) or re.search(r"[A-Za-zäöüß]-$", before):
        return
    kind, end = _object_kind(sentence, m.end(), centre)
    if kind == "other" or (kind == "none" and P.EVENT_LABEL_RE.search(sentence)):
        return  # another body's lead, or an event's ("Termin: … Leitung: NAME … Ort: …")
    if possessor_is_other(sentence[: m.start()], previous, centre) or attached_lead_is_other(sentence[: m.start()], centre):
        return  # "dessen Leiterin" of another body, "zum Fachbereich 3 unter Leitung von NAME"
    clause = _clause_at(sentence, m.start())
    if "nter" in clause and (kind != "centre" or _UNDER_LEAD_RE.search(before)) and under_lead_is_other(clause, centre):
        # "Der Fachtag stand unter der Leitung von NAME": the Fachtag's lead (a role of the centre in
        # apposition still names its holder: "Unter Federführung von NAME, Leiter des KI, entstand …")
        return
    if relative_other_action(clause, clause.find(m.group(0))):
        return  # "NAME, der die Leitung in allen Fragen unterstützt"
    if _DEPARTURE_HINT_RE.search(clause):
        clause = P.DEPARTURE_SLOT_RE.sub(" ¤ ", clause)
    at = clause.find(m.group(0))
    if any(not (d.group(0).startswith("bis") and at >= 0 and d.start() > at and "," in clause[at: d.start()])
           for d in P.DEPARTURE_CLAUSE_RE.finditer(clause)):
        # "verabschiedete die langjährige KI-Leiterin NAME": a departure, not the head ("Die Leiterin des KI,
        # NAME, sicherte die Mittel bis 2028 zu": a date in the predicate after the apposition is no past term)
        return
    acting = bool(P.ACTING_RE.search(before[-30:]) or P.ACTING_RE.match(sentence, m.start())
                  or ((am := _ACTMARK_AFTER_RE.match(sentence, m.end())) and am.group("actmark")))
    role = sentence[m.start():end]
    if acting and not P.ACTING_CANONICAL_RE.search(role):  # ("Interimsleitung" says it itself)
        role = (P.ACTING_RE.findall(before[-30:]) or ["kommissarisch"])[-1] + " " + role
    owner = _OWNER_NOUN_RE.search(before)
    if owner and owner.group("noun") not in _PREPOSITIONS:
        return  # "Assistenz der Leitung", "Büro der Leiterin": someone else's role
    coord = _COORDINATED_ROLE_RE.match(sentence, end)
    after = _AFTER_ROLE_RE.match(sentence, coord.end() if coord else end)
    if after:
        sep = after.group("sep")
        plain = sep.strip() == "" and sep == " "
        if sep.strip() == "von" and (kind == "centre" or _TAKING_UP_RE.search(sentence, max(0, m.start() - 80), m.start())):
            return  # "übernimmt die Leitung des KI von X", "übernahm die Leitung von X": the predecessor
        # directly adjacent only without an object ("KI-Leiter NAME", "Leiterin NAME"); a name
        # after an object needs a comma, colon or copula
        if not (plain and kind == "centre") and not _not_a_name_start(sentence, after.start("name")):
            tail = _FROM_IN_NAME_RE.search(after.group("name"))  # (the name's particles take "vom Caritasverband" in)
            if kind == "none" and holder_tail_is_other(sentence[after.start("name") + tail.start() if tail else after.end():][:120], centre):
                return  # "Leiterin NAME vom Caritasverband", "Neue Leiterin: NAME übernimmt das Jugendamt"
            if not acting and (_ACTMARK_AFTER_NAME_RE.match(sentence, after.end()) or P.ACTING_RE.search(sep)):
                # "Leitung: NAME (komm.)", "Die Leitung hat bis auf Weiteres NAME inne"
                acting, role = True, "kommissarisch " + role
            add(after.group("name"), role, acting)
            return
    colon = _COLON_NAME_RE.match(sentence, end) if kind == "centre" else None
    if colon and not _not_a_name_start(sentence, colon.start("name")):
        # the role described first, its holder after a colon that ends the clause ("stellte die neue
        # Leiterin des KI vor: NAME", "Die Leiterin des KI heißt seit Mai: NAME")
        add(colon.group("name"), role, acting)
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
        if (re.search(r"\bbis\b(?!\s+auf\s+[Ww]eiteres)", link) and not P.ACTING_RE.search(link)) or P.FORMER_CLAUSE_RE.search(link):
            return  # "NAME, bis 2022 Leiter des KI, …": a former holder
        if _ROLE_NOUN_BEFORE_RE.search(head[: len(head) - len(head[-160:]) + bm.start("name")]) \
                or (len(bm.group("name").split()) > 2 and _ROLE_NOUN_BEFORE_RE.match(bm.group("name").split()[0] + " ")):
            return  # "Moderatorin NAME, die Leiterin des KI …": the name already has its role; ambiguous
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


def _not_a_name_start(sentence: str, pos: int) -> bool:
    """A capitalised word after a role that begins a new clause, not a name."""
    word = re.match(r"\S+", sentence[pos:])
    return bool(word and word.group(0) in _COMMON_WORDS)
