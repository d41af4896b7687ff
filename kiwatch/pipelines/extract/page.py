"""Page assembly: one fetched body -> PageRecord, fields filled in layers, each layer only
filling what the ones before left empty: structured data -> labelled rows and cards -> prose
grammar -> site hints."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Mapping
from dataclasses import replace
from typing import TypeVar

import lxml.html
from lxml import etree

from kiwatch.core.errors import ExtractionError
from kiwatch.core.sitehints import is_selector
from kiwatch.core.vocab import ExtractionFailureReason, PageKind
from kiwatch.pipelines import rules as P
from kiwatch.pipelines.content import HTML, PDF, decode_html, sniff_type
from kiwatch.pipelines.extract.addresses import find_addresses
from kiwatch.pipelines.extract.attribution import mark_foreign
from kiwatch.pipelines.extract.chrome import CENTRE, OTHER, chrome_owners, named_owner
from kiwatch.pipelines.extract.contact import find_emails, find_phones
from kiwatch.pipelines.extract.dated import find_dated_facts
from kiwatch.pipelines.extract.document import (
    CONTROL_RE,
    PARSER,
    XML_DECL_RE,
    Block,
    check_soft_error,
    find_main,
    looks_like_news,
    page_title,
    sentences_of,
    unglue,
    walk_html,
)
from kiwatch.pipelines.extract.grammar import CentreNames
from kiwatch.pipelines.extract.hints import apply_hints
from kiwatch.pipelines.extract.ownership import mark_labelled_owners, mark_named_cards
from kiwatch.pipelines.extract.people import find_people
from kiwatch.pipelines.extract.programmes import (
    find_fields_of_action,
    find_programmes,
    listed_programmes,
)
from kiwatch.pipelines.extract.reading import Reading, own_blocks
from kiwatch.pipelines.extract.spelling import plain_compounds
from kiwatch.pipelines.extract.structured import Structured, structured_data
from kiwatch.pipelines.extract.textlayer import prose_join, text_lines
from kiwatch.pipelines.extract.unitpaths import crumb_trails
from kiwatch.pipelines.extract.units import find_parent_units
from kiwatch.pipelines.extract.unitwords import unit_from_text
from kiwatch.pipelines.normalise import canonical_email, canonical_phone, canonical_text, is_stamp
from kiwatch.pipelines.pdftext import pdf_to_text
from kiwatch.records import PageRecord

# =========================================================================== entry points

T = TypeVar("T")


def extract(body: bytes, url: str, content_type: str | None = None, charset: str | None = None,
            hints: Mapping[str, str] | None = None) -> PageRecord:
    """Record of one fetched body; the type is sniffed from the bytes, headers only help.
    ``hints`` (field -> CSS selector or label word, from the registry) fill what is left empty."""
    return fill(read(body, url, content_type, charset), hints)


def read(body: bytes, url: str, content_type: str | None = None, charset: str | None = None) -> Reading:
    """The document layer of one fetched body: what the field rules will read (see reading.py);
    raises ExtractionError for what is no page (empty, error page, too large, unsupported)."""
    if not body or not body.strip():
        raise ExtractionError(ExtractionFailureReason.EMPTY_CONTENT, "empty body (0 bytes)")
    kind = sniff_type(body, content_type)
    if kind == PDF:
        return read_text(pdf_to_text(body), url, page_kind=PageKind.DOCUMENT)
    if kind == HTML:
        text = decode_html(body, charset)
        if "<" not in text[:4096] and (content_type or "").startswith("text/plain"):
            return read_text(text, url)
        return read_html(text, url)
    raise ExtractionError(
        ExtractionFailureReason.UNSUPPORTED_CONTENT, f"unsupported content (declared {content_type or 'nothing'}, no HTML/PDF signature)"
    )


def extract_html(html: str, url: str, hints: Mapping[str, str] | None = None) -> PageRecord:
    """Record of one HTML page (already decoded)."""
    return fill(read_html(html, url), hints)


def extract_text(text: str, url: str, page_kind: PageKind = PageKind.PAGE, hints: Mapping[str, str] | None = None) -> PageRecord:
    """Record of plain text (PDF text layers): same heuristics, no markup."""
    return fill(read_text(text, url, page_kind), hints)


# the characters CONTROL_RE removes: testing for each (a substring search) is ~10x cheaper than
# the pattern's scan of a whole page, and a page almost never holds one
CONTROL_CHARS = tuple(map(chr, (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0xFFFE, 0xFFFF)))


def read_html(html: str, url: str) -> Reading:
    html = html or ""
    if any(ch in html for ch in CONTROL_CHARS):
        html = CONTROL_RE.sub("", html)
    html = XML_DECL_RE.sub("", html, count=1)
    if not html.strip():
        raise ExtractionError(ExtractionFailureReason.EMPTY_CONTENT, "empty document")
    try:
        root = lxml.html.document_fromstring(html, parser=PARSER, base_url=url)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(ExtractionFailureReason.EMPTY_CONTENT, f"no parsable content: {exc}") from None

    structured = structured_data(root)
    main_el = find_main(root)
    walk = walk_html(root, main_el)
    all_lines = [b.text for b in walk.blocks]
    title = page_title(root, main_el)

    visible = sum(len(line) for line in all_lines)
    if visible > P.MAX_VISIBLE_CHARS:
        raise ExtractionError(ExtractionFailureReason.TOO_LARGE, f"{visible} characters of visible text (limit {P.MAX_VISIBLE_CHARS})")
    check_soft_error(root, title, all_lines, visible)

    kind = PageKind.NEWS if structured.is_news or looks_like_news(root, url) else PageKind.PAGE
    blocks, mailtos, tels = own_blocks(walk.blocks, walk.mailtos, walk.tels)
    return Reading(url, title, kind, blocks, mailtos, tels, structured, any(b.in_main for b in walk.blocks),
                   crumb_trails(root), root)


def read_text(text: str, url: str, page_kind: PageKind = PageKind.PAGE) -> Reading:
    if len(text or "") > P.MAX_VISIBLE_CHARS * 2:
        raise ExtractionError(ExtractionFailureReason.TOO_LARGE, f"{len(text)} characters of text (limit {P.MAX_VISIBLE_CHARS})")
    lines = text_lines(text or "")
    if sum(len(line) for line in lines) < P.MIN_VISIBLE_CHARS:
        raise ExtractionError(
            ExtractionFailureReason.PDF_ERROR if page_kind == PageKind.DOCUMENT else ExtractionFailureReason.EMPTY_CONTENT,
            "no text layer (scanned or image-only PDF)" if page_kind == PageKind.DOCUMENT else "no visible text",
        )
    blocks = []
    for line in lines:
        bullet = _BULLET_RE.match(line)
        text = line[bullet.end():] if bullet else line
        blocks.append(Block(text, "li" if bullet else "p", True, volatile=is_stamp(text)))
    title = canonical_text(next((b.text for b in blocks if len(b.text) > 3), "")[:200])
    own, _, _ = own_blocks(blocks, [], [])
    return Reading(url, title, page_kind, own, [], [], Structured(), True)


def fill(reading: Reading, hints: Mapping[str, str] | None = None) -> PageRecord:
    """The record of a page read by the document layer: the field rules, then the site hints
    (selector hints only where there is a parsed tree)."""
    record = PageRecord(url=reading.url, title=reading.title, page_kind=reading.page_kind)
    blocks = _fill(record, reading)
    if hints:
        if reading.root is None:
            hints = {k: v for k, v in hints.items() if not is_selector(v)}
        apply_hints(record, hints, [b.text for b in blocks if not b.foreign], reading.root)
    return record


# =========================================================================== record assembly


def _fill(record: PageRecord, reading: Reading) -> list[Block]:
    """Fill the record in layers; returns the blocks as attributed (for the site hints). The
    blocks are the page's own (volatile ones are not in a Reading)."""
    blocks, structured, mailtos, tels = reading.blocks, reading.structured, reading.mailtos, reading.tels
    for b in blocks:  # (easy-language spelling: "Fach·bereich", "Integrations-Rat")
        b.text = plain_compounds(b.text)
    main_blocks = [b for b in blocks if b.in_main] if reading.has_main else blocks
    main_join = "\n".join(b.text for b in main_blocks)
    main_text = canonical_text(main_join)
    record.main_text = main_text
    centre = CentreNames.of_text(main_text + "\n" + record.title, record.title, record.url)

    # whose block each fact sits in; links keep the block they were in
    index_of = {id(b): i for i, b in enumerate(blocks)}
    lower = chrome_owners(blocks, centre.regex)  # page chrome of another owner is foreign; of nobody, a lower layer
    blocks, named = mark_labelled_owners(blocks, centre)
    blocks = mark_foreign(blocks, centre)
    for b in blocks:  # (attribution may take a block back that a qualified label gave away)
        if id(b) in named:
            b.foreign = True
    mark_named_cards(blocks, centre)
    # a link sits in the block its text flushed into (the index when it was read); a block split
    # by mark_foreign keeps the original's identity for its first part
    skip = {index_of[id(b)] for b in blocks if b.foreign and id(b) in index_of}
    if lower:  # (the links in the lower layer's chrome are read with it, below)
        skip |= {i for i, b in enumerate(reading.blocks) if b.group in lower}
    own_mailtos = [href for href, i in mailtos if i not in skip]
    own_tels = [href for href, i in tels if i not in skip]
    if any(b.foreign and id(b) not in index_of for b in blocks):
        # a block split by whose it is: a link goes with the part that shows its address
        split_foreign = [b.text for b in blocks if b.foreign and id(b) not in index_of]
        own_mailtos = [h for h in own_mailtos if not _shown_in(canonical_email(h[7:].split("?")[0]) or "", split_foreign, email=True)]
        own_tels = [h for h in own_tels if not _shown_in(canonical_phone(h) or "", split_foreign, email=False)]
    # (the page's lines with someone else's blocks left empty: a unit line over another service's section is no
    # heading of the centre's below it, however near it comes once that section is taken out)
    layout = [unglue(b.text) if not b.foreign else "" for b in blocks]
    own = [t for t, b in zip(layout, blocks, strict=True) if not b.foreign]
    cards = own
    # the lower layer: chrome that names no owner (a group keeps its number through attribution's splits)
    content = [b for b in blocks if not b.foreign and b.group not in lower]
    chrome = [b for b in blocks if not b.foreign and b.group in lower]
    lower_mailtos = _lower_links(mailtos, reading.blocks, lower)
    lower_tels = _lower_links(tels, reading.blocks, lower)
    card_headings = _section_headings([b for b in blocks if not b.foreign])
    foreign = [b.text for b in blocks if b.foreign]
    main_sentences = sentences_of(main_text)
    own_join = "\n".join(own)
    # (the same text again on most pages: canonical_text is the rules' largest single cost)
    own_text = main_text if own_join == main_join else canonical_text(own_join)
    # prose reads a paragraph's sentence whole where an editor broke it with <br> (only its
    # sentences: the page text and the lines the cards and labels are read from keep the breaks)
    prose = prose_join(blocks, layout)
    prose_text = own_text if prose == own_join else canonical_text(prose)
    own_sentences = main_sentences if prose_text == main_text else sentences_of(prose_text)

    # layer 1: structured data; layer 2: labelled rows, cards and prose add only items not known
    # yet (JSON-LD often describes just the office, while the people's numbers are in the text)
    # (a card in page chrome is the centre's when it names the centre, the lower layer when it
    # names nobody, and nobody's fact of the centre when it names another owner)
    cards_lower = Structured()
    if structured.chrome:
        first = Structured(is_news=structured.is_news)
        first.addresses, first.phones = list(structured.addresses), list(structured.phones)
        first.emails, first.people = list(structured.emails), list(structured.people)
        for text, card in structured.chrome:
            whose = named_owner(text, centre.regex)
            if whose != OTHER:
                into = first if whose == CENTRE else cards_lower
                into.addresses += card.addresses
                into.phones += card.phones
                into.emails += card.emails
                into.people += card.people
        structured = first
    contact = [unglue(b.text) for b in content] if lower else own
    record.addresses = _merge(structured.addresses, find_addresses(_with_cells(content, contact)), lambda a: a.key)
    rows = [b.cells for b in blocks if b.cells and len(b.cells) >= 2 and not b.foreign]
    content_rows = [b.cells for b in content if b.cells and len(b.cells) >= 2] if lower else rows
    record.phones = _merge(structured.phones, find_phones(contact, own_tels, content_rows), lambda p: (p.number, p.kind))
    record.emails = _merge(structured.emails, find_emails(contact, own_mailtos), lambda e: e)
    if chrome or structured.chrome:
        # the chrome that names no owner fills only what the page's content left empty
        lines = [unglue(b.text) for b in chrome]
        chrome_rows = [b.cells for b in chrome if b.cells and len(b.cells) >= 2]
        if not record.addresses:
            record.addresses = _merge(cards_lower.addresses, find_addresses(_with_cells(chrome, lines)), lambda a: a.key)
        if not record.phones:
            record.phones = _merge(cards_lower.phones, find_phones(lines, lower_tels, chrome_rows), lambda p: (p.number, p.kind))
        if not record.emails:
            record.emails = _merge(cards_lower.emails, find_emails(lines, lower_mailtos), lambda e: e)
    people = find_people(cards, own_sentences, rows, centre, card_headings)
    if foreign:  # someone else's people are people, never the centre's head
        others = find_people(foreign, sentences_of(canonical_text("\n".join(foreign))), (), centre)
        # (unless the role itself names the centre: "…, Leiterin des Kommunalen Integrationszentrums, NAME"
        # in a block another owner's label took is still the centre's head)
        people += [replace(p, email="", phone="") if p.is_head and (centre.regex.search(p.role) or p.role.startswith(("KI-", "KIZ-")))
                   else replace(p, is_head=False, acting=False, email="", phone="") for p in others]
    record.people = _merge(structured.people, people, lambda p: p.name.casefold())
    record.parent_units = find_parent_units(own, own_sentences, centre, rows, record.title, reading.crumbs, layout)
    if not record.parent_units and structured.units:
        # only the page's structured data says where the centre belongs (a lean page whose text names no unit)
        record.parent_units = [u for name in structured.units if (u := unit_from_text(name)) is not None][:1]
    record.fields_of_action = find_fields_of_action(blocks, own_sentences)
    listed = listed_programmes(blocks)
    record.programmes = listed or find_programmes("\n".join(b.text for b in blocks))
    record.programmes_listed = bool(listed)
    record.dated_facts = find_dated_facts([s for s in main_sentences])
    return blocks


