"""Listings inside the page's text that rotate with the calendar or with what the site published
elsewhere, told by their lines rather than their markup: runs of appointment lines, dated entries
under a listing heading ("Aktuelles", "Termine"), teaser titles that are each a link to another
page, and the headings whose sections hold nothing else. Each pass marks blocks volatile in place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.normalise import remove_volatile


class _Block(Protocol):
    text: str
    tag: str
    in_main: bool
    group: int
    volatile: bool
    headline: bool


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# the title of a section: a heading, or the summary of a <details> disclosure ("Veranstaltungen")
_SECTION_TITLE_TAGS = _HEADING_TAGS | {"summary"}


# an appointment line: a date and a time first ("12.11.2026, 18 Uhr – Sitzung …", "Do, 10.12.2026 |
# 18:00 Uhr | …", "5. Dezember, 15:00 Uhr: …")
_APPOINTMENT_RE = re.compile(
    r"^\W{0,3}(?:[A-ZÄÖÜ][a-zäöü]{1,9}\.?,?\s+(?:den\s+)?)?\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+\.?)\s?(?:(?:19|20)?\d{2})?"
    r"\s*[,|–-]?\s*(?:(?:ab|um|von)\s+)?(?:\d{1,2}[:.]\d{2}(?!\d)|\d{1,2}\s*Uhr\b)"
)


# a listing entry dated at its end: "Bürgerbüro zieht um (08.11.2026)", "… – 08.11.2026"
_DATE_LAST_RE = re.compile(r"(?:[(\[]|[–|-]\s?)\s?\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d{2}[)\]]?\W{0,2}$")
_DATE_FIRST_RE = re.compile(r"^\W{0,3}(?:[A-ZÄÖÜ][a-zäöü]{1,9}\.?,?\s+)?\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+\.?)\s?(?:(?:19|20)?\d{2})?(?!\d)")


def appointment_runs(blocks: Sequence[_Block]) -> None:
    """Two or more appointment lines in a row are a list of dates ("Termine"): it rotates as
    the dates pass, so it is not the page's own text. Under a listing heading ("Nächste
    Termine", "Aktuelles") a date first or last ("Titel (12.11.2026)") is enough, and an entry
    goes on in the lines of its paragraph ("<b>12.11.2026</b><br>Titel") and in the <dd> of a
    dated <dt>."""
    hits = [bool(b.text[:1].isalnum() or b.text[:1] in "•·-–*") and _APPOINTMENT_RE.match(b.text) is not None for b in blocks]
    listing = False
    for i, block in enumerate(blocks):
        if block.tag in _SECTION_TITLE_TAGS:
            listing = P.LISTING_HEADING_RE.match(block.text) is not None
        elif listing and not hits[i] and (_DATE_FIRST_RE.match(block.text) or _DATE_LAST_RE.search(block.text[-40:])) \
                and not P.CENTRE_RE.search(block.text):
            # (a dated line about the centre itself is what the page says: "01.07.2026 – Das KI wird …")
            hits[i] = True
        elif listing and i and hits[i - 1] and not P.CENTRE_RE.search(block.text) and (
                (block.group == blocks[i - 1].group and block.tag == blocks[i - 1].tag) or (block.tag == "dd" and blocks[i - 1].tag == "dt")):
            hits[i] = True
    for i, block in enumerate(blocks):
        if hits[i] and ((i > 0 and hits[i - 1]) or (i + 1 < len(blocks) and hits[i + 1])):
            block.volatile = True


_TEASER_EXCERPT_MAX = 2  # a teaser shows its title and a line or two of excerpt


def headline_runs(blocks: Sequence[_Block]) -> None:
    """Headings of one level that are each nothing but a link to another page, one after the
    other with at most a short excerpt between them, are the titles of teasers: they and their
    excerpts show other pages ("<h3><a>Meldung</a></h3><p>Kurztext …</p>" × n), not the page's text.
    A run with a contact fact or a role under a title is a team (people's cards under linked names)
    and stays."""
    n = len(blocks)
    runs: list[list[int]] = []
    i = 0
    while i < n:
        if not blocks[i].headline:
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < n:
            k = j
            while k < n and k - j < _TEASER_EXCERPT_MAX and blocks[k].tag not in _SECTION_TITLE_TAGS:
                k += 1
            if k < n and blocks[k].headline and blocks[k].tag == blocks[i].tag and blocks[k].in_main == blocks[i].in_main:
                run.extend(range(j, k + 1))
                j = k + 1
            else:
                # the last teaser's excerpt: up to the next heading, as short as the others
                while j < n and j - run[-1] <= _TEASER_EXCERPT_MAX and blocks[j].tag not in _SECTION_TITLE_TAGS:
                    run.append(j)
                    j += 1
                break
        if sum(blocks[r].headline for r in run) >= 2 and not any(not blocks[r].headline and P.CONTACT_EVIDENCE_RE.search(blocks[r].text) for r in run):
            runs.append(run)
        i = j
    for run in runs:
        for r in run:
            blocks[r].volatile = True


def volatile_sections(blocks: Sequence[_Block]) -> None:
    """A heading whose section holds only volatile blocks ("Aktuelles" over a news list,
    "Termine im September" over a calendar's pager) goes with them: out of the page's text,
    still a block (it ends the list before it)."""
    n = len(blocks)
    for i, block in enumerate(blocks):
        if block.tag not in _SECTION_TITLE_TAGS or block.volatile:
            continue
        j = i + 1
        while j < n and blocks[j].tag not in _SECTION_TITLE_TAGS and blocks[j].in_main == block.in_main:
            j += 1
        if j > i + 1 and all(b.volatile or _only_noise(b.text) for b in blocks[i + 1:j]) and any(b.volatile for b in blocks[i + 1:j]):
            block.volatile = True


def _only_noise(text: str) -> bool:
    """A line that is nothing but a stamp or counter ("Stand: 25.04.2025")."""
    return len(text) <= 80 and not remove_volatile(text).strip(" ·|:-–")
