"""Units on lines near the centre's name: a code line ("40-2-3 Regionale …", "FD 43 …") next
to it, and outlines (organigrams, Dezernatsverteilungspläne) where the centre is one item of a
list of units under a heading unit: the heading is the parent, the items beside the centre are
its siblings and never the parent."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.grammar import CentreNames
from kiwatch.pipelines.extract.unitwords import (
    KIND_LOWER_ALT,
    OFFICE,
    UNIT_NUMBER,
    UNIT_WORD,
    WHOLE_KINDS,
    parent_code,
    unit_chain,
    unit_kind,
)
from kiwatch.records import ParentUnit

_KINDS = "|".join(WHOLE_KINDS)
# (an abbreviation with its dot has no word boundary after it: "Dez. II – Bildung", "Abt. 3 Integration")
_UNIT_LINE_START_RE = re.compile(r"(?:" + _KINDS + r"|FD|FB|GB)\b|(?:Dez|Abt|Ref)\.\s|[A-ZÄÖÜ][a-zäöüß]+(?:" + KIND_LOWER_ALT + r")\b")
_CODE_LINE_RE = re.compile(
    r"^(?P<word>(?:" + _KINDS + r"|FD|FB|GB)\b|(?:Dez|Abt|Ref)\.(?=\s)|[A-ZÄÖÜ][a-zäöüß]+(?:" + KIND_LOWER_ALT + r"))"
    r"\s*(?P<number>" + UNIT_NUMBER + r")?\s*(?:[–—:-]\s*)?(?P<rest>[^@:]{0,90})$"
)
#: The head of a unit after its code is no part of its name: "Dezernat III – Beigeordnete Dr. X".
_HOLDER_REST_RE = re.compile(r"^(?:" + OFFICE + r"|(?:Frau|Herr|Dr\.|Prof\.|Stadtr(?:at|ätin)|Kreisr(?:at|ätin)|Kreisdirektor(?:in)?)\s)")


_EN = r"[A-Z][\w-]*"
_EN_UNIT_LINE_RE = re.compile(
    r"(?!(?:" + "|".join(P.ENGLISH_NOT_UNIT) + r")\b)(?:" + _EN + r"\s+){0,4}(?P<kind>" + "|".join(P.ENGLISH_UNIT_WORDS) + r")(?:\s+(?P<number>\d{1,3}(?:[./-]\d{1,3})*))?"
    r"(?:\s*[–—:-]\s*|\s+(?:of|for)\s+(?:the\s+)?)?(?:" + _EN + r"(?:,?\s+(?:(?:and|&)\s+)?" + _EN + r")*)?")


_NAME_THEN_CODE_RE = re.compile(r"(?P<name>[A-ZÄÖÜ][\wäöüß-]*(?:,?\s+(?:[A-ZÄÖÜ][\wäöüß-]*|und|für|der|des|sowie|&))*)\s*"
                                r"\((?P<word>(?:" + _KINDS + r"|FD|FB|GB)(?![\wäöüß])|(?:Dez|Abt)\.)\s*(?P<number>\d{1,3}(?:[-./]\d{1,3}){0,3}|[IVX]{1,5})\)")


def _line_unit(line: str, adjacent: bool) -> ParentUnit | None:
    """The unit a short line names by its code or kind word; without a code only when `adjacent`."""
    english = _EN_UNIT_LINE_RE.fullmatch(line) if adjacent and len(line) <= 110 else None
    if english:  # an hCard's organization-unit line: "Department of Education and Youth", "Youth Welfare Office"
        return ParentUnit(kind=english.group("kind"), name=line, number=english.group("number") or "")
    if line.endswith(")") and (named := _NAME_THEN_CODE_RE.fullmatch(line)) is not None and len(line) <= 110:
        # the unit's name first, its kind and code in brackets after it: "Soziales und Integration (Amt 50)"
        word = P.UNIT_ABBREVIATIONS.get(named.group("word"), named.group("word"))
        return ParentUnit(kind=unit_kind(word), name=f"{word} {named.group('number')} – {named.group('name')}", number=named.group("number"))
    if len(line) > 110 or not (line[:1].isdigit() or _UNIT_LINE_START_RE.match(line) or "·" in line or " | " in line):
        return None
    if "·" in line or " | " in line:  # a path ("Stadt X · Dezernat II · Amt für Schule"), not a row of siblings
        links = [u for part in re.split(r"\s*[·|]\s*", line) if (u := _line_unit(part, adjacent)) is not None]
        ranks = [unit_rank(u) for u in links]
        return unit_chain(links) if links and all(a < b for a, b in itertools.pairwise(ranks)) else None
    if line.count(" / ") >= 2:
        # a slash path leads to its last part: "Amt 50 / Sozialhilfe / Wohngeld" is the way to another service, no unit line
        parts = line.split(" / ")
        if _line_unit(parts[-1], adjacent) is None:
            return None
    m = P.UNIT_NUMBER_LINE_RE.match(line)
    if m and not re.search(r"\b(?:Jahre|Uhr|Prozent|Personen)\b", line):
        number = m.group(1)
        words = P.UNIT_KIND_RE.findall(m.group(2))
        if not words and re.match(r"\S+\s+[–—-]", line):
            return None  # a code, a dash and no unit word is no unit line ("12 – Februar", "3 – Kontakt")
        kind = unit_kind(words[0]) if words else P.UNIT_KIND_BY_DEPTH.get(len(re.split(r"[-./]", number)), "Sachgebiet")
        return ParentUnit(kind=kind or "Sachgebiet", name=f"{number} {m.group(2).strip()}", number=number)
    cm = _CODE_LINE_RE.match(line)
    if not cm or all(re.fullmatch(UNIT_WORD, w) for w in line.split()) or re.search(r"[.!?]$", line):
        return None  # no unit line, or the header row of an organigram ("Dezernat Amt Abteilung")
    kind = unit_kind(cm.group("word"))
    if not kind or not (cm.group("number") or adjacent):
        return None
    word = P.UNIT_ABBREVIATIONS.get(cm.group("word"), cm.group("word"))
    rest = cm.group("rest").strip()
    if cm.group("number") and _HOLDER_REST_RE.match(rest):
        rest = ""
    # a row run into one line: the holder's name after the unit's ("Amt 51 – Jugendamt Herr Krause")
    rest = re.split(r"\s+(?=(?:Frau|Herrn?|Dr\.|Prof\.)\s)", rest)[0]
    name = " ".join(p for p in (word, cm.group("number") or "", ("– " + rest) if rest and cm.group("number") and "–" in line else rest) if p)
    return ParentUnit(kind=kind, name=name, number=cm.group("number") or "")


def line_unit(line: str) -> ParentUnit | None:
    """The unit a short line next to the centre names (a heading, a cell, the head of a list line)."""
    return _line_unit(line, adjacent=True)


def holder_line(text: str) -> bool:
    """A line or cell that names a unit's holder ("Beigeordneter Timo Kessler", "Frau Dr. X")."""
    return _HOLDER_REST_RE.match(text) is not None


