"""The head in prose, by clause: the general clause
association (a head lexeme, one person, the centre) with the page's referents for a clause
that refers back ("sie", "die Leiterin", a surname alone).
"""

from __future__ import annotations

import re
from itertools import islice

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.clausesplit import _CLAUSE_SPLIT_RE
from kiwatch.pipelines.extract.led import (
    TIME_PHRASE,
    apposed_lead_is_other,
    attached_lead_is_other,
    former_clause,
    led_is_other,
    participle_lead_is_other,
    person_noun,
    possessor_is_other,
    under_lead_is_other,
)
from kiwatch.pipelines.extract.names import (
    ADDRESS,
    NAME,
    NAME_RE,
    NAME_WORD,
    PARTICLE,
    TITLE,
    UPPER,
    _preposition_split,
    clean_name,
    split_title,
)
from kiwatch.pipelines.extract.referents import _RELATIVE_START_RE, _place_context, _Referents, _refers_back
from kiwatch.pipelines.extract.roles import _PRONOUN_NOUN_RE, CentreNames, _object_kind

_ADJ = P.ROLE_ADJECTIVES
_OWNER_NOUN_RE = re.compile(r"\b(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\s+(?:der|des)\s+$")
#: Nouns before "der/des" that take no role of their own: prepositions, and the taking up of the role
#: itself ("Mit der Übernahme der Leitung des KI durch NAME", rules.ROLE_TAKING_NOUNS).
_PREPOSITIONS = P.ROLE_TAKING_NOUNS | P.ROLE_DUTY_NOUNS | P.HEAD_ACT_NOUNS | frozenset({"Unter", "Mit", "Von", "Nach", "Bei", "Seit", "Zu", "Auf", "Aus", "Für", "Vor", "Über", "An", "In",
                           "Laut", "Gemäß", "Wie", "Dank", "Trotz", "Neben", "Ohne", "Während", "Wegen", "Außer", "Gegenüber"})


#: Lower-case words after which a capitalised word is a noun, not a given name ("den Händen von
#: …", "zehn Jahre Elternarbeit").
_NOUN_CONTEXT_RE = re.compile(
    r"(?:^|\s)(?:den|dem|der|des|die|das|ein|eine|einer|einem|einen|eines|im|am|zum|zur|vom|beim|ins|ans|kein\w*|viele|alle|einige"
    r"|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|the|a|an|our|this|its|seine[mnrs]?|ihre[mnrs]?|unsere[mnrs]?)\s+$",
    re.IGNORECASE,
)


def _noun_context(text: str, pos: int) -> bool:
    """An article or numeral ends the text before pos, read in the few words before it (the whole
    text before would cost its length for every name: quadratic on glued text)."""
    start = max(0, pos - 40)
    if start:
        start = text.find(" ", start, pos)
        if start < 0:
            return False
    return bool(_NOUN_CONTEXT_RE.search(text, start, pos))


#: A name in the slot of a predecessor ("folgt auf X", "übernimmt … von X", "Nachfolge von X").
_PREDECESSOR_SLOT_RE = re.compile(r"(?:\b[Aa]uf|\b[Vv]on|\b[Aa]b|\bfor)\s+(?:(?:Herrn?|Frau)\s+)?$")
_SUCCESSION_RE = re.compile(r"\b(?:folgt|folgte|Nachfolge\w*|übernimmt|übernahm|übernommen|löst|succeeds?)\b")


def _clause_names(clause: str) -> list[str]:
    """The person names of a clause; a capitalised word after an article or numeral is a noun and
    is cut off the front of a candidate, and a predecessor's slot in a succession clause is left out."""
    out: list[str] = []
    succession = bool(_SUCCESSION_RE.search(clause))
    for m in NAME_RE.finditer(clause):
        raw, start = m.group("name"), m.start("name")
        # (an article before a form of address is the address's: "dem Herrn Jan Berg" names Jan Berg whole)
        if (_noun_context(clause, m.start()) and m.start("name") == m.start()) or _place_context(clause, m):
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
        if (cleaned is None or cleaned[1] != split_title(raw)[1]) and (longer := _name_after_leading_words(clause, m)):
            cleaned = longer
        if cleaned and cleaned[1] not in out:
            out.append(cleaned[1])
    return out


