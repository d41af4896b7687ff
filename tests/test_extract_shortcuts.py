"""Shortcuts that make extraction cheaper answer exactly what the long way answers.

The literal gate in front of large rule patterns (kiwatch/pipelines/gate.py) answers exactly
what the pattern answers: same matches, spans, groups and substitutions, on texts made to sit
at the edges (literals split across lines, branches with character classes, a text that holds
a branch's literal but not the rest of it). The main-content candidates found without an XPath
predicate are the elements the XPath found."""

from __future__ import annotations

import random
import re

import lxml.html
import pytest

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract import attribution, institutions
from kiwatch.pipelines.extract.document import CONTROL_RE, PARSER, _main_candidates
from kiwatch.pipelines.extract.page import CONTROL_CHARS
from kiwatch.pipelines.gate import gated, required_literals

OWNERS = attribution._OTHER_OWNER_RE  # gated in the module
PARENS = institutions._OWNER_PAREN_RE

TEXTS = [
    "Pressekontakt: Stadt Wahlheim, Rathausplatz 1",
    "Der Sportverein und die Volkshochschule laden ein.",
    "© 2026 Kreis Lindenau",
    "(c) 2025 Stadt X",
    "(c) Stadt X",  # "(c)" without the year: not an owner
    "Wo? Im Rathaus, Saal 2",
    "Wo ist das Büro?",  # "Wo" and "?" apart
    "Der Fachtag findet am 3. Mai im Rathaus statt.",
    "Der Fachtag ist ausgebucht; er findet statt.",  # the event branch must not reach over ';'
    "Gemeinsam mit dem Caritasverband (Kolpingplatz 1, Tel. 0202 12345) bietet das KI …",
    "Gemeinsam mit dem Caritasverband bietet das KI (Tel. 0202 12345) Beratung an.",
    "Kommunales Integrationszentrum, Am Markt 3, 45881 Lindenau, Tel. 0209 30-4410",
    "im selben Haus: die Schuldnerberatung",
    "Die Bürgermeisterin und der Stellv. Landrat",
    "Bürger-\nservice",
    "",
    "e. V.",
    "Kooperationspartner: AWO, DRK und Caritas e.V.",
    "Der Sprachkurs findet im Saal der Stadtbücherei, Am Markt 2, 45881 Lindenau, statt.",
    "Die Ausstellung ist bis Mai im Foyer zu sehen.",
]


def _same(plain: re.Pattern[str], gate: re.Pattern[str], text: str) -> None:
    for method in ("search", "match", "fullmatch"):
        a, b = getattr(plain, method)(text), getattr(gate, method)(text)
        assert (a is None) == (b is None), (method, text)
        if a is not None and b is not None:
            assert (a.span(), a.groups(), a.group(0)) == (b.span(), b.groups(), b.group(0)), (method, text)
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in gate.finditer(text)], text
    assert plain.findall(text) == gate.findall(text), text
    assert plain.sub("#", text) == gate.sub("#", text), text
    assert plain.subn("#", text) == gate.subn("#", text), text
    assert plain.split(text) == gate.split(text), text
    a, b = plain.search(text, 3), gate.search(text, 3)
    assert (a and a.span()) == (b and b.span()), text


@pytest.mark.parametrize("name", ["owners", "parens", "roles", "events"])
def test_gated_rule_patterns_answer_as_the_plain_pattern(name: str) -> None:
    gate = {"owners": OWNERS, "parens": PARENS, "roles": P.OTHER_ROLE_RE, "events": attribution._EVENT_RE}[name]
    plain = re.compile(gate.pattern, gate.flags)
    assert type(gate) is not re.Pattern  # the rule really is gated
    rng = random.Random(7)
    words = " ".join(TEXTS).split()
    texts = list(TEXTS) + [" ".join(rng.choice(words) for _ in range(rng.randint(1, 25))) for _ in range(300)]
    for text in texts:
        _same(plain, gate, text)


