"""A pattern led by its first characters (pipelines/firstchar.py) finds exactly what the pattern
finds: the rules' patterns are searched over every block of every page, and a lookahead that
refused one position where the pattern matches would lose a phone number, an address or a
page's chrome without any other sign."""

from __future__ import annotations

import importlib
import random
import re

import pytest

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.firstchar import first_class, led

_MODULES = ("kiwatch.pipelines.rules", "kiwatch.pipelines.normalise", "kiwatch.pipelines.extract.addresses",
            "kiwatch.pipelines.extract.attribution", "kiwatch.pipelines.extract.contact",
            "kiwatch.pipelines.extract.institutions", "kiwatch.pipelines.extract.chrome",
            "kiwatch.pipelines.extract.boilerplate", "kiwatch.pipelines.extract.document",
            "kiwatch.pipelines.extract.roles")

_WORDS = ("Tel", "Tel.:", "Telefon", "Fax", "@", "(at)", "[at]", "(dot)", "Kontakt", "Leitung", "Leiter", "Anschrift",
          "Cookie", "COOKIES", "cookie-Hinweis", "404", "Seite nicht gefunden", "Zentrale:", "Postfach", "Platz",
          "Stadt", "Kreis", "Amt", "Fachbereich", "Zugeordnet:", "Übergeordnete Stelle:", "Unser", "Wir", "Sie",
          "KI", "Kommunales Integrationszentrum", "e.V.", "Straße", "str.", "Hauptstr.", "ehemals", "früher",
          "Veranstaltungsort", "Ort:", "Durchwahl", "Vermittlung", "Sprechzeiten", "Ansprechpartner", "Session",
          "ID", "Mo", "Di", "Januar", "Uhr", "Aktenzeichen", "IBAN", "Rathaus", "0221", "(0221)", "+49", "0", "12",
          "44135", "KIZ", "KI-Team", "Kommunalen Integrationszentrums", "Integrationszentren", "-", "–", "/", "·", "|", ",", ".", ":", ";", "(", ")", "„", "“", "\n", " ", "  ", "\u00a0", "ſ", "K")


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = [rng.choice(_WORDS) if rng.random() < 0.7 else str(rng.randint(0, 99999)) for _ in range(rng.randint(1, 14))]
        out.append("".join(p + rng.choice(("", " ", " ", "\n", ", ")) for p in parts))
    return out


def _rule_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for name in _MODULES:
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.append((f"{name.rsplit('.', 1)[-1]}.{attr}", value))
    return found


def _answers(p: re.Pattern[str], text: str) -> tuple:
    m = p.search(text)
    return (
        m and (m.span(), m.groups(), m.groupdict()),
        [(x.span(), x.groups()) for x in p.finditer(text)],
        p.sub("#", text),
        bool(p.match(text)),
    )


def _unled(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern a module led (``(?=[…])(?:ORIGINAL)``) as it was written, else itself."""
    text = pattern.pattern
    if not text.startswith("(?=[") or "])(?:" not in text:
        return pattern
    original = re.compile(text[text.index("])(?:") + 5: -1], pattern.flags)
    return original if led(original).pattern == text else pattern


def test_every_rule_pattern_led_finds_the_same() -> None:
    texts = _texts(600, seed=11)
    led_count = 0
    for name, found in _rule_patterns():
        pattern = _unled(found)  # (the modules' led patterns against what they were written as)
        lead = found if found is not pattern else led(pattern)
        if lead is pattern:
            continue
        led_count += 1
        assert lead.groups == pattern.groups and lead.groupindex == pattern.groupindex, name
        for text in texts:
            assert _answers(lead, text) == _answers(pattern, text), (name, text)
    assert led_count >= 20  # (the test must exercise the mechanism, not only patterns it leaves alone)


def test_the_centre_pattern_led_finds_the_same() -> None:
    from kiwatch.pipelines.extract.roles import _centre_pattern, _centre_regex

    for acronyms in ((), ("KI",), ("KIZ", "VIELFALTwerk")):
        lead, pattern = _centre_regex(acronyms), re.compile(_centre_pattern(acronyms))
        assert lead.pattern != pattern.pattern  # (led: searched over every line of a page)
        for text in _texts(400, seed=len(acronyms)):
            assert _answers(lead, text) == _answers(pattern, text), (acronyms, text)


def test_the_chrome_and_contact_rules_are_led() -> None:
    # the patterns the document layer and the contact rules search on every block
    for pattern in (P.CONTACT_EVIDENCE_RE, P.PHONE_NUMBER_RE, P.PHONE_LABEL_RE, P.SOFT_ERROR_RE):
        assert pattern.pattern.startswith("(?=[")


@pytest.mark.parametrize(("pattern", "text", "span"), [
    (r"(?<![\d.,])\(?0\d{2,5}\)?\s?[/ -]\s?\d{2,}", "Ruf: (0221) 12 34", (5, 14)),  # through the optional bracket
    (r"(?<![\d.,])\(?0\d{2,5}\)?\s?[/ -]\s?\d{2,}", "Ruf: 0221 / 1234", (5, 16)),  # to what follows it
    (r"\bTel\b|\bFax\b|@", "x@y", (1, 2)),
    (r"(?:\s*x)+y", "a \t xy", (1, 6)),  # a repeat whose body may open with a space
    (r"(?:Herr|Frau)?\s*Dr\.", "Frau  Dr. Roth", (0, 9)),
    (r"^\s*404\b|Seite nicht gefunden", "  404 Fehler", (0, 5)),
])
def test_first_characters_through_optional_parts(pattern: str, text: str, span: tuple[int, int]) -> None:
    compiled = re.compile(pattern)
    lead = led(compiled)
    assert lead is not compiled
    m = lead.search(text)
    assert m is not None and m.span() == span


def test_case_insensitive_patterns_keep_their_case_variants() -> None:
    compiled = re.compile(r"\bCookies?\b|\bKontakt\b", re.IGNORECASE)
    lead = led(compiled)
    assert lead is not compiled
    for text in ("COOKIES", "cookie", "kontakt", "KONTAKT", "\u212aontakt"):  # (KELVIN SIGN folds to k)
        assert bool(lead.search(text)) == bool(compiled.search(text)), text


@pytest.mark.parametrize("pattern", [
    r"(?:a|b*)",  # may match the empty string
    r".x",  # any character first
    r"[^a]b",  # a negated class first
    r"(?i:x)y|z",  # another case-sensitivity inside
    r"^\s*<\?xml",  # anchored: re tries the start only
    r"Tel|Fax",  # branches that open with a literal: re skips ahead itself
    r"\d+",  # (no bound needed either way, but kept exact)
])
def test_patterns_without_a_useful_bound_are_left_alone(pattern: str) -> None:
    compiled = re.compile(pattern)
    if pattern == r"\d+":
        assert first_class(compiled) == r"\d"
        return
    assert led(compiled) is compiled