def _name_after_leading_words(clause: str, m: re.Match[str]) -> tuple[str, str] | None:
    """The name a head lexeme's words took the room of: a name slot holds a few words, and the role's
    words in front ("Unter Federführung von Frau Jana | Wolff") leave its last word out. The slot is
    read again from each later word; the first reading reaching further is the name. (Only after the
    role's own words: an organisation's words in front may be what the clause says the person leads.)"""
    for w in re.finditer(r"\s+(?=\S)", m.group("name")):
        if not any(_NOUN_LEXEME_RE.match(word) for word in m.group("name")[: w.start()].split()):
            continue
        at = m.start("name") + w.end()
        if _noun_context(clause, at):
            continue  # "der Pädagogin Selin Aydın": a noun after its article
        again = NAME_RE.match(clause, at)
        if again and again.end() > m.end() and (cleaned := clean_name(again.group("name"))):
            return cleaned
    return None


def _clause_ok(clause: str, lex: re.Match[str], centre: CentreNames, centre_named: bool = False) -> bool:
    """A clause with a head lexeme that can state the centre's head."""
    if _other_role_attached(clause) or former_clause(clause) or led_is_other(clause, centre) \
            or ("nter" in clause and under_lead_is_other(clause, centre)):
        return False
    if "ls " in clause and (as_role := _AS_LEAD_RE.search(clause)) and _object_kind(clause, as_role.end(), centre)[0] == "other":
        return False  # "X verantwortet als Leiter der Bücherei die Lesecafés im KI": the person acts as another body's head
    if _NOUN_LEXEME_RE.match(lex.group(0)) and relative_other_action(clause, lex.start()):
        return False  # "…, der die Leitung in allen Fragen unterstützt": the head noun is another action's object
    before = clause[: lex.start()]
    own_compound = centre.own_compound(before)  # "KOMM-IN-Leiter": a compound on the centre's own name
    if P.DEPUTY_RE.search(before) or P.FORMER_RE.search(before) or (re.search(r"[A-Za-zäöüß]-$", before) and not own_compound):
        return False  # "stellvertretende Leiterin", "Projekt-Leitung"
    owner = _OWNER_NOUN_RE.search(before)
    if owner and owner.group("noun") not in _PREPOSITIONS and owner.group("noun") not in P.TIME_NOUNS:  # ("seit Anfang des Jahres der Leiter")
        return False  # "Assistenz der Leitung": someone else's role
    under = lex.group(0) in ("Leitung", "Federführung", "Führung") and bool(_UNDER_LEAD_RE.search(before))  # "unter Leitung der …"
    close = re.match(r"\s+(?:" + ADDRESS + r"\s+)?" + TITLE + "*" + UPPER, clause[lex.end():]) or under  # "KI-Leiterin NAME"
    # a name right before the role of the centre, as in a signature or a caption ("NAME Leiter des KI")
    signed = bool(re.search(_NAME_PAIR + r"\s*$", before)) and _object_kind(clause, lex.end(), centre)[0] == "centre"
    if _NOUN_LEXEME_RE.match(lex.group(0)) and not (close or signed) and not P.HEAD_LINK_RE.search(clause.replace(lex.group(0), " ")) \
            and not _HAS_LEAD_RE.search(clause):
        return False  # a head noun without a link to a person
    if _NOUN_LEXEME_RE.match(lex.group(0)) and not (close or signed) and not _DIRECT_LINK_RE.match(clause, lex.end()):
        end = P.OTHER_ACTION_END_RE.search(clause)
        if end and not P.HEAD_LINK_RE.fullmatch(end.group("verb")) and end.group("verb") not in ("geleitet", "geführt") \
                and not _predicative(before, lex.group(0)) and not _AS_ROLE_RE.search(before):
            return False  # "NAME hat die Leitung des KI kritisiert": the role is the object of another action
    if _NOUN_LEXEME_RE.match(lex.group(0)) and lex.group(0) != "Spitze" and not (close or signed) and _PREP_OBJECT_RE.search(before) \
            and not _DIRECT_LINK_RE.match(clause, lex.end()) and not _ENTRUSTED_RE.search(clause):
        return False  # "X sprach mit der Leitung des KI", "bedankte sich bei der Leiterin": the head is someone else
    subject = _SUBJECT_DESCRIPTION_RE.match(clause)
    if subject and subject.start("lex") == lex.start() and subject.group("verb") not in _HEAD_SUBJECT_VERBS \
            and not _APPOSITION_LINK_RE.match(clause, lex.end()):  # (an apposition names the subject: "Die Leiterin des KI, NAME, dankte …")
        return False  # "Die Leiterin des KI bedankte sich bei NAME": the head acts on someone else
    start = lex.end()
    if not _NOUN_LEXEME_RE.match(lex.group(0)) and (subject := _INVERTED_SUBJECT_RE.match(clause, start)) and person_noun(subject.group("noun")):
        start = subject.end()  # "Heute leitet der Politologe das KI": the person is the subject, the object follows
    kind, object_end = _object_kind(clause, start, centre)
    if kind == "other" and under and (held := _HOLDER_GENITIVE_RE.match(clause, lex.end())) \
            and (person_noun(held.group("noun")) or NAME_RE.match(clause, held.start("noun"))):
        kind = "none"  # "unter Leitung der Pädagogin NAME": the genitive is the lead's holder, not what is led
    if kind == "centre" and (pn := _PRONOUN_NOUN_RE.search(clause, lex.end())) and pn.start() < object_end:
        return True  # "Leiter der Einrichtung bleibt NAME": the noun that stands for the centre on its page
    if centre_named or centre.regex.search(clause) or P.CENTRE_HEAD_COMPOUND_RE.match(lex.group(0)) or own_compound or _PRONOUN_RE.search(clause):
        return kind != "other"
    # no centre named: only a bare "Leitung"/"Leiter" (or the lead of a team, an Abteilung …, which
    # can be the centre itself) of nothing else, in a clause naming no other organisation
    # ("An der Spitze steht NAME" is the same bare lead)
    return (kind == "none" and bool(re.match(r"(?:\w+(?:leitung|leiterin|leiter)|Leitung|Leiterin|Leiter|L(?:ei)?tg\.|Spitze|[Hh]ead|[Dd]irector|[Mm]anager)$", lex.group(0)))
            and not P.ORGANISATION_WORD_RE.search(clause))