def test_a_branch_pruned_only_where_its_literal_is_missing() -> None:
    # a branch whose literal is present runs; one whose literal is missing cannot match anyway
    items = [f"\\w+{w}\\b" for w in ("verband", "verein", "schule", "bund", "träger", "stiftung", "haus", "amt")]
    plain = re.compile("(?:" + "|".join(items) + ")")
    gate = gated(plain)
    assert type(gate) is not re.Pattern
    for text in ("Der Sportverein", "Die Musikschule und das Bürgeramt", "Verband", "nichts davon", "Sportverein-bund"):
        _same(plain, gate, text)


def test_a_pruned_inner_alternation_leaves_the_other_branches_matching() -> None:
    # the longest alternation sits inside the first of two top-level branches: a text that
    # holds none of its literals may still match the second branch
    items = ["a1", "b1", "c1", "d1", "e1", "f1", "g1", "h1"]
    plain = re.compile("(?:(?:" + "|".join(items) + ")x|zz)")
    gate = gated(plain)
    assert type(gate) is not re.Pattern
    for text in ("zz", "a1x", "a1 zz", "h1", "q"):
        _same(plain, gate, text)


def test_no_gate_where_a_branch_needs_no_literal() -> None:
    assert required_literals(re.compile(r"(?:Presse|\d{5})")) is None
    assert gated(re.compile(r"(?:Presse|\d{5})")).search("45881 Lindenau") is not None
    # case-insensitive parts have no case-sensitive literal: ungated, never wrong
    assert required_literals(re.compile(r"(?i:presse)")) is None
    assert required_literals(re.compile(r"presse", re.IGNORECASE)) is None
    assert gated(re.compile(r"(?:(?i:presse)|Impressum|Herausgeber|a1|b1|c1|d1|e1|f1)")).search("PRESSE") is not None


def test_literals_of_classes_and_branches() -> None:
    dnf = required_literals(re.compile(r"[Pp]ress\b"))
    assert dnf == ((frozenset({"Press", "press"}),),)
    dnf = required_literals(re.compile(r"e\.\s?V\."))
    assert dnf is not None and all(set(conj) == {frozenset({"e."}), frozenset({"V."})} for conj in dnf)


def test_a_capturing_branch_keeps_its_group_numbers() -> None:
    items = ["(a)x", "b", "c", "d", "e", "f", "g", "h", "(i)y"]
    plain = re.compile("(?:" + "|".join(items) + ")(z)")
    gate = gated(plain)
    for text in ("iyz", "axz", "hz", "q"):
        _same(plain, gate, text)


def test_the_control_characters_tested_are_those_the_pattern_removes() -> None:
    # read_html tests for these characters before it runs CONTROL_RE over a whole page
    removed = {chr(c) for c in range(0x110000) if c < 0xD800 or c > 0xDFFF if CONTROL_RE.fullmatch(chr(c))}
    assert set(CONTROL_CHARS) == removed


OLD_MAIN_XPATHS = (
    "//*[@role='main']",
    "//main",
    "//*[@id='content' or @id='main-content' or @id='maincontent' or @id='inhalt' or @id='main']",
    "//article",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' content ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' main-content ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' inhalt ')]",
)


def test_main_content_candidates_are_the_xpaths_elements() -> None:
    html = (
        '<html><body><div class="x\tcontent\n y">a</div><div class=" inhalt">b</div><div class="contentx">c</div>'
        '<div class="content\u00a0x">d</div><div class="main-content">d2</div><div id="main">e</div><div id="Main">e2</div>'
        '<main>f</main><section><main>f2</main></section><p role="main">g</p><div role="Main">h</div>'
        '<article>i</article><div><article>j</article></div></body></html>'
    )
    root = lxml.html.document_fromstring(html, parser=PARSER)
    for xpath, (what, values) in zip(OLD_MAIN_XPATHS, P.MAIN_CONTENT, strict=True):
        expected = root.xpath(xpath)
        assert expected, xpath  # (the page has elements of each kind)
        assert _main_candidates(root, what, values) == expected, xpath


# the predicate forms the attribute-node XPaths replaced (each visited every element of a page)
OLD_CRUMBS = ("//*[@class or @id or @aria-label][" + " or ".join(
    f"contains(@{attr}, '{k}')" for attr in ("class", "id", "aria-label") for k in ("rumb", "RUMB", "rotkr", "ootline")) + "]")

