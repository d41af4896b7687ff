"""A minimal, deterministic PDF writer (text only, Helvetica, WinAnsiEncoding).

Enough for pypdf/pdfminer to extract the text; the metadata (dates, document id, producer)
is where the noise goes, as with real CMS exports that regenerate PDFs on every publish.
"""

from __future__ import annotations

import textwrap


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", "replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(paragraphs: list[tuple[str, str]], title: str, created: str, doc_id: str, producer: str) -> bytes:
    """paragraphs: (style, text) with style 'h' (bold, larger) or 'p'. created: 'YYYYMMDDHHMMSS'."""
    lines: list[tuple[str, str]] = []
    for style, text in paragraphs:
        width = 60 if style == "h" else 90
        for line in textwrap.wrap(text, width) or [""]:
            lines.append((style, line))
        lines.append(("p", ""))
    per_page = 48
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]

    objects: list[bytes] = []  # object n is objects[n-1]

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # placeholder, filled below
    pages_obj = add(b"")
    font_r = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    font_b = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for page_lines in pages:
        ops = [b"BT", b"50 800 Td"]
        for style, line in page_lines:
            font, size, lead = (b"/F2 13", 13, 17) if style == "h" else (b"/F1 10", 10, 14)
            ops.append(font + b" Tf")
            ops.append(_pdf_string(line) + b" Tj")
            ops.append(b"0 -%d Td" % lead)
        ops.append(b"ET")
        stream = b"\n".join(ops)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> "
            b"/Contents %d 0 R >>" % (pages_obj, font_r, font_b, content)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objects[pages_obj - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                              + b"] /Count %d >>" % len(kids))
    info = add(b"<< /Title " + _pdf_string(title) + b" /Producer " + _pdf_string(producer)
               + b" /CreationDate (D:" + created.encode() + b") /ModDate (D:" + created.encode() + b") >>")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, catalog, info, doc_id.encode(), doc_id.encode(), xref))
    return bytes(out)