#: A person as the subject right after a verb of leading (inverted word order).
_INVERTED_SUBJECT_RE = re.compile(r"\s+(?:der|die)\s+(?:[a-zäöüß\d][\wäöüß-]*e[nr]?\s+)?(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)(?=\s+[a-zäöüß])")


#: The lead as what the subject has, ending its clause ("Frau X hat [seit Mai] die Leitung [des KI].").
_HAS_LEAD_RE = re.compile(r"\b(?:hat|hatte|haben|hatten)\s+(?:[^,;.:]{0,80}?\s)?(?:die|eine)\s+(?:" + P.ROLE_ADJECTIVES + r"\s+)?Leitung"
                          r"(?:\s+(?:des|der)\s+[^,;.:()]{2,80}?)?\s*(?:[.!]|$)")


#: A role taken as the subject's own ("wurde als neue Leiterin des KI vorgestellt", "verantwortet als
#: KI-Leiterin …"): whatever the clause's participle, the person holds it.
_AS_ROLE_RE = re.compile(r"(?<![\wäöüß])[Aa]ls\s+(?:" + P.ROLE_ADJECTIVES + r"\s+)?$")


_AS_LEAD_RE = re.compile(r"(?<![\wäöüß])[Aa]ls\s+(?:" + P.ROLE_ADJECTIVES + r"\s+)?[\wäöüß-]*(?:Leiterin|Leiter|Leitung|Chefin|Chef)(?![\wäöüß])")


#: A copula right before the role's article: the role is the predicate of the clause's subject ("Er ist der
#: neue Leiter des KI und … gekommen"), whatever the participle at its end belongs to.
_COPULA_ARTICLE_RE = re.compile(r"\b(?:ist|bleibt|wird|is)\s+" + TIME_PHRASE + r"(?P<art>der|die|unsere?|the)\s+(?:" + P.ROLE_ADJECTIVES + r"\s+)?$")


