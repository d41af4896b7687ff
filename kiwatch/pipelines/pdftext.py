"""Text layer of a PDF, extracted in a child process with a timeout and a memory cap.

pypdf runs in pure Python on untrusted input: a decompression bomb, circular references or a
500-page report can eat all memory or hang (RELIABILITY C3). The child is killed at the
deadline and limited by RLIMIT_AS, so the crawl process only ever sees a clean PDF_ERROR.

Protocol of the child (``python -m kiwatch.pipelines.pdftext MAX_PAGES``): PDF bytes on stdin;
exit 0 with UTF-8 text on stdout, or exit 2 with a one-line reason on stdout.

A crawl extracts pages in dedicated worker processes (kiwatch.crawlers.sink); such a worker
calls `enter_sandbox()` once and is then itself the sandbox — memory-capped, with a SIGALRM
deadline per PDF — so a PDF costs no extra process start (~0.2 s each, which dominated crawls
of sites with many downloads). If a PDF still kills the worker, the pool reports that page as
failed and starts a new worker.
"""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

from kiwatch.core.errors import ExtractionError
from kiwatch.core.vocab import ExtractionFailureReason
from kiwatch.pipelines.columns import MIN_ROWS, reading_order

if TYPE_CHECKING:  # pypdf is imported in the child only
    from pypdf import PageObject

MEMORY_LIMIT_BYTES = 1 << 30  # 1 GiB of address space for the child
SANDBOX_MEMORY_LIMIT_BYTES = 2 << 30  # an extraction worker also holds lxml, phonenumbers …
_sandboxed = False  # this process is an extraction worker that called enter_sandbox()
_OUTPUT_LIMIT = 20 * 1024 * 1024  # text beyond this is not a flyer any more


def _fail(detail: str) -> ExtractionError:
    return ExtractionError(ExtractionFailureReason.PDF_ERROR, detail)


def pdf_to_text(body: bytes, timeout: float = 20, max_pages: int = 200) -> str:
    """Text of the first ``max_pages`` pages, pages separated by a blank line.

    Raises ExtractionError(PDF_ERROR, reason) for corrupt, encrypted, oversized or hanging
    PDFs and for PDFs without a text layer (scans).
    """
    if not body or not body.lstrip()[:1024].count(b"%PDF-"):
        raise _fail("not a PDF (no %PDF- header)")
    if _sandboxed:
        code, text = _extract_with_deadline(body, max_pages, timeout)
        if code == 0 and text.strip():
            return text[:_OUTPUT_LIMIT]
        raise _fail(text.strip() or "no text layer (scanned or image-only PDF)")
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "kiwatch.pipelines.pdftext", str(int(max_pages))],
            input=body,
            check=False,  # the exit code is read below
            capture_output=True,
            timeout=timeout,
            env=_child_env(),
            preexec_fn=_limit_child if os.name == "posix" else None,
        )
    except subprocess.TimeoutExpired:
        raise _fail(f"timeout: text extraction exceeded {timeout:g} s") from None
    except OSError as exc:
        raise _fail(f"could not start PDF worker: {exc}") from None

    out = proc.stdout[:_OUTPUT_LIMIT].decode("utf-8", "replace")
    if proc.returncode == 0:
        if not out.strip():
            raise _fail("no text layer (scanned or image-only PDF)")
        return out
    if proc.returncode == 2:
        raise _fail(out.strip() or "unreadable PDF")
    if proc.returncode < 0 or proc.returncode in (137, 139) or b"MemoryError" in proc.stderr:
        raise _fail(f"worker killed (signal/memory limit, exit {proc.returncode})")
    tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
    raise _fail(f"worker failed (exit {proc.returncode}): {tail[0][:200]}")


def enter_sandbox() -> None:
    """Make this process (a dedicated extraction worker) the sandbox for PDF parsing."""
    global _sandboxed
    _limit_child(SANDBOX_MEMORY_LIMIT_BYTES)
    _sandboxed = True


