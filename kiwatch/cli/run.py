"""`kiwatch run`: the scheduler daemon, or `run --once` for cron and systemd timers."""

from __future__ import annotations

import argparse

from kiwatch import scheduler
from kiwatch.cli.options import SubParsers
from kiwatch.settings import Settings


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("run", parents=[common], help="scheduler daemon: crawls and digests on schedule")
    p.add_argument("--once", action="store_true", help="run what is due now, then exit (for cron / systemd timers)")
    p.add_argument("--sites", metavar="FILE", help="registry file passed to each crawl (default: the bundled one)")
    p.set_defaults(func=cmd_run)


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    return scheduler.main(settings, once=args.once, sites=args.sites, settings_file=args.settings)
