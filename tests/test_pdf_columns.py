"""Text set in columns is read in reading order: a PDF flyer whose content stream runs across its
columns line by line (or gives all labels before all values), and a flyer's text published in a
<pre> with its columns side by side. The head, the parent unit and the address stated in one
column must come out whole; a page in one column reads as before."""

from __future__ import annotations

import datetime
import io
import textwrap

from fpdf import FPDF
from pypdf import PdfReader

from kiwatch.pipelines.columns import reading_order
from kiwatch.pipelines.extract import extract, extract_html
from kiwatch.pipelines.pdftext import pdf_to_text

Run = tuple[float, float, str]


def _pdf(pages: list[list[Run]], order: str) -> bytes:
    """A PDF whose content stream gives the runs by rows (y, then x: across the columns), by
    columns (x, then y) or as listed."""
    doc = FPDF()
    doc.set_creation_date(datetime.datetime(2026, 3, 1, tzinfo=datetime.timezone.utc))
    doc.set_font("Helvetica", size=9)
    for runs in pages:
        doc.add_page()
        if order == "rows":
            runs = sorted(runs, key=lambda r: (r[1], r[0]))
        elif order == "columns":
            runs = sorted(runs, key=lambda r: (r[0], r[1]))
        for x, y, text in runs:
            doc.text(x, y, text)
    return bytes(doc.output())


def _column(x: float, y: float, lines: list[str], step: float = 4.5) -> list[Run]:
    return [(x, y + i * step, line) for i, line in enumerate(lines) if line]


def _record(body: bytes) -> dict:
    return extract(body, "https://www.kreis-emsbruch.example/downloads/flyer.pdf", "application/pdf").to_json()


def _heads(record: dict) -> list[str]:
    return [p["name"] for p in record["people"] if p["is_head"]]


def _units(record: dict) -> list[str]:
    return [u["name"] for u in record["parent_units"]]


def _streets(record: dict) -> list[str]:
    return [a["street"] for a in record["addresses"]]


def _flyer(order: str) -> bytes:
    prose = textwrap.wrap(
        "Wir beraten Familien, Schulen und Vereine im Kreis Emsbruch zu allen Fragen der Integration. Das Kommunale "
        "Integrationszentrum ist dem Fachbereich 5 Jugend, Bildung und Integration zugeordnet. Geleitet wird das Zentrum "
        "von Dr. Hanne Westerkamp. Gemeinsam mit Ehrenamtlichen begleiten wir neu zugewanderte Kinder.", 46)
    offers = ["Unsere Angebote", "Seiteneinstieg in die Schule", "Sprachmittlerpool", "Elterncafe am Montag", "Beratung für Vereine"]
    front = [(15, 15, "Kommunales Integrationszentrum Kreis Emsbruch"), *_column(15, 28, prose), *_column(105, 28, offers)]
    back = [*_column(15, 20, ["Kontakt", "Kommunales Integrationszentrum", "Kreishaus, Haus B", "Auf dem Kamp 7", "48301 Emsbruch"]),
            *_column(80, 20, ["Sprechzeiten", "Montag bis Donnerstag", "9 bis 12 Uhr"]),
            *_column(145, 20, ["Telefon 02551 69-4410", "ki@kreis-emsbruch.example"])]
    return _pdf([front, back], order)


def test_a_flyer_whose_stream_runs_across_its_columns_is_read_column_by_column():
    body = _flyer("rows")
    # (what the plain text layer gives: each line runs from the prose into the list beside it)
    assert "Integration. Das Kommunale Integrationszentrum Sprachmittlerpool" in PdfReader(io.BytesIO(body)).pages[0].extract_text()
    text = pdf_to_text(body)
    assert "Das Kommunale Integrationszentrum ist dem Fachbereich 5 Jugend, Bildung und Integration zugeordnet." in text
    assert "Geleitet wird das Zentrum von Dr. Hanne Westerkamp." in text  # (a line that ends in "Dr." goes on)
    assert "Auf dem Kamp 7\n48301 Emsbruch" in text
    record = _record(body)
    assert _heads(record) == ["Hanne Westerkamp"]
    assert _units(record) == ["Fachbereich 5 Jugend, Bildung und Integration"]
    assert _streets(record) == ["Auf dem Kamp 7"]