def unit_rank(unit: ParentUnit) -> int:
    return P.UNIT_RANKS.get(unit.kind, 3)


_SUB_CODE_RE = re.compile(r"\s*(\d{1,3})(?:[.\-/]\d{1,3})+\s+(?:[–—-]\s+)?[A-ZÄÖÜ]")


def _outline(lines: list[str], j: int, is_label: Callable[[str], bool],
             seen: dict[int, ParentUnit | None] | None = None) -> tuple[ParentUnit | None, set[int]]:
    """The parent of the centre's line j in an outline, and the lines of the outline that are
    not: two or more units of one rank right above the centre are its siblings, and the parent is
    the first unit of a higher rank above them (past at most one short line such as "Leitung:
    …"); a single unit above it is the parent, with the units of ever higher rank above it as
    its chain ("Dezernat II / Amt 50 – …")."""
    memo = {} if seen is None else seen  # (each line read once for all the centre's lines: a page may repeat them)
    def unit_at(k: int) -> ParentUnit | None:
        if k not in memo:
            memo[k] = _line_unit(lines[k], adjacent=True) if 0 <= k < len(lines) and not is_label(lines[k]) else None
        return memo[k]

    code = _SUB_CODE_RE.match(lines[j])
    if code is not None:
        # the centre's line numbered below a unit ("45.1 Kommunales Integrationszentrum" under "Amt 45 – …"):
        # the unit with the code's first number is its parent, whatever lies between (its other units,
        # another unit's items); the units around are the outline, not the centre's
        for k in range(j - 1, max(-1, j - 12), -1):
            u = unit_at(k)
            if u is not None and u.number == code.group(1):
                top = k
                # (bounded: from each of many centre lines, a walk up a long run of unit lines was quadratic)
                while top > k - 10 and unit_at(top - 1) is not None:
                    top -= 1
                end = j + 1
                while end < min(len(lines), j + 10) and unit_at(end) is not None:
                    end += 1
                return u, (set(range(top, end)) - {k, j})
    first = unit_at(j - 1)
    if first is None:
        return None, set()
    rank = unit_rank(first)
    k = j - 2
    while (u := unit_at(k)) is not None and unit_rank(u) == rank:
        k -= 1
    below = set()
    for k2 in range(j + 1, min(len(lines), j + 10)):
        if (u := unit_at(k2)) is None or unit_rank(u) < rank:
            break
        below.add(k2)
    # (one unit of the kind the centre's own line names is a sibling too: "Abteilung 1 – X" above "Abteilung 2 – KI")
    own = re.match(r"(?:" + _KINDS + r")\b", lines[j])
    if j - 1 - k >= 2 or (own is not None and rank >= P.UNIT_RANKS.get(unit_kind(own.group(0)), 3)):  # siblings
        for k2 in (k, k - 1):
            u = unit_at(k2)
            if u is not None and unit_rank(u) < rank:
                top = k2 - 1  # the outline goes on above its parent: other headings and their items
                while unit_at(top) is not None:
                    top -= 1
                return u, (set(range(top + 1, j)) - {k2}) | below
            if u is not None or not 0 <= k2 < len(lines) or len(lines[k2]) > 80:
                break
        return None, set(range(k + 1, j)) | below
    chain, k = [first], j - 2
    while (u := unit_at(k)) is not None and unit_rank(u) < unit_rank(chain[0]):
        chain.insert(0, u)
        k -= 1
    return (unit_chain(chain) if len(chain) > 1 else None), set(range(k + 1, j)) | below


