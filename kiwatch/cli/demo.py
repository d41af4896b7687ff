"""`kiwatch demo`: the whole pipeline on the bundled archive, offline."""

from __future__ import annotations

import argparse

from kiwatch.cli.options import SubParsers
from kiwatch.demo import run_demo
from kiwatch.settings import Settings


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help="the whole pipeline on the bundled 2018 and 2023 pages, offline")
    p.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    return run_demo(settings, explicit_db=args.db)
