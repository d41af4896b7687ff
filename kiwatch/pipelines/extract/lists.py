"""Volatile lists inside the content, whatever their class names: link lists (news, teasers,
navigation), runs of teaser items (a date or a "read more" link and a link to another page),
and month calendars rendered as plain tables. Their text rotates with what the site published
elsewhere or with the day of the visit, so it is not the page's own text.

All checks are bounded: an item is looked at only up to ``_ITEM_MAX_NODES`` nodes, so a large
container costs no more than a small one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice
from typing import Protocol

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.names import NAME_RE, valid_name

_ITEM_TAGS = frozenset({"li", "div", "article", "section", "dd", "dt"})
#: Elements a teaser item can be: one entry of a list, a card, a row, a paragraph.
TEASER_ITEM_TAGS = frozenset({"li", "div", "article", "section", "p", "tr", "dd"})
_ITEM_MAX_NODES = 40  # a teaser is a headline, a date, a line of excerpt and a link: a few nodes
_ITEM_MAX_CHARS = 400
_OTHER_PAGE_SCHEMES = ("mailto:", "tel:", "#", "javascript:")
_DATE_RE = re.compile(
    r"(?<![\d.])\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d{2}(?![\d])|\b(?:19|20)\d{2}-\d{2}-\d{2}\b"
    r"|(?<![\d.])\d{1,2}\.?\s+(?i:" + "|".join(sorted(sorted(P.STAMP_MONTHS), key=len, reverse=True)) + r")\.?\s+(?:19|20)\d{2}\b"
)
# link texts that only lead to the full item elsewhere
_READ_MORE_RE = re.compile(
    r"^\W*(?:weiterlesen|weiter\s*lesen|mehr(?:\s+(?:erfahren|lesen|dazu|informationen|infos?))?|zum\s+(?:artikel|beitrag|termin)"
    r"|zur\s+(?:meldung|veranstaltung|nachricht)|details|read\s+more|more|learn\s+more|more\s+info)\W*$",
    re.IGNORECASE,
)
# a contact fact in an item keeps it the page's own (a staff card with a "mehr" link is a card)
# (an e-mail address, not a social media handle "@ki_x")
_CONTACT_FACT_RE = re.compile(r"[\w.+-]@[\w-]+\.\w|\(at\)|\[at\]|\b\d{5}\s+[A-ZÄÖÜ]|\b(?:Tel|Telefon|Fon|Fax|Mobil)\b|(?<![\d.])0\d{2,5}[\s/-]*\d{2,}[\s-]*\d")


def _links(el) -> list:
    return [a for a in el.iter("a") if (h := (a.get("href") or "").strip().lower()) and not h.startswith(_OTHER_PAGE_SCHEMES)]


def is_teaser_item(el) -> bool:
    """One entry of a news, event or teaser list: small, a link to another page, and a date
    (text or ``<time>``) or a "weiterlesen"-style link; never a contact card."""
    nodes = list(islice(el.iter(), _ITEM_MAX_NODES + 1))
    if len(nodes) > _ITEM_MAX_NODES:
        return False
    links = [n for n in nodes if n.tag == "a" and (h := (n.get("href") or "").strip().lower()) and not h.startswith(_OTHER_PAGE_SCHEMES)]
    if not links:
        return False
    text = " ".join(el.itertext())
    if len(text) > _ITEM_MAX_CHARS or _CONTACT_FACT_RE.search(text):
        return False
    if any(n.tag == "time" for n in nodes) or _dated_like_a_teaser(text, nodes) or P.RELATIVE_AGE_RE.search(text):
        return True  # (an age relative to the visit, "vor 3 Stunden", dates an item as well)
    return any(_READ_MORE_RE.match(a.text_content() or "") for a in links)


_WEEKDAY_PREFIX_RE = re.compile(r"^\W{0,3}(?:[A-ZÄÖÜ][a-zäöü]{1,9}\.?,?\s+)?")


def _dated_like_a_teaser(text: str, nodes: list) -> bool:
    """A teaser's date opens it or stands alone in an element of its own ("12.11.2026 – …",
    "<small>12.11.2026</small>"); a date inside a sentence ("Zum 1. Juli 2026 wird das KI …") is
    what a paragraph of the page says, not a listing's date."""
    if not _DATE_RE.search(text):
        return False
    start = _WEEKDAY_PREFIX_RE.match(text.lstrip()).end()  # type: ignore[union-attr]
    if _DATE_RE.match(text.lstrip(), start):
        return True
    return any(n.text and (own := n.text.strip()) and len(own) <= 30 and _DATE_RE.fullmatch(_WEEKDAY_PREFIX_RE.sub("", own).strip(" ,|–-"))
               for n in nodes)


