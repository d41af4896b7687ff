"""Spellings the field rules read as their plain form: easy-language (Leichte Sprache) text marks
the parts of a compound — "Fach·bereich" (a middle dot inside a word), "Integrations-Rat" (a hyphen
before a capitalised role or owner word, rules.EASY_LANGUAGE_PARTS) — and the unit, role and owner
rules know the plain compound. Unit kinds keep their hyphen ("Jugend-Amt"): the unit rules read it."""

from __future__ import annotations

import re

from kiwatch.pipelines import rules as P

_MEDIAN_DOT_RE = re.compile(r"(?<=[a-zäöüß])[·‧](?=[a-zäöüß])")
_EASY_HYPHEN_RE = re.compile(r"(?<=[a-zäöüß]{2})-(?P<part>(?:" + "|".join(P.EASY_LANGUAGE_PARTS) + r"))(?![a-zäöüß])")


def plain_compounds(text: str) -> str:
    """ "Fach·bereich" -> "Fachbereich", "Integrations-Rat" -> "Integrationsrat"."""
    if "·" in text or "‧" in text:
        text = _MEDIAN_DOT_RE.sub("", text)
    if "-" in text:
        text = _EASY_HYPHEN_RE.sub(lambda m: m.group("part").lower(), text)
    return text