CRUMB_PAGE = (
    '<html><body><nav aria-label="Brotkrümelnavigation"><ol><li>Start</li><li>Rathaus</li></ol></nav>'
    '<div id="breadcrumb" class="navBreadcrumbs"><a>Stadt</a> › <a>Amt 51</a> › <span>KI</span></div>'
    '<div class="rootline"><div class="rootline-inner">A / B</div></div><div id="BREADCRUMB-x">C › D</div>'
    '<div class="pfad">not a trail class</div><p title="breadcrumb">a title is not read</p></body></html>'
)


def test_breadcrumb_elements_are_those_the_predicate_found_in_document_order() -> None:
    from kiwatch.pipelines.extract.unitpaths import _CRUMB_XPATH

    root = lxml.html.document_fromstring(CRUMB_PAGE, parser=PARSER)
    expected = root.xpath(OLD_CRUMBS)
    assert [el.tag for el in expected] == ["nav", "div", "div", "div", "div"]  # (one element with two hits: once)
    assert _CRUMB_XPATH(root) == expected


def test_microdata_properties_are_the_scopes_descendants_never_the_scope_itself() -> None:
    from kiwatch.pipelines.extract.structured import _microdata_items

    html = ('<html><body><div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">KI Muster</span>'
            '<div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">'
            '<span itemprop="streetAddress">Lindenallee 12</span> <span itemprop="postalCode">99998</span></div>'
            '<a itemprop="email" href="mailto:ki@musterstadt.example">schreiben</a></div>'
            '<p itemscope>Telefon <span itemprop="telephone">09999 123-0</span></p></body></html>')
    root = lxml.html.document_fromstring(html, parser=PARSER)
    items = _microdata_items(root)
    assert items == [
        {"@type": "https://schema.org/Organization", "name": "KI Muster", "address": "Lindenallee 12 99998",
         "email": "ki@musterstadt.example"},
        {"@type": "https://schema.org/PostalAddress", "streetAddress": "Lindenallee 12", "postalCode": "99998"},
        {"@type": "", "telephone": "09999 123-0"},  # (a scope without a type is an item too)
    ]


def test_hcards_are_the_elements_with_a_card_class_token() -> None:
    from kiwatch.pipelines.extract.structured import _hcard_items

    html = ('<html><body><div class="vcard-list"><div class="box vcard"><span class="fn">Anna Beispiel</span></div>'
            '<div class="h-card\u00a0x"><span class="p-name">Kai Beispiel</span></div>'
            '<div class="no-vcard"><span class="fn">Jörg Müßig</span></div></div></body></html>')
    root = lxml.html.document_fromstring(html, parser=PARSER)
    assert [item.get("name") for item in _hcard_items(root)] == ["Anna Beispiel", "Kai Beispiel"]


_SURROGATE_RE = re.compile("[\udc80-\udcff]")
_VALID_MULTIBYTE_RE = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _mostly_utf8_by_definition(body: bytes) -> str | None:
    """The rule spelled out: every byte no valid sequence takes becomes a surrogate; more valid
    multi-byte characters than such bytes make it UTF-8 (without those bytes), else not."""
    text = body.decode("utf-8", "surrogateescape")
    invalid = len(_SURROGATE_RE.findall(text))
    if not invalid:
        return text
    return None if len(_VALID_MULTIBYTE_RE.findall(text)) <= invalid else _SURROGATE_RE.sub("", text)


def test_broken_utf8_is_judged_as_by_counting_its_characters() -> None:
    from kiwatch.pipelines.content import _mostly_utf8

    pieces = [b"a", b" ", b"<p>", b"\xc3\xa4", b"\xe2\x82\xac", b"\xf0\x9f\x98\x80", b"\xe4", b"\xfc", b"\x80", b"\xc3",
              b"\xe2\x82", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\xff", b"\xf0\x9f"]
    rnd = random.Random(11)
    bodies = [b"Stra\xdfe 1, 12345 M\xfcnster", "Straße 1, Münster".encode() + b"\xff", b"\xc3\xa4\xe4", b"\xc3\xa4\xe4\xe4"]
    bodies += [b"".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10))) for _ in range(20000)]
    for body in bodies:
        assert _mostly_utf8(body) == _mostly_utf8_by_definition(body), body


