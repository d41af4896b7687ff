"""Whose fact is it: blocks that belong to someone else (a press office, the imprint, the site
owner, a partner institution, the Integrationsrat's office, an event venue) are marked
``foreign``; their addresses, phones, e-mails and heads are not the centre's.

A distractor label opens someone else's block: as a heading, until the next heading that is not
itself a distractor; as a line label ("Pressekontakt:", "Veranstaltungsort: …"), for the rest
of its paragraph (and, when the label stands alone, the paragraphs right after it). A line that
names the centre or one of its own labels (Kontakt, Anschrift, Leitung) takes the text back.
"""

from __future__ import annotations

import re
from itertools import pairwise

from kiwatch.pipelines import rules as P
from kiwatch.pipelines.extract.document import Block, sentences_of
from kiwatch.pipelines.extract.grammar import NAME, CentreNames, split_title, valid_name
from kiwatch.pipelines.extract.institutions import (
    has_contact_fact,
    institutions,
    may_hold_fact,
    names_other_institution,
    owner_parentheses,
    owner_runs,
)
from kiwatch.pipelines.extract.ownership import centre_after, joint_with_centre, own_label_centre
from kiwatch.pipelines.firstchar import led
from kiwatch.pipelines.gate import gated

_DISTRACTOR_RE = re.compile(r"(?:^|(?<=[\s(·|,;:–-]))(?:" + "|".join(P.DISTRACTOR_LABELS) + r")(?![a-zäöüß])")
_DISTRACTOR_START_RE = re.compile(r"^(?:[^\w]{0,3})(?:(?:Unser(?:e|en)?|Die|Der|Das|Ihr(?:e)?)\s+)?(?:" + "|".join(P.DISTRACTOR_LABELS) + r")(?![a-zäöüß])")
_OWN_START_RE = re.compile(r"^(?:" + "|".join(P.OWN_LABELS) + r")(?![a-zäöüß])"
                           # the centre's own site as a label ("Hauptsitz: …", "Außenstelle Süd: …"), not another's ("Außenstelle der …")
                           r"|^(?:" + "|".join(P.OWN_SITE_WORDS) + r")(?:\s+[A-ZÄÖÜ][\w-]*){0,2}\s*:")
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# a label inside a line, "… · Anbieter dieser Website: Stadt X, …": followed by a colon
_INLINE_LABEL_RE = led(re.compile(r"(?<=[\s·|,;–-])(?:" + "|".join(P.DISTRACTOR_LABELS) + r")(?:(?<=:)|\s*:)"))  # ("Ort:" holds its colon)
_NAME_LINE_RE = re.compile(r"\s*" + NAME + r"\s*")
_STANDALONE_SPAN = 4  # blocks after a label that stands alone on its line
#: Where prose that opens with another owner's name passes to the next sentence, or to a clause after a semicolon.
_CLAUSE_CUT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])|(?<=;)\s+(?=[A-ZÄÖÜa-zäöü])")


