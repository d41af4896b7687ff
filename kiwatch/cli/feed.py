"""`kiwatch feed`: an Atom feed of the changes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiwatch.cli.options import SubParsers, change_filter, filter_options
from kiwatch.core.errors import UsageError
from kiwatch.core.vocab import ExitCode
from kiwatch.i18n import Msg
from kiwatch.notify.feed import build_feed
from kiwatch.settings import Settings
from kiwatch.storage.db import open_database, session_factory


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("feed", parents=[common], help="Atom feed of changes on stdout")
    filter_options(p)
    p.add_argument("--limit", type=int, default=200, help="newest N changes (default 200)")
    p.add_argument("--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--self-url", metavar="URL",
                   help="public URL of this feed, its rel=self link (default: setting feed_url, else the --output file)")
    p.set_defaults(func=cmd_feed)


def cmd_feed(args: argparse.Namespace, settings: Settings) -> int:
    if args.limit < 1:
        raise UsageError(Msg("err_limit"))
    engine = open_database(settings.database_url, create=False)
    try:
        with session_factory(engine)() as session:
            flt = change_filter(args, session)
            self_url = args.self_url or settings.feed_url or (Path(args.output).resolve().as_uri() if args.output else "")
            data = build_feed(session, settings, flt, limit=args.limit, self_url=self_url)
    finally:
        engine.dispose()
    if args.output:
        Path(args.output).write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    return ExitCode.OK
