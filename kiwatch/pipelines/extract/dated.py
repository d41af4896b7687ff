"""Dates in German text and the dated organisational facts (reorganisations, moves)."""

from __future__ import annotations

import itertools
import re
from datetime import date

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.grammar import CentreNames
from kiwatch.pipelines.extract.unitclauses import linked
from kiwatch.pipelines.extract.unitwords import OFFICE, UNIT_WORD, named_unit
from kiwatch.records import DatedFact, ParentUnit


def find_dates(text: str) -> list[tuple[str, tuple[int, int]]]:
    """ISO dates in German text with their spans, most specific form first."""
    found: list[tuple[str, tuple[int, int]]] = []
    for kind, regex in P.DATE_PATTERNS:
        for m in regex.finditer(text):
            if any(s < m.end() and m.start() < e for _, (s, e) in found):
                continue
            try:
                if kind == "dmy":
                    iso = date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
                elif kind == "d_month_y":
                    iso = date(int(m.group(3)), P.MONTHS[m.group(2).lower()], int(m.group(1))).isoformat()
                elif kind == "iso":
                    iso = date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
                else:
                    iso = f"{int(m.group(2)):04d}-{P.MONTHS[m.group(1).lower()]:02d}"
            except (ValueError, KeyError):
                continue
            found.append((iso, m.span()))
    found.sort(key=lambda item: item[1][0])
    return found


_YEAR_RE = re.compile(r"(?:19|20)\d\d")


#: A person changing jobs: "Am 1. März wechselt Frau Berg vom KI ins Schulamt" moves no unit.
_PERSON_MOVES_RE = re.compile(r"\b(?:wechselt|wechseln|wechselte)\s+(?:\w+\s+)?(?:Frau|Herr|Dr\.|Prof\.)\s")
_SOURCE_RE = re.compile(r"\b(?:vom|von|aus\s+dem|aus\s+der)\s+$")


#: Any character of the sentence; a dot only inside it (a date's or an ordinal's: "zum 1. Januar").
_ANY = r"(?:[^.;]|\.(?!\s*$))"
#: A unit as the goal of a change: "in den Fachbereich 2", "ins neue Amt", "dem Büro der Landrätin".
_GOAL = r"(?:in\s+(?:den|das|die)|ins|zum|zur|dem|der)\s+(?:neue[nmrs]?\s+|neu\s+[a-zäöüß]+(?:t|en)e[nmrs]?\s+)?(?:" + UNIT_WORD + r")"
#: The centre put into a unit in the passive, by any participle ("wurde am … in das Amt 40 verlegt",
#: "wird zum … dem Dezernat III angegliedert"), or moving there by a verb of motion.
_PASSIVE_GOAL_RE = re.compile(
    r"\b(?:wird|werden|wurde|wurden|worden)\b" + _ANY + r"{0,120}?\b" + _GOAL + r"[^.;]{0,80}?\b(?!(?:"
    + "|".join(P.STATAL_NOT_ASSIGNMENT) + r")\b)" + P.STATAL_PARTICIPLE + r"\b"
    r"|\b" + P.CENTRE_MOTION_VERBS + r"\b" + _ANY + r"{0,80}?\b(?:in\s+(?:den|das|die)|ins|zum|zur)\s+(?:neue[nmrs]?\s+)?(?:" + UNIT_WORD + r")"
)


def _centre_moves(sentence: str) -> bool:
    """The centre is what moves: named (not as the place someone leaves), and no person moves."""
    if _PERSON_MOVES_RE.search(sentence):
        return False
    return any(not _SOURCE_RE.search(sentence[max(0, m.start() - 12): m.start()]) for m in P.CENTRE_SUBJECT_RE.finditer(sentence))


