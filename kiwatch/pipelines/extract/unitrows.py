"""Parent units from rows and lines rather than prose: labelled rows ("Organisatorische Zuordnung:
…", a unit-kind label above its value, consecutive unit rows as one chain), organigram table rows
(the cells before the centre's cell), and list lines of a Dezernatsverteilungsplan ("Dezernat V
(…): Sozialamt, …, Kommunales Integrationszentrum")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.document import sentences_of
from kiwatch.pipelines.extract.grammar import CentreNames
from kiwatch.pipelines.extract.unitlines import holder_line, line_unit, unit_rank
from kiwatch.pipelines.extract.unitwords import (
    OFFICE,
    OWN_CODE_PREFIX_RE,
    UNIT_NUMBER,
    UNIT_WORD,
    office_nominative,
    unit_chain,
    unit_from_text,
    unit_kind,
)
from kiwatch.records import ParentUnit

_LABEL_RE = re.compile(
    r"^(?:(?P<label>(?:(?:Zuständige|Übergeordnete|Organisatorische|Federführende|Verantwortliche)\s+)?(?:" + "|".join(P.PARENT_LABELS[:P.PARENT_LABELS_WITHOUT_COLON]) + r"))"
    # the value after a colon, in the next cell, or on the next line (a <dt>/<th> of its own)
    r"(?:\s*:\s*|\s+[–—]\s+(?=(?-i:[A-ZÄÖÜ\d„\"]))|\s+(?=(?-i:[A-ZÄÖÜ\d„\"]))|\s*$)|(?P<label2>" + "|".join(P.PARENT_LABELS[P.PARENT_LABELS_WITHOUT_COLON:P.PARENT_LABELS_PLAIN_END]) + r")(?:\s*:\s*|\s*$)"
    # (a unit word alone on its line is a label only above a value of its own kind: a <dt>, a label cell)
    # (two kinds joined by a slash, "Fachbereich/Amt:", "Amt / Abteilung:": the value is of the last, most specific one)
    r"|(?P<lead>Federführende[nrs]?\s+)?(?:(?:Zuständige|Übergeordnete|Verantwortliche)[nrs]?\s+)?(?:(?:" + "|".join(P.PARENT_LABELS[P.PARENT_LABELS_PLAIN_END:])
    # (a card's label and value set apart by a bar, "Abteilung | Bildung und Integration", as by a colon)
    + r")\s*/\s*)?(?P<unitlabel>" + "|".join(P.PARENT_LABELS[P.PARENT_LABELS_PLAIN_END:]) + r")(?:\s*:\s*|\s+\|\s+(?=[A-ZÄÖÜ\d„\"])|(?P<bare>\s*$))"
    # any short label with an assignment stem, its value a unit phrase
    r"|(?P<stemlabel>[^:\d]{0,30}(?:" + "|".join(P.PARENT_LABEL_STEMS) + r")[^:\d]{0,30}):\s*(?=(?:(?:im|beim|in\s+der|der|die|das|dem|den)\s+)?(?:" + UNIT_WORD + "|" + OFFICE + r")))(?P<value>.*)$",
    re.IGNORECASE,
)
#: A list line: a unit (its holder in brackets), a colon, the units under it.
_LIST_LINE_RE = re.compile(r"(?P<head>(?:" + UNIT_WORD + r")[^:()]{0,80}?)(?:\s*\([^()]{2,80}\))?\s*:\s*(?P<items>[^:]{5,})$")

#: A unit's name or code as a field value of its own ("51 – Jugend und Familie", "Jugend, Schule und
#: Integration"): capitalised words, connectors and a code, no sentence.
_NAME_VALUE_RE = re.compile(
    r"(?:" + UNIT_NUMBER + r"\s*[–—:-]?\s*)?[A-ZÄÖÜ„\"][\w„“\"-]*(?:,?\s+(?:[A-ZÄÖÜ„\"][\w„“\"-]*|und|für|der|des|die|im|in|sowie|mit|[–—&/-]))*"
    r"(?:\s*\(" + UNIT_NUMBER + r"\))?")


#: A strong parent label inside a line whose rows ran together ("Organisationseinheit Kommunales
#: Integrationszentrum Übergeordnete Organisationseinheit Fachbereich 4 Bildung"): only labels that
#: name the relation itself, never a bare "Zuordnung" of running text.
_INLINE_LABEL_RE = re.compile(
    r"\b(?:Organisatorische\s+(?:Zuordnung|Anbindung|Einbindung)|Übergeordnete\s+(?:Organisationseinheit|Einheit|Stelle|Dienststelle))"
    # (two cells or spans glued without a space: "Organisatorische AnbindungFachdienst Jugend")
    r"\s*:?\s*(?P<value>(?:" + UNIT_WORD + r"|" + OFFICE + r").*)$")


#: A label row set as a sentence of its own at the end of a paragraph ("… bringt Menschen zusammen.
#: Gehört zu: Fachbereich 4 – Bildung."): a non-unit parent label and a colon after a full stop.
_SENTENCE_LABEL_RE = re.compile(
    r"[.!?]\s+(?=(?:" + "|".join(P.PARENT_LABELS[:P.PARENT_LABELS_PLAIN_END]) + r")\s*:\s*(?:" + UNIT_WORD + r"))")

#: The label of the next row after a value, when rows ran into one line ("… Verfasser/in: Frau X").
_NEXT_LABEL_RE = re.compile(r"\s+(?=[A-ZÄÖÜ][\wäöüß/.-]*:\s)")


_VALUE_LEAD_RE = re.compile(r"^(?:[Dd](?:er|ie|as|em|en)|[Ii]m|[Bb]eim|[Bb]ei\s+(?:der|dem)|[Ii]n\s+(?:der|dem|den|das)|[Ii]ns|[Zz]um|[Zz]ur|[Aa]n\s+(?:das|den|die))\s+"
                            r"(?=(?:" + UNIT_WORD + "|" + OFFICE + r"))")


#: A value that opens a clause about the centre: its subject's article or pronoun first.
_CENTRE_CLAUSE_RE = re.compile(r"(?:Das|Die|Der|Unser(?:e|em)?|Wir|Es)\s")
_OTHER_SERVICE_RE = re.compile(r"(?:" + "|".join(P.OTHER_SERVICE_VALUES) + r")")


def is_label(line: str) -> bool:
    """A parent-unit label row (outlines skip it: it is no unit line of their own)."""
    return _LABEL_RE.match(line) is not None


#: A label with the period its value holds for ("Zuordnung seit 2022: Amt 56"; "Zuordnung (bis 2021): Amt 50" and "ab 2028" name no present unit).
_PERIOD_LABEL_RE = re.compile(r"(?P<label>[A-ZÄÖÜ][^:\d()]{2,40}?)\s+\(?(?:(?P<now>seit)|ab|bis|vor)\s+(?:dem\s+)?[^:\d()]{0,15}(?:\d{1,2}\.\s*){0,2}(?:19|20)\d\d\)?\s*:\s*(?P<value>.+)")
#: A label cell of a table row with an assignment stem and no value of its own.
_STEM_CELL_RE = re.compile(r"[^:\d]{0,30}(?:" + "|".join(P.PARENT_LABEL_STEMS) + r")[^:\d]{0,30}", re.IGNORECASE)
_MUNICIPALITY_RE = re.compile(r"(?:Stadt|Kreis|Gemeinde|Städteregion|Kreisverwaltung|Stadtverwaltung)(?:\s+[A-ZÄÖÜ][\w-]+){0,2}")


def _kind_rows(rows: Sequence[tuple[str, ...]], centre: CentreNames) -> dict[str, str]:
    """The joined lines of label/value rows labelled with a unit kind right above the centre's row, each as "label: value"."""
    out: dict[str, str] = {}
    run: list[list[str]] = []
    for cells in ([c.strip() for c in r if c.strip()] for r in rows):
        if len(cells) == 2 and re.fullmatch(r"[A-ZÄÖÜ][\wäöüß.]*", cells[0].rstrip(" :")) and unit_kind(cells[0].rstrip(" :")):
            run.append(cells)
            continue
        if run and len(cells) == 2 and centre.regex.search(cells[1]):
            out.update({" ".join(" ".join(c.split()) for c in r): f"{r[0].rstrip(' :')}: {r[1]}" for r in run})
        run = []
        if len(cells) == 2 and _STEM_CELL_RE.fullmatch(cells[0].rstrip(" :")):
            # a label cell that names the relation ("Zugehörig zu", "Organisatorische Verortung") before its value's cell
            out[" ".join(" ".join(c.split()) for c in cells)] = f"{cells[0].rstrip(' :')}: {cells[1]}"
    return out


