"""`kiwatch crawl`: fetch the centres' pages, store new versions, record changes."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from kiwatch.cli.options import SubParsers
from kiwatch.core.lazy import lazy_module
from kiwatch.core.vocab import ExitCode, FetchOutcome
from kiwatch.crawlers.job import run_crawl
from kiwatch.i18n import cause_text, t
from kiwatch.registry import load_registry, select
from kiwatch.settings import Settings

if TYPE_CHECKING:
    from kiwatch.cli import run_summary
else:
    # rich's console and table are first needed for the first page's progress line
    run_summary = lazy_module("kiwatch.cli.run_summary")


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("crawl", parents=[common], help="fetch the centres' pages, store new versions, record changes")
    p.add_argument("--site", action="append", metavar="SLUG", help="only this centre (repeatable)")
    p.add_argument("--sites", metavar="FILE", help="registry TOML file (default: the bundled 54 NRW centres)")
    p.add_argument("--allow-private-hosts", action="store_true",
                   help="also crawl loopback addresses (tests, the demo); intranet networks need the setting private_networks")
    p.add_argument("-q", "--quiet", action="store_true", help="no per-page progress lines")
    p.add_argument("--all-centres", action="store_true",
                   help="list every centre in the run summary (above 20 centres it lists only those with changes, errors or warnings)")
    p.set_defaults(func=cmd_crawl)


def cmd_crawl(args: argparse.Namespace, settings: Settings) -> int:
    if args.allow_private_hosts:
        settings = settings.replace(allow_private_hosts=True)
    registry = load_registry(args.sites)
    chosen = select(registry, args.site)
    lang = settings.lang
    for c in chosen:
        if not c.crawlable:
            run_summary.warn(t(lang, "skipped_no_url", name=c.name))
    printer: run_summary.ProgressPrinter | None = None

    def progress(slug: str, url: str, outcome: FetchOutcome) -> None:
        nonlocal printer
        if not args.quiet:
            if printer is None:
                printer = run_summary.ProgressPrinter(lang)
            printer(slug, url, outcome)

    try:
        report = run_crawl(settings, registry, chosen, progress)
    except KeyboardInterrupt:
        # The event loop was left mid-flight: Twisted's thread pool and the abandoned
        # connections would keep the interpreter from exiting. Everything is recorded and
        # the database closed, so end the process here, even when nobody reads its output.
        try:
            run_summary.warn("kiwatch: " + t(lang, "crawl_interrupted"), style="bold yellow")
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):  # a closed pipe or stream (the terminal went away)
            pass
        os._exit(ExitCode.INTERRUPTED)
    run_summary.print_summary(report.tallies, lang, all_centres=args.all_centres)
    if report.all_failed:
        run_summary.warn("kiwatch: " + t(lang, "all_failed_cause", cause=cause_text(report.cause, lang)), style="bold red")
        return ExitCode.PARTIAL
    return ExitCode.PARTIAL if report.some_failed else ExitCode.OK

