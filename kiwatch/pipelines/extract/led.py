"""What a head noun or a verb of leading is about: the object of "leitet"/"führt" (or the subject of
"wird … geleitet") and the antecedent of a possessive ("dessen Leiterin"). A person leads the centre
only where that is the centre or what stands for it; also the time phrases the head forms share.
"""

from __future__ import annotations

import re

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.names import NAME, NAME_RE, clean_name
from kiwatch.pipelines.extract.roles import CentreNames, _object_kind

_MONTHS_ALT = "(?i:" + "|".join(sorted(P.MONTHS, key=len, reverse=True)) + ")"
_TIME_NOUN_ALT = "|".join(P.TIME_NOUNS)
TIME_PHRASE = (
    r"(?:(?:seit|ab|zum|zur|im|am|bis|Anfang|Mitte|Ende|bereits|schon|nun|jetzt|inzwischen|künftig|kommissarisch|vorübergehend)\s+"
    r"(?:(?:dem|der|den|diesem|diesen|letztem|vergangenem|vergangenen|kommenden|neuen)\s+)?"
    r"(?:\d{1,2}\.\s*(?:" + _MONTHS_ALT + r"|\d{1,2}\.(?:\d{2,4})?)|(?:" + _MONTHS_ALT + r")|(?:" + _TIME_NOUN_ALT + r")|\d{4})?"
    r"(?:\s+\d{4}|\s+(?:des|dieses)\s+(?:Jahres|Monats|Schuljahres))?\s*"  # "seit Anfang des Jahres"
    # adverbs of time and of an interim ("ist bis auf Weiteres Frau X", "ist derzeit X")
    r"|(?:bis\s+auf\s+[Ww]eiteres|derzeit|zurzeit|aktuell|momentan|vorübergehend|interimistisch|übergangsweise|vertretungsweise|kommissarisch)\s+)*"
)


#: A state kept on ("bleibt … Leiter"): an end with "bis" after it is still to come, no past term.
_STAYS_RE = re.compile(r"\b(?:bleibt|bleiben)\b")


def former_clause(clause: str) -> bool:
    """A past term or a departure in the clause (rules.FORMER_CLAUSE_RE), but for an end still to come
    of a lead kept on ("X bleibt bis zum Jahresende Leiter des KI" leads it now)."""
    stays = None
    for m in P.FORMER_CLAUSE_RE.finditer(clause):
        if not m.group(0).startswith("bis"):
            return True
        if stays is None:
            stays = bool(_STAYS_RE.search(clause))
        if not stays:
            return True
    return False


#: A noun phrase with an article: what a verb of leading has as object or (passive) subject (also
#: after a relative possessive: "die Caritas, deren Fachdienst NAME leitet" leads the Caritas' part).
_NP_RE = re.compile(
    r"(?<![\wäöüß])(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]eren|[Dd]essen|[Ee]in|[Ee]ine|[Ee]inen|[Ss]eine[nm]?|[Ii]hre[nm]?|[Uu]nser\w*)\s+"
    # only inflected adjectives between article and noun: "die seit März …" is a relative pronoun, no phrase
    r"(?:[a-zäöüß][\wäöüß-]*e[nrms]?\s+)*(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)"
)
_PREPOSITION_BEFORE_RE = re.compile(
    r"(?<![\wäöüß])(?:seit|ab|bis|in|an|auf|aus|bei|mit|nach|von|vor|zu|für|über|unter|um|durch|gegen|ohne|während|wegen|trotz)\s+$", re.IGNORECASE)


def _preposition_before(text: str, pos: int) -> bool:
    """A preposition ends the text before pos: read in the few characters before it (a search from the
    text's start would cost its length for every phrase, quadratic on glued text)."""
    return bool(_PREPOSITION_BEFORE_RE.search(text, max(0, pos - 24), pos))


#: A part of a unit named by its topic ("Team Seiteneinstieg", "Arbeitsbereich „Schule“").
_SUB_TOPIC_RE = re.compile(r"(?:" + "|".join(P.SUB_UNIT_WORDS) + r")\s+[„“\"]?[A-ZÄÖÜ]")
#: A noun phrase a possessive can refer back to: also after a preposition merged with its article
#: ("Das KI ist beim Schulamt angesiedelt. Dessen Leiter …" is the Schulamt's).
_ANTECEDENT_NP_RE = re.compile(
    r"(?<![\wäöüß])(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Ee]in|[Ee]ine|[Ee]inen|[Ss]eine[nm]?|[Ii]hre[nm]?|[Uu]nser\w*|beim|im|vom|zum|zur|am)\s+"
    r"(?:[a-zäöüß][\wäöüß-]*e[nrms]?\s+)*(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)"
)
_LEAD_VERB_RE = re.compile(r"(?<![\wäöüß])(?P<active>[Ll]eit(?:et|ete|en)|leite(?=\s)|[Ff]ührte?(?![\wäöüß])" + P.NOT_LEADING_FUEHREN + r"|[Vv]erantwortet|[Ll]enk(?:t|te|en))(?![\wäöüß])"
                           r"|(?P<passive>[Gg]eleitet|[Gg]eführt|[Gg]elenkt)(?![\wäöüß])|(?P<attr>[Gg]eleitete[nmrs]?|[Gg]eführte[nmrs]?)(?![\wäöüß])")
