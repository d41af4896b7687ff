"""What runs in an extraction worker process: fetch result in, small answer out.

Kept apart from the sink (crawlers/sink.py) so that what a worker runs needs the extractor and
nothing of storage or Scrapy. The answer carries no
body back (the sink still holds it) and no record when the page says what its current
snapshot says (`expected`), which is what a re-crawl finds for almost every page. When the
document layer reads exactly what the current snapshot was read from (its reading key, see
extract/reading.py) the field rules are not run at all: the record would be the snapshot's.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import os
import re
import signal
import time
from dataclasses import dataclass, fields, is_dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from kiwatch.core.errors import ExtractionError
from kiwatch.core.lazy import is_loaded, lazy_module, load
from kiwatch.core.vocab import ExtractionFailureReason, FetchOutcome
from kiwatch.pipelines.content import PDF, sniff_type
from kiwatch.pipelines.fingerprint import extractor_fingerprint
from kiwatch.pipelines.pdftext import enter_sandbox
from kiwatch.records import FetchResult, PageRecord, without_raw

if TYPE_CHECKING:
    from kiwatch.pipelines import patterncache
    from kiwatch.pipelines.extract import page as extraction
    from kiwatch.pipelines.extract import reading
else:
    # the crawl process imports this module for body_key and content_hash, but extracts only
    # when it has no workers: the extractor loads in the workers (start_worker), not there
    extraction = lazy_module("kiwatch.pipelines.extract.page")
    reading = lazy_module("kiwatch.pipelines.extract.reading")
    patterncache = lazy_module("kiwatch.pipelines.patterncache")  # (platformdirs: not for the crawl process)

log = logging.getLogger(__name__)


def extract_result(result: FetchResult, hints: dict[str, str] | None = None) -> tuple[FetchResult, PageRecord | None]:
    """The page record of a successful fetch, or the fetch turned into a failure with the
    extraction's reason (empty page, soft error page, broken PDF); ``hints`` are the centre's
    site hints from the registry."""
    if result.outcome is not FetchOutcome.OK:
        return result, None
    out = _read_and_fill(result, hints, None)
    if out.failure is not None:
        return out.apply(result), None
    return result, out.record


def _read_and_fill(result: FetchResult, hints: dict[str, str] | None, known_key: str | None) -> Extracted:
    """The document layer, then the field rules unless the page reads as `known_key` (the
    answer then has no record and `reused` set)."""
    answer = Extracted()
    try:
        read = extraction.read(result.body or b"", result.url, result.content_type, result.charset)
        answer.reading_key = reading.reading_key(read, hints)
        if answer.reading_key is not None and answer.reading_key == known_key:
            answer.reused = True
        else:
            answer.record = extraction.fill(read, hints)
    except ExtractionError as exc:
        answer.failure = (FetchOutcome.FAILED, exc.reason, exc.detail)
    except Exception as exc:  # an extractor bug must cost one page, not the crawl
        log.exception("extraction of %s failed", result.url)
        answer.failure = (FetchOutcome.FAILED, ExtractionFailureReason.EXTRACTION_ERROR, f"{type(exc).__name__}: {exc}")
    if answer.failure is not None:
        answer.reading_key = None
    return answer


def content_hash(record: PageRecord) -> str:
    """Hash of what the page says, not of its bytes or its URL, so that noise-only markup and
    spellings do not count as a new version."""
    try:
        data = _plain(record)
    except _Unusual:  # a value the direct walk does not know: the general (slower) path
        data = without_raw(record.to_json())
    assert isinstance(data, dict)
    data.pop("url", None)
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


class _Unusual(Exception):
    pass


_FIELDS: dict[type, tuple[str, ...]] = {}
_LEAVES = (str, bool, int, float, type(None))  # (str covers the StrEnum kinds: json writes their value)


def _plain(value: object) -> object:
    """`without_raw(asdict(value))` for a record — dataclasses, lists and plain values — without
    asdict's deep copy (a third of a worker's hashing): a dataclass becomes the dict of its
    fields but "raw". Anything else raises _Unusual."""
    if isinstance(value, _LEAVES):
        return value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    names = _FIELDS.get(type(value))
    if names is None:
        if not is_dataclass(value) or isinstance(value, type):
            raise _Unusual(type(value).__name__)
        names = _FIELDS[type(value)] = tuple(f.name for f in fields(value))
    return {name: _plain(getattr(value, name)) for name in names if name != "raw"}


def body_key(result: FetchResult, hints: dict[str, str] | None) -> str:
    """Identity of everything extraction reads: the bytes (of a PDF, without the stamps every
    export rewrites: `pdf_without_stamps`), the declared type and charset, the centre's hints
    and the extractor's code (a new extractor re-reads every page once)."""
    h = hashlib.sha256()
    h.update(f"{extractor_fingerprint()}\x1f{result.content_type}\x1f{result.charset}\x1f".encode())
    h.update(json.dumps(hints or {}, sort_keys=True).encode())
    h.update(b"\x1f")
    body = result.body or b""
    h.update(pdf_without_stamps(body) if sniff_type(body, result.content_type) == PDF else body)
    return h.hexdigest()


