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

from kiwatch.pipelines.extract import rules as P
from kiwatch.pipelines.extract.document import Block
from kiwatch.pipelines.extract.grammar import NAME, CentreNames

_DISTRACTOR_RE = re.compile(r"(?:^|(?<=[\s(·|,;:–-]))(?:" + "|".join(P.DISTRACTOR_LABELS) + r")(?![a-zäöüß])")
_DISTRACTOR_START_RE = re.compile(r"^(?:[^\w]{0,3})(?:(?:Unser(?:e|en)?|Die|Der|Das|Ihr(?:e)?)\s+)?(?:" + "|".join(P.DISTRACTOR_LABELS) + r")(?![a-zäöüß])")
_OWN_START_RE = re.compile(r"^(?:" + "|".join(P.OWN_LABELS) + r")(?![a-zäöüß])")
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# a label inside a line, "… · Anbieter dieser Website: Stadt X, …": followed by a colon
_INLINE_LABEL_RE = re.compile(r"(?<=[\s·|,;–-])(?:" + "|".join(P.DISTRACTOR_LABELS) + r")\s*:")
_NAME_LINE_RE = re.compile(r"\s*" + NAME + r"\s*")
_STANDALONE_SPAN = 4  # blocks after a label that stands alone on its line


def mark_foreign(blocks: list[Block], centre: CentreNames) -> list[Block]:
    """The blocks with ``foreign`` set where they belong to someone else; a line with a
    distractor label in its middle is split there."""
    out: list[Block] = []
    heading_level: int | None = None  # level of the distractor heading whose section we are in
    group_until: int | None = None  # paragraph (group) the foreign label line belongs to
    span = 0  # further blocks taken after a label that stood alone
    centre_re = centre.regex
    for block in blocks:
        text = block.text
        level = _HEADINGS.get(block.tag)
        if level is not None:
            group_until, span = None, 0
            if heading_level is not None and level <= heading_level:
                heading_level = None
            if _DISTRACTOR_START_RE.search(text) or (_DISTRACTOR_RE.search(text) and not centre_re.search(text)):
                heading_level = level
                block.foreign = True
                out.append(block)
                continue
            if heading_level is not None:
                block.foreign = True
            out.append(block)
            continue
        if heading_level is not None:
            block.foreign = True
            out.append(block)
            continue
        own = bool(_OWN_START_RE.match(text) or centre_re.match(text) or re.match(r"^[\w\s]{0,20}:\s*(?:" + centre.pattern + ")", text))
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
        if out and out[-1].group == block.group and _NAME_LINE_RE.fullmatch(out[-1].text):
            # a task line under a team member's name ("Geschäftsstelle des Integrationsrates"):
            # the person's work at the centre, not someone else's block
            out.append(block)
            continue
        if _DISTRACTOR_START_RE.match(text) and not own and len(text) > 80 and centre_re.search(text, 40):
            # prose naming both: each sentence belongs to whom it is about
            for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])", text):
                mine = bool(centre_re.search(sentence)) and not _DISTRACTOR_RE.search(sentence)
                out.append(Block(sentence, block.tag, block.in_main, None, block.group, block.volatile, not mine))
            continue
        if _DISTRACTOR_START_RE.match(text) and not own:
            block.foreign = True
            group_until = block.group
            span = _STANDALONE_SPAN if len(text) <= 40 else 0
            out.append(block)
            continue
        m = _INLINE_LABEL_RE.search(text)
        if m and not centre_re.search(text, m.start()):
            out.append(Block(text[: m.start()].rstrip(" ·|,;–-"), block.tag, block.in_main, None, block.group, block.volatile))
            out.append(Block(text[m.start():], block.tag, block.in_main, None, block.group, block.volatile, True))
            group_until = block.group
            continue
        out.append(block)
    return out
