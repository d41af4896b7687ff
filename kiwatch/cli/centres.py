"""`kiwatch centres`: the current directory of centres."""

from __future__ import annotations

import argparse
import json
from typing import Any

from rich.console import Console

from kiwatch.cli.options import SubParsers, export_options, write_export
from kiwatch.core.vocab import CentreStatus, ExitCode
from kiwatch.directory import directory, parse_as_of
from kiwatch.display import local_date, national_phone
from kiwatch.exports import directory_sheet
from kiwatch.i18n import status_label, t
from kiwatch.registry import load_registry
from kiwatch.settings import Settings
from kiwatch.storage.db import open_database, session_factory, sqlite_path
from kiwatch.terminal import Column, print_table


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("centres", parents=[common], help="the current directory of centres")
    p.add_argument("--format", choices=["table", "csv", "json", "xlsx"], default="table", help="output format (default: table)")
    export_options(p)
    p.add_argument("--as-of", metavar="DATE", help="the directory as it stood at the end of this day (YYYY-MM-DD or TT.MM.JJJJ)")
    p.set_defaults(func=cmd_centres)


def cmd_centres(args: argparse.Namespace, settings: Settings) -> int:
    as_of = parse_as_of(args.as_of, settings.timezone)
    path = sqlite_path(settings.database_url)
    if path is not None and not path.exists() and as_of is None:
        # No crawl yet: the directory is the registry itself.
        rows = [{"slug": c.slug, "name": c.name, "municipality": c.municipality, "regierungsbezirk": c.regierungsbezirk,
                 "homepage": c.start_urls[0] if c.start_urls else "", "status": CentreStatus.NEW} for c in load_registry()]
    else:
        engine = open_database(settings.database_url)
        with session_factory(engine)() as session:  # the same query as the dashboard's directory
            rows = directory(session, as_of, settings.stale_after_days)
        engine.dispose()
    lang = settings.lang
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif args.format in ("csv", "xlsx"):
        write_export(args, directory_sheet(rows, lang))
    else:
        print_directory(rows, lang, settings.timezone)
    return ExitCode.OK


def print_directory(rows: list[dict[str, Any]], lang: str, tz: str) -> None:
    """The directory for people: most important columns first, as many as the terminal
    holds; one fact per line, phones as dialled, local dates."""
    def cells(key: str) -> list[str]:
        return [_for_table(key, row, lang, tz) for row in rows]

    columns = [
        Column(t(lang, "col_centre"), cells("municipality")),
        Column(t(lang, "col_rb_short"), cells("regierungsbezirk")),
        Column(t(lang, "col_status"), cells("status")),
        Column(t(lang, "col_last_change"), cells("last_change"), wrap=False),
        Column(t(lang, "col_address"), cells("address")),
        Column(t(lang, "col_phone"), cells("phone"), wrap=False),
        Column(t(lang, "col_head"), cells("head")),
        Column(t(lang, "col_parent"), cells("parent_unit")),
        Column(t(lang, "col_email"), cells("email"), wrap=False),
        Column(t(lang, "col_verified"), cells("last_verified"), wrap=False),
    ]
    columns = [c for c in columns if any(c.cells)]  # no empty columns
    print_table(Console(highlight=False), columns, title=t(lang, "centres_header", n=len(rows)),
                note=t(lang, "columns_left_out", columns="{columns}"))  # filled by print_table


def _for_table(key: str, row: dict[str, Any], lang: str, tz: str) -> str:
    """Directory cells for people, not machines: one fact per line, phones as dialled,
    local dates without the time (CSV and JSON keep the canonical values)."""
    value = row.get(key, "") or ""
    if key == "municipality":
        return value or row.get("name", "")
    if key == "status":
        return status_label(lang, value or "new")
    if key == "phone":
        return "\n".join(national_phone(n) for n in value.split("; ") if n)
    if key in ("last_verified", "last_change"):
        return local_date(value, lang, tz)
    return value.replace("; ", "\n")
