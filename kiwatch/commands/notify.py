"""Delivery commands: run, subscribe, subscriptions, unsubscribe, digest, feed (issue #3).

Every handler is `handler(args, settings) -> int` (0 ok, 1 finished with failures, 2 usage or
configuration error). SMTP settings come from Settings (file / KIWATCH_SMTP_* environment),
never from the command line.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import datetime
from pathlib import Path

from kiwatch.display import DateError, parse_user_date
from kiwatch.i18n import t
from kiwatch.core.errors import UsageError
from kiwatch.core.vocab import DigestOutcome, ExitCode
from kiwatch.notify.subscriptions import (FREQUENCIES, ChangeFilter, Vocabulary,
                                          build_filter, list_subscriptions, subscribe, subscription_json,
                                          unsubscribe)
from kiwatch.records import ChangeKind
from kiwatch.registry import load_registry
from kiwatch.settings import Settings
from kiwatch.storage.db import open_database, session_factory, transaction



def _filter_options(parser: argparse.ArgumentParser) -> None:
    kinds = ", ".join(k.value for k in ChangeKind)
    parser.add_argument("--site", action="append", default=[], metavar="SLUG", help="only this centre (repeatable)")
    parser.add_argument("--regierungsbezirk", action="append", default=[], metavar="NAME",
                        help="only centres in this Regierungsbezirk (repeatable)")
    parser.add_argument("--kind", action="append", default=[], metavar="KIND", help=f"only this change kind (repeatable): {kinds}")
    parser.add_argument("--min-severity", choices=["low", "medium", "high"], help="only changes at least this severe")
    parser.add_argument("--sites", metavar="FILE", help="registry file naming the centres (default: the bundled one)")


def register(subparsers, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("run", parents=[common], help="scheduler daemon: crawls and digests on schedule")
    p.add_argument("--once", action="store_true", help="run what is due now, then exit (for cron / systemd timers)")
    p.add_argument("--sites", metavar="FILE", help="registry file passed to each crawl (default: the bundled one)")
    p.set_defaults(func=cmd_run)

    p = subparsers.add_parser("subscribe", parents=[common], help="subscribe an e-mail address to a digest")
    p.add_argument("email", metavar="EMAIL")
    _filter_options(p)
    p.add_argument("--frequency", choices=FREQUENCIES, default="daily")
    # --lang of the common options sets the digest language (default de)
    p.set_defaults(func=cmd_subscribe)

    p = subparsers.add_parser("subscriptions", parents=[common], help="list subscriptions")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=cmd_subscriptions)

    p = subparsers.add_parser("unsubscribe", parents=[common], help="remove an address's subscriptions")
    p.add_argument("email", metavar="EMAIL")
    p.add_argument("--frequency", choices=FREQUENCIES, help="remove only this one (default: all of the address)")
    p.set_defaults(func=cmd_unsubscribe)

    p = subparsers.add_parser("digest", parents=[common], help="send (or preview) the digests that are due")
    p.add_argument("--frequency", choices=FREQUENCIES, default="daily")
    p.add_argument("--dry-run", action="store_true", help="render without sending or recording anything")
    p.add_argument("--to", metavar="EMAIL", help="only the digest of this subscriber")
    p.add_argument("--output", metavar="DIR", help="with --dry-run: write .eml, .txt and .html files here instead of stdout")
    p.add_argument("--since", metavar="DATE",
                   help="with --dry-run: preview from history, every matching change since DATE (2026-11-30 or 30.11.2026)")
    p.set_defaults(func=cmd_digest)

    p = subparsers.add_parser("feed", parents=[common], help="Atom feed of changes on stdout")
    _filter_options(p)
    p.add_argument("--limit", type=int, default=200, help="newest N changes (default 200)")
    p.add_argument("--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--self-url", metavar="URL",
                   help="public URL of this feed, its rel=self link (default: setting feed_url, else the --output file)")
    p.set_defaults(func=cmd_feed)


def _filter(args, session) -> ChangeFilter:
    vocab = Vocabulary.load(session, load_registry(getattr(args, "sites", None)))
    return build_filter(vocab, sites=args.site, regierungsbezirke=args.regierungsbezirk, kinds=args.kind,
                        min_severity=args.min_severity)


def cmd_subscribe(args, settings: Settings) -> int:
    lang = args.lang or "de"  # the digest language; default German
    engine = open_database(settings.database_url, create=True)
    try:
        factory = session_factory(engine)
        with transaction(factory) as session:
            flt = _filter(args, session)
            sub, created = subscribe(session, args.email, flt, frequency=args.frequency, lang=lang)
            key = "nf_subscribed" if created else "nf_updated"
            print(t(settings.lang, key, email=sub.email, frequency=t(settings.lang, f"nf_frequency_{sub.frequency}"),
                    filters=flt.describe(settings.lang)))
    finally:
        engine.dispose()
    return ExitCode.OK


def cmd_subscriptions(args, settings: Settings) -> int:
    engine = open_database(settings.database_url, create=True)
    try:
        with session_factory(engine)() as session:
            subs = list_subscriptions(session)
            if args.format == "json":
                print(json.dumps([subscription_json(s) for s in subs], ensure_ascii=False, indent=2))
                return ExitCode.OK
            if not subs:
                print(t(settings.lang, "nf_no_subscriptions"))
                return ExitCode.OK
            lang = settings.lang
            rows = [(s.email, s.frequency, s.lang, ChangeFilter.of(s).describe(lang)) for s in subs]
            head = (t(lang, "nf_col_email"), t(lang, "nf_col_frequency"), t(lang, "nf_col_lang"), t(lang, "nf_col_filters"))
            widths = [max(len(r[i]) for r in [head, *rows]) for i in range(3)]
            for row in [head, *rows]:
                print("  ".join(cell.ljust(widths[i]) if i < 3 else cell for i, cell in enumerate(row)))
    finally:
        engine.dispose()
    return ExitCode.OK


def cmd_unsubscribe(args, settings: Settings) -> int:
    engine = open_database(settings.database_url, create=False)
    try:
        with transaction(session_factory(engine)) as session:
            n = unsubscribe(session, args.email, args.frequency)
    finally:
        engine.dispose()
    if not n:
        print(t(settings.lang, "nf_not_subscribed", email=args.email.strip()), file=sys.stderr)
        return ExitCode.PARTIAL
    print(t(settings.lang, "nf_unsubscribed", email=args.email.strip(), n=n))
    return ExitCode.OK


def _safe_filename(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9@._-]+", "_", text)[:100]


def cmd_digest(args, settings: Settings) -> int:
    from kiwatch.notify.mailer import Mailer
    from kiwatch.notify.outbox import run_digests

    if args.output and not args.dry_run:
        raise UsageError("--output only works with --dry-run")
    if args.since and not args.dry_run:
        raise UsageError("--since only works with --dry-run (a real digest sends what is pending)")
    since = _parse_date("--since", args.since)
    engine = open_database(settings.database_url, create=False)
    try:
        factory = session_factory(engine)
        if args.to:
            _check_subscriber(factory, args.to, args.frequency)
        if args.dry_run:
            results = run_digests(factory, settings, None, frequency=args.frequency, dry_run=True, only_email=args.to,
                                  since=since)
        else:
            with Mailer(settings) as mailer:
                results = run_digests(factory, settings, mailer, frequency=args.frequency, only_email=args.to)
    finally:
        engine.dispose()
    lang = settings.lang
    if args.dry_run:
        out_dir = Path(args.output) if args.output else None
        if out_dir:
            out_dir.mkdir(parents=True, exist_ok=True)
        for index, result in enumerate(r for r in results if r.outcome == DigestOutcome.PREVIEW):
            if out_dir:
                stem = f"{index + 1:02d}-{_safe_filename(result.email)}-{args.frequency}"
                (out_dir / f"{stem}.eml").write_bytes(bytes(result.message))
                (out_dir / f"{stem}.txt").write_text(result.rendered.text, encoding="utf-8")
                (out_dir / f"{stem}.html").write_text(result.rendered.html, encoding="utf-8")
                print(out_dir / f"{stem}.eml")
            else:
                print(f"To: {result.email}\nSubject: {result.rendered.subject}\n\n{result.rendered.text}")
        for result in results:
            if result.outcome != DigestOutcome.PREVIEW and result.email:
                print(result.describe(lang), file=sys.stderr)
        return ExitCode.OK
    failed = False
    for result in results:
        if not result.email:
            continue
        if result.outcome.is_failure:
            failed = True
            print(f"kiwatch: {result.describe(lang)}", file=sys.stderr)
        elif args.verbose or result.outcome == DigestOutcome.SENT:
            print(result.describe(lang))
    return ExitCode.PARTIAL if failed else ExitCode.OK


def _parse_date(option: str, text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return parse_user_date(text)
    except DateError:
        raise UsageError(f"{option} {text!r}: expected a date like 2024-01-31 or 31.01.2024") from None


def _check_subscriber(factory, email: str, frequency: str) -> None:
    """--to must name a subscriber of this frequency: a typo must not look like 'nothing to send'."""
    with factory() as session:
        have = sorted(s.frequency for s in list_subscriptions(session) if s.email.lower() == email.strip().lower())
    if not have:
        raise UsageError(f"{email.strip()}: no subscription with this address (see 'kiwatch subscriptions')")
    if frequency not in have:
        raise UsageError(f"{email.strip()}: no {frequency} subscription, only {', '.join(have)}; "
                                f"use --frequency {have[0]}")


def cmd_feed(args, settings: Settings) -> int:
    from kiwatch.notify.feed import build_feed

    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    engine = open_database(settings.database_url, create=False)
    try:
        with session_factory(engine)() as session:
            flt = _filter(args, session)
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


def cmd_run(args, settings: Settings) -> int:
    from kiwatch import scheduler

    return scheduler.main(settings, once=args.once, sites=args.sites, settings_file=args.settings)
