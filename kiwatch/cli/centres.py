"""`kiwatch centres`: the current directory of centres."""

from __future__ import annotations

import argparse
import json

import phonenumbers
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from kiwatch.cli.options import SubParsers, export_options, printable, write_export
from kiwatch.core.vocab import CentreStatus, ExitCode
from kiwatch.exports import directory_sheet
from kiwatch.i18n import t
from kiwatch.registry import load_registry
from kiwatch.settings import Settings
from kiwatch.storage.db import open_database, session_factory, sqlite_path
from kiwatch.storage.store import Store


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("centres", parents=[common], help="the current directory of centres")
    p.add_argument("--format", choices=["table", "csv", "json", "xlsx"], default="table")
    export_options(p)
    p.set_defaults(func=cmd_centres)


def cmd_centres(args: argparse.Namespace, settings: Settings) -> int:
    path = sqlite_path(settings.database_url)
    if path is not None and not path.exists():
        # No crawl yet: the directory is the registry itself.
        rows = [{"slug": c.slug, "name": c.name, "municipality": c.municipality, "regierungsbezirk": c.regierungsbezirk,
                 "homepage": c.start_urls[0] if c.start_urls else "", "status": CentreStatus.NEW} for c in load_registry()]
    else:
        engine = open_database(settings.database_url)
        rows = Store(session_factory(engine), settings).directory()
        engine.dispose()
    lang = settings.lang
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif args.format in ("csv", "xlsx"):
        write_export(args, directory_sheet(rows, lang))
    else:
        table = Table(title=t(lang, "centres_header", n=len(rows)))
        cols = [("municipality", "col_centre"), ("address", "col_address"), ("phone", "col_phone"),
                ("email", "col_email"), ("head", "col_head"), ("parent_unit", "col_parent"),
                ("last_verified", "col_verified")]
        cols = [(key, label) for key, label in cols if any(row.get(key) for row in rows)]  # no empty columns
        for key, label in cols:
            # short values keep their width; long ones (addresses, units) share the rest
            table.add_column(t(lang, label), overflow="fold", no_wrap=key == "phone",
                             min_width=10 if key == "last_verified" else None,
                             ratio=2 if key in ("address", "parent_unit") else 1)
        for row in rows:
            table.add_row(*(escape(printable(_for_table(key, row))) for key, _ in cols))
        Console(highlight=False).print(table)
    return ExitCode.OK


def _for_table(key: str, row: dict) -> str:
    """Directory cells for people, not machines: one fact per line, phones as dialled,
    dates without the time (CSV and JSON keep the canonical values)."""
    value = row.get(key, "") or ""
    if key == "municipality":
        return value or row.get("name", "")
    if key == "phone":
        return "\n".join(phonenumbers.format_number(phonenumbers.parse(n), phonenumbers.PhoneNumberFormat.NATIONAL)
                         for n in value.split("; ") if n)
    if key in ("last_verified", "last_change"):
        return value[:10]
    return value.replace("; ", "\n")
