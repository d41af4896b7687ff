"""Phone and fax numbers, e-mail addresses (also obfuscated)."""

from __future__ import annotations

import re

from kiwatch.pipelines.extract import rules as P
from kiwatch.pipelines.normalise import canonical_email, canonical_phone
from kiwatch.records import Phone

DIGIT_RE = re.compile(r"\d")

def find_phones(lines: list[str], tels: list[str]) -> list[Phone]:
    found: list[Phone] = []

    def add(raw: str, kind: str) -> None:
        number = canonical_phone(raw)
        if number and not any(p.number == number and p.kind == kind for p in found):
            found.append(Phone(number, kind, re.sub(r"\s+", " ", raw).strip()))

    has_digit = [bool(DIGIT_RE.search(line)) for line in lines]
    for i, line in enumerate(lines):
        if not (has_digit[i] or (i + 1 < len(lines) and has_digit[i + 1])):
            continue
        for label in P.PHONE_LABEL_RE.finditer(line):
            kind = "fax" if "fax" in label.group(0).lower() or label.group(0).startswith("F") else "phone"
            rest = line[label.end():]
            target = rest if rest.strip() else (lines[i + 1] if i + 1 < len(lines) else "")
            m = P.PHONE_NUMBER_RE.match(target.lstrip(" :"))
            if m:
                add(m.group(0), kind)
    for raw in tels:
        add(raw, "phone")
    return found


EMAIL_PLAIN_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
EMAIL_OBFUSCATED_RE = re.compile(
    r"[\w.+-]+\s*(?:[\(\[\{]\s*(?:at|ät|@)\s*[\)\]\}]|\s(?:at|AT)\s)\s*[\w-]+"
    r"(?:\s*(?:\.|[\(\[\{]\s*(?:dot|punkt)\s*[\)\]\}]|\s(?:dot|DOT|punkt)\s)\s*[\w-]+)+",
    re.IGNORECASE,
)


OBFUSCATION_HINT_RE = re.compile(r"[\(\[\{]\s*(?:at|ät|@)\s*[\)\]\}]|\s(?:at|AT)\s", re.IGNORECASE)


def find_emails(lines: list[str], mailtos: list[str]) -> list[str]:
    found: list[str] = []
    candidates: list[str] = []
    for line in lines:  # page order, whatever the spelling, so re-obfuscation does not reorder
        hits: list[tuple[int, str]] = []
        if "@" in line:
            hits.extend((m.start(), m.group(0)) for m in EMAIL_PLAIN_RE.finditer(line))
        if OBFUSCATION_HINT_RE.search(line):  # cheap pre-check: the full pattern backtracks per word
            hits.extend((m.start(), m.group(0)) for m in EMAIL_OBFUSCATED_RE.finditer(line) if "@" not in m.group(0))
        candidates.extend(raw for _, raw in sorted(hits))
    candidates.extend(mailtos)  # addresses only behind a link text like "E-Mail schreiben"
    for raw in candidates:
        email = canonical_email(raw)
        if email and email not in found:
            found.append(email)
    return found