def mark_foreign(blocks: list[Block], centre: CentreNames) -> list[Block]:
    """The blocks with ``foreign`` set where they belong to someone else; a line with a
    distractor label in its middle is split there."""
    out: list[Block] = []
    heading_level: int | None = None  # level of the distractor heading whose section we are in
    group_until: int | None = None  # paragraph (group) the foreign label line belongs to
    span = 0  # further blocks taken after a label that stood alone
    weak = False  # the distractor heading names another owner (the centre named below takes back)
    own_until = -1  # blocks up to here follow a line that introduces the centre's own items
    centre_re = centre.regex
    queue = _segments(blocks)[::-1]  # (a block cut by owner puts its parts back in front, each read on its own)
    cut_ids: set[int] = set()
    while queue:
        block = queue.pop()
        text = block.text
        level = _HEADINGS.get(block.tag)
        if level is not None:
            group_until, span, own_until = None, 0, -1
            if heading_level is not None and (level <= heading_level or (weak and centre_re.search(text))):
                heading_level = None  # (a sub-heading naming the centre ends another owner's section too)
            if (_DISTRACTOR_START_RE.search(text) and not joint_with_centre(text, centre_re)) or (
                    _DISTRACTOR_RE.search(text) and not centre_re.search(text)):
                heading_level, weak = level, False
                block.foreign = True
                out.append(block)
                continue
            if level > 1 and (_OTHER_OWNER_RE.search(text) or _HEADING_OWNER_RE.search(text)) and not centre_re.search(text):
                # a section headed by another owner ("Jobcenter …", "Unsere Partner", "Für
                # Medienvertreter"); the page's own h1 is the page, never someone else
                heading_level, weak = level, True
                block.foreign = True
                out.append(block)
                continue
            if heading_level is not None:
                block.foreign = True
            out.append(block)
            continue
        if block.foreign:  # given to its owner by a qualified label already (ownership.py)
            out.append(block)
            continue
        if block.cells and any(_DATE_CELL_RE.fullmatch(c) for c in block.cells) and not centre_re.search(text):
            block.foreign = True  # a row of a dated listing (meetings, events): its places are venues
            out.append(block)
            continue
        if heading_level is not None and ((centre_re.search(text) if weak else centre_re.match(text)) or _OWN_VOICE_START_RE.match(text)
                                          or _centre_subject(text, centre_re) or own_label_centre(text, centre_re)) and not (
            _OTHER_OWNER_RE.search(text) or _DISTRACTOR_RE.search(text)
        ):
            # the centre named again under another owner's heading takes its text back (a line
            # that starts with it: "Kommunales Integrationszentrum: Kurt-Schumacher-Straße 30, …"),
            # and so does a line opened in its own voice ("Unser Büro: …", "So erreichen Sie uns")
            heading_level = None
        if heading_level is not None or (
            _SWITCHBOARD_LINE_RE.search(text) and not centre_re.search(text)
            and (not block.in_main or (_ADMINISTRATION_RE.search(text) and not _SENTENCE_RE.search(text)))
            and not _dialled_next(block, queue)
        ):
            # (a footer line with the town hall's switchboard is the site owner's block; in the
            # main text too when it names the whole administration: "Stadtverwaltung X · … · …-0")
            block.foreign = True
            out.append(block)
            continue
        if _SWITCHBOARD_LINE_RE.search(text) and _dialled_next(block, queue):
            out.append(block)
            continue
        if id(block) not in cut_ids and len(out) > own_until and (parts := owner_runs(block, centre_re, has_contact_fact)):
            cut_ids.update(id(p) for p in parts)
            queue.extend(parts[::-1])
            continue
        if _DIAL_THROUGH_RE.search(text) and _SWITCHBOARD_LINE_RE.search(text):
            # "Zentrale: 0234 567-0, Durchwahl -12": the centre's own line through the switchboard
            # (the switchboard number itself is never taken as a phone)
            out.append(block)
            continue
        if not block.in_main and not block.chrome and _SITE_OWNER_START_RE.match(text) and not centre_re.search(text):
            # outside the main text, a block opened by the administration itself ("Stadt X",
            # "Der Landrat", "© 2026 Kreis Y") is the site owner's: its address, its switchboard
            # (kept chrome was read by whom it names already, extract/chrome.py: "Stadt X" above
            # one of its units is a letterhead)
            block.foreign = True
            group_until, span = block.group, 0
            out.append(block)
            continue
        # (also a line whose label names the centre: "Ansprechpartnerin im Kommunalen Integrationszentrum: …")
        own = bool(_OWN_START_RE.match(text) or centre_re.match(text) or re.match(r"^[\w\s]{0,20}:\s*(?:" + centre.pattern + ")", text)
                   or _centre_subject(text, centre_re)
                   or ((lab := _LABEL_RE.match(text)) and centre_re.search(lab.group(0)) and not _DISTRACTOR_RE.search(lab.group(0))))
        if own:
            group_until, span = None, 0
        elif group_until is not None and (block.group == group_until or span > 0):
            if block.group != group_until:
                span -= 1
            block.foreign = True
            out.append(block)
            continue
        else:
            group_until, span = None, 0
        if out and out[-1].group == block.group and _NAME_LINE_RE.fullmatch(out[-1].text) and valid_name(split_title(out[-1].text)[1]) \
                and not (_DISTRACTOR_START_RE.match(text) and _LABEL_RE.match(text)):
            # a task line under a team member's name ("Geschäftsstelle des Integrationsrates"):
            # the person's work at the centre, not someone else's block (a line another owner's
            # label opens with its colon, "Träger: …", is that owner's under any title line)
            out.append(block)
            continue
        cut = _centre_part(text, centre_re) if not own and _DISTRACTOR_START_RE.match(text) else None
        if cut is not None:
            # "Herausgeber: Stadt X, Der Bürgermeister, Kommunales Integrationszentrum, Am Kanal 2b, …": the
            # publisher's line names the centre, and what follows its name is the centre's
            out.append(Block(text[:cut].rstrip(" ,;·|–-"), block.tag, block.in_main, None, block.group, block.volatile, True))
            out.append(Block(text[cut:], block.tag, block.in_main, None, block.group, block.volatile))
            group_until, span = None, 0
            continue
        if _DISTRACTOR_START_RE.match(text) and not own and (len(text) > 80 or _CLAUSE_CUT_RE.search(text)) \
                and (centre_re.search(text, 40) or P.OWN_VOICE_RE.search(text, 40)):
            # prose naming both: each sentence (or clause after a semicolon) belongs to whom it is about (the centre
            # named or speaking: "Die Geschäftsstelle des Integrationsrates ist im Rathaus (…). Uns finden Sie …",
            # "Die Ausländerbehörde gehört zum Amt 33; das KI ist dem Amt 40 zugeordnet.")
            for sentence in _CLAUSE_CUT_RE.split(text):
                mine = bool(centre_re.search(sentence) or P.OWN_VOICE_RE.search(sentence)) and not _DISTRACTOR_RE.search(sentence)
                out.append(Block(sentence, block.tag, block.in_main, None, block.group, block.volatile, not mine))
            continue
        if _DISTRACTOR_START_RE.match(text) and not own:
            block.foreign = True
            group_until = block.group
            span = _STANDALONE_SPAN if len(text) <= 40 else 0
            out.append(block)
            continue
        if text.endswith(":") and (centre_re.search(text) or P.OWN_VOICE_RE.search(text)) and not _OTHER_OWNER_RE.search(text):
            # "Zum Kommunalen Integrationszentrum gehören:", "Unsere Standorte:" — the items after
            # it are the centre's, even a member association ("… e.V., Marienstraße 16a")
            own_until = len(out) + _STANDALONE_SPAN
        m = _INLINE_LABEL_RE.search(text) if not own else None
        if m and (back := centre_re.search(text, m.end())) and has_contact_fact(text[m.end(): back.start()]):
            # "… Veranstaltungsort: Stadthalle, Parkstraße 8 … Anmeldung beim Kommunalen Integrationszentrum, Kirchplatz 5":
            # the label's part runs up to the centre named again
            pieces = [(text[: m.start()].rstrip(" ·|,;–-"), False), (text[m.start(): back.start()], True), (text[back.start():], False)]
            out.extend(Block(t, block.tag, block.in_main, None, block.group, block.volatile, f) for t, f in pieces)
            continue
        if not own and len(out) > own_until and (_OTHER_OWNER_RE.search(text) or ((_LABEL_RE.match(text) or may_hold_fact(text)) and names_other_institution(text, centre_re))):
            if len(_LABEL_ANY_RE.findall(text)) >= 2:
                parts = _labelled_parts(block, centre_re)
                if len(parts) > 1:
                    out.extend(parts)
                    continue
            label = _LABEL_RE.match(text)
            if label and (_OTHER_OWNER_RE.search(label.group(0)) or names_other_institution(label.group(0), centre_re)) \
                    and not centre_re.search(label.group(0)) and not centre_after(text, label.end(), centre_re):
                # "Ebenfalls im Haus: …", "Venue: …", "Diese Seite wird betreut von: …" (not "Geschäftsführung
                # des Integrationsrates: Kommunales Integrationszentrum, …": the centre holds what the label names)
                block.foreign = True
                # a switchboard is one number on its own line ("Telefon (Zentrale): 02351 17-0"):
                # the lines after it are not its block
                group_until = None if _SWITCHBOARD_LABEL_RE.search(label.group(0)) else block.group
                # the blocks after it only when the label stands alone ("Unsere Partner:")
                span = _STANDALONE_SPAN if len(text) - label.end() <= 3 and group_until is not None else 0
                out.append(block)
                continue
            if "(" in text:
                owner_parentheses(block, out, centre_re)
                text = block.text
            if has_contact_fact(text):
                # (a line naming an institution inside the centre's own card names the building
                # it sits in: "Kommunales Integrationszentrum / Zentrum für Bildung, Bahnhofstraße 12")
                card = any(b.group == block.group and _names_centre(centre_re, b.text) for b in out[-4:])
                out.extend(_owned_sentences(block, centre_re, card))
                continue
        m = _INLINE_LABEL_RE.search(text)
        if m and not centre_re.search(text, m.start()):
            out.append(Block(text[: m.start()].rstrip(" ·|,;–-"), block.tag, block.in_main, None, block.group, block.volatile))
            out.append(Block(text[m.start():], block.tag, block.in_main, None, block.group, block.volatile, True))
            group_until = block.group
            continue
        out.append(block)
    return out


