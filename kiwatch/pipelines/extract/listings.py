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


# a calendar date first: a weekday before it, or a date of this year without the year ("Di, 03.02.2026 |
# …", "• 05.03. Frauenfrühstück", "7. Dezember: Elternabend") — how a list of coming dates reads,
# never a chronology, whose dates carry their years and no weekdays
_CALENDAR_DATE_RE = re.compile(
    r"^\W{0,3}(?:(?P<weekday>[A-ZÄÖÜ][a-zäöü]{1,9})\.?,?\s+(?:den\s+)?)?(?P<day>\d{1,2})\.\s?(?:(?P<month>\d{1,2})\.|(?P<name>[A-ZÄÖÜ][a-zäöü]+)\.?)"
    r"(?P<year>\s?(?:19|20)?\d{2})?(?!\d)")
# the first character of a line that may open a dated entry: a letter or digit, or a list glyph
# (Word exports its bullets as a character of a symbol font: "·", "§", "Ø", "ü")
_ENTRY_GLYPHS = frozenset("•·-–*§▪►▸‣◦○●■□➢→✓Ø")


def _calendar_line(text: str) -> bool:
    m = _CALENDAR_DATE_RE.match(text)
    if m is None:
        return False
    if m.group("name") is not None and m.group("name").lower() not in P.STAMP_MONTHS:
        return False  # "3. Platz", "2. Auflage"
    if m.group("weekday") is not None:
        return m.group("weekday").lower() in P.WEEKDAYS
    # a day and a month without a year: "05.03." (a section number "1.2." is no date)
    return m.group("year") is None and (m.group("name") is not None or len(m.group("day")) == len(m.group("month")) == 2)


def appointment_runs(blocks: Sequence[_Block]) -> None:
    """Two or more appointment lines in a row are a list of dates ("Termine"): it rotates as
    the dates pass, so it is not the page's own text; so are calendar lines (a weekday, or a date
    without its year, first) in a row, whatever their markup (paragraphs with a list glyph, lines
    split by <br>, a builder's text modules). Under a listing heading ("Nächste Termine",
    "Aktuelles") a date first or last ("Titel (12.11.2026)") is enough, and an entry goes on in
    the lines of its paragraph ("<b>12.11.2026</b><br>Titel") and in the <dd> of a dated <dt>."""
    hits = [bool(b.text[:1].isalnum() or b.text[:1] in _ENTRY_GLYPHS)
            and (_APPOINTMENT_RE.match(b.text) is not None or (_calendar_line(b.text) and not P.CENTRE_RE.search(b.text)))
            for b in blocks]
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


# a date on a line of its own (a listing entry's date line): "14.01.2026", "Mi, 14. Januar 2026"
_DATE_ONLY_RE = re.compile(
    r"\W{0,3}(?:[A-ZÄÖÜ][a-zäöü]{1,9}\.?,?\s+)?\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+\.?)\s?(?:(?:19|20)?\d{2})?\W{0,2}")
_ENTRY_MAX_LINES = 4  # a date, a title, a line or two of excerpt
_ENTRY_LINE_MAX = 400
_DATE_LINE_MAX = 32


def dated_entries(blocks: Sequence[_Block]) -> None:
    """Entries that each open with a date on a line of its own, the same number of lines each
    ("14.01.2026" / "Neue Sprechzeiten" / "Ab Februar …" × n: a news rail of <div>s without
    links, a builder's repeated modules): a listing, whatever its markup — three entries in a
    row, or two under a listing heading. An entry with a heading inside it, a long line or a line
    that names the centre is the page's own text."""
    starts = [i for i, b in enumerate(blocks)
              if len(b.text) <= _DATE_LINE_MAX and not b.volatile and (b.text[:1].isdigit() or b.text[:1] in _ENTRY_GLYPHS or b.text[:2].istitle())
              and _DATE_ONLY_RE.fullmatch(b.text)]
    under_listing: list[bool] | None = None  # per block: the nearest heading above it is a listing's
    k = 0
    while k + 1 < len(starts):
        gap = starts[k + 1] - starts[k]
        n = 1
        while k + n < len(starts) and starts[k + n] - starts[k + n - 1] == gap:
            n += 1
        first = starts[k]
        end = starts[k + n - 1] + gap  # the last entry: as many lines as the others
        k += max(n - 1, 1)
        if not 2 <= gap <= _ENTRY_MAX_LINES or end > len(blocks):
            continue
        run = blocks[first:end]
        if any(b.tag in _SECTION_TITLE_TAGS or b.in_main != run[0].in_main or len(b.text) > _ENTRY_LINE_MAX or P.CENTRE_RE.search(b.text)
               for b in run):
            continue
        if n < 3:
            if under_listing is None:  # once per page: a walk back from each pair is quadratic in a page of pairs
                under_listing = _under_listing_headings(blocks)
            if not under_listing[first]:
                continue
        for b in run:
            b.volatile = True


def _under_listing_headings(blocks: Sequence[_Block]) -> list[bool]:
    """For each block: the nearest heading before it is a listing heading ("Aktuelles", "Termine")."""
    out = []
    under = False
    for b in blocks:
        out.append(under)
        if b.tag in _SECTION_TITLE_TAGS:
            under = P.LISTING_HEADING_RE.match(b.text) is not None
    return out


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


_LISTING_TITLE_MAX = 60


def volatile_sections(blocks: Sequence[_Block]) -> None:
    """A heading whose section holds only volatile blocks ("Aktuelles" over a news list,
    "Termine im September" over a calendar's pager) goes with them: out of the page's text,
    still a block (it ends the list before it). So does a listing's title set as a bold line
    rather than a heading (a flyer's "Termine im Herbst" over its dates), when the listing
    follows it at once: the title turns with the season as the dates do."""
    n = len(blocks)
    for i, block in enumerate(blocks):
        if block.tag not in _SECTION_TITLE_TAGS and not block.volatile and i + 1 < n and blocks[i + 1].volatile \
                and len(block.text) <= _LISTING_TITLE_MAX and blocks[i + 1].in_main == block.in_main \
                and P.LISTING_HEADING_RE.match(block.text) is not None and not P.CENTRE_RE.search(block.text):
            block.volatile = True
            continue
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
