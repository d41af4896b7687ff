"""Pure canonicalisers: two spellings of the same value give the same string.

Formatting-only edits (another phone grouping, "Str." for "Straße", nbsp, a re-hyphenated PDF)
must compare equal, or every relaunch and every PDF re-export would look like a change.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import phonenumbers

from kiwatch.pipelines import rules
from kiwatch.pipelines.firstchar import led

# --------------------------------------------------------------------------- phone


_PHONE_JUNK_RE = re.compile(r"[^\d+]")
_TRUNK_ZERO_RE = re.compile(r"\(\s*0\s*\)")  # "+49 (0) 221" – the (0) is only dialled nationally


# a pure function of its arguments, and libphonenumber's parse is its cost: a site repeats its
# numbers (footer, contact box) on every page, and an extraction worker reads many of them
@functools.lru_cache(maxsize=4096)
def canonical_phone(raw: str, default_region: str = "DE") -> str | None:
    """E.164 form ("+492032836912") of a phone number as written, or None if it is none."""
    if not raw:
        return None
    text = _TRUNK_ZERO_RE.sub(" ", raw)
    text = text.replace("–", "-").strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    digits = _PHONE_JUNK_RE.sub("", text)
    if not digits.startswith(("+", "0")):
        return None  # no area code: a local number (or a file number) has no E.164 form
    if not 6 <= len(digits.lstrip("+")) <= 15:
        return None
    try:
        number = phonenumbers.parse(digits, default_region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# --------------------------------------------------------------------------- street

_STRASSE_WORD_RE = re.compile(r"\b([Ss])tr(?:\.|asse\b)")
_STRASSE_SUFFIX_RE = re.compile(r"(?<=[a-zäöüß])str(?:\.|asse\b)")
_PLATZ_RE = led(re.compile(r"(?:\b([Pp])l\.|(?<=[a-zäöüß])pl\.)"))
_HOUSE_RANGE_RE = re.compile(r"(\d+)\s*([a-zA-Z]?)\s*[-–—/]\s*(\d+)\s*([a-zA-Z]?)(?![\wäöüß])")
_HOUSE_LETTER_RE = re.compile(r"(\d+)\s+([a-zA-Z])(?![\wäöüß.])")


def _spaces(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00ad", "").replace("\u200b", "")
    return re.sub(r"\s+", " ", text).strip()


def canonical_street(raw: str) -> str:
    """Street with house number: "Reeser Landstr.  31" -> "Reeser Landstraße 31",
    "Sonnenwall 73 - 75" -> "Sonnenwall 73-75", "Marienstr. 16 a" -> "Marienstraße 16a"."""
    text = _spaces(raw).strip(" ,;")
    text = _STRASSE_SUFFIX_RE.sub("straße", text)
    text = _STRASSE_WORD_RE.sub(lambda m: ("S" if m.group(1) == "S" else "s") + "traße", text)
    text = _PLATZ_RE.sub(lambda m: ("P" if m.group(1) == "P" else "p") + "latz", text)
    text = _HOUSE_RANGE_RE.sub(lambda m: f"{m.group(1)}{m.group(2).lower()}-{m.group(3)}{m.group(4).lower()}", text)
    text = _HOUSE_LETTER_RE.sub(lambda m: m.group(1) + m.group(2).lower(), text)
    text = re.sub(r"\s+(?=\d)", " ", text)
    return text


# --------------------------------------------------------------------------- e-mail

_AT_RE = led(re.compile(r"\s*(?:[\(\[\{<]\s*(?:at|ät|@)\s*[\)\]\}>]|\s(?:at|AT)\s)\s*", re.IGNORECASE))
_DOT_RE = led(re.compile(r"\s*(?:[\(\[\{<]\s*(?:dot|punkt|\.)\s*[\)\]\}>]|\s(?:dot|DOT|punkt)\s)\s*", re.IGNORECASE))
EMAIL_RE = re.compile(r"^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,24}$")


def canonical_email(raw: str) -> str | None:
    """Lower-case address with "(at)", "[at]", " at ", "[dot]", "(punkt)" resolved; None if the
    text is no e-mail address."""
    if not raw:
        return None
    text = _spaces(raw)
    if text.lower().startswith("mailto:"):
        text = text[7:]
    text = text.split("?", 1)[0]
    text = _AT_RE.sub("@", f" {text} ").strip()
    text = _DOT_RE.sub(".", f" {text} ").strip()
    text = text.strip(" <>()[]\"'.,;:").lower()
    return text if EMAIL_RE.match(text) else None


# --------------------------------------------------------------------------- programmes


def canonical_programme(name: str) -> str:
    """Identity of a programme: the known name when the wording names exactly one known
    programme ("Kein Abschluss ohne Anschluss (KAoA)" -> "KAoA"), else the wording itself,
    whitespace collapsed and case-folded."""
    hits = [known for known, regex in rules.PROGRAMMES if regex.search(name)]
    return (hits[0] if len(hits) == 1 else " ".join(name.split())).casefold()


# --------------------------------------------------------------------------- running text

_HSPACE_RE = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ODD_SPACE_RE = re.compile(r"[\t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]")  # _HSPACE_RE's other than " "
_INVISIBLE_RE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
# A hyphen at a line end or before a space followed by a lower-case word is a layout break
# ("vie- ler"), except before a conjunction ("Schul- und Bildungsberatung").
_HYPHENATION_RE = led(re.compile(
    r"(?<=[a-zäöüß])-[ \n]+(?!(?:und|oder|bzw|sowie|als|bis|noch|wie|statt|als auch)\b)(?=[a-zäöüß])"
))
_QUOTES = (("„", '"'), ("“", '"'), ("”", '"'), ("«", '"'), ("»", '"'), ("‚", "'"), ("‘", "'"), ("’", "'"))
_STREET_SUFFIX_ALT = "|".join(re.escape(s) for s in rules.STREET_SUFFIXES)
_STREET_IN_TEXT_RE = re.compile(
    r"\b(?:[A-ZÄÖÜ][\wäöüß\-]*(?:" + _STREET_SUFFIX_ALT + r")|(?:Straße|Strasse|Str\.|Platz|Pl\.|Markt|Weg|Allee|Ring|Wall))"
    r"\s*\d{1,4}(?:\s*[a-zA-Z](?![\wäöüß.]))?(?:\s*[-–/]\s*\d{1,4}(?:\s*[a-zA-Z](?![\wäöüß.]))?)?(?![\d.])"
)


_DIGIT_RE = re.compile(r"\d")
_WORD_BEFORE_NUMBER_RE = re.compile(r"([^\W\d_][\w.\-]*)\s*\d")
_STREET_ENDINGS = (*rules.STREET_SUFFIXES, "strasse")


class _StreetHint:
    """Cheap pre-check for the street pattern, which backtracks on every capitalised word:
    is there a word ending like a street directly before a number?"""

    @staticmethod
    def search(text: str) -> bool:
        if not _DIGIT_RE.search(text):
            return False
        # (findall of the one group: the words themselves, no match objects)
        return any(word.lower().endswith(_STREET_ENDINGS) for word in _WORD_BEFORE_NUMBER_RE.findall(text))


STREET_HINT_RE = _StreetHint()


# "Tel.:", "Telefon", "Fon:" before an already canonical number are one label
_PHONE_LABEL_IN_TEXT_RE = led(re.compile(r"(?<![\w-])(?:Tel(?:efon)?\.?|Fon|Phone|Telefax|Fax)\s*(?:Nr\.?)?\s*:?\s*(?=\+\d)"))
_OBFUSCATION_HINT_RE = re.compile(r"[\(\[\{]\s*(?:at|ät|@)\s*[\)\]\}]|\s(?:at|AT)\s", re.IGNORECASE)
# tried only from the start of a local part's run: unanchored, every position inside a long run
# of word characters, dots and hyphens (a slug, a glued PDF line) scanned the run again when one
# "@" anywhere on the page let this pattern run (a 7,000-character run: 2 s of a worker's CPU)
_EMAIL_IN_TEXT_RE = re.compile(
    r"(?<![\w.+-])[\w.+-]+\s*(?:@|[\(\[\{]\s*(?:at|ät|@)\s*[\)\]\}]|\s(?:at|AT)\s)\s*[\w-]+"
    r"(?:\s*(?:\.|[\(\[\{]\s*(?:dot|punkt|\.)\s*[\)\]\}]|\s(?:dot|DOT|punkt)\s)\s*[\w-]+)+",
    re.IGNORECASE,
)


def identity_key(text: str) -> str:
    """The form two spellings of one name or role compare in: whitespace collapsed, case folded."""
    return " ".join(text.split()).casefold()


def clean_whitespace(text: str) -> str:
    """Collapse spaces within lines, drop blank lines; keeps one line per block."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE_RE.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    if "  " in text or _ODD_SPACE_RE.search(text):
        lines = (_HSPACE_RE.sub(" ", line).strip() for line in text.split("\n"))
    else:  # (every run of spaces is one plain space already: the substitution would give the same lines)
        lines = (line.strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def remove_volatile(text: str) -> str:
    low = text.lower()
    for hints, regex in rules.VOLATILE_PATTERNS:
        if any(h in low for h in hints):
            text = regex.sub("", text)
    if _has_stamp_trigger(text):
        text = "\n".join(_drop_stamp_segments(line) if _has_stamp_trigger(line) else line for line in text.split("\n"))
    if _LONG_WORD_RE.search(text) and _LONG_RUN_RE.search(text):
        text = rules.TOKEN_RE.sub("", text)
    if _DIGIT_RE.search(text):
        text = "\n".join(_meta_line(line) if _DIGIT_RE.search(line) else line for line in text.split("\n"))
    return text


def _meta_line(line: str) -> str:
    """A line without its ids, relative ages and — when the line is short page furniture with no
    mark of a fact — its clock stamps and bare counts (rules.META_FACT_RE)."""
    if _HEXISH_RE.search(line):
        line = rules.ID_LABELLED_RE.sub(r"\1", rules.ID_TOKEN_RE.sub("", line))
    if "vor " in line or "ago" in line:
        line = rules.RELATIVE_AGE_RE.sub("", line)
    if " · " in line or " | " in line:
        # a line of parts ("Beitrag Nr. 88 · 1.204 Aufrufe · Kommentare (2)"): each part on its own
        return "".join(_meta_part(p) if i % 2 == 0 else p for i, p in enumerate(_PART_SPLIT_RE.split(line)))
    return _meta_part(line)


_PART_SPLIT_RE = re.compile(r"(\s+[·|]\s+)")


def _meta_part(line: str) -> str:
    if (len(line) > rules.META_LINE_MAX_CHARS or line.count(" ") >= rules.META_LINE_MAX_WORDS or rules.META_FACT_RE.search(line)
            or rules.PHONE_NUMBER_RE.search(line) or STREET_HINT_RE.search(line)):
        return line
    if ":" in line:
        line = rules.META_CLOCK_RE.sub("", line)
    return rules.META_COUNT_RE.sub(lambda m: m.group(0) if _CODE_NOUN_BEFORE_RE.search(line, 0, m.start()) else "", line)


_CODE_NOUN_BEFORE_RE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\wäöüß-]+\s$")  # "Vorstandsbereich 2": a code, not a count