#: The noun an attributive participle qualifies ("das von NAME geleitete [neue] Sprachcafé"): what is led.
_ATTRIBUTED_NOUN_RE = re.compile(r"\s+(?:[a-zäöüß][\wäöüß-]*e[nrms]?\s+)*(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)")
_LEAD_SKIP_RE = re.compile(r"\s*(?:" + TIME_PHRASE + r")?(?:" + NAME + r"\s*)?(?:" + TIME_PHRASE + r")?")


#: A place phrase between a verb of leading and its object ("leitet im KI den Bereich Bildung").
_PLACE_PHRASE_RE = re.compile(r"\s*(?:im|beim|am|vom|in\s+(?:der|dem|unserem|unserer))\s+(?:[A-ZÄÖÜ][\wäöüß-]*\s+){1,2}?(?=(?:den|das|die|eine|einen|ihren?|seinen?)\s)")
#: The accusative articles an object of "leitet" opens with.
_ACCUSATIVE_RE = re.compile(r"(?:den|das|die|eine|einen|ihren?|seinen?)\s", re.IGNORECASE)


#: Adverbs between a verb of leading and its object (any lower-case words that are no article,
#: preposition or conjunction).
_ADVERBS_RE = re.compile(
    r"\s*(?:(?!(?:der|die|das|den|dem|des|eine?[nmrs]?|seine?[nmrs]?|ihre?[nmrs]?|unser\w*|und|oder|sowie|als|von|vom|mit|im|in|beim|zum|zur|am|an|bei|für|seit|ab|bis)\b)"
    r"[a-zäöüß]+\s+){1,3}")


def person_noun(noun: str) -> bool:
    """A noun that describes a person ("Kölnerin", "Diplom-Pädagogin", "42-Jährige"): a person's ending
    (rules.PERSON_NOUN_ENDINGS), no office of its own, no head noun and no thing's ending."""
    return (noun.endswith(P.PERSON_NOUN_ENDINGS) and noun not in P.NOT_PERSON_NOUNS and not P.OTHER_ROLE_RE.search(noun)
            and not P.HEAD_LEXEME_RE.match(noun) and not P.ROLE_WORD_RE.fullmatch(noun) and not noun.lower().endswith(P.NON_NAME_SUFFIXES))


def _led_np_ok(clause: str, np: re.Match[str] | None, centre: CentreNames, relative: bool = True) -> bool:
    """The noun phrase is the centre (or what stands for it), or there is none; a noun followed by
    a name is that person's apposition ("die Pädagogin Anna X"), not what is led. An article and a
    name ("das Anna Berg … leitet") is a relative pronoun only where the phrase can be one (`relative`):
    the object right after the verb is no pronoun ("leitet das Projekt Rucksack": a thing led)."""
    if np is None:
        return True
    noun = np.group("noun")
    topic = _SUB_TOPIC_RE.match(clause, np.start("noun"))
    if topic and not centre.regex.match(clause, topic.end() - 1) and not NAME_RE.match(clause, topic.end() - 1):
        return False  # "das Team Seiteneinstieg", "den Bereich Elternarbeit": a part of the centre
    if noun in P.CENTRE_LED_NOUNS or noun in centre.own_kinds or centre.regex.match(clause, np.start("noun")) or noun in ("Kommunale", "Kommunalen", "Kommunales"):
        return True
    if np.group(0)[:2].lower() == "de" and np.group(0)[:4].lower() in ("dere", "dess"):
        return False  # "deren Fachdienst Herr X leitet": a possessive's phrase is a thing, never a person's apposition
    named = NAME_RE.match(clause, np.start("noun")) if relative else None  # "das Anna Berg … leitet": a relative pronoun and a name
    return bool(NAME_RE.match(clause, np.end("noun") + 1)) or bool(named and clean_name(named.group("name")))


