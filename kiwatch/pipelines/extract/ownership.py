"""Whose contact facts, by what the page's own structure names (issue 7): a second pass next to
attribution's distractor labels, for owners no label list names.

- A contact label qualified by an owner ("Kontakt Stadtverwaltung", "Ansprechpartner beim
  Jobcenter", "Kontakt Schulberatung:") opens that owner's block unless the owner is the centre,
  its own voice or one of its own places (Sekretariat, Team, Außenstelle).
- A line of labelled parts where one label names the centre ("… · Integrationszentrum: …")
  says by contrast that the parts under the other labels are someone else's; field labels
  (Telefon, Fax, E-Mail) continue the part before them.
- A contact card or a section whose title is an organisation's name (a word ending in -büro,
  -amt, -schule, -center, "e. V." …) that is not the centre is that organisation's, where the
  page shows the centre's own card or section beside it (the contrast is the evidence).
- A table of institutions (two or more rows whose first cell is an organisation's name, each
  with an address or a number) is a directory, not the centre's contact.
"""

from __future__ import annotations

import re

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.document import Block
from kiwatch.pipelines.extract.grammar import NAME
from kiwatch.pipelines.extract.institutions import has_contact_fact, may_hold_fact, names_other_institution
from kiwatch.pipelines.extract.names import split_title, valid_name
from kiwatch.pipelines.extract.roles import CentreNames
from kiwatch.pipelines.gate import gated
from kiwatch.pipelines.normalise import STREET_HINT_RE

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_QUALIFIED_RE = re.compile(
    r"^\W{0,3}(?:Ihre?\s+)?(?:" + "|".join(P.CONTACT_LABEL_WORDS) + r")\s+(?:(?P<prep>" + "|".join(P.OWNER_PREPOSITIONS) + r")\s+)?"
    r"(?P<owner>[A-ZÄÖÜ][^:]{1,50}?)\s*(?::|$)"
)
_OWN_PLACE_RE = re.compile(r"^(?:(?:de[mnrs]|die|das|unser\w*)\s+)?(?:" + "|".join(P.OWN_PLACE_WORDS) + r")\b", re.IGNORECASE)
_OWN_SITE_RE = re.compile(r"\b(?:" + "|".join(P.OWN_SITE_WORDS) + r")\b")
_ORG_RE = re.compile(r"(?:" + "|".join(P.ORGANISATION_HEADS) + r")")
_OTHER_OWNER_RE = gated(re.compile(r"(?:" + "|".join(P.OTHER_OWNERS) + r")"))
_FIELD_LABEL_RE = re.compile(r"^(?:" + "|".join(P.FIELD_LABELS) + r")$", re.IGNORECASE)
_PART_SPLIT_RE = re.compile(r"\s+[·|–—]\s+")
_PART_LABEL_RE = re.compile(r"^([^:@\d]{1,50}):\s")
_ADMINISTRATION_RE = re.compile(r"\b(?:" + "|".join(P.ADMINISTRATION_WORDS) + r")\b")
_DISTRACTOR_RE = gated(re.compile(r"(?:^|(?<=[\s(·|,;:–-]))(?:" + "|".join(P.DISTRACTOR_LABELS) + r")(?![a-zäöüß])"))
_NAME_LINE_RE = re.compile(r"\s*" + NAME + r"\s*")
_FACT_RE = re.compile(r"@|\(at\)|\[at\]|\b\d{5}\s+[A-ZÄÖÜ]|" + P.PHONE_NUMBER_RE.pattern)


def _has_fact(text: str) -> bool:
    return bool(_FACT_RE.search(text) or STREET_HINT_RE.search(text))


def _is_person(text: str) -> bool:
    return valid_name(split_title(text.strip(" :"))[1])


def _names_someone_else(owner: str, centre_re: re.Pattern[str]) -> bool:
    """A qualifier that names an owner which is not the centre, its voice or its own place."""
    return not (centre_re.search(owner) or P.OWN_VOICE_RE.search(owner) or _OWN_PLACE_RE.match(owner) or _is_person(owner))


def _is_organisation(title: str, centre_re: re.Pattern[str]) -> bool:
    """A short title line that is an organisation's name, not the centre's, a person's or a label."""
    title = title.strip(" :")
    if not title or len(title) > 70 or any(ch.isdigit() for ch in title) or "@" in title:
        return False
    if centre_re.search(title) or _OWN_SITE_RE.search(title) or P.OWN_VOICE_RE.search(title):
        return False
    if names_other_institution(title, centre_re):
        return True  # (the grammar's "Büro für …" is an institution, the bare "Büro" one of the centre's places)
    if _OWN_PLACE_RE.match(title):
        return False
    # (an organisation's head noun outweighs two capitalised words that could be a name; a title
    # that is an acronym, "SkF", "LWL Westfalen", is a body's short name, never a person's)
    return bool(_ORG_RE.search(title) or _ACRONYM_TITLE_RE.fullmatch(title) or (_OTHER_OWNER_RE.search(title) and not _is_person(title)))


