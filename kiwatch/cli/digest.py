"""`kiwatch digest`: send (or preview) the digests that are due."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from kiwatch.cli.options import SubParsers
from kiwatch.core.errors import UsageError
from kiwatch.core.vocab import DigestOutcome, ExitCode
from kiwatch.display import DateError, parse_user_date
from kiwatch.i18n import Msg
from kiwatch.notify.mailer import Mailer
from kiwatch.notify.outbox import run_digests
from kiwatch.notify.subscriptions import FREQUENCIES, list_subscriptions
from kiwatch.settings import Settings
from kiwatch.storage.db import open_database, session_factory


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("digest", parents=[common], help="send (or preview) the digests that are due")
    p.add_argument("--frequency", choices=FREQUENCIES, default="daily", help="which digests (default: daily)")
    p.add_argument("--dry-run", action="store_true", help="render without sending or recording anything")
    p.add_argument("--to", metavar="EMAIL", help="only the digest of this subscriber")
    p.add_argument("--output", metavar="DIR", help="with --dry-run: write .eml, .txt and .html files here instead of stdout")
    p.add_argument("--since", metavar="DATE",
                   help="with --dry-run: preview from history, every matching change since DATE (2026-11-30 or 30.11.2026)")
    p.set_defaults(func=cmd_digest)


def _safe_filename(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9@._-]+", "_", text)[:100]


def cmd_digest(args: argparse.Namespace, settings: Settings) -> int:
    if args.output and not args.dry_run:
        raise UsageError(Msg("err_dry_run_only", option="--output"))
    if args.since and not args.dry_run:
        raise UsageError(Msg("err_dry_run_only", option="--since"))
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
            assert result.rendered is not None and isinstance(result.message, EmailMessage)  # a preview has both
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
        raise UsageError(Msg("err_date", option=option, text=text)) from None


def _check_subscriber(factory: sessionmaker[Session], email: str, frequency: str) -> None:
    """--to must name a subscriber of this frequency: a typo must not look like 'nothing to send'."""
    with factory() as session:
        have = sorted(s.frequency for s in list_subscriptions(session) if s.email.lower() == email.strip().lower())
    if not have:
        raise UsageError(Msg("err_no_subscriber", email=email.strip()))
    if frequency not in have:
        raise UsageError(Msg("err_wrong_frequency", email=email.strip(), frequency=frequency, have=", ".join(have),
                             first=have[0]))
