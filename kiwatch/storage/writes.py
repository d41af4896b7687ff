"""What a fetch result does to its page's row, decided without a database session.

    update = page_update(stored, write, once=True)  # once: the page occurs once in its batch
    # PageUpdate(kind, verdict), or None: a new version, a new page or a failure to remember

Most of a re-crawl leaves every page as it was: a 304, the same bytes, other bytes that say the
same, a dead link that is dead again. Those attempts change a few columns of the page's row
and add an attempt row; nothing else. This module says which attempts those are and what they
write, so that the ORM's batch (detection/pages.py) and the crawl's driver-only writer of an
unchanged re-crawl (storage/plainstore.py, crawlers/plainwrite.py) decide the same.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from kiwatch.core.vocab import FetchOutcome, PageVerdict
from kiwatch.pipelines.worker import content_hash
from kiwatch.records import FetchResult, PageRecord
from kiwatch.storage.crawlstate import KnownFailure


@dataclass(slots=True)
class PageWrite:
    """One fetch result on its way into the store, with what extraction made of it."""

    result: FetchResult
    record: PageRecord | None = None  # None: not extracted, or the same content as `content_hash` says
    content_hash: str | None = None  # content_hash of the extracted record, if known
    body_key: str | None = None  # remembered so that the same bytes next time skip extraction
    reading_key: str | None = None  # remembered so that the same reading next time skips the field rules
    failure: KnownFailure | None = None  # a failing body to remember: the same bytes next time fail unread
    hints: dict[str, str] | None = None  # the centre's site hints: a re-reading of an older body needs them


@dataclass(frozen=True, slots=True)
class StoredPage:
    """What storing a fetch result needs of its page row, read without an ORM object."""

    id: int
    current_snapshot_id: int | None
    content_hash: str | None  # the current snapshot's text_sha256


class UpdateKind(enum.Enum):
    NOT_MODIFIED = "304"  # the server vouches for the stored body; may renew the validators
    SAME_BODY = "same_body"  # the bytes the current snapshot was read from (a 200)
    SAME_CONTENT = "same_content"  # other bytes that say what the current snapshot says
    GONE = "gone"  # a 404/410 or a redirect away: counted towards the page's removal
    FAILED = "failed"  # any other failure of a stored page
    NO_PAGE = "no_page"  # a failure of a URL that never gave a page: its attempt row alone


@dataclass(frozen=True, slots=True)
class PageUpdate:
    kind: UpdateKind
    verdict: PageVerdict


_UNCHANGED = PageVerdict.UNCHANGED


def page_update(page: StoredPage | None, w: PageWrite, *, once: bool) -> PageUpdate | None:
    """What the attempt `w` writes to its page row, when it is one of the attempts that leave
    the page's history as it was; None when it needs a new version, a new page or a failure
    remembered (or the page occurs more than `once` in a batch: its rows are then written in
    order, by the ORM)."""
    if w.failure is not None or not once:
        return None
    result = w.result
    if result.outcome is FetchOutcome.OK and (w.record is not None or w.content_hash is not None):
        if page is None or page.current_snapshot_id is None:
            return None
        digest = w.content_hash or content_hash(w.record)  # type: ignore[arg-type]
        return PageUpdate(UpdateKind.SAME_CONTENT, _UNCHANGED) if digest == page.content_hash else None
    if page is None:
        return PageUpdate(UpdateKind.NO_PAGE, PageVerdict.FAILED)
    if result.outcome is FetchOutcome.NOT_MODIFIED:
        return PageUpdate(UpdateKind.NOT_MODIFIED if result.status == 304 else UpdateKind.SAME_BODY, _UNCHANGED)
    if result.outcome in (FetchOutcome.GONE, FetchOutcome.MOVED):
        return PageUpdate(UpdateKind.GONE, PageVerdict.FAILED)
    return PageUpdate(UpdateKind.FAILED, PageVerdict.FAILED)

