"""Organisation paths to the centre: a breadcrumb ("Dez. III › Amt 51 Jugendamt › KI"), a
letterhead ("Stadt X | Amt für Schule | Kommunales Integrationszentrum | Markt 1"), and the
breadcrumb trail of the page's chrome, which the document layer drops as navigation but which
still names the units above the page."""

from __future__ import annotations

import itertools
import re

from lxml import etree

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.grammar import CentreNames
from kiwatch.pipelines.extract.unitwords import CRUMB_SPLIT_RE, NUMBER_RE, PATH_ARROWS, UNIT_WORD, unit_kind
from kiwatch.records import ParentUnit

_OWN_CODE_RE = re.compile(r"^(?:(?:" + UNIT_WORD + r"|Team|Bereich)\s+)?\d{1,3}(?:[-./]\d{1,3}){1,3}\s*[–—:-]?\s*")
_CRUMB_SEP_RE = re.compile(r"[›»" + PATH_ARROWS + r"]| [>/] ")
_PATH_SEP_RE = re.compile(r"[›»" + PATH_ARROWS + r"]| [>/|·] ")


def path_units(lines: list[str], centre: CentreNames) -> list[ParentUnit]:
    """The units on a path that ends in the centre; what follows the centre is not its. A path
    that is no breadcrumb (a letterhead, a row) counts only with ranks falling towards the centre:
    a list of siblings ("Jugendamt | Schulamt | KI") is no path."""
    out: list[ParentUnit] = []
    for line in lines:
        if len(line) > 200 or not _PATH_SEP_RE.search(line):
            continue
        parts = [p_.strip() for p_ in CRUMB_SPLIT_RE.split(re.sub(r"^[^:]{0,20}:\s*", "", line)) if p_.strip()]
        # (the centre may carry its own code: "Sachgebiet 51.2 Kommunales Integrationszentrum")
        at = next((k for k, p_ in enumerate(parts) if centre.regex.match(_OWN_CODE_RE.sub("", p_))), 0)
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