def is_reorganisation(sentence: str) -> bool:
    """A dated sentence that records or announces a restructuring: a strong lexeme
    ("Neuordnung", "zusammengelegt"), or the centre or a unit named together with a change verb
    in any form, a decision, or an assignment with an effective date."""
    if _since_state(sentence):
        return False
    if P.REORGANISATION_RE.search(sentence) or P.REORGANISATION_EXTRA_RE.search(sentence):
        return True
    if (P.CENTRE_MOVE_RE.search(sentence) or _PASSIVE_GOAL_RE.search(sentence)) and _centre_moves(sentence):
        return True
    if not P.CHANGE_SUBJECT_RE.search(sentence):
        return False
    return bool(P.ORG_CHANGE_LEXEME_RE.search(sentence) or P.CHANGE_VERB_RE.search(sentence)
                or (P.DATED_ASSIGNMENT_RE.search(sentence) and P.EFFECTIVE_DATE_RE.search(sentence))
                or (P.DECISION_RE.search(sentence) and P.DECISION_ABOUT_UNITS_RE.search(sentence)))


def _since_state(sentence: str) -> bool:
    """A state that holds since a date (the current unit or place with its start: an assignment or an
    address), telling no change of its own: no finite change, decision or plan (SINCE_EVENT_RE), no
    effective date."""
    return bool("eit" in sentence and P.SINCE_RE.search(sentence) and not P.SINCE_EVENT_RE.search(sentence)
                and not P.EFFECTIVE_DATE_RE.search(sentence)
                and (P.DATED_ASSIGNMENT_RE.search(sentence) or P.PLACE_STATE_RE.search(sentence)))


def find_dated_facts(sentences: list[str]) -> list[DatedFact]:
    facts: list[DatedFact] = []
    seen: set[tuple[str, str]] = set()
    for sentence in sentences:
        if not _YEAR_RE.search(sentence):
            continue
        dates = find_dates(sentence)
        if not dates:
            continue
        reorganisation = is_reorganisation(sentence)
        for iso, _ in dates:
            if (iso, sentence) not in seen:
                seen.add((iso, sentence))
                facts.append(DatedFact(iso, sentence, reorganisation))
    return facts


# =========================================================================== the state a change leaves
# A change of the centre's unit in the past ("wurde 2020 in das Amt 40 verlagert", "Seit seiner
# Eingliederung in den Fachbereich 3 …", "Mit Wirkung vom 1.10.2023 wurde das KI dem Dezernat V
# unterstellt") leaves the centre in its goal: that is the current unit where no sentence states the
# present one (units.find_parent_units). An announced change names the current unit only as the one
# it takes the centre out of ("wird zum 1.1.2027 aus dem Sozialamt herausgelöst", "wechselt zum … vom
# Jugendamt in …"): that unit is where the centre is until the date (leaving_state); its goal is not yet
# the current parent unit, as EXTRACTION.md has it.

#: Participles of putting the centre into a unit, by the preposition their goal takes: any of them
#: with "in den / ins / zum / an den", the dative ones with "dem / der", the place ones with "im / beim".
_INTO_PARTICIPLE = (r"eingegliedert|verlagert|überführt|zugeordnet|unterstellt|angegliedert|integriert|umressortiert|zugeschlagen"
                    r"|angebunden|eingebunden|angesiedelt|verortet|verankert|eingeordnet|untergeordnet|umgesetzt|gewechselt|eingebettet|übergegangen|aufgegangen")
