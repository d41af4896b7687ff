"""The document layer: parse HTML, drop boilerplate, read the page as blocks; text lines of a
text layer (PDF); sentences.

The HTML is walked iteratively (lxml ``iterwalk``), never recursively, so a 10,000-deep
nesting cannot raise RecursionError; libxml2 itself caps the depth it builds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from kiwatch.core.errors import ExtractionError
from kiwatch.core.vocab import ExtractionFailureReason
from kiwatch.pipelines import rules as P
from kiwatch.pipelines.columns import reading_order
from kiwatch.pipelines.extract.boilerplate import DROP, KEPT_CHROME, builder_tokens, chrome_kind
from kiwatch.pipelines.extract.listings import appointment_runs, dated_entries, headline_runs, volatile_sections
from kiwatch.pipelines.extract.lists import TEASER_ITEM_TAGS, headline_link, in_teaser_run, is_link_list, related_sections
from kiwatch.pipelines.extract.textlayer import prose_lines, wrapped_lines
from kiwatch.pipelines.normalise import canonical_text, is_stamp

CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
PARSER = lxml.html.HTMLParser(huge_tree=True, remove_comments=False)

# =========================================================================== HTML walking


@dataclass(slots=True)
class Block:
    text: str  # whitespace-collapsed text of one block (paragraph, list item, cell, line)
    tag: str  # innermost block element: "p", "li", "h2", "td" …
    in_main: bool  # inside the main content container
    cells: tuple[str, ...] | None = None  # a table row's cell texts, when the row is one block
    group: int = 0  # blocks of one paragraph (split only by <br>) share a group number
    volatile: bool = False  # inside a list of links to other pages (news/teaser list): not the page's own text
    foreign: bool = False  # inside someone else's block (press office, imprint, partner): see attribution
    chrome: int = 0  # the page chrome kept for its contact evidence that holds it (a number per element; 0: none), see chrome.py
    headline: bool = False  # a heading that is nothing but a link to another page (a teaser's title)


@dataclass(slots=True)
class Walk:
    blocks: list[Block]
    mailtos: list[tuple[str, int]]  # mailto: links with the index of their block
    tels: list[tuple[str, int]]  # tel: links with the index of their block


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LIST_TAGS = frozenset({"ul", "ol", "div", "section", "dl", "p", "table", "tbody"})


def walk_html(root, main_el) -> Walk:
    protected = set(main_el.iterancestors()) | {main_el} if main_el is not None else set()
    body = root.find("body")
    start = body if body is not None else root
    blocks: list[Block] = []
    mailtos: list[tuple[str, int]] = []  # (href, index of the block holding the link)
    tels: list[tuple[str, int]] = []
    buf: list[str] = []
    group = 0
    volatile_el = None  # the link list being read
    cells: list[str] = []  # cell texts of the table row being read
    cell_mark: int | None = None  # where the current cell's text starts in buf
    block_stack: list[str] = ["body"]
    main_depth = 0 if main_el is None else None  # None: not inside main yet
    content_depth = 0
    skipping = None
    chrome_els: list = [None]  # the kept chrome elements we are inside (innermost last)
    chrome_ids: list[int] = [0]  # their numbers
    chrome_count = 0
    builder = builder_tokens(start)  # a page set as builder widgets: its widgets are its text

    def flush() -> None:
        nonlocal cell_mark
        row = tuple(cells) if cells and block_stack[-1] == "tr" else None
        cells.clear()
        cell_mark = None
        if buf:
            if block_stack[-1] == "pre":  # preformatted text keeps its lines (an organigram, a plain-text contact block)
                raw = "".join(buf)
                ordered = reading_order(raw)  # a text layer published with its columns side by side
                lines = (raw if ordered is None else ordered).splitlines()
                buf.clear()
            else:
                lines = None
            for line in lines if lines is not None else ("".join(buf),):
                text = HSPACE.sub(" ", line).strip()
                if text:
                    # a page stamp or counter on its own line changes on each visit: not the page's text
                    blocks.append(Block(text, block_stack[-1], main_el is None or main_depth is not None, row, group,
                                        volatile_el is not None or is_stamp(text), False, chrome_ids[-1]))
            buf.clear()

    # (comments come as events of their own: "Telefon: <!-- -->0201 …" goes on in a comment's tail)
    walker = etree.iterwalk(start, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        tag = el.tag
        if not isinstance(tag, str):  # comment / processing instruction: only its tail is text
            if el.tail:
                buf.append(el.tail)
            continue
        if event == "start":
            if el is main_el:
                main_depth = 1
            if tag in ("article", "main") or el.get("role") == "main":
                content_depth += 1
            kind = chrome_kind(el, protected, content_depth > 0 or main_depth is not None, builder)
            if kind == DROP:
                walker.skip_subtree()
                skipping = el
                continue
            if kind == KEPT_CHROME and tag in P.BLOCK_TAGS:
                chrome_count += 1
                chrome_els.append(el)
                chrome_ids.append(chrome_count)
            if tag in P.BLOCK_TAGS:
                flush()
                block_stack.append(tag)
                if tag != "br":
                    group += 1
                if volatile_el is None and el not in protected and (
                    (tag in _LIST_TAGS and is_link_list(el)) or (tag in TEASER_ITEM_TAGS and in_teaser_run(el))
                ):
                    volatile_el = el
            if tag == "img":
                alt = _said_by_image(el)
                if alt and (main_el is None or main_depth is not None):
                    # an image that says something (an organigram, a chart) says it in its text
                    # alternative: the page's text like a paragraph; a linked image's is the link's
                    flush()
                    blocks.append(Block(alt, "p", True, None, group, volatile_el is not None))
                elif (shown := _address_shown_by_image(el)):
                    buf.append(f" {shown} ")  # an e-mail address set as an image against harvesters: read in its line
            elif tag == "a":
                href = (el.get("href") or "").strip()
                low = href.lower()
                if low.startswith("mailto:"):
                    mailtos.append((href, len(blocks)))
                elif low.startswith("tel:"):
                    tels.append((href[4:], len(blocks)))
            elif tag in ("td", "th"):
                if volatile_el is None and el not in protected and _sole_cell(el) and is_link_list(el):
                    # a layout table's cell of news links (one cell in its row): lines of a link list
                    flush()
                    volatile_el = el
                cell_mark = len(buf)
            if el.text:
                buf.append(el.text)
        else:
            if el is skipping:
                skipping = None
            elif tag in P.BLOCK_TAGS:
                flush()
                block_stack.pop()
                if el is volatile_el:
                    volatile_el = None
                if tag in _HEADING_TAGS and blocks and blocks[-1].tag == tag and headline_link(el):
                    blocks[-1].headline = True
            elif tag in ("td", "th"):
                if el is volatile_el:
                    flush()
                    volatile_el = None
                elif cell_mark is not None:  # None when a line break inside the row split it
                    cells.append(HSPACE.sub(" ", "".join(buf[cell_mark:])).strip())
                    cell_mark = None
                elif buf:
                    # a cell of lines ("<b>NAME</b><br>Leitung"): its last line ends with the cell,
                    # never glued to the next cell's text ("Leitung Tel. …")
                    flush()
                buf.append(" ")
            if tag in ("article", "main") or el.get("role") == "main":
                content_depth = max(0, content_depth - 1)
            if el is main_el:
                flush()
                main_depth = None
            if el is chrome_els[-1]:
                flush()
                group += 1  # (the text after it is no part of its last paragraph)
                chrome_els.pop()
                chrome_ids.pop()
            if el.tail:
                buf.append(el.tail)
    flush()
    blocks, mailtos, tels = wrapped_lines(blocks, mailtos, tels)
    appointment_runs(blocks)
    dated_entries(blocks)
    headline_runs(blocks)
    related_sections(blocks)
    volatile_sections(blocks)
    return Walk(blocks, mailtos, tels)


# a text alternative that describes, not names, the image: several words, not a file name
_IMAGE_TEXT_MIN_WORDS = 6


def _address_shown_by_image(img) -> str:
    """The text alternative of an image that shows an e-mail address ("ki@…", "ki(at)…")."""
    alt = img.get("alt") or ""
    if len(alt) > 80 or not ("@" in alt or "(at)" in alt or "[at]" in alt):
        return ""
    return HSPACE.sub(" ", alt).strip()


def _said_by_image(img) -> str:
    alt = HSPACE.sub(" ", img.get("alt") or "").strip()
    if len(alt) < 30 or alt.count(" ") + 1 < _IMAGE_TEXT_MIN_WORDS:
        return ""
    if any(a.tag == "a" for a in img.iterancestors()):
        return ""
    return alt


def _sole_cell(cell) -> bool:
    row = cell.getparent()
    return row is not None and sum(1 for c in row if c.tag in ("td", "th")) == 1




HSPACE = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_XML_SPACE_RE = re.compile(r"[ \t\r\n]+")  # what XPath's normalize-space() collapses
_CANDIDATES: dict[tuple[str, tuple[str, ...]], etree.XPath] = {}


def _literal(value: str) -> str:
    """An XPath string literal for `value` (XPath 1.0 has no escapes: concat() for both quotes)."""
    if "'" not in value:
        return f"'{value}'"
    if '"' not in value:
        return f'"{value}"'
    return "concat(" + ", \"'\", ".join(f"'{part}'" for part in value.split("'")) + ")"


def _candidates_xpath(what: str, values: tuple[str, ...]) -> etree.XPath:
    """Elements whose attribute `what` equals one of `values` (for "class": contains one of
    them, a superset that the token test narrows). The test runs on the attribute nodes
    (``//@id[…]/..``), so libxml2 visits only the attributes, never every element; the union
    of the parents comes back in document order."""
    xpath = _CANDIDATES.get((what, values))
    if xpath is None:
        test = "contains(., {})" if what == "class" else ". = {}"
        xpath = etree.XPath(f"//@{what}[" + " or ".join(test.format(_literal(v)) for v in values) + "]/..")
        _CANDIDATES[(what, values)] = xpath
    return xpath


def _main_candidates(root, what: str, values: tuple[str, ...]) -> list:
    """Elements in document order whose `what` has one of `values` (rules.MAIN_CONTENT)."""
    if what == "tag":
        return list(root.iter(*values))
    found: list = _candidates_xpath(what, values)(root)
    if what == "class":
        return [el for el in found if not frozenset(values).isdisjoint(_XML_SPACE_RE.split(el.get("class")))]
    return found


def find_main(root):
    for what, values in P.MAIN_CONTENT:
        found = _main_candidates(root, what, values)
        for el in found if values != ("article",) or len(found) == 1 else ():  # several articles: a teaser list
            if len(el.text_content().strip()) >= P.MIN_VISIBLE_CHARS:
                return el
    return None


def page_title(root, main_el) -> str:
    for scope in (main_el, root):
        if scope is None:
            continue
        h1 = scope.find(".//h1")
        if h1 is not None:
            text = HSPACE.sub(" ", h1.text_content()).strip()
            if text:
                return canonical_text(text)
    title = root.find(".//title")
    if title is not None and title.text:
        return canonical_text(title.text)
    return ""


def check_soft_error(root, title: str, lines: list[str], visible: int) -> None:
    text = "\n".join(lines)
    if visible < P.MIN_VISIBLE_CHARS:
        everything = HSPACE.sub(" ", " ".join(t for t in root.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"))).strip()
        if P.SOFT_ERROR_RE.search(everything) or P.SOFT_ERROR_RE.search(title):
            raise ExtractionError(ExtractionFailureReason.SOFT_ERROR, f"error page: {snippet(everything or title)}")
        if len(everything) >= P.MIN_VISIBLE_CHARS and P.COOKIE_WALL_RE.search(everything):
            raise ExtractionError(ExtractionFailureReason.SOFT_ERROR, f"cookie wall only: {snippet(everything)}")
        raise ExtractionError(ExtractionFailureReason.EMPTY_CONTENT, f"only {visible} characters of visible text")
    head_title = root.findtext(".//title") or ""
    if P.SOFT_ERROR_RE.search(title) or P.SOFT_ERROR_RE.search(head_title):
        raise ExtractionError(ExtractionFailureReason.SOFT_ERROR, f"error page title: {snippet(title or head_title)}")
    if visible <= P.SOFT_ERROR_MAX_CHARS and P.SOFT_ERROR_RE.search(text):
        raise ExtractionError(ExtractionFailureReason.SOFT_ERROR, f"error page: {snippet(text)}")


def snippet(text: str, n: int = 80) -> str:
    text = HSPACE.sub(" ", text).strip()
    return text if len(text) <= n else text[: n - 1] + "…"


_NEWS_PATH_RE = re.compile(r"/(?:news|aktuelles|aktuell|presse|pressemitteilungen?|meldungen|nachrichten|blog)/|/(?:19|20)\d{2}/\d{1,2}/", re.IGNORECASE)


def looks_like_news(root, url: str) -> bool:
    if _NEWS_PATH_RE.search(urlsplit(url).path or ""):
        return True
    articles = root.xpath("//article[not(ancestor::article)]")
    if len(articles) == 1:
        art = articles[0]
        return bool(art.xpath(".//h1")) and any(_dates_the_article(t, art) for t in art.iter("time"))
    return False


def _dates_the_article(time_el, art) -> bool:
    """A <time> that is the article's own date: not one of a listing inside it (a link, a teaser
    item beside others: a CMS renders any page as an <article> and may put the site's news in it)
    and not the stamp of its last change, which every page has ("Zuletzt geändert: …")."""
    el = time_el
    block = None
    while el is not None and el is not art:
        if el.tag == "a" or (el.tag in TEASER_ITEM_TAGS and in_teaser_run(el)) or (el.tag in _LIST_TAGS and is_link_list(el)):
            return False
        if block is None and el.tag in P.BLOCK_TAGS:
            block = el
        el = el.getparent()
    line = HSPACE.sub(" ", " ".join((block if block is not None else time_el).itertext())).strip()
    return not (is_stamp(line) and P.MODIFIED_STAMP_RE.search(line))


_SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[\"'„“(]?[A-ZÄÖÜ0-9])")


def _last_word(line: str, start: int, end: int) -> str:
    """`line[start:end].split()[-1]` (or ""), walking back from `end`: slicing and splitting from a
    start that stays put while periods are skipped ("A. B. C. …") costs the square of the line."""
    while end > start and line[end - 1].isspace():
        end -= 1
    begin = end
    while begin > start and not line[begin - 1].isspace():
        begin -= 1
    return line[begin:end]


def sentences_of(text: str) -> list[str]:
    """Sentences of canonical text; a period after an ordinal ("1. August") or an abbreviation
    does not end one."""
    out: list[str] = []
    for line in prose_lines(text.split("\n")):
        start = 0
        for m in _SENTENCE_END_RE.finditer(line):
            word = _last_word(line, start, m.start()).lower().lstrip("([„\"'")  # "(Tel. 0231 …" is no sentence end
            # "Dipl.-Päd.", "Dipl.-Soz.-Päd.": a compound title ends in an abbreviation too
            if m.group(0) == "." and ((word.isdigit() and (len(word) > 3 or not P.SENTENCE_OPENER_RE.match(line, m.end()))) or word in P.ABBREVIATIONS or word.rsplit("-", 1)[-1] in P.ABBREVIATIONS or re.fullmatch(r"[a-zäöü]|(?:[a-z]\.)+[a-z]", word)):
                continue
            out.append(line[start : m.end()].strip())
            start = m.end()
        tail = line[start:].strip()
        if tail:
            out.append(tail)
    return out


# =========================================================================== glued text

_GLUED_PLZ_RE = re.compile(r"(?<=[a-zäöüß.] )(\d{1,3}[a-z]?)(\d{5})(?=\s*[A-ZÄÖÜ])")
_GLUED_LABEL_RE = re.compile(r"(?<=[\wäöüß.)])(?=(?:Tel\.|Tel:|Telefon|Telefax|Fax|E-Mail|Mail:|Mobil|Internet|www\.)\s*[:.]?)")
_CAMEL_RE = re.compile(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ][a-zäöüß])")
#: A word in capitals glued to the next word ("INTEGRATIONSZENTRUMLeitung"): its last capital is no initial.
_CAPS_CAMEL_RE = re.compile(r"(?<=[A-ZÄÖÜ]{4})(?=[A-ZÄÖÜ][a-zäöüß]{2})")
_GLUED_VERB_RE = re.compile(r"(?<=[a-zäöüß]{3})(?=(?:zugeordnet|unterstellt|angegliedert|angesiedelt|eingegliedert)\b)")


def unglue(line: str) -> str:
    """Text that lost its line breaks (PDF text layers, copied flyers): "Am Stadtgarten 1142103
    WahlheimTel.: 0202 …" -> "Am Stadtgarten 11, 42103 Wahlheim Tel.: 0202 …". A line is only
    split where two glued words are evident (twice a lower-case letter followed by a capital,
    or a label glued to the text before it), so "KiTa" alone stays whole."""
    camels = len(_CAMEL_RE.findall(line)) + len(_CAPS_CAMEL_RE.findall(line))
    verbs = len(_GLUED_VERB_RE.findall(line))
    if camels + verbs < 2 and not _GLUED_LABEL_RE.search(line) and not _GLUED_PLZ_RE.search(line):
        return line
    if camels + verbs >= 2:
        line = _CAPS_CAMEL_RE.sub(" ", _CAMEL_RE.sub(" ", line))
        line = _GLUED_VERB_RE.sub(" ", line)
    line = _GLUED_LABEL_RE.sub(" ", line)
    return _GLUED_PLZ_RE.sub(r"\1, \2", line)
