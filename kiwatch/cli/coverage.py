"""`kiwatch coverage`: which facts (address, phone, e-mail, head, parent unit) are known per
centre, from which page, last seen when — the same query as the dashboard's /coverage."""

from __future__ import annotations

import argparse
import json
import sys

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from kiwatch.cli.options import SubParsers, printable
from kiwatch.core.vocab import ExitCode
from kiwatch.directory import COVERAGE_FIELDS, coverage
from kiwatch.display import local_date
from kiwatch.exports import Sheet, to_csv
from kiwatch.i18n import coverage_label, tr
from kiwatch.settings import Settings
from kiwatch.storage.db import open_database, session_factory


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("coverage", parents=[common],
                       help="which facts (address, phone, e-mail, head, parent unit) are known per centre, from which page, last seen when")
    p.add_argument("--site", action="append", default=[], metavar="SLUG", help="only this centre (repeatable)")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table", help="output format (default: table)")
    p.set_defaults(func=cmd_coverage)


# --- coverage ------------------------------------------------------------------------------
def cmd_coverage(args: argparse.Namespace, settings: Settings) -> int:
    engine = open_database(settings.database_url)
    with session_factory(engine)() as session:
        rows = coverage(session, args.site, stale_after_days=settings.stale_after_days)
    engine.dispose()
    lang = settings.lang
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif args.format == "csv":
        flat = []
        for row in rows:
            item = {"centre": row["centre"], "name": row["name"], "last_verified": row["last_verified"]}
            for field in COVERAGE_FIELDS:
                for part in ("status", "value", "url", "last_seen"):
                    item[f"{field}_{part}"] = row[field][part]
            flat.append(item)
        columns = ["centre", "name"] + [f"{f}_{p}" for f in COVERAGE_FIELDS for p in ("status", "value", "url", "last_seen")]
        columns.append("last_verified")
        sheet = Sheet("coverage", columns, [[item[c] for c in columns] for item in flat])
        sys.stdout.flush()
        sys.stdout.buffer.write(to_csv(sheet, "rfc4180"))
        sys.stdout.buffer.flush()
    else:
        table = Table(title=tr(lang, "coverage_title"))
        table.add_column(tr(lang, "col_name"))
        for field in COVERAGE_FIELDS:
            table.add_column(tr(lang, f"field_{field}"))
        style = {"found": "green", "missing": "red", "stale": "yellow"}
        for row in rows:
            cells = [escape(printable(row["centre"]))]
            for field in COVERAGE_FIELDS:
                entry = row[field]
                cells.append(f"[{style[entry['status']]}]{escape(coverage_label(lang, entry, lambda v: local_date(v, lang, settings.timezone)))}[/]")
            table.add_row(*cells)
        Console(highlight=False).print(table)
    return ExitCode.OK
