"""Phone and fax numbers, e-mail addresses (also obfuscated)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kiwatch.core.vocab import PhoneKind
from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.names import valid_name
from kiwatch.pipelines.extract.spans import TakenSpans
from kiwatch.pipelines.firstchar import led
from kiwatch.pipelines.normalise import canonical_email, canonical_phone
from kiwatch.records import Phone

DIGIT_RE = re.compile(r"\d")
# a street word with its house number ("Kolpingstraße 19", "Am Markt 3"): the street test of normalise first
_STREET_NUMBER_RE = re.compile(r"(?i:straße|strasse|str\.|weg|platz|allee|gasse|ring|markt|wall|damm|ufer)\s*\d{1,3}[a-z]?\b(?!\s*[-–/.:]?\s*\d)")

_SWITCHBOARD_NUMBER_RE = re.compile(r"[-–]\s*0\s*$")  # "0209 30-0": the town hall's switchboard
_AFTER_COLON_RE = re.compile(r"[:?]\s*" + P.PHONE_NUMBER_RE.pattern)  # "Kommunales Integrationszentrum: 0251 …", "Fragen? 0251 …"
# a short line of a few words and a number at its end: "Seiteneinstiegsberatung 02934 61-510", "Vermittlung über 0…"
_SHORT_LABEL_LINE_RE = re.compile(r"^\W{0,3}[A-ZÄÖÜ][\w.-]*(?:\s+[\wäöüß.-]+){0,4}\s+(?=[+0(])")
_BARE_NUMBER_LINE_RE = re.compile(r"^[^\w+(]{0,4}[\s(]*" + P.PHONE_NUMBER_RE.pattern + r"[\s).]*$")
_KIND_WORD_RE = re.compile(r"\b(?:Telefax|Fax|Telefon|Tel|Fon|Mobil|Handy|Phone)\b", re.IGNORECASE)


def _short_label_line(line: str) -> bool:
    """A line of a few words with a number as its whole end ("Seiteneinstiegsberatung 02934 61-510")."""
    m = _SHORT_LABEL_LINE_RE.match(line) if len(line) <= 90 else None
    if m is None:
        return False
    number = P.PHONE_NUMBER_RE.match(line, m.end())
    return bool(number and not line[number.end():].strip(" .)"))


def _after_last_digit(text: str) -> int:
    """Where the text after its last digit starts (kind words count only after the number before)."""
    return next((i + 1 for i in range(len(text) - 1, -1, -1) if text[i].isdigit()), 0)

_QUALIFIER_RE = re.compile(r"^\s*:?\s*\(?(?:[A-ZÄÖÜ][\wäöüß.-]*)(?:\s+[\wäöüß.-]+){0,2}\)?\s*:?\s*(?=[+0(])")
# (after an optional note in brackets: "02345 66-4165 (Frau Kurz), -4166 (Herr Brink)"; an extension
# grouped in pairs like its number: "66-41 51 / -41 52")
_ALT_EXTENSION_RE = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,|oder|bzw\.?|und|/|or)\s*[-–]\s*(?P<ext>\d{1,6}(?: \d{2}(?!\d))?)\b(?!\s*[-/]?\s*\d)")
# another number in the same area right after the first, without its area code ("… oder 81-7736")
_ALT_LOCAL_RE = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,|oder|bzw\.?|und|or)\s*(?P<local>[1-9]\d{1,4}\s*[-–]\s*\d{2,6})\b"
                           r"(?!\s*(?:Uhr|h\b|[-–/.:,]\s*\d))")
_AREA_RE = re.compile(r"(?:\+\s?\d{1,3}\s*(?:\(0\))?\s*\d{2,5}|\(\s?0[\d ]{2,6}\)|0\d{2,5})[\s/]+(?=\d)")
_DIAL_WORD_RE = led(re.compile(r"\b(?:Durchwahl|DW|Apparat|App\.|Nebenstelle|[Ee]xtension|[Ee]xt\.)"))
# a list of extensions after the dial word: "Durchwahlen: Sekretariat -7731, Beratung -7732"
_DIAL_LIST_RE = re.compile(r"\b(?:Durchwahlen|Durchwahl|DW|Apparate?|[Ee]xtensions?)\b\s*:?(?P<list>[^.;\n]{0,160})")
_LISTED_EXT_RE = re.compile(r"(?:^|(?<=[\s(,:]))[-–]\s?(?P<ext>\d{1,6})\b(?!\s*[-–/.:]?\s*\d)")
_DIAL_EXT_RE = re.compile(r"\b(?:Durchwahl|DW|Apparat|App\.|Nebenstelle|[Ee]xtension|[Ee]xt\.)\s*:?\s*(?:-\s*)?(?P<ext>\d{1,6}(?:\s*[-–]\s*\d{1,6})?)\b(?!\s*/)")
# (or a base written for its extensions: "unter 02541 18-Durchwahl:", "02541 18-xxx")
_BASE_RE = re.compile(r"(?P<area>(?:\+\s?\d{1,3}\s*(?:\(0\))?\s*|\(?0)\d{2,5}\)?)[\s/]*(?P<exchange>\d{1,5})\s*[-–]\s*"
                      r"(?:0\b(?!\d)|(?=Durchwahl|DW\b|[xX]{2,}|\.{3}|…))")
_BASE_ONLY_RE = re.compile(r"\s*[-–]\s*(?:Durchwahl|DW\b|[xX]{2,}|\.{3}|…)")
# an extension written with the exchange before it in a list after the base ("Frau Jansen 18-5120")
_EXCHANGE_EXT_RE = re.compile(r"(?<![\d/])(?P<exchange>\d{1,5})\s*[-–]\s*(?P<ext>\d{2,6})\b(?!\s*[-/.]\s*\d)")


def _dial_through(lines: list[str], add) -> None:
    """An extension written apart from the switchboard it belongs to: the area code and exchange
    of the switchboard ("02561 97-0") before the extension ("Durchwahl 97-3120" or "-3120")."""
    text = " ".join(lines)
    base = _BASE_RE.search(text)
    if base is None:
        return
    for m in _DIAL_EXT_RE.finditer(text):
        ext = re.sub(r"\s+", "", m.group("ext")).replace("–", "-")
        if "-" in ext:
            exchange, ext = ext.split("-", 1)
            if exchange != base.group("exchange"):
                continue
        add(f"{base.group('area')} {base.group('exchange')}-{ext}", "phone")
    for m in _DIAL_LIST_RE.finditer(text):
        for e in _LISTED_EXT_RE.finditer(m.group("list")):
            add(f"{base.group('area')} {base.group('exchange')}-{e.group('ext')}", "phone")
        for e in _EXCHANGE_EXT_RE.finditer(m.group("list")):
            if e.group("exchange") == base.group("exchange"):
                add(f"{base.group('area')} {base.group('exchange')}-{e.group('ext')}", "phone")


_PART_SEP_RE = re.compile(r"\s+[–|·•]\s+")
_NAME_BEFORE_RE = re.compile(r"(?P<name>[A-ZÄÖÜ][\w-]+\s+[A-ZÄÖÜ][\w-]+)[\s,]*$")  # (a comma between: "Leitung: Anna Roth, 0…")
_EXTENSION_ONLY_RE = re.compile(r"^\s*:?\s*[-–]\s*(?P<ext>\d{1,6})\b(?!\s*[-/]\s*\d)")
_EXTENSION_RE = re.compile(r"^\s*[,;]?\s*(?:Durchwahl|DW|App\.|Apparat)\s*:?\s*-?\s*(?P<ext>\d{1,6})\b")


# a number with dots between its groups ("0521.51.4470", "02345.601.2210"): an area code of three
# to five digits first, so a date ("01.12.2026") never reads as one
_DOTTED_PHONE_RE = led(re.compile(r"(?<![\d.,])0\d{2,4}(?:\.\d{2,5}){1,3}(?![\d.]?\d)"))


def _undotted(m: re.Match[str]) -> str:
    text = m.group(0)
    return text.replace(".", " ") if sum(ch.isdigit() for ch in text) >= 8 else text


def find_phones(lines: list[str], tels: list[str], rows: Sequence[tuple[str, ...]] = ()) -> list[Phone]:
    """Labelled numbers ("Tel. …", "Fax: …"); unlabelled ones where they stand alone on a line
    or in a table cell, or in a sentence that says how to reach someone ("erreichen Sie … unter",
    "Kontakt: …"); never a switchboard ("Zentrale", "…-0") or the service number 115."""
    found: list[Phone] = []
    number_kinds: dict[str, set[PhoneKind]] = {}  # the kinds found of each number (a scan of found per number was quadratic)
    lines = [_DOTTED_PHONE_RE.sub(_undotted, line) if "." in line else line for line in lines]

    def add(raw: str, kind: PhoneKind | str, before: str = "", labelled: bool = True) -> None:
        if _SWITCHBOARD_NUMBER_RE.search(raw) or (before and (P.SWITCHBOARD_RE.search(before[-40:]) or P.NOT_A_PHONE_BEFORE_RE.search(before[-40:]))):
            return
        number = canonical_phone(raw)
        if not number:
            return
        known = number_kinds.get(number)
        # (a number known under any kind is not taken again unlabelled; labelled, only under a kind of its own)
        if known is None or (labelled and PhoneKind(kind) not in known):
            found.append(Phone(number, PhoneKind(kind), re.sub(r"\s+", " ", raw).strip()))
            number_kinds.setdefault(number, set()).add(PhoneKind(kind))

    has_digit = [bool(DIGIT_RE.search(line)) for line in lines]
    for i, line in enumerate(lines):
        if not (has_digit[i] or (i + 1 < len(lines) and has_digit[i + 1])):
            continue
        taken = TakenSpans(len(line))
        for label in P.PHONE_LABEL_RE.finditer(line):
            kind = "fax" if "fax" in label.group(0).lower() or label.group(0).startswith("F") else "phone"
            rest = line[label.end():]
            target = rest if rest.strip() else (lines[i + 1] if i + 1 < len(lines) else "")
            qualifier = _QUALIFIER_RE.match(target) if target and not P.PHONE_NUMBER_RE.match(target.lstrip(" :")) else None
            if qualifier:  # "Tel. KI 02345 …", "Telefon (Sekretariat): …": a short qualifier before the number
                target = target[qualifier.end():]
                if P.SWITCHBOARD_RE.search(qualifier.group(0).strip(" :()")):
                    continue
            m = P.PHONE_NUMBER_RE.match(target.lstrip(" :"))
            ext_only = None if m else _EXTENSION_ONLY_RE.match(target)
            if ext_only and found and "-" in found[-1].raw:
                # "Tel. 02381 17-6620, Fax -6629": the extension replaces the last number's own
                add(found[-1].raw.rsplit("-", 1)[0] + "-" + ext_only.group("ext"), kind, line[: label.start()])
            if m:
                ext = _EXTENSION_RE.match(target.lstrip(" :")[m.end():]) if _SWITCHBOARD_NUMBER_RE.search(m.group(0)) else None
                if ext:  # "02151 86-0, Durchwahl -2741": the extension replaces the switchboard's 0
                    add(_SWITCHBOARD_NUMBER_RE.sub("-" + ext.group("ext"), m.group(0)), kind, line[: label.start()])
                add(m.group(0), kind, line[: label.start()])
                more = target.lstrip(" :")[m.end():]
                if "-" in m.group(0):  # "02345 66-4300 oder -4301": another extension on the same base
                    alt = _ALT_EXTENSION_RE.match(more)
                    while alt:
                        add(m.group(0).rsplit("-", 1)[0] + "-" + alt.group("ext").replace(" ", ""), kind, line[: label.start()])
                        alt = _ALT_EXTENSION_RE.match(more, alt.end())
                local = _ALT_LOCAL_RE.match(more)
                area = _AREA_RE.match(m.group(0))
                if local and area:  # "02952 81-7735 oder 81-7736": the second number in the same area
                    add(f"{area.group(0).strip(' /')} {local.group('local')}", kind, line[: label.start()])
                if target is rest:
                    offset = label.end() + (len(rest) - len(rest.lstrip(" :")))
                    taken.add((offset, offset + m.end()))
        if not has_digit[i]:
            continue
        if _BARE_NUMBER_LINE_RE.match(line):  # a number alone on its line (under a name, in a card)
            before = lines[i - 1] if i > 0 else ""
            if not P.PHONE_LABEL_RE.search(before) or not P.PHONE_NUMBER_RE.search(before):
                add(P.PHONE_NUMBER_RE.search(line).group(0), "fax" if re.search(r"\bFax\b", before) else "phone", before, False)  # type: ignore[union-attr]
            continue
        # (a line that gives a street with its house number is a contact line too: "KI – Kolpingstraße 19, 0…")
        if P.CONTACT_CONTEXT_RE.search(line) or _AFTER_COLON_RE.search(line) or _STREET_NUMBER_RE.search(line) or _short_label_line(line):
            for m in P.PHONE_NUMBER_RE.finditer(line):
                if m.start() in taken or _BASE_ONLY_RE.match(line, m.end()):
                    continue  # (a base for extensions, "02541 18-Durchwahl", is no number of its own)
                before = line[max(0, m.start() - 40): m.start()]
                # the nearest kind word before the number says what it is ("per Fax unter …")
                kinds = _KIND_WORD_RE.findall(before[_after_last_digit(before):])
                add(m.group(0), "fax" if kinds and kinds[-1].lower().endswith("fax") else "phone", before, False)
        else:
            # a number right after a person's name ("Sekretariat Petra Nowak 02345 66-4502", a team
            # list whose lines ran together) is that person's
            for m in P.PHONE_NUMBER_RE.finditer(line):
                name = _NAME_BEFORE_RE.search(line, max(0, m.start() - 60), m.start())
                if name and valid_name(name.group("name")):
                    add(m.group(0), "phone", line[max(0, m.start() - 40): m.start()], False)
        if _PART_SEP_RE.search(line) and not P.CONTACT_CONTEXT_RE.search(line):
            # a number that is a whole part of a separated line ("KI – Rathausstraße 12 – 02962 97-450")
            # stands alone as on a line of its own
            for part in _PART_SEP_RE.split(line):
                if _BARE_NUMBER_LINE_RE.match(part):
                    add(P.PHONE_NUMBER_RE.search(part).group(0), "phone", "", False)  # type: ignore[union-attr]
    for i, line in enumerate(lines):  # "Zentrale (02561 97-0) … unter der Durchwahl 97-3120"
        if has_digit[i] and _DIAL_WORD_RE.search(line):
            _dial_through(lines[max(0, i - 2): i + 1], add)
    for cells in rows:  # a table cell holding just a number
        for j, cell in enumerate(cells):
            if cell and _BARE_NUMBER_LINE_RE.match(cell):
                cell_label = cells[j - 1] if j else ""
                number = P.PHONE_NUMBER_RE.search(cell)
                if number is not None:
                    add(number.group(0), "fax" if re.search(r"\bFax\b", cell_label) else "phone", cell_label, False)
    for raw in tels:
        add(raw, "phone")
    return found


# (both tried only from the start of a local part's run: unanchored, each position inside a long
# run of word characters, dots and hyphens scanned the run again, quadratic)
EMAIL_PLAIN_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
EMAIL_OBFUSCATED_RE = re.compile(
    r"(?<![\w.+-])[\w.+-]+\s*(?:[\(\[\{]\s*(?:at|ät|@)\s*[\)\]\}]|\s(?:at|AT)\s)\s*[\w-]+"
    r"(?:\s*(?:\.|[\(\[\{]\s*(?:dot|punkt|\.)\s*[\)\]\}]|\s(?:dot|DOT|punkt)\s)\s*[\w-]+)+",
    re.IGNORECASE,
)


_GLUED_NUMBER_RE = re.compile(r"^\d+[-/]\d+(?=[A-Za-z])")
OBFUSCATION_HINT_RE = re.compile(r"[\(\[\{]\s*(?:at|ät|@)\s*[\)\]\}]|\s(?:at|AT)\s", re.IGNORECASE)


def find_emails(lines: list[str], mailtos: list[str]) -> list[str]:
    found: list[str] = []
    seen: set[str] = set()  # (membership in the list was quadratic on a page of thousands of addresses)
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
        raw = _GLUED_NUMBER_RE.sub("", raw)  # "…Tel. 02591 920-4410ki@…": the number's tail is no part of the address
        email = canonical_email(raw)
        if email and email not in seen and email.split("@", 1)[0] not in P.EMAIL_PLACEHOLDER_LOCALS:
            found.append(email)
            seen.add(email)
    return found

