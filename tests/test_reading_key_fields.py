"""The reading key (extract/reading.py) covers every field of what the field rules read: a
Reading, each of its Blocks and its structured data. Enumerated from the dataclasses, so a
field added later without being keyed fails here — a noise-only re-crawl would otherwise keep
the old record of a page whose new value sits in that field."""

from __future__ import annotations

import copy
import dataclasses
from enum import Enum

from kiwatch.pipelines.extract.document import Block
from kiwatch.pipelines.extract.page import read
from kiwatch.pipelines.extract.reading import Reading, own_blocks, reading_key
from kiwatch.pipelines.extract.structured import Structured
from kiwatch.records import Address, Person, Phone
from tests.watchhelp import contact_page

URL = "http://127.0.0.1/ki/kontakt.html"
NOT_READ = {"root"}  # the parsed tree: only selector hints read it, and a page read with one has no key


def _reading() -> Reading:
    return read(contact_page().encode(), URL, "text/html", "utf-8")


def _other(value: object) -> object:
    """Another value of the same shape."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, Enum):
        return next(v for v in type(value) if v != value)
    if isinstance(value, int):
        return value + 1
    if isinstance(value, str):
        return value + " x"
    if value is None or isinstance(value, tuple):
        return (*(value or ()), "Zelle")
    raise AssertionError(f"no other value for {value!r}")


EXTRA = {  # one more item for each list field
    "blocks": Block("Lindenallee 14", "p", True),
    "mailtos": ("mailto:x@musterstadt.example", 0),
    "tels": ("tel:+4999991239", 0),
    "crumbs": "Amt 51 > Kommunales Integrationszentrum",
    "addresses": Address("Lindenallee 14", "99998", "Musterstadt"),
    "phones": Phone("+4999991239"),
    "emails": "x@musterstadt.example",
    "people": Person("Eva Beispiel", "Leitung", True),
    "chrome": ("Kontakt", Structured()),
    "units": "Amt 50 – Soziales und Integration",
}


def _changed(obj: object, name: str) -> None:
    value = getattr(obj, name)
    if isinstance(value, list):
        value.append(EXTRA[name])
    else:
        setattr(obj, name, _other(value))


def test_every_field_of_a_reading_changes_its_key():
    base = reading_key(_reading(), None)
    names = [f.name for f in dataclasses.fields(Reading) if f.name not in NOT_READ and f.name != "structured"]
    assert {"url", "title", "page_kind", "blocks", "has_main", "crumbs"} <= set(names)
    for name in names:
        r = _reading()
        _changed(r, name)
        assert reading_key(r, None) != base, name
    for name in (f.name for f in dataclasses.fields(Structured)):
        r = _reading()
        _changed(r.structured, name)
        assert reading_key(r, None) != base, f"structured.{name}"


def test_every_field_of_a_block_the_rules_see_changes_the_key():
    r = _reading()
    base = reading_key(r, None)
    assert len(r.blocks) > 3
    for name in (f.name for f in dataclasses.fields(Block)):
        changed = copy.deepcopy(r)
        changed.root = None
        block = changed.blocks[2]
        if name == "headline":  # (own_blocks gives the rules no teaser headline: it is dropped there)
            assert not any(b.headline for b in r.blocks)
            block.headline = True
            assert not own_blocks([block], [], [])[0][0].headline
            continue
        _changed(block, name)
        assert reading_key(changed, None) != base, f"block.{name}"

