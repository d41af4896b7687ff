"""Site hints: the last layer, for the few pages the heuristics cannot read.

A hint names, per field, where a centre's page states it: a CSS selector (``".team .leitung"``)
or a label word (``"Organisatorische Zuordnung"``). Hints come from the registry
(``[centre.hints]``), are validated when it loads (``check_hint``), and only fill a field the
layers before left empty — a hint never overrides what the page states in a form the
extractor reads.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from kiwatch.core.sitehints import compile_selector, is_selector
from kiwatch.core.vocab import PhoneKind
from kiwatch.pipelines.extract.addresses import find_addresses
from kiwatch.pipelines.extract.contact import find_emails, find_phones
from kiwatch.pipelines.extract.grammar import NAME_RE, clean_name
from kiwatch.pipelines.extract.units import unit_from_text
from kiwatch.records import PageRecord, Person


def _texts_by_selector(root, selector: str) -> list[str]:
    if root is None:
        return []
    try:
        found = compile_selector(selector)(root)
    except Exception:  # validated at load time; a page-specific failure costs the hint only
        return []
    lines: list[str] = []
    for el in found[:10]:
        text = "\n".join(t.strip() for t in el.itertext() if t.strip())
        lines.extend(text.split("\n"))
    return lines


def _texts_by_label(lines: list[str], label: str) -> list[str]:
    """What follows a label: the rest of its line, or the next line when the label stands alone."""
    pattern = re.compile(r"^\s*" + re.escape(label) + r"\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
    out: list[str] = []
    for i, line in enumerate(lines):
        m = pattern.match(line)
        if not m:
            continue
        rest = m.group("rest").strip()
        if rest:
            out.append(rest)
        elif i + 1 < len(lines):
            out.append(lines[i + 1])
        out.extend(lines[i + 1 + (0 if rest else 1): i + 3])
        break
    return out


def apply_hints(record: PageRecord, hints: Mapping[str, str] | None, lines: list[str], root=None) -> PageRecord:
    """Fill the fields the heuristics left empty from the centre's hints."""
    if not hints:
        return record
    for field, value in hints.items():
        if not _empty(record, field):
            continue
        texts = _texts_by_selector(root, value) if is_selector(value) else _texts_by_label(lines, value)
        texts = [t for t in texts if t.strip()]
        if not texts:
            continue
        if field == "head":
            for text in texts:
                m = NAME_RE.search(text)
                cleaned = clean_name(m.group(0)) if m else None
                if cleaned:
                    title, name = cleaned
                    others = [p for p in record.people if p.name.casefold() != name.casefold()]
                    record.people = [Person(name, "Leitung", True, title=title), *others]
                    break
        elif field == "parent_unit":
            unit = unit_from_text(texts[0])
            if unit is not None:
                record.parent_units = [unit]
        elif field == "address":
            record.addresses = find_addresses(texts)
        elif field == "phone":
            record.phones = find_phones(texts, [], ()) or [
                replace(p, kind=PhoneKind.PHONE) for p in find_phones(["Tel. " + t for t in texts], [], ())
            ]
        elif field == "email":
            record.emails = find_emails(texts, [])
    return record


def _empty(record: PageRecord, field: str) -> bool:
    if field == "head":
        return not any(p.is_head for p in record.people)
    if field == "parent_unit":
        return not record.parent_units
    return not getattr(record, {"address": "addresses", "phone": "phones", "email": "emails"}[field])
