"""Coordinated clauses read one by one: the subject or the verb they share written out again.

German coordination leaves out what two conjuncts share: "X leitet die Musikschule und ist Leiterin
des KI" (the subject), "X leitet das Amt, Frau Y das KI" (the verb: gapping), "X, Sachgebietsleiter
Integration und Leiter des KI, …" (the person of two roles). Read whole, such a sentence names another
body beside the centre and a second role before the centre's one, and the head readings refuse it.
Each conjunct with the shared part restored is a sentence of its own that they can read.
"""

from __future__ import annotations

import re

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.names import ADDRESS, NAME, NAME_RE, TITLE, clean_name

#: Finite verbs a person's clause may open with after "und" ("… und ist seit Mai Leiterin des KI").
_FINITE = r"(?:" + "|".join(P.COORDINATED_FINITE_VERBS) + r")"
#: Verbs a gapped conjunct leaves out ("X leitet das Amt, Frau Y das KI").
_GAPPED = r"(?:" + "|".join(P.GAPPED_LEAD_VERBS) + r")"

#: A subject at the sentence start (a time phrase may come first: "Seit 2019 …" is no subject: only
#: a name, with its address, opens) and its finite verb.
_SUBJECT_RE = re.compile(r"^\W{0,3}(?P<subj>(?:" + ADDRESS + r"\s+)?" + TITLE + r"*[^\s,;:]+(?:\s+[^\s,;:]+){1,4}?)\s+(?P<v1>" + _FINITE + r")\s")
#: The second conjunct: "und"/"sowie" and a finite verb right after it.
_SECOND_VERB_RE = re.compile(r",?\s+(?:und|sowie)\s+(?=" + _FINITE + r"\s)")
#: A gapped second conjunct: the first clause's verb and object, then a second subject with its
#: object only ("…, Frau Y das KI").
_GAPPING_RE = re.compile(r"^\W{0,3}(?P<subj>(?:" + ADDRESS + r"\s+)?" + TITLE + r"*[^\s,;:]+(?:\s+[^\s,;:]+){1,4}?)\s+(?P<verb>" + _GAPPED + r")\s+"
                         r"(?P<obj1>[^,;]{3,120}?)\s*(?:,|;|\s+und)\s+(?:und\s+|während\s+)?(?P<subj2>" + NAME + r")\s+"
                         r"(?P<obj2>(?:das|den|die|dem|unser\w*)\s[^,;.!?]{2,120}?)\s*(?=[.!?]?\s*$)")
#: Objects coordinated under one verb ("X leitet den Fachbereich Jugend sowie das KI"): a second object
#: opens with its article right after "und"/"sowie".
_SECOND_OBJECT_RE = re.compile(r",?\s+(?:und|sowie)\s+(?=(?:das|den|die|dem|unser\w*)\s)")
#: Main clauses joined by a comma, the second with a subject of its own ("X leitete das KI bis 2022,
#: Frau Y leitet es seit 2023").
_SECOND_CLAUSE_RE = re.compile(r"[,;]\s+(?=(?:" + ADDRESS + r"\s+)?" + TITLE + r"*[^\s,;:]+(?:\s+[^\s,;:]+){1,4}?\s+" + _FINITE + r"\s)")
#: Two roles in a name's apposition ("X, Sachgebietsleiter Integration und Leiter des KI, …",
#: "X – Leiterin der VHS und des KI –"): each role read with the name alone.
#: Conjuncts read of one sentence at most: each is about as long as the sentence and is read whole
#: again, so a run-on sentence of many appositions ("X, A und B, Y, C und D, …") would be read once per
#: pair; a sentence of ordinary prose has a few.
_MAX_CONJUNCTS = 8
_APPOSITION_PAIR_RE = re.compile(NAME + r"\s*(?P<sep>,|\s[–—])\s+(?P<r1>[^,;()–—]{3,80}?)\s+(?:und|sowie)\s+(?P<r2>[^,;()–—]{3,120}?)\s*(?P<end>,|\s[–—]\s)")


def _one_person(subject: str) -> bool:
    m = NAME_RE.fullmatch(subject)
    return m is not None and clean_name(m.group("name")) is not None


def conjuncts(sentence: str) -> list[str]:
    """The conjuncts of a sentence whose coordination leaves out a shared subject, verb or person,
    each written out as a sentence; [] where it has none."""
    if " und " not in sentence and " sowie " not in sentence and "," not in sentence:
        return []
    out: list[str] = []
    subject = _SUBJECT_RE.match(sentence)
    if subject and _one_person(subject.group("subj")):
        second = _SECOND_VERB_RE.search(sentence, subject.end())
        # (an office the first conjunct gives the person makes the second their office's: "X ist Kämmerer
        # und verantwortet auch das KI" oversees the centre, it does not lead it)
        if second and not P.OTHER_ROLE_RE.search(sentence, 0, second.start()):
            out += [sentence[: second.start()] + ".", subject.group("subj") + " " + sentence[second.end():]]
    if subject and _one_person(subject.group("subj")) and subject.group("v1") in P.GAPPED_LEAD_VERBS:
        second_object = _SECOND_OBJECT_RE.search(sentence, subject.end())
        if second_object and not _SECOND_VERB_RE.search(sentence, subject.end(), second_object.start()):
            out += [sentence[: second_object.start()] + ".", f"{subject.group('subj')} {subject.group('v1')} {sentence[second_object.end():]}"]
    for joint in _SECOND_CLAUSE_RE.finditer(sentence):
        second_subject = _SUBJECT_RE.match(sentence[joint.end():])
        if second_subject and _one_person(second_subject.group("subj")):
            out += [sentence[: joint.start()] + ".", sentence[joint.end():]]
            break
    gapped = _GAPPING_RE.match(sentence)
    if gapped and _one_person(gapped.group("subj")) and clean_name(gapped.group("name")):
        out += [f"{gapped.group('subj')} {gapped.group('verb')} {gapped.group('obj1')}.",
                f"{gapped.group('subj2')} {gapped.group('verb')} {gapped.group('obj2')}."]
    for pair in _APPOSITION_PAIR_RE.finditer(sentence):
        if len(out) >= _MAX_CONJUNCTS:
            break
        if not (P.ROLE_WORD_RE.search(pair.group("r1")) or P.HEAD_LEXEME_RE.search(pair.group("r1"))) or not clean_name(pair.group("name")):
            continue  # a name and a list of things, no roles
        # (between commas, however the page set it off: a dash pair opening with a capital is read as a list otherwise)
        head, tail = sentence[: pair.start("sep")], sentence[pair.end():]
        out += [f"{head}, {pair.group('r1')}, {tail}", f"{head}, {pair.group('r2')}, {tail}"]
    return out