_STAMP_TRIGGER_RE = re.compile(r"(?<![\w])(?:" + "|".join(sorted(sorted(rules.STAMP_TRIGGER_WORDS), key=len, reverse=True)) + r")(?![\w])", re.IGNORECASE)
_WORD_RUN_RE = re.compile(r"\w+")
#: characters that match an ASCII letter case-insensitively but do not lower-case to it (dotted and
#: dotless i, long s): a text with one is searched with the pattern itself
_FOLD_ODD = ("\u0130", "\u0131", "\u017f")
# (so the words must be single lower-case words of letters that fold only so)
_TRIGGERS_ARE_WORDS = all(re.fullmatch(r"[a-zäöüß]+", w) for w in rules.STAMP_TRIGGER_WORDS)


def _has_stamp_trigger(text: str) -> bool:
    """_STAMP_TRIGGER_RE.search(text), from the text's words: a stamp word matches only a whole
    run of word characters, so the lower-cased runs (one cheap scan) tell the same as the
    case-insensitive alternation of 80 words tried at every position (its cost before)."""
    if not _TRIGGERS_ARE_WORDS or any(ch in text for ch in _FOLD_ODD):
        return _STAMP_TRIGGER_RE.search(text) is not None
    return not rules.STAMP_TRIGGER_WORDS.isdisjoint(map(str.lower, _WORD_RUN_RE.findall(text)))


