"""Core commands: crawl, changes, centres, extract, demo."""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import datetime, timezone

from rich.console import Console
from rich.table import Table

from kiwatch.display import DateError, humanise_phones, iso_local, local_datetime, parse_user_date
from kiwatch.exports import CSV_DIALECTS, Sheet, changes_sheet, directory_sheet
from kiwatch.i18n import kind_label, severity_label, status_label, t
from kiwatch.records import ChangeKind, FetchOutcome, Severity
from kiwatch.core.errors import ExtractionError, UsageError
from kiwatch.core.vocab import ExitCode
from kiwatch.registry import load_registry, select
from kiwatch.settings import Settings, mask_url
from kiwatch.storage.db import open_database, session_factory
from kiwatch.storage.store import Store

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: object) -> str:
    """Scraped text for a terminal: control characters removed, so an escape sequence on a
    web page can never drive the reader's terminal."""
    return _CONTROL_RE.sub("", str(text))


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("crawl", parents=[common], help="fetch the centres' pages, store new versions, record changes")
    p.add_argument("--site", action="append", metavar="SLUG", help="only this centre (repeatable)")
    p.add_argument("--sites", metavar="FILE", help="registry TOML file (default: the bundled 54 NRW centres)")
    p.add_argument("--allow-private-hosts", action="store_true",
                   help="also crawl loopback addresses (tests, the demo); intranet networks need the setting private_networks")
    p.add_argument("-q", "--quiet", action="store_true", help="no per-page progress lines")
    p.set_defaults(func=cmd_crawl)

    p = sub.add_parser("changes", parents=[common], help="list recorded changes")
    p.add_argument("--since", metavar="DATE", help="only changes detected on or after this date (YYYY-MM-DD or ISO time)")
    p.add_argument("--site", action="append", metavar="SLUG", help="only this centre (repeatable)")
    p.add_argument("--kind", action="append", metavar="KIND", help=f"only this kind (repeatable): {', '.join(k.value for k in ChangeKind)}")
    p.add_argument("--min-severity", choices=["low", "medium", "high"], default="low")
    p.add_argument("--format", choices=["text", "json", "csv", "xlsx"], default="text")
    _export_options(p)
    p.set_defaults(func=cmd_changes)

    p = sub.add_parser("centres", parents=[common], help="the current directory of centres")
    p.add_argument("--format", choices=["table", "csv", "json", "xlsx"], default="table")
    _export_options(p)
    p.set_defaults(func=cmd_centres)

    p = sub.add_parser("status", parents=[common], help="health for operators: last run, failing, blocked and stale centres")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("extract", parents=[common], help="extract one page (file or URL) and print its record as JSON")
    p.add_argument("source", metavar="FILE_OR_URL")
    p.add_argument("--url", help="URL to resolve relative links against (for a file)")
    p.add_argument("--allow-private-hosts", action="store_true", help="allow fetching from loopback addresses")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("demo", parents=[common], help="the whole pipeline on the bundled 2018 and 2023 pages, offline")
    p.set_defaults(func=cmd_demo)


def _export_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--output", metavar="FILE", help="write to FILE instead of stdout (required for xlsx)")
    p.add_argument("--csv-dialect", choices=CSV_DIALECTS, default="excel",
                   help="excel: ';' with BOM for a German Excel (default); rfc4180: ','")


def write_export(args: argparse.Namespace, sheet: "Sheet") -> None:
    """CSV to stdout or --output; XLSX only to a file (a workbook is no terminal output)."""
    from kiwatch.exports import to_csv, to_xlsx

    if args.format == "xlsx":
        if not args.output:
            raise UsageError("--format xlsx needs --output FILE.xlsx")
        to_xlsx(sheet, args.output)
        return
    data = to_csv(sheet, args.csv_dialect)
    if args.output:
        with open(args.output, "wb") as fh:
            fh.write(data)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()


