"""The one error of extraction, shared with the PDF text layer (which must not import the
extractor: its child process should not pay for lxml)."""

from __future__ import annotations

from kiwatch.records import FailureReason


class ExtractionError(Exception):
    """A page that yields no record; ``reason`` is the stable token stored with the failure."""

    def __init__(self, reason: FailureReason, detail: str):
        super().__init__(f"{reason.value}: {detail}")
        self.reason = reason
        self.detail = detail
