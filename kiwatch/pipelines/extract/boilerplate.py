"""Page chrome the document layer drops: navigation, headers and footers, cookie banners,
sidebars and widgets, hidden elements, calendars — by tag, ARIA role, and the words in an
element's class and id; weak chrome is kept when it holds contact evidence."""

from __future__ import annotations

import re

from lxml import etree

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.lists import is_calendar_grid

_SPLIT_TOKENS_RE = re.compile(r"[^a-zäöüß]+")
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


_TOKENS: dict[str, tuple[str, ...]] = {}  # class and id text -> tokens: a site repeats them on every page
_TOKENS_KEPT = 20_000


def _tokens(el) -> tuple[str, ...]:
    cls, ident = el.get("class"), el.get("id")
    if cls is None and ident is None:  # most elements: nothing to split
        return ()
    attrs = f"{cls or ''} {ident or ''}"
    tokens = _TOKENS.get(attrs)
    if tokens is None:
        if len(_TOKENS) >= _TOKENS_KEPT:
            _TOKENS.clear()
        tokens = _TOKENS[attrs] = tuple(t for t in _SPLIT_TOKENS_RE.split(attrs.lower()) if t)
    return tokens


_KEYWORD_MATCHERS: dict[tuple[str, ...], tuple[frozenset, re.Pattern, re.Pattern, dict[tuple[str, ...], bool]]] = {}


def _keyword_hit(tokens: tuple[str, ...], keywords: tuple[str, ...]) -> bool:
    """A class/id token equals a keyword, starts with one (len >= 4: "navigation"), or contains
    one (len >= 6, German compounds: "interkulturkalender", "besucherzaehler")."""
    matcher = _KEYWORD_MATCHERS.get(keywords)
    if matcher is None:
        free = [k for k in keywords if k not in P.EXACT_ONLY_KEYWORDS]
        prefixes = sorted((k for k in free if len(k) >= 4), key=len, reverse=True)
        infixes = sorted((k for k in free if len(k) >= 6), key=len, reverse=True)
        matcher = (
            frozenset(keywords),
            re.compile("|".join(map(re.escape, prefixes)) or r"(?!)"),
            re.compile("|".join(map(re.escape, infixes)) or r"(?!)"),
            {},
        )
        _KEYWORD_MATCHERS[keywords] = matcher
    exact, prefix, infix, known = matcher
    # (a site repeats its class names on every element and page: each set is tested once)
    hit = known.get(tokens)
    if hit is None:
        if len(known) >= _TOKENS_KEPT:
            known.clear()
        hit = known[tokens] = any(token in exact or prefix.match(token) or infix.search(token) for token in tokens)
    return hit


_SECTION_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_PART_TOKENS = frozenset({"header", "footer"})
_HEADINGS = _SECTION_HEADINGS | {"summary", "dt"}


def _panel_heading(button) -> bool:
    """A button that is a heading's text ("<h2><button …>Team</button></h2>") or that opens and
    closes a panel of the page (aria-expanded with the panel it controls)."""
    parent = button.getparent()
    return (parent is not None and parent.tag in _HEADINGS) or (
        button.get("aria-expanded") is not None and (button.get("aria-controls") or button.get("data-bs-target") or button.get("data-target")) is not None)


KEEP, DROP, KEPT_CHROME = 0, 1, 2  # what chrome_kind says of an element


def is_boilerplate(el, protected: set, in_content: bool) -> bool:
    """Chrome that never carries centre data (see chrome_kind)."""
    return chrome_kind(el, protected, in_content) == DROP


def builder_tokens(root) -> frozenset[str]:
    """The page builder's block tokens (rules.BUILDER_BLOCK_TOKENS) on the elements around the
    page's title: a page set as widgets ("elementor-widget-heading", "…-text-editor") has its
    text in widgets, so on that page they are no chrome; a sidebar's widgets, beside a title
    that sits in no widget, still are."""
    h1 = root.find(".//h1")
    if h1 is None:
        return frozenset()
    found = {t for el in h1.iterancestors() for t in _tokens(el) if t in P.BUILDER_BLOCK_TOKENS}
    return frozenset(found)