_DATIVE_PARTICIPLE = r"zugeordnet|unterstellt|angegliedert|zugeschlagen|untergeordnet|angebunden"
_PLACE_PARTICIPLE = r"angesiedelt|verortet|verankert|integriert|eingerichtet"
#: Nouns of the same change: their goal follows them ("Seit der Verlagerung des KI in das Amt 40").
_INTO_NOUN = r"Eingliederung|Verlagerung|Überführung|Zuordnung|Angliederung|Unterstellung|Umressortierung|Anbindung|Umsetzung|Wechsel[s]?|Übergang[s]?"
_NO_GOVERNOR = "".join(rf"(?<!{p} )" for p in P.GOVERNING_PREPOSITIONS)
_GOAL_OF = {
    "into": r"(?:in\s+(?:den|das|die)|ins|zum|zur|an\s+(?:den|das|die))",
    "dative": r"(?:dem|der)",
    "place": r"(?:im|beim|in\s+der|bei\s+der)",
}
_GOAL_UNIT = r"\s+(?:(?:neue[nmrs]?|neu\s+[a-zäöüß]+(?:t|en)e[nmrs]?|heutige[nmrs]?)\s+)?(?P<unit>" + UNIT_WORD + r"|" + OFFICE + r")"
_GOAL_RES = {k: re.compile(r"(?<![\wäöüß])" + _NO_GOVERNOR + v + _GOAL_UNIT) for k, v in _GOAL_OF.items()}
#: Verbs of the centre moving into a unit in the past, the goal after them ("wechselte 2021 in das Amt 40").
_PAST_MOTION = r"wechselte|wechselten|kam|kamen|ging|gingen|rückte|wanderte"
_CHANGE_GATE_RE = re.compile(r"\b(?:" + _INTO_PARTICIPLE + r"|" + _INTO_NOUN + r"|" + _PAST_MOTION + r")\b")
_PAST_MOTION_RE = re.compile(r"\b(?:" + _PAST_MOTION + r")\b")
_INTO_PARTICIPLE_RE = re.compile(r"\b(?P<p>" + _INTO_PARTICIPLE + r")\b")
_INTO_NOUN_RE = re.compile(r"\b(?:" + _INTO_NOUN + r")\b")
#: The change lies behind: a past or perfect auxiliary, or a "seit" that says its result holds.
_PAST_RE = re.compile(r"\b(?:wurde|wurden|worden|erfolgte|erfolgten|wechselte|wechselten|kam|kamen|ging|gingen|rückte|wanderte|hat|hatte|haben|hatten|geworden|[Ss]eit|[Ss]eitdem|[Ss]either"
                      r"|[Nn]ach\s+(?:der|dem|seiner|ihrer)|[Dd]urch\s+(?:die|seine|ihre))\b")
#: A perfect of motion with "sein" ("ist in das Amt 57 übergegangen / gewechselt"): behind, like "wurde".
_PERFECT_MOTION_RE = re.compile(r"\b(?:ist|sind)\b[^.;]{0,120}?\b(?:übergegangen|aufgegangen|gewechselt|gekommen|gewandert)\b")
#: The change lies ahead (an announcement, a plan, an effective date), or its result did not last:
#: no current state.
_FUTURE_RE = re.compile(r"\b(?:wird|werden|soll|sollen|erfolgt|erfolgen|künftig|zukünftig|geplant|vorgesehen|beabsichtigt|planned|will)\b")
_EFFECTIVE_RE = re.compile(r"\b(?:[Aa]b|[Zz]um|[Zz]ur|[Mm]it\s+Wirkung\s+(?:zum|ab)|[Ww]irksam\s+(?:ab|zum))\s+(?:dem\s+)?(?:\d{1,2}\.|(?:19|20)\d\d\b|[A-ZÄÖÜ][a-zäöü]+\s+(?:19|20)\d\d)")
_AHEAD_RE = re.compile(_FUTURE_RE.pattern + "|" + _EFFECTIVE_RE.pattern)
#: An effective date told in the past passive of the change itself ("Zum 1. März 2024 wurde das KI in den
#: Fachdienst 51 eingegliedert") took effect: behind, unless a decision or a zu-infinitive makes the date
#: the plan a past act decided ("Es wurde beschlossen, das KI zum 1. Juli in das Amt 40 zu überführen").
_PAST_PASSIVE_RE = re.compile(r"\b(?:wurde|wurden|worden)\b")
_PLANNED_ACT_RE = re.compile(r"\b(?:beschlossen|beschloss|beschließt|Beschluss|zu\s+[a-zäöüß]+en|[a-zäöüß]{2,}zu[a-zäöüß]{3,}en)\b")

_LASTING_RE = re.compile(r"\b(?:[Ss]eit|[Ss]eitdem|[Ss]either|bis\s+heute|heute\s+noch|nach\s+wie\s+vor|noch\s+heute)\b")
#: (a past state, "war … angesiedelt", "gehörte zum …", is history, no change that lasts)
_NOT_LASTING_RE = re.compile(r"\b(?i:zunächst|zuerst|ursprünglich|anfangs|damals|vorübergehend|kurzzeitig|nicht|kein|keine|nie|früher|zuvor|vorher|bisher"
                             r"|bis\s+(?:zum\s+|Ende\s+|Mitte\s+|Anfang\s+)?\d+)\b|\b(?:war|waren|gehörte|gehörten|unterstand|unterstanden|ressortierte)\b")