_STAMP_WORD_RE = re.compile(r"[^\W\d_]+")
_STAMP_DATE_RE = re.compile(r"\d{1,4}(?:[./:-]\d{1,4})*")
_SEGMENT_SPLIT_RE = re.compile(r"(\s+[·|•—]\s+|,\s+(?=(?i:zuletzt|aktualisiert|geändert|verändert|bearbeitet|last|updated)\b))")
_LONG_WORD_RE = re.compile(r"[A-Za-z]\d|\d[A-Za-z]")  # cheap gate for TOKEN_RE
# and the run of 20 token characters each of its matches is (a class first: re skips to its characters)
_LONG_RUN_RE = re.compile(r"[A-Za-z0-9_-]{20}")
_HEXISH_RE = led(re.compile(r"[A-Fa-f]\d|\d[A-Fa-f]|\b(?:ID|Id|Session|Sitzung|Token|Ref|Referenz|Hash|Build|Version|Revision|Rev)\b"))  # cheap gate for ID_TOKEN_RE


_CLOCK_TIME_RE = re.compile(r"(?<![\d.])\d{1,2}:\d{2}(?![\d.])")
_CLOCK_DATE_RE = re.compile(r"\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+[A-Za-zÄÖÜäöü]{3,}\.?\s+\d{4}")