# the WAI-ARIA disclosure pattern: a control with aria-expanded names the panel it opens, whatever
# the classes (a hidden element nobody opens is a template, a dialog or a leftover)
_DISCLOSURE_XPATH = etree.XPath("//*[@aria-expanded][contains(concat(' ', normalize-space(@aria-controls), ' '), $id)]")


def _disclosed(el) -> bool:
    """Whether a hidden element is the panel a disclosure control (a button with aria-expanded) opens."""
    ident = el.get("id")
    return bool(ident) and bool(_DISCLOSURE_XPATH(el, id=f" {ident} "))


def chrome_kind(el, protected: set, in_content: bool, builder: frozenset[str] = frozenset()) -> int:
    """DROP: chrome that never carries centre data; KEPT_CHROME: weak chrome (sidebars, footers,
    widgets) kept because it holds contact evidence, since a "Kontakt" box often lives in an
    <aside> (whose facts are the centre's is decided later: extract/chrome.py); KEEP: content."""
    tag = el.tag
    if tag in P.DROP_TAGS:
        # the button that opens an accordion panel is the panel's heading (its only title)
        return KEEP if tag == "button" and _panel_heading(el) else DROP
    if el in protected:
        return KEEP
    if el.keys():
        role = (el.get("role") or "").lower()
        tokens = _tokens(el)
        if el.get("hidden") is not None or el.get("aria-hidden") == "true" or _HIDDEN_STYLE_RE.search(el.get("style", "")):
            # a tab panel or a collapsed accordion is the page's text, shown on a click
            if role == "tabpanel" or any(t in P.DISCLOSURE_TOKENS for t in tokens):
                return KEEP
            if not (el.get("hidden") == "until-found" or _disclosed(el)):
                return DROP
            # (a collapsed panel is read like any other element: a hidden <nav> a menu button opens is still navigation)
    else:  # an element without attributes (most of them): only its tag can make it chrome
        role, tokens = "", ()
    if tag in P.STRONG_BOILERPLATE_TAGS or role in P.STRONG_BOILERPLATE_ROLES:
        return DROP
    if tokens and _keyword_hit(tokens, P.STRONG_BOILERPLATE_KEYWORDS):
        return DROP
    if tag == "table":
        text = " ".join(el.itertext())
        if P.CALENDAR_HEADER_RE.search(text[:600]) or is_calendar_grid(text):
            return DROP
    if builder and tokens:
        tokens = tuple(t for t in tokens if t not in builder)
    weak = tag in P.WEAK_BOILERPLATE_TAGS or role in P.WEAK_BOILERPLATE_ROLES or (
        tokens and _keyword_hit(tokens, P.WEAK_BOILERPLATE_KEYWORDS)
    )
    if weak:
        if in_content and tag in ("header", "footer"):
            return KEEP  # an article's own header (h1, date) or footer is content
        if in_content and tag in _SECTION_HEADINGS and not _keyword_hit(tuple(t for t in tokens if t != "header"), P.WEAK_BOILERPLATE_KEYWORDS):
            return KEEP  # a heading classed as its panel's or card's header ("accordion-header") is content
        if in_content and P.COMPONENT_TOKENS.intersection(tokens) and not _keyword_hit(
                tuple(t for t in tokens if t not in _PART_TOKENS and t not in P.COMPONENT_TOKENS), P.WEAK_BOILERPLATE_KEYWORDS):
            return KEEP  # a card's or panel's own header or footer ("card-footer": "Teil von: Amt 40") is content
        text = " ".join(el.itertext())  # text_content() glues "Kontakt" to the next line
        # kept whole when it holds a contact box, or a short box that places the centre in a unit ("Organisation: Das KI ist eine
        # Abteilung des Amtes 51"); a calendar inside is dropped on its own
        return KEPT_CHROME if P.CONTACT_EVIDENCE_RE.search(text) or _CONTACT_LINK(el) or _places_centre(text) else DROP
    return KEEP


_CONTACT_LINK = etree.XPath(".//a[starts-with(@href,'mailto:') or starts-with(@href,'tel:')]")


def _places_centre(text: str) -> bool:
    """A short box that names the centre and a unit: where the centre belongs (whose box it is, extract/chrome.py decides)."""
    return len(text) <= 600 and P.CENTRE_RE.search(text) is not None and P.UNIT_KIND_RE.search(text) is not None