# --- crawl ---------------------------------------------------------------------------------
def cmd_crawl(args: argparse.Namespace, settings: Settings) -> int:
    from kiwatch.crawlers.run import crawl
    from kiwatch.pipelines.handle import PipelineSink

    if args.allow_private_hosts:
        settings = settings.replace(allow_private_hosts=True)
    registry = load_registry(args.sites)
    chosen = select(registry, args.site)
    lang = settings.lang
    err = Console(stderr=True, highlight=False)
    crawlable = [c for c in chosen if c.crawlable]
    for c in chosen:
        if not c.crawlable:
            err.print(t(lang, "skipped_no_url", name=c.name), style="yellow")
    engine = open_database(settings.database_url, create=True)
    store = Store(session_factory(engine), settings)
    store.sync_centres(registry)
    run_id = store.start_run()
    started = datetime.now(timezone.utc)

    def progress(slug: str, url: str, outcome: FetchOutcome) -> None:
        if not args.quiet:
            style = {"ok": "green", "not_modified": "dim"}.get(outcome.value, "red")
            err.print(f"[{style}]{outcome.value:13}[/] {slug:24} {url}", markup=True, soft_wrap=True)

    workers = settings.extraction_workers if settings.extraction_workers >= 0 else None
    sink = PipelineSink(store, run_id, crawlable, progress, workers=workers)
    try:
        if crawlable:
            crawl(crawlable, sink, settings)
        tallies = sink.finish()
    except BaseException as exc:
        try:
            store.finish_run(run_id, "failed", {"error": f"crawl aborted: {exc}"})
        except Exception:  # the database itself is the problem; the original error says why
            pass
        raise
    crawled = {slug: tally for slug, tally in tallies.items() if tally.status != "skipped"}
    all_failed = bool(crawled) and all(t_.pages == t_.failed for t_ in crawled.values())
    status = "failed" if all_failed else "ok"
    summary = {
        "duration_s": round((datetime.now(timezone.utc) - started).total_seconds(), 1),
        "centres": {slug: vars(t_) for slug, t_ in tallies.items()},
        "globally_failed": all_failed,
    }
    store.finish_run(run_id, status, summary)
    _print_crawl_summary(tallies, lang)
    engine.dispose()
    if all_failed:
        err.print("kiwatch: " + ("Alle Zentren sind fehlgeschlagen – Netzwerk oder Proxy prüfen."
                                 if lang == "de" else "every centre failed – check the network or proxy."), style="bold red")
        return ExitCode.PARTIAL
    return ExitCode.PARTIAL if any(t_.pages and t_.pages == t_.failed for t_ in crawled.values()) else ExitCode.OK


def _print_crawl_summary(tallies: dict, lang: str) -> None:
    table = Table(title=t(lang, "crawl_summary"))
    for key in ("col_centre", "col_pages", "col_unchanged", "col_new", "col_failed", "col_changes", "col_status"):
        table.add_column(t(lang, key), justify="left" if key in ("col_centre", "col_status") else "right")
    for slug, tally in sorted(tallies.items()):
        if tally.status == "skipped":
            continue
        status = t(lang, "baseline") if tally.baseline else status_label(lang, tally.status)
        table.add_row(slug, str(tally.pages), str(tally.unchanged), str(tally.changed), str(tally.failed), str(tally.changes), status)
    console = Console(highlight=False)
    console.print(table)
    for slug, tally in sorted(tallies.items()):
        for failure in tally.failures[:5]:
            console.print(printable(f"  {slug}: {failure}"), style="yellow", markup=False, soft_wrap=True)
        if len(tally.failures) > 5:
            more = len(tally.failures) - 5
            console.print(f"  {slug}: … {more} " + ("weitere" if lang == "de" else "more"), style="yellow", markup=False)