def _predicative(before: str, lexeme: str) -> bool:
    """The head noun is the predicate of a copula, its article agreeing in gender (a dative "ist der
    Leiterin begegnet" is an object)."""
    m = _COPULA_ARTICLE_RE.search(before)
    if m is None:
        return False
    feminine = lexeme.endswith(("in", "ung"))
    return m.group("art") in ("the", "unsere" if feminine else "unser", "die" if feminine else "der")


#: A head noun as the clause's subject, then its verb ("Die Leiterin des KI bedankte sich …").
_SUBJECT_DESCRIPTION_RE = re.compile(
    r"^\W*(?:[Dd]ie|[Dd]er|[Uu]nsere?)\s+(?:" + P.ROLE_ADJECTIVES + r"\s+)?(?P<lex>[\wäöüß-]*(?:Leiterin|Leiter|Leitung|Chefin|Chef))"
    # (a singular subject's finite verb; a word in -en there is an attribute: "des dem Amt zugeordneten KI")
    r"(?:\s+(?:des|der)\s+[^,;:()]*?)?\s+(?P<verb>(?:teilen|haben|übernehmen)\b|(?!(?:des|der|den|dem|die|das|von|vom|im|in|für|beim|am|zum|zur|und|of|the)\b)[a-zäöüß]+\b(?<!en))"
)
#: Verbs by which such a subject still names its holder ("Die Leitung hat Frau X", "… ist X").
_HEAD_SUBJECT_VERBS = frozenset({"ist", "sind", "wird", "bleibt", "heißt", "hat", "haben", "liegt", "lag", "obliegt", "übernimmt", "übernahm",
                                 "teilen", "teilt", "hatte", "war", "nimmt", "übernehmen", "steht"})