#: The end of a line of running text (a sentence of three words or more with its full stop): a block's body, never a heading.
_PROSE_END_RE = re.compile(r"\S\s+\S+\s+\S*[a-zäöüß)\d][.!?]$")


def _prose(line: str) -> bool:
    return line[-1:] in (".", "!", "?") and _PROSE_END_RE.search(line, max(0, len(line) - 120)) is not None

_TRAILING_BRACKET_RE = re.compile(r"\s*\((?P<inner>[^()]{3,80})\)$")


def _lead_bracket_off(line: str) -> str:
    """The line without a closing bracket that names a person by role ("(Ltg.: NAME)", "(Kreisdirektor NAME)")."""
    m = _TRAILING_BRACKET_RE.search(line)
    if m is None or m.start() == 0 or not (P.ROLE_WORD_RE.search(m.group("inner")) or P.OTHER_ROLE_RE.search(m.group("inner"))):
        return line
    return line[: m.start()]


#: A line under the centre's name that says what part of which unit it is ("ein Bereich im Amt 50 – …",
#: "eine Abteilung beim Fachbereich 4"): the unit after the preposition is read as a unit line of its own. A unit
#: kind without an article starts a unit line of its own, read whole ("Stabsstelle im Dezernat IV für …").
_PLACED_IN_RE = re.compile(r"(?:(?:[Ee]ine?|[Aa]ls)\s+(?:" + "|".join(P.UNIT_PART_NOUNS[:12]) + r"|Abteilung|Sachgebiet|Referat|Stabsstelle)"
                           r"|(?:" + "|".join(P.UNIT_PART_NOUNS[:12]) + r"))\s+(?:im|in\s+der|beim|bei\s+der|des|der)\s+(?=" + UNIT_WORD + r")")