# a paragraph opened by the centre as its subject: "Das KI unterstützt …", "Das Kommunale Integrationszentrum berät …"
_SUBJECT_ARTICLE_RE = re.compile(r"\W{0,3}(?:[Dd]as|[Dd]ie|[Dd]er|[Uu]nser(?:e|em)?)\s+(?:[A-ZÄÖÜ]?[a-zäöüß]+e[nmrs]?\s+)?")


def _centre_subject(text: str, centre_re: re.Pattern[str]) -> bool:
    """The block opens with the centre as the subject of its first sentence."""
    m = _SUBJECT_ARTICLE_RE.match(text)
    return bool(m and centre_re.match(text, m.end()))


def _dialled_next(block: Block, queue: list[Block]) -> bool:
    """The line after a switchboard line, in its paragraph, gives only an extension to dial through
    it ("Telefonzentrale: 0234 567-0" / "Kommunales Integrationszentrum: Durchwahl -12"): the
    switchboard line stays with it (its own number is never taken as a phone)."""
    nxt = queue[-1] if queue else None
    return bool(nxt is not None and nxt.group == block.group and _DIAL_THROUGH_RE.search(nxt.text)
                and not P.PHONE_NUMBER_RE.search(nxt.text))


_SWITCHBOARD_LABEL_RE = re.compile(r"(?i:Zentrale|Vermittlung|Switchboard|Behördennummer|Behördenruf)")
_DIAL_THROUGH_RE = led(re.compile(r"\b(?:Durchwahl|DW|Apparat|App\.|Nebenstelle)\b"))
_SWITCHBOARD_LINE_RE = led(re.compile(r"\b0\d{2,5}[ /]*\d{1,4}\s*[-–]\s*0\b(?!\d)|\b(?:Zentrale|Vermittlung|Telefonzentrale)\b"))
_DATE_CELL_RE = re.compile(r"\s*(?:\w{2,3}\.?,?\s*)?\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{2}|\d{4})?\s*(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?\s*")
_ADMINISTRATION_RE = re.compile(r"\b(?:Stadtverwaltung|Kreisverwaltung|Gemeindeverwaltung|Stadt|Kreis|Gemeinde|Rathaus|Kreishaus"
                                r"|City|Town|County|Municipality)\b")
