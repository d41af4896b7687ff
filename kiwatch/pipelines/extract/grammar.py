"""Prose grammar shared by the field modules: the head in every form of EXTRACTION.md.

The parts live by concept: person names in names.py, the centre's names and head roles in
roles.py, the clause association and referents in clauses.py, the role forms around a head noun in
rolementions.py; this module finds the heads of a page's sentences with them, and is the front door
the field modules and tests import from.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.announced import announces_new_head, asks_for_head
from kiwatch.pipelines.extract.clauses import (
    _ADJ,
    _NAME_PAIR,
    _PRONOUN_RE,
    _clause_names,
    clause_heads,
)
from kiwatch.pipelines.extract.clausesplit import _clause_at, clause_span
from kiwatch.pipelines.extract.coordination import conjuncts
from kiwatch.pipelines.extract.led import TIME_PHRASE, led_is_other
from kiwatch.pipelines.extract.names import (
    NAME,
    NAME_RE,
    NAME_WORD,
    PARTICLE,
    NamesBefore,
    clean_name,
    same_person,
    split_title,
    valid_name,
)
from kiwatch.pipelines.extract.referents import _names_in as _names_in_clean
from kiwatch.pipelines.extract.referents import _Referents
from kiwatch.pipelines.extract.rolementions import _role_mention
from kiwatch.pipelines.extract.roles import _HEAD_NOUN_RE, HEAD_NOUN, CentreNames, is_head_role
from kiwatch.pipelines.extract.vacancy import acting_after_vacancy, stand_in

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
    #: stated as a taking-up in the past tense ("X übernahm 2015 die Leitung"): the head only where the
    #: page names no one leading now ("Seit 2023 leitet Y das KI")
    past: bool = False


_LEADS_RE_CACHE: dict[str, tuple[re.Pattern[str], ...]] = {}


def _verb_forms(centre: CentreNames) -> tuple[re.Pattern[str], ...]:
    key = centre.pattern
    found = _LEADS_RE_CACHE.get(key)
    if found is None:
        c = r"(?:(?:das|den|die|unser|unsere)\s+)?(?:(?:KI-)?Team\s+(?:des|der)\s+)?(?:neue[nm]?\s+)?" + centre.pattern
        found = (
            # "NAME leitet [seit 2019] das KI", "NAME hat die Leitung des KI übernommen"
            # (an apposition may stand between: "NAME, bisher stellvertretende Leiterin, leitet seit … das KI")
            re.compile(NAME + r"(?:\s*,\s*[^,;]{3,80},)?\s+(?:leitet|führt)\s+(?:" + TIME_PHRASE + r")?" + c),
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
            # (the centre may be qualified and dated before the role: "… das KI der Stadt X seit dem Jahreswechsel einen neuen Leiter")
            re.compile(r"\b[Mm]it\s+" + NAME + r"\s+(?:hat|bekommt|bekam|erhält|erhielt)\s+" + c + r"(?:\s+(?:[^,.;:()]|(?<=\d)\.){0,60}?)?\s+(?:Leiterin|Leiter|Leitung|Chefin|Chef)\b"),
            # "An der Spitze des KI steht [seit Mai] [mit] NAME"
            re.compile(r"[Ss]pitze\s+(?:des|der)\s+" + c + r"(?:\s+steht\s+(?:" + TIME_PHRASE + r")?(?:mit\s+)?|\s*:\s*)" + NAME),
            # "Heute wird es von NAME geleitet" (the centre named in the sentence before)
            re.compile(r"\bwird\s+(?:es|sie)\s+(?:" + TIME_PHRASE + r")?von\s+" + NAME + r"\s+(?:" + TIME_PHRASE + r")?(?:kommissarisch\s+)?geleitet"),
            # "NAME folgt auf X an der Spitze des KI / als Leiterin"
            re.compile(NAME + r"\s+folgt\s+(?:" + TIME_PHRASE + r")?auf\s+[^,.;]{3,60}?\s+(?:an\s+der\s+Spitze|in\s+der\s+Leitung|als\s+(?:neue[rn]?\s+)?Leiter(?:in)?)"),
            # "NAME, die das KI seit 2020 leitet" / "nimmt NAME [vertretungsweise] die Leitung des KI wahr"
            re.compile(NAME + r",\s+(?:die|der)\s+" + c + r"\s+(?:" + TIME_PHRASE + r")?(?:kommissarisch\s+)?(?:leitet|führt)\b"),
            re.compile(r"\bnimmt\s+" + NAME + r"\s+(?:\w+\s+)?die\s+(?P<adj>" + _ADJ + r"\s+)?Leitung" + P.LEAD_DUTIES_SUFFIX + r"(?:\s+(?:des|der)\s+(?P<obj>[^,.;]{2,60}?))?" + P.FOR_NOW_BEFORE_WAHR + r"\s+wahr\b"),
            re.compile(NAME + r"\s+nimmt\s+(?:" + TIME_PHRASE + r")?(?:\w+\s+)?die\s+(?P<adj>" + _ADJ + r"\s+)?Leitung" + P.LEAD_DUTIES_SUFFIX + r"(?:\s+(?:des|der)\s+(?P<obj>[^,.;]{2,60}?))?" + P.FOR_NOW_BEFORE_WAHR + r"\s+wahr\b"),
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


#: The successor of someone named before ("Seine Nachfolgerin, NAME, …", "Ihr Nachfolger ist NAME"):
#: the head where the text before spoke of the centre's head (the predecessor's role is the same).
_SUCCESSOR_RE = re.compile(
    r"\b(?:[Ss]eine?|[Ii]hre?|[Dd]essen|[Dd]eren|[Dd]ie|[Dd]er|[Hh]is|[Hh]er|[Tt]he)\s+(?:neue[rn]?\s+)?(?:Nachfolger(?:in)?|successor)"
    # (where the post is named between: "Seine Nachfolgerin an der Spitze des KI ist NAME")
    r"(?:\s+(?:an\s+der\s+Spitze|in\s+der\s+Leitung|im\s+Amt)(?:\s+(?:des|der)\s+[^,.;:()]{2,60}?)?)?"
    r"(?:\s*,\s*|\s+(?:ist|wird|wurde|is|was|will\s+be)\s+" + TIME_PHRASE + r"|\s+)" + NAME
    # the succession taken up: "Die Nachfolge hat am 1. August NAME angetreten", "Ihre Nachfolge tritt zum … NAME an"
    + r"|\b(?:[Ss]eine|[Ii]hre|[Dd]essen|[Dd]eren|[Dd]ie)\s+Nachfolge\s+(?:hat|tritt|trat|übernimmt|übernahm|übernehmen)\s+" + TIME_PHRASE
    + NAME.replace("?P<name>", "?P<name2>") + r"(?=\s+(?:" + TIME_PHRASE + r")?(?:angetreten|an|übernommen)\b)"
)


#: A parenthesis between a pair of spaced dashes that opens with a lower-case word (an apposition or an aside).
_DASH_PARENTHESIS_RE = re.compile(r"\s[–—]\s+(?P<inner>[a-zäöüß][^–—:;.]{2,100}?)\s+[–—]\s")


#: The lead handed over to someone: "X gibt die Leitung des KI an NAME ab", "übergab den Staffelstab an NAME".
_HANDOVER_RE = re.compile(r"\b(?:gibt|gab|übergibt|übergab)\b[^.;]{0,100}?\b(?:Leitung|Staffelstab)\b[^.;]{0,100}?\ban\s+" + NAME
                          # in the perfect, the lead named first ("Die Leitung des KI hat X 2024 an NAME abgegeben")
                          + r"|\b(?:Leitung|Staffelstab)\b[^.;]{0,100}?\ban\s+" + NAME.replace("?P<name>", "?P<name2>")
                          + r"(?=\s+(?:" + TIME_PHRASE + r")?(?:abgegeben|übergeben|weitergegeben|weitergereicht)\b)")

#: A person leading "es", the centre of the sentence before ("Das KI wurde 2015 gegründet. Frau X leitet es
#: seit 2023"; "… leitete das KI bis 2022, Frau Y leitet es seit 2023").
_PRONOUN_LEAD_RE = re.compile(NAME + r"\s+(?:leitet|führt)\s+(?:" + TIME_PHRASE + r")?es\b(?!\s+(?:an|aus|durch|fort|weiter)\b)")
#: A neuter noun phrase: what "es" in the next sentence stands for is the last of them. (A few adjectives
#: at most: the determiners are inflected adjectives' shapes too, "des des des …", and an unbounded run
#: would be read again from each of them.)
_NEUTER_NP_RE = re.compile(r"(?<![\wäöüß])(?:[Dd]as|[Dd]em|[Dd]es|[Ee]in|[Dd]ieses|[Uu]nser)\s+(?:[a-zäöüß]+e[nrs]?\s+){0,4}(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)")


def _es_is_centre(previous: str, centre: CentreNames) -> bool:
    """The last neuter noun phrase of the text before is the centre's name."""
    phrases = list(_NEUTER_NP_RE.finditer(previous))
    last = phrases[-1] if phrases else None
    return last is not None and bool(centre.regex.match(previous, last.start("noun")) or centre.regex.match(previous, last.start()))


