"""The spelling a block's text is keyed in (extract/reading.py, issue 11).

A site re-renders the same facts in other spellings from one crawl to the next: a phone number
grouped, bracketed or with the country code ("05221 / 911 32", "(05221) 91 13 2", "+49 5221
91132"), its label ("Tel.:", "Telefon", "Tel"), an e-mail address obfuscated ("x [at] y [dot]
de", "x(at)y.de"), "Str." for "Straße", a Postfach number grouped, a space before a comma, the
copyright year that turns with the calendar. The diff stage compares these in their
canonical forms (normalise.canonical_text) and the field rules turn them into the same record,
so a page whose only edits are such re-spellings can take the reading key's cheap path. Only the
key reads this form; the rules still read the text as written (a record keeps its raw spellings).

What is deliberately not folded, because the rules do read it: the case of an e-mail address (a
capitalised local part, "Integrationszentrum@…", is read as a word naming the centre and draws a
footer's contacts to it), a mailto:/tel: link (a footer address in "(at)" spelling without its
link is not read as the centre's e-mail), anything of the structured data, titles, breadcrumbs,
and volatile text other than the copyright year.
tests/test_reading_key_spelling.py extracts the bench corpus's versions (several seeds) and
checks that two readings with one key give one content hash.
"""

from __future__ import annotations

import functools
import re

from kiwatch.pipelines import normalise as N
from kiwatch.pipelines import rules as P

# (the copyright pattern of rules.VOLATILE_PATTERNS: the year after "©", a range too)
_COPYRIGHT_YEAR_RE = next(regex for hints, regex in P.VOLATILE_PATTERNS if hints == ("©",))
_POSTFACH_GROUPS_RE = re.compile(r"[ \t.]")
_SPELLING_HINT_RE = re.compile(r"[\d@]|\s(?:at|AT)\s|[\(\[\{]\s*(?:at|ät)\s*[\)\]\}]", re.IGNORECASE)


def _phone_label(m: re.Match[str]) -> str:
    return "Fax: " if "fax" in m.group(0).lower() else "Tel.: "


def _email(m: re.Match[str]) -> str:
    # "[at]", "(at)", "[dot]" resolved, the case kept: the rules read a capitalised local part
    # ("Integrationszentrum@…") as a word of the text, a lower-case one not
    raw = m.group(0)
    text = N._DOT_RE.sub(".", N._AT_RE.sub("@", f" {raw} ")).strip()
    return text if N.canonical_email(text) is not None else raw


def _street(m: re.Match[str]) -> str:
    return N.canonical_street(m.group(0))


#: Longest block text the cache keeps: the footers and contact boxes a site repeats on every page
#: are short, while a worker reading pages of megabyte blocks must not hold thousands of them.
CACHED_CHARS = 2000


def key_spelling(text: str) -> str:
    """`text` with phone numbers (and the label before them), e-mail obfuscations, street words,
    Postfach numbers, the copyright year and the space before a comma in one spelling each, the
    way normalise.canonical_text spells them; every other character as it is."""
    return _key_spelling_cached(text) if len(text) <= CACHED_CHARS else _key_spelling(text)


# a site repeats its footer and contact box on every page, and a worker keys many of its pages
@functools.lru_cache(maxsize=8192)
def _key_spelling_cached(text: str) -> str:
    return _key_spelling(text)


def _key_spelling(text: str) -> str:
    if not text or not _SPELLING_HINT_RE.search(text):
        return text.replace(" ,", ",") if text else text
    if "©" in text:
        text = _COPYRIGHT_YEAR_RE.sub("©\x1f", text)
    if "Postfach" in text:
        text = N._POSTFACH_RE.sub(lambda m: m.group(1) + _POSTFACH_GROUPS_RE.sub("", m.group(2)), text)
    if "0" in text or "+" in text:  # (every phone number the pattern takes has one)
        text = P.PHONE_NUMBER_RE.sub(N._canonical_phone_in_text, text)
        text = N._PHONE_LABEL_IN_TEXT_RE.sub(_phone_label, text)
    if "@" in text or N._OBFUSCATION_HINT_RE.search(text):
        text = N._EMAIL_IN_TEXT_RE.sub(_email, text)
    if N.STREET_HINT_RE.search(text):  # (by line, as canonical_text decides: a hint is a line's)
        text = N._STREET_IN_TEXT_RE.sub(_street, text) if "\n" not in text else "\n".join(
            N._STREET_IN_TEXT_RE.sub(_street, line) if N.STREET_HINT_RE.search(line) else line for line in text.split("\n"))
    return text.replace(" ,", ",")