_SITE_OWNER_START_RE = re.compile(
    r"^\W{0,3}(?:(?:©|\([Cc]\)|Copyright)\s*(?:\d{4}\s*)?)?(?:Stadt|Kreis|Gemeinde|Stadtverwaltung|Kreisverwaltung|Gemeindeverwaltung"
    r"|(?:Der|Die)\s+(?:Oberbürgermeister(?:in)?|Bürgermeister(?:in)?|Landr(?:at|ätin))|City\s+of|Town\s+of|County)\b"
)
_SEGMENT_RE = re.compile(r"\s+[·|]\s+")


def _segments(blocks: list[Block]) -> list[Block]:
    """A line of several parts ("Bürgerservice: 115 · Zentrale: … · KI direkt: …") is cut where a
    part opens someone else's block or names the centre again, so each run of parts goes to
    whom its first part names; other parts stay together (a footer's "Straße · PLZ Ort")."""
    out: list[Block] = []
    for block in blocks:
        text = block.text
        if block.tag in _HEADINGS or not (" · " in text or " | " in text):
            out.append(block)
            continue
        parts = _SEGMENT_RE.split(text)
        runs: list[list[str]] = [[parts[0]]]
        for part in parts[1:]:
            if _DISTRACTOR_START_RE.match(part) or _CENTRE_START_RE.match(part):
                runs.append([part])
            else:
                runs[-1].append(part)
        if len(runs) == 1:
            out.append(block)
            continue
        first = True
        for run in runs:
            # the first run keeps the block's identity: links read in it keep their index
            out.append(block if first else Block(" · ".join(run), block.tag, block.in_main, None, block.group, block.volatile, block.foreign))
            if first:
                block.text = " · ".join(run)
                first = False
    return out


