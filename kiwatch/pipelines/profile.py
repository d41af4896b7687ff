"""Merge the records of a centre's pages into one profile: facts keyed by identity, with provenance.

Pure functions on plain dicts (the JSON form stored in the database), so a profile from last
year's database compares with today's without any object mapping.

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
from typing import Iterable

from kiwatch.pipelines.normalise import canonical_programme, identity_key
from kiwatch.records import without_raw

Fact = dict[str, str]
ProfileData = dict[str, object]  # a centre's merged facts, as stored in profiles.data (JSON)

FACT_FIELDS = ("addresses", "phones", "emails", "head", "people", "fields_of_action", "programmes", "reorganisation")


_TITLES_RE = re.compile(r"^(?:(?:Herrn?|Frau|Prof\.|Dr\.(?:\s*(?:med|phil|rer\.\s*nat|jur|paed)\.)?|Dipl\.-\S+)\s*)+")


def _person_key(name: str) -> str:
    """A person's identity without titles: records before titles were kept apart named
    "Dr. X", records after name "X" (title "Dr."); both are the same person."""
    return identity_key(_TITLES_RE.sub("", name.strip()))


def _put(table: dict[str, Fact], key: str, fact: Fact) -> None:
    """Keep the fuller of two facts with the same identity (more non-empty parts wins)."""
    if not key:
        return
    old = table.get(key)
    if old is None or sum(bool(v) for v in fact.values()) > sum(bool(v) for v in old.values()):
        table[key] = fact


def build_profile(pages: Iterable[tuple[str, dict]]) -> ProfileData:
    """Profile of a centre from (url, PageRecord-as-dict) of its current pages, in crawl order."""
    tables: dict[str, dict[str, Fact]] = {name: {} for name in FACT_FIELDS}
    parent_units: list[tuple[str, int, str, str]] = []
    # A centre's own list of programmes is authoritative: a programme dropped from it is gone
    # even if a team member's task or a project page still mentions it.
    listed_programmes: dict[str, Fact] = {}
    page_index: dict[str, Fact] = {}
    for order, (url, rec) in enumerate(sorted(pages, key=lambda p: p[0])):
        kind = rec.get("page_kind", "page")
        page_index[url] = {"title": rec.get("title", ""), "kind": kind}
        for fact in rec.get("dated_facts", []):
            if fact.get("is_reorganisation"):
                _put(tables["reorganisation"], fact["date"], {"value": fact["sentence"], "date": fact["date"], "url": url})
        if kind == "news":
            continue
        for a in rec.get("addresses", []):
            place = " ".join(p for p in (a.get("postal_code", ""), a.get("city", "")) if p)
            _put(tables["addresses"], identity_key(a["street"]), {
                "value": f"{a['street']}, {place}" if place else a["street"], "street": a["street"], "postal_code": a.get("postal_code", ""),
                "city": a.get("city", ""), "label": a.get("label", ""), "url": url,
            })
        for p in rec.get("phones", []):
            _put(tables["phones"], p["number"], {"value": p["number"], "kind": p.get("kind", "phone"), "raw": p.get("raw", ""), "url": url})
        for e in rec.get("emails", []):
            _put(tables["emails"], e.lower(), {"value": e.lower(), "url": url})
        for person in rec.get("people", []):
            table = tables["head"] if person.get("is_head") else tables["people"]
            fact = {"value": person["name"], "role": person.get("role", ""), "url": url}
            if person.get("acting"):
                fact["acting"] = "yes"
            _put(table, _person_key(person["name"]), fact)
        for name in rec.get("fields_of_action", []):
            _put(tables["fields_of_action"], identity_key(name), {"value": name, "url": url})
        target = listed_programmes if rec.get("programmes_listed") else tables["programmes"]
        for name in rec.get("programmes", []):
            _put(target, canonical_programme(name), {"value": name, "url": url})
        for unit in rec.get("parent_units", []):
            parent_units.append((unit.get("since", ""), -order, unit["name"], url))
    if listed_programmes:
        tables["programmes"] = listed_programmes
    # Someone who heads the centre on one page and is listed plainly on another is the head.
    for key in list(tables["people"]):
        if key in tables["head"]:
            del tables["people"][key]
    parent = None
    if parent_units:
        # The most recent dated assignment is the current one; undated ones rank by page order.
        since, _, name, url = max(parent_units)
        parent = {"value": name, "since": since, "url": url}
    profile: ProfileData = {name: tables[name] for name in FACT_FIELDS}
    profile["parent_unit"] = parent
    profile["pages"] = page_index
    return profile


def profile_hash(profile: ProfileData) -> str:
    return hashlib.sha256(json.dumps(without_raw(profile), sort_keys=True, ensure_ascii=False).encode()).hexdigest()
