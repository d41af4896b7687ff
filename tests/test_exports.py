"""Exports a German spreadsheet opens: CSV (';', BOM) and XLSX, one value per cell, formulas inert.

Rows are synthetic (an invented centre), shaped like Store.directory() and `changes --format json`.
"""

from __future__ import annotations

import csv
import io

from openpyxl import load_workbook

from kiwatch.exports import changes_sheet, directory_sheet, guard_formula, to_csv, to_xlsx

ROWS = [
    {"slug": "musterstadt", "name": "Kommunales Integrationszentrum Musterstadt", "municipality": "Musterstadt",
     "regierungsbezirk": "Köln", "status": "ok", "address": "Hauptstraße 1, 50667 Köln; Am Markt 2, 50667 Köln",
     "phone": "+492211234567; +492217654321", "email": "ki@musterstadt.example", "head": "Jörg Übel",
     "parent_unit": "=HYPERLINK(\"http://evil.example\")", "last_verified": "2026-11-30T13:10:24+00:00",
     "last_change": "", "homepage": "https://www.musterstadt.example/ki/"},
    {"slug": "beispielkreis", "name": "Kommunales Integrationszentrum Beispielkreis", "municipality": "Beispielkreis",
     "regierungsbezirk": "Münster", "status": "failing", "address": "", "phone": "+492511112222", "email": "",
     "head": "", "parent_unit": "-5", "last_verified": "", "last_change": "", "homepage": ""},
]

CHANGES = [
    {"centre": "musterstadt", "centre_name": "Kommunales Integrationszentrum Musterstadt", "kind": "contact",
     "kind_label": "Kontakt", "severity": "medium", "old": "+492211234567", "new": "", "url": "https://x.example/ki/",
     "evidence": "", "detected_at": "2026-11-30T13:10:24+00:00", "diff": None},
    {"centre": "musterstadt", "centre_name": "Kommunales Integrationszentrum Musterstadt", "kind": "content",
     "kind_label": "Text geändert", "severity": "low", "old": "", "new": "", "url": "https://x.example/ki/",
     "evidence": "", "detected_at": "2026-11-30T13:10:24+00:00",
     "diff": [[0, "Das Zentrum berät "], [-1, "montags"], [1, "dienstags und donnerstags"], [0, " alle Familien."]]},
]


def read_csv(data: bytes, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))


def test_excel_csv_is_semicolon_separated_utf8_with_bom_and_one_phone_per_cell():
    data = to_csv(directory_sheet(ROWS, "de"))
    assert data.startswith(b"\xef\xbb\xbf")
    header, first, second = read_csv(data, ";")
    assert header[:4] == ["Zentrum", "Kommune", "Regierungsbezirk", "Status"]
    assert [h for h in header if h.startswith("Telefon")] == ["Telefon 1", "Telefon 2"]
    row = dict(zip(header, first))
    assert (row["Telefon 1"], row["Telefon 2"]) == ("0221 1234567", "0221 7654321")
    assert (row["Adresse 1"], row["Adresse 2"]) == ("Hauptstraße 1, 50667 Köln", "Am Markt 2, 50667 Köln")
    assert row["Leitung"] == "Jörg Übel" and row["geprüft"] == "30.11.2026 14:10"
    assert row["Zuordnung"].startswith("'=HYPERLINK")  # shown as text, never evaluated
    other = dict(zip(header, second))
    assert other["Status"] == "gestört" and other["Telefon 2"] == ""
    assert other["Zuordnung"] == "-5"  # a number stays readable


def test_rfc4180_dialect_is_comma_separated_without_bom_and_english_headers():
    data = to_csv(directory_sheet(ROWS, "en"), "rfc4180")
    assert not data.startswith(b"\xef\xbb\xbf")
    header = read_csv(data, ",")[0]
    assert header[:3] == ["Centre", "Municipality", "Regierungsbezirk"] and "Phone 2" in header


def test_formula_guard_only_touches_what_a_spreadsheet_would_evaluate():
    assert guard_formula("=1+1") == "'=1+1"
    assert guard_formula("@SUM(A1)") == "'@SUM(A1)"
    assert guard_formula("+49 221 1234567") == "+49 221 1234567"
    assert guard_formula("-5") == "-5"
    assert guard_formula("Köln") == "Köln"


def test_changes_csv_has_kind_label_and_readable_summary():
    header, contact, content = read_csv(to_csv(changes_sheet(CHANGES, "de")), ";")
    contact, content = dict(zip(header, contact)), dict(zip(header, content))
    assert contact["Art"] == "Kontakt" and contact["Gewicht"] == "mittel"
    assert contact["Änderung"] == "− 0221 1234567" and contact["alt"] == "0221 1234567"
    assert content["Änderung"] == "entfernt: „montags“ · hinzugefügt: „dienstags und donnerstags“"


def test_xlsx_has_german_headers_frozen_row_widths_one_phone_per_cell_and_inert_formulas(tmp_path):
    path = tmp_path / "zentren.xlsx"
    to_xlsx(directory_sheet(ROWS, "de"), path)
    ws = load_workbook(path).active
    header = [c.value for c in ws[1]]
    assert header[:4] == ["Zentrum", "Kommune", "Regierungsbezirk", "Status"]
    row = dict(zip(header, [c.value for c in ws[2]]))
    assert (row["Telefon 1"], row["Telefon 2"]) == ("0221 1234567", "0221 7654321")
    assert row["Adresse 1"] == "Hauptstraße 1, 50667 Köln" and row["Leitung"] == "Jörg Übel"
    formula_cell = ws.cell(row=2, column=header.index("Zuordnung") + 1)
    assert formula_cell.data_type == "s" and formula_cell.value.startswith("=HYPERLINK")
    assert ws.freeze_panes == "A2"
    assert ws[1][0].font.bold
    assert ws.column_dimensions["A"].width >= len("Kommunales Integrationszentrum Musterstadt")
