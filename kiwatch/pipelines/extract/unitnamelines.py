"""The unit in the centre's own name line: a title, a heading, a card or a letterhead line
("Amt 40 – Schule | Kommunales Integrationszentrum", "Kommunales Integrationszentrum (Fachbereich 4)",
"Kommunales Integrationszentrum im Amt für Schule"), read where nothing else states the assignment."""

from __future__ import annotations

import itertools
import re

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.grammar import CentreNames
from kiwatch.pipelines.extract.unitwords import CRUMB_SPLIT_RE, OFFICE, UNIT_WORD, unit_chain, unit_from_text
from kiwatch.records import ParentUnit


def _rank(unit: ParentUnit) -> int:
    return P.UNIT_RANKS.get(unit.kind, 3)


#: What may stand between the centre's name and a unit after it in a name line: a town, an acronym.
_NAME_TAIL = r"(?:\s+(?:der\s+Stadt\s+|des\s+Kreises\s+)?\(?[A-ZÄÖÜ][\w.-]*\)?)*?"
_AFTER_RE = re.compile(_NAME_TAIL + r"\s*(?:\(\s*(?P<bracket>[^()]{3,90})\)|(?:im|beim|in\s+der|innerhalb\s+(?:des|der)|des|der)\s+(?P<prep>.{3,90})"
                       # an apposition: "Kommunales Integrationszentrum, Amt 51 – Jugend und Bildung"
                       r"|(?:,|\s[–—|])\s*(?P<appo>(?:" + UNIT_WORD + r").{0,90}))\s*$")
_BEFORE_SEP_RE = re.compile(r"\s*(?:[–—:|·›»>/]|\s-)\s*$")
#: The centre's own kind word (and code) right before its name, "Dez. II/ Stabsstelle Kommunales
#: Integrationszentrum", "Amt 51 | Abteilung 51.4 KI": the centre's designation, not a link above it.
_OWN_KIND_BEFORE_RE = re.compile(r"(?<![\wäöüß])(?:" + "|".join(P.CENTRE_OWN_KINDS) + r")(?:\s+\d{1,3}(?:[-./]\d{1,3}){0,3})?\s*$")


#: A unit in brackets right after the centre's name, in a name line or inside a sentence: "Das Kommunale
#: Integrationszentrum (Amt für Schule) berät …", "KI (im Amt 50)", "KIZ (Dezernat II, Fachbereich Jugend)".
_BRACKET_RE = re.compile(_NAME_TAIL + r"\s*\(\s*(?P<inside>(?:im|beim|in\s+der|innerhalb\s+(?:des|der))\s+)?(?P<text>(?:" + UNIT_WORD + "|" + OFFICE
                         + r")[^()]{0,90})\)")


def _bracket_unit(text: str, inside: bool) -> ParentUnit | None:
    """The unit a bracket after the centre's name holds; a chain when its parts descend ("Dezernat II, FB 3");
    a lower unit with only a code is the centre's own designation ("(Sachgebiet 51.3)"), a list with "und" partners."""
    if re.search(r"\b(?:und|sowie)\s+(?:" + UNIT_WORD + r")", text):
        return None
    parts = [p_ for p_ in re.split(r",\s*|\s+/\s+", text) if p_.strip()]
    links = [u for p_ in parts if re.match(UNIT_WORD + "|" + OFFICE, p_) and (u := unit_from_text(p_)) is not None]
    if len(links) == len(parts) and len(links) > 1 and all(a < b for a, b in itertools.pairwise([_rank(u) for u in links])):
        return unit_chain(links)
    unit = unit_from_text(text) if len(links) <= 1 else None
    return unit if unit is not None and (inside or _rank(unit) <= 2) else None


#: A line that continues the name line above it with the unit the centre belongs to.
_CONTINUED_RE = re.compile(r"(?:im|beim|in\s+der|innerhalb\s+(?:des|der))\s+(?:" + UNIT_WORD + r")")


def name_line_units(lines: list[str], centre: CentreNames) -> list[ParentUnit]:
    """The unit in the centre's own name line (a title, a heading, a card or a letterhead line):
    "Amt 40 – Schule | Kommunales Integrationszentrum", "Kommunales Integrationszentrum
    (Fachbereich 4)", "Kommunales Integrationszentrum im Amt für Schule". A unit of a rank above
    the centre's (an Amt, a Fachbereich, a Dezernat) before a separator or in brackets is its
    parent; a lower unit with only a code there is the centre's own designation ("Abteilung 43.2 –
    KI"); what follows "und"/"&" is a partner, not a parent."""
    out: list[ParentUnit] = []
    # a name line continued on the next line: "Kommunales Integrationszentrum" / "im Amt für Schule" (a
    # letterhead, a signature, a card)
    lines = [f"{line} {lines[k + 1]}" if k + 1 < len(lines) and _CONTINUED_RE.match(lines[k + 1]) and centre.regex.search(line) else line
             for k, line in enumerate(lines)]
    for line in lines:
        m = centre.regex.search(line)
        if m is None:
            continue
        if "(" in line and (br := _BRACKET_RE.match(line, m.end())) is not None:
            unit = _bracket_unit(br.group("text"), bool(br.group("inside")))
            if unit is not None and not centre.regex.search(unit.name):
                out.append(unit)
                continue
        if len(line) > 140 or re.search(r"[.!?]$", line) or len(line.split()) > 16:
            continue
        before, after = line[: m.start()], line[m.end():]
        if (own := _OWN_KIND_BEFORE_RE.search(before)) and _BEFORE_SEP_RE.search(before, 0, own.start()):
            before = before[: own.start()]
        unit = None
        after_m = _AFTER_RE.match(after)
        if after_m and after_m.group("appo") and _BEFORE_SEP_RE.search(before) and re.search(UNIT_WORD + "|" + OFFICE, before):
            continue  # units on both sides of the centre ("Jugendamt – KI – Schulamt"): its siblings, no apposition
        if after_m:
            text = after_m.group("bracket") or after_m.group("prep") or after_m.group("appo")
            if re.match(UNIT_WORD + "|" + OFFICE, text) and not re.search(r"(?:,|\bund)\s+(?:" + UNIT_WORD + r")", text):
                unit = unit_from_text(text)
                if unit is not None and not after_m.group("prep") and _rank(unit) > 2:
                    unit = None  # "Kommunales Integrationszentrum (Sachgebiet 51.3)": the centre's own
        elif _BEFORE_SEP_RE.search(before) and not re.search(r"\b(?:und|sowie|mit)\s*$", before):
            parts = [p_.strip(" –—-:") for p_ in CRUMB_SPLIT_RE.split(_BEFORE_SEP_RE.sub("", before)) if p_.strip(" –—-:")]
            links = [u for p_ in parts[-3:] if re.match(UNIT_WORD + "|" + OFFICE, p_) and (u := unit_from_text(p_)) is not None]
            if links and all(a < b for a, b in itertools.pairwise([_rank(u) for u in links])):
                last = links[-1]
                if _rank(last) <= 2 or (last.name.replace(last.number, "").strip() != last.name.split()[0]):
                    unit = unit_chain(links)
        if unit is not None and not centre.regex.search(unit.name):
            out.append(unit)
    return out
