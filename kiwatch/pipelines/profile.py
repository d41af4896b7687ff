"""Merge the records of a centre's pages into one profile: facts keyed by identity, with provenance.

Pure functions on typed records: PageRecords in, a CentreProfile out (kiwatch.core.profile,
which is also where the profile becomes JSON for storage and its hash).

Rules that keep the profile about the centre's *current* state:
- news pages report history ("der Leiter des KI, X, begrüßte …"): they contribute only
  reorganisation facts, never people, heads, contacts or addresses;
- facts are keyed by canonical identity (street + number, E.164 phone, lower-case e-mail,
  case-folded name), so the same value written differently is the same fact;
- when two pages name the same fact, the fuller version (with postal code, with role) wins;
- a centre's own list of programmes (a "Programme" heading with its items) outranks programme
  names merely mentioned elsewhere, so a programme taken off the list is reported as removed.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from typing import TypeVar

from kiwatch.core.profile import (
    AddressFact,
    CentreProfile,
    Fact,
    PageEntry,
    ParentUnitFact,
    PersonFact,
    PhoneFact,
    ReorganisationFact,
    ValueFact,
)
from kiwatch.core.vocab import PageKind
from kiwatch.pipelines.normalise import canonical_programme, identity_key
from kiwatch.records import PageRecord, without_raw

_F = TypeVar("_F", bound=Fact)

_TITLES_RE = re.compile(r"^(?:(?:Herrn?|Frau|Prof\.|Dr\.(?:\s*(?:med|phil|rer\.\s*nat|jur|paed)\.)?|Dipl\.-\S+)\s*)+")


def _person_key(name: str) -> str:
    """A person's identity without titles: records before titles were kept apart named
    "Dr. X", records after name "X" (title "Dr."); both are the same person."""
    return identity_key(_TITLES_RE.sub("", name.strip()))


def _fullness(fact: Fact) -> int:
    return sum(bool(v) for v in fact.to_json().values())


def _put(table: dict[str, _F], key: str, fact: _F) -> None:
    """Keep the fuller of two facts with the same identity (more non-empty parts wins)."""
    if not key:
        return
    old = table.get(key)
    if old is None or _fullness(fact) > _fullness(old):
        table[key] = fact


def build_profile(pages: Iterable[tuple[str, PageRecord]]) -> CentreProfile:
    """Profile of a centre from (url, PageRecord) of its current pages, in crawl order."""
    addresses: dict[str, AddressFact] = {}
    phones: dict[str, PhoneFact] = {}
    emails: dict[str, ValueFact] = {}
    heads: dict[str, PersonFact] = {}
    people: dict[str, PersonFact] = {}
    fields_of_action: dict[str, ValueFact] = {}
    programmes: dict[str, ValueFact] = {}
    reorganisation: dict[str, ReorganisationFact] = {}
    parent_units: list[tuple[str, int, str, str]] = []
    # A centre's own list of programmes is authoritative: a programme dropped from it is gone
    # even if a team member's task or a project page still mentions it.
    listed_programmes: dict[str, ValueFact] = {}
    page_index: dict[str, PageEntry] = {}
    for order, (url, rec) in enumerate(sorted(pages, key=lambda p: p[0])):
        page_index[url] = PageEntry(rec.title, rec.page_kind)
        for dated in rec.dated_facts:
            if dated.is_reorganisation:
                _put(reorganisation, dated.date, ReorganisationFact(dated.sentence, dated.date, url))
        if rec.page_kind == PageKind.NEWS:
            continue
        for a in rec.addresses:
            place = " ".join(p for p in (a.postal_code, a.city) if p)
            _put(addresses, identity_key(a.street), AddressFact(
                f"{a.street}, {place}" if place else a.street, a.street, a.postal_code, a.city, a.label, url))
        for phone in rec.phones:
            _put(phones, phone.number, PhoneFact(phone.number, phone.kind, phone.raw, url))
        for e in rec.emails:
            _put(emails, e.lower(), ValueFact(e.lower(), url))
        for person in rec.people:
            _put(heads if person.is_head else people, _person_key(person.name),
                 PersonFact(person.name, person.role, person.acting, url))
        for name in rec.fields_of_action:
            _put(fields_of_action, identity_key(name), ValueFact(name, url))
        for name in rec.programmes:
            _put(listed_programmes if rec.programmes_listed else programmes, canonical_programme(name), ValueFact(name, url))
        for unit in rec.parent_units:
            parent_units.append((unit.since, -order, unit.name, url))
    # Someone who heads the centre on one page and is listed plainly on another is the head.
    for key in list(people):
        if key in heads:
            del people[key]
    parent = None
    if parent_units:
        # The most recent dated assignment is the current one; undated ones rank by page order.
        since, _, name, url = max(parent_units)
        parent = ParentUnitFact(name, since, url)
    return CentreProfile(
        addresses=addresses, phones=phones, emails=emails, head=heads, people=people,
        fields_of_action=fields_of_action, programmes=listed_programmes or programmes,
        reorganisation=reorganisation, parent_unit=parent, pages=page_index,
    )


def profile_hash(profile: CentreProfile) -> str:
    return hashlib.sha256(json.dumps(without_raw(profile.to_json()), sort_keys=True, ensure_ascii=False).encode()).hexdigest()
