"""`kiwatch status`: health for operators (exit 1 when some centre needs a look)."""

from __future__ import annotations

import argparse
import json

from rich.console import Console

from kiwatch.cli.options import SubParsers
from kiwatch.core.vocab import ExitCode
from kiwatch.display import local_datetime
from kiwatch.i18n import MESSAGES, status_label, t
from kiwatch.settings import Settings, mask_url
from kiwatch.storage.db import open_database, session_factory, sqlite_path
from kiwatch.storage.store import Store


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("status", parents=[common], help="health for operators: last run, failing, blocked and stale centres")
    p.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")
    p.set_defaults(func=cmd_status)


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    """Exit 0 when all watched centres are healthy, 1 when some need attention (for monitoring)."""
    path = sqlite_path(settings.database_url)
    if path is not None and not path.exists():  # nothing crawled yet: say where the data will go
        health: dict = {"last_run": None, "centres": 0, "problems": []}
    else:
        engine = open_database(settings.database_url)
        health = Store(session_factory(engine), settings).health()
        engine.dispose()
    health["database"] = mask_url(settings.database_url)
    if args.format == "json":
        print(json.dumps(health, ensure_ascii=False, indent=2))
    else:
        lang = settings.lang
        run = health["last_run"]
        console = Console(highlight=False)
        console.print(f"{t(lang, 'st_database')}: {health['database']}", markup=False, soft_wrap=True)
        if run is None:
            console.print(t(lang, "st_no_run"))
        else:
            when = local_datetime(run["started_at"], lang, settings.timezone)
            state = MESSAGES[lang].get(f"run_{run['status']}", run["status"])
            console.print(f"{t(lang, 'st_last_run')}: #{run['id']} {when} – {state} ({run['duration_s']} s)", markup=False)
            if run["globally_failed"]:
                console.print(t(lang, "st_all_failed"), style="bold red")
        for p in health["problems"]:
            what = [status_label(lang, p["status"])]
            if p["stale"]:
                last = local_datetime(p["last_success"], lang, settings.timezone) or t(lang, "st_never")
                what.append(t(lang, "st_stale", when=last))
            console.print(f"  {p['slug']}: {', '.join(what)}", style="yellow", markup=False)
        if not health["problems"] and run is not None:
            console.print(t(lang, "st_healthy"), style="green")
    return ExitCode.PARTIAL if health["problems"] or (health["last_run"] or {}).get("globally_failed") else ExitCode.OK
