"""Spreadsheet exports of the directory and the changes: CSV and XLSX that a German office
opens as they are.

* CSV "excel" (default): `;`-separated, UTF-8 with BOM, CRLF — what Excel with German regional
  settings reads into columns with umlauts intact. "rfc4180": `,`-separated, UTF-8, no BOM.
* XLSX (openpyxl): bold, frozen header row, an autofilter, column widths from the content.
* One value per cell: several phones, e-mails or addresses get numbered columns.
* Scraped text stays text: a cell that a spreadsheet would evaluate as a formula gets a leading
  apostrophe in CSV and is stored as a string cell in XLSX; numbers (a phone "0203 2836912",
  "-5") stay as they are.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiwatch.display import cut_at_word, humanise_phones, local_datetime, national_phone
from kiwatch.i18n import severity_label, status_label, t
from kiwatch.records import Severity

CSV_DIALECTS = ("excel", "rfc4180")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER_RE = re.compile(r"[+-]?[\d\s.,/()]*\d[\d\s.,/()]*")
SUMMARY_CHARS = 300


@dataclass
class Sheet:
    """A table ready for export: translated headers and rows of text cells."""

    title: str
    headers: list[str]
    rows: list[list[str]]


def guard_formula(value: str) -> str:
    """A leading =, +, -, @, TAB or CR makes a spreadsheet evaluate the cell (CSV injection):
    such a cell gets a leading apostrophe — unless it is only a number, which is harmless and
    must stay readable."""
    if value[:1] in _FORMULA_START and not _NUMBER_RE.fullmatch(value):
        return "'" + value
    return value


def _split(value: str | None) -> list[str]:
    return [v for v in (value or "").split("; ") if v]


def _numbered(label: str, count: int) -> list[str]:
    return [label] if count == 1 else [f"{label} {i}" for i in range(1, count + 1)]


def _spread(values: list[str], count: int) -> list[str]:
    return values + [""] * (count - len(values))


def directory_sheet(rows: list[dict[str, Any]], lang: str) -> Sheet:
    """The directory (Store.directory() rows), one value per cell, phones as dialled."""
    multi = {key: max([len(_split(r.get(key))) for r in rows] + [1]) for key in ("address", "phone", "email")}
    headers = [t(lang, "col_name"), t(lang, "col_municipality"), t(lang, "col_regierungsbezirk"), t(lang, "col_status")]
    headers += _numbered(t(lang, "col_address"), multi["address"])
    headers += _numbered(t(lang, "col_phone"), multi["phone"])
    headers += _numbered(t(lang, "col_email"), multi["email"])
    headers += [t(lang, "col_head"), t(lang, "col_parent"), t(lang, "col_verified"), t(lang, "col_last_change"),
                t(lang, "col_homepage"), t(lang, "col_slug")]
    out = []
    for r in rows:
        cells = [r.get("name", ""), r.get("municipality", ""), r.get("regierungsbezirk", ""),
                 status_label(lang, r.get("status") or "new")]
        cells += _spread(_split(r.get("address")), multi["address"])
        cells += _spread([national_phone(p) for p in _split(r.get("phone"))], multi["phone"])
        cells += _spread(_split(r.get("email")), multi["email"])
        cells += ["; ".join(_split(r.get("head"))), r.get("parent_unit", ""),
                  local_datetime(r.get("last_verified"), lang), local_datetime(r.get("last_change"), lang),
                  r.get("homepage", ""), r.get("slug", "")]
        out.append(cells)
    return Sheet(t(lang, "sheet_directory"), headers, out)


def change_summary(item: dict[str, Any], lang: str, limit: int = SUMMARY_CHARS) -> str:
    """One readable line for a change: 'alt → neu', '+ neu', '− alt', or the words a text edit
    removed and added; a relaunch says so with the start of the new text, cut at a word."""
    if item["kind"] == "content":
        if item.get("diff"):
            removed = " … ".join(" ".join(text.split()) for op, text in item["diff"] if op == -1 and text.strip())
            added = " … ".join(" ".join(text.split()) for op, text in item["diff"] if op == 1 and text.strip())
            parts = []
            if removed:
                parts.append(f"{t(lang, 'sum_removed')}: „{removed}“")
            if added:
                parts.append(f"{t(lang, 'sum_added')}: „{added}“")
            return cut_at_word(" · ".join(parts), limit)
        return cut_at_word(f"{t(lang, 'relaunch')}: {item.get('new') or ''}", limit)
    old, new = humanise_phones(item.get("old")), humanise_phones(item.get("new"))
    if old and new:
        return cut_at_word(f"{old} → {new}", limit)
    return cut_at_word(f"+ {new}" if new else f"− {old}", limit)


def changes_sheet(items: list[dict[str, Any]], lang: str, tz: str = "Europe/Berlin") -> Sheet:
    """Changes (the dicts of `kiwatch changes --format json`) with kind label and summary."""
    headers = [t(lang, "col_name"), t(lang, "col_kind"), t(lang, "col_severity"), t(lang, "col_summary"),
               t(lang, "col_old"), t(lang, "col_new_value"), t(lang, "col_page"), t(lang, "col_date"),
               t(lang, "col_evidence"), t(lang, "col_slug"), t(lang, "col_kind_code")]
    out = []
    for item in items:
        out.append([item["centre_name"], item["kind_label"], severity_label(lang, Severity[item["severity"].upper()]),
                    change_summary(item, lang), humanise_phones(item.get("old")), humanise_phones(item.get("new")),
                    item.get("url") or "", local_datetime(item.get("detected_at"), lang, tz),
                    item.get("evidence") or "", item["centre"], item["kind"]])
    return Sheet(t(lang, "sheet_changes"), headers, out)


def to_csv(sheet: Sheet, dialect: str = "excel") -> bytes:
    """The sheet as CSV bytes: 'excel' = `;`, UTF-8 with BOM, CRLF; 'rfc4180' = `,`, UTF-8, CRLF."""
    if dialect not in CSV_DIALECTS:
        raise ValueError(f"unknown CSV dialect {dialect!r}; use one of {', '.join(CSV_DIALECTS)}")
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";" if dialect == "excel" else ",", lineterminator="\r\n")
    writer.writerow(sheet.headers)
    for row in sheet.rows:
        writer.writerow([guard_formula(str(cell)) for cell in row])
    return buf.getvalue().encode("utf-8-sig" if dialect == "excel" else "utf-8")


def to_xlsx(sheet: Sheet, path: str | Path) -> None:
    """The sheet as an .xlsx workbook: bold frozen header row, autofilter, fitted column widths."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = sheet.title[:31]  # Excel's limit for sheet names
    ws.append(sheet.headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in sheet.rows:
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", str(cell)) for cell in row])
    for row_cells in ws.iter_rows(min_row=2):
        for cell in row_cells:
            # openpyxl stores a string starting with "=" as a formula; scraped text must stay text
            cell.data_type = "s"
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    ws.freeze_panes = "A2"
    if sheet.rows:
        ws.auto_filter.ref = ws.dimensions
    for index, header in enumerate(sheet.headers, start=1):
        longest = max([len(header) + 2] + [min(len(str(r[index - 1])), 200) for r in sheet.rows])
        ws.column_dimensions[get_column_letter(index)].width = max(8, min(longest + 2, 60))
    wb.save(path)