def _items(el) -> list[list]:
    """The entries of a container: its element children; a definition list's term and its
    descriptions are one entry; a table's rows (also inside tbody) are its entries."""
    kids = [k for k in el if isinstance(k.tag, str)]
    if el.tag == "dl":
        items: list[list] = []
        for kid in kids:
            if kid.tag == "dt" or not items:
                items.append([kid])
            else:
                items[-1].append(kid)
        return items
    if el.tag in ("table", "tbody"):
        rows = [k for k in kids if k.tag == "tr"] + [r for k in kids if k.tag in ("tbody", "thead") for r in k if r.tag == "tr"]
        return [[r] for r in rows]
    return [[k] for k in kids]


def _teaser_entry(entry: list) -> bool:
    if len(entry) == 1:
        return is_teaser_item(entry[0])
    # a <dt> date with its <dd> link: judged together
    nodes = [n for part in entry for n in islice(part.iter(), _ITEM_MAX_NODES + 1)]
    if len(nodes) > _ITEM_MAX_NODES:
        return False
    text = " ".join(t for part in entry for t in part.itertext())
    return (any(_links(part) for part in entry) and len(text) <= _ITEM_MAX_CHARS and not _CONTACT_FACT_RE.search(text)
            and bool(_DATE_RE.search(text) or any(n.tag == "time" for n in nodes)))


def headline_link(el) -> bool:
    """An entry that is nothing but one link to another page of the site with a headline of a few
    words ("Bauamt jetzt in der Industriestraße 8"): the facts in it are that page's."""
    nodes = list(islice(el.iter(), _ITEM_MAX_NODES + 1))
    links = [n for n in nodes if n.tag == "a"]
    if len(nodes) > _ITEM_MAX_NODES or len(links) != 1:
        return False
    href = (links[0].get("href") or "").strip().lower()
    if not href or href.startswith((*_OTHER_PAGE_SCHEMES, "http:", "https:", "//")):
        return False  # an external link (a map, a partner's site) may show the centre's own address
    text = " ".join(" ".join(el.itertext()).split())
    return len(text.split()) >= 3 and text == " ".join(" ".join(links[0].itertext()).split())


def is_teaser_list(el) -> bool:
    """A container whose entries (two or more) are all teaser items."""
    items = _items(el)
    return len(items) >= 2 and all(_teaser_entry(entry) for entry in items)


def _link_only(el) -> bool:
    """An element that is nothing but links to other pages (a list's header or footer link)."""
    links = _links(el)
    return bool(links) and " ".join(" ".join(el.itertext()).split()) == " ".join(" ".join(" ".join(a.itertext()) for a in links).split())


def in_teaser_run(el) -> bool:
    """A teaser item with another teaser item beside it (dated link paragraphs or cards without
    a container of their own): the run is a list, whatever wraps it; so is a lone teaser item
    whose siblings are only the list's header and footer links ("Nachrichten", "Weitere …")."""
    if not is_teaser_item(el):
        return _in_dated_card_run(el)
    parent = el.getparent()
    siblings = [k for k in parent if isinstance(k.tag, str) and k is not el] if parent is not None else []
    if siblings and len(siblings) <= 3 and all(_link_only(k) for k in siblings):
        return True
    for step in ("getprevious", "getnext"):
        sibling = getattr(el, step)()
        while sibling is not None and not isinstance(sibling.tag, str):  # a comment between items
            sibling = getattr(sibling, step)()
        if sibling is not None and sibling.tag in TEASER_ITEM_TAGS and is_teaser_item(sibling):
            return True
    return False


_CARD_MAX_NODES = 12  # a card: a wrapper or two, a title, a date line
_CARD_BLOCK_TAGS = frozenset({"p", "div", "span", "small", "time", "h2", "h3", "h4", "h5", "h6", "strong", "b"})


def _card_shape(el) -> tuple[str, ...] | None:
    """The tag sequence of a small element holding a line that is nothing but a full date (a news
    or event card whose whole surface is clickable by script, so without a link of its own), or
    None. A contact fact does not keep it: a dated card that names a phone or a street is an item
    about something else ("Stadtarchiv ab Montag in der …, Telefon …"), and a staff card has no
    date line."""
    nodes = list(islice(el.iter(), _CARD_MAX_NODES + 1))
    if len(nodes) > _CARD_MAX_NODES or len(nodes) < 3:
        return None
    dated = False
    for n in nodes[1:]:
        if not isinstance(n.tag, str):
            return None
        own = (n.text or "").strip()
        if n.tag in _CARD_BLOCK_TAGS and own and len(own) <= 30 and len(n) == 0 \
                and _DATE_RE.fullmatch(_WEEKDAY_PREFIX_RE.sub("", own).strip(" ,|–-")):
            dated = True
    if not dated or len(" ".join(el.itertext())) > _ITEM_MAX_CHARS:
        return None
    return tuple(n.tag for n in nodes)


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _under_history_heading(el) -> bool:
    """The nearest heading before `el` (among its and its ancestors' earlier siblings) titles the
    page's own history ("Unsere Geschichte", "Chronik"): dated entries there are its text."""
    node = el
    for _ in range(4):
        sibling = node.getprevious()
        while sibling is not None:
            if isinstance(sibling.tag, str) and sibling.tag in _HEADING_TAGS:
                return P.HISTORY_HEADING_RE.search(" ".join(sibling.itertext())) is not None
            sibling = sibling.getprevious()
        node = node.getparent()
        if node is None:
            return False
    return False


