"""`kiwatch changes`: the recorded changes as text, JSON, CSV or XLSX."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from rich.console import Console

from kiwatch.cli.options import SubParsers, export_options, printable, write_export
from kiwatch.core.errors import UsageError
from kiwatch.core.vocab import ChangeKind, ExitCode, Severity
from kiwatch.directory import ChangeQuery, list_changes
from kiwatch.display import DateError, iso_local, local_datetime, parse_user_date
from kiwatch.exports import change_summary, changes_sheet
from kiwatch.i18n import Msg, kind_label, severity_label, t
from kiwatch.registry import check_slugs, load_registry, unknown_values
from kiwatch.settings import Settings
from kiwatch.storage.centres import slugs
from kiwatch.storage.db import open_database, session_factory
from kiwatch.storage.store import Store

if TYPE_CHECKING:
    from kiwatch.storage.models import Change


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("changes", parents=[common], help="list recorded changes")
    p.add_argument("--since", metavar="DATE", help="only changes detected on or after this date (YYYY-MM-DD or TT.MM.JJJJ)")
    p.add_argument("--site", action="append", metavar="SLUG", help="only this centre (repeatable)")
    p.add_argument("--kind", action="append", metavar="KIND", help="only this kind (repeatable): {kinds}")
    p.add_argument("--min-severity", choices=["low", "medium", "high"], default="low",
                   help="only changes at least this severe (default: low)")
    p.add_argument("--format", choices=["text", "json", "csv", "xlsx"], default="text", help="output format (default: text)")
    export_options(p)
    p.add_argument("--dismissed", action="store_true", help="also list changes a reviewer dismissed as false alarms")
    p.set_defaults(func=cmd_changes)


def parse_since(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return parse_user_date(text)
    except DateError:
        raise UsageError(Msg("err_date", option="--since", text=text)) from None


def check_kinds(kinds: list[str] | None) -> list[str] | None:
    valid = {k.value for k in ChangeKind}
    for kind in kinds or []:
        if kind not in valid:
            raise UsageError(unknown_values("change kind", [kind], valid))
    return kinds


def change_dicts(rows: Iterable[Change], lang: str) -> list[dict[str, Any]]:
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
    since, kinds = parse_since(args.since), check_kinds(args.kind)  # typos before the database
    engine = open_database(settings.database_url)
    store = Store(session_factory(engine), settings)
    if args.site:  # a typo must not read as "no changes"
        with store.factory() as session:
            known = slugs(session)
        check_slugs(args.site, known or {c.slug for c in load_registry()})
    # the same query as the dashboard's /changes and /api/changes: every change with its id and review
    query = ChangeQuery(since=since, sites=tuple(args.site or ()), kinds=tuple(kinds or ()),
                        min_severity=int(Severity.parse(args.min_severity)), include_dismissed=args.dismissed)
    lang = settings.lang
    with store.factory() as session:
        items = list_changes(session, query, lang, by_centre=True)
    if args.format == "json":
        print(json.dumps(items, ensure_ascii=False, indent=2))
    elif args.format in ("csv", "xlsx"):
        write_export(args, changes_sheet(items, lang, settings.timezone))
    else:
        print_changes_text(items, lang, settings.timezone)
    engine.dispose()
    return ExitCode.OK


def print_changes_text(items: list[dict[str, Any]], lang: str, tz: str = "Europe/Berlin") -> None:
    """Per centre, one block per kind as in the digest: a centre's contact changes (added,
    removed, changed) together under one heading, each page URL once."""
    console = Console(highlight=False)
    if not items:
        console.print(t(lang, "no_changes"))
        return
    console.print(t(lang, "changes_header", n=len(items)), style="bold")
    def print_pages(pages: list[tuple[str, str]]) -> None:
        for url, detected_at in pages:
            when = local_datetime(detected_at, lang, tz)
            console.print(printable(f"      {url}  ({when})"), style="dim", markup=False, soft_wrap=True)

    for centre_name, groups in group_by_centre_and_kind(items):
        console.print(f"\n{printable(centre_name)}", style="bold underline", markup=False)
        centre_pages = _pages([i for group in groups for i in group])
        one_page = len(centre_pages) == 1  # then its URL once, after the centre's changes
        for group in groups:
            sev = severity_label(lang, max(Severity[i["severity"].upper()] for i in group))
            if len(group) == 1:
                lines = [f"  [{sev}] {group[0]['kind_label']}: {change_summary(group[0], lang, limit=200)}"]
            else:
                lines = [f"  [{sev}] {group[0]['kind_label']} ({len(group)})"]
                lines += [f"      {change_summary(i, lang, limit=200)}" for i in sorted(group, key=_op_order)]
            for line in lines:
                console.print(printable(line), markup=False, soft_wrap=True)
            if not one_page:
                print_pages(_pages(group))
        if one_page:
            print_pages(centre_pages)


def group_by_centre_and_kind(items: list[dict[str, Any]]) -> list[tuple[str, list[list[dict[str, Any]]]]]:
    """Items (ordered by centre, most severe first) as centres, each with its kinds in the
    order they first appear."""
    centres: dict[str, tuple[str, dict[str, list[dict[str, Any]]]]] = {}
    for item in items:
        _, kinds = centres.setdefault(item["centre"], (item["centre_name"], {}))
        kinds.setdefault(item["kind"], []).append(item)
    return [(name, list(kinds.values())) for name, kinds in centres.values()]


def _op_order(item: dict[str, Any]) -> int:
    """Changed values first, then added, then removed (the digest's order)."""
    return 0 if item.get("old") and item.get("new") else 1 if item.get("new") else 2


def _pages(group: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Each distinct page of a group once, with the latest detection on it."""
    latest: dict[str, str] = {}
    for item in group:
        url = item.get("url") or ""
        latest[url] = max(latest.get(url, ""), item["detected_at"] or "")
    return list(latest.items())
