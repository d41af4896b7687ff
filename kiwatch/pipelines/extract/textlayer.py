"""Lines of a text layer, re-joined where the layout wrapped them: the plain text of a PDF, and a
page that sets that text as one positioned element per line (a PDF converted to HTML)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.normalise import clean_whitespace


class _Line(Protocol):
    text: str
    tag: str
    in_main: bool
    volatile: bool
    cells: tuple[str, ...] | None
    chrome: int


class _Piece(Protocol):
    group: int
    tag: str
    cells: tuple[str, ...] | None


B = TypeVar("B", bound=_Line)


def text_lines(text: str) -> list[str]:
    """Lines of a text layer, re-joining layout wraps so a sentence, an address or a list is
    not cut in two: after a line that fills the width and ends without punctuation, a line that
    starts lower-case or with a house number continues it, and so does any line whose first
    word would not have fitted on the line before (German nouns start upper-case)."""
    out: list[str] = []
    lines = clean_whitespace(text).split("\n")
    width = max((len(line) for line in lines), default=0)
    full = 0.75 * width  # a wrapped line fills the width
    # a text is set to a width only when several lines fill it; in a contact card or a list of
    # short lines the longest line is just the longest, and its neighbours are lines of their own
    wrapped = sum(1 for line in lines if len(line) >= full) >= 3
    prev = ""  # the previous physical line (out[-1] may already be several joined)
    for line in lines:
        if out and len(prev) >= full and not re.search(r"[.:!?;]$", prev) and (
            re.match(r"^(?:[a-zäöüß]|\d{1,3}[a-z]?\b(?![.)]))", line)
            or (wrapped and len(prev) + 1 + len(line.split(" ", 1)[0]) > width and not P.SECTION_LABEL_RE.match(line))
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        prev = line
    return out


def prose_lines(lines: list[str]) -> list[str]:
    """Lines with a sentence that a line break cut after an article, a preposition or a conjunction
    joined again (rules.LINE_GOES_ON_WORDS): an editor's <br> inside a paragraph, a flyer's layout line.
    (A next line that opens lower-case is left to the card and div-line readings, which know whose
    block it is: under another body's heading "NAME" + "leitet die Einrichtung" is that body's.)"""
    out: list[str] = []
    goes_on = False
    for line in lines:
        if goes_on and line:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        goes_on = _ends_on_word(out[-1])
    return out


def _ends_on_word(line: str) -> bool:
    """Whether the line's last word is one a sentence cannot end on (rules.LINE_GOES_ON_WORDS)."""
    space = line.rfind(" ")
    return space > 0 and line[space + 1:].lower() in P.LINE_GOES_ON_WORDS


_ENDS_SENTENCE_RE = re.compile(r"[.!?][\"“”')]*$")
_ENDS_OPEN_RE = re.compile(r"[.!?:;][\"“”')]*$")
# a line that opens with a short label ("Telefon:", "Leitung des KI:"): a row of a card, not prose
_OPENS_LABEL_RE = re.compile(r"^[^\s:]{1,30}(?:\s[^\s:]{1,30}){0,3}:")
# a line cut where the sentence cannot end: after a comma, or after a copula or auxiliary whose
# complement is still to come ("Leiterin des KI ist<br>Frau X."); a capitalised next line after
# any other unpunctuated line is a line of its own (a photo caption, a name line over a sentence)
_GOES_ON_END_RE = re.compile(r"(?:,|\s(?:ist|sind|wird|werden|wurde|wurden|bleibt|hat|haben))$")


def _goes_on(line: str) -> bool:
    return bool(_GOES_ON_END_RE.search(line)) or _ends_on_word(line)


def prose_join(blocks: Sequence[_Piece], texts: Sequence[str]) -> str:
    """The page's own texts (`texts[i]` of `blocks[i]`; someone else's blocks have no text) one to a
    line, but the lines of a prose paragraph that an editor broke with <br> mid-sentence ("Das KI ist
    organisatorisch<br>dem Fachbereich 4 zugeordnet.") joined into one. A paragraph is prose when
    its last line ends a sentence; a contact card's lines (a name, a role, "Telefon: …") do not, and
    a line that opens with a label or follows one that ends with punctuation stays a line. A line goes
    on with the next when the next opens lower-case or the line stops where no sentence can."""
    ends: dict[int, bool] = {}
    for b, t in zip(blocks, texts, strict=True):
        if t:
            ends[b.group] = bool(_ENDS_SENTENCE_RE.search(t))
    out: list[list[str]] = []  # each line's pieces, joined once at the end (not the line again per piece)
    prev: _Piece | None = None
    for b, t in zip(blocks, texts, strict=True):
        if not t:
            prev = None  # (another owner's block between two of the page's is no part of their sentence)
            continue
        if (prev is not None and out and b.group == prev.group and b.tag == prev.tag and b.cells is None and prev.cells is None
                and ends.get(b.group) and not _ENDS_OPEN_RE.search(end := _line_end(out[-1])) and not _OPENS_LABEL_RE.match(t)
                and (t[0].islower() or _goes_on(end))):
            out[-1].append(t)
        else:
            out.append([t])
        prev = b
    return "\n".join(" ".join(pieces) for pieces in out)


def _line_end(pieces: list[str]) -> str:
    """The end of the line joined from the pieces so far, as far as the patterns of a line's end read
    (a paragraph of many <br> would else be read whole once per line: quadratic work)."""
    return " ".join(pieces[-2:])[-64:]


# a line that goes on from the one before: it opens with a lower-case word (not an e-mail address
# or a host name, which are lower-case on a line of their own)
_CONTINUES_RE = re.compile(r"[a-zäöüß]{2,}(?=[ ,])")
_LINE_END_RE = re.compile(r"[.:!?;]$")


def wrapped_lines(blocks: list[B], mailtos: list[tuple[str, int]], tels: list[tuple[str, int]]
                  ) -> tuple[list[B], list[tuple[str, int]], list[tuple[str, int]]]:
    """A text layer set as one positioned <div> per line (a PDF converted to HTML, an OCR layer)
    cuts its sentences at every line end: a div line that ends without punctuation and a div line
    after it that opens lower-case are one line ("… ist dem Dezernat II" + "des Kreises
    zugeordnet."). Links keep the line their text is in."""
    out: list[B] = []
    index: list[int] = []  # old block index -> new
    for block in blocks:
        prev = out[-1] if out else None
        if (prev is not None and block.tag == "div" and prev.tag == "div" and prev.in_main == block.in_main and prev.chrome == block.chrome
                and not (prev.volatile or block.volatile or prev.cells or block.cells)
                and not _LINE_END_RE.search(prev.text) and _CONTINUES_RE.match(block.text)):
            prev.text = f"{prev.text} {block.text}"
        else:
            out.append(block)
        index.append(len(out) - 1)
    if len(out) == len(blocks):
        return blocks, mailtos, tels

    def moved(links: list[tuple[str, int]]) -> list[tuple[str, int]]:
        return [(href, index[i] if i < len(index) else len(out)) for href, i in links]

    return out, moved(mailtos), moved(tels)
