"""Every closed set of kiwatch, one StrEnum (or IntEnum) each.

A value written to the database, compared in code or shown as a token is a member of one of
these; a bare status string anywhere else is a bug (tests/test_layers.py looks for them).
The database stores them as non-native enums (VARCHAR with a CHECK constraint), so a value
outside the set cannot get in, on SQLite as on PostgreSQL.
"""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    """What `kiwatch …` exits with; the command line is the contract users script against."""

    OK = 0
    PARTIAL = 1  # finished, but some sites / digests failed
    ERROR = 2  # usage, configuration, registry, storage or fetch error: nothing done
    INTERNAL = 3  # a bug: the traceback is logged
    INTERRUPTED = 130  # Ctrl-C
    CLOSED_PIPE = 141  # the reader of stdout went away (`kiwatch changes | head -1`): silent


# --- fetching and extraction -----------------------------------------------------------------


class FetchOutcome(enum.StrEnum):
    """What one fetch attempt ended with."""

    OK = "ok"  # body received, type supported
    NOT_MODIFIED = "not_modified"  # 304 on a conditional request: last snapshot still valid
    GONE = "gone"  # 404 / 410: page may have been removed (confirmed only on repetition)
    MOVED = "moved"  # redirected to another host or the site's start page
    FAILED = "failed"  # transient or permanent failure; the reason says which
    BLOCKED = "blocked"  # refused by robots.txt or by our own URL policy


class FetchFailureReason(enum.StrEnum):
    """Why a fetch failed on the wire; shown to operators, one stable token each."""

    CONNECTION_REFUSED = "connection_refused"
    DNS = "dns"
    TIMEOUT = "timeout"
    HTTP_ERROR = "http_error"  # 5xx / 429 after retries
    TOO_LARGE = "too_large"
    TRUNCATED = "truncated"  # body shorter than announced, connection dropped mid-body
    TLS_ERROR = "tls_error"
    REDIRECT_ERROR = "redirect_error"
    UNSUPPORTED_CONTENT = "unsupported_content"  # neither HTML nor PDF
    EMPTY_CONTENT = "empty_content"  # 200 with an empty body
    ROBOTS = "robots"
    PRIVATE_HOST = "private_host"
    OTHER = "other"  # anything else; the detail says what


class ExtractionFailureReason(enum.StrEnum):
    """Why a fetched body yields no page record."""

    EMPTY_CONTENT = "empty_content"  # nothing visible on the page
    UNSUPPORTED_CONTENT = "unsupported_content"  # the bytes are neither HTML nor PDF
    TOO_LARGE = "too_large"  # more text than a page of a centre ever has
    SOFT_ERROR = "soft_error"  # a 200 page that is an error / maintenance page
    PDF_ERROR = "pdf_error"  # corrupt, encrypted, hanging or oversized PDF
    EXTRACTION_ERROR = "extraction_error"  # the extractor crashed (a bug) or its worker died


# A failed fetch attempt carries one of both: the wire's reason or the extraction's.
AttemptFailureReason = FetchFailureReason | ExtractionFailureReason


def failure_reason(value: str) -> AttemptFailureReason:
    """The reason a stored token stands for (fetch reasons first: the shared tokens mean the same)."""
    try:
        return FetchFailureReason(value)
    except ValueError:
        return ExtractionFailureReason(value)


class PageKind(enum.StrEnum):
    """What a page is to its centre."""

    PAGE = "page"  # the centre's own page
    NEWS = "news"  # a dated article: reports history, contributes only reorganisation facts
    DOCUMENT = "document"  # a PDF


class PhoneKind(enum.StrEnum):
    PHONE = "phone"
    FAX = "fax"


# --- detection -------------------------------------------------------------------------------


class PageVerdict(enum.StrEnum):
    """What storing one fetch result did to its page."""

    NEW = "new"  # first version of the page
    CHANGED = "changed"  # a new version (what the page says differs)
    UNCHANGED = "unchanged"  # same content, or 304
    REREAD = "reread"  # the page did not change; a newer extractor read its version anew (no event)
    FAILED = "failed"  # nothing stored but the attempt


class ProfileVerdict(enum.StrEnum):
    """What rebuilding a centre's profile after a crawl decided."""

    OK = "ok"  # unchanged, or a new version with its changes recorded
    BASELINE = "baseline"  # the first profile: recorded without change events
    PENDING = "pending"  # held back while a page's removal was not confirmed (runs before unread pages stood in)
    EXTRACTION_FAILED = "extraction_failed"  # held back: every contact fact vanished, no page did
    KEPT = "kept"  # held back: the same collapse a person called a false alarm (kiwatch keep)