class _Deadline(BaseException):  # not an Exception: the parser's broad handlers must not swallow it
    pass


def _extract_with_deadline(data: bytes, max_pages: int, timeout: float) -> tuple[int, str]:
    import signal

    def expire(signum: int, frame: object) -> None:
        raise _Deadline

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return _extract_in_child(data, max_pages)
    except _Deadline:
        return 2, f"timeout: text extraction exceeded {timeout:g} s"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def _limit_child(limit: int | None = None) -> None:
    import resource

    if limit is None:  # read at call time, not bound at definition: a changed limit applies
        limit = MEMORY_LIMIT_BYTES
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):
        pass  # e.g. under sanitizers; the timeout still bounds the child
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        pass


def _extract_in_child(data: bytes, max_pages: int) -> tuple[int, str]:
    import io
    import logging

    logging.getLogger("pypdf").disabled = True  # it warns on every odd xref; stdout is our channel
    try:
        from pypdf import PdfReader
        from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError
    except ImportError as exc:  # pragma: no cover - broken install
        return 2, f"pypdf unavailable: {exc}"
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                # Many "encrypted" municipal PDFs only restrict printing: empty user password.
                if not reader.decrypt(""):
                    return 2, "encrypted PDF (password required)"
            except (DependencyError, NotImplementedError) as exc:
                return 2, f"encrypted PDF (unsupported encryption: {exc})"
        texts = []
        for index, page in enumerate(reader.pages):
            if index >= max_pages:
                break
            texts.append(_page_text(page))
    except FileNotDecryptedError:
        return 2, "encrypted PDF (password required)"
    except MemoryError:
        return 2, "memory limit exceeded (decompression bomb?)"
    except RecursionError:
        return 2, "corrupt PDF (circular or too deeply nested objects)"
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, EOFError, AssertionError, ZeroDivisionError) as exc:
        return 2, f"corrupt PDF: {type(exc).__name__}: {str(exc)[:200]}"
    except Exception as exc:  # the child reports every failure as a reason
        return 2, f"PDF error: {type(exc).__name__}: {str(exc)[:200]}"
    return 0, "\n\n".join(t.strip() for t in texts)


def _page_text(page: PageObject) -> str:
    """A page's text in reading order. pypdf's plain mode follows the content stream, which may
    run across the columns of a flyer line by line or give all its labels before all its values;
    the layout mode keeps the positions, and a page set in columns is read column by column from
    it (kiwatch.pipelines.columns). A page in one column keeps the plain text, and so does a page
    whose lines all start at one left edge: the layout pass (as dear as the plain one) runs only
    where several edges start lines."""
    edges: dict[int, int] = {}  # x (pt) where a run of text starts -> how many start there

    def starts(text: str, cm: list[float], tm: list[float], font: object, size: object) -> None:
        if text.strip():
            x = round(tm[4] * cm[0] + cm[4])
            edges[x] = edges.get(x, 0) + 1

    plain = page.extract_text(visitor_text=starts) or ""
    if sum(1 for n in edges.values() if n >= MIN_ROWS) < 2:
        return plain
    try:
        layout = page.extract_text(extraction_mode="layout")
    except MemoryError:
        raise
    except Exception:  # the layout mode fails on some fonts the plain mode reads: keep the plain text
        return plain
    ordered = reading_order(layout) if layout else None
    return plain if ordered is None else ordered


def _main(argv: list[str]) -> int:
    max_pages = int(argv[1]) if len(argv) > 1 else 200
    data = sys.stdin.buffer.read()
    code, text = _extract_in_child(data, max_pages)
    sys.stdout.buffer.write(text.encode("utf-8", "replace"))
    sys.stdout.flush()
    return code


if __name__ == "__main__":
    sys.setrecursionlimit(5000)
    raise SystemExit(_main(sys.argv))
