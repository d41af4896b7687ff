"""What earlier matches on a line took: one mark per character, so asking whether a position lies
inside a taken span costs the same however many spans the line holds. (A list of spans asked in
turn made a line of thousands of glued addresses or numbers quadratic: seconds per page.)"""

from __future__ import annotations

_ONE = b"\x01"


class TakenSpans:
    """The spans taken on one line of ``length`` characters; ``pos in spans`` is O(1), and the
    object is true once any span was added (as a list of the spans would be)."""

    __slots__ = ("_added", "_length", "_marks")

    def __init__(self, length: int) -> None:
        self._length = length
        self._marks: bytearray | None = None  # (made with the first span: most lines take none)
        self._added = 0

    def add(self, span: tuple[int, int]) -> None:
        start, end = span
        self._added += 1
        if end > start:
            if self._marks is None:
                self._marks = bytearray(self._length)
            self._marks[start:end] = _ONE * (end - start)

    def __contains__(self, pos: int) -> bool:
        return self._marks is not None and 0 <= pos < self._length and self._marks[pos] == 1

    def __bool__(self) -> bool:
        return self._added > 0
