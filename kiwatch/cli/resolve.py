"""`kiwatch confirm|keep SLUG`: a person resolves a centre's held-back collapse (the facts
shown as "not confirmed since", named by `kiwatch status`)."""

from __future__ import annotations

import argparse
import getpass

from rich.console import Console

from kiwatch.cli.options import SubParsers, printable
from kiwatch.core.vocab import ExitCode
from kiwatch.detection.resolve import confirm_collapse, keep_collapse
from kiwatch.i18n import N_, t
from kiwatch.registry import check_slugs
from kiwatch.settings import Settings
from kiwatch.storage.centres import centre_names
from kiwatch.storage.db import open_database, session_factory
from kiwatch.storage.store import Store


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    for name, text, func in (
            ("confirm", N_("accept a held-back collapse: the facts are really gone, their removals are recorded"), cmd_confirm),
            ("keep", N_("dismiss a held-back collapse as a false alarm: the previous facts stay"), cmd_keep)):
        p = sub.add_parser(name, parents=[common], help=text)
        p.add_argument("slug", metavar="SLUG", help="the centre's slug")
        p.add_argument("--by", metavar="NAME", help="who decides (default: your login name)")
        p.add_argument("--note", metavar="TEXT", default="", help="why (kept with the decision)")
        p.set_defaults(func=func)


def _open(args: argparse.Namespace, settings: Settings) -> tuple[Store, str, str]:
    """The store, the centre's name (the slug checked: a typo names the known ones) and who decides."""
    store = Store(session_factory(open_database(settings.database_url)), settings)
    with store.factory() as s:
        names = centre_names(s)
    check_slugs([args.slug], set(names))
    return store, names[args.slug], (args.by or getpass.getuser()).strip()


def cmd_confirm(args: argparse.Namespace, settings: Settings) -> int:
    store, name, by = _open(args, settings)
    n = confirm_collapse(store, args.slug, by, args.note)
    Console(highlight=False).print(printable(t(settings.lang, "res_confirmed", name=name, by=by, n=n)), markup=False)
    return ExitCode.OK


def cmd_keep(args: argparse.Namespace, settings: Settings) -> int:
    store, name, by = _open(args, settings)
    keep_collapse(store, args.slug, by, args.note)
    Console(highlight=False).print(printable(t(settings.lang, "res_kept", name=name, by=by)), markup=False)
    return ExitCode.OK