def test_the_same_flyer_written_column_by_column_reads_the_same():
    assert _record(_flyer("columns"))["addresses"] == _record(_flyer("rows"))["addresses"]
    assert _heads(_record(_flyer("columns"))) == ["Hanne Westerkamp"]


def test_a_label_column_beside_its_value_column_is_read_row_by_row():
    labels = ["Leitung", "Organisatorische Zuordnung", "Anschrift", "", "Telefon", "E-Mail"]
    values = ["Katrin Obermeier", "Amt 51 - Amt für Schule und Integration", "Markt 3", "42103 Lindenau", "0202 563-7700",
              "ki@lindenau.example"]
    page = [(15, 15, "Steckbrief Kommunales Integrationszentrum Lindenau"), *_column(15, 30, labels, 6), *_column(75, 30, values, 6)]
    body = _pdf([page], "given")  # every label first, then every value
    assert PdfReader(io.BytesIO(body)).pages[0].extract_text().startswith("Steckbrief Kommunales Integrationszentrum Lindenau\nLeitung\n")
    text = pdf_to_text(body)
    assert "Leitung Katrin Obermeier\n" in text
    assert "Anschrift Markt 3\n42103 Lindenau\n" in text
    record = _record(body)
    assert _heads(record) == ["Katrin Obermeier"]
    assert _units(record) and _units(record)[0].startswith("Amt 51")
    assert _streets(record) == ["Markt 3"]


def test_a_page_in_one_column_keeps_its_plain_text():
    lines = textwrap.wrap("Das Kommunale Integrationszentrum der Stadt Lindenau berät Schulen und Vereine. Leiterin ist "
                          "Katrin Obermeier. Sie erreichen uns am Markt 3, 42103 Lindenau.", 60)
    body = _pdf([[(15, 15, "Kommunales Integrationszentrum"), *_column(15, 25, lines), (15, 60, "Telefon:    0202 563-7700")]], "rows")
    assert pdf_to_text(body) == PdfReader(io.BytesIO(body)).pages[0].extract_text().strip()


def _pre_page(gap: int) -> str:
    left = textwrap.wrap("Das Kommunale Integrationszentrum Wahlheim berät Schulen, Kitas und Vereine. Es gehört zum "
                         "Fachbereich 4 Bildung der Stadt Wahlheim. Leiter des KI ist Ole Janßen; das Team zählt elf "
                         "Fachkräfte.", 40)
    right = ["So erreichen Sie uns", "Kommunales Integrationszentrum", "An der Walkmühle 12", "42103 Wahlheim", "Tel. 0202 990-4410"]
    n = max(len(left), len(right))
    rows = "\n".join((a.ljust(40) + " " * gap + b).rstrip() for a, b in zip(left + [""] * (n - len(left)), right + [""] * (n - len(right))))
    return (f"<html><body><main><h1>Flyer – Textfassung</h1><p>Die Textfassung unseres Flyers:</p>"
            f"<pre>\nKOMMUNALES INTEGRATIONSZENTRUM WAHLHEIM\n\n{rows}\n</pre></main></body></html>")


def test_a_flyer_text_in_a_pre_with_its_columns_side_by_side():
    record = extract_html(_pre_page(6), "https://www.wahlheim.example/integration/flyer/").to_json()
    assert _heads(record) == ["Ole Janßen"]
    assert [u.split(" der Stadt")[0] for u in _units(record)] == ["Fachbereich 4 Bildung"]
    assert _streets(record) == ["An der Walkmühle 12"]
    assert "Es gehört zum Fachbereich 4 Bildung der Stadt Wahlheim." in record["main_text"]
    # another column gap is no other text
    assert extract_html(_pre_page(11), "https://www.wahlheim.example/integration/flyer/").to_json()["main_text"] == record["main_text"]


def test_reading_order_of_three_columns_and_a_heading_across():
    text = "\n".join([
        "Titel über die ganze Breite der Seite hinweg",
        "Das Zentrum berät die      Es gehört seit 2024 zum      Telefon 0202 1234",
        "Schulen der Stadt und      Fachbereich 4 der Stadt      Markt 3",
        "die Vereine im Kreis.      Lindenau, das Team hat       42103 Lindenau",
        "                           sechs Fachkräfte.",
        "Fußzeile über die ganze Breite der Seite hinweg",
    ])
    assert reading_order(text) == "\n".join([
        "Titel über die ganze Breite der Seite hinweg",
        "Das Zentrum berät die Schulen der Stadt und die Vereine im Kreis.",
        "Es gehört seit 2024 zum Fachbereich 4 der Stadt Lindenau, das Team hat sechs Fachkräfte.",
        "Telefon 0202 1234", "Markt 3", "42103 Lindenau",
        "Fußzeile über die ganze Breite der Seite hinweg",
    ])


