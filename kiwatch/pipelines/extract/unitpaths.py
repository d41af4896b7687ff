"""Organisation paths to the centre: a breadcrumb ("Dez. III › Amt 51 Jugendamt › KI"), a
letterhead ("Stadt X | Amt für Schule | Kommunales Integrationszentrum | Markt 1"), and the
breadcrumb trail of the page's chrome, which the document layer drops as navigation but which
still names the units above the page; and the path a code of the centre's own spells ("40-2" sits
in 40, "FB 5.3" in Fachbereich 5)."""

from __future__ import annotations

import itertools
import re

from lxml import etree

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.grammar import CentreNames
from kiwatch.pipelines.extract.unitwords import (
    CRUMB_SPLIT_RE,
    NUMBER_RE,
    OWN_CODE_PREFIX_RE,
    PATH_ARROWS,
    UNIT_WORD,
    WHOLE_KINDS,
    named_unit,
    parent_code,
    unit_from_text,
    unit_kind,
)
from kiwatch.records import ParentUnit

_CRUMB_SEP_RE = re.compile(r"[›»" + PATH_ARROWS + r"]| [>/] ")
_PATH_SEP_RE = re.compile(r"[›»" + PATH_ARROWS + r"]| [>/|·] ")
_DASH_STEP_RE = re.compile(r"\s[–—]\s(?=(?:" + UNIT_WORD + r"|\d{1,3}(?:[-./]\d{1,3})+\s|Kommunale|KI\b|KIZ\b|Integrationsz|Kreisintegr))")


def _upward(parts: list[str], centre: CentreNames) -> ParentUnit | None:
    """The chain of a path that starts at the centre and climbs: every step a unit, each of a higher rank
    than the one before it (siblings of one rank are a list, no path); the nearest step is the parent."""
    if any(centre.regex.search(p_) or not re.match(UNIT_WORD, p_) for p_ in parts):
        return None
    steps = [P.UNIT_ABBREVIATIONS.get(p_.split()[0], p_.split()[0]) + p_[len(p_.split()[0]):] for p_ in reversed(parts)]
    ranks = [P.UNIT_RANKS.get(unit_kind(c.split()[0]), 3) for c in steps]
    if not all(a < b for a, b in itertools.pairwise(ranks)):
        return None
    nm = NUMBER_RE.match(steps[-1], len(steps[-1].split()[0]))
    return ParentUnit(kind=unit_kind(steps[-1].split()[0]) or "Amt", name=" / ".join(steps), number=nm.group("number") if nm else "")


def path_units(lines: list[str], centre: CentreNames) -> list[ParentUnit]:
    """The units on a path that ends in the centre; what follows the centre is not its. A path
    that is no breadcrumb (a letterhead, a row) counts only with ranks falling towards the centre:
    a list of siblings ("Jugendamt | Schulamt | KI") is no path."""
    out: list[ParentUnit] = []
    for line in lines:
        if len(line) > 200:
            continue
        if _PATH_SEP_RE.search(line):
            parts = [p_.strip() for p_ in CRUMB_SPLIT_RE.split(re.sub(r"^[^:]{0,20}:\s*", "", line)) if p_.strip()]
        elif line.count(" – ") + line.count(" — ") >= 2 and centre.regex.search(line):
            # dashes as the path's separators, each before a unit word or the centre ("Dezernat V – Fachbereich 50 –
            # Abteilung 50.4 – Kommunales Integrationszentrum"); a dash before a unit's name stays in it
            parts = [p_.strip() for p_ in _DASH_STEP_RE.split(re.sub(r"^[^:]{0,20}:\s*", "", line)) if p_.strip()]
        else:
            continue
        # (the centre may carry its own code: "Sachgebiet 51.2 Kommunales Integrationszentrum")
        # (or its own kind and code with its name in brackets: "Sachgebiet 50.4 (KI)")
        at = next((k for k, p_ in enumerate(parts) if centre.regex.match(OWN_CODE_PREFIX_RE.sub("", p_))
                   or (p_.endswith(")") and re.match(UNIT_WORD, p_) and re.search(r"\((?:" + centre.pattern + r")\)$", p_))), 0)
        if at == 0 and len(parts) >= 3 and not _CRUMB_SEP_RE.search(line) and (up := _upward(parts[1:], centre)):
            out.append(up)  # "KI | Abteilung Integration | Fachbereich 5 | Dezernat II": the path read upwards from the centre
            continue
        if at + 1 < len(parts) and re.match(UNIT_WORD, parts[at + 1]):
            continue  # "Jugendamt / KI / Schulamt": the centre among its siblings
        if at >= 1 and not centre.regex.search(" ".join(parts[:at])):
            chain = [P.UNIT_ABBREVIATIONS.get(p_.split()[0], p_.split()[0]) + p_[len(p_.split()[0]):] for p_ in parts[:at]
                     if re.match(UNIT_WORD, p_)]
            ranks = [P.UNIT_RANKS.get(unit_kind(c.split()[0]), 3) for c in chain]
            if at < len(parts) - 1 or not _CRUMB_SEP_RE.search(line):
                chain = chain if all(a < b for a, b in itertools.pairwise(ranks)) else []
            if chain:
                kind = unit_kind(chain[-1].split()[0])
                nm = NUMBER_RE.match(chain[-1], len(chain[-1].split()[0]))
                out.append(ParentUnit(kind=kind or "Amt", name=" / ".join(chain), number=nm.group("number") if nm else ""))
    return out


