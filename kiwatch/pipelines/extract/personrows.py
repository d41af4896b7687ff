"""People in rows: a table's or a list's row read as cells, or as one line of text — the name, its
role and its contact data side by side, also where the rows ran into one line or the cells were
glued together; the name grammar of such lines."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract import grammar as G
from kiwatch.pipelines.extract import names as N

_NAME_WORD = G.NAME_WORD
_TITLE = N.TITLE
_PARTICLE = G.PARTICLE
_NAME = rf"(?P<name>{_TITLE}*{_NAME_WORD}(?:\s+{N.INITIAL}?(?:{_PARTICLE}\s+)*{_NAME_WORD}){{1,3}})"
#: An acting mark in brackets after a name on its own line ("Frau X (kommissarisch)"): people.py marks the head acting.
ACTING_AFTER_NAME = r"(?:\s*\((?:kommissarisch|komm\.|vertretungsweise|übergangsweise|interimistisch|i\.\s?V\.|in\s+Vertretung)\))?"
_NAME_LINE_RE = re.compile(rf"^(?:(?:Herr|Herrn|Frau)\s+)?{_NAME}{N.DEGREES_AFTER}{ACTING_AFTER_NAME}\s*$")


#: A name followed on its line by the person's phone or e-mail.
_NAME_CONTACT_LINE_RE = re.compile(rf"^(?:(?:Herr|Herrn|Frau)\s+)?{_NAME}(?=\s*[,|·]?\s*(?:Tel\.?|Telefon|Fon|\+?\(?0\d[\d ()/-]{{4,}}\d|[\w.+-]+@))")
_LEAD_COMPOUNDS = "|".join(rf"{pre}(?:leiterin|leiter|leitung)" for pre in P.CENTRE_LEAD_PREFIXES)
_ROLE_ALT = "|".join(sorted((*map(re.escape, P.ROLE_WORDS), _LEAD_COMPOUNDS), key=len, reverse=True))
#: A role word glued to the word before it, as inline cells without whitespace between them read
#: ("Hamza QureshiTeamleitung …"): a capital after a lower-case letter starting a role word.
_GLUED_ROLE_RE = re.compile(rf"(?<=[a-zäöüß])(?=(?:{_ROLE_ALT})(?![a-zäöüß]))")
#: A row read as one line: the name, its role, then the row's phone, e-mail or end ("Lucía Fernández
#: Ortega Leitung 0251 492-7100", "Hamza Qureshi Teamleitung Kommunales Integrationszentrum").
_NAME_ROLE_ROW_RE = re.compile(
    rf"^(?:(?:Herr|Herrn|Frau)\s+)?(?P<name>{_TITLE}*{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_WORD}){{1,3}}?)\s+"
    rf"(?P<role>(?:{_ROLE_ALT})(?![a-zäöüß])[^@\d|;:,()]{{0,60}}?)\s*(?=(?:Tel\.?|Telefon|Fon)?:?\s*[+0(]\d|[\w.+-]+@|$)"
)
#: Cell separators of a one-line row ("Name | Funktion | Telefon", "Name · Leitung · Tel.").
_CELL_SEPARATOR_RE = re.compile(r"\s+[|¦·•]\s+")
#: A staff directory's "Surname, Given name" cell ("Hadžić, Emina", "Schmitz, Dr. Petra").
_INVERTED_NAME_RE = re.compile(
    rf"^(?:(?:Herr|Herrn|Frau)\s+)?(?P<sur>(?:{_PARTICLE}\s+)*{_NAME_WORD}(?:\s+{_NAME_WORD})?),\s+(?P<given>{_TITLE}*{_NAME_WORD}(?:\s+{_NAME_WORD})?)\s*$"
)


#: A row of a staff table run into text: "Surname, Given name", the function, then the row's phone,
#: e-mail or end ("Weber, Jonas Leitung 02345 66-4300").
_INVERTED_ROW_RE = re.compile(
    rf"(?<![\wäöüß-])(?P<sur>{_NAME_WORD}),\s+(?P<given>{_NAME_WORD})\s+(?P<role>{P.ROLE_WORD_RE.pattern})"
    r"(?=\s+(?:\+|0)\(?\d|\s+[\w.+-]+@|\s*[;|]|\s*$)"
)


#: A cell of a table whose rows ran into one line: the last cell of a row (a number, or a header
#: word) and the first of the next (a name) with only a space between ("Telefon Fatma Yılmaz-Eckert",
#: "02841 202-310 Jonas Brüggemann").
_RUN_ON_CELL_RE = re.compile(
    r"^(?P<end>.*?(?:\d|\b(?:Telefon|Tel\.|E-Mail|Mail|Funktion|Aufgabe|Name|Zimmer|Raum|Durchwahl|Kontakt|Fon)))\s+"
    rf"(?P<start>(?:(?:Herr|Herrn|Frau)\s+)?{_TITLE}*{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_WORD}){{1,3}})$"
)


def _line_rows(line: str) -> list[tuple[str, ...]]:
    """The rows of a line of cells ("Name | Funktion | Telefon"); a table whose rows ran into one
    line is cut into rows as wide as its first one."""
    cells = [c.strip() for c in _CELL_SEPARATOR_RE.split(line)]
    parts: list[str] = []
    width = 0
    for cell in cells:
        m = _RUN_ON_CELL_RE.match(cell) if len(cells) >= 4 else None
        if m and _cell_name(m.group("start")):
            parts += [m.group("end"), m.group("start")]
            width = width or len(parts) - 1
        else:
            parts.append(cell)
    if width < 2:
        return [tuple(cells)]
    return [tuple(parts[k: k + width]) for k in range(0, len(parts), width)]


def _cell_name(cell: str) -> str | None:
    """The person a table cell names, as "Given Surname" (with titles in front), or None."""
    m = _NAME_LINE_RE.match(cell)
    if m and _valid_name(G.split_title(m.group("name"))[1]):
        return m.group("name")
    inv = _INVERTED_NAME_RE.match(cell)
    if inv:
        name = f"{inv.group('given')} {inv.group('sur')}"
        if _valid_name(G.split_title(name)[1]):
            return name
    return None


def _valid_name(name: str) -> bool:
    return G.valid_name(name)


def head_rows(rows: Sequence[tuple[str, ...]], centre: G.CentreNames,
              other_body: Callable[[str], bool]) -> Iterator[tuple[str, str, tuple[str, ...], bool]]:
    """(name, role cell, cells, whether the centre's) of each table row naming a head: the head role in a cell
    of its own, or in the header above the name's column ("Einrichtung | Leitung" over "KI | Frau X"). A row
    whose other cell names another body ("Frau X | Leitung | Bildungsbüro") heads that body, unless a cell
    names the centre; under a role header a row names a head only where it names the centre or another body."""
    header: tuple[str, ...] = ()
    for cells in rows:
        role_cell = next((c for c in cells if len(c) <= 90 and not re.search(r"\d{3}|@", c) and G.is_head_role(c, centre)), None)
        if role_cell is None:
            if header and len(cells) == len(header):
                ours = any(centre.regex.search(c) for c in cells)
                for k, cell in enumerate(cells):
                    name = _cell_name(cell) if G.is_head_role(header[k], centre) else None
                    if name and (ours or any(other_body(c) for c in cells if c is not cell)):
                        yield name, header[k], cells, ours
            continue
        if not any(_cell_name(c) for c in cells):
            header = cells if all(len(c) <= 40 and not re.search(r"\d", c) for c in cells) else ()
            continue
        header = ()
        own = any(centre.regex.search(c) for c in cells) or not any(c is not role_cell and other_body(c) for c in cells)
        for cell in cells:
            name = _cell_name(cell) if cell is not role_cell else None
            if name:
                yield name, role_cell, cells, own
                break
