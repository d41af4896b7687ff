"""Tables for the terminal that fit its width without breaking a word or a date.

Rich wraps cells at spaces and only splits a word when a column is narrower than it; that
happens when the columns' narrowest possible widths add up to more than the terminal. So
columns are given in order of importance, and the least important ones are left out
(and named below the table) until the rest fits; dates, numbers and phones never wrap.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from kiwatch.core.text import strip_controls

_GAP = 3  # between two columns: a space of padding each side and the (blank) rule of the SIMPLE_HEAD box


@dataclass
class Column:
    header: str
    cells: list[str]  # one per row; "\n" separates lines within a cell
    wrap: bool = True  # False: dates, numbers, phones (each line stays on one line)
    justify: str = "left"

    def narrowest(self) -> int:
        """The least width that breaks no word (or, for a no-wrap column, no line)."""
        header = max((len(word) for word in self.header.split()), default=1)  # a header may wrap
        if self.wrap:
            return max([header] + [len(word) for text in self.cells for word in text.split()])
        return max([header] + [len(line) for text in self.cells for line in text.splitlines()])


def fit_columns(columns: list[Column], width: int) -> tuple[list[Column], list[Column]]:
    """(shown, left out): the most important columns (listed first) whose narrowest widths fit.
    The first column is always shown."""
    shown = list(columns)
    left_out: list[Column] = []
    while len(shown) > 1 and sum(c.narrowest() for c in shown) + _GAP * (len(shown) - 1) > width:
        left_out.insert(0, shown.pop())
    return shown, left_out


def widths(columns: list[Column], width: int) -> list[int]:
    """Each column at least its narrowest width; the room left goes first to the columns that
    need little to show their lines unwrapped (a name, a date), the rest is shared evenly."""
    narrow = [c.narrowest() for c in columns]
    natural = [max([m] + [len(line) for text in c.cells for line in text.splitlines()]) for c, m in zip(columns, narrow, strict=True)]
    room = width - _GAP * (len(columns) - 1) - sum(narrow)
    result = list(narrow)
    pending = sorted(range(len(columns)), key=lambda i: natural[i] - narrow[i])
    while pending and room > 0:
        share = room // len(pending)
        index = pending.pop(0)
        extra = min(natural[index] - narrow[index], max(share, 0))
        result[index] += extra
        room -= extra
    return result


def print_table(console: Console, columns: list[Column], *, title: str = "", note: str = "") -> None:
    """Print the columns that fit `console.width`; `note` (with {columns}) names the others."""
    shown, left_out = fit_columns(columns, console.width)
    table = Table(title=title or None, box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    for col, col_width in zip(shown, widths(shown, console.width), strict=True):
        table.add_column(escape(col.header), justify=col.justify, width=col_width, overflow="fold")  # type: ignore[arg-type]
    rows = len(columns[0].cells) if columns else 0
    for index in range(rows):
        table.add_row(*(escape(strip_controls(col.cells[index])) for col in shown))
    console.print(table)
    if left_out and note:
        console.print(note.format(columns=", ".join(c.header for c in left_out)), style="dim", markup=False)
