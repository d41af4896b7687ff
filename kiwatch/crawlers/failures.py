"""Every exception Scrapy or Twisted can end a request with → one outcome and FetchFailureReason."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from twisted.internet import error as txerror
from twisted.web.client import ResponseFailed, ResponseNeverReceived

from kiwatch.core.vocab import FetchFailureReason, FetchOutcome
from kiwatch.crawlers.resolver import refusal
from kiwatch.crawlers.verdict import Verdict

if TYPE_CHECKING:
    from scrapy import Request


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception, its chained causes and the failures Twisted wraps (ResponseFailed.reasons)."""
    seen: list[BaseException] = []
    todo = [exc]
    while todo and len(seen) < 20:
        current = todo.pop(0)
        if current is None or any(current is s for s in seen):
            continue
        seen.append(current)
        todo.extend(x for x in (current.__cause__, current.__context__) if x is not None)
        for reason in getattr(current, "reasons", None) or []:
            value = getattr(reason, "value", reason)
            if isinstance(value, BaseException):
                todo.append(value)
    return seen


def _is_tls(exc: BaseException) -> bool:
    module = type(exc).__module__
    return (isinstance(exc, txerror.SSLError) or module.startswith(("OpenSSL", "ssl"))
            or type(exc).__name__ in {"VerificationError", "SSLError", "CertificateError"})


_EXPLAIN = {
    FetchFailureReason.TIMEOUT: "no complete answer within the download timeout",
    FetchFailureReason.DNS: "host name could not be resolved",
    FetchFailureReason.CONNECTION_REFUSED: "connection refused",
    FetchFailureReason.TRUNCATED: "connection lost before the end of the body; nothing kept",
}


def classify_failure(exc: BaseException, request: Request | None,
                     host: str | None = None) -> tuple[FetchOutcome, FetchFailureReason | None, str]:
    """(outcome, reason, detail) for an exception that ended a request (to `host`)."""
    detail = f"{type(exc).__name__}: {exc}".rstrip(": ")
    if isinstance(exc, Verdict):
        return exc.outcome, exc.reason, exc.detail
    chain = _causes(exc)
    meta = request.meta if request is not None else {}
    if isinstance(exc, IgnoreRequest):
        if any(hasattr(c, "decompressed_size") for c in chain):
            # HttpCompressionMiddleware only logs and ignores a decompression bomb
            limit = meta.get("download_maxsize")
            return FetchOutcome.FAILED, FetchFailureReason.TOO_LARGE, f"decompressed body exceeds {limit} bytes (compression bomb or huge page)"
        if meta.get("redirect_times", 0) and "redirect" in str(exc).lower():
            return FetchOutcome.FAILED, FetchFailureReason.REDIRECT_ERROR, f"more than {meta['redirect_times']} redirects: {exc}"
        return FetchOutcome.FAILED, FetchFailureReason.OTHER, detail
    if isinstance(exc, DownloadCancelledError):
        # Scrapy cancels a download for exactly one reason of ours: the size cap (timeouts
        # raise DownloadTimeoutError). The body is discarded, never stored in part.
        return FetchOutcome.FAILED, FetchFailureReason.TOO_LARGE, f"response larger than {meta.get('download_maxsize')} bytes: download aborted"
    if any(_is_tls(c) for c in chain):
        return FetchOutcome.FAILED, FetchFailureReason.TLS_ERROR, detail
    host = host or (urlsplit(request.url).hostname if request is not None else None)
    refused = refusal(host) if host else None
    if refused and any(isinstance(c, (CannotResolveHostError, txerror.DNSLookupError)) for c in chain):
        return FetchOutcome.BLOCKED, FetchFailureReason.PRIVATE_HOST, refused  # found when connecting (DNS rebinding)
    table: list[tuple[tuple[type[BaseException], ...], FetchFailureReason]] = [
        ((DownloadTimeoutError, txerror.TimeoutError, txerror.TCPTimedOutError), FetchFailureReason.TIMEOUT),
        ((CannotResolveHostError, txerror.DNSLookupError), FetchFailureReason.DNS),
        ((DownloadConnectionRefusedError, txerror.ConnectionRefusedError), FetchFailureReason.CONNECTION_REFUSED),
        ((ResponseDataLossError,), FetchFailureReason.TRUNCATED),
    ]
    for types, reason in table:
        if any(isinstance(c, types) for c in chain):
            return FetchOutcome.FAILED, reason, f"{_EXPLAIN[reason]} ({detail})"
    if any(isinstance(c, ResponseNeverReceived) for c in chain):
        return FetchOutcome.FAILED, FetchFailureReason.OTHER, f"connection closed before a response: {detail}"
    if any(isinstance(c, (ResponseFailed, DownloadFailedError, txerror.ConnectionLost)) for c in chain):
        return FetchOutcome.FAILED, FetchFailureReason.TRUNCATED, f"{_EXPLAIN[FetchFailureReason.TRUNCATED]} ({detail})"
    return FetchOutcome.FAILED, FetchFailureReason.OTHER, detail