class Resolution(enum.StrEnum):
    """A person's decision on a centre's held-back collapse (collapse_resolutions.action)."""

    CONFIRM = "confirm"  # the facts are really gone: the collapse is taken, its removals recorded
    KEEP = "keep"  # a false alarm (an error page, a broken template): the facts stay


class PageState(enum.StrEnum):
    ACTIVE = "active"
    REMOVED = "removed"  # gone (confirmed 404/410) or redirected away


class ChangeKind(enum.StrEnum):
    ADDRESS = "address"
    HEAD = "head"
    PARENT_UNIT = "parent_unit"
    REORGANISATION = "reorganisation"
    CONTACT = "contact"
    PEOPLE = "people"
    PROGRAMMES = "programmes"
    PAGE_ADDED = "page_added"
    PAGE_REMOVED = "page_removed"
    CONTENT = "content"


class Severity(enum.IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        return cls[text.strip().upper()]


# --- runs and health -------------------------------------------------------------------------


class RunStatus(enum.StrEnum):
    """A crawl run as a whole."""

    RUNNING = "running"
    OK = "ok"
    FAILED = "failed"  # aborted, or every centre failed
    INTERRUPTED = "interrupted"  # Ctrl-C / SIGTERM, or the process died (found by the next run or status)


class CentreStatus(enum.StrEnum):
    """A centre's health across runs (centres.status)."""

    NEW = "new"  # never crawled
    OK = "ok"
    FAILING = "failing"  # no successful fetch for several runs in a row
    BLOCKED = "blocked"  # robots.txt shuts us out


class CentreRunStatus(enum.StrEnum):
    """How one run went for one centre (centre_runs.status, the crawl summary)."""

    NEW = "new"  # nothing fetched yet, not failing yet
    OK = "ok"
    FAILING = "failing"
    BLOCKED = "blocked"
    SKIPPED = "skipped"  # not crawled in this run
    EXTRACTION_FAILED = "extraction_failed"  # profile held back: the page template changed?
    ERROR = "error"  # the profile could not be updated (a bug or the database)


# --- schedule and delivery -------------------------------------------------------------------


class Job(enum.StrEnum):
    """The scheduler's jobs (job_runs.job)."""

    CRAWL = "crawl"
    DIGEST_DAILY = "digest-daily"
    DIGEST_WEEKLY = "digest-weekly"


class JobStatus(enum.StrEnum):
    """One execution of a scheduled job (job_runs.status)."""

    RUNNING = "running"
    OK = "ok"
    PARTIAL = "partial"  # the crawl finished, some sites failed
    FAILED = "failed"
    TIMEOUT = "timeout"
    KILLED = "killed"
    SKIPPED = "skipped"  # not run: the previous run still going, or missed beyond the grace time
    INTERRUPTED = "interrupted"  # the scheduler stopped first: runs again after the restart

    @property
    def serves_fire_time(self) -> bool:
        """Whether a run with this status counts as having served its fire time."""
        return self is not JobStatus.INTERRUPTED


class LeaseName(enum.StrEnum):
    SCHEDULER = "scheduler"
    CRAWL = "crawl"


class Frequency(enum.StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"


class Lang(enum.StrEnum):
    DE = "de"
    EN = "en"


class DigestStatus(enum.StrEnum):
    """The outbox row of one subscriber's digest in one period (digests.status)."""

    SENDING = "sending"  # claimed; a crash leaves it so, resent after the claim expires
    SENT = "sent"
    FAILED = "failed"  # temporary (server down, timeout, 4xx): retried
    REJECTED = "rejected"  # 5xx: reported, retried next period


class DigestOutcome(enum.StrEnum):
    """What happened to one subscriber's digest in one run."""

    SENT = "sent"
    FAILED = "failed"  # temporary (server down, timeout, 4xx) — retried
    REJECTED = "rejected"  # permanent (5xx) — reported, changes stay pending
    DEFERRED = "deferred"  # not tried: the server was unreachable for an earlier subscriber
    NOTHING = "nothing"  # no pending change (and empty digests are off)
    ALREADY_SENT = "already_sent"  # this period's digest went out earlier
    BUSY = "busy"  # another process is sending this period's digest right now
    PREVIEW = "preview"  # dry run: rendered, not sent, nothing recorded

    @property
    def is_failure(self) -> bool:
        return self in (DigestOutcome.FAILED, DigestOutcome.REJECTED, DigestOutcome.DEFERRED)
