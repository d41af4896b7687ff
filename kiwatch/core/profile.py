"""A centre's profile as a typed record: its merged facts, each with the page it comes from.

Built by pipelines/profile.py, compared by pipelines/diff.py, shown by the directory and the
history. It becomes JSON only at the storage boundary (`to_json`, stored in profiles.data and
hashed), and `from_json` reads every profile ever stored: a table or field a version did not
write reads as empty, a value outside a closed set as the set's default, so old databases
read without a migration.

The JSON form is the contract of the stored hash: `to_json` writes exactly the keys the
profile has always had (an acting head carries ``"acting": "yes"``, others no key), so a
profile rebuilt from unchanged pages hashes as it did before this record existed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from kiwatch.core.vocab import PageKind, PhoneKind

__all__ = ["AddressFact", "CentreProfile", "Fact", "PageEntry", "ParentUnitFact", "PersonFact", "PhoneFact",
           "ReorganisationFact", "ValueFact"]

JSON = dict[str, Any]
_E = TypeVar("_E", bound=StrEnum)
_F = TypeVar("_F")


def text_of(data: Mapping[str, Any], key: str) -> str:
    """A string field of stored JSON; missing or not a string reads as ""."""
    value = data.get(key)
    return value if isinstance(value, str) else ""


def member_of(enum: type[_E], value: object, default: _E) -> _E:
    """A closed-set value of stored JSON; one outside the set reads as `default`."""
    if isinstance(value, str):
        try:
            return enum(value)
        except ValueError:
            pass
    return default


@dataclass(frozen=True, slots=True)
class AddressFact:
    value: str  # display form: "Sonnenwall 73-75, 47051 Duisburg"
    street: str  # canonical street and number: the identity
    postal_code: str = ""
    city: str = ""
    label: str = ""  # what the address belongs to: "Bezirksamt Mitte"
    url: str = ""  # page the fact comes from

    def to_json(self) -> JSON:
        return {"value": self.value, "street": self.street, "postal_code": self.postal_code, "city": self.city,
                "label": self.label, "url": self.url}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> AddressFact:
        return cls(text_of(d, "value"), text_of(d, "street"), text_of(d, "postal_code"), text_of(d, "city"),
                   text_of(d, "label"), text_of(d, "url"))


@dataclass(frozen=True, slots=True)
class PhoneFact:
    value: str  # E.164: "+492032836912"
    kind: PhoneKind = PhoneKind.PHONE
    raw: str = ""  # as written on the page; quoted as evidence, never hashed
    url: str = ""

    def to_json(self) -> JSON:
        return {"value": self.value, "kind": self.kind.value, "raw": self.raw, "url": self.url}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> PhoneFact:
        return cls(text_of(d, "value"), member_of(PhoneKind, d.get("kind"), PhoneKind.PHONE), text_of(d, "raw"),
                   text_of(d, "url"))


@dataclass(frozen=True, slots=True)
class ValueFact:
    """A fact that is just its wording: an e-mail address, a field of action, a programme."""

    value: str
    url: str = ""

    def to_json(self) -> JSON:
        return {"value": self.value, "url": self.url}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> ValueFact:
        return cls(text_of(d, "value"), text_of(d, "url"))


@dataclass(frozen=True, slots=True)
class PersonFact:
    value: str  # the name, without titles
    role: str = ""
    acting: bool = False  # an acting head ("kommissarische Leitung")
    url: str = ""

    def to_json(self) -> JSON:
        data: JSON = {"value": self.value, "role": self.role, "url": self.url}
        if self.acting:
            data["acting"] = "yes"
        return data

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> PersonFact:
        return cls(text_of(d, "value"), text_of(d, "role"), bool(d.get("acting")), text_of(d, "url"))


@dataclass(frozen=True, slots=True)
class ReorganisationFact:
    value: str  # the sentence that records or announces it
    date: str  # ISO date: the identity
    url: str = ""

    def to_json(self) -> JSON:
        return {"value": self.value, "date": self.date, "url": self.url}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> ReorganisationFact:
        return cls(text_of(d, "value"), text_of(d, "date"), text_of(d, "url"))


@dataclass(frozen=True, slots=True)
class ParentUnitFact:
    value: str  # the unit's full wording
    since: str = ""  # ISO date of the assignment, if the page gives one
    url: str = ""

    def to_json(self) -> JSON:
        return {"value": self.value, "since": self.since, "url": self.url}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> ParentUnitFact:
        return cls(text_of(d, "value"), text_of(d, "since"), text_of(d, "url"))


@dataclass(frozen=True, slots=True)
class PageEntry:
    """A page the profile was built from: its title and kind (pages added/removed are events)."""

    title: str = ""
    kind: PageKind = PageKind.PAGE

    def to_json(self) -> JSON:
        return {"title": self.title, "kind": self.kind.value}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> PageEntry:
        return cls(text_of(d, "title"), member_of(PageKind, d.get("kind"), PageKind.PAGE))


Fact = AddressFact | PhoneFact | ValueFact | PersonFact | ReorganisationFact | ParentUnitFact


def _table(data: Mapping[str, Any], name: str, read: Callable[[Mapping[str, Any]], _F]) -> dict[str, _F]:
    raw = data.get(name)
    if not isinstance(raw, Mapping):
        return {}
    return {str(key): read(fact) for key, fact in raw.items() if isinstance(fact, Mapping)}


@dataclass(frozen=True, slots=True)
class CentreProfile:
    """A centre's merged facts; each table maps a fact's identity (street and number, E.164
    number, lower-case e-mail, case-folded name, date, URL) to the fact."""

    addresses: Mapping[str, AddressFact] = field(default_factory=dict)
    phones: Mapping[str, PhoneFact] = field(default_factory=dict)
    emails: Mapping[str, ValueFact] = field(default_factory=dict)
    head: Mapping[str, PersonFact] = field(default_factory=dict)
    people: Mapping[str, PersonFact] = field(default_factory=dict)
    fields_of_action: Mapping[str, ValueFact] = field(default_factory=dict)
    programmes: Mapping[str, ValueFact] = field(default_factory=dict)
    reorganisation: Mapping[str, ReorganisationFact] = field(default_factory=dict)
    parent_unit: ParentUnitFact | None = None
    pages: Mapping[str, PageEntry] = field(default_factory=dict)

    def tables(self) -> dict[str, Mapping[str, Fact]]:
        """The keyed fact tables by their stored name (everything but parent unit and pages)."""
        return {"addresses": self.addresses, "phones": self.phones, "emails": self.emails, "head": self.head,
                "people": self.people, "fields_of_action": self.fields_of_action, "programmes": self.programmes,
                "reorganisation": self.reorganisation}

    def to_json(self) -> JSON:
        data: JSON = {name: {key: fact.to_json() for key, fact in table.items()} for name, table in self.tables().items()}
        data["parent_unit"] = self.parent_unit.to_json() if self.parent_unit is not None else None
        data["pages"] = {url: page.to_json() for url, page in self.pages.items()}
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> CentreProfile:
        """Any stored profile; None (no profile yet) reads as the empty one."""
        data = data or {}
        parent = data.get("parent_unit")
        return cls(
            addresses=_table(data, "addresses", AddressFact.from_json),
            phones=_table(data, "phones", PhoneFact.from_json),
            emails=_table(data, "emails", ValueFact.from_json),
            head=_table(data, "head", PersonFact.from_json),
            people=_table(data, "people", PersonFact.from_json),
            fields_of_action=_table(data, "fields_of_action", ValueFact.from_json),
            programmes=_table(data, "programmes", ValueFact.from_json),
            reorganisation=_table(data, "reorganisation", ReorganisationFact.from_json),
            parent_unit=ParentUnitFact.from_json(parent) if isinstance(parent, Mapping) and parent else None,
            pages=_table(data, "pages", PageEntry.from_json),
        )
