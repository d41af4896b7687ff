"""Text set in side-by-side columns, read in reading order.

A text layer that keeps its layout — a PDF's text extracted with its positions, a flyer's text
published in a ``<pre>`` — puts the columns of a page side by side on each line: read line by
line, a sentence of the left column runs on into the address of the right one, and a label
column stands apart from its values. Here a run of lines that share a blank gutter (the same
character positions blank on every line, text on both sides) is cut there: text columns are
read one after another, each with its wrapped lines joined again, and a column of labels
("Leitung:", "Anschrift") beside a column of values is read row by row ("Leitung: …").
Any number of columns; a line across the gutter (a heading over the whole width) ends a run.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kiwatch.core.lazy import lazy_module

if TYPE_CHECKING:
    from kiwatch.pipelines import rules as P
else:  # the PDF child process reads a one-column page without loading the rules
    P = lazy_module("kiwatch.pipelines.rules")

#: the narrowest gutter between two columns, in characters: a single space is a word gap (a double
#: space after a sentence or in a justified line is no gutter: it does not run down 3+ lines)
MIN_GUTTER = 2
#: a run of lines is set in columns only when this many lines have text on both sides of a gutter
MIN_ROWS = 3
#: a run of lines whose gutters together are more than this is no page set in columns (a flyer has a
#: few, a timetable a column a day): the run ends there. Without a bound a staircase of lines, each
#: blank where the others have text, made one run of hundreds of gutters from every line in turn
#: (cubic: seconds for a 50 KB <pre>)
MAX_GUTTERS = 12
#: a label ends in a colon, or is a field label (rules.COLUMN_LABEL_RE)
_LABEL_MAX_WORDS = 4
_LABEL_MAX_CHARS = 40
_SENTENCE_END_RE = re.compile(r"[.:!?;]$")
# a line that goes on from the one before: it opens with a lower-case word (not an e-mail address
# or a host name, which stand lower-case on a line of their own)
# a line of running text that goes on in the next: it ends in a lower-case word or a comma
_GOES_ON_RE = re.compile(r"(?:^|\s)[a-zäöüß]+,?$|,$")
_CONTINUES_RE = re.compile(r"[a-zäöüß]{2,}(?:[ ,;]|\.?$)")
_INK_RE = re.compile(r"\S+")
_GAP_RE = re.compile("0{" + str(MIN_GUTTER) + ",}")


def _ink(line: str) -> int:
    """The character positions of a line that carry text, as bits."""
    mask = 0
    for m in _INK_RE.finditer(line):
        mask |= ((1 << (m.end() - m.start())) - 1) << m.start()
    return mask


def _gutters(ink: int) -> list[tuple[int, int]]:
    """Blank runs of at least MIN_GUTTER positions with text on both sides: (start, end)."""
    out = []
    bits = bin(ink)[:1:-1]  # position 0 first
    for m in _GAP_RE.finditer(bits.rstrip("0")):
        if m.start() > 0:
            out.append((m.start(), m.end()))
    return out


def _cells(line: str, cuts: list[tuple[int, int]]) -> list[str]:
    edges = [0, *(p for gutter in cuts for p in gutter), max(len(line), cuts[-1][1])]
    return [" ".join(line[edges[2 * k]:edges[2 * k + 1]].split()) for k in range(len(cuts) + 1)]


def _is_label(cell: str) -> bool:
    if len(cell) > _LABEL_MAX_CHARS or len(cell.split()) > _LABEL_MAX_WORDS:
        return False
    return cell.endswith(":") or bool(P.COLUMN_LABEL_RE.fullmatch(cell))


def _label_column(rows: list[list[str]], k: int) -> bool:
    """Column k holds the labels of column k+1: most of its cells are labels, each on the line of
    a value (a list of short lines beside running text is no label column)."""
    cells = [(row[k], row[k + 1]) for row in rows if row[k]]
    if len(cells) < 2:
        return False
    labels = sum(1 for cell, value in cells if value and _is_label(cell))
    return labels >= 0.6 * len(cells)


def _ends_sentence(line: str) -> bool:
    if not _SENTENCE_END_RE.search(line):
        return False
    # "… geleitet von Dr." goes on: a title or an abbreviation ends no sentence
    return not (line.endswith(".") and line[:-1].rsplit(" ", 1)[-1].lower().lstrip("(") in P.ABBREVIATIONS)


def _paragraphs(lines: list[str], width: int) -> list[str]:
    """Lines of one column, wrapped lines joined: a line that does not end a sentence goes on in
    a line that opens with a lower-case word, or — in a column of running text, where lines of
    several words fill the width — in a line whose first word would not have fitted on it (never
    before a postal code or a label: a contact block is no running text)."""
    full = 0.75 * width
    prose = sum(1 for line in lines if len(line) >= full and line.count(" ") >= 2) >= MIN_ROWS
    out: list[str] = []
    prev = ""
    for line in lines:
        if not line:
            prev = ""
            out.append("")
            continue
        if prev and not _ends_sentence(prev) and (
            _CONTINUES_RE.match(line)
            or (prose and not line[0].isdigit() and not line.split(" ", 1)[0].endswith(":")
                and len(prev) + 1 + len(line.split(" ", 1)[0]) > width)
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        prev = line
    return [line for line in out if line]


def _is_table(rows: list[list[str]]) -> bool:
    """Rows whose every cell is filled, in columns none of which is running text (no line opens
    lower-case or ends in a lower-case word or a comma, as a sentence does that goes on: a team
    table, opening hours "Montag   9–12 Uhr"): a table, read row by row, never column by column."""
    filled = [row for row in rows if any(row)]
    if len(filled) < MIN_ROWS or not all(all(row) for row in filled):
        return False
    return not any(_CONTINUES_RE.match(cell) or (r + 1 < len(filled) and _GOES_ON_RE.search(cell))
                   for r, row in enumerate(filled) for cell in row)


def _read_run(lines: list[str], cuts: list[tuple[int, int]]) -> list[str]:
    rows = [_cells(line, cuts) for line in lines]
    if _is_table(rows):
        return [" ".join(row) for row in rows if any(row)]
    n = len(cuts) + 1
    # columns of labels fuse with their value column: one row per label, the value's own
    # continuation lines (an address over two lines) after it
    groups: list[list[int]] = []
    k = 0
    while k < n:
        if k + 1 < n and _label_column(rows, k):
            groups.append([k, k + 1])
            k += 2
        else:
            groups.append([k])
            k += 1
    out: list[str] = []
    for group in groups:
        if len(group) == 2:
            label, value = group
            for row in rows:
                if row[label] and row[value]:
                    out.append(f"{row[label]} {row[value]}")
                elif row[label] or row[value]:
                    out.append(row[label] or row[value])
            continue
        k = group[0]
        col = [row[k] for row in rows]
        out.extend(_paragraphs(col, max(len(cell) for cell in col)))
    return out


def reading_order(text: str) -> str | None:
    """The text with its columns read one after another, or None when it has none."""
    if " " * MIN_GUTTER not in text:
        return None
    lines = [line.rstrip() for line in text.expandtabs().split("\n")]
    inks = [_ink(line) for line in lines]
    out: list[str] = []
    found = False
    i = 0
    while i < len(lines):
        if not inks[i] or not _gutters(inks[i]):
            out.append(lines[i].strip())
            i += 1
            continue
        ink = inks[i]
        rows = dict.fromkeys(_gutters(ink), 1)  # gutter -> lines with text on both sides
        j = i + 1
        while j < len(lines):
            if inks[j]:
                merged = _gutters(ink | inks[j])
                # a line across a gutter that already parts columns ends the run (a heading over
                # the whole width), even where another gutter would go on
                if not merged or len(merged) > MAX_GUTTERS \
                        or any(n >= MIN_ROWS - 1 and not any(a < e and s < b for a, b in merged) for (s, e), n in rows.items()):
                    break
                rows = {(a, b): max((n for (s, e), n in rows.items() if a < e and s < b), default=0)
                        + (inks[j] & ((1 << a) - 1) != 0 and inks[j] >> b != 0) for a, b in merged}
                ink |= inks[j]
            j += 1
        while j > i + 1 and not inks[j - 1]:
            j -= 1
        cuts = [gutter for gutter in _gutters(ink)
                if sum(1 for line in lines[i:j] if line[:gutter[0]].strip() and line[gutter[1]:].strip()) >= MIN_ROWS]
        if not cuts:
            out.append(lines[i].strip())
            i += 1
            continue
        found = True
        out.extend(_read_run(lines[i:j], cuts))
        i = j
    return "\n".join(out) if found else None
