"""`kiwatch user add|list|remove`: the dashboard's accounts."""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from kiwatch.cli.options import SubParsers
from kiwatch.core.vocab import ExitCode
from kiwatch.i18n import N_, tr
from kiwatch.settings import Settings
from kiwatch.storage.db import open_database, session_factory, transaction
from kiwatch.web.accounts import AccountError, add_user, check_email, list_users, remove_user


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("user", parents=[common], help="dashboard accounts: add, list, remove")
    users = p.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    q = users.add_parser("add", parents=[common], help="add a user or set a new password (read from a prompt or stdin)")
    q.add_argument("email", metavar="EMAIL", help="the user's e-mail address")
    q.set_defaults(func=cmd_user_add)
    q = users.add_parser("list", parents=[common], help="list users")
    q.add_argument("--format", choices=["table", "json"], default="table", help="output format (default: table)")
    q.set_defaults(func=cmd_user_list)
    q = users.add_parser("remove", parents=[common], help="remove a user")
    q.add_argument("email", metavar="EMAIL", help="the user's e-mail address")
    q.set_defaults(func=cmd_user_remove)


# --- user ----------------------------------------------------------------------------------
def _read_password(email: str, lang: str) -> str:
    if not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(tr(lang, "cli_password", email=email))
        if getpass.getpass(tr(lang, "cli_password_again")) != password:
            raise AccountError(tr(lang, "cli_password_mismatch"))
    return password


def cmd_user_add(args: argparse.Namespace, settings: Settings) -> int:
    email = check_email(args.email)
    password = _read_password(email, settings.lang)
    engine = open_database(settings.database_url, create=True)
    with transaction(session_factory(engine)) as session:
        add_user(session, email, password)
    engine.dispose()
    print(tr(settings.lang, "cli_user_added", email=email))
    return ExitCode.OK


def cmd_user_list(args: argparse.Namespace, settings: Settings) -> int:
    engine = open_database(settings.database_url, create=True)
    with session_factory(engine)() as session:
        users = list_users(session)
    engine.dispose()
    if args.format == "json":
        print(json.dumps(users, ensure_ascii=False, indent=2))
    else:
        print(tr(settings.lang, "cli_users", n=len(users)))
        for user in users:
            print(f"  {user['email']}  {user['created_at'][:10]}  {user['last_login_at'][:16]}")
    return ExitCode.OK


def cmd_user_remove(args: argparse.Namespace, settings: Settings) -> int:
    engine = open_database(settings.database_url)
    with transaction(session_factory(engine)) as session:
        removed = remove_user(session, args.email)
    engine.dispose()
    key = N_("cli_user_removed") if removed else N_("cli_user_unknown")
    print(tr(settings.lang, key, email=args.email.strip()), file=sys.stdout if removed else sys.stderr)
    return ExitCode.OK if removed else ExitCode.PARTIAL
