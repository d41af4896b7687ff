# PYTHON_ARGCOMPLETE_OK  (argcomplete's global completion may call this entry point)
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
import atexit
import gc
import logging
import os
import sys
import threading
from importlib import metadata
from typing import NoReturn

from kiwatch.cli.options import add_common_options, common_options
from kiwatch.core.errors import KiwatchError
from kiwatch.core.lazy import lazy_module
from kiwatch.core.vocab import ExitCode
from kiwatch.i18n import argparse_language, localise, localise_parser, t
from kiwatch.settings import load_settings

# One module per command group, imported only when one of its commands runs — or when the whole
# command line is shown (--help, the overview, shell completion, an unknown command): `kiwatch
# crawl` does not pay for the dashboard's, mail's and exports' libraries before its first
# request. In the order `kiwatch --help` lists them.
crawl = lazy_module("kiwatch.cli.crawl")
changes = lazy_module("kiwatch.cli.changes")
centres = lazy_module("kiwatch.cli.centres")
history = lazy_module("kiwatch.cli.history")
coverage = lazy_module("kiwatch.cli.coverage")
status = lazy_module("kiwatch.cli.status")
resolve = lazy_module("kiwatch.cli.resolve")
extract = lazy_module("kiwatch.cli.extract")
demo = lazy_module("kiwatch.cli.demo")
run = lazy_module("kiwatch.cli.run")
subscriptions = lazy_module("kiwatch.cli.subscriptions")
digest = lazy_module("kiwatch.cli.digest")
feed = lazy_module("kiwatch.cli.feed")
serve = lazy_module("kiwatch.cli.serve")
users = lazy_module("kiwatch.cli.users")
completion = lazy_module("kiwatch.cli.completion")
COMMAND_GROUPS = (crawl, changes, centres, history, coverage, status, resolve, extract, demo, run, subscriptions, digest,
                  feed, serve, users, completion)
# Each command to the group that registers it (tests/test_cli_language.py checks this against
# what the groups' register() add).
COMMANDS = {"crawl": crawl, "changes": changes, "centres": centres, "history": history, "coverage": coverage,
            "status": status, "confirm": resolve, "keep": resolve, "extract": extract, "demo": demo, "run": run, "subscribe": subscriptions,
            "subscriptions": subscriptions, "unsubscribe": subscriptions, "digest": digest, "feed": feed,
            "serve": serve, "user": users, "completion": completion}

DAEMON_LOGGERS = ("kiwatch.scheduler", "kiwatch.schedule", "kiwatch.notify")
LANGS = ("de", "en")
OVERVIEW_EXAMPLES = ("kiwatch demo", "kiwatch crawl --site duisburg", "kiwatch changes --since {date}",
                     "kiwatch centres --format xlsx --output {file}")


def version() -> str:
    try:
        return metadata.version("kiwatch")
    except metadata.PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