def near_units(lines: list[str], centre: CentreNames, is_label: Callable[[str], bool]) -> list[ParentUnit]:
    """The units on lines near a short line naming the centre (a heading, a list item, a card)."""
    centre_re = centre.regex
    if any(")" in line for line in lines):
        # an organigram line names the unit's head in brackets ("Amt 51 – Jugendamt (Ltg.: NAME)"): the unit is the line without it
        lines = [_lead_bracket_off(line) if line.endswith(")") else line for line in lines]
    mentions = [i for i, line in enumerate(lines) if centre_re.search(line) and len(line) <= 160 and not re.search(r"[.!?]$", line)]
    out: list[ParentUnit] = []
    excluded: set[int] = set()
    seen: dict[int, ParentUnit | None] = {}
    for j in mentions:
        parent, outline = _outline(lines, j, is_label, seen)
        if parent is not None:
            out.append(parent)
        if parent is not None or len(outline) >= 2 or (outline and re.match(r"(?:" + _KINDS + r")\b", lines[j])):  # (a sibling of the centre's own kind)
            excluded |= outline | {j}
    live = [j for j in mentions if j not in excluded]
    adjacent = {i for j in mentions for i in (j - 1, j + 1)}
    # the centre's own code names its parent's number ("51-4 KI" under "Amt 51"): a unit nearby with another number is a neighbour's
    codes = {j: m.group(1) for j in live if (m := _SUB_CODE_RE.match(lines[j]))}
    named = set(mentions)

    def unit_near(i: int) -> ParentUnit | None:
        line = lines[i]
        if i in excluded or centre_re.search(line) or is_label(line):
            return None
        if i in adjacent and (placed := _PLACED_IN_RE.match(line)) is not None:
            line = line[placed.end():]  # a subtitle that places the centre: "ein Bereich im Amt 50 – Soziales und Integration"
        unit = _line_unit(line, adjacent=i in adjacent)
        if unit is not None and not (unit.number[:1].isdigit() and any(
                c is not None and re.split(r"[-./]", unit.number)[0] != c for c in (codes.get(k) for k in range(i - 3, i + 4)))):
            return unit
        return None

    # above the centre's line the nearest unit is its parent, a unit of a higher rank further up its chain, and one of the
    # same or a lower rank a sibling ("Amt 51 – Jugendamt … Amt 52 – Amt für Integration … KI"); a paragraph of running
    # text between a unit line and the centre's ends that unit's block ("Fachdienst 53 – Bildungsbüro / Das Bildungsbüro
    # koordiniert … / KI"): below the paragraph begins another block, above it the unit heads someone else's
    found: dict[int, ParentUnit] = {}
    siblings: set[int] = set()
    for j in live:
        rank: int | None = None
        for i in range(j - 1, max(-1, j - 4), -1):
            if i in named or _prose(lines[i]) or not lines[i]:
                break
            if (unit := unit_near(i)) is None:
                continue
            if rank is not None and unit_rank(unit) >= rank:
                siblings.add(i)
                continue
            rank = unit_rank(unit)
            found[i] = unit
    for j in live:
        below: dict[int, ParentUnit] = {}
        for i in range(j + 1, min(len(lines), j + 4)):
            if i in named or _prose(lines[i]) or not lines[i]:
                break
            if i in siblings or i in found or (unit := unit_near(i)) is None:
                continue
            # (a unit line over a paragraph before the centre is named again heads a section beside the centre's:
            # "KI X / Fachdienst 53 – Bildungsbüro / Das Bildungsbüro koordiniert … / Kommunales Integrationszentrum")
            then = next((k for k in range(i + 1, min(len(lines), i + 4)) if k in named), None)
            # (someone else's section taken out, an empty line, is such a paragraph too)
            if then is None or not any(_prose(lines[k]) or not lines[k] for k in range(i + 1, then)):
                below[i] = unit
        # two units of one rank under the centre's line are a list of units (a footer's Dezernate, "Weitere Ämter"),
        # not its subtitle: none of them is the parent
        ranks = [unit_rank(u) for u in below.values()]
        found |= {i: u for i, u in below.items() if ranks.count(unit_rank(u)) == 1}
    return out + [found[i] for i in sorted(set(found) - siblings)]


