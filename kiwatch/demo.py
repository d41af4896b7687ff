"""`kiwatch demo`: the whole pipeline on the bundled archive, offline.

Serves the bundled pages of KI Duisburg and KI Kreis Wesel on 127.0.0.1, crawls the 2018
state (the baseline), a 2018 state that differs only by noise (nothing must be reported),
and the 2023 state; then prints the changes and the directory of centres.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from importlib import resources
from pathlib import Path

from rich.console import Console

from kiwatch.core.vocab import ExitCode
from kiwatch.devserver import DevServer
from kiwatch.i18n import t
from kiwatch.settings import Settings

DEMO_STATES = ("2018", "2018-noise", "2023")

DEMO_CENTRES = (
    # slug, name, municipality, kind, Regierungsbezirk, start path
    ("duisburg", "Kommunales Integrationszentrum Duisburg", "Duisburg", "kreisfreie Stadt", "Düsseldorf",
     "/duisburg/kommunales-integrationszentrum/"),
    ("kreis-wesel", "Kommunales Integrationszentrum Kreis Wesel", "Kreis Wesel", "Kreis", "Düsseldorf",
     "/kreis-wesel/kommunales-integrationszentrum/"),
)


def demo_root() -> Path:
    return Path(str(resources.files("kiwatch") / "data" / "demo"))


def write_demo_registry(path: Path, server: DevServer) -> None:
    """A registry of the two demo centres pointing at the local server; each centre stays
    under its own path prefix, as it would on its own host."""
    lines = []
    for slug, name, municipality, kind, rb, start in DEMO_CENTRES:
        prefix = "/" + start.strip("/").split("/")[0] + "/"
        lines += ["[[centre]]", f'slug = "{slug}"', f'name = "{name}"', f'municipality = "{municipality}"',
                  f'kind = "{kind}"', f'regierungsbezirk = "{rb}"', f'start_urls = ["{server.url(start)}"]',
                  f'allow = ["{prefix}"]', ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def run_kiwatch(args: list[str], db_url: str, lang: str, capture: bool = False) -> subprocess.CompletedProcess[str]:
    """Run a kiwatch command in a child process: Scrapy's reactor runs once per process."""
    env = dict(os.environ, KIWATCH_DOWNLOAD_DELAY="0", KIWATCH_AUTOTHROTTLE="false", KIWATCH_LANG=lang)
    return subprocess.run([sys.executable, "-m", "kiwatch", *args, "--db", db_url], env=env,
                          text=True, capture_output=capture, check=False)


def run_demo(settings: Settings, explicit_db: str | None = None) -> int:
    console = Console(highlight=False)
    lang = settings.lang
    with tempfile.TemporaryDirectory(prefix="kiwatch-demo-") as tmp:
        db_url = explicit_db or f"sqlite:///{Path(tmp) / 'demo.sqlite'}"
        registry = Path(tmp) / "demo-sites.toml"
        root = demo_root()
        with DevServer(root / DEMO_STATES[0]) as server:
            write_demo_registry(registry, server)
            for state in DEMO_STATES:
                server.set_root(root / state)
                console.rule(t(lang, "demo_crawl", state=state, url=server.url("/")))
                crawl = run_kiwatch(["crawl", "--sites", str(registry), "--allow-private-hosts", "--quiet"], db_url, lang)
                if crawl.returncode == ExitCode.ERROR:
                    return ExitCode.ERROR
                if state == "2018-noise":
                    noise = run_kiwatch(["changes", "--format", "json"], db_url, lang, capture=True)
                    count = noise.stdout.count('"kind":')
                    console.print(t(lang, "demo_noise", n=count), style="bold green" if count == 0 else "bold red")
        console.rule(t(lang, "demo_changes"))
        run_kiwatch(["changes"], db_url, lang)
        console.rule(t(lang, "demo_directory"))
        run_kiwatch(["centres", "--format", "table"], db_url, lang)
    return ExitCode.OK
