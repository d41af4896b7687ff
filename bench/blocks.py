"""BENCHMARKS.md is made of marked blocks, one per benchmark; each run rewrites only its own."""

from __future__ import annotations

from pathlib import Path


def replace_block(path: Path, md: str, begin: str, end: str, heading: str) -> None:
    """Put `md` between the markers `begin` and `end`; append it under `heading` when absent."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    block = f"{begin}\n{md.strip()}\n{end}"
    if begin in text and end in text:
        text = text[: text.index(begin)] + block + text[text.index(end) + len(end):]
    else:
        text = text.rstrip() + f"\n\n## {heading}\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")
