"""`kiwatch crawl`: fetch the centres' pages, store new versions, record changes."""

from __future__ import annotations

import argparse
import os
import sys

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from kiwatch.cli.options import SubParsers, printable
from kiwatch.core.vocab import CentreRunStatus, ExitCode, FetchOutcome
from kiwatch.crawlers.job import run_crawl
from kiwatch.i18n import N_, cause_text, failure_text, outcome_label, status_label, t
from kiwatch.records import CentreTally
from kiwatch.registry import load_registry, select
from kiwatch.settings import Settings

PROGRESS_STYLES = {FetchOutcome.OK: "green", FetchOutcome.NOT_MODIFIED: "dim"}


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("crawl", parents=[common], help="fetch the centres' pages, store new versions, record changes")
    p.add_argument("--site", action="append", metavar="SLUG", help="only this centre (repeatable)")
    p.add_argument("--sites", metavar="FILE", help="registry TOML file (default: the bundled 54 NRW centres)")
    p.add_argument("--allow-private-hosts", action="store_true",
                   help="also crawl loopback addresses (tests, the demo); intranet networks need the setting private_networks")
    p.add_argument("-q", "--quiet", action="store_true", help="no per-page progress lines")
    p.set_defaults(func=cmd_crawl)


def cmd_crawl(args: argparse.Namespace, settings: Settings) -> int:
    if args.allow_private_hosts:
        settings = settings.replace(allow_private_hosts=True)
    registry = load_registry(args.sites)
    chosen = select(registry, args.site)
    lang = settings.lang
    err = Console(stderr=True, highlight=False)
    for c in chosen:
        if not c.crawlable:
            err.print(t(lang, "skipped_no_url", name=c.name), style="yellow")

    def progress(slug: str, url: str, outcome: FetchOutcome) -> None:
        if not args.quiet:
            style = PROGRESS_STYLES.get(outcome, "red")
            word = outcome_label(lang, outcome.value)
            err.print(f"[{style}]{word:14}[/] {slug:24} {escape(printable(url))}", markup=True, soft_wrap=True)

    try:
        report = run_crawl(settings, registry, chosen, progress)
    except KeyboardInterrupt:
        err.print("kiwatch: " + t(lang, "crawl_interrupted"), style="bold yellow")
        # The event loop was left mid-flight: Twisted's thread pool and the abandoned
        # connections would keep the interpreter from exiting. Everything is recorded and
        # the database closed, so end the process here.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(ExitCode.INTERRUPTED)
    _print_crawl_summary(report.tallies, lang)
    if report.all_failed:
        err.print("kiwatch: " + t(lang, "all_failed_cause", cause=cause_text(report.cause, lang)),
                  style="bold red", markup=False)
        return ExitCode.PARTIAL
    return ExitCode.PARTIAL if report.some_failed else ExitCode.OK


def _print_crawl_summary(tallies: dict[str, CentreTally], lang: str) -> None:
    table = Table(title=t(lang, "crawl_summary"))
    for key in (N_("col_centre"), N_("col_pages"), N_("col_unchanged"), N_("col_new"), N_("col_failed"), N_("col_changes"),
                N_("col_status")):
        table.add_column(t(lang, key), justify="left" if key in ("col_centre", "col_status") else "right")
    for slug, tally in sorted(tallies.items()):
        if tally.status == CentreRunStatus.SKIPPED:
            continue
        status = t(lang, "baseline") if tally.baseline else status_label(lang, tally.status)
        table.add_row(slug, str(tally.pages), str(tally.unchanged), str(tally.changed), str(tally.failed), str(tally.changes), status)
    console = Console(highlight=False)
    console.print(table)
    for slug, tally in sorted(tallies.items()):
        for failure in tally.failures[:5]:
            console.print(printable(f"  {slug}: {failure_text(lang, failure)}"), style="yellow", markup=False, soft_wrap=True)
        if len(tally.failures) > 5:
            more = len(tally.failures) - 5
            console.print(f"  {slug}: " + t(lang, "more_failures", n=more), style="yellow", markup=False)