#: Elements of a breadcrumb trail by their class, id or label ("breadcrumb", "navBreadcrumbs",
#: "Brotkrümelnavigation", "rootline"); plain contains() on the attributes, no case folding, keeps it cheap.
#: The test runs on the attribute nodes (``//@class[…]/..``), not on every element: libxml2 then
#: visits only the attributes (a third of the time), and the union keeps document order.
_CRUMB_KEYS = ("rumb", "RUMB", "rotkr", "ootline")
_CRUMB_XPATH = etree.XPath(" | ".join(
    f"//@{attr}[" + " or ".join(f"contains(., '{k}')" for k in _CRUMB_KEYS) + "]/.." for attr in ("class", "id", "aria-label")))
_HERE_RE = re.compile(r"^(?:Sie\s+(?:sind|befinden\s+sich)\s+hier|You\s+are\s+here|Pfad|Navigation)\s*:?\s*", re.IGNORECASE)


def crumb_trails(root) -> list[str]:
    """The breadcrumb trails of a parsed page as path lines ("Startseite › Rathaus › Dezernat II ›
    … › Kommunales Integrationszentrum"): the items of its list, or its text with its separators."""
    out: list[str] = []
    seen: set = set()
    for el in _CRUMB_XPATH(root):
        if any(a in seen for a in el.iterancestors()):
            continue
        seen.add(el)
        items = [" ".join("".join(li.itertext()).split()) for li in el.iter("li")]
        if not items:
            items = [p_.strip() for p_ in CRUMB_SPLIT_RE.split(" ".join("".join(el.itertext()).split()))]
        items = [_HERE_RE.sub("", i).strip() for i in items]
        items = [i for i in items if i and len(i) <= 120]
        if 2 <= len(items) <= 12:
            out.append(" › ".join(items))
    return out[:3]


#: The centre's own designation by a code of several parts: before its name on a short line ("40-2
#: Kommunales Integrationszentrum", "FB 5.3 – KI", "Amt 32/4 Kommunales Integrationszentrum") or in
#: brackets after it ("Kommunales Integrationszentrum (Amt 50/2)").
_OWN_CODE = r"(?:(?P<kind>" + "|".join(WHOLE_KINDS) + r"|FD|FB|GB|Abt\.)\s+)?(?P<code>\d{1,3}(?:[-./]\d{1,3}){1,3})(?![\d])"
_OWN_CODE_BEFORE_RE = re.compile(r"^\s*" + _OWN_CODE + r"\s*[–—:|·-]?\s*$")
_OWN_CODE_AFTER_RE = re.compile(r"^(?:\s+[A-ZÄÖÜ][\w.-]*){0,3}\s*\(\s*" + _OWN_CODE + r"\s*\)")


_CODE_GATE_RE = re.compile(r"\d[-./]\d")


def _own_code(line: str, centre: CentreNames) -> tuple[str, str] | None:
    """(kind word or "", code) of the centre's own designation on a short line naming it."""
    m = centre.regex.search(line) if len(line) <= 140 and _CODE_GATE_RE.search(line) else None
    if m is None:
        return None
    code = _OWN_CODE_BEFORE_RE.match(line[: m.start()]) or _OWN_CODE_AFTER_RE.match(line[m.end():])
    return (code.group("kind") or "", code.group("code")) if code else None


def code_parent_units(lines: list[str], centre: CentreNames) -> list[ParentUnit]:
    """The parent a code of the centre's own names: the code without its last part is the parent's
    ("40-2" sits in 40, "FB 5.3" in Fachbereich 5, "Amt 32/4" in Amt 32). The unit of the page with
    that number is the parent ("Amt 40 – Schule und Bildung", "Amt für Soziales (Amt 50)"); with none
    on the page, the kind word before the code names it where it is a unit of the upper ranks (an Amt,
    a Fachbereich: "FB 5.3" is part 3 of Fachbereich 5), never a lower one ("Abteilung 40.3" is the
    centre's own, its parent's kind unknown)."""
    own = next((c for line in lines if (c := _own_code(line, centre)) is not None), None)
    if own is None:
        return []
    kind_word, code = own
    parent = parent_code(code)
    number_re = re.compile(r"(?P<word>" + UNIT_WORD + r")\s+" + re.escape(parent) + r"(?![\d./-])|\((?:(?P<inner>" + UNIT_WORD + r")\s+)?" + re.escape(parent) + r"\)")
    for line in lines:
        if len(line) > 200 or centre.regex.search(line):
            continue
        m = number_re.search(line)
        if m is None:
            continue
        unit: ParentUnit | None
        if m.group("word"):  # "Amt 40 – Schule und Bildung"
            unit = named_unit(line, m.group("word"), m.end("word"))
        else:  # "Amt für Soziales (Amt 50)", "Amt für Bildung (40)": the name before the bracket
            head = re.search(r"(?:" + UNIT_WORD + r")[^()]{0,80}$", line[: m.start()])
            unit = unit_from_text(line[head.start(): m.end()]) if head else None
        if unit is not None and unit.kind:
            return [unit]
    kind = unit_kind(kind_word) if kind_word else ""
    if kind and P.UNIT_RANKS.get(kind, 3) <= 2:
        return [ParentUnit(kind=kind, name=f"{kind} {parent}", number=parent)]
    return []
