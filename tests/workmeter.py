"""Counting the work an extraction function does, so that "linear time" is tested without a clock.

Tests never time (timings on a shared CI machine are noise). Instead a `WorkMeter` counts what the
extractor does that grows with its input: the Python lines it executes (sys.settrace) and the
characters its module-level compiled patterns are handed to read. A linear reading of five times
the input does about five times the work; a quadratic one twenty-five times.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest

#: The modules whose patterns are counted: the extractor and its rules.
_PREFIXES = ("kiwatch.pipelines.extract", "kiwatch.pipelines.rules")


@dataclass(frozen=True)
class Work:
    lines: int  # Python lines executed in kiwatch's modules
    chars: int  # characters handed to kiwatch's compiled patterns

    @property
    def total(self) -> int:
        return self.lines + self.chars


class _CountingPattern:
    """A compiled pattern that adds the length of every text (slice) it is asked to read."""

    def __init__(self, pattern: re.Pattern[str], meter: WorkMeter) -> None:
        self._pattern = pattern
        self._meter = meter

    def _read(self, text: str, pos: int = 0, endpos: int | None = None) -> tuple[int, int]:
        end = len(text) if endpos is None else min(endpos, len(text))
        self._meter.chars += max(0, end - pos)
        return pos, end

    def search(self, text, pos=0, endpos=None):
        return self._pattern.search(text, *self._read(text, pos, endpos))

    def match(self, text, pos=0, endpos=None):
        return self._pattern.match(text, *self._read(text, pos, endpos))

    def fullmatch(self, text, pos=0, endpos=None):
        return self._pattern.fullmatch(text, *self._read(text, pos, endpos))

    def finditer(self, text, pos=0, endpos=None):
        return self._pattern.finditer(text, *self._read(text, pos, endpos))

    def findall(self, text, pos=0, endpos=None):
        return self._pattern.findall(text, *self._read(text, pos, endpos))

    def sub(self, repl, text, count=0):
        self._read(text)
        return self._pattern.sub(repl, text, count)

    def subn(self, repl, text, count=0):
        self._read(text)
        return self._pattern.subn(repl, text, count)

    def split(self, text, maxsplit=0):
        self._read(text)
        return self._pattern.split(text, maxsplit)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)


class WorkMeter:
    """Replaces the compiled patterns of kiwatch's extraction modules (for the test's duration, by
    monkeypatch) and counts the lines `measure` runs."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.chars = 0
        self._lines = 0
        for name, module in list(sys.modules.items()):
            if isinstance(module, ModuleType) and name.startswith(_PREFIXES):
                for attr, value in list(vars(module).items()):
                    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                        monkeypatch.setattr(module, attr, _CountingPattern(value, self))

    def _trace(self, frame, event, arg):
        if not frame.f_code.co_filename.endswith(".py") or "/kiwatch/" not in frame.f_code.co_filename:
            return None  # (the local tracer only for kiwatch's frames)
        return self._count_line

    def _count_line(self, frame, event, arg):
        if event == "line":
            self._lines += 1
        return self._count_line

    def measure(self, call: Callable[[], object]) -> Work:
        self.chars, self._lines = 0, 0
        previous = sys.gettrace()
        sys.settrace(self._trace)
        try:
            call()
        finally:
            sys.settrace(previous)
        return Work(self._lines, self.chars)
