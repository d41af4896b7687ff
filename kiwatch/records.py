"""Typed records that cross module boundaries: fetch results, page records, changes.

Each field is documented in one line. Raw values "as they appear on the page" are kept
apart from canonical ones, so a change report can quote the page while comparisons use the
canonical form (formatting-only edits then compare equal).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from kiwatch.core.profile import member_of, text_of
from kiwatch.core.vocab import (
    AttemptFailureReason,
    CentreRunStatus,
    ChangeKind,
    FetchOutcome,
    PageKind,
    PhoneKind,
    Severity,
)

__all__ = [
    "SEVERITY_OF_KIND",
    "Address",
    "AttemptFailureReason",
    "CentreTally",
    "ChangeEvent",
    "ChangeKind",
    "DatedFact",
    "FetchOutcome",
    "FetchResult",
    "PageKind",
    "PageRecord",
    "ParentUnit",
    "Person",
    "Phone",
    "PhoneKind",
    "Severity",
    "without_raw",
]


@dataclass(slots=True)
class FetchResult:
    """One fetch attempt of one URL of one centre, as the crawler reports it."""

    centre: str  # registry slug of the centre the URL belongs to
    url: str  # URL as requested (canonical form, fragment removed)
    outcome: FetchOutcome
    status: int | None = None  # HTTP status of the final response, if any
    final_url: str | None = None  # URL after redirects
    body: bytes | None = None  # raw body (only for OUTCOME.OK)
    content_type: str | None = None  # sniffed media type: "text/html" or "application/pdf"
    charset: str | None = None  # charset declared in the Content-Type header, if any
    etag: str | None = None  # validator for the next conditional request
    last_modified: str | None = None  # validator for the next conditional request
    reason: AttemptFailureReason | None = None  # set when outcome is FAILED/BLOCKED
    detail: str = ""  # human readable detail of the failure (exception text, status line)
    depth: int = 0  # link depth from a start URL
    fetched_at: datetime | None = None  # when the response (or failure) arrived, UTC
    links: str | None = None  # the page's in-scope links as extracted from this body (crawlers.scope.PageLinks JSON)


@dataclass(slots=True, frozen=True)
class Address:
    """A postal address as canonical parts plus the raw text it came from."""

    street: str  # canonical street incl. house number: "Sonnenwall 73-75"
    postal_code: str = ""  # five digits, "" when the page gives none
    city: str = ""  # "Duisburg"
    label: str = ""  # what the address belongs to: "Bezirksamt Mitte", "Internationales Zentrum"
    raw: str = field(default="", compare=False)  # as written on the page; not part of the value

    @property
    def key(self) -> str:
        """Identity used to compare addresses across versions: street and number only,
        so a version that adds the postal code is not a move."""
        return self.street.casefold()


@dataclass(slots=True, frozen=True)
class Phone:
    """A phone or fax number."""

    number: str  # E.164: "+492032836912"
    kind: PhoneKind = PhoneKind.PHONE
    raw: str = field(default="", compare=False)  # as written: "0203/ 283 69 12"; not part of the value


@dataclass(slots=True, frozen=True)
class Person:
    """A named person with the role the page gives them."""

    name: str  # "Marijo Terzic": given name(s) and surname, without titles, whitespace collapsed
    role: str = ""  # "Leiter des Kommunalen Integrationszentrums"
    is_head: bool = False  # role says the person leads the centre (Leitung/Leiter/Leiterin)
    email: str = ""  # canonical e-mail next to the person, if any
    phone: str = ""  # E.164 phone next to the person, if any
    title: str = ""  # academic title or form of address kept apart from the name: "Dr.", "Prof. Dr."
    acting: bool = False  # an acting head ("kommissarische Leitung"): a head change worth saying so


@dataclass(slots=True, frozen=True)
class ParentUnit:
    """The organisational unit the centre belongs to."""

    kind: str  # Dezernat, Amt, Fachbereich, Stabsstelle, Referat, Sachgebiet, Abteilung
    name: str  # full canonical wording: "Stabsstelle im Dezernat II für Recht, Familie und Integration"
    number: str = ""  # unit number if given: "II", "40-2-3"
    since: str = ""  # ISO date from "Seit dem 1.5.2021", if given


@dataclass(slots=True, frozen=True)
class DatedFact:
    """A sentence that records or announces an organisational event on a date."""

    date: str  # ISO date "2024-01-01"
    sentence: str  # the sentence, whitespace collapsed
    is_reorganisation: bool = False  # announces/records a restructuring


@dataclass(slots=True)
class PageRecord:
    """Everything extracted from one page (HTML or PDF), canonical where comparable."""

    url: str
    title: str = ""
    page_kind: PageKind = PageKind.PAGE
    main_text: str = ""  # visible main text, boilerplate removed, canonicalised for diffing
    addresses: list[Address] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    parent_units: list[ParentUnit] = field(default_factory=list)
    fields_of_action: list[str] = field(default_factory=list)
    programmes: list[str] = field(default_factory=list)
    programmes_listed: bool = False  # programmes come from the page's own list ("Unsere Programme: …"), not from mentions
    dated_facts: list[DatedFact] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PageRecord:
        """The record as a snapshot stored it, from any version: a field added since reads as
        empty, a value outside a closed set as the set's default."""
        def dicts(key: str) -> list[Mapping[str, Any]]:
            items = data.get(key)
            return [d for d in items if isinstance(d, Mapping)] if isinstance(items, list) else []

        def texts(key: str) -> list[str]:
            items = data.get(key)
            return [t for t in items if isinstance(t, str)] if isinstance(items, list) else []

        return cls(
            url=text_of(data, "url"), title=text_of(data, "title"),
            page_kind=member_of(PageKind, data.get("page_kind"), PageKind.PAGE), main_text=text_of(data, "main_text"),
            addresses=[Address(text_of(a, "street"), text_of(a, "postal_code"), text_of(a, "city"), text_of(a, "label"),
                               text_of(a, "raw")) for a in dicts("addresses")],
            phones=[Phone(text_of(p, "number"), member_of(PhoneKind, p.get("kind"), PhoneKind.PHONE), text_of(p, "raw"))
                    for p in dicts("phones")],
            emails=texts("emails"),
            people=[Person(text_of(p, "name"), text_of(p, "role"), bool(p.get("is_head")), text_of(p, "email"),
                           text_of(p, "phone"), text_of(p, "title"), bool(p.get("acting"))) for p in dicts("people")],
            parent_units=[ParentUnit(text_of(u, "kind"), text_of(u, "name"), text_of(u, "number"), text_of(u, "since"))
                          for u in dicts("parent_units")],
            fields_of_action=texts("fields_of_action"), programmes=texts("programmes"),
            programmes_listed=bool(data.get("programmes_listed")),
            dated_facts=[DatedFact(text_of(f, "date"), text_of(f, "sentence"), bool(f.get("is_reorganisation")))
                         for f in dicts("dated_facts")],
        )