_ACRONYM_TITLE_RE = re.compile(r"[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,3}[A-ZÄÖÜ](?:\s+[A-ZÄÖÜ][\wäöüß-]+)?")


def mark_labelled_owners(blocks: list[Block], centre: CentreNames) -> tuple[list[Block], set[int]]:
    """Before attribution: split lines of labelled parts by owner and mark the blocks that a
    qualified contact label gives to another owner. Returns the blocks and the ids of those
    marked (attribution may look at them again; they stay someone else's)."""
    centre_re = centre.regex
    out: list[Block] = []
    marked: set[int] = set()
    for block in blocks:
        parts = [p for b in _own_label_later(block, centre_re) for p in _contrast_parts(b, centre_re)]
        marked.update(id(b) for b in parts if b.foreign and len(parts) > 1)
        out.extend(parts)
    _sibling_address_lines(out, centre_re, marked)
    _titled_cards(out, centre_re)
    qualified = [(i, m) for i, b in enumerate(out) if (m := _QUALIFIED_RE.match(b.text))]
    # a page that qualifies its labels by owner and names the centre in one of them: the bare
    # qualifiers of the others name someone else ("Kontakt Schulberatung" beside "Kontakt KI")
    contrast = any(centre_re.search(m.group("owner")) for _, m in qualified)
    for i, m in qualified:
        owner = m.group("owner")
        if not _names_someone_else(owner, centre_re):
            continue
        if not (m.group("prep") or contrast or _is_organisation(owner, centre_re) or _ADMINISTRATION_RE.search(owner)):
            continue  # "Kontakt Sprachbildung": a topic, not an owner
        for b in _scope(out, i, centre_re):
            b.foreign = True
            marked.add(id(b))
    return out, marked


_TITLE_LINES = 4  # lines of a card's title before its facts ("Stadt X – Der Bürgermeister" / "Pressestelle")
_TITLE_MAX_CHARS = 80
_PLACE_TITLE_RE = re.compile(r"^\W{0,3}(?:im|in\s+der|in\s+den|bei\s+der|beim|am)\b|\b(?:" + "|".join(P.OWN_SITE_WORDS) + r")\b")


def _titled_cards(blocks: list[Block], centre_re: re.Pattern[str]) -> None:
    """A card (the lines of one paragraph) whose title lines before its first fact name another
    owner and not the centre ("Stadt X – Pressestelle" / "Rathausplatz 1" / "Tel. …", "Frauenhaus
    Y" / "Kanalweg 3") is that owner's, up to a line that names the centre. A title that names a
    place the centre sits in or one of its own sites ("Außenstelle im Jobcenter") names no owner,
    and a card opened by a person's name is the person's."""
    i = 0
    while i < len(blocks):
        j = i + 1
        while j < len(blocks) and blocks[j].group == blocks[i].group and blocks[j].tag not in _HEADINGS:
            j += 1
        if j - i >= 2 and blocks[i].tag not in _HEADINGS:
            card = blocks[i:j]
            k = 0
            while k < min(len(card) - 1, _TITLE_LINES) and len(card[k].text) <= _TITLE_MAX_CHARS and not may_hold_fact(card[k].text) \
                    and not has_contact_fact(card[k].text):
                k += 1
            titles = card[:k]
            if titles and any(_DISTRACTOR_RE.search(t.text) or _OTHER_OWNER_RE.search(t.text) or names_other_institution(t.text, centre_re)
                              for t in titles) \
                    and not any(centre_re.search(t.text) or P.OWN_VOICE_RE.search(t.text) or _PLACE_TITLE_RE.search(t.text) for t in titles) \
                    and not _person_card(titles[0].text, blocks[i - 1] if i else None, centre_re):
                for b in card:
                    if b.foreign is False and centre_re.search(b.text):
                        break
                    b.foreign = True
        i = j