def led_is_other(clause: str, centre: CentreNames) -> bool:
    """A verb of leading in the clause whose object (active) or subject (passive) is something else
    than the centre: "X leitet die Elterngruppe des KI", "Der Workshop wird von X geleitet",
    "Das Sprachcafé im KI leitet X". Only the first noun phrase counts (a genitive after it is
    its attribute: "leitet das KI der Stadt")."""
    verb = _LEAD_VERB_RE.search(clause)
    if verb is None:
        return False
    if verb.group("attr"):
        return not _led_np_ok(clause, _ATTRIBUTED_NOUN_RE.match(clause, verb.end()), centre)
    head = clause[: verb.start()]
    first = _NP_RE.match(head, len(head) - len(head.lstrip(" \t\"„“”'«»(")))  # the clause's first phrase
    if first is not None and person_noun(first.group("noun")):
        first = None  # "Die Diplom-Pädagogin … leitet das Zentrum": a person is the subject, not what is led
    if first is not None and not _led_np_ok(clause, first, centre):
        return True
    if verb.group("active"):
        skip = _LEAD_SKIP_RE.match(clause, verb.end())
        after = _NP_RE.match(clause, skip.end() if skip else verb.end())
        adverbs = _ADVERBS_RE.match(clause, skip.end() if skip else verb.end()) if after is None else None
        if adverbs:  # "leitet dort die Sprachförderung", "leitet außerdem den Arbeitskreis": adverbs before the object
            after = _NP_RE.match(clause, adverbs.end())
        if after is None and (place := _PLACE_PHRASE_RE.match(clause, skip.end() if skip else verb.end()) or _PLACE_PHRASE_RE.match(clause, verb.end())):
            after = _NP_RE.match(clause, place.end())  # "leitet im KI den Bereich Bildung": a place, then the object
            if after is not None and not _ACCUSATIVE_RE.match(after.group(0)):
                after = None  # "leitet im Auftrag der Stadt …": a genitive of the place phrase, no object
        if after is not None and person_noun(after.group("noun")) and not NAME_RE.match(clause, after.end("noun") + 1):
            # "Heute leitet der Politologe das KI": a person after the verb is its subject (inverted order)
            after = _NP_RE.match(clause, after.end())
            if after is None:
                return False
        if after is not None:
            return not _led_np_ok(clause, after, centre, relative=False)
        if after is None and re.match(r"\s*(?:[.,;:!?)\"“”]|$)", clause[skip.end() if skip else verb.end():]):
            # the verb ends its clause ("…, die im KI das Team Seiteneinstieg leitet"): its object is
            # the last phrase before it
            last = None
            for np in _NP_RE.finditer(head):
                # "seit dem Frühjahr" is no object, nor a relative pronoun before a name ("das Anna Berg … leitet")
                named = NAME_RE.match(head, np.start("noun"))
                if not _preposition_before(head, np.start()) and not (named and clean_name(named.group("name"))):
                    last = np
            return last is not None and last.start() != (first.start() if first else -1) and not _led_np_ok(clause, last, centre)
        return not _led_np_ok(clause, after, centre)
    return False


#: "unter (der) Leitung / Federführung von NAME" with its holder: the phrase up to the clause's next
#: lower-case word ("… von Frau X tagte der Integrationsrat", "… von Frau X vom Schulamt") or its end.
_UNDER_LEAD_PHRASE_RE = re.compile(
    r"(?<![\wäöüß])[Uu]nter\s+(?:(?:der|ihrer|seiner)\s+)?(?:" + P.ROLE_ADJECTIVES + r"\s+)?(?:Leitung|Federführung|Führung)"
    r"(?:\s+(?:von|der|des)(?P<holder>(?:\s+(?![a-zäöüß])[^\s,;:()]+)*))?"
)


def under_lead_is_other(clause: str, centre: CentreNames) -> bool:
    """What stands "unter (der) Leitung von NAME" is the clause's subject (or the phrase the lead is
    attached to): when that is something else than the centre ("Der Fachtag stand unter der Leitung
    von X", "Unter Leitung von X tagte der Integrationsrat im KI"), X leads that."""
    # (the phrase whose holder is a person: "unter Federführung des KI" names what leads, not who)
    lead = next((m for m in _UNDER_LEAD_PHRASE_RE.finditer(clause) if any(clean_name(n.group("name")) for n in NAME_RE.finditer(m.group("holder") or ""))), None)
    if lead is None:
        return False
    rest = clause[: lead.start()] + " " + clause[lead.end():]
    for np in _NP_RE.finditer(rest):
        if _preposition_before(rest, np.start()) or person_noun(np.group("noun")) or NAME_RE.match(rest, np.start("noun")):
            continue  # an adverbial ("seit dem Frühjahr"), or the holder described ("die Pädagogin X")
        # (a subject that is not the centre while the clause names the centre apart, or an organisation: "Der
        # Fachtag im KI", "tagte der Beirat im KI"; "Die Gruppe unter Leitung von X" alone may be the centre's team)
        return not _led_np_ok(rest, np, centre) and bool(centre.regex.search(rest) or P.ORGANISATION_WORD_RE.search(np.group("noun")))
    return False