def build_parser(lang: str = "de", command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line in `lang`; the options of `common_options` work before and after
    the command (`kiwatch --lang en crawl` = `kiwatch crawl --lang en`). With a known
    `command`, only its group is registered (and imported): the same parse for that command."""
    parser = argparse.ArgumentParser(
        prog="kiwatch",
        description="Watches the web pages of the Kommunale Integrationszentren (NRW) and reports what changed.",
    )
    parser.add_argument("--version", action="version", version=t(lang, "version", version=version()),
                        help="show the version and exit")
    add_common_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = common_options()
    for group in (COMMANDS[command],) if command in COMMANDS else COMMAND_GROUPS:
        group.register(sub, common)
    localise_parser(parser, lang)
    return parser


def command_named(argv: list[str]) -> str | None:
    """The command an argument list runs, found without parsing it: the first word that is
    neither an option nor the value of a common option (`--db URL`, also abbreviated, as
    argparse allows). None when there is none, or when completing a shell line (every
    command is needed then)."""
    if os.environ.get("_ARGCOMPLETE"):
        return None
    with_value = [o for a in common_options()._actions if a.nargs != 0 for o in a.option_strings]
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--":
            return None
        elif arg.startswith("-"):
            skip = "=" not in arg and (arg in with_value or (
                arg.startswith("--") and any(o.startswith(arg) for o in with_value if o.startswith("--"))))
        else:
            return arg
    return None


def wanted_lang(argv: list[str]) -> str:
    """The output language before the arguments are parsed (help texts depend on it):
    --lang anywhere on the line, else KIWATCH_LANG or the settings file, else German."""
    for index, arg in enumerate(argv):
        value = argv[index + 1] if arg == "--lang" and index + 1 < len(argv) else arg.partition("--lang=")[2]
        if value in LANGS:
            return value
    settings_file = next((argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "--settings"), None)
    try:
        return load_settings(settings_file).lang
    except KiwatchError:  # reported properly once the command runs
        return os.environ.get("KIWATCH_LANG", "de") if os.environ.get("KIWATCH_LANG") in LANGS else "de"


def print_overview(parser: argparse.ArgumentParser, lang: str) -> None:
    """`kiwatch` alone: what it is, the commands with one line each, a few examples."""
    from datetime import date

    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    width = max(len(c.dest) for c in commands._choices_actions) + 2
    lines = [f"{t(lang, 'version', version=version())} – {parser.description}", "", f"{t(lang, 'overview_commands')}:"]
    lines += [f"  {c.dest.ljust(width)}{c.help}" for c in commands._choices_actions]
    today = date.today().strftime("01.%m.%Y" if lang == "de" else "%Y-%m-01")
    lines += ["", f"{t(lang, 'overview_examples')}:"]
    lines += ["  " + e.format(date=today, file="zentren.xlsx" if lang == "de" else "centres.xlsx") for e in OVERVIEW_EXAMPLES]
    lines += ["", t(lang, "overview_more")]
    print("\n".join(lines))


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


# commands whose process ends right after them holding a large heap (a crawl: Scrapy,
# Twisted, SQLAlchemy, the crawl state of every page): see _exit_without_teardown
EXIT_WITHOUT_TEARDOWN = frozenset({"crawl"})


def _exit_without_teardown(code: int) -> NoReturn:
    """End the process as the interpreter would, minus freeing every object one by one: after
    a crawl that teardown alone cost 0.3-0.4 s of CPU (a third of a 1,000-page unchanged
    re-crawl's Scrapy share). What an exit must do still happens, in the interpreter's order:
    other threads are waited for, the atexit handlers run (logging's flush among them), the
    output is flushed."""
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and not thread.daemon:
            thread.join()
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):  # the reader went away, or the stream was closed
        pass
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    as_program = argv is None  # run as `kiwatch …`, not called by a test or another program
    argv = sys.argv[1:] if argv is None else list(argv)
    if as_program:
        # Building the parser imports the command's group (for a crawl: Scrapy, Twisted, the
        # TLS stack): some 60,000 objects the collector tracks, nearly all alive until the
        # process ends. Its 140 passes over them while they load freed 1,600 (a crawl's import
        # garbage, kept now until exit) and cost 5 % of a crawl's start-up instructions; frozen
        # once loaded, they are also no longer walked by the collections of the command's work.
        gc.disable()
    try:
        lang = wanted_lang(argv)
        with argparse_language(lang):
            parser = build_parser(lang, command_named(argv))
            if "_ARGCOMPLETE" in os.environ:  # a shell's completion request (argcomplete does nothing without it)
                import argcomplete

                argcomplete.autocomplete(parser)  # answers it and exits
            args = parser.parse_args(argv)
    finally:
        if as_program:
            gc.freeze()
            gc.enable()
    if args.command is None:
        print_overview(parser, lang)
        return ExitCode.OK
    setup_logging(args.verbose, daemon=args.command == "run")
    try:
        settings = load_settings(args.settings, lang=args.lang, database_url=args.db)
        lang = settings.lang
        code: int = args.func(args, settings)
        if as_program and args.command in EXIT_WITHOUT_TEARDOWN:
            _exit_without_teardown(code)
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
        print(f"kiwatch: {t(lang, 'err_internal')}", file=sys.stderr)
        return ExitCode.INTERNAL
