"""Page -> PageRecord: pure functions, no Scrapy, no network.

Layers, each filling only what is still empty (trafilatura style):
  1. structured data in the page (schema.org JSON-LD, microdata),
  2. heuristics over the visible text lines (patterns.py holds every keyword and regex).

The HTML is walked iteratively (lxml ``iterwalk``), never recursively, so a 10,000-deep
nesting cannot raise RecursionError; libxml2 itself caps the depth it builds.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

import lxml.etree as etree
import lxml.html

from kiwatch.pipelines import patterns as P
from kiwatch.pipelines.content import HTML, PDF, decode_html, sniff_type
from kiwatch.pipelines.normalise import (
    canonical_email,
    canonical_phone,
    canonical_street,
    canonical_text,
    clean_whitespace,
    STREET_HINT_RE,
)
from kiwatch.records import Address, DatedFact, FailureReason, ParentUnit, PageRecord, Person, Phone

__all__ = ["ExtractionError", "extract", "extract_html", "extract_text"]


class ExtractionError(Exception):
    """A page that yields no record; ``reason`` is the stable token stored with the failure."""

    def __init__(self, reason: FailureReason, detail: str):
        super().__init__(f"{reason.value}: {detail}")
        self.reason = reason
        self.detail = detail


# =========================================================================== entry points


def extract(body: bytes, url: str, content_type: str | None = None, charset: str | None = None) -> PageRecord:
    """Record of one fetched body; the type is sniffed from the bytes, headers only help."""
    if not body or not body.strip():
        raise ExtractionError(FailureReason.EMPTY_CONTENT, "empty body (0 bytes)")
    kind = sniff_type(body, content_type)
    if kind == PDF:
        from kiwatch.pipelines.pdftext import pdf_to_text

        return extract_text(pdf_to_text(body), url, page_kind="document")
    if kind == HTML:
        text = decode_html(body, charset)
        if "<" not in text[:4096] and (content_type or "").startswith("text/plain"):
            return extract_text(text, url)
        return extract_html(text, url)
    raise ExtractionError(
        FailureReason.UNSUPPORTED_CONTENT, f"unsupported content (declared {content_type or 'nothing'}, no HTML/PDF signature)"
    )


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
_PARSER = lxml.html.HTMLParser(huge_tree=True, remove_comments=False)


def extract_html(html: str, url: str) -> PageRecord:
    """Record of one HTML page (already decoded)."""
    html = _XML_DECL_RE.sub("", _CONTROL_RE.sub("", html or ""), count=1)
    if not html.strip():
        raise ExtractionError(FailureReason.EMPTY_CONTENT, "empty document")
    try:
        root = lxml.html.document_fromstring(html, parser=_PARSER, base_url=url)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(FailureReason.EMPTY_CONTENT, f"no parsable content: {exc}") from None

    structured = _structured_data(root)
    main_el = _find_main(root)
    walk = _walk(root, main_el)
    all_lines = [b.text for b in walk.blocks]
    main_lines = [b.text for b in walk.blocks if b.in_main] or all_lines
    title = _title(root, main_el)

    visible = sum(len(line) for line in all_lines)
    if visible > P.MAX_VISIBLE_CHARS:
        raise ExtractionError(FailureReason.TOO_LARGE, f"{visible} characters of visible text (limit {P.MAX_VISIBLE_CHARS})")
    _check_soft_error(root, title, all_lines, visible)

    record = PageRecord(url=url, title=title)
    record.page_kind = "news" if structured.is_news or _looks_like_news(root, url) else "page"
    _fill(record, walk.blocks, main_lines, structured, walk.mailtos, walk.tels)
    return record


def extract_text(text: str, url: str, page_kind: str = "page") -> PageRecord:
    """Record of plain text (PDF text layers): same heuristics, no markup."""
    if len(text or "") > P.MAX_VISIBLE_CHARS * 2:
        raise ExtractionError(FailureReason.TOO_LARGE, f"{len(text)} characters of text (limit {P.MAX_VISIBLE_CHARS})")
    lines = _text_lines(text or "")
    if sum(len(line) for line in lines) < P.MIN_VISIBLE_CHARS:
        raise ExtractionError(
            FailureReason.PDF_ERROR if page_kind == "document" else FailureReason.EMPTY_CONTENT,
            "no text layer (scanned or image-only PDF)" if page_kind == "document" else "no visible text",
        )
    blocks = []
    for line in lines:
        bullet = re.match(r"^[•·▪◦●■\-–*]\s+", line)
        blocks.append(_Block(line[bullet.end():] if bullet else line, "li" if bullet else "p", True))
    title = next((b.text for b in blocks if len(b.text) > 3), "")[:200]
    record = PageRecord(url=url, title=canonical_text(title), page_kind=page_kind)
    _fill(record, blocks, [b.text for b in blocks], _Structured(), [], [])
    return record


def _text_lines(text: str) -> list[str]:
    """Lines of a text layer, re-joining layout wraps so a sentence, an address or a list is
    not cut in two: after a line that fills the width and ends without punctuation, a line that
    starts lower-case or with a house number continues it, and so does any line whose first
    word would not have fitted on the line before (German nouns start upper-case)."""
    out: list[str] = []
    lines = clean_whitespace(text).split("\n")
    width = max((len(line) for line in lines), default=0)
    full = 0.75 * width  # a wrapped line fills the width
    prev = ""  # the previous physical line (out[-1] may already be several joined)
    for line in lines:
        if out and len(prev) >= full and not re.search(r"[.:!?;]$", prev) and (
            re.match(r"^(?:[a-zäöüß]|\d{1,3}[a-z]?\b(?![.)]))", line)
            or (len(prev) + 1 + len(line.split(" ", 1)[0]) > width and not P.SECTION_LABEL_RE.match(line))
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        prev = line
    return out


# =========================================================================== record assembly


def _fill(record: PageRecord, blocks: list["_Block"], main_lines: list[str], structured: "_Structured",
          mailtos: list[str], tels: list[str]) -> None:
    lines = [b.text for b in blocks]
    main_text = canonical_text("\n".join(main_lines))
    record.main_text = main_text
    main_sentences = _sentences(main_text)
    all_sentences = main_sentences if lines == main_lines else _sentences(canonical_text("\n".join(lines)))

    # layer 1: structured data; layer 2: heuristics add only items not known yet (JSON-LD often
    # describes just the office, while the people's numbers are in the text)
    record.addresses = _merge(structured.addresses, _addresses(lines), lambda a: a.key)
    record.phones = _merge(structured.phones, _phones(lines, tels), lambda p: (p.number, p.kind))
    record.emails = _merge(structured.emails, _emails(lines, mailtos), lambda e: e)
    rows = [b.cells for b in blocks if b.cells and len(b.cells) >= 2]
    record.people = _merge(structured.people, _people(lines, all_sentences, rows), lambda p: p.name.casefold())
    record.parent_units = _parent_units(lines, all_sentences)
    record.fields_of_action = _fields_of_action(blocks, all_sentences)
    listed = _listed_programmes(blocks)
    record.programmes = listed or _programmes("\n".join(lines))
    record.programmes_listed = bool(listed)
    record.dated_facts = _dated_facts(main_sentences)


def _merge(first: list, second: list, key) -> list:
    seen = {key(item) for item in first}
    return first + [item for item in second if key(item) not in seen and not seen.add(key(item))]


# =========================================================================== HTML walking


@dataclass(slots=True)
class _Block:
    text: str  # whitespace-collapsed text of one block (paragraph, list item, cell, line)
    tag: str  # innermost block element: "p", "li", "h2", "td" …
    in_main: bool  # inside the main content container
    cells: tuple[str, ...] | None = None  # a table row's cell texts, when the row is one block


@dataclass(slots=True)
class _Walk:
    blocks: list[_Block]
    mailtos: list[str]
    tels: list[str]


_SPLIT_TOKENS_RE = re.compile(r"[^a-zäöüß]+")
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _tokens(el) -> list[str]:
    attrs = f"{el.get('class', '')} {el.get('id', '')}".lower()
    return [t for t in _SPLIT_TOKENS_RE.split(attrs) if t]


_KEYWORD_MATCHERS: dict[tuple[str, ...], tuple[frozenset, re.Pattern, re.Pattern]] = {}


def _keyword_hit(tokens: list[str], keywords: tuple[str, ...]) -> bool:
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
        )
        _KEYWORD_MATCHERS[keywords] = matcher
    exact, prefix, infix = matcher
    return any(token in exact or prefix.match(token) or infix.search(token) for token in tokens)


def _is_boilerplate(el, protected: set, in_content: bool) -> bool:
    """Chrome that never carries centre data; weak chrome (sidebars, footers, widgets) is kept
    when it holds contact evidence, since a "Kontakt" box often lives in an <aside>."""
    tag = el.tag
    if tag in P.DROP_TAGS:
        return True
    if el in protected:
        return False
    if el.get("hidden") is not None or el.get("aria-hidden") == "true" or _HIDDEN_STYLE_RE.search(el.get("style", "")):
        return True
    role = (el.get("role") or "").lower()
    tokens = _tokens(el)
    if tag in P.STRONG_BOILERPLATE_TAGS or role in P.STRONG_BOILERPLATE_ROLES:
        return True
    if tokens and _keyword_hit(tokens, P.STRONG_BOILERPLATE_KEYWORDS):
        return True
    if tag == "table" and P.CALENDAR_HEADER_RE.search(" ".join(el.itertext())[:600]):
        return True
    weak = tag in P.WEAK_BOILERPLATE_TAGS or role in P.WEAK_BOILERPLATE_ROLES or (
        tokens and _keyword_hit(tokens, P.WEAK_BOILERPLATE_KEYWORDS)
    )
    if weak:
        if in_content and tag in ("header", "footer"):
            return False  # an article's own header (h1, date) or footer is content
        text = " ".join(el.itertext())  # text_content() glues "Kontakt" to the next line
        # kept whole when it holds a contact box; a calendar inside is dropped on its own
        return not (P.CONTACT_EVIDENCE_RE.search(text) or el.xpath(".//a[starts-with(@href,'mailto:') or starts-with(@href,'tel:')]"))
    return False


def _walk(root, main_el) -> _Walk:
    protected = set(main_el.iterancestors()) | {main_el} if main_el is not None else set()
    body = root.find("body")
    start = body if body is not None else root
    blocks: list[_Block] = []
    mailtos: list[str] = []
    tels: list[str] = []
    buf: list[str] = []
    cells: list[str] = []  # cell texts of the table row being read
    cell_mark: int | None = None  # where the current cell's text starts in buf
    block_stack: list[str] = ["body"]
    main_depth = 0 if main_el is None else None  # None: not inside main yet
    content_depth = 0
    skipping = None

    def flush() -> None:
        nonlocal cell_mark
        row = tuple(cells) if cells and block_stack[-1] == "tr" else None
        cells.clear()
        cell_mark = None
        if buf:
            text = _HSPACE.sub(" ", "".join(buf)).strip()
            buf.clear()
            if text:
                blocks.append(_Block(text, block_stack[-1], main_el is None or main_depth is not None, row))

    walker = etree.iterwalk(start, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if not isinstance(tag, str):  # comment / processing instruction: only its tail is text
            if event == "end" and el.tail:
                buf.append(el.tail)
            continue
        if event == "start":
            if el is main_el:
                main_depth = 1
            if tag in ("article", "main") or el.get("role") == "main":
                content_depth += 1
            if _is_boilerplate(el, protected, content_depth > 0 or main_depth is not None):
                walker.skip_subtree()
                skipping = el
                continue
            if tag in P.BLOCK_TAGS:
                flush()
                block_stack.append(tag)
            if tag == "a":
                href = (el.get("href") or "").strip()
                low = href.lower()
                if low.startswith("mailto:"):
                    mailtos.append(href)
                elif low.startswith("tel:"):
                    tels.append(href[4:])
            elif tag in ("td", "th"):
                cell_mark = len(buf)
            if el.text:
                buf.append(el.text)
        else:
            if el is skipping:
                skipping = None
            elif tag in P.BLOCK_TAGS:
                flush()
                block_stack.pop()
            elif tag in ("td", "th"):
                if cell_mark is not None:  # None when a line break inside the row split it
                    cells.append(_HSPACE.sub(" ", "".join(buf[cell_mark:])).strip())
                    cell_mark = None
                buf.append(" ")
            if tag in ("article", "main") or el.get("role") == "main":
                content_depth = max(0, content_depth - 1)
            if el is main_el:
                flush()
                main_depth = None
            if el.tail:
                buf.append(el.tail)
    flush()
    return _Walk(blocks, mailtos, tels)


_HSPACE = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def _find_main(root):
    for xpath in P.MAIN_CONTENT_XPATHS:
        found = root.xpath(xpath)
        if xpath == "//article" and len(found) != 1:
            continue  # several articles: a teaser list, not one main article
        for el in found:
            if len(el.text_content().strip()) >= P.MIN_VISIBLE_CHARS:
                return el
    return None


def _title(root, main_el) -> str:
    for scope in (main_el, root):
        if scope is None:
            continue
        h1 = scope.find(".//h1")
        if h1 is not None:
            text = _HSPACE.sub(" ", h1.text_content()).strip()
            if text:
                return canonical_text(text)
    title = root.find(".//title")
    if title is not None and title.text:
        return canonical_text(title.text)
    return ""


def _check_soft_error(root, title: str, lines: list[str], visible: int) -> None:
    text = "\n".join(lines)
    if visible < P.MIN_VISIBLE_CHARS:
        everything = _HSPACE.sub(" ", " ".join(t for t in root.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"))).strip()
        if P.SOFT_ERROR_RE.search(everything) or P.SOFT_ERROR_RE.search(title):
            raise ExtractionError(FailureReason.SOFT_ERROR, f"error page: {_snippet(everything or title)}")
        if len(everything) >= P.MIN_VISIBLE_CHARS and P.COOKIE_WALL_RE.search(everything):
            raise ExtractionError(FailureReason.SOFT_ERROR, f"cookie wall only: {_snippet(everything)}")
        raise ExtractionError(FailureReason.EMPTY_CONTENT, f"only {visible} characters of visible text")
    head_title = root.findtext(".//title") or ""
    if P.SOFT_ERROR_RE.search(title) or P.SOFT_ERROR_RE.search(head_title):
        raise ExtractionError(FailureReason.SOFT_ERROR, f"error page title: {_snippet(title or head_title)}")
    if visible <= P.SOFT_ERROR_MAX_CHARS and P.SOFT_ERROR_RE.search(text):
        raise ExtractionError(FailureReason.SOFT_ERROR, f"error page: {_snippet(text)}")


def _snippet(text: str, n: int = 80) -> str:
    text = _HSPACE.sub(" ", text).strip()
    return text if len(text) <= n else text[: n - 1] + "…"


_NEWS_PATH_RE = re.compile(r"/(?:news|aktuelles|aktuell|presse|pressemitteilungen?|meldungen|nachrichten|blog)/|/(?:19|20)\d{2}/\d{1,2}/", re.IGNORECASE)


def _looks_like_news(root, url: str) -> bool:
    if _NEWS_PATH_RE.search(urlsplit(url).path or ""):
        return True
    articles = root.xpath("//article[not(ancestor::article)]")
    if len(articles) == 1:
        art = articles[0]
        return bool(art.xpath(".//time") and art.xpath(".//h1"))
    return False


# =========================================================================== structured data


@dataclass
class _Structured:
    addresses: list[Address] = None  # type: ignore[assignment]
    phones: list[Phone] = None  # type: ignore[assignment]
    emails: list[str] = None  # type: ignore[assignment]
    people: list[Person] = None  # type: ignore[assignment]
    is_news: bool = False

    def __post_init__(self) -> None:
        self.addresses, self.phones, self.emails, self.people = [], [], [], []


_NEWS_TYPES = {"newsarticle", "blogposting", "reportagenewsarticle", "pressrelease"}


def _structured_data(root) -> _Structured:
    out = _Structured()
    items: list[dict] = []
    for script in root.xpath("//script[contains(translate(@type,'LDJSON','ldjson'),'ld+json')]"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:  # iterative: JSON-LD graphs can nest deeply
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(reversed(node))
            elif isinstance(node, dict):
                items.append(node)
                stack.extend(v for v in reversed(list(node.values())) if isinstance(v, (dict, list)))
    items.extend(_microdata_items(root))

    for item in items:
        types = item.get("@type") or item.get("itemtype") or []
        types = [str(t).rsplit("/", 1)[-1].lower() for t in (types if isinstance(types, list) else [types])]
        if _NEWS_TYPES & set(types):
            out.is_news = True
        if "postaladdress" in types:
            street = _first(item.get("streetAddress"))
            if street:
                out.addresses.append(Address(
                    street=canonical_street(street), postal_code=_first(item.get("postalCode")),
                    city=_first(item.get("addressLocality")), raw=street,
                ))
        for key, kind in (("telephone", "phone"), ("faxNumber", "fax")):
            for raw in _as_list(item.get(key)):
                number = canonical_phone(str(raw))
                if number and not any(p.number == number and p.kind == kind for p in out.phones):
                    out.phones.append(Phone(number, kind, str(raw)))
        for raw in _as_list(item.get("email")):
            email = canonical_email(str(raw))
            if email and email not in out.emails:
                out.emails.append(email)
        if "person" in types and item.get("name"):
            name = _HSPACE.sub(" ", _first(item.get("name"))).strip()
            role = _HSPACE.sub(" ", _first(item.get("jobTitle"))).strip()
            if name and not any(p.name == name for p in out.people):
                out.people.append(Person(
                    name=name, role=role, is_head=bool(P.HEAD_ROLE_RE.match(role)),
                    email=canonical_email(_first(item.get("email"))) or "",
                    phone=canonical_phone(_first(item.get("telephone"))) or "",
                ))
    return out


def _first(value) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or ""
    return str(value or "").strip()


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _microdata_items(root) -> list[dict]:
    items = []
    for scope in root.xpath("//*[@itemscope]"):
        item: dict = {"@type": scope.get("itemtype", "")}
        for prop in scope.xpath(".//*[@itemprop]"):
            owner = next(prop.iterancestors(), None)
            while owner is not None and owner.get("itemscope") is None:
                owner = owner.getparent()
            if owner is not scope:
                continue
            value = prop.get("content") or prop.get("href") or prop.get("datetime") or prop.text_content()
            for name in prop.get("itemprop", "").split():
                if name in ("email", "telephone", "faxNumber") and value.lower().startswith(("mailto:", "tel:")):
                    value = value.split(":", 1)[1]
                item.setdefault(name, _HSPACE.sub(" ", value).strip())
        items.append(item)
    return items


# =========================================================================== heuristics: contact


_STREET_SUFFIX_ALT = "|".join(re.escape(s) for s in P.STREET_SUFFIXES)
_STREET = (
    r"(?P<street>(?:(?:[A-ZÄÖÜ][a-zäöüß]+(?:er|e|es|en)|St\.|Sankt|Am|An der|An den|Auf der|Auf dem|Im|In der|Zum|Zur)\s+)?"
    r"(?:[A-ZÄÖÜ][\wäöüß\-]*(?i:" + _STREET_SUFFIX_ALT + r")|Straße|Strasse|Str\.|Platz|Markt|Weg|Allee|Ring|Wall|Gasse|Damm|Ufer)"
    r"\s*\d{1,3}(?:\s?[a-zA-Z](?![\wäöüß.]))?(?:\s*[-–/]\s*\d{1,3}(?:\s?[a-zA-Z](?![\wäöüß.]))?)?)(?![\d.,]\d|\d|\.\d)"
)
_PLZ_CITY = (r"(?P<plz>\d{5})\s+(?P<city>(?:(?:Bad|Sankt|St\.)\s+)?[A-ZÄÖÜ][\wäöüß\-]*"
             r"(?:\s+(?:an der|am|im|in der|a\.\s?d\.)\s+[A-ZÄÖÜ][\wäöüß\-]*)?)")
# A street without a street word ("Am Rathaus 5", "Innenhafen 12"): taken only where a postal
# code and city follow, which tells it from any other word with a number.
_PLACE_STREET = (
    r"(?P<street>(?:(?:Am|An der|An den|Auf der|Auf dem|Im|In der|Zum|Zur|Hinter der|Hinter dem|Vor dem|Unter den)\s+"
    r"[A-ZÄÖÜ][a-zäöüß\-]+(?:\s+[A-ZÄÖÜ][a-zäöüß\-]+)?|(?!(?:Postfach|Zimmer|Raum|Etage|Haus|Gebäude|Telefon|Tel|Fax|Nr)\b)[A-ZÄÖÜ][a-zäöüß\-]+)"
    r"\s*\d{1,3}(?:\s?[a-zA-Z](?![\wäöüß.]))?(?:\s*[-–/]\s*\d{1,3}(?:\s?[a-zA-Z](?![\wäöüß.]))?)?)(?![\d.,]\d|\d|\.\d)"
)
_PLACE_LINE_RE = re.compile(r"^" + _PLACE_STREET + r"\s*,?\s*$")
_PLACE_INLINE_RE = re.compile(r"(?:^|[,:;]\s*)" + _PLACE_STREET + r"\s*,?\s*" + _PLZ_CITY)
_PLZ_HINT_RE = re.compile(r"\d\s*,?\s*\d{5}\s+[A-ZÄÖÜ]")
_STREET_RE = re.compile(_STREET)
_INLINE_ADDRESS_RE = re.compile(_STREET + r"\s*(?:\((?P<label>[^)]{2,60})\))?\s*,?\s*(?:in\s+)?" + _PLZ_CITY)
_CITY_FIRST_RE = re.compile(r"(?:^|[:;]\s*|\bin\s+)(?P<city>[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)?),\s*" + _STREET + r"\s*(?:[,;.)]|$)")
_BARE_ADDRESS_RE = re.compile(r"(?:^|,\s*|:\s*)" + _STREET + r"\s*(?=[,;)]|\s*\(|$)")
_PLZ_CITY_LINE_RE = re.compile(r"^" + _PLZ_CITY + r"\s*$")
_LOCATION_TAIL_RE = re.compile(r"(?:\s+(?:am|an der|im|in|in der|auf dem)\s+[A-ZÄÖÜ][\wäöüß\-]*)+$")
_NOUN_PHRASE_RE = re.compile(
    r"(?:(?P<art>\b[Dd]as|\b[Dd]er|\b[Dd]ie|\b[Dd]em|\b[Dd]en)\s+)?"
    r"(?P<np>(?:[A-ZÄÖÜ][\wäöüß.\-]*\s+(?:und\s+)?)*[A-ZÄÖÜ][\wäöüß.\-]*(?:\s+e\.\s?V\.)?)$"
)


def _label_before(prefix: str) -> str:
    """The unit named right before an address: "das Internationale Zentrum (IZ, " ->
    "Internationales Zentrum"."""
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
    if not words or words[-1] in P.NON_NAME_WORDS and len(words) == 1:
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


def _addresses(lines: list[str]) -> list[Address]:
    found: list[Address] = []

    def add(street: str, plz: str = "", city: str = "", label: str = "", raw: str = "") -> None:
        canonical = canonical_street(street)
        label = re.sub(r"\s+", " ", label).strip(" ,")
        if P.CENTRE_RE.fullmatch(label or "-") is None and re.fullmatch(r"\d{5}.*", label):
            label = ""
        for i, known in enumerate(found):
            if known.key == canonical.casefold():
                found[i] = Address(known.street, known.postal_code or plz, known.city or city, known.label or label, known.raw or raw)
                return
        found.append(Address(canonical, plz, city, label, re.sub(r"\s+", " ", raw).strip()))

    for i, line in enumerate(lines):
        if not STREET_HINT_RE.search(line):
            _place_address(lines, i, add)
            continue
        pending: list[tuple[int, tuple]] = []  # (position, add-arguments): keep page order
        taken: list[tuple[int, int]] = []
        for m in _INLINE_ADDRESS_RE.finditer(line):
            label = (m.group("label") or "").strip()
            if not label or re.search(r"\d{5}", label):
                label = _label_before(line[: m.start()])
            pending.append((m.start(), (m.group("street"), m.group("plz"), m.group("city"), label, m.group(0))))
            taken.append(m.span())
        # street on its own line, postal code + city on the next (or previous) line
        m = _STREET_RE.search(line)
        if m and not taken and line[m.end():].strip(" ,") == "":
            around = [(lines[i + 1] if i + 1 < len(lines) else ""), (lines[i - 1] if i > 0 else "")]
            for j, other in enumerate(around):
                pm = _PLZ_CITY_LINE_RE.match(other)
                if pm:
                    before = line[: m.start()].strip(" ,")
                    prev_idx = i - 1 if j == 0 else i - 2
                    label = _label_before(before) if before else (
                        lines[prev_idx] if prev_idx >= 0 and _is_label_line(lines[prev_idx]) else "")
                    pending.append((m.start(), (m.group("street"), pm.group("plz"), pm.group("city"), label, f"{line}, {other}")))
                    taken.append(m.span())
                    break
        for m in _CITY_FIRST_RE.finditer(line):
            if any(s <= m.start("street") < e for s, e in taken):
                continue
            pending.append((m.start(), (m.group("street"), "", m.group("city"), _label_before(line[: m.start()]), line[m.start("city") : m.end("street")])))
            taken.append(m.span())
        for m in _BARE_ADDRESS_RE.finditer(line):
            if any(s <= m.start("street") < e for s, e in taken):
                continue
            pending.append((m.start(), (m.group("street"), "", "", _label_before(line[: m.start()]), m.group("street"))))
        for _, args in sorted(pending, key=lambda item: item[0]):
            add(*args)
    return found


_DIGIT_RE = re.compile(r"\d")


def _place_address(lines: list[str], i: int, add) -> None:
    """A street without a street word, followed by postal code and city on the same line or
    the next one."""
    line = lines[i]
    if not _DIGIT_RE.search(line):
        return
    if len(line) <= 40 and i + 1 < len(lines):
        m = _PLACE_LINE_RE.match(line)
        pm = _PLZ_CITY_LINE_RE.match(lines[i + 1]) if m else None
        if pm:
            label = lines[i - 1] if i > 0 and _is_label_line(lines[i - 1]) else ""
            add(m.group("street"), pm.group("plz"), pm.group("city"), label, f"{line}, {lines[i + 1]}")
            return
    if _PLZ_HINT_RE.search(line):
        for m in _PLACE_INLINE_RE.finditer(line):
            add(m.group("street"), m.group("plz"), m.group("city"), _label_before(line[: m.start("street")]), m.group(0).lstrip(",:; "))


def _phones(lines: list[str], tels: list[str]) -> list[Phone]:
    found: list[Phone] = []

    def add(raw: str, kind: str) -> None:
        number = canonical_phone(raw)
        if number and not any(p.number == number and p.kind == kind for p in found):
            found.append(Phone(number, kind, re.sub(r"\s+", " ", raw).strip()))

    has_digit = [bool(_DIGIT_RE.search(line)) for line in lines]
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


_EMAIL_PLAIN_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMAIL_OBFUSCATED_RE = re.compile(
    r"[\w.+-]+\s*(?:[\(\[\{]\s*(?:at|ät|@)\s*[\)\]\}]|\s(?:at|AT)\s)\s*[\w-]+"
    r"(?:\s*(?:\.|[\(\[\{]\s*(?:dot|punkt)\s*[\)\]\}]|\s(?:dot|DOT|punkt)\s)\s*[\w-]+)+",
    re.IGNORECASE,
)


_OBFUSCATION_HINT_RE = re.compile(r"[\(\[\{]\s*(?:at|ät|@)\s*[\)\]\}]|\s(?:at|AT)\s", re.IGNORECASE)


def _emails(lines: list[str], mailtos: list[str]) -> list[str]:
    found: list[str] = []
    candidates: list[str] = []
    for line in lines:  # page order, whatever the spelling, so re-obfuscation does not reorder
        hits: list[tuple[int, str]] = []
        if "@" in line:
            hits.extend((m.start(), m.group(0)) for m in _EMAIL_PLAIN_RE.finditer(line))
        if _OBFUSCATION_HINT_RE.search(line):  # cheap pre-check: the full pattern backtracks per word
            hits.extend((m.start(), m.group(0)) for m in _EMAIL_OBFUSCATED_RE.finditer(line) if "@" not in m.group(0))
        candidates.extend(raw for _, raw in sorted(hits))
    candidates.extend(mailtos)  # addresses only behind a link text like "E-Mail schreiben"
    for raw in candidates:
        email = canonical_email(raw)
        if email and email not in found:
            found.append(email)
    return found


# =========================================================================== heuristics: people

# any script's letters after a capital ("Wiśniewski", "Kovačević", "Aydın", "Üstünay")
_UPPER = r"[A-ZÄÖÜÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĞĠĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ]"
_LOWER_RUN = r"(?:[^\W\d_A-ZÄÖÜ]|['’])+"
_NAME_WORD = rf"{_UPPER}{_LOWER_RUN}(?:-{_UPPER}{_LOWER_RUN})?"
_TITLE = r"(?:Prof\.\s*|Dr\.\s*(?:(?:med|phil|rer\.\s*nat|jur)\.\s*)?|Dipl\.-[A-Za-zäöü.-]+\s+|Mag\.\s*)"
_PARTICLE = r"(?:" + "|".join(sorted(P.NAME_PARTICLES)) + r")"
_NAME = rf"(?P<name>{_TITLE}*{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_WORD}){{1,3}})"
_NAME_LINE_RE = re.compile(rf"^(?:(?:Herr|Herrn|Frau)\s+)?{_NAME}\s*$")
_ROLE = r"(?P<role>" + P.ROLE_WORD_RE.pattern + r"(?:\s+(?:des|der|im|vom|für|von)\s+[^,.;:()]+?)?)"
_ROLE_IS_NAME_RE = re.compile(rf"(?:\b(?P<art>Der|Die|der|die)\s+)?(?<![\wäöüß]){_ROLE}\s+ist\s+(?:(?:Herr|Frau)\s+)?{_NAME}(?=\s*[,.;)]|\s+(?:und|sowie)\b|$)")
_ROLE_COMMA_NAME_RE = re.compile(rf"(?<![\wäöüß]){_ROLE},\s+(?:(?:Herr|Frau)\s+)?{_NAME}(?=\s*[,.;)]|\s+(?:und|sowie|teil)\b|$)")
_NAME_COMMA_ROLE_RE = re.compile(rf"(?<![\wäöüß.]){_NAME},\s+(?P<role>(?:[A-ZÄÖÜ][\wäöüß]*s\s+)?" + P.ROLE_WORD_RE.pattern + r"(?:\s+(?:des|der|im|vom|für|von)\s+[^,.;:()]+?)?)\s*(?=[,.;)]|$)")
_ROLE_COLON_NAME_RE = re.compile(
    # "Leitung: Frau Dr. X" or, in a table row read as one line, "Leitung Dr. X"
    rf"^(?:(?P<role>{P.ROLE_WORD_RE.pattern}[^:]{{0,60}}):|(?P<bare>{P.ROLE_WORD_RE.pattern}))\s*(?:(?:Herr|Frau)\s+)?{_NAME}\s*$"
)


# a team list item: "Jörg Braun – Frühkindliche Bildung, Tel.: 0203 …, j.braun@…"
_NAME_DASH_TASK_RE = re.compile(rf"^(?:(?:Herr|Frau)\s+)?{_NAME}\s+[–—-]\s+(?P<role>[^,;:@\d]{{3,100}}?)\s*(?:[,;]|$)")


_CARD_CONTACT_RE = re.compile(r"@|\(at\)|\[at\]|" + P.PHONE_LABEL_RE.pattern + r"|^\+?[\d (]{6}")


def _task_line(line: str) -> bool:
    """A line that can be a person's task area on a team card ("Koordination KOMM-AN NRW"):
    short text without contact data or a label."""
    return (3 <= len(line) <= 100 and not re.search(r"[@;]|\d{3}|\(at\)|\[at\]", line) and not P.PHONE_LABEL_RE.match(line)
            and not line.endswith(":") and not re.match(r"^(?:Anschrift|Adresse|Kontakt|Postanschrift|E-?Mail|Sprechzeiten)\b", line))


def _valid_name(name: str) -> bool:
    words = [w for w in name.split() if not w.endswith(".") and w not in P.NAME_PARTICLES]
    if len(words) < 2:
        return False
    for word in words:
        low = word.lower()
        if word in P.NON_NAME_WORDS or any(low.endswith(s) for s in P.NON_NAME_SUFFIXES):
            return False
    return True


def _role_line(line: str) -> str | None:
    line = line.strip().rstrip(":")
    if len(line) > 120 or re.search(r"@|\d{3}", line):
        return None
    m = P.ROLE_WORD_RE.match(line)
    if m or re.match(r"^(?:stellv\.|stellvertretende[rn]?|kommissarische[rn]?)\s", line, re.IGNORECASE):
        return line
    return None


def _canonical_role(role: str, article: str | None = None) -> str:
    role = re.sub(r"\s+", " ", role).strip(" ,:;")
    first, _, rest = role.partition(" ")
    if (article or "") == "Der" or (article or "") == "der":
        if first in P.ADJECTIVAL_ROLES:
            role = f"{first}r {rest}".strip()
    return role


def _people(lines: list[str], sentences: list[str], rows: list[tuple[str, ...]] = ()) -> list[Person]:
    people: list[Person] = []

    def add(name: str, role: str, email: str = "", phone: str = "") -> None:
        name = re.sub(r"\s+", " ", name).strip()
        if not _valid_name(name):
            return
        role = _canonical_role(role)
        for i, known in enumerate(people):
            if known.name.casefold() == name.casefold():
                new_role = known.role or role
                people[i] = Person(known.name, new_role, bool(P.HEAD_ROLE_RE.match(new_role)), known.email or email, known.phone or phone)
                return
        people.append(Person(name, role, bool(P.HEAD_ROLE_RE.match(role)), email, phone))

    def contact_after(start: int) -> tuple[str, str]:
        email = phone = ""
        for line in lines[start : start + 4]:
            if (_NAME_LINE_RE.match(line) and _valid_name(_NAME_LINE_RE.match(line).group("name"))) or _role_line(line) \
                    or re.match(r"^(?:Anschrift|Adresse|Kontakt|Postanschrift|Besucheradresse)\b", line):
                break  # the next person's or the office's contact data
            if not email:
                m = _EMAIL_PLAIN_RE.search(line) or (_OBFUSCATION_HINT_RE.search(line) and _EMAIL_OBFUSCATED_RE.search(line))
                email = canonical_email(m.group(0)) if m else ""
                email = email or ""
            if not phone:
                found = _phones([line], [])
                phone = next((p.number for p in found if p.kind == "phone"), "")
        return email, phone

    def contact_after_line(text: str) -> tuple[str, str]:
        m = _EMAIL_PLAIN_RE.search(text) or (_OBFUSCATION_HINT_RE.search(text) and _EMAIL_OBFUSCATED_RE.search(text))
        email = (canonical_email(m.group(0)) if m else "") or ""
        phone = next((p.number for p in _phones([text], []) if p.kind == "phone"), "")
        if not phone:  # a bare number in a table cell, without a label
            pm = P.PHONE_NUMBER_RE.search(text)
            phone = (canonical_phone(pm.group(0)) if pm else "") or ""
        return email, phone

    for i, line in enumerate(lines):
        m = _ROLE_COLON_NAME_RE.match(line)
        if m:
            add(m.group("name"), m.group("role") or m.group("bare"), *contact_after(i + 1))
            continue
        m = _NAME_LINE_RE.match(line)
        if not m or not _valid_name(m.group("name")):
            continue
        before = _role_line(lines[i - 1]) if i > 0 else None
        after = _role_line(lines[i + 1]) if i + 1 < len(lines) else None
        # a bare role word above the name is a label (dt/th: "Leitung" / name); otherwise the
        # role line follows the name as on business cards
        if before and (not after or len(before.split()) <= 2):
            add(m.group("name"), before, *contact_after(i + 1))
        elif after:
            add(m.group("name"), after, *contact_after(i + 2))
        else:
            # a team card without a role word: name, task area, then the person's own phone or
            # e-mail ("Anna Beispiel / Koordination KOMM-AN NRW / a.beispiel@…"); the contact
            # data is what makes the line a person and not a heading
            task = lines[i + 1] if i + 1 < len(lines) and _task_line(lines[i + 1]) else ""
            first = i + 2 if task else i + 1
            # the card's own contact data follows at once, not some lines further down
            email, phone = contact_after(first) if first < len(lines) and _CARD_CONTACT_RE.search(lines[first]) else ("", "")
            if email or phone:
                add(m.group("name"), task, email, phone)

    for line in lines:  # "Name – task, Tel.: …, e-mail" in one line (team lists)
        if "–" not in line and "—" not in line and " - " not in line:
            continue
        m = _NAME_DASH_TASK_RE.match(line)
        if m and _valid_name(m.group("name")):
            email, phone = contact_after_line(line)
            if email or phone:
                add(m.group("name"), m.group("role"), email, phone)

    for cells in rows:  # a table row: name in the first cell, task and contact in the others
        m = _NAME_LINE_RE.match(cells[0])
        if not m or not _valid_name(m.group("name")):
            continue
        email, phone = contact_after_line(" ".join(cells[1:]))
        if email or phone:
            task = cells[1] if _task_line(cells[1]) else ""
            add(m.group("name"), task, email, phone)

    for sentence in sentences:
        if not P.ROLE_WORD_RE.search(sentence):
            continue
        for m in _ROLE_IS_NAME_RE.finditer(sentence):
            add(m.group("name"), _canonical_role(m.group("role"), m.group("art")))
        for regex in (_ROLE_COMMA_NAME_RE, _NAME_COMMA_ROLE_RE):
            for m in regex.finditer(sentence):
                add(m.group("name"), m.group("role"))
    return people


# =========================================================================== heuristics: organisation

_KIND_ALT = "|".join(P.UNIT_KINDS)
_KIND_LOWER_ALT = "|".join(k.lower() for k in P.UNIT_KINDS)
_UNIT_NUMBER = r"(?:[IVX]{1,5}\b|\d{1,3}(?:[-./]\d{1,3}){0,4}\b)"
_TARGET_UNIT_RE = re.compile(
    r"\b(?:dem|der|beim|bei der|zum|zur|im|in der|innerhalb des|innerhalb der)\s+(?:neuen\s+)?(?:(?:Geschäfts)?[Bb]ereich\s+)?"
    r"(?P<word>(?:[A-ZÄÖÜ][a-zäöüß]*?(?:" + _KIND_LOWER_ALT + r")|" + _KIND_ALT + r")(?:es|s)?)\b"
    r"(?:\s+(?P<number>" + _UNIT_NUMBER + r"))?"
    r"(?P<rest>\s+(?:für\s|des\s|der\s|im\s|in\s+der\s|[A-ZÄÖÜ])[^.;]*?)?"
    r"(?=\s+(?:als\s+\w+\s+)?(?:zugeordnet|angegliedert|angesiedelt|unterstellt|eingegliedert|zugehörig)\b|\s*[.;]|\s*$)"
)
_OWN_KIND_RE = re.compile(r"\bals\s+(?P<kind>" + _KIND_ALT + r")\b")
_SINCE_RE = re.compile(r"\b(?:[Ss]eit|[Aa]b)\s+(?:dem\s+)?(?P<date>[^,;]{6,25}?\d{4})")
_PRESENT_RE = re.compile(r"\b(?:ist|sind|gehört|gehören)\b")
_CENTRE_SUBJECT_RE = re.compile(r"(?<!\bbeim )(?<!\bbei dem )(?<!\bdem )(?<!\bzum )(?<!\bvom )(?<!\baus dem )(?<!\bdes )(?<!\bim )" + P.CENTRE_RE.pattern)
_FEM_KINDS = {"Abteilung", "Stabsstelle", "Dienststelle"}


def _unit_kind(word: str) -> str:
    low = word.lower()
    for kind in P.UNIT_KINDS:
        k = kind.lower()
        if low.endswith(k) or low.endswith(k + "es") or low.endswith(k + "s"):
            return kind
    return ""


def _unit_word(word: str, kind: str) -> str:
    low, k = word.lower(), kind.lower()
    if not low.endswith(k):  # genitive "Amtes", "Dezernats"
        word = word[: len(word) - (2 if low.endswith(k + "es") else 1)]
    return word


_UNIT_LINE_START_RE = re.compile(r"(?:" + _KIND_ALT + r")\b|[A-ZÄÖÜ][a-zäöüß]+(?:" + _KIND_LOWER_ALT + r")\b")


def _parent_units(lines: list[str], sentences: list[str]) -> list[ParentUnit]:
    units: list[ParentUnit] = []

    def add(unit: ParentUnit) -> None:
        if not any(u.name.casefold() == unit.name.casefold() for u in units):
            units.append(unit)

    # present-tense assignment of the centre itself
    for sentence in sentences:
        if not P.ASSIGNMENT_RE.search(sentence) and not re.search(r"\b(?:ist|sind)\b[^.]*\b(?:beim|bei der)\b", sentence):
            continue
        if P.PAST_OR_FUTURE_RE.search(sentence) or not _PRESENT_RE.search(sentence):
            continue
        subject = _CENTRE_SUBJECT_RE.search(sentence)
        if not subject:
            continue
        target = None
        for m in _TARGET_UNIT_RE.finditer(sentence, subject.end()):
            if P.CENTRE_RE.search(m.group(0)):
                continue
            target = m
            break
        if target is None:
            continue
        kind = _unit_kind(target.group("word"))
        word = _unit_word(target.group("word"), kind)
        number = target.group("number") or ""
        rest = re.sub(r"\s+", " ", target.group("rest") or "").rstrip(" ,")
        target_name = " ".join(p for p in (word, number) if p) + rest
        own = _OWN_KIND_RE.search(sentence)
        if own and own.start() < target.start():
            prep = "in der" if kind in _FEM_KINDS else "im"
            name, kind = f"{own.group('kind')} {prep} {target_name}", own.group("kind")
        else:
            name = target_name
        since = ""
        sm = _SINCE_RE.search(sentence)
        if sm:
            since = next((iso for iso, _ in _dates(sm.group("date"))), "")
        add(ParentUnit(kind=kind, name=name, number=number, since=since))

    # a numbered unit line next to the centre's name in a contact block ("40-2-3 Regionale …")
    for i, line in enumerate(lines):
        if len(line) > 110 or not (line[:1].isdigit() or _UNIT_LINE_START_RE.match(line)):
            continue
        near = lines[max(0, i - 2) : i] + lines[i + 1 : i + 3]
        if not any(P.CENTRE_RE.search(other) and len(other) <= 100 for other in near):
            continue
        m = P.UNIT_NUMBER_LINE_RE.match(line)
        if m and not P.CENTRE_RE.search(line) and not re.search(r"\b(?:Jahre|Uhr|Prozent|Personen)\b", line):
            number = m.group(1)
            words = P.UNIT_KIND_RE.findall(m.group(2))
            kind = _unit_kind(words[0]) if words else P.UNIT_KIND_BY_DEPTH.get(len(re.split(r"[-./]", number)), "Sachgebiet")
            add(ParentUnit(kind=kind or "Sachgebiet", name=f"{number} {m.group(2).strip()}", number=number))
            continue
        # a bare unit line ("Amt für Schule und Bildung") directly next to the centre's name line
        adjacent = lines[max(0, i - 1) : i] + lines[i + 1 : i + 2]
        um = re.match(r"^(?P<word>(?:" + _KIND_ALT + r")\b|[A-ZÄÖÜ][a-zäöüß]+(?:" + _KIND_LOWER_ALT + r"))\s*(?P<number>" + _UNIT_NUMBER + r")?[^@:]{0,80}$", line)
        if um and not P.CENTRE_RE.search(line) and any(P.CENTRE_RE.search(o) and len(o) <= 80 for o in adjacent):
            kind = _unit_kind(um.group("word"))
            if kind:
                add(ParentUnit(kind=kind, name=line.strip(), number=um.group("number") or ""))
    return units


# =========================================================================== heuristics: text facts


def _fields_of_action(blocks: list[_Block], sentences: list[str]) -> list[str]:
    fields: list[str] = []

    def add(value: str) -> None:
        value = P.FIELD_EXAMPLE_RE.sub("", value)
        value = re.sub(r"\s+[-–—]\s+", " - ", re.sub(r"\s+", " ", value)).strip(" ,;.:•-–")
        if 3 <= len(value) <= 120 and value not in fields:
            fields.append(value)

    for i, block in enumerate(blocks):
        if not P.FIELDS_HEADING_RE.search(block.text):
            continue
        if not (block.text.rstrip().endswith(":") or block.tag in ("h1", "h2", "h3", "h4", "h5", "h6", "dt", "th")):
            continue
        for item in blocks[i + 1 :]:
            if item.tag not in ("li", "dd"):
                break
            add(canonical_text(item.text))
    for sentence in sentences:
        if P.FIELDS_HEADING_RE.search(sentence):
            for quoted in P.QUOTED_RE.findall(sentence):
                add(quoted)
    return fields


_PROGRAMMES_RE = re.compile(
    "|".join(f"(?P<p{i}>{'(?i:' if regex.flags & re.IGNORECASE else '(?:'}{regex.pattern}))" for i, (_, regex) in enumerate(P.PROGRAMMES))
)


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "dt", "th"})


def _listed_programmes(blocks: list[_Block]) -> list[str]:
    """The page's own list of programmes: list items (or one "a; b; c" line, as PDF exports
    write a list) after a heading or lead-in that names programmes. Names as written; the
    profile folds known ones to their canonical name (normalise.canonical_programme)."""
    found: list[str] = []
    for i, block in enumerate(blocks):
        text = block.text
        if "rogramm" not in text or not P.PROGRAMMES_HEADING_RE.search(text):
            continue
        if not (text.rstrip().endswith(":") or block.tag in _HEADING_TAGS
                or (len(text) <= 60 and len(text.split()) <= 6 and not re.search(r"[.!?]$", text))):
            continue
        items = []
        for item in blocks[i + 1 :]:
            if item.tag not in ("li", "dd"):
                break
            items.append(item.text)
        if not items and i + 1 < len(blocks) and blocks[i + 1].tag not in _HEADING_TAGS:
            parts = [p.strip() for p in blocks[i + 1].text.split(";")]
            if len(parts) >= 2 and all(2 <= len(p) <= 80 for p in parts):
                items = parts
        for item in items:
            name = canonical_text(item).strip(" .,;:•-–")
            if len(name) > 60:  # "Griffbereit – ein Programm für Familien …": the name is the first part
                name = re.split(r"\s+[-–—]\s+|:\s", name, maxsplit=1)[0].strip()
            if 2 <= len(name) <= 80 and name not in found:
                found.append(name)
    return found


def _programmes(text: str) -> list[str]:
    """Known programme names, in the order of patterns.PROGRAMMES (one pass over the text)."""
    hits = {m.lastgroup for m in _PROGRAMMES_RE.finditer(text)}
    return [name for i, (name, _) in enumerate(P.PROGRAMMES) if f"p{i}" in hits]


def _dates(text: str) -> list[tuple[str, tuple[int, int]]]:
    """ISO dates in German text with their spans, most specific form first."""
    found: list[tuple[str, tuple[int, int]]] = []
    for kind, regex in P.DATE_PATTERNS:
        for m in regex.finditer(text):
            if any(s < m.end() and m.start() < e for _, (s, e) in found):
                continue
            try:
                if kind == "dmy":
                    iso = date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
                elif kind == "d_month_y":
                    iso = date(int(m.group(3)), P.MONTHS[m.group(2).lower()], int(m.group(1))).isoformat()
                elif kind == "iso":
                    iso = date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
                else:
                    iso = f"{int(m.group(2)):04d}-{P.MONTHS[m.group(1).lower()]:02d}"
            except (ValueError, KeyError):
                continue
            found.append((iso, m.span()))
    found.sort(key=lambda item: item[1][0])
    return found


_SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[\"'„“(]?[A-ZÄÖÜ0-9])")


def _sentences(text: str) -> list[str]:
    """Sentences of canonical text; a period after an ordinal ("1. August") or an abbreviation
    does not end one."""
    out: list[str] = []
    for line in text.split("\n"):
        start = 0
        for m in _SENTENCE_END_RE.finditer(line):
            before = line[start : m.start()].split()
            word = before[-1].lower() if before else ""
            if m.group(0) == "." and (word.isdigit() or word in P.ABBREVIATIONS or re.fullmatch(r"[a-zäöü]|(?:[a-z]\.)+[a-z]", word)):
                continue
            out.append(line[start : m.end()].strip())
            start = m.end()
        tail = line[start:].strip()
        if tail:
            out.append(tail)
    return out


_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _dated_facts(sentences: list[str]) -> list[DatedFact]:
    facts: list[DatedFact] = []
    seen: set[tuple[str, str]] = set()
    for sentence in sentences:
        if not _YEAR_RE.search(sentence):
            continue
        dates = _dates(sentence)
        if not dates:
            continue
        reorganisation = bool(P.REORGANISATION_RE.search(sentence))
        for iso, _ in dates:
            if (iso, sentence) not in seen:
                seen.add((iso, sentence))
                facts.append(DatedFact(iso, sentence, reorganisation))
    return facts