#: A head noun as the object of a preposition ("mit der Leitung", "an die Leiterin"): it names a
#: person other than the clause's subject, unless the role is what the clause gives ("Mit der
#: Leitung wurde X betraut").
_PREP_OBJECT_RE = re.compile(r"\b(?:[Mm]it|an|bei|für|über|gegenüber|zu|vor|gegen|auf|with|to)\s+(?:der|die|dem|den|ihre[rmn]?|seine[rmn]?|the)\s+(?:" + P.ROLE_ADJECTIVES + r"\s+)?$")
_ENTRUSTED_RE = re.compile(r"\b(?:betraut|beauftragt|übertragen|anvertraut|ernannt|bestellt|berufen|eingesetzt|zuständig|verantwortlich|appointed|entrusted|responsible)\b")
#: The role given to someone by another (an object of "betraut", "ernannt"): the role named before
#: the person is what they were. "zuständig"/"verantwortlich" are said of the subject itself, whose
#: own office title stays ("Fachbereichsleiterin X ist auch für das KI verantwortlich").
_GIVEN_ROLE_RE = re.compile(r"\b(?:betraut|beauftragt|übertragen|anvertraut|ernannt|bestellt|berufen|eingesetzt|appointed|entrusted)\b")
_PRONOUN_RE = re.compile(r"\b(?:" + "|".join(P.CENTRE_PRONOUNS) + r")\b")
_NOUN_LEXEME_RE = re.compile(r"(?:" + P.CENTRE_HEAD_COMPOUND + r"|(?:(?:KI|KIZ|Zentrums)-)?(?:\w+(?:leitung|leiterin|leiter)|Leitung|Leiterin|Leiter|L(?:ei)?tg\.|(?:Federf|F)ührung|Spitze|Doppelspitze|Chefin|Chef|[Hh]ead|[Dd]irector|[Mm]anager|[Ll]eader))$")
#: "unter (der | ihrer | kommissarischen) Leitung": the lead of what the clause speaks of, its holder the
#: genitive or "von" after it or the person a possessive refers back to ("Unter Leitung der Juristin NAME")
_HOLDER_GENITIVE_RE = re.compile(r"\s+(?:der|des)\s+(?:[a-zäöüß\d][\wäöüß-]*e[nr]?\s+)?(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)")
_UNDER_POSSESSIVE_RE = re.compile(r"(?<![\wäöüß])[Uu]nter\s+(?:ihrer|seiner)\s+(?:" + P.ROLE_ADJECTIVES + r"\s+)?$")
_UNDER_LEAD_RE = re.compile(r"(?<![\wäöüß])[Uu]nter\s+(?:(?:der|ihrer|seiner)\s+)?(?:" + P.ROLE_ADJECTIVES + r"\s+)?$")
#: The head noun linked to a name right after it ("Leitung von NAME", "Leiterin des KI, NAME"):
#: whatever the clause's verb does, the noun names that person.
_DIRECT_LINK_RE = re.compile(
    r"(?:\s+(?:des|der)\s+[^,.;:()]{2,120}?)?(?:\s*[,:]\s*|\s+von\s+|\s+durch\s+|\s+liegt\s+bei\s+)(?:" + ADDRESS + r"\s+)?" + TITLE + "*" + UPPER
)
#: The head noun's phrase, then its holder in apposition between commas ("Die Leiterin des KI, NAME, …").
_APPOSITION_LINK_RE = re.compile(r"(?:\s+(?:des|der)\s+[^,.;:()]{2,120}?)?\s*,\s*(?:" + ADDRESS + r"\s+)?" + TITLE + "*" + UPPER + r"[^,.;:()]{2,60},")
_NAME_PAIR = NAME_WORD + r"\s+(?:" + PARTICLE + r"\s+)*" + NAME_WORD
#: Another office holder's role is attached to a name: "Bürgermeister X", "Vorsitzende des
#: Integrationsrates, X", "X (Landrätin)". A role word attached to no name is a body ("Der
#: Verwaltungsvorstand hat X zur Leiterin ernannt") and vetoes nothing; a deputy always does.
_ATTACHED_AFTER_RE = re.compile(
    r"[\s,(]*(?:(?:des|der|von|für)\s+[^,()]{0,40}?[\s,]+)?(?:(?:Stadtrat|Stadträtin|Kreisdirektor\w*)\s+)?(?:" + ADDRESS + r"\s+)?"
    + TITLE + "*" + _NAME_PAIR
)
_ATTACHED_BEFORE_RE = re.compile(_NAME_PAIR + r"(?:\s*[,(]\s*(?:(?:der|die|als)\s+)?(?:[a-zäöü]\w*\s+)?"
                                  # the office as the predicate of the name's copula ("X ist [als] Dezernentin …")
                                  r"|\s+(?:ist|war|bleibt)\s+(?:als\s+)?(?:(?:der|die)\s+)?(?:[a-zäöü]\w*\s+)?)$")
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
    r"(?:^\W*|[“”\"«»],?\s*|,\s*)(?:[a-zäöüß]+\s+|[A-ZÄÖÜ][a-zäöüß]+\s+(?=(?:die|der)\s))?(?:[Dd]ie|[Dd]er)\s+(?:(?P<adj>" + P.ROLE_ADJECTIVES + r")\s+|[a-zäöüß\d][\wäöüß-]*e\s+)?(?P<lex>(?:" + P.CENTRE_HEAD_COMPOUND + r")|Leiterin|Leiter|Chefin|Chef)\b"
)
#: The description of a head just taken up ("die neue Leiterin"): what the clause tells of the person's
#: past ("war zuvor in der Beratung") is no former holding of the role; only a departure is.
_NEW_ROLE_RE = re.compile(r"neue[rn]?|künftige[rn]?|designierte[rn]?")
_ENDS_WITH_NAME_RE = re.compile(r"(?:" + ADDRESS + r"\s+)?(?P<name>" + TITLE + "*" + _NAME_PAIR + r")\W*$")


#: A role description in front of a name ("den bisherigen stellvertretenden Leiter NAME").
_ROLE_APPOSITION_RE = re.compile(
    r"(?<![\wäöüß])(?:(?:" + P.ROLE_ADJECTIVES + r"|[a-zäöüß]+e[nrm]?)\s+)*[A-ZÄÖÜ]?[\wäöüß-]*(?:[Ll]eiter(?:in)?|[Ll]eitung)\s+(?=" + NAME + r")"
)
_ROLE_RIGHT_BEFORE_RE = re.compile(r"(?:" + P.OTHER_ROLE_RE.pattern + r")[\wäöüß-]*\s+(?:" + ADDRESS + r"\s+)?$")


