"""The content hash of a record (what a snapshot is compared by): every value counts, the
as-written spellings (`raw`) and the URL do not — and the direct walk the workers use gives the
hash of the record's JSON form as stored (`to_json`, `without_raw`), the general definition."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace

from kiwatch.core.vocab import PageKind, PhoneKind
from kiwatch.pipelines.worker import content_hash
from kiwatch.records import Address, DatedFact, PageRecord, ParentUnit, Person, Phone, without_raw


def _record() -> PageRecord:
    return PageRecord(
        url="https://www.example.de/ki/", title="KI Nordheim", page_kind=PageKind.NEWS, main_text="Text\nmehr Text",
        addresses=[Address("Lindenallee 12", "99998", "Nordheim", "Haus B", raw="Lindenallee 12, 99998 Nordheim")],
        phones=[Phone("+49999912310", PhoneKind.FAX, raw="Fax (09999) 123 10")],
        emails=["ki@nordheim.example"],
        people=[Person("Anna Beispiel", "Leitung", True, "a@nordheim.example", "+4999991230", "Dr.", True)],
        parent_units=[ParentUnit("Amt", "Amt 51 Jugendamt", "51", "2021-05-01")],
        fields_of_action=["Bildung"], programmes=["KOMM-AN NRW"], programmes_listed=True,
        dated_facts=[DatedFact("2024-01-01", "Seit 2024 gehört das KI zum Amt 51.", True)],
    )


def _general(record: PageRecord) -> str:
    data = without_raw(record.to_json())
    assert isinstance(data, dict)
    data.pop("url")
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def test_the_content_hash_is_that_of_the_records_json_without_spellings_and_url():
    record = _record()
    assert content_hash(record) == _general(record)
    assert content_hash(PageRecord(url="x")) == _general(PageRecord(url="x"))


def test_spellings_and_the_url_do_not_count_every_value_does():
    record = _record()
    base = content_hash(record)
    respelled = replace(record, url="https://www.example.de/ki/?sid=1",
                        addresses=[replace(record.addresses[0], raw="Lindenallee 12 · Nordheim")],
                        phones=[replace(record.phones[0], raw="Fax: 09999/12310")])
    assert content_hash(respelled) == base
    assert content_hash(replace(record, phones=[replace(record.phones[0], kind=PhoneKind.PHONE)])) != base
    assert content_hash(replace(record, addresses=[replace(record.addresses[0], label="Haus C")])) != base
    assert content_hash(replace(record, people=[replace(record.people[0], acting=False)])) != base
    assert content_hash(replace(record, parent_units=[replace(record.parent_units[0], since="")])) != base
    assert content_hash(replace(record, dated_facts=[replace(record.dated_facts[0], is_reorganisation=False)])) != base
    assert content_hash(replace(record, programmes_listed=False)) != base
    assert content_hash(replace(record, page_kind=PageKind.PAGE)) != base