def _in_dated_card_run(el) -> bool:
    """A dated card beside another of the same build: a listing of other pages' items (news cards
    of a grid, articles of a stream), whatever their classes say and though no link leads on."""
    if el.tag not in ("div", "article", "li", "section"):
        return False
    shape = _card_shape(el)
    if shape is None or _under_history_heading(el):
        return False
    for step in ("getprevious", "getnext"):
        sibling = getattr(el, step)()
        while sibling is not None and not isinstance(sibling.tag, str):
            sibling = getattr(sibling, step)()
        if sibling is not None and sibling.tag == el.tag and _card_shape(sibling) == shape:
            return True
    return False


# containers of a run of links in one flow of text, and the inline elements that may wrap all of it
_RUN_TAGS = ("p", "div", "td", "section")
_INLINE_WRAPPERS = frozenset({"font", "span", "small", "big", "b", "strong", "em", "i"})

# a print view writes each link as its text and a footnote number ("Neue Öffnungszeiten[5]") and
# lists the addresses at the end: an item that ends in such a number is a link
_FOOTNOTE_MARK_RE = re.compile(r"\S\[\d{1,3}\]\s*$")


# a label over its value: a field a unit page fills with a link to that unit's page
_FIELD_LABEL_RE = re.compile(r"(?:" + "|".join(P.PARENT_LABELS[:P.PARENT_LABELS_WITHOUT_COLON]) + r")\s*:?", re.IGNORECASE)
_LABEL_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "dt", "th", "strong", "b", "label"})


def _labelled_value(el) -> bool:
    """The element is the value of a field labelled right above it ("Übergeordnete
    Organisationseinheit" over a link to the parent unit's page): the page's own fact, no teaser."""
    label = el.getprevious()
    while label is not None and not isinstance(label.tag, str):
        label = label.getprevious()
    if label is None or label.tag not in _LABEL_TAGS:
        return False
    text = " ".join(" ".join(label.itertext()).split())
    return len(text) <= 60 and _FIELD_LABEL_RE.fullmatch(text) is not None


def is_link_list(el) -> bool:
    """A list whose items mostly link to other pages: a news or teaser list (it rotates with
    what the site published elsewhere), or navigation — not the page's own text, whatever its
    class names say. Items are short (a headline, a date, a line of excerpt); a page's own
    sections are longer. A team whose members' names link to their profile pages is the
    page's own text all the same."""
    return _links_away(el) and not _links_to_people(el)


# what follows a person's name inside the link or the item: nothing, a role after a comma, dash,
# bar or bracket, or a role noun ("Anna Berg Leitung" from a card's spans)
_AFTER_NAME_RE = re.compile(r"\s*(?:$|[,(|–—-]|" + P.ROLE_WORD_RE.pattern + "|(?i:" + "|".join(P.ROLE_NOUN_STEMS) + r"))")


def _links_to_people(el) -> bool:
    """Whether most of the list's items link a person's name (a team list with profile pages)."""
    kids = [k for k in el if isinstance(k.tag, str)] or [el]
    people = 0
    for kid in kids:
        a = kid if kid.tag == "a" else next(kid.iter("a"), None)
        if a is None:
            continue
        text = " ".join(" ".join(a.itertext()).split())
        m = NAME_RE.match(text)
        if m and valid_name(m.group("name")) and _AFTER_NAME_RE.match(text, m.end()):
            people += 1
    return people * 2 > len(kids)


