"""`kiwatch subscribe | subscriptions | unsubscribe`: who gets which digest."""

from __future__ import annotations

import argparse
import json
import sys

from kiwatch.cli.options import SubParsers, change_filter, filter_options
from kiwatch.core.vocab import ExitCode
from kiwatch.i18n import N_, t
from kiwatch.notify.subscriptions import FREQUENCIES, ChangeFilter, list_subscriptions, subscribe, subscription_json, unsubscribe
from kiwatch.settings import Settings
from kiwatch.storage.db import open_database, session_factory, transaction


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("subscribe", parents=[common], help="subscribe an e-mail address to a digest")
    p.add_argument("email", metavar="EMAIL", help="the subscriber's e-mail address")
    filter_options(p)
    p.add_argument("--frequency", choices=FREQUENCIES, default="daily", help="how often the digest is sent (default: daily)")
    # --lang of the common options sets the digest language (default de)
    p.set_defaults(func=cmd_subscribe)

    p = sub.add_parser("subscriptions", parents=[common], help="list subscriptions")
    p.add_argument("--format", choices=["table", "json"], default="table", help="output format (default: table)")
    p.set_defaults(func=cmd_subscriptions)

    p = sub.add_parser("unsubscribe", parents=[common], help="remove an address's subscriptions")
    p.add_argument("email", metavar="EMAIL", help="the subscriber's e-mail address")
    p.add_argument("--frequency", choices=FREQUENCIES, help="remove only this one (default: all of the address)")
    p.set_defaults(func=cmd_unsubscribe)


def cmd_subscribe(args: argparse.Namespace, settings: Settings) -> int:
    lang = args.lang or "de"  # the digest language; default German
    engine = open_database(settings.database_url, create=True, lang=settings.lang)
    try:
        factory = session_factory(engine)
        with transaction(factory) as session:
            flt = change_filter(args, session)
            sub, created = subscribe(session, args.email, flt, frequency=args.frequency, lang=lang)
            key = N_("nf_subscribed") if created else N_("nf_updated")
            print(t(settings.lang, key, email=sub.email, frequency=t(settings.lang, f"nf_frequency_{sub.frequency}"),
                    filters=flt.describe(settings.lang)))
    finally:
        engine.dispose()
    return ExitCode.OK


def cmd_subscriptions(args: argparse.Namespace, settings: Settings) -> int:
    engine = open_database(settings.database_url, create=True, lang=settings.lang)
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
            rows = [(s.email, t(lang, f"nf_frequency_{s.frequency}"), s.lang, ChangeFilter.of(s).describe(lang)) for s in subs]
            head = (t(lang, "nf_col_email"), t(lang, "nf_col_frequency"), t(lang, "nf_col_lang"), t(lang, "nf_col_filters"))
            widths = [max(len(r[i]) for r in [head, *rows]) for i in range(3)]
            for row in [head, *rows]:
                print("  ".join(cell.ljust(widths[i]) if i < 3 else cell for i, cell in enumerate(row)))
    finally:
        engine.dispose()
    return ExitCode.OK


def cmd_unsubscribe(args: argparse.Namespace, settings: Settings) -> int:
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
