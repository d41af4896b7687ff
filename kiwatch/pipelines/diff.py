"""Diff stage: profile before vs after → classified change events; page text → word-level diff.

Pure functions. A fact that is only written differently has the same key in both profiles
(normalisation did that), so it never shows up here: what remains is a real change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TypeVar

import fast_diff_match_patch as dmp

from kiwatch.core.profile import AddressFact, CentreProfile, Fact, PersonFact, PhoneFact, ReorganisationFact
from kiwatch.core.vocab import PhoneKind
from kiwatch.display import cut_at_word
from kiwatch.pipelines.normalise import identity_key
from kiwatch.records import ChangeEvent, ChangeKind

Diff = list[tuple[int, str]]
_F = TypeVar("_F", bound=Fact)

_OPS = {"=": 0, "-": -1, "+": 1}
_TOKEN_RE = re.compile(r"\s+|[^\s]+")
# Below this share of common words two texts are unrelated (a relaunch): a word diff of them
# is unreadable and, for 200 KB pages, slow, so the page is reported as replaced instead.
RELAUNCH_SIMILARITY = 0.2
MAX_DIFF_TOKENS = 60000  # tokens are mapped to one code point each; beyond this use lines


def _encode(tokens: list[str], table: dict[str, str]) -> str:
    out = []
    for tok in tokens:
        code = table.get(tok)
        if code is None:
            code = table[tok] = chr(0xE000 + len(table)) if len(table) < 6400 else chr(0xF0000 + len(table) - 6400)
        out.append(code)
    return "".join(out)


def similarity(old: str, new: str) -> float:
    """Share of distinct words the two texts have in common (Jaccard), cheap and bounded."""
    a, b = set(old.split()), set(new.split())
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def text_diff(old: str, new: str, timeout: float = 1.0) -> Diff:
    """Word-level diff with semantic cleanup: a list of (op, text), op -1 deleted, 0 kept, 1 inserted.

    Words are mapped to single code points so diff-match-patch works on words, not
    characters; its time limit bounds the worst case.
    """
    old_tokens, new_tokens = _TOKEN_RE.findall(old), _TOKEN_RE.findall(new)
    if len(set(old_tokens) | set(new_tokens)) > MAX_DIFF_TOKENS:
        old_tokens, new_tokens = old.splitlines(True), new.splitlines(True)
    table: dict[str, str] = {}
    a, b = _encode(old_tokens, table), _encode(new_tokens, table)
    decode = {code: tok for tok, code in table.items()}
    result: Diff = []
    for op, chunk in dmp.diff(a, b, timelimit=timeout, cleanup="Semantic", counts_only=False):
        text = "".join(decode[c] for c in chunk)
        code = _OPS[op]
        if result and result[-1][0] == code:
            result[-1] = (code, result[-1][1] + text)
        else:
            result.append((code, text))
    return result


def content_change(centre: str, url: str, old: str, new: str, timeout: float = 1.0) -> ChangeEvent | None:
    """A `content` event for an edited page text, or None when the canonical texts are equal."""
    if old == new:
        return None
    if len(old) == len(new) and sorted(old.split("\n")) == sorted(new.split("\n")):
        return None  # the same paragraphs in another order (sections of an accordion or tabs moved)
    if similarity(old, new) < RELAUNCH_SIMILARITY:
        # A relaunch: no word diff (unreadable, and slow for large pages); the event carries the
        # beginning of the old and the new text instead, which is how readers tell it apart.
        return ChangeEvent(centre, ChangeKind.CONTENT, old=_clip(old), new=_clip(new), url=url, diff=None)
    diff = text_diff(old, new, timeout)
    changed = [t for op, t in diff if op != 0]
    return ChangeEvent(centre, ChangeKind.CONTENT, old="", new="", url=url,
                       evidence=_clip(" … ".join(s.strip() for s in changed if s.strip())), diff=diff)


def _clip(text: str, limit: int = 300) -> str:
    return cut_at_word(text, limit)  # never mid-word: readers see this text in digests


def _evidence(fact: Fact) -> str:
    if isinstance(fact, PhoneFact):
        text = fact.raw
    elif isinstance(fact, PersonFact):
        text = fact.role
    elif isinstance(fact, AddressFact):
        text = fact.label
    else:
        text = ""
    return _clip(text, 200)


def _display(fact: Fact) -> str:
    if isinstance(fact, AddressFact) and fact.label:
        return f"{fact.value} ({fact.label})"
    if isinstance(fact, PhoneFact) and fact.kind == PhoneKind.FAX:
        return f"Fax {fact.value}"
    return fact.value


def _paired(centre: str, kind: ChangeKind, before: Mapping[str, _F], after: Mapping[str, _F]) -> Iterable[ChangeEvent]:
    """Events for a keyed fact table: one old → new event when values were replaced one for one,
    otherwise one event per added or removed value."""
    removed = [before[k] for k in sorted(before.keys() - after.keys())]
    added = [after[k] for k in sorted(after.keys() - before.keys())]
    # Pairing is only unambiguous when as many values came as went; otherwise report each.
    pairs = len(removed) if len(removed) == len(added) else 0
    for old, new in zip(removed[:pairs], added[:pairs], strict=True):
        yield ChangeEvent(centre, kind, old=_display(old), new=_display(new), url=new.url, evidence=_evidence(new))
    for old in removed[pairs:]:
        yield ChangeEvent(centre, kind, old=_display(old), new="", url=old.url, evidence=_evidence(old))
    for new in added[pairs:]:
        yield ChangeEvent(centre, kind, old="", new=_display(new), url=new.url, evidence=_evidence(new))


def diff_profiles(centre: str, before: CentreProfile, after: CentreProfile) -> list[ChangeEvent]:
    """Classified events between two profiles of one centre (see DESIGN.md, Changes)."""
    events: list[ChangeEvent] = []
    events += _paired(centre, ChangeKind.ADDRESS, before.addresses, after.addresses)

    old_heads, new_heads = before.head, after.head
    if old_heads.keys() != new_heads.keys():
        ref = next(iter(new_heads.values()), None) or next(iter(old_heads.values()))
        events.append(ChangeEvent(
            centre, ChangeKind.HEAD,
            old=", ".join(f.value for _, f in sorted(old_heads.items())),
            new=", ".join(f.value for _, f in sorted(new_heads.items())),
            url=ref.url,
            evidence=_clip("; ".join(f"{f.value} — {f.role}" for f in (new_heads or old_heads).values())),
        ))

    old_parent, new_parent = before.parent_unit, after.parent_unit
    old_unit = old_parent.value if old_parent is not None else ""
    new_unit = new_parent.value if new_parent is not None else ""
    if old_unit.casefold() != new_unit.casefold():
        ref_unit = new_parent or old_parent
        assert ref_unit is not None  # the values differ, so one of them is set
        events.append(ChangeEvent(centre, ChangeKind.PARENT_UNIT, old=old_unit, new=new_unit,
                                  url=ref_unit.url, evidence=ref_unit.value))

    new_dates = sorted(after.reorganisation.keys() - before.reorganisation.keys())
    by_url: dict[str, list[ReorganisationFact]] = {}
    for date in new_dates:
        fact = after.reorganisation[date]
        by_url.setdefault(fact.url, []).append(fact)
    for url, facts in by_url.items():
        events.append(_reorganisation(centre, url, facts))

    events += _paired(centre, ChangeKind.CONTACT, before.phones, after.phones)
    events += _paired(centre, ChangeKind.CONTACT, before.emails, after.emails)

    events += _people(centre, before.people, after.people)
    events += _paired(centre, ChangeKind.PROGRAMMES, before.fields_of_action, after.fields_of_action)
    events += _paired(centre, ChangeKind.PROGRAMMES, before.programmes, after.programmes)

    for url in sorted(after.pages.keys() - before.pages.keys()):
        events.append(ChangeEvent(centre, ChangeKind.PAGE_ADDED, new=url, url=url, evidence=after.pages[url].title))
    for url in sorted(before.pages.keys() - after.pages.keys()):
        events.append(ChangeEvent(centre, ChangeKind.PAGE_REMOVED, old=url, url=url, evidence=before.pages[url].title))
    return events


# A unit a statement creates or moves the centre into: "Einrichtung eines Amtes für …",
# "dem neuen Amt für … zugeordnet". Genitive forms are folded to the nominative.
_NEW_UNIT_RE = re.compile(
    r"(?:Einrichtung\s+(?:eines|einer|des|der)|neue[nmrs]?)\s+"
    r"(Amt(?:es|s)?|Fachbereich(?:es|s)?|Dezernat(?:es|s)?|Stabsstelle|Referat(?:es|s)?|Abteilung|Fachdienst(?:es)?)"
    r"\s+(für\s+[^.,;:|()]+?)(?=\s+(?:zugeordnet|umgewandelt|eingerichtet|gebildet)\b|[.,;:|()]|$)"
)
_NOMINATIVE = {"Amtes": "Amt", "Amts": "Amt", "Fachbereiches": "Fachbereich", "Fachbereichs": "Fachbereich",
               "Dezernates": "Dezernat", "Dezernats": "Dezernat", "Referates": "Referat", "Referats": "Referat",
               "Fachdienstes": "Fachdienst"}


def _reorganisation(centre: str, url: str, facts: list[ReorganisationFact]) -> ChangeEvent:
    """One event per page: headlined by the unit the statements announce (if they name one)
    and the statement with the latest date (the announced future state); all statements
    are the evidence."""
    facts = sorted(facts, key=lambda f: f.date, reverse=True)
    latest = facts[0]
    unit = ""
    for fact in facts:
        match = _NEW_UNIT_RE.search(fact.value)
        if match:
            unit = f"{_NOMINATIVE.get(match.group(1), match.group(1))} {' '.join(match.group(2).split())}"
            break
    headline = f"{latest.date}: {_clip(latest.value, 240)}"
    return ChangeEvent(
        centre, ChangeKind.REORGANISATION, old="", new=f"{unit} · {headline}" if unit else headline, url=url,
        evidence=_clip(" | ".join(f"{f.date}: {f.value}" for f in facts), 1200),
    )


def _people(centre: str, before: Mapping[str, PersonFact], after: Mapping[str, PersonFact]) -> Iterable[ChangeEvent]:
    """One old → new event per person replaced (as many left as came: a team member's
    successor), otherwise one event per person who left or came; a changed role is its own event."""
    removed = [before[k] for k in sorted(before.keys() - after.keys())]
    added = [after[k] for k in sorted(after.keys() - before.keys())]
    if len(removed) == len(added):
        # the successor takes over the predecessor's role: pair equal roles first, the rest in order
        left = list(added)
        matched: list[tuple[PersonFact, PersonFact | None]] = []
        for old in removed:
            same = next((new for new in left if identity_key(new.role) == identity_key(old.role)), None)
            matched.append((old, same))
            if same is not None:
                left.remove(same)
        for old, maybe_new in matched:
            new = maybe_new if maybe_new is not None else left.pop(0)
            yield ChangeEvent(centre, ChangeKind.PEOPLE, old=_person(old), new=_person(new), url=new.url,
                              evidence=new.role or old.role)
    else:
        for f in removed:
            yield ChangeEvent(centre, ChangeKind.PEOPLE, old=_person(f), new="", url=f.url, evidence=f.role)
        for f in added:
            yield ChangeEvent(centre, ChangeKind.PEOPLE, old="", new=_person(f), url=f.url, evidence=f.role)
    for key in sorted(before.keys() & after.keys()):
        old, new = before[key], after[key]
        if identity_key(old.role) != identity_key(new.role) and old.role and new.role:
            yield ChangeEvent(centre, ChangeKind.PEOPLE, old=_person(old), new=_person(new), url=new.url, evidence=new.role)


def _person(fact: PersonFact) -> str:
    return f"{fact.value} ({fact.role})" if fact.role else fact.value