def _links_away(el) -> bool:
    kids = [k for k in el if isinstance(k.tag, str)]
    if len(kids) == 1 and el.tag == "p" and kids[0].tag == "a" and headline_link(el) and not _labelled_value(el):
        # a paragraph that is one headline link to another page ("« Vorherige Meldung: …"): a
        # pager or a teaser, which gains its neighbour with the next item published
        return True
    if el.tag in _RUN_TAGS and _link_run(el, kids):
        return True
    if len(kids) < 2:
        return False
    if el.tag != "p" and (is_teaser_list(el) or (el.tag in ("div", "section") and all(headline_link(k) for k in kids))):
        return True
    if len(kids) < (2 if el.tag in ("ul", "ol") else 3) or el.tag in ("p", "dl", "table", "tbody"):
        return False
    if el.tag not in ("ul", "ol") and any(k.tag not in _ITEM_TAGS for k in kids):
        return False
    linked = 0
    for kid in kids:
        if _FOOTNOTE_MARK_RE.search(kid.text_content()):
            linked += 1
            continue
        for a in kid.iter("a"):
            href = (a.get("href") or "").strip().lower()
            if href and not href.startswith(("mailto:", "tel:", "#", "javascript:")):
                linked += 1
                break
    if linked < 2 or linked < 0.75 * len(kids) or (linked == 2 and (el.tag not in ("ul", "ol") or linked < len(kids))):
        return False
    if sum(len(t) for t in el.itertext()) > 320 * len(kids):
        return False
    # a team list whose names link to profiles but whose items give phones or e-mails beside the
    # link is a contact list (facts inside a link's own text are the linked page's)
    return sum(bool(_CONTACT_FACT_RE.search(" ".join(k.xpath(".//text()[not(ancestor::a)]")))) for k in kids) * 2 < len(kids)


def _link_run(el, kids: list) -> bool:
    """Links separated by <br> or bullets in one paragraph or cell: mostly link text, or a label
    and its links. Old markup wraps the whole text in one inline element ("<td><font><b>Neues</b>
    <br><a>…</a><br><a>…</a></font></td>"): its children are the run."""
    box = el
    while len(kids) == 1 and kids[0].tag in _INLINE_WRAPPERS and not (box.text or "").strip() and not (kids[0].tail or "").strip():
        box = kids[0]
        kids = [k for k in box if isinstance(k.tag, str)]
    if len(kids) < 2 or sum(k.tag == "a" for k in kids) < 2:
        return False
    links = [k for k in kids if k.tag == "a" and not (k.get("href") or "").lower().startswith(("mailto:", "tel:", "#"))]
    linked_chars = sum(len(k.text_content()) for k in links)
    total = len(el.text_content().strip())
    # three links and mostly link text, or nothing but links (a pager: "« August | Oktober »")
    if total and ((len(links) >= 3 and linked_chars >= 0.7 * total) or (len(links) >= 2 and linked_chars >= 0.85 * total)):
        return True
    # a label and its links ("Schlagwörter: a, b, c", "Abgelegt unter: …"): tags, categories
    label, colon, rest = (box.text or "").partition(":")
    return (len(links) >= 2 and bool(colon) and 0 < len(label.strip()) <= 30 and len(links) == len([k for k in kids if k.tag == "a"])
            and not (rest + "".join(k.tail or "" for k in kids)).strip(" ,;|·/\n\t"))


_CALENDAR_TOKEN_RE = re.compile(r"[^\W_]+")
_CALENDAR_WORDS = P.WEEKDAYS | P.STAMP_MONTHS | {"kw", "heute", "today", "zurück", "vor", "weiter", "prev", "next"}


def is_calendar_grid(text: str) -> bool:
    """A month calendar as a plain table: nothing but weekday names, day numbers, a month and a
    year (and pager words), with at least three weekdays and three day numbers."""
    if len(text) > 1200:
        return False
    weekdays = days = 0
    for token in _CALENDAR_TOKEN_RE.findall(text):
        low = token.lower()
        if low in P.WEEKDAYS:
            weekdays += 1
        elif token.isdigit():
            if not (1 <= int(token) <= 31 and token[0] != "0") and not (len(token) == 4 and token[:2] in ("19", "20")):
                return False
            days += 1
        elif low not in _CALENDAR_WORDS:
            return False
    return weekdays >= 3 and days >= 3


class _Block(Protocol):
    text: str
    tag: str
    volatile: bool


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def related_sections(blocks: Sequence[_Block]) -> None:
    """A section under a heading that announces other pages ("Weitere Meldungen", "Das könnte Sie
    auch interessieren", "Ähnliche Artikel": rules.RELATED_HEADING_RE) rotates with what the site
    published elsewhere, whatever its items look like; and a consent banner is no text of the
    page. Both are volatile, except a block with a contact fact (a card that strayed there)."""
    level = 0  # level of the related heading whose section we are in (0: none)
    for block in blocks:
        if block.tag in _HEADING_TAGS:
            own = int(block.tag[1])
            if level and own > level:
                block.volatile = True
                continue
            level = own if P.RELATED_HEADING_RE.match(block.text) else 0
            if level:
                block.volatile = True
        elif (level and not _CONTACT_FACT_RE.search(block.text)) or (len(block.text) <= 400 and P.CONSENT_RE.search(block.text)):
            block.volatile = True