def test_running_text_in_columns_is_joined_where_it_wrapped():
    text = "\n".join([
        "Das Zentrum berät Familien und      Kontakt",
        "Schulen. Leiterin ist Frau Dr.      Markt 3",
        "Nadine Olbrich, die das Team        42103 Lindenau",
        "seit 2024 führt.                    Telefon 0202 1234",
    ])
    assert reading_order(text) == "\n".join([
        "Das Zentrum berät Familien und Schulen. Leiterin ist Frau Dr. Nadine Olbrich, die das Team seit 2024 führt.",
        "Kontakt", "Markt 3", "42103 Lindenau", "Telefon 0202 1234",
    ])


def test_a_table_of_filled_rows_is_read_row_by_row():
    text = "\n".join([
        "Frau Dr. Katrin Obermeier     Leitung              0202 563-7700",
        "Herr Ole Janßen               Schule und Beruf     0202 563-7701",
        "Frau Lale Brinkmann           Sprachmittlung       0202 563-7702",
    ])
    assert reading_order(text) == "\n".join([
        "Frau Dr. Katrin Obermeier Leitung 0202 563-7700",
        "Herr Ole Janßen Schule und Beruf 0202 563-7701",
        "Frau Lale Brinkmann Sprachmittlung 0202 563-7702",
    ])


def test_a_gutter_of_two_spaces_is_a_gutter():
    left = ["Das Zentrum berät Familien und", "Schulen. Leiterin ist Nadine", "Olbrich, die das Team seit 2024", "führt."]
    right = ["Kontakt", "Markt 3", "42103 Lindenau", "Telefon 0202 1234"]
    width = max(map(len, left))
    text = "\n".join(a.ljust(width) + "  " + b for a, b in zip(left, right))
    assert reading_order(text) == "\n".join([
        "Das Zentrum berät Familien und Schulen. Leiterin ist Nadine Olbrich, die das Team seit 2024 führt.",
        "Kontakt", "Markt 3", "42103 Lindenau", "Telefon 0202 1234",
    ])


def test_running_text_beside_a_contact_block_line_for_line_is_no_table():
    text = "\n".join([
        "Das Zentrum berät Familien und    Kontakt",
        "Schulen. Leiterin ist Frau        Markt 3",
        "Nadine Olbrich, die das Team      42103 Lindenau",
        "Schulen berät.                    Telefon 0202 1234",
    ])
    assert reading_order(text) == "\n".join([
        "Das Zentrum berät Familien und Schulen. Leiterin ist Frau Nadine Olbrich, die das Team Schulen berät.",
        "Kontakt", "Markt 3", "42103 Lindenau", "Telefon 0202 1234",
    ])


def test_no_columns_without_a_gutter_over_several_lines():
    assert reading_order("Ein Satz.  Noch einer.\nTelefon:   0202 1234\nSonst nichts.") is None
    assert reading_order("Leitung      Frau Obermeier\nTelefon      0202 1234") is None  # two rows are no columns yet


def test_a_staircase_of_lines_is_no_columns_and_costs_a_look_per_line(monkeypatch):
    """Lines each blank where the others have text ("a   b" one tab further right on every line)
    share gutters without any column: no reading order. Every line starts a run; a run must end
    at a few gutters, not take in the rest of the page (that was cubic: 13 s for a 50 KB <pre>)."""
    from kiwatch.pipelines import columns

    looked = []
    gutters = columns._gutters
    monkeypatch.setattr(columns, "_gutters", lambda ink: looked.append(ink.bit_length()) or gutters(ink))
    work = []
    for n in (60, 240):
        looked.clear()
        assert reading_order("\n".join("\t" * k + "a   b" for k in range(n))) is None
        work.append(sum(looked))  # positions looked at
    assert work[1] <= 20 * work[0]  # 4x the lines of 4x the width: 16x the text, not 64x or more