def _antecedent(before: str) -> list[str]:
    """The person a relative clause ("die …", "der …", "who …") is about: the name that ends the
    clause before it, unless that name carries another office ("Bürgermeisterin NAME, die …")."""
    ref = _ENDS_WITH_NAME_RE.search(before)
    if ref is None or _ROLE_RIGHT_BEFORE_RE.search(before[: ref.start()]):
        return []
    if _SUCCESSION_RE.search(before) and _PREDECESSOR_SLOT_RE.search(before[: ref.start()]):
        return []  # "X folgt auf Y, der das KI … geleitet hat": Y is the predecessor
    cleaned = clean_name(ref.group("name"))
    return [cleaned[1]] if cleaned else []




def relative_other_action(clause: str, pos: int) -> bool:
    """The head noun at pos sits in a relative clause ending in a verb that gives no head role
    ("…, der die Leitung unterstützt")."""
    if not _RELATIVE_START_RE.match(clause):
        return False
    relative = clause.split(",", 1)[0]  # the relative clause ends at its comma
    final = _RELATIVE_FINAL_VERB_RE.search(relative) if pos < len(relative) else None
    return bool(final and final.group("verb") not in _HEAD_FINITE_VERBS)

#: The finite verb that ends a relative clause (German word order).
_RELATIVE_FINAL_VERB_RE = re.compile(r"\b(?P<verb>[a-zäöüß]{3,})\s*[.,;:!?)\"“”]*\s*$")
#: Finite verbs by which a relative clause gives its antecedent the head role ("…, die die Leitung
#: seit März innehat / übernommen hat / wahrnimmt").
_HEAD_FINITE_VERBS = frozenset({"hat", "hatte", "innehat", "übernimmt", "übernahm", "wahrnimmt", "ausübt", "ist", "wird", "bleibt", "trägt",
                                "leitet", "führt", "verantwortet", "obliegt", "teilt", "teilen", "haben", "sind", "werden", "steht"})
#: A clause naming the centre by a pronoun ("Es wird von NAME geleitet") after a sentence about it.
_CENTRE_PRONOUN_RE = re.compile(r"(?:^\s*|\b(?:wird|ist)\s+)(?:[Ee]s|[Ii]t)\b")