#: A possessive right before a head noun ("dessen Leiterin", "seine Leiterin"): whose head it is
#: depends on what the possessive refers back to.
_POSSESSIVE_RE = re.compile(r"(?<![\wäöüß])(?:[Dd]essen|[Dd]eren|[Ss]eine[mnrs]?|[Ii]hre[mnrs]?|[Ii]ts|[Tt]heir)\s+(?:" + P.ROLE_ADJECTIVES + r"\s+)?$")


def possessor_is_other(before: str, previous: str, centre: CentreNames) -> bool:
    """A head noun after a possessive whose antecedent — the last noun phrase before it, in its
    sentence or the one before — is not the centre: "… besuchte das Familienzentrum. Dessen
    Leiterin NAME …" is the Familienzentrum's head."""
    poss = _POSSESSIVE_RE.search(before)
    if poss is None:
        return False
    text = before[: poss.start()]
    return last_phrase_is_other(text if text.strip() else previous, centre)


def last_phrase_is_other(text: str, centre: CentreNames) -> bool:
    """The last noun phrase of the text is something else than the centre: what a possessive or a
    participle right after it ("…, geleitet von NAME,") is about."""
    last_np = None
    for np in _ANTECEDENT_NP_RE.finditer(text):
        last_np = np
    last_centre = None
    for cm in centre.regex.finditer(text):
        last_centre = cm
    if last_centre is not None and (last_np is None or last_centre.start() >= last_np.start("noun")
                                    or last_centre.start() > last_np.start()):
        return False
    # the last phrase is the centre's team or what stands for the centre ("Das KI-Team mit seiner Leiterin")
    return last_np is None or not (last_np.group("noun") in P.CENTRE_LED_NOUNS or re.match(r"(?:KI|KIZ)-Team", last_np.group("noun")))


#: A lead phrase attached to the noun phrase right before it: "… zum Fachbereich Bildung unter (der)
#: Leitung von NAME", "… des Fachbereichs 3 (Leitung: NAME)", a line "Amt für Schule – Leitung: NAME".
_ATTACHING_RE = re.compile(
    r"(?:\s(?:unter|mit)\s+(?:der\s+)?(?:" + P.ROLE_ADJECTIVES + r"\s+)?|\s*\(\s*(?:" + P.ROLE_ADJECTIVES + r"\s+)?|\s[–—-]\s+)$"
)
#: Where that noun phrase starts: after its article or a preposition merged with one, or at the line's start.
_NP_START_RE = re.compile(r"(?<![\wäöüß])(?:der|des|dem|den|die|das|zum|zur|im|vom|beim|am|ins)\s+")
#: A body of its own as that noun phrase: a unit kind (also in a compound and inflected: "Fachbereichs",
#: "Schulamt") or another organisation's word.
_BODY_WORD_RE = re.compile(
    r"(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Ss]tabsstelle|[Ff]achbereich|[Ff]achdienst|[Dd]ezernat|[Ss]achgebiet|[Aa]bteilung|[Dd]ienststelle|[Rr]eferat"
    r"|[Aa]mt|[Gg]eschäftsbereich|Ressort|[Ss]chule|[Vv]erein|[Vv]erband|[Bb]üro|[Dd]ienst|[Bb]ehörde|[Bb]ibliothek|[Ii]nstitut|[Jj]obcenter)(?:e?s)?(?![\wäöüß])"
)


