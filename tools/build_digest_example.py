"""Rebuild docs/digest-example-duisburg.{html,txt,png}: the digest a subscriber to KI Duisburg
receives for the bundled 2018 → 2023 pages (run from the repo root; needs Debian's chromium)."""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from kiwatch.demo import demo_root, write_demo_registry
from kiwatch.devserver import DevServer


def kiwatch(*args: str, env: dict) -> None:
    subprocess.run([sys.executable, "-m", "kiwatch", *args], env=env, check=True, stdout=subprocess.DEVNULL)


def main() -> None:
    docs = Path("docs")
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "KIWATCH_DATABASE_URL": f"sqlite:///{tmp}/d.sqlite", "KIWATCH_DOWNLOAD_DELAY": "0",
               "KIWATCH_AUTOTHROTTLE": "false"}
        registry = Path(tmp) / "sites.toml"
        with DevServer(demo_root() / "2018") as server:
            write_demo_registry(registry, server)
            kiwatch("crawl", "--sites", str(registry), "--allow-private-hosts", "--quiet", env=env)
            kiwatch("subscribe", "redaktion@example.org", "--site", "duisburg", "--frequency", "daily", env=env)
            server.set_root(demo_root() / "2023")
            kiwatch("crawl", "--sites", str(registry), "--allow-private-hosts", "--quiet", env=env)
        out = Path(tmp) / "out"
        kiwatch("digest", "--dry-run", "--output", str(out), env=env)
        for suffix in (".html", ".txt"):
            (found,) = out.glob(f"*{suffix}")
            shutil.copy(found, docs / f"digest-example-duisburg{suffix}")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tempfile.mkdtemp()}", "--window-size=760,1750", "--hide-scrollbars",
                    f"--screenshot={docs / 'digest-example-duisburg.png'}",
                    f"file://{(docs / 'digest-example-duisburg.html').resolve()}"], check=True, capture_output=True)


if __name__ == "__main__":
    main()