# What a PDF export rewrites on every publish although the text stays: the producer's name and
# version, the creation and modification dates of the document information dictionary, and
# the file identifier in the trailer. The text layer (pdftext: pypdf's extract_text of the
# pages) never reads them; the identifier only decrypts, so an encrypted PDF keeps it.
_PDF_STAMP_RE = re.compile(rb"/(?:Producer|Creator|CreationDate|ModDate)\s*(\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f\s]*>)", re.S)
_PDF_ID_RE = re.compile(rb"/ID\s*\[\s*(<[0-9A-Fa-f\s]*>\s*<[0-9A-Fa-f\s]*>)\s*\]")
_PDF_STAMP_WORDS = (b"/Producer", b"/Creator", b"/CreationDate", b"/ModDate", b"/ID")
# a classic cross-reference table: "xref", subsections "first count", entries of 20 bytes
_XREF_HEAD_RE = re.compile(rb"xref[ \t]*\r?\n")
_XREF_SECTION_RE = re.compile(rb"(\d+) (\d+)[ \t]*\r?\n")
_XREF_ENTRY_RE = re.compile(rb"(\d{10}) (\d{5}) ([nf])(?: \r| \n|\r\n)")
_STARTXREF_RE = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")


def pdf_without_stamps(body: bytes) -> bytes:
    """What pypdf reads of a PDF, without the values of its stamps (`_PDF_STAMP_RE`,
    `_PDF_ID_RE`): two exports that differ only there give the same bytes here, and read the
    same text. The values are blanked to NULs of their length, so every other byte and every
    offset stays compared; a PDF of one classic cross-reference table whose entries all point at
    their objects is given as its objects in order, without the offsets and the stamps' values
    (`_objects_without`), so a stamp of another length is the same too. A value the pattern
    does not take whole (a string with parentheses inside, a compressed information
    dictionary) stays as it is."""
    if b"/Encrypt" in body or not any(word in body for word in _PDF_STAMP_WORDS):
        return body
    stamps = sorted(m.span(1) for regex in (_PDF_STAMP_RE, _PDF_ID_RE) for m in regex.finditer(body))
    if not stamps or any(a[1] > b[0] for a, b in pairwise(stamps)):
        return body
    objects = _objects_without(body, stamps)
    if objects is not None:
        return objects
    out, pos = [], 0
    for start, end in stamps:
        out += [body[pos:start], b"\0" * (end - start)]
        pos = end
    out.append(body[pos:])
    return b"".join(out)


def _objects_without(body: bytes, stamps: list[tuple[int, int]]) -> bytes | None:
    """The PDF as: the bytes before its first object, then each object in the order of the
    file — its number, generation and bytes up to the next object —, the table without the
    offsets of its entries in use, and the trailer without the table's offset; the stamps'
    values left out, every part preceded by its length. None unless the PDF has exactly one table (no update
    sections, no cross-reference stream), "startxref" at its end naming it, every entry in use
    pointing at "N G obj" of its own number and generation, and no stamp across two parts: then
    pypdf reads each object where the table says, and equal answers here are equal objects."""
    tail = _STARTXREF_RE.search(body, max(0, len(body) - 64))
    if tail is None or body.count(b"startxref") != 1 or b"/Prev" in body or b"/XRefStm" in body:
        return None
    table = int(tail.group(1))
    head = _XREF_HEAD_RE.match(body, table)
    if head is None:
        return None
    pos, offsets, objects = head.end(), [], []  # (offsets: where each entry in use names its object's)
    while (section := _XREF_SECTION_RE.match(body, pos)) is not None:
        first, count = int(section.group(1)), int(section.group(2))
        pos = section.end()
        for number in range(first, first + count):
            entry = _XREF_ENTRY_RE.match(body, pos)
            if entry is None:
                return None
            pos = entry.end()
            if entry.group(3) == b"n":  # in use
                offset, generation = int(entry.group(1)), int(entry.group(2))
                offsets.append(entry.span(1))
                if offset >= table or not body.startswith(b"%d %d obj" % (number, generation), offset):
                    return None
                objects.append((offset, number, generation))
    if not objects or not body.startswith(b"trailer", pos):
        return None
    objects.sort()
    starts = [offset for offset, _, _ in objects]
    if len(set(starts)) != len(starts):
        return None
    bounds = [0, *starts, table, pos, tail.start(1), tail.end(1), len(body)]
    if any(a < bound < b for a, b in stamps for bound in bounds):
        return None  # a stamp across two parts

    def part(a: int, b: int) -> bytes:
        out, at = [], a
        for start, end in stamps:
            if a <= start and end <= b:
                out.append(body[at:start])
                at = end
        out.append(body[at:b])
        data = b"".join(out)
        return b"%d\x1e" % len(data) + data

    parts = [part(0, starts[0])]
    for (offset, number, generation), end in zip(objects, [*starts[1:], table], strict=True):
        parts.append(b"%d %d\x1e" % (number, generation) + part(offset, end))
    # the table as it is written, but the offsets of the entries in use
    listing = b"".join(body[a:b] for a, b in zip([table, *(end for _, end in offsets)], [*(start for start, _ in offsets), pos], strict=True))
    parts += [b"%d\x1d" % len(listing) + listing, part(pos, tail.start(1)), part(tail.end(1), len(body))]
    return b"".join(parts)