def is_stamp(text: str) -> bool:
    """A line that only says when the page was built, printed or visited (a date or a count
    under a stamp word): "Last updated: November 30, 2026", "Druckdatum: 30.11.2026", "123 Aufrufe";
    or where the visitor is (a pager, a result count: rules.VISIT_LINE_RE)."""
    if len(text) > rules.STAMP_MAX_CHARS:
        return False
    if text[:1] in "SsPpERT" and rules.VISIT_LINE_RE.fullmatch(text):  # (cheap gates first)
        return True
    if not any(ch.isdigit() for ch in text):
        return False
    # a clock line ("Montag, 30. November 2026, 14:02 Uhr"): a date and a time are stamp enough
    trigger = bool(_CLOCK_TIME_RE.search(text) and _CLOCK_DATE_RE.search(text))
    for word in _STAMP_WORD_RE.findall(_STAMP_DATE_RE.sub(" ", text)):
        low = word.lower()
        if low in rules.STAMP_TRIGGER_WORDS:
            trigger = True
        elif low not in rules.STAMP_FILLER_WORDS and low not in rules.STAMP_MONTHS and low not in rules.WEEKDAYS:
            return False
    return trigger


def _drop_stamp_segments(line: str) -> str:
    """The line without its stamp segments ("Kontakt · Last updated: 30/11/2026" -> "Kontakt")."""
    if is_stamp(line.strip()):
        return ""
    parts = _SEGMENT_SPLIT_RE.split(line)
    if len(parts) == 1:
        return line
    kept = [p for p in parts[::2] if not is_stamp(p.strip())]
    return " · ".join(kept) if len(kept) < len(parts[::2]) else line


def _canonical_phone_in_text(match: re.Match[str]) -> str:
    raw = match.group(0)
    digits = sum(ch.isdigit() for ch in raw)
    if digits < 6:
        return raw
    canonical = canonical_phone(raw)
    return canonical or raw


