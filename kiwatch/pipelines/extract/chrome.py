"""Whose facts the page chrome holds (issue 7): a footer, sidebar or widget kept because it holds
contact evidence (boilerplate.KEPT_CHROME) is often another owner's block — the site owner's line
("Stadt X · Marktplatz 1 · …", "Ein Angebot der Stadt X"), an office box (the mayor's, the
Bürgerbüro), a press contact card — beside the centre's own facts in the content.

Each kept chrome element is read as a box of lines: the lines that name an owner decide whose
the lines after them are (and the lines before the first of them take its owner):

- the centre named, or its own voice ("So erreichen Sie uns"): the centre's — a microsite's
  footer, the centre's "Kontakt" box in an <aside>; the rules read it like content;
- another owner named (the administration as a whole, an office of it, a press office, another
  institution): that owner's, its blocks are ``foreign``;
- nobody named: a lower layer (``lower_groups``): its contact facts fill only the fields the
  page's content left empty (a page whose only address is in the footer).
"""

from __future__ import annotations

import re

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.document import Block
from kiwatch.pipelines.extract.institutions import names_other_institution
from kiwatch.pipelines.firstchar import led
from kiwatch.pipelines.gate import gated

CENTRE, OTHER = 1, 2  # whom chrome names (0: nobody)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_OTHER_OWNER_RE = gated(re.compile(r"(?:" + "|".join(P.OTHER_OWNERS) + r")"))
_HEADING_OWNER_RE = gated(re.compile(r"(?:" + "|".join(P.HEADING_OWNERS) + r")"))
_DISTRACTOR_RE = led(re.compile(r"(?:^|(?<=[\s(·|,;:–-]))(?:" + "|".join(P.DISTRACTOR_LABELS) + r")(?![a-zäöüß])"))
_ORGANISATION_RE = re.compile(r"(?:" + "|".join(P.ORGANISATION_HEADS) + r")")
_CHROME_OWNER_RE = re.compile(r"(?:" + "|".join(P.CHROME_OWNERS) + r")")
_SITE_LINKS_RE = re.compile(r"(?i:Impressum|Datenschutz(?:erklärung|hinweise)?|Barrierefreiheit|Erklärung\s+zur\s+Barrierefreiheit"
                            r"|Sitemap|Cookie-?Einstellungen|Leichte\s+Sprache|Gebärdensprache|Privacy(?:\s+policy)?|Accessibility)")
_OWN_VOICE_LINE_RE = re.compile(r"^\W{0,3}(?:So\s+(?:erreichen|finden)\s+Sie\s+uns|Sie\s+(?:erreichen|finden)\s+uns"
                                r"|Unser(?:e[mnrs]?)?\s+(?:" + "|".join(P.OWN_PLACE_WORDS) + r"|Adresse|Anschrift|Kontakt\w*)\b)")


def _names_centre(text: str, centre_re: re.Pattern[str]) -> bool:
    """The centre itself, not the centres of the whole state ("Kommunale Integrationszentren")."""
    return any(not m.group(0).endswith("zentren") for m in centre_re.finditer(text))


# a unit of the administration opening a line ("Fachbereich Bildung", "Amt für Schule und Integration",
# "FB 4"): it may be the centre's own parent, so it names no other owner by its kind alone
_UNIT_LINE_RE = re.compile(r"^\W{0,3}(?:\d{1,3}(?:\.\d{1,3})*\s+)?(?:(?:Geschäftsbereich|Ressort|Fachgebiet|" + "|".join(P.UNIT_KINDS)
                           + r")(?![a-zäöüß])|(?:" + "|".join(re.escape(a) for a in P.UNIT_ABBREVIATIONS) + r")(?!\w))")
# the administration's name alone on a line, as a letterhead above one of its units
_LETTERHEAD_RE = re.compile(r"^\W{0,3}(?:Stadt|Kreis|Landkreis|Gemeinde|Städteregion|Hansestadt|Stadtverwaltung|Kreisverwaltung"
                            r"|Gemeindeverwaltung)(?:\s+[A-ZÄÖÜ][\w.-]*){1,2}\s*$")


def _letterhead(section: list[Block], i: int) -> bool:
    """The line is the administration's name above a unit line of its box ("Stadt X" / "Fachbereich
    Bildung" / street …): a letterhead, whose box is the unit's, not the site owner's."""
    return bool(_LETTERHEAD_RE.match(section[i].text) and i + 1 < len(section) and _UNIT_LINE_RE.match(section[i + 1].text))


def named_owner(text: str, centre_re: re.Pattern[str]) -> int:
    """Whom a line of chrome names: the centre, another owner, or nobody (0). A line of the
    site's own links ("Datenschutz · Barrierefreiheit · Sitemap") names nobody."""
    if len(text) <= 200 and not _SITE_LINKS_RE.sub("", text).strip(" ·|/–-,;"):
        return 0
    if _names_centre(text, centre_re) or _OWN_VOICE_LINE_RE.match(text):
        return CENTRE
    if (_CHROME_OWNER_RE.search(text) or _OTHER_OWNER_RE.search(text) or _DISTRACTOR_RE.search(text)
            or _HEADING_OWNER_RE.search(text) or names_other_institution(text, centre_re)):
        return OTHER
    # a short title line that is an organisation's name ("Standesamt", "Jugendamt Lindtal"), not a unit's
    if len(text) <= 70 and not _UNIT_LINE_RE.match(text) and not any(ch.isdigit() for ch in text) and "@" not in text and _ORGANISATION_RE.search(text):
        return OTHER
    return 0


def chrome_owners(blocks: list[Block], centre_re: re.Pattern[str]) -> set[int]:
    """Mark the blocks of kept chrome that name another owner ``foreign``; returns the paragraph
    (group) numbers of chrome that names nobody — the lower layer. A group that also holds text
    outside the chrome is never lower."""
    boxes: dict[int, list[Block]] = {}
    for b in blocks:
        if b.chrome:
            boxes.setdefault(b.chrome, []).append(b)
    if not boxes:
        return set()
    lower: set[int] = set()
    for box in boxes.values():
        owner = 0
        for section in _sections(box):
            owners = [0 if _letterhead(section, i) else named_owner(b.text, centre_re) for i, b in enumerate(section)]
            # the lines before the first owner a section names are its; a section that names
            # nobody goes on with the owner of the one before it (a column "Öffnungszeiten")
            owner = next((o for o in owners if o), owner)
            for b, named in zip(section, owners, strict=True):
                owner = named or owner
                if owner == OTHER:
                    b.foreign = True
                elif owner == 0:
                    lower.add(b.group)
    lower -= {b.group for b in blocks if not b.chrome}
    return lower


def _sections(box: list[Block]) -> list[list[Block]]:
    """The blocks of one chrome element cut before each heading."""
    out: list[list[Block]] = [[]]
    for b in box:
        if b.tag in _HEADINGS and out[-1]:
            out.append([])
        out[-1].append(b)
    return out