def _person_card(first: str, above: Block | None, centre_re: re.Pattern[str]) -> bool:
    """A card opened by a person's name, or under a heading that is one, is the person's: its next
    lines are tasks at the centre ("Übergang Grundschule – Kita")."""
    texts = (first, above.text) if above is not None and above.tag in _HEADINGS else (first,)
    return any(bool(_NAME_LINE_RE.fullmatch(t) and valid_name(split_title(t)[1])
                    and not (_OTHER_OWNER_RE.search(t) or names_other_institution(t, centre_re))) for t in texts)


# a line "Label: street number …" whose label names a service or a body ("Flüchtlingsberatung: Kolpingstraße 22, …")
_LABEL_LINE_RE = re.compile(r"^\W{0,3}(?P<label>[A-ZÄÖÜ][^:@\d]{2,60}?):\s")
_STREET_NUMBER_RE = re.compile(r"(?i:straße|strasse|str\.|weg|platz|allee|gasse|ring|markt|wall|damm|ufer)\s*\d{1,3}[a-z]?\b")
_NOT_OWNER_LABEL_RE = re.compile(r"^(?:Unser\w*\s+|Ihr\w*\s+|[A-ZÄÖÜ][a-zäöüß-]+(?:e|er|es|en)\s+)?(?:" + "|".join((*P.ADDRESS_LABELS, *P.FIELD_LABELS, *P.OWN_PLACE_WORDS, *P.OWN_SITE_WORDS,
                                                                                    *P.OWN_LABELS, *P.LOCATION_LABEL_WORDS)) + r")(?![a-zäöüß])")


# a line opened by a name and a comma before a street ("Gesundheitsamt, Kanalweg 3, …"), a row's first cell of a name
_NAME_COMMA_RE = re.compile(r"^\W{0,3}(?P<label>[A-ZÄÖÜ][^:,@\d]{2,60}?),\s*(?=\S[^,]{0,40}?\d)")
_FIRST_CELL_RE = re.compile(r"^\W{0,3}(?P<label>[A-ZÄÖÜ][^:@\d]{2,60}?)\s*:?$")
_OWN_LABEL_RE = re.compile(r"(?:" + "|".join(P.OWN_LABELS) + r")")
# … also as the last part of a compound ("Seiteneingang", "Besucherparkplatz")
_NOT_OWNER_COMPOUND_RE = re.compile(r"(?<=[a-zäöüß])(?:eingang|zugang|anfahrt|anschrift|adresse|anreise|haltestelle|parkplatz|parkhaus)$")


def _sibling_address_lines(blocks: list[Block], centre_re: re.Pattern[str], marked: set[int]) -> None:
    """Beside a line that gives the centre's street ("Kommunales Integrationszentrum, Kolpingstraße
    19, …", "Unser Büro: …"), a line that gives another street under a label naming neither the
    centre nor one of its own places, fields or sites is someone else's: two addresses side by
    side, the other labelled by whom it belongs to ("Flüchtlingsberatung: Kolpingstraße 22, …")."""
    own = [i for i, b in enumerate(blocks) if b.tag not in _HEADINGS and _STREET_NUMBER_RE.search(b.text)
           and (centre_re.match(b.text) or ((m := _LABEL_LINE_RE.match(b.text)) and (centre_re.search(m.group("label"))
                                                                                    or P.OWN_VOICE_RE.search(m.group("label"))
                                                                                    or _OWN_LABEL_RE.fullmatch(m.group("label")))))]
    own_lines = set(own)  # (asked for each neighbour: membership in the list was quadratic on a page of such lines)
    for i in own:
        for j in (i - 2, i - 1, i + 1, i + 2):
            if j < 0 or j >= len(blocks) or j in own_lines or blocks[j].tag in _HEADINGS or blocks[j].foreign:
                continue
            # the other line's owner: its label ("Flüchtlingsberatung: …"), or the name it opens
            # with before a street (a list item "Gesundheitsamt, Kanalweg 3, …", a row's first cell)
            cells = blocks[j].cells
            m = _LABEL_LINE_RE.match(blocks[j].text) or _NAME_COMMA_RE.match(blocks[j].text)
            if m is not None:
                if not _STREET_NUMBER_RE.search(blocks[j].text, m.end()):
                    continue
            elif cells and len(cells) >= 2 and (m := _FIRST_CELL_RE.match(cells[0])) is not None:
                if not _STREET_NUMBER_RE.search(" ".join(cells[1:])):
                    continue
            else:
                continue
            label = m.group("label").strip()
            if len(label.split()) > 5 or _NOT_OWNER_LABEL_RE.search(label) or _NOT_OWNER_COMPOUND_RE.search(label) \
                    or P.OWN_VOICE_RE.search(label) or (_is_person(label) and not _ORG_RE.search(label)):
                continue
            blocks[j].foreign = True
            marked.add(id(blocks[j]))