def attached_lead_is_other(before: str, centre: CentreNames) -> bool:
    """The lead phrase that follows `before` qualifies the noun phrase right before it, and that
    is another body than the centre (a unit kind the page gives the centre itself is the centre)."""
    marker = _ATTACHING_RE.search(before)
    if marker is None:
        return False
    head = before[: marker.start()]
    # the phrase after its last article ("… gehört zum Fachbereich Bildung"), or a segment of a line that
    # opens with a body ("Amt 40 – Schulamt für den Kreis X (Ltg.: NAME)")
    segment = re.split(r"[,;:()]", head)[-1].strip()
    starts = [m.end() for m in _NP_START_RE.finditer(head)]
    np = head[starts[-1]:] if starts else head
    for phrase, opening in ((np, False), (segment, True)):
        if not phrase.strip() or re.search(r"[,;:()]" if opening else r"[,;:()–—]", phrase) or len(phrase) > 70:
            continue
        if centre.regex.search(phrase) or any(k in phrase for k in centre.own_kinds) or re.match(r"(?:KI|KIZ)-", phrase):
            return False
        body = _BODY_WORD_RE.search(phrase) or P.ORGANISATION_WORD_RE.search(phrase)
        if body and (not opening or body.start() <= len(phrase.split()[0])):
            return True
    return False


#: After a holder's name: the body the person is "from" ("Leiterin NAME vom Caritasverband"), or a verb of
#: taking up or leading with its object ("Neue Leiterin: NAME übernimmt das Jugendamt").
_HOLDER_FROM_RE = re.compile(r"\s*(?:vom|beim|von\s+der|von\s+dem|bei\s+der|bei\s+dem|aus\s+dem|aus\s+der)\s+(?P<body>(?:[a-zäöüß]+e[nrms]?\s+)*[A-ZÄÖÜ][\wäöüß-]*(?:\s+[A-ZÄÖÜ][\wäöüß-]*){0,3})")
_GENITIVE_NP_RE = re.compile(r"\s+(?:des|der)\s+(?:[a-zäöüß][\wäöüß-]*e[nrms]?\s+)*(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)")
_HOLDER_TAKES_RE = re.compile(r"\s*(?:übernimmt|übernahm|leitet|führt|verantwortet)\s+" + TIME_PHRASE)


def holder_tail_is_other(clause: str, centre: CentreNames) -> bool:
    """What follows a bare role's holder ties the person to another body: "vom/von der" a body, or the
    object of "übernimmt"/"leitet" right after the name being something else than the centre (its
    "Leitung" is that of the genitive after it)."""
    if _HOLDER_FROM_RE.match(clause):
        return holder_from_other(clause, centre)
    take = _HOLDER_TAKES_RE.match(clause)
    np = _NP_RE.match(clause, take.end()) if take else None
    if np is None:
        return False
    if np.group("noun") == "Leitung":
        np = _GENITIVE_NP_RE.match(clause, np.end())
        if np is None:
            return False
    return not _led_np_ok(clause, np, centre, relative=False)


def holder_from_other(tail: str, centre: CentreNames) -> bool:
    """The text after a person's name says they are "vom/von der" another body ("NAME von der VHS")."""
    src = _HOLDER_FROM_RE.match(tail)
    body = src.group("body") if src else ""
    return bool(body) and not centre.regex.search(body) and bool(_BODY_WORD_RE.search(body) or P.ORGANISATION_WORD_RE.search(body))


_PARTICIPLE_LEAD_RE = re.compile(r"(?:^|,)\s*(?:geleitet|geführt)\s+(?:von|vom)\s")


def participle_lead_is_other(clause: str, lexeme_end: int, previous: str, centre: CentreNames) -> bool:
    """"…, geleitet von NAME, …" qualifies the noun phrase right before it (in the clause, or ending the
    clause before): "Das KI und das Familienzentrum X, geleitet von NAME, …" is the Familienzentrum's lead."""
    part = _PARTICIPLE_LEAD_RE.search(clause, 0, lexeme_end + 8)
    if part is None:
        return False
    before = clause[: part.start()]
    return last_phrase_is_other(before if before.strip() else previous, centre)


#: A name's own apposition naming a lead ("NAME, Leiterin des Schulamts, …", "NAME (Leiter der VHS)").
_APPOSED_LEAD_RE = re.compile(r"\s*[,(]\s*(?:(?:der|die)\s+)?(?:" + P.ROLE_ADJECTIVES + r"\s+)?(?P<lex>Leiterin|Leiter|Leitung|Chefin|Chef)(?![\wäöüß-])")


def apposed_lead_is_other(sentence: str, name: str, centre: CentreNames) -> bool:
    """The person leads another body by their apposition: whatever lead the clause speaks of ("Unter
    Federführung von NAME, Leiterin des Schulamts, …"), they are not the centre's head."""
    at = sentence.find(name)
    m = _APPOSED_LEAD_RE.match(sentence, at + len(name)) if at >= 0 else None
    # (or the person is "vom/von der" another body: "Leiter NAME von der VHS und das KI …")
    return (m is not None and _object_kind(sentence, m.end("lex"), centre)[0] == "other") or (at >= 0 and holder_from_other(sentence[at + len(name):], centre))