# --- changes -------------------------------------------------------------------------------
def parse_since(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return parse_user_date(text)
    except DateError:
        raise UsageError(f"--since {text!r}: expected a date like 2024-01-31 or 31.01.2024") from None


def check_kinds(kinds: list[str] | None) -> list[str] | None:
    valid = {k.value for k in ChangeKind}
    for kind in kinds or []:
        if kind not in valid:
            raise UsageError(f"unknown change kind {kind!r}; known kinds: {', '.join(sorted(valid))}")
    return kinds


def change_dicts(rows, lang: str) -> list[dict]:
    return [{
        "centre": c.centre.slug,
        "centre_name": c.centre.name,
        "kind": c.kind,
        "kind_label": kind_label(lang, c.kind),
        "severity": Severity(c.severity).label,
        "old": c.old,
        "new": c.new,
        "url": c.url,
        "evidence": c.evidence,
        "detected_at": iso_local(c.detected_at),
        "diff": c.diff,
    } for c in rows]


def cmd_changes(args: argparse.Namespace, settings: Settings) -> int:
    engine = open_database(settings.database_url)
    store = Store(session_factory(engine), settings)
    if args.site:  # a typo must not read as "no changes"
        from sqlalchemy import select as sql_select

        from kiwatch.registry import check_slugs
        from kiwatch.storage.models import Centre

        with store.factory() as session:
            known = set(session.scalars(sql_select(Centre.slug)))
        check_slugs(args.site, known or {c.slug for c in load_registry()})
    rows = store.changes(parse_since(args.since), args.site, check_kinds(args.kind), Severity.parse(args.min_severity))
    lang = settings.lang
    items = change_dicts(rows, lang)
    if args.format == "json":
        print(json.dumps(items, ensure_ascii=False, indent=2))
    elif args.format in ("csv", "xlsx"):
        write_export(args, changes_sheet(items, lang, settings.timezone))
    else:
        print_changes_text(items, lang, settings.timezone)
    engine.dispose()
    return ExitCode.OK


def print_changes_text(items: list[dict], lang: str, tz: str = "Europe/Berlin") -> None:
    from kiwatch.exports import change_summary

    console = Console(highlight=False)
    if not items:
        console.print(t(lang, "no_changes"))
        return
    console.print(t(lang, "changes_header", n=len(items)), style="bold")
    current = None
    for item in items:
        if item["centre"] != current:
            current = item["centre"]
            console.print(f"\n{printable(item['centre_name'])}", style="bold underline", markup=False)
        sev = severity_label(lang, Severity[item["severity"].upper()])
        line = f"  [{sev}] {item['kind_label']}: {change_summary(item, lang, limit=200)}"
        console.print(printable(line), markup=False, soft_wrap=True)
        when = local_datetime(item["detected_at"], lang, tz)
        console.print(printable(f"      {item['url']}  ({when})"), style="dim", markup=False, soft_wrap=True)


# --- centres -------------------------------------------------------------------------------
def cmd_centres(args: argparse.Namespace, settings: Settings) -> int:
    from kiwatch.storage.db import sqlite_path

    path = sqlite_path(settings.database_url)
    if path is not None and not path.exists():
        # No crawl yet: the directory is the registry itself.
        rows = [{"slug": c.slug, "name": c.name, "municipality": c.municipality, "regierungsbezirk": c.regierungsbezirk,
                 "homepage": c.start_urls[0] if c.start_urls else "", "status": "new"} for c in load_registry()]
    else:
        engine = open_database(settings.database_url)
        rows = Store(session_factory(engine), settings).directory()
        engine.dispose()
    lang = settings.lang
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif args.format in ("csv", "xlsx"):
        write_export(args, directory_sheet(rows, lang))
    else:
        table = Table(title=t(lang, "centres_header", n=len(rows)))
        cols = [("municipality", "col_centre"), ("address", "col_address"), ("phone", "col_phone"),
                ("email", "col_email"), ("head", "col_head"), ("parent_unit", "col_parent"),
                ("last_verified", "col_verified")]
        cols = [(key, label) for key, label in cols if any(row.get(key) for row in rows)]  # no empty columns
        for key, label in cols:
            # short values keep their width; long ones (addresses, units) share the rest
            table.add_column(t(lang, label), overflow="fold", no_wrap=key == "phone",
                             min_width=10 if key == "last_verified" else None,
                             ratio=2 if key in ("address", "parent_unit") else 1)
        from rich.markup import escape

        for row in rows:
            table.add_row(*(escape(printable(_for_table(key, row))) for key, _ in cols))
        Console(highlight=False).print(table)
    return ExitCode.OK


def _for_table(key: str, row: dict) -> str:
    """Directory cells for people, not machines: one fact per line, phones as dialled,
    dates without the time (CSV and JSON keep the canonical values)."""
    value = row.get(key, "") or ""
    if key == "municipality":
        return value or row.get("name", "")
    if key == "phone":
        import phonenumbers

        return "\n".join(phonenumbers.format_number(phonenumbers.parse(n), phonenumbers.PhoneNumberFormat.NATIONAL)
                         for n in value.split("; ") if n)
    if key in ("last_verified", "last_change"):
        return value[:10]
    return value.replace("; ", "\n")


# --- status --------------------------------------------------------------------------------
def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    """Exit 0 when all watched centres are healthy, 1 when some need attention (for monitoring)."""
    from kiwatch.storage.db import sqlite_path

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
        de = settings.lang == "de"
        run = health["last_run"]
        console = Console(highlight=False)
        console.print(("Datenbank: " if de else "Database: ") + health["database"], markup=False, soft_wrap=True)
        if run is None:
            console.print("Noch kein Lauf." if de else "No run yet.")
        else:
            console.print(("Letzter Lauf: " if de else "Last run: ") +
                          f"#{run['id']} {run['started_at']} – {run['status']} ({run['duration_s']} s)", markup=False)
            if run["globally_failed"]:
                console.print("Alle Zentren fehlgeschlagen: Netzwerk prüfen." if de else "Every centre failed: check the network.", style="bold red")
        for p in health["problems"]:
            what = [status_label(settings.lang, p["status"])]
            if p["stale"]:
                what.append((f"veraltet, zuletzt erfolgreich {p['last_success'] or 'nie'}") if de
                            else f"stale, last success {p['last_success'] or 'never'}")
            console.print(f"  {p['slug']}: {', '.join(what)}", style="yellow", markup=False)
        if not health["problems"]:
            console.print("Alle Zentren in Ordnung." if de else "All centres healthy.", style="green")
    return ExitCode.PARTIAL if health["problems"] or (health["last_run"] or {}).get("globally_failed") else ExitCode.OK


# --- extract -------------------------------------------------------------------------------
def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    from kiwatch.fetch import fetch_once
    from kiwatch.pipelines.extract import extract

    source = args.source
    if source.startswith(("http://", "https://")) or "://" in source:
        body, content_type, charset, url = fetch_once(source, settings, allow_private=args.allow_private_hosts)
    else:
        try:
            with open(source, "rb") as fh:
                body = fh.read()
        except OSError as exc:
            raise UsageError(f"{source}: cannot read file ({exc.strerror})") from None
        content_type, charset, url = None, None, args.url or f"file://{source}"
    try:
        record = extract(body, url, content_type, charset)
    except ExtractionError as exc:
        raise ExtractionError(exc.reason, f"{source}: {exc.detail}") from None
    print(json.dumps(record.to_json(), ensure_ascii=False, indent=2))
    return ExitCode.OK


# --- demo ----------------------------------------------------------------------------------
def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from kiwatch.demo import run_demo

    return run_demo(settings, explicit_db=args.db)