@dataclass(slots=True)
class Extracted:
    """A worker's answer for one page."""

    failure: tuple[FetchOutcome, object, str] | None = None  # (outcome, reason, detail) when extraction failed
    record: PageRecord | None = None  # None also when the content equals `expected`
    content_hash: str | None = None
    reading_key: str | None = None  # identity of what the field rules read (None: not keyed)
    reused: bool = False  # the field rules were not run: the page reads as its current snapshot
    cpu_s: float = 0.0
    pid: int = 0
    startup_cpu_s: float = 0.0
    server_pid: int = 0  # the fork server this worker was forked from (0: none, started on its own)
    server_cpu_s: float = 0.0  # what that server spent loading the extractor, once for all its workers

    def apply(self, result: FetchResult) -> FetchResult:
        if self.failure is None:
            return result
        outcome, reason, detail = self.failure
        return replace(result, outcome=outcome, reason=reason, detail=detail)  # type: ignore[arg-type]


def extract_page(result: FetchResult, hints: dict[str, str] | None, expected: str | None,
                 expected_key: str | None = None) -> Extracted:
    """Extract one page; leave the record out of the answer when it says what `expected` (the
    current snapshot's content hash) says, and skip the field rules when the page reads as
    `expected_key` (the reading key the current snapshot was extracted from)."""
    start = time.thread_time()
    if result.outcome is not FetchOutcome.OK:
        answer = Extracted(failure=(result.outcome, result.reason, result.detail))
    else:
        answer = _read_and_fill(result, hints, expected_key if expected is not None else None)
    if answer.reused:
        answer.content_hash = expected
    elif answer.record is not None:
        answer.content_hash = content_hash(answer.record)
        if answer.content_hash == expected:
            answer.record = None
    answer.pid, answer.startup_cpu_s = os.getpid(), _startup_cpu
    answer.server_pid, answer.server_cpu_s = _server
    answer.cpu_s = time.thread_time() - start
    return answer


_startup_cpu = 0.0
_server = (0, 0.0)  # (pid, CPU seconds) of the fork server that loaded the extractor; a forked worker inherits it


def start_worker() -> None:
    """Initializer of a worker process: sandboxed, and deaf to Ctrl-C (see PipelineSink._submit)."""
    global _startup_cpu
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    enter_sandbox()
    if not is_loaded(extraction.__name__):  # (a worker forked from the server has it)
        with patterncache.compiled_patterns():  # what every page needs, booked as the worker's start-up
            load(extraction)
            load(reading)
    _startup_cpu = time.process_time()


# an invented page that takes the main paths of the rules once (address, phone, e-mail, a head)
_WARM_UP_PAGE = ("<!doctype html><html><head><meta charset='utf-8'><title>Kommunales Integrationszentrum Musterstadt"
                 "</title></head><body><main><h1>Kommunales Integrationszentrum Musterstadt</h1><p>Das Kommunale "
                 "Integrationszentrum berät Zugewanderte, Schulen und Vereine.</p><h2>Kontakt</h2><p>Lindenallee 12<br>"
                 "99998 Musterstadt<br>Telefon: 09999 123-0<br>E-Mail: ki@musterstadt.example</p><h2>Team</h2>"
                 "<p>Leitung: Dr. Anna Beispiel<br>Telefon: 09999 123-10</p></main></body></html>").encode()


def preload_extractor() -> None:
    """In the workers' fork server (pipelines/workerserver.py): load the extractor once, and read
    one page with it (what the rules compile or cache on first use: ~0.1 s), so that every worker
    forked from it starts with both; remember what that cost."""
    global _server
    with patterncache.compiled_patterns():  # the rules' patterns from the last crawl's compilation (patterncache.py)
        load(extraction)
        load(reading)
        try:
            extraction.extract(_WARM_UP_PAGE, "http://127.0.0.1/ki/", "text/html", "utf-8")
        except Exception:  # (an extractor bug shows on the first real page, in a worker, with its URL)
            log.debug("warm-up extraction failed", exc_info=True)
    gc.collect()
    gc.freeze()  # what is loaded stays: a worker's collections never touch (and copy) the server's objects
    _server = (os.getpid(), time.process_time())
