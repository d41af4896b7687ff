"""Options shared by several commands, and the one way scraped text reaches the terminal."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from kiwatch.core.errors import UsageError
from kiwatch.core.lazy import lazy_module
from kiwatch.core.text import strip_controls
from kiwatch.i18n import Msg
from kiwatch.registry import load_registry

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kiwatch import exports
    from kiwatch.exports import Sheet
    from kiwatch.notify import subscriptions
    from kiwatch.notify.subscriptions import ChangeFilter
else:
    # every command imports this module; only the export and filter commands need these
    exports = lazy_module("kiwatch.exports")
    subscriptions = lazy_module("kiwatch.notify.subscriptions")

SubParsers = Any  # argparse's _SubParsersAction is private; parsers only call add_parser on it


def add_common_options(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    """--db, --lang, --settings, -v. The main parser holds the defaults; each command's copy
    has none (SUPPRESS), so the option works before and after the command name."""
    def default(value: object) -> object:
        return argparse.SUPPRESS if suppress else value

    parser.add_argument("--db", metavar="URL", default=default(None), help="SQLAlchemy database URL (default: KIWATCH_DATABASE_URL, else kiwatch.sqlite in the user data directory; see kiwatch status)")
    parser.add_argument("--lang", choices=["de", "en"], default=default(None), help="language of the output (default: de)")
    parser.add_argument("--settings", metavar="FILE", default=default(None), help="TOML settings file (default: KIWATCH_SETTINGS)")
    parser.add_argument("-v", "--verbose", action="store_true", default=default(False), help="log details to stderr")


def common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    add_common_options(common, suppress=True)
    return common


def printable(text: object) -> str:
    """Scraped text for a terminal: control characters removed, so an escape sequence on a
    web page can never drive the reader's terminal."""
    return strip_controls(str(text))


def export_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--output", metavar="FILE", help="write to FILE instead of stdout (required for xlsx)")
    p.add_argument("--csv-dialect", choices=exports.CSV_DIALECTS, default="excel",
                   help="excel: ';' with BOM for a German Excel (default); rfc4180: ','")


def write_export(args: argparse.Namespace, sheet: Sheet) -> None:
    """CSV to stdout or --output; XLSX only to a file (a workbook is no terminal output)."""
    if args.format == "xlsx":
        if not args.output:
            raise UsageError(Msg("err_xlsx_output"))
        exports.to_xlsx(sheet, args.output)
        return
    data = exports.to_csv(sheet, args.csv_dialect)
    if args.output:
        with open(args.output, "wb") as fh:
            fh.write(data)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()


def filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--site", action="append", default=[], metavar="SLUG", help="only this centre (repeatable)")
    parser.add_argument("--regierungsbezirk", action="append", default=[], metavar="NAME",
                        help="only centres in this Regierungsbezirk (repeatable)")
    parser.add_argument("--kind", action="append", default=[], metavar="KIND", help="only this change kind (repeatable): {kinds}")
    parser.add_argument("--min-severity", choices=["low", "medium", "high"], help="only changes at least this severe")
    parser.add_argument("--sites", metavar="FILE", help="registry file naming the centres (default: the bundled one)")


def change_filter(args: argparse.Namespace, session: Session) -> ChangeFilter:
    vocab = subscriptions.Vocabulary.load(session, load_registry(getattr(args, "sites", None)))
    return subscriptions.build_filter(vocab, sites=args.site, regierungsbezirke=args.regierungsbezirk, kinds=args.kind,
                        min_severity=args.min_severity)

