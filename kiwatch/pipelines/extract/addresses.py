"""Postal addresses in lines of text: inline, across lines, without postal code or street word."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.addressglue import rejoined
from kiwatch.pipelines.extract.spans import TakenSpans
from kiwatch.pipelines.firstchar import led
from kiwatch.pipelines.normalise import STREET_HINT_RE, canonical_street
from kiwatch.records import Address

# =========================================================================== heuristics: contact


_STREET_SUFFIX_ALT = "|".join(re.escape(s) for s in P.STREET_SUFFIXES)
_PREP = "|".join(P.STREET_PREPOSITIONS)
_PREP_WORDS = tuple(sorted({p.split()[0] + " " for p in P.STREET_PREPOSITIONS}))  # a cheap pre-check
_STREET = (
    r"(?P<street>(?:(?:" + _PREP + r")\s+(?=[A-ZÄÖÜ][a-zäöüß]+(?:er|e|es|en)\s))?"
    r"(?:(?:[A-ZÄÖÜ][a-zäöüß]+(?:er|e|es|en)|St\.|Sankt|" + _PREP + r")\s+)?"
    r"(?:(?:(?:Dr|Prof|St)\.-)?[A-ZÄÖÜ][\wäöüß\-]*(?i:" + _STREET_SUFFIX_ALT + r")|Straße|Strasse|Str\.|Platz|Markt|Weg|Allee|Ring|Wall|Gasse|Damm|Ufer|Tor|Hof|Kamp|Graben|Deich|Höfe|Promenade|Chaussee)"
    r"\s*\d{1,3}(?:\s?[a-zA-Z](?![\wäöüß.]))?(?:\s*[-–/]\s*\d{1,3}(?:\s?[a-zA-Z](?![\wäöüß.]))?)?)(?![\d.,]\d|\d|\.\d)"
)
_PLZ_CITY = (r"(?:D\s?[-–]\s?)?(?P<plz>\d{5})\s+(?P<city>(?:(?:Bad|Sankt|St\.)\s+)?[A-ZÄÖÜ][\wäöüß\-]*"
             r"(?:\s+(?:an der|am|im|in der|a\.\s?d\.)\s+[A-ZÄÖÜ][\wäöüß\-]*)?)")
# A street without a street word ("Am Rathaus 5", "Innenhafen 12"): taken only where a postal
# code and city follow, which tells it from any other word with a number.
_PLACE_STREET = (
    r"(?P<street>(?:(?:" + _PREP + r")\s+"
    r"[A-ZÄÖÜ][a-zäöüß\-]+(?:\s+[A-ZÄÖÜ][a-zäöüß\-]+)?|(?:Lange|Kurze|Hohe|Breite|Alte|Neue|Obere|Untere|Große|Kleine|Grüne)\s+[A-ZÄÖÜ][a-zäöüß\-]+"
    r"|(?:Platz|Straße|Allee|Ring|Weg|Markt|Ufer)\s+(?:der|des|am|an\s+der)\s+[A-ZÄÖÜ][a-zäöüß\-]+"
    r"|(?!(?:Postfach|Zimmer|Raum|Etage|Haus|Gebäude|Telefon|Tel|Fax|Nr)\b)[A-ZÄÖÜ][a-zäöüß\-]+)"
    r"\s*\d{1,3}(?:\s?[a-zA-Z](?![\wäöüß.]))?(?:\s*[-–/]\s*\d{1,3}(?:\s?[a-zA-Z](?![\wäöüß.]))?)?)(?![\d.,]\d|\d|\.\d)"
)
_PLACE_LINE_RE = re.compile(r"^" + _PLACE_STREET + r"\s*,?\s*$")
_PLACE_INLINE_RE = re.compile(r"(?:^|[,:;]\s*)" + _PLACE_STREET + r"\s*,?\s*" + _PLZ_CITY)
_PLZ_HINT_RE = re.compile(r"\d\s*,?\s*\d{5}\s+[A-ZÄÖÜ]")
_STREET_RE = re.compile(_STREET)
_INLINE_ADDRESS_RE = re.compile(_STREET + r"\s*(?:\((?P<label>[^)]{2,60})\))?\s*,?\s*(?:in\s+)?" + _PLZ_CITY)
_CITY_FIRST_RE = re.compile(r"(?:^|[:;]\s*|\bin\s+)(?P<city>[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)?),\s*" + _STREET + r"\s*(?:[,;.)]|$)")
# "Büro: Altmoor, Am Hafen 2": after a label, the town first and a street without a street word
_CITY_FIRST_PLACE_RE = re.compile(
    r"[:;]\s*(?P<city>[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)?),\s*(?P<street>(?:" + _PREP + r")\s+[A-ZÄÖÜ][a-zäöüß\-]+(?:\s+[A-ZÄÖÜ][a-zäöüß\-]+)?\s*\d{1,3}(?:\s?[a-z](?![\wäöüß]))?)"
    r"\s*(?:[,;.)]|$)"
)
_BARE_ADDRESS_RE = re.compile(r"(?:^|,\s*|:\s*|\(\s*)" + _STREET + r"\s*(?=[,;)]|\s*\(|\.?$)")
# a street right before a phone number, in a card whose lines ran together: "Kommunales Integrationszentrum Kolpingstraße 19 02934 61-510"
_STREET_BEFORE_PHONE_RE = re.compile(r"(?<=[\w.] )" + _STREET + r"(?=\s(?:\+\d{2}|\(?0\d{2,5}\)?)[\s/-]+\d)")
_PLZ_CITY_LINE_RE = re.compile(r"^" + _PLZ_CITY + r"\s*$")
# a street in running text, without postal code: "an der Gerberstraße 9 in der Innenstadt" (English: "moved to …", "at …")
# (also after a building word, "im Haus Kolpingstraße 19", "in das Gebäude …"; and before a bracket or a dash
# that goes on about the place: "an der Kolpingstraße 19 (Eingang über den Hof)", "in die Kolpingstraße 19 – gleich …")
_PROSE_ADDRESS_RE = re.compile(
    r"\b(?:an der|in der|in die|auf der|unter der|im|am|in|an|at|to|(?:Haupt|Neben|Seiten)?[Ee]ingang|Zugang|[Ee]ntrance"
    r"|(?:im|ins|das|dem|ein|einem)\s+(?:Haus|Hause|Gebäude|Dienstgebäude|Verwaltungsgebäude))\s+" + _STREET
    + r"(?=\s+[a-zäöü]|\s*[,.;)(]|\s+[–-]\s|\s*$)"
)
# a street named with a capitalised preposition in the middle of a sentence: "im Familienzentrum Zur
# Alten Ziegelei 6", "sitzt jetzt Auf dem Kamp 14, 48155 Seebrück"
_MID_PLACE_RE = re.compile(
    r"(?<=[\wäöüß] )(?P<street>(?:" + _PREP + r")\s+"
    r"[A-ZÄÖÜ][a-zäöüß\-]+(?:\s+[A-ZÄÖÜ][a-zäöüß\-]+)?\s*\d{1,3}(?:\s?[a-zA-Z](?![\wäöüß.]))?)(?![\d.,:]\d|\d)"
    r"(?!\s*(?:Uhr|Jahre|Prozent|Personen|Plätze|%|€|Euro))(?:\s*,?\s*" + _PLZ_CITY + r")?"
)
# a street without a street word after a cue that says where the office is: "Unser Büro
# befindet sich Am Bahnhof 1", "Standort: An der Walkmühle 12"
_FIND_US = r"finden\s+Sie\s+(?:uns|(?:das|die|den|unser\w*)\s+[A-ZÄÖÜ][\w-]*)"  # "finden Sie das KI …"
_CUE_RE = re.compile(r"befindet sich|finden Sie|sitzt|Standort|Sitz\b|Besuchsadresse|Hausanschrift|Dienstgebäude|bezogen|umgezogen|untergebracht")
_CUE_PLACE_RE = re.compile(
    r"(?:befindet\s+sich|" + _FIND_US + r"|sitzt|Standort|Sitz|Besuchsadresse|Hausanschrift|Dienstgebäude|bezogen|umgezogen)\s*:?\s*(?:(?:im|in\s+der|am|an\s+der|auf\s+dem)\s+(?=[a-zäöü]))?"
    + _PLACE_STREET + r"(?=\s*[,.;)]|\s+(?:in|im|statt|gegenüber|und)\b|\s*$)"
)
# a street after a cue and a building in the same clause: "Das KI sitzt im Haus der Integration,
# Wilhelmstraße 22."
_CUE_STREET_RE = re.compile(
    r"(?:befindet\s+sich|" + _FIND_US + r"|sitzt|sitzen|Standort|Sitz\b|Besuchsadresse|Hausanschrift|Dienstgebäude|untergebracht)"
    # (a room number's dot between digits inside, a dash before the street: "im Kreishaus, Zimmer 3.07 – Kreishausstraße 1")
    r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,60}?(?:,|\s[–-])\s*" + _STREET + r"(?=\s*[.,;)]|\s*$|\s+in\s+[A-ZÄÖÜ])"
)
# … and a street without a street word there: "finden Sie das KI im Haus der Bildung, Zum Steinbruch 11"
_CUE_PREP_STREET_RE = re.compile(
    r"(?:befindet\s+sich|" + _FIND_US + r"|sitzt|sitzen|Standort|Sitz\b|Besuchsadresse|Hausanschrift|Dienstgebäude|untergebracht)"
    r"[^.;:]{0,60}?,\s*(?P<street>(?:" + _PREP + r")\s+[A-ZÄÖÜ][a-zäöüß\-]+(?:\s+[A-ZÄÖÜ][a-zäöüß\-]+)?\s*\d{1,3}"
    r"(?:\s?[a-zA-Z](?![\wäöüß.]))?)(?![\d.,]\d|\d)(?=\s*[.,;)]|\s*$)"
)
# labels and bullets in front of an address line ("• Steinweg 31", "Straße | Burgwall 12" read as "Straße Burgwall 12")
_LINE_LABEL_RE = re.compile(
    r"^(?:[" + re.escape(P.BULLETS) + r"–-]\s*)?(?:(?:Straße(?:\s+und\s+Hausnummer)?|Str\.|Hausnummer|Anschrift|Adresse|Besucheranschrift|Besucheradresse|"
    r"Hausanschrift|Dienstsitz|Standort|Sitz|PLZ(?:\s*/\s*|\s+und\s+)Ort|PLZ|Postleitzahl|Ort)\s*:?\s+(?=[A-ZÄÖÜ\d]))?"
)
_LABEL_FIRST = frozenset(P.BULLETS + "–-SsAaBbHhDdPpO")  # what a line a label or bullet opens starts with
#: Characters before an address read for the label that names it (a sentence and a half).
LABEL_WINDOW = 400
_LOCATION_TAIL_RE = re.compile(r"(?:\s+(?:am|an der|im|in|in der|auf dem)\s+[A-ZÄÖÜ][\wäöüß\-]*)+$")
_NOUN_PHRASE_RE = re.compile(
    r"(?:(?P<art>\b[Dd]as|\b[Dd]er|\b[Dd]ie|\b[Dd]em|\b[Dd]en)\s+)?"
    r"(?P<np>(?:[A-ZÄÖÜ][\wäöüß.\-]*\s+(?:und\s+)?)*[A-ZÄÖÜ][\wäöüß.\-]*(?:\s+e\.\s?V\.)?)$"
)


def _label_before(prefix: str) -> str:
    """The unit named right before an address: "das Internationale Zentrum (IZ, " ->
    "Internationales Zentrum"."""
    # Only the text right before the address can name it; reading the whole line before each
    # of its addresses made a line of thousands of glued addresses quadratic (seconds per page).
    prefix = prefix[-LABEL_WINDOW:]
    prefix = re.split(r"(?<=[a-zäöüß]{2}[.!?:])\s+", prefix.rstrip())[-1]  # not after "e.V."
    depth = 0
    for i in range(len(prefix) - 1, -1, -1):  # an unclosed "(" means we are inside its parenthesis
        if prefix[i] == ")":
            depth += 1
        elif prefix[i] == "(":
            if depth == 0:
                prefix = prefix[:i]
                break
            depth -= 1
    prefix = prefix.rstrip(" ,;(")
    prefix = re.sub(r"\s*\([^()]{1,12}\)$", "", prefix)  # "(IZ)"
    prefix = _LOCATION_TAIL_RE.sub("", prefix).rstrip(" ,;")
    prefix = re.sub(r"\s*\([^()]{1,12}\)$", "", prefix)
    m = _NOUN_PHRASE_RE.search(prefix)
    if not m:
        return ""
    words = m.group("np").split()
    if not words or (words[-1] in P.NON_NAME_WORDS and len(words) == 1):
        return ""
    if (m.group("art") or "").lower() == "das":
        # strong adjective ending after dropping the article: "das Internationale Zentrum"
        # is the "Internationales Zentrum"
        for i, word in enumerate(words[:-1]):
            if not word.endswith("e") or not word[0].isupper():
                break
            words[i] = word + "s"
    label = " ".join(words)
    return "" if len(label) > 80 or label in ("Standort", "Büro", "Adresse", "Anschrift") else label


def _is_label_line(line: str) -> bool:
    return (
        3 <= len(line) <= 80 and not re.search(r"\d{3}|@", line) and not P.PHONE_LABEL_RE.match(line)
        and not line.endswith(":") and line[0].isupper()
    )


_SECOND_SITE_RE = re.compile(r"^\W{0,3}(?P<label>Außenstelle|Nebenstelle|Zweigstelle|Zweitstandort|Beratungsstelle|Dependance)\b[^:]{0,40}:?")


# a clause that says where the centre WAS (former premises are not its address): past tense of
# a location verb, "früher", "ehemalige", "bisherige", "formerly"; and the street after "von
# der"/"from" in a sentence about a move
_FORMER_HINT_RE = led(re.compile(r"\b(?:[Ww]ar(?:en)?|[Bb]efand(?:en)?|[Ss]aß(?:en)?|[Ff]rüher\w*|[Ee]hemal\w*|[Bb]isherig\w*|[Vv]ormals"
                             r"|[Vv]orherig\w*|[Aa]lte[nrs]?|[Oo]ld|[Ff]ormer(?:ly)?|[Pp]revious(?:ly)?|[Uu]mgezogen|[Uu]mzug|[Zz]ieht|[Mm]oved|[Vv]erlegt)\b"))
# (a past verb of place with a place after it, or a former-adjective on a word for premises:
# "ehemals RAA" renames the centre and leaves its address alone)
_FORMER_CLAUSE_RE = re.compile(
    r"\b(?:(?:[Ww]ar(?:en)?|[Bb]efand(?:en)?|[Ss]aß(?:en)?|[Vv]ormals|[Ff]rüher|[Ee]hemals)\b[^.;)]{0,80}?\b(?:in|im|am|an|auf|unter)\b"
    r"|(?:[Ff]rüher|[Ee]hemalig|[Bb]isherig|[Vv]orherig|[Aa]lt)\w*\s+(?:Büros?|Räum\w*|Adresse|Anschrift|Standort\w*|Dienstsitz|Sitz|Dienstgebäude|Gebäude|Domizil)\b"
    r"|[Ff]ormerly|[Pp]reviously|used\s+to\s+be|(?:[Ff]ormer|[Pp]revious|[Oo]ld)\s+(?:office|premises|address|location)s?\b)")
# a clause about a visit or a gathering elsewhere: its street is the host's or the venue's
# ("besuchte das Familienzentrum in der Erlenstraße 40", "lud … in die VHS, Hohe Straße 22, ein")
_VENUE_CLAUSE_RE = led(re.compile(r"\b(?:besucht(?:e|en)?|zu\s+Gast|lud(?:en)?\b[^.;]{0,120}\bein|(?:trifft|treffen|traf|trafen)\s+sich|tagt(?:e|en)?"
                              r"|visited|hosted\s+by|(?:meets|met)\s+at)\b|" + P.EVENT_TAKES_PLACE + r"|\bzu\s+sehen\b"))
# … unless the place is the centre itself: "Die Erstberatung findet im KI statt (Rathausstraße 12)",
# "… findet in unseren Räumen statt" (not a centre qualified by a place: "im KI Kreis Mühlenau", another's)
_CENTRE_VENUE_RE = re.compile(r"\b(?:[Ii]m|[Ii]ns|[Bb]eim|in\s+den\s+Räumen\s+des)\s+(?:Kommunalen\s+)?(?:" + "|".join(P.CENTRE_WORDS) + r")\b(?=\s+[a-zäöüß]|\s*[(.,;:)])"
                              r"|\bbei\s+uns\b|\bin\s+unse(?:rem|ren|rer)\s+(?:Büro|Räum|Haus|Zentrum)")
# where to park or get off the bus, and the street that follows it: the car park's, not the office's
# ("Parkplätze am Kreishaus, Kreishausplatz 1", "Parkhaus Stadtmitte, Marktstraße 5")
_PARKING_RE = re.compile(r"\b(?:Parkpl[aä]tz(?:e|en)?|Parkh[aä]us\w*|Parkmöglichkeit\w*|Tiefgarage\w*|Haltestelle|[Pp]arking|[Cc]ar\s+park)\b"
                         r"[^.;]{0,60}?" + _STREET.replace("?P<street>", "?:"))
_CLAUSE_SPLIT_RE = re.compile(r";\s*|(?<=[.!?])\s+(?=[A-ZÄÖÜ])(?!(?i:" + P.MONTH_ALT + r")\b)|,?\s+(?=(?:aber|jetzt|nun|inzwischen|mittlerweile|heute|seit|now|today|since)\s)")
_MOVED_FROM_RE = re.compile(r"\b(?:von\s+der|vom|aus\s+der|aus\s+dem|von\s+dem|from)\s+" + _STREET)
_MOVE_RE = re.compile(r"\b(?:[Uu]mgezogen|[Uu]mzug|[Zz]ieh(?:t|en)|gezogen|[Vv]erlegt|[Mm]oved|[Rr]elocated)\b")


# where an invitation asks people to go, between the verb and its particle: "Das KI (Kolpingstraße 7)
# lädt … in die Stadthalle, Am Festplatz 1, zum Tag der Mehrsprachigkeit ein" (the centre's own
# office, "in unser Büro", stays)
_INVITE_RE = re.compile(r"\b(?:lädt|laden|lud|luden)\b(?:[^.;]|(?<=\d)\.){0,160}?\bein\b")  # (a date's dots inside)


def _invited_place(m: re.Match[str]) -> str:
    return m.group(0) if P.OWN_VOICE_RE.search(m.group(0)) else " "


def _without_former(line: str) -> str:
    """The line without the clauses about former premises or a visit elsewhere (cheap pre-check first)."""
    if not DIGIT_RE.search(line):
        return line
    if "Park" in line or "park" in line or "Haltestelle" in line or "Tiefgarage" in line:
        line = _PARKING_RE.sub(" ", line)
    if "ein" in line and ("lädt" in line or "laden" in line or "lud" in line):
        line = _INVITE_RE.sub(_invited_place, line)
    if not (_FORMER_HINT_RE.search(line) or _VENUE_CLAUSE_RE.search(line)):
        return line
    clauses = _CLAUSE_SPLIT_RE.split(line)
    kept = [c for c in clauses if not _FORMER_CLAUSE_RE.search(c) and not (_VENUE_CLAUSE_RE.search(c) and not _CENTRE_VENUE_RE.search(c))]
    line = " ; ".join(kept) if len(kept) < len(clauses) else line
    if _MOVE_RE.search(line):
        line = _MOVED_FROM_RE.sub(" ", line)
    return line


def find_addresses(lines: list[str]) -> list[Address]:
    """Addresses in page order; one on a line that names a second site ("Außenstelle: …") is
    labelled so (a second address, not a move); never one of premises the centre has left."""
    found = _find_addresses([_without_former(rejoined(line)) for line in lines])
    sites = [(m.group("label"), line) for line in lines if (m := _SECOND_SITE_RE.match(line))]
    if sites:
        # the first site line that holds the address's street: one search of all of them joined (an
        # address's raw text has no line break, so a hit never runs across two), not a loop over the
        # site lines per address in Python (a page of thousands of sites was quadratic)
        joined = "\n".join(line for _, line in sites)
        starts = list(accumulate((len(line) + 1 for _, line in sites[:-1]), initial=0))
        for i, a in enumerate(found):
            at = joined.find(a.raw.split(",")[0]) if a.raw else -1
            label = sites[bisect_right(starts, at) - 1][0] if at >= 0 else ""
            if label and not a.label:
                found[i] = Address(a.street, a.postal_code, a.city, label, a.raw)
        # the main seat first: the profile takes the first address as the centre's location
        found.sort(key=lambda a: bool(_SECOND_SITE_RE.match(a.label)))
    return found


# parts of one contact line separated by a middle dot, a bar or a dash ("Kommunales
# Integrationszentrum · Gutenbergstraße 9 · 33611 Herdelingen", "… – Neumarkt 1 – 40001 Kallstadt")
_PART_SEPARATOR_RE = re.compile(r"\s+[|" + re.escape(P.BULLETS) + r"]\s+|\s+[–-]\s+(?=\d{5}\s|[A-ZÄÖÜ])")
_SEPARATOR_CHARS = frozenset("|" + P.BULLETS)
# an address spread over labelled fields, one per row or line ("Straße | Marienstraße",
# "Hausnummer | 17", "PLZ | 45894", "Ort | Eschenfeld")
_FIELD_RE = re.compile(
    r"^(?:(?P<street>Straße|Strasse|Str\.)|(?P<number>Hausnummer|Hausnr\.?|Nr\.)|(?P<plz>PLZ|Postleitzahl)|(?P<city>Ort|Stadt|Wohnort))"
    r"\s*:?\s+(?P<value>[^:]{1,60})$"
)


def _field_lines(lines: list[str]) -> list[str]:
    """Labelled address fields on consecutive lines joined into one address line."""
    out: list[str] = []
    fields: dict[str, str] = {}
    for line in [*lines, ""]:
        m = _FIELD_RE.match(line)
        if m:
            key = next(k for k in ("street", "number", "plz", "city") if m.group(k))
            if key in fields:
                fields = {}
            fields[key] = m.group("value").strip()
            continue
        if "street" in fields and "number" in fields and not re.search(r"\d", fields["street"]):
            tail = f", {fields.get('plz', '')} {fields.get('city', '')}".rstrip() if "plz" in fields else ""
            out.append(f"{fields['street']} {fields['number']}{tail}")
        fields = {}
    return out


# a label or building word the street pattern took for an adjective ("Dienstgebäude Königstraße 15")
_LEADING_LABEL_RE = re.compile(r"^(?:(?:Dienst|Verwaltungs|Haupt|Neben)?[Gg]ebäude|Eingang|Haupteingang|" + "|".join(P.ADDRESS_LABELS) + r")\s+(?=\S+\s+\d)")


def _find_addresses(lines: list[str]) -> list[Address]:
    found: list[Address] = []
    if any(line[:3] in ("Str", "Hau", "PLZ", "Pos") for line in lines):
        lines = lines + _field_lines(lines)
    lines = [_PART_SEPARATOR_RE.sub(", ", line) if (" – " in line or " - " in line or not _SEPARATOR_CHARS.isdisjoint(line))
             else line for line in lines]
    original = lines
    lines = [_LINE_LABEL_RE.sub("", line, count=1) if line[:1] in _LABEL_FIRST else line for line in lines]

    where: dict[str, int] = {}  # an address's key -> its place in found (a scan of found per address was quadratic)

    def add(street: str, plz: str = "", city: str = "", label: str = "", raw: str = "") -> None:
        canonical = canonical_street(_LEADING_LABEL_RE.sub("", street))
        label = re.sub(r"\s+", " ", label).strip(" ,")
        if P.CENTRE_RE.fullmatch(label or "-") is None and re.fullmatch(r"\d{5}.*", label):
            label = ""
        i = where.get(canonical.casefold())
        if i is not None:
            known = found[i]
            found[i] = Address(known.street, known.postal_code or plz, known.city or city, known.label or label, known.raw or raw)
            return
        where[canonical.casefold()] = len(found)
        found.append(Address(canonical, plz, city, label, re.sub(r"\s+", " ", raw).strip()))

    for i, line in enumerate(lines):
        if DIGIT_RE.search(line) and any(word in line for word in _PREP_WORDS):
            for m in _MID_PLACE_RE.finditer(line):
                add(m.group("street"), m.group("plz") or "", m.group("city") or "", "", m.group(0))
        if _CUE_RE.search(original[i]) and DIGIT_RE.search(line):
            for m in (*_CUE_STREET_RE.finditer(original[i]), *_CUE_PREP_STREET_RE.finditer(original[i])):
                add(m.group("street"), "", "", "", m.group("street"))
            for m in _CUE_PLACE_RE.finditer(original[i]):
                if not re.match(r"\s*(?:Uhr|Jahre|Prozent|Personen|Etage|OG|Stock)\b", original[i][m.end():]):
                    add(m.group("street"), "", "", "", m.group("street"))
        if not STREET_HINT_RE.search(line):
            _place_address(lines, i, add)
            for m in _CITY_FIRST_PLACE_RE.finditer(original[i]) if ", " in line else ():
                add(m.group("street"), "", m.group("city"), "", original[i][m.start("city"): m.end("street")])
            continue
        pending: list[tuple[int, tuple]] = []  # (position, add-arguments): keep page order
        taken = TakenSpans(len(line))
        for m in _INLINE_ADDRESS_RE.finditer(line):
            label = (m.group("label") or "").strip()
            if not label or re.search(r"\d{5}", label):
                label = _label_before(line[max(0, m.start() - LABEL_WINDOW): m.start()])
            pending.append((m.start(), (m.group("street"), m.group("plz"), m.group("city"), label, m.group(0))))
            taken.add(m.span())
        # street on its own line, postal code + city on the next (or previous) line
        street = _STREET_RE.search(line)
        if street and not taken and (line[street.end():].strip(" ,") == "" or _ROOM_TAIL_RE.match(line, street.end())):
            around = [(lines[i + 1] if i + 1 < len(lines) else ""), (lines[i - 1] if i > 0 else "")]
            for j, other in enumerate(around):
                pm = _PLZ_CITY_LINE_RE.match(other)
                if pm:
                    before = line[: street.start()].strip(" ,")
                    prev_idx = i - 1 if j == 0 else i - 2
                    label = _label_before(before) if before else (
                        lines[prev_idx] if prev_idx >= 0 and _is_label_line(lines[prev_idx]) else "")
                    pending.append((street.start(), (street.group("street"), pm.group("plz"), pm.group("city"), label,
                                                     f"{line}, {other}")))
                    taken.add(street.span())
                    break
        for m in (*_CITY_FIRST_RE.finditer(line), *(_CITY_FIRST_PLACE_RE.finditer(line) if ", " in line else ())):
            if m.start("street") in taken:
                continue
            pending.append((m.start(), (m.group("street"), "", m.group("city"), _label_before(line[max(0, m.start() - LABEL_WINDOW): m.start()]), line[m.start("city") : m.end("street")])))
            taken.add(m.span())
        for m in _BARE_ADDRESS_RE.finditer(line):
            if m.start("street") in taken:
                continue
            pending.append((m.start(), (m.group("street"), "", "", _label_before(line[max(0, m.start() - LABEL_WINDOW): m.start()]), m.group("street"))))
            taken.add(m.span("street"))
        # (only where nothing else was read on the line, so no earlier span can hold it; its starts in a set: linear)
        near_phone = set()
        for m in _STREET_BEFORE_PHONE_RE.finditer(line) if not pending else ():
            pending.append((m.start(), (m.group("street"), "", "", "", m.group("street"))))
            near_phone.add(m.start("street"))
        for m in _PROSE_ADDRESS_RE.finditer(line):
            if m.start("street") in near_phone or m.start("street") in taken:
                continue
            pending.append((m.start("street"), (m.group("street"), "", "", "", m.group("street"))))
        for _, args in sorted(pending, key=lambda item: item[0]):
            add(*args)
    return found


DIGIT_RE = re.compile(r"\d")
# a room or building after the street on its line ("Rathausstraße 12, Raum 0.14", "Kreishausplatz 3, Gebäude B")
_ROOM_TAIL_RE = re.compile(r"[\s,]*(?:Raum|Zimmer|Zi\.|Gebäude|Geb\.|Haus|Eingang|Trakt|Flügel|Etage|Erdgeschoss|Obergeschoss|\d\.\s*(?:OG|Etage|Stock))\b[^,;]{0,16}$")


def _place_address(lines: list[str], i: int, add) -> None:
    """A street without a street word, followed by postal code and city on the same line or
    the next one."""
    line = lines[i]
    if not DIGIT_RE.search(line):
        return
    if len(line) <= 40 and i + 1 < len(lines):
        m = _PLACE_LINE_RE.match(line)
        pm = _PLZ_CITY_LINE_RE.match(lines[i + 1]) if m else None
        if m and pm:
            label = lines[i - 1] if i > 0 and _is_label_line(lines[i - 1]) else ""
            add(m.group("street"), pm.group("plz"), pm.group("city"), label, f"{line}, {lines[i + 1]}")
            return
    if _PLZ_HINT_RE.search(line):
        for m in _PLACE_INLINE_RE.finditer(line):
            add(m.group("street"), m.group("plz"), m.group("city"), _label_before(line[max(0, m.start("street") - LABEL_WINDOW): m.start("street")]), m.group(0).lstrip(",:; "))

