"""Values as people read them: phones as dialled, local German date and time, dates typed
as people write them. Storage and JSON keep the canonical forms (E.164, ISO 8601)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import phonenumbers

from kiwatch.core.errors import UsageError

DEFAULT_TZ = "Europe/Berlin"
_E164_RE = re.compile(r"\+[1-9]\d{6,14}\b")
_GERMAN_DATE_RE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


class DateError(UsageError):
    """A date the user typed that is neither YYYY-MM-DD nor TT.MM.JJJJ."""


def national_phone(number: str) -> str:
    """'+492032836912' → '0203 2836912' (phonenumbers' national format, as people dial it in
    Germany); a foreign number keeps its international form; anything unparsable is returned as is."""
    try:
        parsed = phonenumbers.parse(number, "DE")
    except phonenumbers.NumberParseException:
        return number
    fmt = (phonenumbers.PhoneNumberFormat.NATIONAL if parsed.country_code == 49
           else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(parsed, fmt)


def humanise_phones(text: str | None) -> str:
    """Every E.164 number inside a text (a contact change, a directory cell) as dialled."""
    return _E164_RE.sub(lambda m: national_phone(m.group()), text or "")


def local_datetime(when: datetime | str | None, lang: str, tz: str = DEFAULT_TZ, *, seconds: bool = False) -> str:
    """A stored (UTC) time in local time: '30.11.2026 14:10' (de) or '2026-11-30 14:10' (en)."""
    if not when:
        return ""
    if isinstance(when, str):
        when = datetime.fromisoformat(when)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    local = when.astimezone(ZoneInfo(tz))
    clock = "%H:%M:%S" if seconds else "%H:%M"
    return local.strftime(("%d.%m.%Y " if lang == "de" else "%Y-%m-%d ") + clock)


def local_date(when: datetime | str | None, lang: str, tz: str = DEFAULT_TZ) -> str:
    """Only the local date: '30.11.2026' (de) or '2026-11-30' (en)."""
    return local_datetime(when, lang, tz)[:10]


def iso_local(when: datetime | None, tz: str = DEFAULT_TZ) -> str:
    """ISO 8601 with the local offset, for JSON: '2026-11-30T14:10:24+01:00'."""
    if when is None:
        return ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(ZoneInfo(tz)).isoformat(timespec="seconds")


def parse_user_date(text: str, tz: str = DEFAULT_TZ) -> datetime:
    """'2026-11-30', '30.11.2026' or an ISO time → an aware datetime. A date alone means local
    midnight (the start of that day in Europe/Berlin), a time without offset local time."""
    value = text.strip()
    match = _GERMAN_DATE_RE.fullmatch(value)
    try:
        if match:
            day, month, year = (int(g) for g in match.groups())
            parsed: datetime = datetime.combine(date(year, month, day), time())
        else:
            parsed = datetime.fromisoformat(value)
    except ValueError:
        raise DateError(value) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=ZoneInfo(tz))


def cut_at_word(text: str, limit: int) -> str:
    """At most `limit` characters, cut after a whole word, with '…' when something was cut."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    if " " in head and not text[limit - 1].isspace():
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:-–") + " …"