#: The words of a unit's name after its code: capitalised words, connectors, truncations ("Schul-").
_NAME_TOKEN_RE = re.compile(r"(?:[A-ZÄÖÜ][\wäöüß.-]*|[a-zäöüß]+-|und|für|der|des|die|im|in|sowie|mit|[–—&/-])$")
#: What cannot end a unit's name: the centre after it is then the object of a preposition or the
#: second of a pair ("Amt 51 und das Kommunale Integrationszentrum").
_OPEN_END_RE = re.compile(r"\b(?:und|sowie|oder|für|der|des|die|das|dem|den|im|in|am|an|zum|zur|vom|beim|mit|bei|aus|von)$")
#: A label opening a contact block run into one line ("Kontakt 40-2-3 …").
_BLOCK_LABEL_RE = re.compile(r"^(?:(?:Ihr(?:e)?\s+)?(?:Kontakt|Ansprechpartner(?:in|innen)?|Anschrift|Adresse|Postanschrift|Besucheradresse))\s*:?\s*")


_TRAILING_CODE_RE = re.compile(r"(?:^|\s)(?P<code>\d{1,3}(?:[-./]\d{1,3}){1,3})\s*[–—:|-]?\s*$")


def drop_sibling_codes(prefix: str) -> str:
    """The words before the centre's name without the centre's siblings, when an organigram's lines
    ran together: the centre's own code ends the prefix ("Fachbereich 4 – Bildung 4.1 Schulverwaltung
    4.2 KI"), and its parent's other parts ("4.1 …") begin where the parent's name ends."""
    own = _TRAILING_CODE_RE.search(prefix)
    if own is None:
        return prefix
    code = own.group("code")
    parent = parent_code(code)
    first = re.search(r"(?<!\S)" + re.escape(parent) + r"[-./]\d", prefix)
    return prefix[: first.start()] if first and first.start() > 0 else prefix


def inline_code_units(lines: list[str], centre: CentreNames) -> list[ParentUnit]:
    """A unit named by its organisation code right before the centre's name on the same line, as a
    letterhead or a contact block reads once its lines collapse into one paragraph ("40-2-3
    Regionale Schul- und Bildungsberatung Kommunales Integrationszentrum Kreis X Telefon …",
    "FD 43 Bildung und Integration Kommunales Integrationszentrum Markt 3 …"). Only a code (a
    number of several parts, or a unit word with its number) makes the words before the centre a
    unit; a lone number ("2 Kinder besuchten das KI") does not."""
    out: list[ParentUnit] = []
    for line in lines:
        m = centre.regex.search(line) if len(line) <= 600 and line[:1].isalnum() else None
        if m is None or m.start() == 0:
            continue
        prefix = _BLOCK_LABEL_RE.sub("", drop_sibling_codes(line[: m.start()])).strip(" –—-|,·")
        if not (4 <= len(prefix) <= 100) or _OPEN_END_RE.search(prefix) or re.search(r"[.!?;:]$", prefix):
            continue
        number = P.UNIT_NUMBER_LINE_RE.match(prefix)
        code = _CODE_LINE_RE.match(prefix)
        if number and not re.search(r"[-./]", number.group(1)):
            continue  # one number alone is a count, not an organisation code
        if not number and not (code and code.group("number") and code.group("rest").strip(" –—-")):
            continue  # "Abteilung 43.2 – Kommunales Integrationszentrum": the centre's own designation
        if not all(_NAME_TOKEN_RE.match(t) for t in prefix.split()[1:] if not re.fullmatch(UNIT_NUMBER, t)):
            continue  # a verb or a noun of running text: no unit's name
        unit = _line_unit(prefix, adjacent=False)
        if unit is not None:
            out.append(unit)
    return out


#: A whole unit word (no compound: "Schulverwaltungsamt" after a code is a name) that opens a link of a
#: collapsed path, with its code.
_LINK_WORD_RE = re.compile(r"(?:" + _KINDS + r"|FD|FB|GB|Dez\.|Abt\.)$")
#: Words that make the unit word after them the object of running text, not the start of a path.
_PHRASE_BEFORE_RE = re.compile(r"(?i:dem|der|des|den|die|das|beim|im|in|zum|zur|vom|von|mit|und|sowie|oder|bei|aus|an|am|für|über|unter|ein|eine[mnrs]?)$")