@pytest.mark.parametrize(("markup", "chrome"), [
    ("<div>text</div>", False),
    ("<nav>text</nav>", True),  # by its tag alone
    ('<div role="Navigation">text</div>', True),  # by its role alone
    ("<div hidden>text</div>", True),
    ('<div aria-hidden="true">text</div>', True),
    ('<div style="display: none">text</div>', True),
    ('<div hidden class="accordion-body">text</div>', False),  # a collapsed accordion is the page's text
    ('<div hidden role="tabpanel">text</div>', False),
    ('<div class="site-navigation">text</div>', True),  # by a word in its class
    ('<div id="Navigation">text</div>', True),  # ... or in its id
    ('<div class="content">text</div>', False),
    ('<aside class="sidebar">Öffnungszeiten</aside>', True),  # weak chrome without contact evidence
    ('<aside class="sidebar">Kontakt: Tel. 09999 123-0</aside>', False),
    ('<aside><a href="mailto:ki@musterstadt.example">schreiben</a></aside>', False),
])
def test_chrome_is_told_by_tag_role_hidden_and_class_words(markup: str, chrome: bool) -> None:
    from kiwatch.pipelines.extract.boilerplate import is_boilerplate

    root = lxml.html.document_fromstring(f"<html><body>{markup}{markup}</body></html>", parser=PARSER)
    first, second = root.find("body")  # the same class and id twice: the second from the cache
    assert is_boilerplate(first, set(), False) is chrome
    assert is_boilerplate(second, set(), False) is chrome


def test_the_word_before_a_period_is_the_last_word_split_would_give() -> None:
    """sentences_of looks at the word before each period from where the sentence started; walking
    back from the period answers what splitting the whole stretch answers, whitespace of any kind."""
    from kiwatch.pipelines.extract.document import _last_word

    pieces = ["a", "Ab", "1", ".", " ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "(", "„", "-", "z.B.", "Tel."]
    rnd = random.Random(5)
    for _ in range(20000):
        line = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        start = rnd.randint(0, len(line))
        end = rnd.randint(start, len(line))
        words = line[start:end].split()
        assert _last_word(line, start, end) == (words[-1] if words else ""), (line, start, end)


def test_patterns_tied_to_the_end_are_found_in_the_last_words_as_in_the_whole_text() -> None:
    """genitive_attaches looks for a part noun with its name words, and for an apposition, at the
    end of the text before a unit; searching the last five words only finds what searching the
    whole text finds."""
    from kiwatch.pipelines.extract.unitclauses import _APPOSITION_RE, _NAMED_PART_RE, in_last_words

    pieces = ["Team", "Bereich", "Abteilung", "Bildung", "und", "&", "der", "(", "-", "Ab-Cd", " ", "  ", "\t", "\u00a0", "x", "Ü",
              ",", "–", "eine", "ein", "Teil", "amt", ",a"]
    rnd = random.Random(7)
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) + rnd.choice(("", " ", " ")) for _ in range(rnd.randint(0, 14))).rstrip()
        for pattern in (_NAMED_PART_RE, _APPOSITION_RE):
            whole, last = pattern.search(text), in_last_words(pattern, text, 5)
            assert (whole and whole.span()) == (last and last.span()), (pattern.pattern, text)


@pytest.mark.parametrize(("sentence", "unit"), [
    ("Das Kommunale Integrationszentrum wurde 2019 in den Fachbereich 5 verlagert und 2023 dem Dezernat IV zugeordnet.", "Dezernat IV"),
    ("Das KI wurde 2019 in das Amt 40 eingegliedert und 2022 in den Fachbereich Bildung verlagert.", "Fachbereich Bildung"),
])
def test_of_two_changes_in_a_sentence_the_later_one_leaves_the_centre_where_it_is(sentence: str, unit: str) -> None:
    """dated.change_state looks for the goal from the last participle back: the later change's
    goal is the current unit, not the earlier one's."""
    from kiwatch.pipelines.extract import extract_text

    record = extract_text(f"Kommunales Integrationszentrum Musterstadt\n{sentence}\nWir beraten Familien und Schulen.",
                          "https://ki.example/")
    assert [u.name for u in record.parent_units] == [unit]


