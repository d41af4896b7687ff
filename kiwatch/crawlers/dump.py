"""Debugging entry point: crawl a registry file and write every FetchResult as one JSON line.

    python -m kiwatch.crawlers.dump SITES_TOML OUT.jsonl [--allow-private-hosts] [--fast]
           [--validators FILE] [--known FILE] [--fail-on SUBSTRING]

The body is replaced by `body_sha256` and `body_len`. Settings come from the environment
(KIWATCH_*) as everywhere else. Tests run crawls through this, one process per crawl.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from kiwatch.core.errors import KiwatchError
from kiwatch.core.vocab import ExitCode
from kiwatch.crawlers.run import crawl
from kiwatch.records import FetchOutcome, FetchResult
from kiwatch.registry import load_registry
from kiwatch.settings import load_settings


def result_to_json(result: FetchResult) -> dict[str, Any]:
    data = asdict(result)
    body = data.pop("body")
    data["body_sha256"] = hashlib.sha256(body).hexdigest() if body is not None else None
    data["body_len"] = len(body) if body is not None else None
    for key, value in data.items():
        if isinstance(value, datetime):
            data[key] = value.isoformat()
    return data


class JsonlSink:
    """A CrawlSink writing one JSON line per result; validators and known URLs from JSON files."""

    def __init__(self, out: IO[str], validators: dict[str, list[str]] | None = None,
                 known: dict[str, list[str]] | None = None, fail_on: str | None = None) -> None:
        self.out = out
        self._validators = validators or {}
        self._known = known or {}
        self._fail_on = fail_on

    def known_urls(self, slug: str) -> list[str]:
        return list(self._known.get(slug, []))

    def validators(self, slug: str, url: str) -> tuple[str | None, str | None] | None:
        pair = self._validators.get(url)
        return (pair[0], pair[1]) if pair else None

    def stored_links(self, result: FetchResult) -> str | None:
        return None  # no state between runs: every page is parsed

    def on_result(self, result: FetchResult) -> None:
        if self._fail_on and self._fail_on in result.url and result.outcome is not FetchOutcome.FAILED:
            raise RuntimeError(f"simulated sink failure for {result.url}")
        self.out.write(json.dumps(result_to_json(result), ensure_ascii=False) + "\n")
        self.out.flush()

    def on_progress(self, slug: str, url: str, outcome: FetchOutcome) -> None:
        pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiwatch.crawlers.dump", description=__doc__.splitlines()[0])
    parser.add_argument("sites", help="registry TOML file")
    parser.add_argument("out", help="output JSON lines file")
    parser.add_argument("--allow-private-hosts", action="store_true", help="crawl loopback/private addresses")
    parser.add_argument("--fast", action="store_true", help="no download delay, no AutoThrottle (tests)")
    parser.add_argument("--validators", help='JSON file {"URL": [etag, last_modified]} for conditional requests')
    parser.add_argument("--known", help='JSON file {"SLUG": ["URL", ...]}: pages seen in earlier runs')
    parser.add_argument("--fail-on", metavar="SUBSTRING", help="make the sink raise for URLs containing SUBSTRING")
    args = parser.parse_args(argv)
    try:
        centres = load_registry(args.sites)
        overrides: dict[str, Any] = {"allow_private_hosts": True} if args.allow_private_hosts else {}
        if args.fast:
            overrides.update(download_delay=0.0, autothrottle=False)
        settings = load_settings(**overrides)
    except KiwatchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    validators = json.loads(Path(args.validators).read_text()) if args.validators else None
    known = json.loads(Path(args.known).read_text()) if args.known else None
    with open(args.out, "w", encoding="utf-8") as out:
        crawl(centres, JsonlSink(out, validators, known, args.fail_on), settings)
    return ExitCode.OK


if __name__ == "__main__":
    sys.exit(main())