def collapsed_units(lines: list[str], centre: CentreNames) -> list[ParentUnit]:
    """A path of units run into the words before the centre's name, as scraped text reads once a
    breadcrumb or a letterhead loses its separators ("Startseite Verwaltung Dezernat III Amt 50
    Soziales und Integration Kommunales Integrationszentrum Drucken"): from the first whole unit
    word on, nothing but name words and codes up to the centre, the links' ranks falling towards
    it, the nearest of a rank above the centre's own (an Amt, a Fachbereich, a Dezernat) and named by
    more than its kind word, and no unit right after the centre (a row of siblings)."""
    out: list[ParentUnit] = []
    for line in lines:
        m = centre.regex.search(line) if len(line) <= 400 else None
        if m is None:
            continue
        tokens = drop_sibling_codes(line[: m.start()]).split()
        starts = [k for k, t in enumerate(tokens) if _LINK_WORD_RE.match(t) and (k == 0 or not _PHRASE_BEFORE_RE.match(tokens[k - 1]))]
        if not starts:
            after = _unit_after(line[m.end():]) if all(_NAME_TOKEN_RE.match(t) for t in tokens) else None
            if after is not None:
                out.append(after)
            continue
        seg = tokens[starts[0]:]
        if not all(_NAME_TOKEN_RE.match(t) or re.fullmatch(UNIT_NUMBER, t) for t in seg) or _OPEN_END_RE.search(" ".join(seg)):
            continue
        if re.match(r"\s*(?:[–—:|,-]\s*)?(?:" + UNIT_WORD + r")", line[m.end():]):
            continue  # "… Jugendamt Kommunales Integrationszentrum Schulamt": a row of siblings
        cuts = [k for k, t in enumerate(seg) if _LINK_WORD_RE.match(t) and (k == 0 or not _PHRASE_BEFORE_RE.match(seg[k - 1]))] + [len(seg)]
        links = [u for a, b in itertools.pairwise(cuts) if (u := _line_unit(" ".join(seg[a:b]).strip(" –—-"), adjacent=True)) is not None]
        if not links or len(links) != len(cuts) - 1 or not all(a < b for a, b in itertools.pairwise([unit_rank(u) for u in links])):
            continue
        last = links[-1]  # (a lower unit right before the name is the centre's own designation: "Stabsstelle Integration KI")
        if unit_rank(last) <= 2 and (last.number or len(last.name.split()) >= 2):
            out.append(unit_chain(links))
    return out


#: Where a collapsed contact block goes on after a unit's name: a street with its number, a postal
#: code, a contact label.
_BLOCK_GOES_ON_RE = re.compile(r"[A-ZÄÖÜ][\wäöüß.-]+\s+\d{1,4}[a-z]?\b|\d{5}\b|(?:Tel|Telefon|Fax|E-Mail|Kontakt|Postfach|Raum)\b")


def _unit_after(rest: str) -> ParentUnit | None:
    """The unit right after the centre's name in a collapsed letterhead or contact block
    ("Kommunales Integrationszentrum Fachbereich 3 – Jugend, Schule und Integration Marktstraße 4
    12345 X Tel. …"): a unit above the centre's own rank, up to where the block goes on with an
    address or a contact label; no second unit after it (a row of siblings)."""
    tokens = rest.split()
    if not tokens or not _LINK_WORD_RE.match(tokens[0]):
        return None
    goes_on = _BLOCK_GOES_ON_RE.search(rest, rest.find(tokens[0]) + len(tokens[0]) + 4)
    name = rest[: goes_on.start()] if goes_on else rest
    words = name.split()
    if not words or len(words) > 12 or not all(_NAME_TOKEN_RE.match(t.rstrip(",")) or re.fullmatch(UNIT_NUMBER, t) for t in words[1:]) \
            or any(_LINK_WORD_RE.match(t) for t in words[1:]) or (goes_on and _LINK_WORD_RE.match(goes_on.group(0).split()[0])):
        return None
    unit = _line_unit(" ".join(words).strip(" –—-,"), adjacent=True)
    return unit if unit is not None and unit_rank(unit) <= 2 and (unit.number or len(unit.name.split()) >= 2) else None
