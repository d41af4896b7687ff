"""Command line: `kiwatch crawl|changes|centres|status|extract|demo|run|subscribe|digest|feed|...`.

The command line is the contract users script against: exit code 0 on success, 1 when a
run finished but some sites failed, 2 on a usage, configuration or storage error (with a
message naming the file, entry or site and what to do) — every such error is a KiwatchError
carrying its exit code. One module per command group; each has `register(sub, common)`
adding its sub-commands, whose handlers are `handler(args, settings) -> int`. Logging is
set up here and nowhere else.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from kiwatch.cli import centres, changes, crawl, demo, digest, extract, feed, run, status, subscriptions
from kiwatch.cli.options import common_options
from kiwatch.core.errors import KiwatchError
from kiwatch.core.vocab import ExitCode
from kiwatch.i18n import localise, t
from kiwatch.settings import load_settings

# In the order `kiwatch --help` lists them.
COMMAND_GROUPS = (crawl, changes, centres, status, extract, demo, run, subscriptions, digest, feed)

DAEMON_LOGGERS = ("kiwatch.scheduler", "kiwatch.schedule", "kiwatch.notify")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiwatch",
        description="Watches the web pages of the Kommunale Integrationszentren (NRW) and reports what changed.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = common_options()
    for group in COMMAND_GROUPS:
        group.register(sub, common)
    return parser


def setup_logging(verbose: bool, daemon: bool = False) -> None:
    """Warnings to stderr (details with -v). A daemon also reports what it does (journald /
    cron mail): INFO with time stamps for the scheduler and delivery, whatever -v says."""
    level = logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    for handler in logging.root.handlers:
        handler.setLevel(level)  # Scrapy resets the root logger's level to NOTSET
    if daemon:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        for name in DAEMON_LOGGERS:
            logger = logging.getLogger(name)
            logger.setLevel(logging.INFO)
            logger.addHandler(handler)
            logger.propagate = False


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(args.verbose, daemon=args.command == "run")
    lang = args.lang or "de"
    try:
        settings = load_settings(args.settings, lang=args.lang, database_url=args.db)
        lang = settings.lang
        code: int = args.func(args, settings)
        return code
    except KiwatchError as exc:
        print(f"kiwatch: {t(lang, 'error')}: {localise(exc, lang)}", file=sys.stderr)
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
