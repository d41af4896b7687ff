"""The parent unit: the organisational unit the centre belongs to."""

from __future__ import annotations

import re

from kiwatch.pipelines.extract import rules as P
from kiwatch.pipelines.extract.dated import find_dates
from kiwatch.records import ParentUnit

# =========================================================================== heuristics: organisation

_KIND_ALT = "|".join(P.UNIT_KINDS)
_KIND_LOWER_ALT = "|".join(k.lower() for k in P.UNIT_KINDS)
_UNIT_NUMBER = r"(?:[IVX]{1,5}\b|\d{1,3}(?:[-./]\d{1,3}){0,4}\b)"
_TARGET_UNIT_RE = re.compile(
    r"\b(?:dem|der|beim|bei der|zum|zur|im|in der|innerhalb des|innerhalb der)\s+(?:neuen\s+)?(?:(?:Geschäfts)?[Bb]ereich\s+)?"
    r"(?P<word>(?:[A-ZÄÖÜ][a-zäöüß]*?(?:" + _KIND_LOWER_ALT + r")|" + _KIND_ALT + r")(?:es|s)?)\b"
    r"(?:\s+(?P<number>" + _UNIT_NUMBER + r"))?"
    r"(?P<rest>\s+(?:für\s|des\s|der\s|im\s|in\s+der\s|[A-ZÄÖÜ])[^.;]*?)?"
    r"(?=\s+(?:als\s+\w+\s+)?(?:zugeordnet|angegliedert|angesiedelt|unterstellt|eingegliedert|zugehörig)\b|\s*[.;]|\s*$)"
)
_OWN_KIND_RE = re.compile(r"\bals\s+(?P<kind>" + _KIND_ALT + r")\b")
_SINCE_RE = re.compile(r"\b(?:[Ss]eit|[Aa]b)\s+(?:dem\s+)?(?P<date>[^,;]{6,25}?\d{4})")
_PRESENT_RE = re.compile(r"\b(?:ist|sind|gehört|gehören)\b")
_CENTRE_SUBJECT_RE = re.compile(r"(?<!\bbeim )(?<!\bbei dem )(?<!\bdem )(?<!\bzum )(?<!\bvom )(?<!\baus dem )(?<!\bdes )(?<!\bim )" + P.CENTRE_RE.pattern)
_FEM_KINDS = {"Abteilung", "Stabsstelle", "Dienststelle"}


def _unit_kind(word: str) -> str:
    low = word.lower()
    for kind in P.UNIT_KINDS:
        k = kind.lower()
        if low.endswith(k) or low.endswith(k + "es") or low.endswith(k + "s"):
            return kind
    return ""


def _unit_word(word: str, kind: str) -> str:
    low, k = word.lower(), kind.lower()
    if not low.endswith(k):  # genitive "Amtes", "Dezernats"
        word = word[: len(word) - (2 if low.endswith(k + "es") else 1)]
    return word


_UNIT_LINE_START_RE = re.compile(r"(?:" + _KIND_ALT + r")\b|[A-ZÄÖÜ][a-zäöüß]+(?:" + _KIND_LOWER_ALT + r")\b")


def find_parent_units(lines: list[str], sentences: list[str], centre: object = None) -> list[ParentUnit]:
    units: list[ParentUnit] = []

    def add(unit: ParentUnit) -> None:
        if not any(u.name.casefold() == unit.name.casefold() for u in units):
            units.append(unit)

    # present-tense assignment of the centre itself
    for sentence in sentences:
        if not P.ASSIGNMENT_RE.search(sentence) and not re.search(r"\b(?:ist|sind)\b[^.]*\b(?:beim|bei der)\b", sentence):
            continue
        if P.PAST_OR_FUTURE_RE.search(sentence) or not _PRESENT_RE.search(sentence):
            continue
        subject = _CENTRE_SUBJECT_RE.search(sentence)
        if not subject:
            continue
        target = None
        for m in _TARGET_UNIT_RE.finditer(sentence, subject.end()):
            if P.CENTRE_RE.search(m.group(0)):
                continue
            target = m
            break
        if target is None:
            continue
        kind = _unit_kind(target.group("word"))
        word = _unit_word(target.group("word"), kind)
        number = target.group("number") or ""
        rest = re.sub(r"\s+", " ", target.group("rest") or "").rstrip(" ,")
        target_name = " ".join(p for p in (word, number) if p) + rest
        own = _OWN_KIND_RE.search(sentence)
        if own and own.start() < target.start():
            prep = "in der" if kind in _FEM_KINDS else "im"
            name, kind = f"{own.group('kind')} {prep} {target_name}", own.group("kind")
        else:
            name = target_name
        since = ""
        sm = _SINCE_RE.search(sentence)
        if sm:
            since = next((iso for iso, _ in find_dates(sm.group("date"))), "")
        add(ParentUnit(kind=kind, name=name, number=number, since=since))

    # a numbered unit line next to the centre's name in a contact block ("40-2-3 Regionale …")
    for i, line in enumerate(lines):
        if len(line) > 110 or not (line[:1].isdigit() or _UNIT_LINE_START_RE.match(line)):
            continue
        near = lines[max(0, i - 2) : i] + lines[i + 1 : i + 3]
        if not any(P.CENTRE_RE.search(other) and len(other) <= 100 for other in near):
            continue
        m = P.UNIT_NUMBER_LINE_RE.match(line)
        if m and not P.CENTRE_RE.search(line) and not re.search(r"\b(?:Jahre|Uhr|Prozent|Personen)\b", line):
            number = m.group(1)
            words = P.UNIT_KIND_RE.findall(m.group(2))
            kind = _unit_kind(words[0]) if words else P.UNIT_KIND_BY_DEPTH.get(len(re.split(r"[-./]", number)), "Sachgebiet")
            add(ParentUnit(kind=kind or "Sachgebiet", name=f"{number} {m.group(2).strip()}", number=number))
            continue
        # a bare unit line ("Amt für Schule und Bildung") directly next to the centre's name line
        adjacent = lines[max(0, i - 1) : i] + lines[i + 1 : i + 2]
        um = re.match(r"^(?P<word>(?:" + _KIND_ALT + r")\b|[A-ZÄÖÜ][a-zäöüß]+(?:" + _KIND_LOWER_ALT + r"))\s*(?P<number>" + _UNIT_NUMBER + r")?[^@:]{0,80}$", line)
        if um and not P.CENTRE_RE.search(line) and any(P.CENTRE_RE.search(o) and len(o) <= 80 for o in adjacent):
            kind = _unit_kind(um.group("word"))
            if kind:
                add(ParentUnit(kind=kind, name=line.strip(), number=um.group("number") or ""))
    return units

