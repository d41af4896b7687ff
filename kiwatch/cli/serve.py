"""`kiwatch serve`: the web dashboard under uvicorn, on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import argparse
import sys

import uvicorn

from kiwatch.cli.options import SubParsers
from kiwatch.core.vocab import ExitCode
from kiwatch.i18n import tr
from kiwatch.settings import Settings
from kiwatch.storage.db import open_database
from kiwatch.web.app import create_app


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("serve", parents=[common], help="the web dashboard")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8080, help="port to listen on (default: 8080)")
    p.set_defaults(func=cmd_serve)


# --- serve ---------------------------------------------------------------------------------
def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    engine = open_database(settings.database_url, create=True)
    app = create_app(settings, engine)
    print(tr(settings.lang, "cli_serving", host=args.host, port=args.port), file=sys.stderr)
    # proxy_headers: behind a TLS-terminating proxy the scheme is https and cookies get Secure
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", proxy_headers=True)
    engine.dispose()
    return ExitCode.OK