def _scope(blocks: list[Block], i: int, centre_re: re.Pattern[str]) -> list[Block]:
    """The label's block: a heading's section; a line's paragraph (and, when the line stands
    alone, the paragraph after it); never past a block that names the centre."""
    label = blocks[i]
    level = _HEADINGS.get(label.tag)
    taken = [label]
    alone = all(b.group != label.group for b in blocks[i + 1: i + 2])
    next_group: int | None = None
    for b in blocks[i + 1:]:
        b_level = _HEADINGS.get(b.tag)
        if centre_re.search(b.text[:60]) or _QUALIFIED_RE.match(b.text) or (b_level is not None and (level is None or b_level <= level)):
            break  # (the centre named again, or the next owner's label)
        if level is None and b.group != label.group:
            if not alone or (next_group is not None and b.group != next_group):
                break
            next_group = b.group
        taken.append(b)
    return taken


# a later sentence of a line opened by a qualified label that starts over with the centre's own
# label or name: "Kontakt zum Integrationsrat: … . Kontakt zum KI: Kolpingstraße 19, …"
_SENTENCE_START_RE = re.compile(r"(?<=[.!?;])\s+(?=[A-ZÄÖÜ])")


def _own_label_later(block: Block, centre_re: re.Pattern[str]) -> list[Block]:
    """A line opened by another owner's qualified label, cut where a later sentence opens with a
    label naming the centre, or with the centre's name: that sentence is not the label's."""
    first = _QUALIFIED_RE.match(block.text)
    if block.tag in _HEADINGS or first is None or centre_re.search(first.group("owner")) or not centre_re.search(block.text, first.end()):
        return [block]
    for cut in _SENTENCE_START_RE.finditer(block.text, first.end()):
        rest = block.text[cut.end():]
        label = _QUALIFIED_RE.match(rest)
        if (label and centre_re.search(label.group("owner"))) or centre_re.match(rest):
            head = block.text[: cut.start()]
            block.text = head  # the first part keeps the block's identity (its links)
            return [block, Block(rest, block.tag, block.in_main, None, block.group, block.volatile, block.foreign)]
    return [block]


def _contrast_parts(block: Block, centre_re: re.Pattern[str]) -> list[Block]:
    if block.tag in _HEADINGS or not _PART_SPLIT_RE.search(block.text):
        return [block]
    parts = _PART_SPLIT_RE.split(block.text)
    labels = [m.group(1).strip() if (m := _PART_LABEL_RE.match(p)) else None for p in parts]
    if not any(lab and centre_re.search(lab) for lab in labels):
        return [block]
    marks: list[bool] = []
    for lab in labels:
        if lab is None or _FIELD_LABEL_RE.match(lab):
            marks.append(marks[-1] if marks else False)  # continues the part before it
        else:
            marks.append(not centre_re.search(lab) and not _OWN_PLACE_RE.match(lab))
    if not any(marks):
        return [block]
    out: list[Block] = []
    for part, mark in zip(parts, marks, strict=True):
        if out and out[-1].foreign == mark:
            out[-1].text += " · " + part
        elif not out:
            block.text, block.foreign = part, mark  # the first part keeps the block's identity (its links)
            out.append(block)
        else:
            out.append(Block(part, block.tag, block.in_main, None, block.group, block.volatile, mark))
    return out


