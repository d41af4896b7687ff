"""Side-by-side view of a page's text before and after, with word-level highlights.

The word diff is diff-match-patch's (kiwatch.pipelines.diff.text_diff, bounded in time); the
left column shows kept and deleted words, the right kept and inserted ones. Long unchanged
stretches are folded to a few words of context so an edit in a long page stays findable.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiwatch.pipelines.diff import text_diff

CONTEXT_WORDS = 40


@dataclass(frozen=True)
class Segment:
    kind: str  # "same", "del", "ins" or "fold" (unchanged words left out)
    text: str


@dataclass(frozen=True)
class SideBySide:
    left: list[Segment]
    right: list[Segment]
    changed: bool


def _fold(text: str, first: bool, last: bool, context: int) -> list[Segment]:
    words = text.split(" ")
    head = 0 if first else context
    tail = 0 if last else context
    if len(words) <= head + tail + 10:
        return [Segment("same", text)]
    out = []
    if head:
        out.append(Segment("same", " ".join(words[:head]) + " "))
    out.append(Segment("fold", f"[… {len(words) - head - tail} …]"))
    if tail:
        out.append(Segment("same", " " + " ".join(words[len(words) - tail:])))
    return out


def side_by_side(before: str, after: str, timeout: float = 1.0, context: int = CONTEXT_WORDS) -> SideBySide:
    ops = text_diff(before or "", after or "", timeout)
    left: list[Segment] = []
    right: list[Segment] = []
    for index, (op, text) in enumerate(ops):
        if op == 0:
            segments = _fold(text, index == 0, index == len(ops) - 1, context)
            left += segments
            right += segments
        elif op < 0:
            left.append(Segment("del", text))
        else:
            right.append(Segment("ins", text))
    return SideBySide(left, right, any(op != 0 for op, _ in ops))