_BARE_LEAD_RE = re.compile(r"\b(?:Leitung|Staffelstab)\b(?!\s+(?:des|der|von|für)\s)")

#: Someone standing in for the centre's absent head: "NAME vertritt die erkrankte Leiterin des KI" is
#: its acting head (an absence or an acting marker in the sentence; "vertritt die Leiterin im
#: Arbeitskreis" alone is a representation at one meeting, no lead).
_STANDS_IN_RE = re.compile(NAME + r"\s+(?:vertritt|vertrat)\s+(?:" + TIME_PHRASE + r")?(?:die|den)\s+(?P<absent>[a-zäöüß]+e[nr]?\s+)?"
                           r"(?:Leiterin|Leiter|Leitung)\s+(?:des|der)\s+")
_ABSENT_RE = re.compile(r"erkrankt|beurlaubt|abwesend|Elternzeit|Mutterschutz|Krankheit|Urlaub")


def _speaks_of_centre_head(text: str, centre: CentreNames) -> bool:
    return bool(P.HEAD_LEXEME_RE.search(text) and (centre.regex.search(text) or re.search(r"(?<![\wäöüß-])" + P.CENTRE_HEAD_COMPOUND, text)
                                                     or _PRONOUN_RE.search(text)))


#: The post taken up, as the clause's object or subject ("die Stelle hat NAME übernommen").
_POSITION_RE = re.compile(r"(?<![\wäöüß])(?:[Dd]ie|[Dd]iese|[Ii]hre|[Ss]eine|[Dd]as|[Dd]ieses|[Ss]ein|[Ii]hr|[Dd]en|[Dd]iesen|[Ss]einen|[Ii]hren|[Dd]eren|[Dd]essen)\s+"
                          r"(?:" + "|".join(P.POSITION_NOUNS) + r")(?![\wäöüß-])")