def _chain(group: list[ParentUnit]) -> ParentUnit:
    """Consecutive labelled rows as one chain, the highest rank first whatever order a card lists them in."""
    return unit_chain(sorted(group, key=unit_rank))


def labelled_units(lines: list[str], centre: CentreNames, rows: Sequence[tuple[str, ...]] = ()) -> list[ParentUnit]:
    """Units of labelled rows: "Organisatorische Zuordnung: Dezernat IV – …", a label with its value
    below; consecutive rows labelled with unit kinds ("Dezernat: …", "Fachbereich: …", "Dienststelle:
    <the centre>") are one chain, most specific last, and the centre's own row is no parent. Table
    rows whose label cells are unit kinds, over a row naming the centre, read so too ("Dezernat |
    IV – Soziales", "Fachbereich | 45 – Integration", "Einrichtung | <the centre>"), whatever their
    lines joined the cells with."""
    out: list[ParentUnit] = []
    group: list[ParentUnit] = []
    last_row = -2
    pairs = _kind_rows(rows, centre)
    consumed = -1  # the line a label above it took as its value
    for i, line in enumerate(pairs.get(line, line) for line in lines) if pairs else enumerate(lines):
        if i == consumed:
            last_row = i
            continue
        if (period := _PERIOD_LABEL_RE.match(line)) is not None and _LABEL_RE.match(f"{period.group('label')}: {period.group('value')}"):
            if not period.group("now"):
                continue  # "Zuordnung bis 2021: Amt 50": a former unit
            line = f"{period.group('label')}: {period.group('value')}"  # "Zuordnung seit 2022: Amt 56": the present one
        inline = _INLINE_LABEL_RE.search(line, 1) if len(line) <= 300 and ("Organisatorische" in line or "Übergeordnete" in line) else None
        m = _LABEL_RE.match(line) if len(line) <= 160 and inline is None else None
        if m is None and inline is None and line.startswith(("Organisatorische ", "Übergeordnete ")) and len(line) <= 300:
            inline = _INLINE_LABEL_RE.match(line)  # the label and its value in one line without a colon (two spans of a row)
        if m is None and inline is None and len(line) <= 600 and ":" in line and (at := _SENTENCE_LABEL_RE.search(line)):
            # (its value ends with its sentence)
            m = _LABEL_RE.match((sentences_of(line[at.end():]) or [""])[0].rstrip("."))
        if group and (not m or i != last_row + 1):
            out.append(_chain(group))
            group = []
        if not m:
            if inline is not None and (unit := unit_from_text(inline.group("value"))) is not None:
                out.append(unit)
            continue
        # (rows run into one line: the next row's label, a word and a colon, ends the value)
        value = _NEXT_LABEL_RE.split(m.group("value"), 1)[0].strip(" :")
        if not value and i + 1 < len(lines):
            if _LABEL_RE.match(lines[i + 1]):
                continue  # a heading over labelled rows ("Organisation" / "Organisationseinheit: …"): the row is read on its own
            value = lines[i + 1].strip()
            if m.group("bare") is not None and unit_kind(value.split()[0] if value else "") != unit_kind(m.group("unitlabel")) \
                    and not _NAME_VALUE_RE.fullmatch(value):
                continue  # "Amt" above "Amt für Integration (Amt 33)" or "Jugend und Familie"; not a heading above prose
        # "Kommunales Integrationszentrum (Fachbereich Jugend …)": the centre, its unit in brackets
        bracket = re.match(r"(?:" + centre.pattern + r")[^()]{0,50}\((?P<unit>[^()]{3,120})\)\s*$", value)
        if bracket and re.search(UNIT_WORD, bracket.group("unit")):
            value = bracket.group("unit")
        # "Amt 50 – …, Abteilung 50.3 Kommunales Integrationszentrum": a chain whose last link is the centre
        chain = re.split(r"\s*[›»>/|]\s*|,\s+(?=" + UNIT_WORD + r")", value)
        # (the centre's link may carry its own code: "… › 45.1 Kommunales Integrationszentrum")
        last = OWN_CODE_PREFIX_RE.sub("", chain[-1].strip())
        if len(chain) >= 2 and (centre.regex.match(last) or (re.match(UNIT_WORD, last) and centre.regex.search(last))):
            # "Amt 51 – … / Kommunales Integrationszentrum": the centre's chain, below the administration itself ("Kreis X ›")
            value = " / ".join(chain[1:-1] if len(chain) > 2 and _MUNICIPALITY_RE.fullmatch(chain[0].strip()) else chain[:-1])
        elif m.group("lead"):
            continue  # "Federführende Dienststelle: Amt 20": a document's author, not the centre's parent
        if _CENTRE_CLAUSE_RE.match(value) and (value.startswith(("Wir ", "Unser")) or centre.regex.search(value, 0, 60)):
            continue  # a sentence about the centre as the value ("Zuordnung: Das KI ist Teil des …", "Wir sind …"): the prose rules read it
        if centre.regex.match(value) or centre.regex.fullmatch(value):
            if group:
                out.append(_chain(group))
                group = []
            continue  # "Dienststelle: Kommunales Integrationszentrum" is the centre itself
        if m.group("unitlabel") and value and (not re.search(UNIT_WORD, value) or value[:1].isdigit()):  # (and "Amt: 40 – Schulamt")
            value = f"{m.group('unitlabel')} {value}"  # "Fachbereich: Jugend und Soziales", "Fachbereich: 51 – Jugend"
        # an article or a preposition before the unit ("Übergeordnete Dienststelle: Der Landrat", "Einbindung: im Fachbereich 5")
        value = _VALUE_LEAD_RE.sub("", value)
        if _OTHER_SERVICE_RE.search(value):
            continue
        unit = unit_from_text(value)
        if unit is None and re.fullmatch(OFFICE, value):
            unit = ParentUnit(kind="Stab", name=office_nominative(value), number="")  # "Übergeordnete Stelle: Landrat"
        if unit is None:
            continue
        if m.group("unitlabel"):
            group.append(unit)
            last_row = i
            if not _NEXT_LABEL_RE.split(m.group("value"), 1)[0].strip(" :"):
                consumed = i + 1  # (a <dt> and its <dd>: the chain goes on with the label after the value's line)
        else:
            out.append(unit)
    if group:
        out.append(_chain(group))

    return out