# the shortcuts of the extraction CPU work (issue 11): each answers what the pattern it stands for answers

FOLD_TEXTS = [
    "Wir sind Teil von Griffbereit und Rucksack KiTa.", "GRIFFBEREIT", "Ruckſack Kita (long s)", "KİM im Kreis",
    "Das Kommunale Integrationsmanagement (KIM) startet.", "kein abschluss ohne anschluss", "KAOA", "Aletta-Haniel-Programm",
    "KOMM-AN NRW", "komm an nrw", "Schule ohne Rassismus", "Einwanderung  gestalten", "nichts davon", "",
    "Stand: 1.2.2020", "Vorstand und Beirat", "STAND 2020", "heute!", "x_heute", "ſtand 2", "İ heute", "Heute\u0307 geöffnet",
    "Zuletzt geändert", "Zähler: 5", "ZÄHLER", "besucherzähler", "Besucherzählerin",
    "deutsch-türkisch", "E-Mail an x-y", "Sprachmittlerin-nen", "Nordrhein-Westfalen", "ab-", "-ab", "aä-öü", "AB-cd", "ab-Cd",
    "am 1.-3. Mai", "www.kreis-lindenau.de", "ab - cd", "ab-c", "a-bc",
]


@pytest.mark.parametrize("text", FOLD_TEXTS + [t.upper() for t in FOLD_TEXTS] + [t.lower() for t in FOLD_TEXTS])
def test_the_programme_stamp_and_hyphen_gates_never_hide_a_match(text: str) -> None:
    from kiwatch.pipelines import normalise as N
    from kiwatch.pipelines.extract import programmes

    assert programmes._may_name_programme(text) or programmes._PROGRAMMES_RE.search(text) is None
    assert N._has_stamp_trigger(text) == (N._STAMP_TRIGGER_RE.search(text) is not None)
    assert N._glued_hyphen_at(text) == (re.search(r"[a-zäöüß]{2}-[a-zäöüß]{2}", text) is not None)


def test_the_programme_gate_lets_most_text_pass_unsearched() -> None:
    from kiwatch.pipelines.extract import programmes

    assert not programmes._may_name_programme("Das Kommunale Integrationszentrum berät Familien und Schulen.")
    assert programmes.find_programmes("Im Programm Rucksack KiTa und bei Griffbereit") == ["Griffbereit", "Rucksack KiTa"]


def test_patterns_of_one_rule_list_share_one_holding_and_remember_it() -> None:
    branches = [f"word{i}\\w*" for i in range(40)]
    one = gated(re.compile("(?:" + "|".join(branches) + ")"))
    two = gated(re.compile("(?:" + "|".join(branches) + ")"))
    assert one._branches is two._branches  # type: ignore[attr-defined]
    text = "a word7x and word8"
    assert [m.group(0) for m in one.finditer(text)] == ["word7x", "word8"]
    assert one._branches(text) == frozenset({7, 8})  # type: ignore[attr-defined]
    assert one._branches("word3") == frozenset({3})  # the memo answers per text  # type: ignore[attr-defined]


SPACED = ["a b", "a  b", "a\tb", " a \n\n b ", "a\u00a0b", "a \u2009 b", "x\u3000y\n  \nz", "a\fb\vc", "Tel.\u202f0201", "", " ",
          "Session abcdef0123456789abcdef01 ende", "id-0123456789-abcdefghij", "kurz12", "a" * 19 + "1", "a" * 20 + "1", "x/" + "a1" * 12]


@pytest.mark.parametrize("text", SPACED)
def test_whitespace_and_token_gates_give_the_substitutions_answers(text: str) -> None:
    import unicodedata

    from kiwatch.pipelines import normalise as N

    plain = N._INVISIBLE_RE.sub("", unicodedata.normalize("NFC", text)).replace("\r\n", "\n").replace("\r", "\n")
    assert N.clean_whitespace(text) == "\n".join(line for line in (N._HSPACE_RE.sub(" ", x).strip() for x in plain.split("\n")) if line)
    assert N._LONG_RUN_RE.search(text) or P.TOKEN_RE.search(text) is None