def _post_taken(sentence: str, before: str, centre: CentreNames) -> list[tuple[str, bool]]:
    """The one person taking up the post after text about the centre's head ("Frau X leitete das
    Zentrum bis 2019. … die Stelle hat Herr Y übernommen")."""
    out: list[tuple[str, bool]] = []
    for m in _POSITION_RE.finditer(sentence):
        clause = _clause_at(sentence, m.start())
        if not P.POSITION_TAKING_RE.search(clause) or not _speaks_of_centre_head(before + " " + sentence[: m.start()], centre):
            continue
        # (not the post's words, not the predecessor's: "die Nachfolge von X")
        names = _clause_names(_POSITION_RE.sub(" ¤ ", centre.regex.sub(" § ", clause)))
        if len(names) == 1 and not P.OTHER_ROLE_RE.search(clause) and not led_is_other(clause, centre):
            out.append((names[0], bool(P.ACTING_RE.search(clause))))
    return out


_BACKREF_RE = re.compile(r"\b" + P.SAYING_VERBS + r"\s+(?:die|der)\s+(?:" + _ADJ + r"\s+)?(?P<role>" + HEAD_NOUN + r")")


_PRONOUN_LEADS_RE = re.compile(r"\s*(?:Sie|Er)\s+(?:leitet|führt|verantwortet)\s")
#: What stands between the centre's name and the place that qualifies it ("KI des Kreises X", "KI (KIX) in X").
_QUALIFIER_GAP_RE = re.compile(r"\s*(?:\([A-ZÄÖÜ]{2,6}\)\s*)?(?:(?:des|der|dem|im|in|aus|Kreis|Stadt)\s+)*")


