"""The typed profile at the storage boundary: every stored profile reads, and what is written
back is the stored form itself, so a database's stored hashes still match rebuilt profiles."""

from __future__ import annotations

import hashlib
import json

from kiwatch.core.profile import CentreProfile, PersonFact, PhoneFact
from kiwatch.core.vocab import PageKind, PhoneKind
from kiwatch.pipelines.diff import diff_profiles
from kiwatch.pipelines.profile import build_profile, profile_hash
from kiwatch.records import PageRecord, without_raw

# A profile as kiwatch has stored it in profiles.data (written out by hand in that form).
STORED = {
    "addresses": {"am kanal 7": {"value": "Am Kanal 7, 45468 Hollerbach", "street": "Am Kanal 7", "postal_code": "45468",
                                 "city": "Hollerbach", "label": "", "url": "https://ki.example/kontakt"}},
    "phones": {"+49208123456": {"value": "+49208123456", "kind": "fax", "raw": "0208 / 12 34 56",
                                "url": "https://ki.example/kontakt"}},
    "emails": {"ki@hollerbach.example": {"value": "ki@hollerbach.example", "url": "https://ki.example/kontakt"}},
    "head": {"ina probst": {"value": "Ina Probst", "role": "Kommissarische Leitung", "url": "https://ki.example/",
                            "acting": "yes"}},
    "people": {"tom wendt": {"value": "Tom Wendt", "role": "Bildung", "url": "https://ki.example/team"}},
    "fields_of_action": {"bildung": {"value": "Bildung", "url": "https://ki.example/"}},
    "programmes": {"kaoa": {"value": "KAoA", "url": "https://ki.example/programme"}},
    "reorganisation": {"2025-01-01": {"value": "Ab 1. Januar 2025 gehört das KI zum Amt für Integration.",
                                      "date": "2025-01-01", "url": "https://ki.example/"}},
    "parent_unit": {"value": "Amt für Integration", "since": "2025-01-01", "url": "https://ki.example/"},
    "pages": {"https://ki.example/": {"title": "KI Hollerbach", "kind": "page"},
              "https://ki.example/flyer.pdf": {"title": "", "kind": "document"}},
}


def stored_hash(data: dict) -> str:
    return hashlib.sha256(json.dumps(without_raw(data), sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def test_a_stored_profile_reads_typed_and_writes_back_unchanged():
    profile = CentreProfile.from_json(STORED)
    assert profile.head["ina probst"] == PersonFact("Ina Probst", "Kommissarische Leitung", True, "https://ki.example/")
    assert profile.phones["+49208123456"].kind is PhoneKind.FAX
    assert profile.pages["https://ki.example/flyer.pdf"].kind is PageKind.DOCUMENT
    assert profile.to_json() == STORED
    assert profile_hash(profile) == stored_hash(STORED)


def test_profiles_of_older_versions_read_without_a_migration():
    old = {"addresses": {"x": {"value": "Markt 1", "street": "Markt 1", "url": "u"}},
           "phones": {"+492": {"value": "+492", "kind": "pager", "url": "u"}},
           "head": {"a": {"value": "A", "url": "u"}}, "pages": {"u": {"title": "T"}}}
    profile = CentreProfile.from_json(old)
    assert profile.addresses["x"].city == "" and profile.phones["+492"].kind is PhoneKind.PHONE
    assert profile.head["a"] == PersonFact("A", url="u") and profile.people == {} and profile.parent_unit is None
    assert CentreProfile.from_json(None) == CentreProfile()
    # compared with a profile built today, the old one yields the real differences only
    now = CentreProfile.from_json(dict(old, phones={"+492": {"value": "+492", "kind": "phone", "url": "u"}}))
    assert diff_profiles("x", profile, now) == []


def test_a_page_record_reads_from_any_stored_version():
    record = PageRecord(url="https://ki.example/", title="KI")
    assert PageRecord.from_json(json.loads(json.dumps(record.to_json()))) == record
    old = {"url": "u", "people": [{"name": "Ina Probst", "is_head": True, "acting": True}], "phones": [{"number": "+492"}]}
    read = PageRecord.from_json(old)
    assert read.people[0].is_head and read.people[0].acting and read.people[0].title == ""
    assert read.phones[0].kind is PhoneKind.PHONE and read.page_kind is PageKind.PAGE


def test_an_acting_head_is_built_and_stored_as_such():
    record = PageRecord.from_json({"people": [{"name": "Ina Probst", "role": "Leitung (kommissarisch)", "is_head": True,
                                               "acting": True}]})
    profile = build_profile([("https://ki.example/", record)])
    assert profile.to_json()["head"]["ina probst"]["acting"] == "yes"
    assert CentreProfile.from_json(json.loads(json.dumps(profile.to_json()))) == profile
    assert PhoneFact("+49").to_json()["kind"] == "phone"
