"""`kiwatch extract FILE_OR_URL`: one page → its record as JSON."""

from __future__ import annotations

import argparse
import json

from kiwatch.cli.options import SubParsers
from kiwatch.core.errors import ExtractionError, UsageError
from kiwatch.core.vocab import ExitCode
from kiwatch.fetch import fetch_once
from kiwatch.i18n import Msg
from kiwatch.pipelines.extract import extract
from kiwatch.settings import Settings


def register(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("extract", parents=[common], help="extract one page (file or URL) and print its record as JSON")
    p.add_argument("source", metavar="FILE_OR_URL", help="an HTML or PDF file, or an http(s) URL")
    p.add_argument("--url", help="URL to resolve relative links against (for a file)")
    p.add_argument("--allow-private-hosts", action="store_true", help="allow fetching from loopback addresses")
    p.set_defaults(func=cmd_extract)


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    source = args.source
    if source.startswith(("http://", "https://")) or "://" in source:
        body, content_type, charset, url = fetch_once(source, settings, allow_private=args.allow_private_hosts)
    else:
        try:
            with open(source, "rb") as fh:
                body = fh.read()
        except OSError as exc:
            raise UsageError(Msg("err_read_file", path=source, reason=exc.strerror)) from None
        content_type, charset, url = None, None, args.url or f"file://{source}"
    try:
        record = extract(body, url, content_type, charset)
    except ExtractionError as exc:
        raise ExtractionError(exc.reason, f"{source}: {exc.detail}") from None
    print(json.dumps(record.to_json(), ensure_ascii=False, indent=2))
    return ExitCode.OK