_CENTRE_START_RE = re.compile(r"^(?:" + "|".join(P.CENTRE_WORDS) + r")\b")
# a line opened in the centre's own voice with one of its own places or a contact label
_OWN_VOICE_START_RE = re.compile(r"^\W{0,3}(?:Unser(?:e[mnrs]?)?\s+(?:" + "|".join(P.OWN_PLACE_WORDS) + r"|Adresse|Anschrift|Kontakt\w*)\b"
                                 r"|So\s+(?:erreichen|finden)\s+Sie\s+uns|Sie\s+(?:erreichen|finden)\s+uns)")


_OTHER_OWNER_RE = gated(re.compile(r"(?:" + "|".join(P.OTHER_OWNERS) + r")"))
_FUNDING_RE = re.compile(r"(?:" + "|".join(P.FUNDING_PHRASES) + r")")
_EVENT_RE = gated(re.compile(r"(?:" + "|".join(P.EVENT_PLACES) + r")"))
_HEADING_OWNER_RE = gated(re.compile(r"(?:" + "|".join(P.HEADING_OWNERS) + r")"))
_LABEL_RE = re.compile(r"^[^:.!?]{2,60}:(?!\d)")
_CENTRE_PRONOUN_RE = re.compile(r"\b(?:" + "|".join(P.CENTRE_PRONOUNS) + r")\b")
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])")


def _owned_sentences(block: Block, centre_re: re.Pattern[str], centre_card: bool = False) -> list[Block]:
    """Each sentence of a block goes to whom it names: one that names another owner ("Die
    Flüchtlingshilfe des Caritasverbandes (Tel. …)", "Der Fachtag findet … statt") and neither
    the centre nor its own voice ("wir", "uns") is that owner's. A block of one sentence keeps
    its identity (links read in it keep their index)."""
    sentences = sentences_of(block.text) or [block.text]  # not after "e. V.", "Dr.", "1."
    if ";" in block.text:  # clauses after a semicolon go to whom they are about, too (each read as a sentence)
        sentences = [c[:-1] + "." if c.endswith(";") else c for s in sentences for c in _CLAUSE_END_RE.split(s) if c]

    def mine(sentence: str) -> bool:
        return bool(_names_centre(centre_re, sentence) or P.OWN_VOICE_RE.search(sentence) or _CENTRE_PRONOUN_RE.search(sentence))

    def institution_owns(sentence: str) -> bool:
        # (an institution's name owns the facts after it in its own sentence only: named in
        # descriptive text, "Wir beraten Kitas und Schulen", it opens no block of its own)
        spans = institutions(sentence, centre_re) if not centre_card else []
        return bool(spans) and has_contact_fact(sentence[spans[0][0]:])

    def foreign(sentence: str) -> bool:
        return bool((_OTHER_OWNER_RE.search(sentence) or institution_owns(sentence)) and has_contact_fact(sentence) and not mine(sentence))

    if len(sentences) == 1:
        block.foreign = foreign(block.text)
        return [block]
    marks: list[bool] = []
    owner_before = False  # the sentence before named another owner (and not the centre)
    last_other = False  # the sentence before named another owner after the centre ("Neben dem KI berät der JMD")
    for sentence in sentences:
        strong = bool(_OTHER_OWNER_RE.search(sentence)) and not mine(sentence)
        named = strong or (institution_owns(sentence) and not mine(sentence))
        # a sentence naming nobody continues the one before: "Barrieren gefunden? Schreiben Sie an …";
        # one opened by a pronoun continues whom the sentence before named last ("Er ist in der …")
        back = bool(_BACK_REFERENCE_RE.match(sentence)) and last_other and not mine(sentence)
        marks.append(has_contact_fact(sentence) and (named or back or (owner_before and not mine(sentence))))
        last_other = _names_other_last(sentence, centre_re)
        # (an event's place owns only its own sentence: the registration after it is the organiser's)
        venue_only = strong and bool(_EVENT_RE.search(sentence)) and not _OTHER_OWNER_RE.search(_EVENT_RE.sub(" ", sentence))
        # (nor a funder's: "Gefördert vom Land NRW. Kontakt: …" is the centre's contact)
        funder_only = strong and bool(_FUNDING_RE.search(sentence)) and not has_contact_fact(sentence)
        owner_before = (strong and not venue_only and not funder_only) or (owner_before and not mine(sentence) and not has_contact_fact(sentence))
    if not any(marks):
        return [block]
    return [Block(sentence, block.tag, block.in_main, None, block.group, block.volatile, mark)
            for sentence, mark in zip(sentences, marks, strict=True)]