def without_raw(data: object) -> object:
    """The JSON form of a record or profile without the as-written spellings, for hashing:
    a value written differently is the same value and must not make a new version."""
    if isinstance(data, dict):
        return {k: without_raw(v) for k, v in data.items() if k != "raw"}
    if isinstance(data, list):
        return [without_raw(v) for v in data]
    return data


SEVERITY_OF_KIND: dict[ChangeKind, Severity] = {
    ChangeKind.ADDRESS: Severity.HIGH,
    ChangeKind.HEAD: Severity.HIGH,
    ChangeKind.PARENT_UNIT: Severity.HIGH,
    ChangeKind.REORGANISATION: Severity.HIGH,
    ChangeKind.CONTACT: Severity.MEDIUM,
    ChangeKind.PEOPLE: Severity.MEDIUM,
    ChangeKind.PROGRAMMES: Severity.MEDIUM,
    ChangeKind.PAGE_ADDED: Severity.MEDIUM,
    ChangeKind.PAGE_REMOVED: Severity.MEDIUM,
    ChangeKind.CONTENT: Severity.LOW,
}


@dataclass(slots=True)
class ChangeEvent:
    """A classified change of one centre, before it is stored."""

    centre: str  # registry slug
    kind: ChangeKind
    old: str = ""  # old value, display form ("" when added)
    new: str = ""  # new value, display form ("" when removed)
    url: str = ""  # page the evidence comes from
    evidence: str = ""  # short snippet of the page text around the new (or old) value
    diff: list[tuple[int, str]] | None = None  # word-level diff for content edits: (op, text), op -1/0/1
    severity: Severity | None = None  # defaults to SEVERITY_OF_KIND[kind]

    def __post_init__(self) -> None:
        if self.severity is None:
            self.severity = SEVERITY_OF_KIND[self.kind]


@dataclass
class CentreTally:
    """What one crawl did for one centre; printed as the run summary, stored in centre_runs."""

    pages: int = 0  # URLs reported by the crawler
    unchanged: int = 0  # same content, or 304
    changed: int = 0  # new pages and new versions
    reread: int = 0  # pages that did not change, read anew by a newer extractor (pipelines.fingerprint)
    failed: int = 0  # attempts that stored nothing but the attempt
    changes: int = 0  # change events recorded in this run
    status: CentreRunStatus = CentreRunStatus.OK
    baseline: bool = False  # the centre's first profile was recorded
    failures: list[str] = field(default_factory=list)  # one line per failed page, for the summary
    reasons: dict[str, int] = field(default_factory=dict)  # failure reason → pages, for the run's cause

    def summary(self) -> dict[str, object]:
        # field by field, not dataclasses.asdict (a recursive deep copy): the run summary holds
        # one of these per centre, and a run of 1,000 centres builds a thousand
        return {"pages": self.pages, "unchanged": self.unchanged, "changed": self.changed, "reread": self.reread,
                "failed": self.failed, "changes": self.changes, "status": self.status, "baseline": self.baseline,
                "failures": list(self.failures), "reasons": dict(self.reasons)}