_RELATIVE_OBJECT_RE = re.compile(r"\s*(?:das|den|dem)\s+(?:" + ADDRESS + r"\s+)?" + TITLE + "*" + UPPER)
#: A relative pronoun of the centre's gender (das Zentrum, das KI) opening a clause.
_CENTRE_RELATIVE_RE = re.compile(r"\s*(?:das|welches)\s+(?![A-ZÄÖÜ])")
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
    if not P.HEAD_LEXEME_RE.search(sentence) or (P.EVENT_LABEL_RE.search(sentence) and not centre.regex.search(sentence)):
        return found  # no head lexeme, or an event's block ("Termin: … Leitung: NAME … Ort: …")
    if referents is not None:  # the page's referents, found only if a clause needs them
        ref_page, index = referents
        get_known, get_recent, get_everyone = (lambda: ref_page.known(index)), (lambda: ref_page.recent(index)), ref_page.everyone
    else:
        get_known, get_recent, get_everyone = (lambda: known or []), (lambda: recent), (lambda: known or [])
    clauses = _CLAUSE_SPLIT_RE.split(sentence)
    starts = [0] + [m.end() for m in _CLAUSE_SPLIT_RE.finditer(sentence)]
    for i, clause in enumerate(clauses):
        # "Nach dem Wechsel von Herrn X …": X leaves; what the rest of the clause says still counts
        clause = P.DEPARTURE_SLOT_RE.sub(" ¤ ", clause) if _DEPARTURE_HINT_RE.search(clause) else clause
        if _GIVEN_ROLE_RE.search(clause):
            # "betraut den bisherigen stellvertretenden Leiter NAME mit der Leitung": the role before the
            # name is what the person was; what the clause gives them is the Leitung
            clause = _ROLE_APPOSITION_RE.sub(" ¤ ", clause)
        lex = P.HEAD_LEXEME_RE.search(clause)
        if not lex:
            continue
        about_centre = bool(previous and _CENTRE_PRONOUN_RE.search(clause) and (centre.regex.search(previous) or _PRONOUN_RE.search(previous)))
        if _DESCRIPTION_START_RE.match(clause) and i and centre.regex.search(clauses[i - 1]) \
                and not possessor_is_other(clause[: lex.start()], clauses[i - 1], centre):
            about_centre = True  # "…, dessen Leiterin NAME …": the centre is the last phrase before it (not "… mit der VHS, deren …")
        if i and _RELATIVE_OBJECT_RE.match(clause) and re.search(centre.pattern + r"[\s\w-]{0,30}$", clauses[i - 1]):
            about_centre = True  # "Das KI, das Anna Berg seit 2020 leitet": the relative pronoun is the centre
            clause = re.sub(r"^\s*(?:das|den|dem)\b", lambda r: " " * len(r.group(0)), clause)  # no article of the name
        elif i and _CENTRE_RELATIVE_RE.match(clause) and re.search(centre.pattern + r"[\s\w-]{0,30}$", clauses[i - 1]):
            about_centre = True  # "Das KI der Stadt X, das seit 2024 von NAME geleitet wird": the pronoun is the centre
        desc = _DESCRIPTION_RE.search(clause)
        history = P.DEPARTURE_CLAUSE_RE if desc and desc.group("adj") and _NEW_ROLE_RE.fullmatch(desc.group("adj")) else P.FORMER_CLAUSE_RE
        if desc and not _clause_names(centre.regex.sub(" § ", clause)) and not P.OTHER_ROLE_RE.search(clause) \
                and not history.search(clause) and (_object_kind(clause, desc.end("lex"), centre)[0] == "centre"
                                                     or P.CENTRE_HEAD_COMPOUND_RE.match(desc.group("lex"))):
            # the description refers to the name just before it, or to the one person of the last sentences
            ref = _ENDS_WITH_NAME_RE.search(clauses[i - 1]) if i else None
            cleaned = clean_name(ref.group("name")) if ref else None
            if cleaned and not _other_role_attached(clauses[i - 1]):
                found.append((cleaned[1], bool(P.ACTING_RE.search(clause))))
                continue
            if not i and (last := get_recent()):
                found.append((last, bool(P.ACTING_RE.search(clause))))
                continue
        # the first head lexeme, or a later role the subject holds "als …", that states a head ("verantwortet
        # als KI-Leiterin die Bildungsarbeit": the verb leads something else, the role after it is the centre's)
        lex = next((x for k, x in enumerate(islice(P.HEAD_LEXEME_RE.finditer(clause), 3))
                    if (k == 0 or _AS_ROLE_RE.search(clause, max(0, x.start() - 30), x.start())) and _clause_ok(clause, x, centre, about_centre)), None)
        if lex is None:
            continue
        if possessor_is_other(clause[: lex.start()], "" if i else previous, centre) and not about_centre \
                and not (_UNDER_POSSESSIVE_RE.search(clause[: lex.start()]) and get_recent()):
            continue  # (not "Unter ihrer Leitung …" after a sentence about one person: the lead is hers)
        if attached_lead_is_other(sentence[: starts[i]] + clause[: lex.start()], centre) \
                or participle_lead_is_other(clause, lex.end(), clauses[i - 1] if i else "", centre):
            continue  # "Amt für Schule – Leitung: NAME", "…, geleitet von NAME,": the lead of the phrase before
        names = _clause_names(centre.regex.sub(" § ", clause))  # the centre's own name is no person
        if not names and i and _RELATIVE_START_RE.match(clause):
            names = _antecedent(clauses[i - 1])  # "…, kam Aylin Doğan, die seit Oktober das KI leitet"
        if not names and i and not P.OTHER_ROLE_RE.search(clauses[i - 1]) and not P.FORMER_CLAUSE_RE.search(clauses[i - 1]):
            names = _clause_names(clauses[i - 1])
        if not names:
            names = _refers_back(clause, "" if i == 0 else clauses[i - 1], get_known(), get_recent(), get_everyone)
        if len(names) == 2 and P.SHARED_HEAD_RE.search(clause) and P.SHARED_JOIN_RE.search(clause):
            found += [(n, bool(P.ACTING_RE.search(clause))) for n in names]  # a shared lead names both
            continue
        if len(names) != 1 or apposed_lead_is_other(sentence, names[0], centre):
            continue
        found.append((names[0], bool(P.ACTING_RE.search(clause))))
    return found