def _ahead(sentence: str) -> bool:
    """The change the sentence tells lies ahead: a future word, or an effective date not told as done."""
    if _FUTURE_RE.search(sentence):
        return True
    if not _EFFECTIVE_RE.search(sentence):
        return False
    # (a perfect of motion, "ist zum 1. April … gewechselt", is done as a past passive is)
    return not ((_PAST_PASSIVE_RE.search(sentence) or _PERFECT_MOTION_RE.search(sentence)) and not _PLANNED_ACT_RE.search(sentence))


_SUBJECT_BEFORE_RE = re.compile(r"\b(?:das|Das|unser|Unser)\s+(?:[a-zäöü]\w*\s+)?$")
_GENITIVE_BEFORE_RE = re.compile(r"\s+(?:des|unseres)\s+(?:[a-zäöü]\w*\s+)?")


def change_state(sentence: str, centre: CentreNames) -> tuple[ParentUnit, str] | None:
    """The unit a change of the centre's unit in the past left it in, with the change's date ("" if
    none): the goal of the change, in the centre's clause; none for a change ahead or one that did
    not last ("zunächst", "bis 2019"). Only a change placed in time counts: dated, or said to last
    ("seit", "bis heute"); an undated "wurde … zugeordnet" tells a story without saying when."""
    # (cheapest first: most sentences have neither a year nor a lasting word)
    if not (_YEAR_RE.search(sentence) or _LASTING_RE.search(sentence)):
        return None
    # a participle may open the sentence, its goal then after it: "Zugeordnet worden ist das KI 2017 dem Fachbereich Bildung"
    fronted = _INTO_PARTICIPLE_RE.match(sentence[:1].lower() + sentence[1:]) if sentence[:1].isupper() else None
    if not (fronted or _CHANGE_GATE_RE.search(sentence)) or _PERSON_MOVES_RE.search(sentence) or _NOT_LASTING_RE.search(sentence):
        return None
    past = _PAST_RE.search(sentence) or _PERFECT_MOTION_RE.search(sentence)
    if past is None or _ahead(sentence):
        return None
    noun = _INTO_NOUN_RE.search(sentence) or _PAST_MOTION_RE.search(sentence)
    # the centre is what changed: the subject (its neuter article, a possessive, nothing) or the
    # genitive of the change noun ("die Eingliederung des KI"), not the leader's or a source's
    # ("Die Leiterin des KI wechselte …", "vom KI")
    mention = next((m for m in centre.regex.finditer(sentence)
                    if not sentence[: m.start()].strip() or _SUBJECT_BEFORE_RE.search(sentence[max(0, m.start() - 30): m.start()])
                    or (noun and _GENITIVE_BEFORE_RE.fullmatch(sentence[noun.end(): m.start()]))), None)
    if mention is None:
        return None
    goal: re.Match[str] | None = None
    if noun:
        goal = _GOAL_RES["into"].search(sentence, noun.end())
    if goal is None:
        # the last change a sentence tells is the latest ("2019 in den Fachbereich 5 verlagert und 2023 dem
        # Dezernat IV zugeordnet"): the goal right before the last participle that has one (looked for
        # from the last participle back: each look reads the sentence up to its participle)
        for participle in reversed(list(_INTO_PARTICIPLE_RE.finditer(sentence))):
            word = participle.group("p")
            kinds = ["into"] + (["dative"] if re.fullmatch(_DATIVE_PARTICIPLE, word) else []) + (["place"] if re.fullmatch(_PLACE_PARTICIPLE, word) else [])
            before = [m for k in kinds for m in _GOAL_RES[k].finditer(sentence, 0, participle.start())]
            if before:
                goal = max(before, key=lambda m: m.start())
                break
    if goal is None and fronted is not None:
        word = fronted.group("p")
        kinds = ["into"] + (["dative"] if re.fullmatch(_DATIVE_PARTICIPLE, word) else []) + (["place"] if re.fullmatch(_PLACE_PARTICIPLE, word) else [])
        goal = min((m for k in kinds for m in _GOAL_RES[k].finditer(sentence, mention.end())), key=lambda m: m.start(), default=None)
    if goal is None or not linked(sentence, centre, mention, goal.start("unit")):
        return None
    unit = named_unit(sentence, goal.group("unit"), goal.end("unit"))
    if not unit.kind and not re.fullmatch(OFFICE, goal.group("unit")):
        return None
    if unit.kind and not unit.number and unit.name == unit.kind:
        return None  # a bare kind word ("in eine andere Abteilung") names no unit
    dates = find_dates(sentence)
    return unit, (dates[-1][0] if dates else "")