def _of_other_centre(sentence: str, pos: int, centre: CentreNames) -> bool:
    """The name at pos is stated about a centre of another place: every centre its clause names is
    qualified by another town ("KI Kreis Nordheim – Leitung: NAME"); a clause that names none (or
    only "das Zentrum", "wir") is read in its sentence."""
    if (not centre.places and "achbar" not in sentence) or pos < 0:
        return False
    clause = _clause_at(sentence, pos)
    at = pos - max(0, sentence.find(clause))
    # a centre named before another person's name is that person's ("Mit der Leiterin des KI Lippwald,
    # NAME1, besuchte KI-Leiter NAME2 …": Lippwald qualifies NAME1, not NAME2)
    mentioned = list(centre.regex.finditer(clause))
    # (a "name" right after the centre is its place, "des Nachbarkreises Oberstetten", no person in between)
    named = [m for m in mentioned
             if m.end() >= at or not any(n.start() > m.end() and n.end() <= at and clean_name(n.group("name"))
                                         and not _QUALIFIER_GAP_RE.fullmatch(clause, m.end(), n.start())
                                         for n in NAME_RE.finditer(clause, m.end(), at))]
    if mentioned and not named:
        return False
    if not named:
        if _PRONOUN_RE.search(clause):
            return False
        clause, named = sentence, list(centre.regex.finditer(sentence))
    return bool(named) and all(centre.other_place(clause, m.end()) for m in named)


#: A year, its period and a sentence's opener: the sentences of the text keep a dateline's year with
#: what follows (dated facts need it), for who leads it is a sentence end ("… bis 2019. Ihre Stelle …").
_YEAR_END_RE = re.compile(r"(?<=\b(?:19|20)\d\d\.)\s+(?=(?:Das|Der|Die|Dies\w*|Wir|Sie|Er|Es|Unser\w*|Sein\w*|Ihr\w*|Seit|Heute|Nun|Jetzt)\s)")


#: Prose sentences are a few hundred characters; a "sentence" far longer is glued text (a scraped
#: list without stops, a PDF's columns run together). There a role mention is read in a window around
#: it, so each mention costs the window, not the whole text: a page of thousands of role words (a
#: hostile or broken page) would otherwise cost seconds, quadratic in its length.
MENTION_WINDOW = 600


def _around(sentence: str, m: re.Match[str]) -> tuple[str, re.Match[str]]:
    """The text a role mention is read in, and the mention matched again there."""
    if len(sentence) <= 3 * MENTION_WINDOW:
        return sentence, m
    start = max(0, m.start() - MENTION_WINDOW)
    if start:
        start = sentence.find(" ", start, m.start()) + 1 or m.start()  # begin at a word
    window = sentence[start: m.end() + MENTION_WINDOW]
    again = _HEAD_NOUN_RE.match(window, m.start() - start)
    return (window, again) if again else (sentence, m)


def _acting_at(sentence: str, pos: int, memo: dict[tuple[int, int], bool]) -> bool:
    """Whether the clause around a position has an acting marker, searched once per clause: a
    run-on sentence of many verb forms is one clause, and a search of it per form was quadratic."""
    span = clause_span(sentence, pos)
    found = memo.get(span)
    if found is None:
        found = memo[span] = bool(P.ACTING_RE.search(sentence[span[0]:span[1]]))
    return found


