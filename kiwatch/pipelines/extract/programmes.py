"""Fields of action and programmes."""

from __future__ import annotations

import re

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.document import Block
from kiwatch.pipelines.gate import Dnf, required_literals
from kiwatch.pipelines.normalise import canonical_text

# =========================================================================== heuristics: text facts


def find_fields_of_action(blocks: list[Block], sentences: list[str]) -> list[str]:
    fields: list[str] = []

    def add(value: str) -> None:
        value = P.FIELD_EXAMPLE_RE.sub("", value)
        value = re.sub(r"\s+[-–—]\s+", " - ", re.sub(r"\s+", " ", value)).strip(" ,;.:•-–")
        if 3 <= len(value) <= 120 and value not in fields:
            fields.append(value)

    for i, block in enumerate(blocks):
        if not P.FIELDS_HEADING_RE.search(block.text):
            continue
        if not (block.text.rstrip().endswith(":") or block.tag in ("h1", "h2", "h3", "h4", "h5", "h6", "dt", "th")):
            continue
        for item in blocks[i + 1 :]:
            if item.tag not in ("li", "dd"):
                break
            add(canonical_text(item.text))
    for sentence in sentences:
        if P.FIELDS_HEADING_RE.search(sentence):
            for quoted in P.QUOTED_RE.findall(sentence):
                add(quoted)
    return fields


_PROGRAMMES_RE = re.compile(
    "|".join(f"(?P<p{i}>{'(?i:' if regex.flags & re.IGNORECASE else '(?:'}{regex.pattern}))" for i, (_, regex) in enumerate(P.PROGRAMMES))
)


#: What a match of each programme's pattern contains: (case-insensitive, literals; lower case when
#: case-insensitive), or None (no gate: that pattern always runs). Most pages name no programme, and
#: the combined pattern's scan of a whole page (a case-insensitive branch at every position) was 3 %
#: of the extraction CPU; a few substring tests tell that it cannot match.
_PROGRAMME_GATES: tuple[tuple[bool, Dnf] | None, ...] = tuple(
    None if dnf is None or (ci and not all(lit.isascii() for conj in dnf for lits in conj for lit in lits))
    else (ci, tuple(tuple(frozenset(lit.lower() for lit in lits) if ci else lits for lits in conj) for conj in dnf))
    for ci, dnf in ((bool(regex.flags & re.IGNORECASE), required_literals(re.compile(regex.pattern))) for _, regex in P.PROGRAMMES)
)
#: the characters that match an ASCII letter case-insensitively but do not lower-case to it
#: (dotted and dotless i, long s): a text with one is searched without the gate
_FOLD_ODD = ("\u0130", "\u0131", "\u017f")


def _may_name_programme(text: str) -> bool:
    if any(ch in text for ch in _FOLD_ODD):
        return True
    low = ""
    for gate in _PROGRAMME_GATES:
        if gate is None:
            return True
        ci, dnf = gate
        if ci and not low:
            low = text.lower()
        where = low if ci else text
        if any(all(any(lit in where for lit in lits) for lits in conj) for conj in dnf):
            return True
    return False


HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "dt", "th"})


def listed_programmes(blocks: list[Block]) -> list[str]:
    """The page's own list of programmes: list items (or one "a; b; c" line, as PDF exports
    write a list) after a heading or lead-in that names programmes. Names as written; the
    profile folds known ones to their canonical name (normalise.canonical_programme)."""
    found: list[str] = []
    for i, block in enumerate(blocks):
        text = block.text
        if "rogramm" not in text or not P.PROGRAMMES_HEADING_RE.search(text):
            continue
        if not (text.rstrip().endswith(":") or block.tag in HEADING_TAGS
                or (len(text) <= 60 and len(text.split()) <= 6 and not re.search(r"[.!?]$", text))):
            continue
        items: list[str] = []
        for following in blocks[i + 1 :]:
            if following.tag not in ("li", "dd"):
                break
            items.append(following.text)
        if not items and i + 1 < len(blocks) and blocks[i + 1].tag not in HEADING_TAGS:
            parts = [p.strip() for p in blocks[i + 1].text.split(";")]
            if len(parts) >= 2 and all(2 <= len(p) <= 80 for p in parts):
                items = parts
        for item in items:
            name = canonical_text(item).strip(" .,;:•-–")
            if len(name) > 60:  # "Griffbereit – ein Programm für Familien …": the name is the first part
                name = re.split(r"\s+[-–—]\s+|:\s", name, maxsplit=1)[0].strip()
            if 2 <= len(name) <= 80 and name not in found:
                found.append(name)
    return found


def find_programmes(text: str) -> list[str]:
    """Known programme names, in the order of rules.PROGRAMMES (one pass over the text)."""
    if not _may_name_programme(text):
        return []
    hits = {m.lastgroup for m in _PROGRAMMES_RE.finditer(text)}
    return [name for i, (name, _) in enumerate(P.PROGRAMMES) if f"p{i}" in hits]