_BULLET_RE = re.compile(r"^[" + re.escape(P.BULLETS) + r"\-–]\s+")


def _lower_links(links: list[tuple[str, int]], read: list[Block], lower: set[int]) -> list[str]:
    """The links (href, index of the block read) in the lower layer's chrome, not given to
    another owner."""
    n = len(read)
    return [href for href, i in links if i < n and read[i].group in lower and not read[i].foreign]


def _with_cells(blocks: list[Block], own: list[str]) -> list[str]:
    """The lines of the blocks (one each), each table row followed by its cells that hold a digit:
    a street in a cell of its own ("Hafenstraße 7" between the centre's name and its phone) is a
    line of its own."""
    if not any(b.cells for b in blocks):
        return own
    out: list[str] = []
    for line, b in zip(own, blocks, strict=True):
        out.append(line)
        if b.cells and len(b.cells) >= 2:
            out.extend(c for c in b.cells if len(c) <= 80 and any(ch.isdigit() for ch in c))
    return out


def _shown_in(value: str, texts: list[str], email: bool) -> bool:
    """The e-mail address or phone number (canonical) written in one of the texts."""
    if not value:
        return False
    for text in texts:
        if email and value in text.lower():
            return True
        if not email and any(canonical_phone(m.group(0)) == value for m in P.PHONE_NUMBER_RE.finditer(text)):
            return True
    return False


def _merge(first: list[T], second: list[T], key: Callable[[T], Hashable]) -> list[T]:
    seen = {key(item) for item in first}
    merged = list(first)
    for item in second:
        if key(item) not in seen:
            seen.add(key(item))
            merged.append(item)
    return merged


def _section_headings(blocks: list[Block]) -> list[str]:
    """Per block, the text of the last heading (h2–h6) before it; a heading is its own section's."""
    out: list[str] = []
    current = ""
    for b in blocks:
        if b.tag in ("h2", "h3", "h4", "h5", "h6"):
            current = b.text
        out.append(current)
    return out
