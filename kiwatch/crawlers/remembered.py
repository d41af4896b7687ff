"""Extraction failures worth remembering: those the bytes alone decide.

An empty page, a soft error page, too much text, bytes that are neither HTML nor PDF fail the
same way every time the same bytes are read by the same extractor with the same hints (what
the body key covers, pipelines/worker.py); the sink remembers them under the body key
(storage table extraction_failures) and answers the same bytes again with the same failure,
without starting an extraction worker. A PDF that timed out, or a worker that crashed, may not
fail again: never remembered.
"""

from __future__ import annotations

from kiwatch.core.vocab import ExtractionFailureReason
from kiwatch.pipelines.worker import Extracted
from kiwatch.storage.crawlstate import KnownFailure

REPEATABLE_FAILURES = frozenset({ExtractionFailureReason.EMPTY_CONTENT, ExtractionFailureReason.UNSUPPORTED_CONTENT,
                                 ExtractionFailureReason.TOO_LARGE, ExtractionFailureReason.SOFT_ERROR})


def repeatable(answer: Extracted, key: str | None) -> KnownFailure | None:
    """The failure to remember for the body `key` names, if its bytes alone decided it."""
    if answer.failure is None or key is None:
        return None
    _outcome, reason, detail = answer.failure
    if reason not in REPEATABLE_FAILURES:
        return None
    return KnownFailure(key, ExtractionFailureReason(reason), detail)  # type: ignore[arg-type]