_GLUED_POSTCODE_RE = re.compile(r"(?<=[a-zäöüß.] )(\d{1,3})(\d{5})(?= ?[A-ZÄÖÜ][a-zäöüß])")
# a whole run of non-space, tried only from its start: unanchored, every position inside a long
# run without such a hyphen (a base64 blob, a long URL in the text) scanned the run again, and a
# 16,000-character run cost 5 s of a worker's CPU; anchored, the same runs match, in linear time
_GLUED_HYPHEN_RE = re.compile(r"(?<!\S)\S*[a-zäöüß]{2}-[a-zäöüß]{2,}\S*")
_LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzäöüß")


def _glued_hyphen_at(text: str) -> bool:
    """A hyphen between two lower-case letters on each side, which every match of _GLUED_HYPHEN_RE
    has: found from the few hyphens of a text, where the pattern's substitution scanned all of it."""
    i = text.find("-")
    while i != -1:
        if i >= 2 and text[i - 1] in _LOWER_LETTERS and text[i - 2] in _LOWER_LETTERS \
                and text[i + 1: i + 2] in _LOWER_LETTERS and text[i + 2: i + 3] in _LOWER_LETTERS:
            return True
        i = text.find("-", i + 1)
    return False


_NOT_A_WORD_RE = re.compile(r"[@/:.\d]|-(?:und|oder|bzw|sowie)\b|^[a-zäöüß]*-")
_POSTFACH_RE = re.compile(r"(Postfach[ \t]+)(\d{1,3}(?:[ \t.]\d{2,3})+)(?!\d)")


_EMPTY_BRACKETS_RE = re.compile(r"\(\s*\)")


def canonical_text(text: str) -> str:
    """Text for diffing: equal for two versions that differ only in noise (whitespace, nbsp,
    layout hyphenation, quote glyphs, hit counters, "Stand:" dates, phone/street spelling)."""
    if not text:
        return ""
    text = clean_whitespace(text)
    for quote, plain in _QUOTES:  # str.replace is ~10x faster than str.translate here
        if quote in text:
            text = text.replace(quote, plain)
    text = _HYPHENATION_RE.sub("", text)
    if "-" in text and _glued_hyphen_at(text):  # a layout hyphen left inside a word by a PDF export: "Sprachmittlerin-nen"
        text = _GLUED_HYPHEN_RE.sub(lambda m: m.group(0) if _NOT_A_WORD_RE.search(m.group(0)) else m.group(0).replace("-", ""), text)
    text = remove_volatile(text)
    if _GLUED_POSTCODE_RE.search(text):  # PDF text: "Am Stadtgarten 1142103 Wahlheim" is "… 11 42103 Wahlheim"
        text = _GLUED_POSTCODE_RE.sub(r"\1 \2", text)
    if "Postfach" in text:  # "Postfach 11 20" and "Postfach 1120" are one box number
        text = _POSTFACH_RE.sub(lambda m: m.group(1) + re.sub(r"[ \t.]", "", m.group(2)), text)
    text = rules.PHONE_NUMBER_RE.sub(_canonical_phone_in_text, text)
    text = _PHONE_LABEL_IN_TEXT_RE.sub(lambda m: "Fax: " if "fax" in m.group(0).lower() else "Tel.: ", text)
    if "@" in text or _OBFUSCATION_HINT_RE.search(text):
        text = _EMAIL_IN_TEXT_RE.sub(lambda m: canonical_email(m.group(0)) or m.group(0), text)
    if _DIGIT_RE.search(text):  # the per-line hint decides; a hint over the whole text first only repeated it
        text = "\n".join(
            _STREET_IN_TEXT_RE.sub(lambda m: canonical_street(m.group(0)), line) if STREET_HINT_RE.search(line) else line
            for line in text.split("\n")
        )
    # removals above may leave doubled spaces or empty brackets behind
    if "(" in text:
        text = _EMPTY_BRACKETS_RE.sub("", text)
    return clean_whitespace(text).replace(" ,", ",").replace(" .", ".") if text else ""
