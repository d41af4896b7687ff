"""What the field rules read of a page, and its identity: the document key (issue 11).

The document layer (``document``) turns a body into blocks; a ``Reading`` is all that the field
rules (``page.fill``) and the site hints get of it: the page's own blocks — volatile ones (link
and teaser lists, stamps, counters) left out, paragraphs numbered from 0 in reading order —,
the mailto:/tel: links with the own block they sit in, structured data, title, page kind and
whether the page has a main container, and the breadcrumb trails of its chrome (the
units above the page, read from the parsed tree before the chrome is dropped). Its key, with the hints, the URL and the extractor's
code (kiwatch version and source, pipelines/fingerprint.py), is therefore the identity of the record: two bodies with the same key give the same
record. A re-crawl of a page that differs only in noise (another calendar, counter, date stamp,
session id, teaser list) finds the key its current snapshot was read from and skips the field
rules. Selector hints read the parsed tree, not the blocks: a page read with one has no key.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kiwatch.core.sitehints import is_selector
from kiwatch.core.vocab import PageKind
from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.document import Block
from kiwatch.pipelines.extract.keyspelling import key_spelling
from kiwatch.pipelines.extract.structured import Structured
from kiwatch.pipelines.fingerprint import extractor_fingerprint

Links = list[tuple[str, int]]  # (href, index of the block holding the link)


@dataclass(slots=True)
class Reading:
    """A page as the field rules see it (see the module's doc)."""

    url: str
    title: str
    page_kind: PageKind
    blocks: list[Block]  # the page's own blocks, in reading order
    mailtos: Links
    tels: Links
    structured: Structured
    has_main: bool  # a block of the page (own or volatile) lies inside the main container
    crumbs: list[str] = field(default_factory=list)  # breadcrumb trails of the chrome (unitpaths.crumb_trails)
    # the parsed tree, for selector hints only (not part of the key): a field rule that read it
    # would read what the key does not cover, so the rules get what they read of it here (crumbs)
    root: Any = None


_LONG_RUN_RE = re.compile(rf"\S{{{P.MAX_RUN_CHARS + 1},}}")


def _cut_run(m: re.Match[str]) -> str:
    run, n = m.group(), P.MAX_RUN_CHARS
    return " ".join(run[i:i + n] for i in range(0, len(run), n))


def cut_long_runs(text: str) -> str:
    """The text with every run longer than ``rules.MAX_RUN_CHARS`` without a space cut into pieces."""
    return text if len(text) <= P.MAX_RUN_CHARS else _LONG_RUN_RE.sub(_cut_run, text)


def own_blocks(blocks: list[Block], mailtos: Links, tels: Links) -> tuple[list[Block], Links, Links]:
    """The blocks without the volatile ones, paragraph (group) numbers renumbered from 0 in
    order of appearance (the rules compare them only for equality), and the links re-pointed
    at the remaining blocks; a link inside a volatile block is dropped (it is never the page's
    own). A link read after the last block keeps pointing past the end."""
    index: dict[int, int] = {}
    groups: dict[int, int] = {}
    own: list[Block] = []
    for i, b in enumerate(blocks):
        if b.volatile:
            continue
        index[i] = len(own)
        cells = tuple(cut_long_runs(c) for c in b.cells) if b.cells else b.cells
        own.append(Block(cut_long_runs(b.text), b.tag, b.in_main, cells, groups.setdefault(b.group, len(groups)), chrome=b.chrome))
    end = len(blocks)

    def moved(links: Links) -> Links:
        return [(href, index[i] if i < end else len(own)) for href, i in links if i >= end or i in index]

    return own, moved(mailtos), moved(tels)


def reading_key(reading: Reading, hints: Mapping[str, str] | None) -> str | None:
    """SHA-256 over everything ``page.fill`` reads, the blocks' texts in their key spelling, or
    None when a selector hint reads the tree. Blocks are keyed before the rules run (attribution
    marks them)."""
    if hints and any(is_selector(v) for v in hints.values()):
        return None
    s = reading.structured
    # the texts in the spelling the diff stage compares them in (keyspelling.py): a re-spelled
    # phone number or e-mail address reads as the snapshot's; links and structured data as they are
    blocks = [(key_spelling(b.text), b.tag, b.in_main, tuple(map(key_spelling, b.cells)) if b.cells else b.cells,
               b.group, b.volatile, b.foreign, b.chrome) for b in reading.blocks]
    data = (extractor_fingerprint(), reading.url, reading.title, str(reading.page_kind), reading.has_main, blocks,
            reading.mailtos, reading.tels, s.addresses, s.phones, s.emails, s.people, s.units, s.is_news, reading.crumbs,
            [(t, c.addresses, c.phones, c.emails, c.people, c.units) for t, c in s.chrome],
            sorted((hints or {}).items()))
    return hashlib.sha256(repr(data).encode("utf-8", "surrogatepass")).hexdigest()
