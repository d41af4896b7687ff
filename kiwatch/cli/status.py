"""`kiwatch status`: health for operators (exit 1 when some centre needs a look)."""

from __future__ import annotations

import argparse
import json

from rich.console import Console

from kiwatch.cli.options import SubParsers
from kiwatch.core.vocab import ExitCode, RunStatus
from kiwatch.display import local_datetime
from kiwatch.i18n import N_, cause_text, label, status_label, t
from kiwatch.settings import Settings, mask_url
from kiwatch.storage.db import open_database, session_factory
from kiwatch.storage.store import Store


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("status", parents=[common], help="health for operators: last run, failing, blocked and stale centres")
    p.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")
    p.set_defaults(func=cmd_status)


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    """Exit 0 when all watched centres are healthy, 1 when some need attention (for monitoring)."""
    # A database that is not there is an error naming its path (exit 2), never "no run yet":
    # a typo in --db or an unmounted disk must not read as a healthy, new installation.
    engine = open_database(settings.database_url)
    store = Store(session_factory(engine), settings)
    store.reap_dead_runs()  # a crawl killed outright is "interrupted", not "running" forever
    health = store.health()
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
            state = label(lang, f"run_{run['status']}", run["status"])
            console.print(f"{t(lang, 'st_last_run')}: #{run['id']} {when} – {state} ({run['duration_s']} s)", markup=False)
            if run["globally_failed"] or run["status"] in (RunStatus.FAILED, RunStatus.INTERRUPTED):
                cause = run["cause"]
                if " " not in cause:  # a failure reason (or none): say what it means
                    cause = cause_text(cause, lang)
                key = N_("st_run_interrupted") if run["status"] == RunStatus.INTERRUPTED else N_("st_all_failed_cause")
                console.print(t(lang, key, cause=cause), style="bold red", markup=False)
        for p in health["problems"]:
            what = [status_label(lang, p["status"])]
            if p.get("extraction_failed"):
                what.append(t(lang, "st_extraction_failed"))
            if p.get("profile_error"):
                what.append(t(lang, "st_profile_error"))
            if p["stale"]:
                last = local_datetime(p["last_success"], lang, settings.timezone) or t(lang, "st_never")
                what.append(t(lang, "st_stale", when=last))
            console.print(f"  {p['slug']}: {', '.join(what)}", style="yellow", markup=False)
        for d in health["digests"]:
            console.print("  " + t(lang, "st_digest", **d), style="yellow", markup=False, soft_wrap=True)
        if not health["needs_look"] and run is not None:
            console.print(t(lang, "st_healthy"), style="green")
    return ExitCode.PARTIAL if health["needs_look"] else ExitCode.OK