def heads(sentences: list[str], centre: CentreNames, foreign: Callable[[str], bool] | None = None, conjoined: bool = True) -> list[Head]:
    """Every head of the centre the sentences name, in the order found; a sentence for which
    `foreign` holds (it stands in another body's section) names a head only with the centre named.
    A sentence naming none is read again as its conjuncts (`conjoined`), the shared subject, verb or
    person written out in each (coordination.py)."""
    out: list[Head] = []
    seen: set[str] = set()
    if any(_YEAR_END_RE.search(s) for s in sentences):
        sentences = [part for s in sentences for part in _YEAR_END_RE.split(s)]

    current_sentence = ""

    def add(raw: str, role: str, acting: bool) -> None:
        cleaned = clean_name(raw)
        if cleaned is None:
            return
        title, name = cleaned
        if name.casefold() in seen or _of_other_centre(current_sentence, current_sentence.find(raw), centre):
            return
        seen.add(name.casefold())
        role = re.sub(r"\s+", " ", role).strip(" ,:;(")
        acting = acting or acting_after_vacancy(previous, current_sentence, current_sentence.find(raw), centre)
        if acting and not P.ACTING_CANONICAL_RE.search(role):
            role = f"kommissarische {role}"
        clause = _clause_at(current_sentence, max(0, current_sentence.find(name.split()[-1])))
        announced = bool(P.ANNOUNCED_HEAD_RE.search(clause))
        out.append(Head(name, title, role, acting, announced, "übern" in clause and bool(P.PAST_TAKEUP_RE.search(clause))))

    previous = ""
    previous_found = False
    referents = _Referents(sentences, centre)
    for index, sentence in enumerate(sentences):
        if "– " in sentence or "— " in sentence:
            # a parenthesis between dashes is read as between commas ("X – seit 2019 an der Spitze des KI – sprach")
            sentence = _DASH_PARENTHESIS_RE.sub(r", \g<inner>,", sentence)
        current_sentence = sentence
        before_sentence = len(out)
        acting_memo: dict[tuple[int, int], bool] = {}
        if foreign is not None and not centre.regex.search(sentence) and foreign(sentence):
            previous, previous_found = sentence, False
            continue
        has_role = "eit" in sentence or "hef" in sentence or "ead" in sentence or "Ltg" in sentence or "irector" in sentence or "anager" in sentence \
            or "ierowni" in sentence or "yrektor" in sentence or "üdür" in sentence or "ерівни" in sentence or "иректор" in sentence or "ιευθ" in sentence
        if has_role:
            for m in _HEAD_NOUN_RE.finditer(sentence):
                _role_mention(*_around(sentence, m), centre, add, previous)
        if "leitet" in sentence or "führt" in sentence or "Leit" in sentence or "Spitze" in sentence or "folgt" in sentence or "Chef" in sentence:
            for regex in _verb_forms(centre):
                for vm in regex.finditer(sentence):
                    obj = vm.groupdict().get("obj")
                    if obj and not centre.regex.match(obj) and not re.match(r"(?:Kommunale|Integrationszentr\w*(?![\w-]))", obj):
                        continue
                    if obj and re.match(r"[^\s,.;]*-", obj):  # "Leitung des Integrationszentrums-Beirats"
                        continue
                    if led_is_other(_clause_at(sentence, vm.start() + len(vm.group(0)) // 2), centre):
                        continue  # "Das Sprachcafé im KI leitet NAME": something else is led
                    clause = sentence[vm.start(): vm.end() + 40]
                    if P.LEAD_ENDED_RE.search(clause):
                        continue  # "hat die Leitung abgegeben", "leitet das KI nicht mehr"
                    if not re.search(r"übern|leitet|führt|geleitet|Spitze|folgt|wahr|[Mm]it\s|inne\b", clause):
                        continue
                    acting = bool(P.ACTING_RE.search(vm.group(0)) or vm.groupdict().get("pre")
                                  or _acting_at(sentence, vm.start(), acting_memo))
                    add(vm.group("name"), "Leitung", acting)
            # a surname alone refers back to a full name of this or the sentence before:
            # "…, sagte Yılmaz-Berger, die das KI seit 2020 leitet", "Bakare leitet das KI seit …"
            before: NamesBefore | None = None
            for sm in _surname_forms(centre).finditer(sentence):
                if before is None:
                    before = NamesBefore(previous + " " + sentence)
                full = before.last(len(previous) + 1 + sm.start(), sm.group("sur"))
                if full:
                    add(full.group("name"), "Leitung", bool(P.ACTING_RE.search(sm.group(0))))
        if " es" in sentence and previous and _es_is_centre(previous, centre):
            for pm in _PRONOUN_LEAD_RE.finditer(sentence):
                if not P.LEAD_ENDED_RE.search(sentence, pm.start(), pm.end() + 40) and not P.FORMER_CLAUSE_RE.search(_clause_at(sentence, pm.start())):
                    add(pm.group("name"), "Leitung", _acting_at(sentence, pm.start(), acting_memo))
        if "achfolge" in sentence or "uccessor" in sentence:
            for sm in _SUCCESSOR_RE.finditer(sentence):
                who = "name" if sm.group("name") else "name2"
                if _speaks_of_centre_head(previous + " " + sentence[: sm.start(who)], centre):
                    add(sm.group(who), "Leitung", _acting_at(sentence, sm.start(who), acting_memo))
        if "gab" in sentence or "gibt" in sentence or "geben" in sentence or "gereicht" in sentence:
            for hm in _HANDOVER_RE.finditer(sentence):
                who = "name" if hm.group("name") else "name2"
                # (a bare lead on the centre's page, in a sentence naming no other body, is the centre's)
                if _speaks_of_centre_head(sentence[: hm.start(who)], centre) or (
                        _BARE_LEAD_RE.search(hm.group(0)) and not P.ORGANISATION_WORD_RE.search(sentence)):
                    add(hm.group(who), "Leitung", _acting_at(sentence, hm.start(who), acting_memo))
        if "vertr" in sentence:
            absent_or_acting: bool | None = None  # (of the whole sentence: read once, not once per stand-in)
            for vm in _STANDS_IN_RE.finditer(sentence):
                if not centre.regex.match(sentence, vm.end()):
                    continue
                if absent_or_acting is None:
                    absent_or_acting = bool(_ABSENT_RE.search(sentence) or P.ACTING_RE.search(sentence))
                # (standing in "derzeit", "zurzeit": for the time being, not at one meeting)
                if absent_or_acting or P.STANDING_IN_NOW_RE.search(vm.group(0)):
                    add(vm.group("name"), "kommissarische Leitung", True)
        if len(out) == before_sentence and _POSITION_RE.search(sentence) and P.POSITION_TAKING_RE.search(sentence):
            for name, acting in _post_taken(sentence, previous, centre):
                add(name, "Leitung", acting)
        if len(out) == before_sentence:
            # nothing in a known form: the general clause association (a head lexeme + one
            # person + the centre, or no other organisation), whatever the word order
            for name, acting in clause_heads(sentence, centre, previous, referents=(referents, index)):
                add(name, "Leitung", acting)
        if len(out) == before_sentence and not previous_found and previous and announces_new_head(previous, centre):
            # the line before presented "the new head of the centre" without a name (a headline, an
            # agenda item): the one person this sentence names, with no other office and no history
            # in that person's clause, is that head
            named = _names_in_clean(centre.regex.sub(" § ", sentence))
            clause = _clause_at(sentence, sentence.find(named[0].split()[-1])) if len(named) == 1 else ""
            if clause and not P.OTHER_ROLE_RE.search(sentence) and not P.FORMER_CLAUSE_RE.search(clause):
                add(named[0], "Leitung", bool(P.ACTING_RE.search(previous)))
        if len(out) == before_sentence:
            for name in stand_in(previous, sentence, centre):
                add(name, "kommissarische Leitung", True)
        if len(out) == before_sentence and not previous_found and previous and asks_for_head(previous, centre):
            # a question about who leads the centre, answered by the next sentence ("Wer leitet das KI?
            # Seit April ist das Frau X.", Leichte Sprache "Wer ist die Chefin? Die Chefin heißt X.")
            answer = _names_in_clean(centre.regex.sub(" § ", sentence))
            if len(answer) == 1 and not P.OTHER_ROLE_RE.search(sentence) and not P.FORMER_CLAUSE_RE.search(sentence):
                add(answer[0], "Leitung", bool(P.ACTING_RE.search(sentence)))
        if len(out) == before_sentence and conjoined and P.HEAD_LEXEME_RE.search(sentence):
            # (read in order, as sentences: "Frau Y leitet es seit 2023" takes "es" from the conjunct before)
            for h in heads(conjuncts(sentence), centre, foreign, conjoined=False):
                add((h.title + " " + h.name).strip(), h.role, h.acting)
        if len(out) > before_sentence and index + 1 < len(sentences) and not centre.regex.search(sentence) \
                and _PRONOUN_LEADS_RE.match(sentences[index + 1]) and led_is_other(_clause_at(sentences[index + 1], 0), centre):
            seen.difference_update(h.name.casefold() for h in out[before_sentence:])
            del out[before_sentence:]  # "X ist Leiterin. Sie leitet die Musikschule …": the next sentence says of what
        previous_found = len(out) > before_sentence
        previous = sentence
    if any(not h.announced for h in out):
        out = [h for h in out if not h.announced]
    if any(h.past for h in out) and any(not h.past and not h.announced for h in out):
        out = [h for h in out if not h.past]  # the one who took up the lead then, and the one leading now
    return out


# what the field modules and tests take from here (they import grammar, not its parts)
__all__ = ["NAME", "NAME_RE", "NAME_WORD", "PARTICLE", "CentreNames", "Head", "clause_heads", "clean_name", "heads", "is_head_role", "same_person", "split_title", "valid_name"]
