"""Command line: `kiwatch crawl|changes|centres|extract|demo|...`.

The command line is the contract users script against: exit code 0 on success, 1 when a
run finished but some sites failed, 2 on a usage, configuration or storage error (with a
message naming the file, entry or site and what to do).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from kiwatch.commands import core, notify
from kiwatch.core.errors import KiwatchError
from kiwatch.core.vocab import ExitCode
from kiwatch.i18n import t
from kiwatch.settings import load_settings


def common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", help="SQLAlchemy database URL (default: KIWATCH_DATABASE_URL, else kiwatch.sqlite in the user data directory; see kiwatch status)")
    common.add_argument("--lang", choices=["de", "en"], help="language of the output (default: de)")
    common.add_argument("--settings", metavar="FILE", help="TOML settings file (default: KIWATCH_SETTINGS)")
    common.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiwatch",
        description="Watches the web pages of the Kommunale Integrationszentren (NRW) and reports what changed.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = common_options()
    core.register(sub, common)
    notify.register(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.INFO if args.verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    for handler in logging.root.handlers:
        handler.setLevel(level)  # Scrapy resets the root logger's level to NOTSET
    lang = args.lang or "de"
    try:
        settings = load_settings(args.settings, lang=args.lang, database_url=args.db)
        lang = settings.lang
        return args.func(args, settings)
    except KiwatchError as exc:
        print(f"kiwatch: {t(lang, 'error')}: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        # the reader went away (`kiwatch changes | head -1`): nothing to say, and nothing more
        # may be written; point stdout at /dev/null so the interpreter's final flush is silent too
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return ExitCode.CLOSED_PIPE  # 128 + SIGPIPE, as a shell reports a command stopped by a closed pipe
    except Exception:
        logging.getLogger("kiwatch").exception("internal error")
        print("kiwatch: internal error (a bug): please report it with the traceback above", file=sys.stderr)
        return ExitCode.INTERNAL