def _header_row(cells: Sequence[str]) -> bool:
    """A table's heading row that names unit kinds over its columns: a kind or a column word alone in each cell, two kinds at least."""
    words = [c.strip() for c in cells]
    return len(words) >= 2 and all(len(w.split()) == 1 for w in words) and sum(1 for w in words if unit_kind(w) and w[:1].isupper()) >= 2 \
        and all(unit_kind(w) or w in P.UNIT_COLUMN_WORDS for w in words)


def row_units(rows: Sequence[tuple[str, ...]], centre: CentreNames) -> list[ParentUnit]:
    """A table row of an organigram: the cells before the cell naming the centre are its chain
    ("Dezernat IV | Amt 40 – Schule und Bildung | 40.3 Kommunales Integrationszentrum")."""
    out: list[ParentUnit] = []
    header: tuple[str, ...] = ()
    for cells in rows:
        if _header_row(cells):
            header = tuple(c.strip() for c in cells)  # "Dezernat | Fachbereich | Einrichtung": the kinds of the cells below
            continue
        if len(header) == len(cells):
            # a cell under a unit kind's column heading names that kind's unit: "III" under "Dezernat" is "Dezernat III"
            cells = tuple(f"{h} {c.strip()}" if unit_kind(h) and c.strip() and not re.match(UNIT_WORD, c.strip()) and not centre.regex.search(c)
                          else c for h, c in zip(header, cells, strict=True))
        at = next((k for k, c in enumerate(cells) if centre.regex.search(c)), None)
        if not at:
            continue
        # a link cell names a unit ("Amt 40 – …"), not just a kind or a label ("Dienststelle:")
        # (a cell naming the unit's holder, "Beigeordneter Timo Kessler", is no link and no obstacle)
        unit_cells = [c for c in cells[:at] if not holder_line(c.strip())]
        links = [u for c in unit_cells if len(c) <= 120 and len(c.split()) >= 2 and re.match(UNIT_WORD, c.strip())
                 and (u := unit_from_text(c)) is not None]
        if links and len(links) == len(unit_cells):
            out.append(unit_chain(links))
    return out


