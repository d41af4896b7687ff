"""`kiwatch history SLUG [--as-of DATE]`: a centre's profile with provenance and its changes —
the same query as the dashboard's /centres/{slug}."""

from __future__ import annotations

import argparse
import json

from rich.console import Console

from kiwatch.cli.options import SubParsers, printable
from kiwatch.core.vocab import ExitCode
from kiwatch.directory import centre_history, parse_as_of
from kiwatch.display import local_date
from kiwatch.i18n import tr
from kiwatch.settings import Settings
from kiwatch.storage.db import open_database, session_factory


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("history", parents=[common], help="a centre's profile with provenance and its changes")
    p.add_argument("slug", metavar="SLUG", help="the centre's slug")
    p.add_argument("--as-of", metavar="DATE", help="the profile as it stood at the end of this day (YYYY-MM-DD or TT.MM.JJJJ)")
    p.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")
    p.set_defaults(func=cmd_history)


# --- history -------------------------------------------------------------------------------
def cmd_history(args: argparse.Namespace, settings: Settings) -> int:
    as_of = parse_as_of(args.as_of, settings.timezone)
    engine = open_database(settings.database_url)
    with session_factory(engine)() as session:
        data = centre_history(session, args.slug, settings.lang, as_of, settings.stale_after_days)
    engine.dispose()
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return ExitCode.OK
    lang = settings.lang
    out = Console(highlight=False)

    def line(text: str, style: str | None = None) -> None:
        out.print(printable(text), style=style, markup=False, soft_wrap=True)

    title = data["name"] + (f" — {tr(lang, 'as_of_date', date=args.as_of)}" if as_of else "")
    line(title, "bold underline")
    line(f"{data['municipality']} · {data['regierungsbezirk']} · {data['homepage']}")
    line("")
    line(tr(lang, "profile"), "bold")
    if not data["facts"]:
        line("  " + tr(lang, "no_profile"))
    for fact in data["facts"]:
        line(f"  {tr(lang, 'field_' + fact['field'])}: {fact['value']}")
        source = fact["url"] + (f" ({tr(lang, 'snapshot_of', date=local_date(fact['snapshot_date'], lang, settings.timezone))}"
                                 + (", " + tr(lang, "reread_on", date=local_date(fact["reread_date"], lang, settings.timezone))
                                    if fact["reread_date"] else "") + ")"
                                 if fact["snapshot_date"] else "")
        line(f"      {source}", "dim")
        if fact["snippet"]:
            line(f"      „{fact['snippet']}“", "dim")
    line("")
    line(tr(lang, "timeline"), "bold")
    if not data["changes"]:
        line("  " + tr(lang, "no_rows"))
    for change in data["changes"]:
        what = f"{change['old']} → {change['new']}" if change["old"] and change["new"] else (change["new"] or change["old"])
        review = change["review"]
        mark = f" [{tr(lang, 'confirmed' if review['action'] == 'confirm' else 'dismissed')}]" if review else ""
        line(f"  {local_date(change['detected_at'], lang, settings.timezone)}  #{change['id']} {change['kind_label']}: {what[:160]}{mark}")
    return ExitCode.OK