# a sentence that goes on about whom the sentence before named: a personal or demonstrative pronoun
# as its subject ("Er ist …", "Dort …", "Diese erreichen Sie …"), never the polite "Sie erreichen …"
# (lower case after a semicolon: "…; sie ist unter … zu erreichen")
_BACK_REFERENCE_RE = re.compile(r"\W{0,3}(?:(?:[Ee]r|[Ee]s|[Dd]ieser|[Dd]iese|[Dd]ieses|[Dd]ort|[Dd]essen|[Dd]eren|[Ss]eine?|sie)\b"
                                r"|Sie\s+(?=ist|sind|hat|haben|befindet|liegt|sitzt|bietet|berät))")
_CLAUSE_END_RE = re.compile(r"(?<=;)\s+")


def _centre_part(text: str, centre_re: re.Pattern[str]) -> int | None:
    """Where a line opened by someone else's label goes on with the centre's own contact facts: the
    centre named in the same sentence, and after its name contact facts and no other owner."""
    for m in centre_re.finditer(text):
        if m.group(0).endswith("zentren") or m.start() == 0:
            continue
        rest = text[m.start():]
        if (_SENTENCE_RE.search(text, 0, m.start()) or not has_contact_fact(rest) or _OTHER_OWNER_RE.search(rest)
                or _DISTRACTOR_RE.search(rest)):
            return None
        return m.start()
    return None


def _names_centre(centre_re: re.Pattern[str], text: str) -> bool:
    """The text names the centre itself, not the centres of the whole state ("Landesweite
    Koordinierungsstelle Kommunale Integrationszentren")."""
    return any(not m.group(0).endswith("zentren") for m in centre_re.finditer(text))


def _names_other_last(sentence: str, centre_re: re.Pattern[str]) -> bool:
    """Another owner is the last one the sentence names (after any mention of the centre)."""
    others = [m.start() for m in _OTHER_OWNER_RE.finditer(sentence)]
    if not others:
        return False
    mine = [m.start() for m in centre_re.finditer(sentence) if not m.group(0).endswith("zentren")]
    return not mine or others[-1] > mine[-1]


# a label inside a line of labelled parts ("Wann? Samstag … Wo? Kulturzentrum …, Spinnereistraße
# 14 Veranstalter: Kommunales Integrationszentrum, Tel. …"): one to three words and ':' or '?'
_LABEL_ANY_RE = re.compile(r"(?:^|(?<=[\s·|,;]))[A-ZÄÖÜ][\wäöüß.-]*(?:\s+[\wäöüß.-]+){0,2}\s*[:?](?=\s|$)")


def _labelled_parts(block: Block, centre_re: re.Pattern[str]) -> list[Block]:
    """A line of several labelled parts cut where a part's label names another owner, so each
    part goes to whom its label names; the block itself when no label does."""
    starts = [m.start() for m in _LABEL_ANY_RE.finditer(block.text)]
    bounds = [0, *(s for s in starts if s > 0), len(block.text)]
    parts = [block.text[a:b].strip() for a, b in pairwise(bounds)]
    marks = []
    for part in parts:
        label = _LABEL_ANY_RE.match(part)
        marks.append(bool(label and (_OTHER_OWNER_RE.search(label.group(0)) or _DISTRACTOR_RE.search(label.group(0)))
                          and not centre_re.search(label.group(0))))
    if not any(marks):
        return [block]
    return [Block(part, block.tag, block.in_main, None, block.group, block.volatile, mark)
            for part, mark in zip(parts, marks, strict=True) if part]