def list_line_units(lines: list[str], centre: CentreNames, rows: Sequence[tuple[str, ...]] = ()) -> list[ParentUnit]:
    """A line of a Dezernatsverteilungsplan or an organigram: a unit (with its holder in brackets),
    a colon, and the list of its units with the centre among them ("Dezernat V (Stadtrat X):
    Sozialamt, Wohnungsamt, Kommunales Integrationszentrum, Seniorenbüro")."""
    out: list[ParentUnit] = []
    row_lines = {" ".join(" ".join(c.split()) for c in cells if c.strip()) for cells in rows}
    for k, line in enumerate(lines):
        if "," not in line and ";" not in line and "·" not in line and " und " not in line and " sowie " not in line:
            continue  # (no list: the cheap test first)
        m = _LIST_LINE_RE.match(line) if len(line) <= 300 and ":" in line else None
        # (or the list on a line of its own under its unit: a <dt> and its <dd>, a cell and the next)
        head, items_text = (m.group("head"), m.group("items")) if m else (lines[k - 1] if k else "", line)
        if len(items_text) > 300 or not centre.regex.search(items_text) or (m is None and (":" in head or len(head) > 120)):
            continue
        items = [i.strip(" .") for i in re.split(r"\s*[,;·]\s*|\s+(?:und|sowie)\s+", items_text)]
        if len(items) < 2 or not any(centre.regex.match(i) and len(i.split()) <= 4 for i in items):
            continue
        unit = line_unit(head.strip(" –—-")) if head else None
        if m is None and (unit is None or len(unit.name.split()) < len(head.split()) or any(len(i.split()) > 4 for i in items)
                          or line in row_lines or head in row_lines):  # (table rows: row_units reads them by their cells)
            continue  # on its own line only a heading that is all unit under a list of short items (a row run into a line is none)
        if unit is not None and (unit.number or len(unit.name.split()) >= 2):
            out.append(unit)
    return out
