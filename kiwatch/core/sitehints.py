"""Site hints as data: per centre and field, where its page states a fact the heuristics
cannot read — a CSS selector (".team .leitung") or a label word ("Organisatorische Zuordnung").

Shared by the registry (which validates hints when it loads) and the extractor's last layer
(kiwatch.pipelines.extract.hints), so neither imports the other.
"""

from __future__ import annotations

import re
from typing import Any

#: The fields a hint can fill.
HINT_FIELDS = ("address", "phone", "email", "head", "parent_unit")
_LABEL_RE = re.compile(r"[A-ZÄÖÜ][A-Za-zÄÖÜäöüß .\-/()]{0,59}")


def is_selector(value: str) -> bool:
    """A CSS selector (".team .leitung", "#kontakt p", "dd") rather than a label word
    ("Organisatorische Zuordnung", "Leitung"): a label starts with a capital letter, as German
    nouns do; HTML tag names and selectors do not."""
    return not _LABEL_RE.fullmatch(value.strip())


def check_hint(field: str, value: object) -> str | None:
    """The problem with one hint, or None when it can be used."""
    if field not in HINT_FIELDS:
        return f"unknown field {field!r}; hints can name {', '.join(HINT_FIELDS)}"
    if not isinstance(value, str) or not value.strip():
        return "must be a non-empty string (a CSS selector or a label word)"
    value = value.strip()
    if is_selector(value):
        try:
            compile_selector(value)
        except Exception as exc:  # cssselect raises SelectorSyntaxError / ExpressionError
            return f"{value!r} is not a valid CSS selector ({exc})"
    return None


def compile_selector(selector: str) -> Any:  # a CSSSelector; lxml ships no type information
    from lxml.cssselect import CSSSelector

    return CSSSelector(selector)