#: The unit a change takes the centre out of: "aus dem Sozialamt herausgelöst", "aus der Abteilung 3
#: ausgegliedert", "vom Jugendamt in das Amt 40", "aus dem Fachdienst Soziales herauszulösen".
_SOURCE_UNIT_RE = re.compile(r"(?<![\wäöüß])(?:aus\s+(?:dem|der)|vom|von\s+der)\s+(?P<unit>" + UNIT_WORD + r"|" + OFFICE + r")")
#: Verbs of taking the centre out of a unit or moving it on, in any form an announcement uses.
_LEAVING_RE = re.compile(r"\b(?:heraus|aus|ab)(?:zu)?(?:ge)?(?:löst|lösen|gliedert|gliedern|genommen|nehmen)\b|\b(?:herausgelöst|ausgegliedert|herausgenommen"
                         r"|herauszulösen|auszugliedern|herauszunehmen)\b|\b(?:wechselt|wechseln|überführt|überführen|verlagert|verlagern|umgesetzt"
                         r"|zu\s+überführen|zu\s+verlagern)\b")


def leaving_state(sentence: str, centre: CentreNames) -> ParentUnit | None:
    """The unit an announced change of the centre takes it out of: the centre's unit until the change
    ("Zum 1. Januar 2027 wird das KI aus dem Sozialamt herausgelöst und dem Fachbereich 7 zugeordnet").
    Only a change ahead, of the centre (no person moves), with the source unit in the centre's clause."""
    if "aus d" not in sentence and "vom " not in sentence and "von der " not in sentence:
        return None
    if not _AHEAD_RE.search(sentence) or not _LEAVING_RE.search(sentence) or _PERSON_MOVES_RE.search(sentence):
        return None
    if re.search(r"\b(?i:nicht|kein|keine|bleibt|bleiben|verbleibt)\b|\b(?:worden|wurde|wurden|erfolgte)\b", sentence):
        # "wird nicht aus dem Sozialamt herausgelöst", "bleibt im Sozialamt": no change announced; "ist zum
        # 1.1.2026 aus dem Schulamt herausgelöst worden": a change behind, its source is history
        return None
    # (the centre's mentions are found once, and a few sources read: glued text repeats them thousands of times)
    # the centre is the subject (its article, a possessive, nothing before it), not a leader's genitive or a
    # companion ("Die Leiterin des KI wechselt …", "Mit dem KI wird auch …"); the source in its clause (no
    # comma between: "Das KI begrüßt, dass die Ausländerbehörde … aus dem Ordnungsamt herausgelöst wird")
    mentions = [m for m in centre.regex.finditer(sentence)
                if not sentence[: m.start()].strip() or _SUBJECT_BEFORE_RE.search(sentence[max(0, m.start() - 30): m.start()])]
    if not mentions:
        return None
    for source in itertools.islice(_SOURCE_UNIT_RE.finditer(sentence), 4):
        mention = next((m for m in mentions if m.end() <= source.start()), None)
        if mention is None or "," in sentence[mention.end(): source.start()] or not linked(sentence, centre, mention, source.start("unit")):
            continue
        unit = named_unit(sentence, source.group("unit"), source.end("unit"))
        if (unit.kind or re.fullmatch(OFFICE, source.group("unit"))) and not (unit.kind and not unit.number and unit.name == unit.kind):
            return unit
    return None
