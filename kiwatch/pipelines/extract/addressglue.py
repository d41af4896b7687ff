"""Address text as PDFs and markup glue it (issue 7): a street word hyphenated at a line end, words
and numbers run together, commas without their space, invisible characters inside a word — undone
before the address patterns read a line (extract/addresses.py)."""

from __future__ import annotations

import re

from kiwatch.pipelines import rules as P

_STREET_SUFFIX_ALT = "|".join(re.escape(s) for s in P.STREET_SUFFIXES)
_PREP = "|".join(P.STREET_PREPOSITIONS)


# PDF text: a street word hyphenated at a line end ("Bahnhof-\nstraße 3a" read as "Bahnhof- straße 3a"),
# and commas that lost their space ("Integrationszentrum,Rathausstraße 12,57399 Wiesenfurt")
_HYPHENATED_STREET_RE = re.compile(r"(?<=[a-zäöüß])-\s+(?=(?:" + _STREET_SUFFIX_ALT.lower() + r")\s*\d)")
_TIGHT_COMMA_RE = re.compile(r"(?<=[a-zäöüß\d]),(?=[A-ZÄÖÜ][a-zäöüß]|\d{5}\s+[A-ZÄÖÜ])")


# an abbreviation glued to the street after it ("2. OGHochstraße 40")
_CAPS_GLUED_STREET_RE = re.compile(r"(?<=[A-ZÄÖÜ])(?=[A-ZÄÖÜ][a-zäöüß]+(?:" + _STREET_SUFFIX_ALT.lower() + r")\s*\d)")


# … a word glued to the street after it ("59871 BrückenhainKolpingstraße 19", "IntegrationszentrumIm Hagen 14, 59871 …":
# a street without a street word only where a postal code follows)
_CAMEL_GLUED_STREET_RE = re.compile(r"(?<=[a-zäöüß]{2})(?=[A-ZÄÖÜ][a-zäöüß]+(?:" + _STREET_SUFFIX_ALT.lower() + r")\s*\d"
                                    r"|(?:" + _PREP + r")\s+[A-ZÄÖÜ][a-zäöüß\-]+\s*\d{1,3}[a-z]?\s*,?\s*\d{5}\s)")
# a house number glued to its street word, a city to its postal code ("Kolpingstr.19", "Kolpingstraße19", "59871Brückenhain"),
# and a soft hyphen or a zero-width space inside a word (HTML "Kolping&shy;straße")
_GLUED_NUMBER_RE = re.compile(r"(?:" + "|".join(f"(?<={re.escape(sfx)})" for sfx in P.STREET_SUFFIXES) + r")(?=\d{1,3}[a-z]?\b)"
                              r"|(?<![\d.,/-]\d{5})(?<=\d{5})(?=[A-ZÄÖÜ][a-zäöüß])")
_INVISIBLE_RE = re.compile("[\u00ad\u200b\u200c\u200d\u2060]")
_REJOIN_HINT_RE = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ][a-zäöüß]|[a-zäöüß]-\s|,\S|[a-zäöüß][A-ZÄÖÜ]|[a-zäöüß.]\d|\d[A-ZÄÖÜ]|[\u00ad\u200b\u200c\u200d\u2060]")


def rejoined(line: str) -> str:
    """The line with the glue of PDF text and HTML markup taken out where a street is concerned."""
    if not _REJOIN_HINT_RE.search(line):
        return line
    if _INVISIBLE_RE.search(line):
        line = _INVISIBLE_RE.sub("", line)
    if _CAPS_GLUED_STREET_RE.search(line):
        line = _CAPS_GLUED_STREET_RE.sub(" ", line)
    if _CAMEL_GLUED_STREET_RE.search(line):
        line = _CAMEL_GLUED_STREET_RE.sub(", ", line)
    if _GLUED_NUMBER_RE.search(line):
        line = _GLUED_NUMBER_RE.sub(" ", line)
    if "- " in line:
        line = _HYPHENATED_STREET_RE.sub("", line)
    if "," in line:
        line = _TIGHT_COMMA_RE.sub(", ", line)
    return line
