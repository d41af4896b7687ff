"""PDF text in a child process: every bad PDF is a clean PDF_ERROR, never a crash or a hang."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from kiwatch.pipelines import pdftext
from kiwatch.core.errors import ExtractionError
from kiwatch.pipelines.extract import extract
from kiwatch.pipelines.pdftext import pdf_to_text
from kiwatch.core.vocab import ExtractionFailureReason

FLYER = Path(__file__).resolve().parent.parent / "kiwatch/data/demo/2018/duisburg/downloads/flyer-kommunales-integrationszentrum.pdf"


def _pdf(pages: int = 1, text: str | None = "Kommunales Integrationszentrum Testkreis, Testweg 4") -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for i in range(pages):
        pdf.add_page()
        if text is None:
            pdf.rect(20, 20, 100, 60, style="F")  # a "scan": ink, but no text layer
        else:
            pdf.cell(0, 10, f"{text} - Seite {i + 1}")
    return bytes(pdf.output())


def _error(body: bytes, **kwargs) -> ExtractionError:
    with pytest.raises(ExtractionError) as info:
        pdf_to_text(body, **kwargs)
    assert info.value.reason == ExtractionFailureReason.PDF_ERROR
    return info.value


def test_flyer_text_layer_with_umlauts_and_quotes():
    text = " ".join(pdf_to_text(FLYER.read_bytes()).split())  # justified lines have double spaces
    assert "Wir sind DU" in text
    assert "Marienstraße 16a" in text
    assert "„Kein Abschluss ohne Anschluss“" in text


def test_flyer_is_built_from_the_seed_only():
    # a fixed creation date keeps the committed file reproducible by tools/build_demo_pdf.py
    assert PdfReader(io.BytesIO(FLYER.read_bytes())).metadata.title == "Flyer Kommunales Integrationszentrum Duisburg"


def test_scanned_pdf_has_no_text_layer():
    assert "no text layer" in _error(_pdf(text=None)).detail
    with pytest.raises(ExtractionError) as info:
        extract(_pdf(text=None), "https://t.example/scan.pdf", "application/pdf")
    assert info.value.reason == ExtractionFailureReason.PDF_ERROR


def test_encrypted_pdf_needs_password():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf())))
    writer.encrypt(user_password="geheim", owner_password="geheimer", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    assert "encrypted" in _error(buf.getvalue()).detail


def test_owner_only_encryption_is_read():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf())))
    writer.encrypt(user_password="", owner_password="geheimer", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    assert "Testweg 4" in pdf_to_text(buf.getvalue())


@pytest.mark.parametrize(
    "body",
    [
        b"%PDF-1.7\n" + b"\x00garbage\xff" * 100,
        b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF",
        b"not a pdf at all",
        b"",
    ],
)
def test_corrupt_pdfs(body):
    _error(body)


def test_truncated_pdf_fails_cleanly_or_reads_what_is_there():
    body = FLYER.read_bytes()
    for cut in (len(body) // 3, len(body) // 2, len(body) - 200):
        try:
            text = pdf_to_text(body[:cut])
        except ExtractionError as exc:
            assert exc.reason == ExtractionFailureReason.PDF_ERROR and exc.detail
        else:
            assert isinstance(text, str)


def _flate_bomb(megabytes: int) -> bytes:
    """A one-page PDF whose content stream inflates to `megabytes` MiB of zeros."""
    chunk = zlib.compressobj(9)
    data = b"".join(chunk.compress(b"0" * (1 << 20)) for _ in range(megabytes)) + chunk.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
    ]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.7\n")
    for number, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def test_decompression_bomb_is_a_clean_pdf_error():
    # 400 MiB inflated: refused by pypdf's own output limit or our memory cap, never a crash
    err = _error(_flate_bomb(400), timeout=20)
    assert err.detail


def test_memory_limit_applies_to_the_worker(monkeypatch):
    """The cap is read when the worker starts (it was once bound as a default argument, so
    changing it did nothing): with 1 MiB of address space not even a valid PDF is read."""
    assert pdf_to_text(_pdf()).startswith("Kommunales Integrationszentrum")
    monkeypatch.setattr(pdftext, "MEMORY_LIMIT_BYTES", 1 << 20)
    err = _error(_pdf())
    assert err.detail.startswith(("worker killed", "worker failed", "could not start"))


def test_timeout_kills_the_worker():
    err = _error(_pdf(pages=50), timeout=0.001)
    assert "timeout" in err.detail


def test_max_pages():
    text = pdf_to_text(_pdf(pages=5), max_pages=2)
    assert "Seite 2" in text and "Seite 3" not in text


def _in_sandbox(body: bytes, **kwargs):
    try:
        return "text", pdf_to_text(body, **kwargs)
    except ExtractionError as exc:
        return "error", exc.detail


def test_sandboxed_extraction_worker_reads_pdfs_without_a_child_and_survives_bad_ones():
    """A crawl's extraction worker is itself the sandbox (memory cap, per-PDF deadline)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                             initializer=pdftext.enter_sandbox) as pool:
        kind, text = pool.submit(_in_sandbox, FLYER.read_bytes()).result()
        assert kind == "text" and text == pdf_to_text(FLYER.read_bytes())
        assert pool.submit(_in_sandbox, _pdf(pages=50), timeout=0.001).result() == (
            "error", "timeout: text extraction exceeded 0.001 s")
        kind, detail = pool.submit(_in_sandbox, _flate_bomb(400)).result()
        assert kind == "error" and detail
        assert pool.submit(_in_sandbox, _pdf(pages=1)).result()[0] == "text"  # the worker lives on