def mark_named_cards(blocks: list[Block], centre: CentreNames) -> None:
    """After attribution: cards, sections and table rows titled by another organisation."""
    centre_re = centre.regex
    groups: list[list[Block]] = []
    for b in blocks:
        if b.tag not in _HEADINGS and b.cells is None and groups and groups[-1][0].group == b.group and groups[-1][0].tag not in _HEADINGS:
            groups[-1].append(b)
        else:
            groups.append([b])
    # the contrast: a card titled by the centre, or a heading naming it at some level below the
    # page's own title (which names the page, not one section among others)
    # (or a line of its own that opens with the centre's name and gives its facts: "Kommunales
    # Integrationszentrum, Kolpingstraße 19, Tel. …")
    card_titled = any(g[0].tag not in _HEADINGS and ((len(g) > 1 and centre_re.search(g[0].text) and len(g[0].text) <= 70)
                                                     or (len(g) == 1 and centre_re.match(g[0].text) and _has_fact(g[0].text))) for g in groups)
    heading_levels = {g[0].tag for g in groups if g[0].tag in _HEADINGS and g[0].tag != "h1" and centre_re.search(g[0].text)}
    # the unit kind the centre's own section heading opens with ("Abteilung 50.3 – KI"): its siblings are built alike
    own_kinds = {(g[0].tag, m.group(1)) for g in groups if g[0].tag in heading_levels and centre_re.search(g[0].text)
                 and (m := _KIND_FIRST_RE.match(g[0].text))}
    for k, g in enumerate(groups):
        title = g[0]
        # (a card under a person's name is that person's: its first line is a task, "Übergang Schule – Beruf")
        under_person = k > 0 and groups[k - 1][0].tag in _HEADINGS and _is_person(groups[k - 1][-1].text)
        if card_titled and len(g) > 1 and not under_person and title.tag not in _HEADINGS and _is_organisation(title.text, centre_re) \
                and not any(centre_re.search(b.text) for b in g) and any(_has_fact(b.text) for b in g[1:]):
            for b in g:
                b.foreign = True
        elif title.tag in heading_levels and (_is_organisation(title.text, centre_re) or _sibling_unit(title, centre_re, own_kinds)):
            level = _HEADINGS[title.tag]
            for h in groups[k + 1:]:
                if (h[0].tag in _HEADINGS and _HEADINGS[h[0].tag] <= level) or any(centre_re.match(b.text) for b in h):
                    break
                for b in h:
                    b.foreign = True
            title.foreign = True
    _directory_rows(blocks, centre_re)


_KIND_FIRST_RE = re.compile(r"(" + "|".join(P.UNIT_KINDS) + r")\b")


def _sibling_unit(heading: Block, centre_re: re.Pattern[str], own_kinds: set[tuple[str, str]]) -> bool:
    """A heading at the level of the centre's own section heading that names another unit by its code
    ("50.1 Grundsicherung" beside "50.3 Kommunales Integrationszentrum"), by the unit kind the centre's
    heading opens with ("Abteilung Wohngeld" beside "Abteilung Kommunales Integrationszentrum") or is the
    parent unit's lead ("Amtsleitung"): the page is the parent's, its parts side by side, each its unit's."""
    title = heading.text.strip(" :")
    if centre_re.search(title):
        return False
    kind = _KIND_FIRST_RE.match(title)
    return bool(P.UNIT_NUMBER_LINE_RE.match(title) or P.PARENT_LEAD_HEADING_RE.fullmatch(title)
                or (kind and (heading.tag, kind.group(1)) in own_kinds))


def _directory_rows(blocks: list[Block], centre_re: re.Pattern[str]) -> None:
    run: list[Block] = []
    for b in [*blocks, Block("", "p", False)]:
        first = next((c for c in b.cells or () if c.strip()), "")
        if b.cells and _is_organisation(first, centre_re) and not centre_re.search(b.text) and _has_fact(" ".join(b.cells[1:])):
            run.append(b)
            continue
        if b.cells and run and not _has_fact(b.text):
            continue  # a header row or a note between the rows
        if len(run) >= 2:
            for r in run:
                r.foreign = True
        run = []


#: What joins two owners in one heading ("Integrationsrat und Kommunales Integrationszentrum").
_JOIN_RE = re.compile(r"\s(?:und|sowie|&|\+|/)\s")
#: One of the centre's own labels opening a line ("Kontakt:", "Anschrift"), up to what follows it.
_OWN_LABEL_START_RE = re.compile(r"^(?:" + "|".join(P.OWN_LABELS) + r")(?![a-zäöüß])[\s:–-]*")


def joint_with_centre(heading: str, centre_re: re.Pattern[str]) -> bool:
    """A heading that opens with another owner and joins the centre to it ("Integrationsrat und KI",
    "Geschäftsstelle des Integrationsrates / Kommunales Integrationszentrum"): a section of both, the
    centre's facts in it stay its own (as with the centre named first)."""
    centre = centre_re.search(heading)
    return centre is not None and _JOIN_RE.search(heading, 0, centre.start()) is not None


def own_label_centre(text: str, centre_re: re.Pattern[str]) -> bool:
    """A line opened by one of the centre's own labels and the centre's name ("Kontakt: Kommunales
    Integrationszentrum, Lindenweg 5 …"): the centre named as the owner of the line."""
    label = _OWN_LABEL_START_RE.match(text)
    return label is not None and centre_after(text, label.end(), centre_re)


def centre_after(text: str, pos: int, centre_re: re.Pattern[str]) -> bool:
    """The centre's name opens what follows a label at ``pos`` ("…: Kommunales Integrationszentrum, …")."""
    rest = text[pos:]
    return centre_re.match(text, len(text) - len(rest.lstrip(" :–-"))) is not None
