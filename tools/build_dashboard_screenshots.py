"""Rebuild docs/dashboard-{directory,centre,change,coverage}.png: the dashboard (`kiwatch serve`)
after crawling the bundled Duisburg and Kreis Wesel pages of 2018 and 2023 (run from the repo
root; needs Debian's chromium and Playwright, both part of the test setup)."""

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright
from sqlalchemy import select

from kiwatch.demo import demo_root, write_demo_registry
from kiwatch.devserver import DevServer
from kiwatch.registry import load_registry
from kiwatch.settings import load_settings
from kiwatch.storage.db import open_database, session_factory, transaction
from kiwatch.storage.models import Centre, Change
from kiwatch.storage.store import Store
from kiwatch.web.accounts import add_user
from kiwatch.web.app import create_app

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PASSWORD = "screenshot-passwort"


def kiwatch(*args: str, env: dict) -> None:
    subprocess.run([sys.executable, "-m", "kiwatch", *args], env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


def main() -> None:
    docs = Path("docs").resolve()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/d.sqlite"
        env = {**os.environ, "KIWATCH_DATABASE_URL": url, "KIWATCH_DOWNLOAD_DELAY": "0", "KIWATCH_AUTOTHROTTLE": "false"}
        registry = Path(tmp) / "sites.toml"
        with DevServer(demo_root() / "2018") as server:
            write_demo_registry(registry, server)
            kiwatch("crawl", "--sites", str(registry), "--allow-private-hosts", "--quiet", env=env)
            server.set_root(demo_root() / "2023")
            kiwatch("crawl", "--sites", str(registry), "--allow-private-hosts", "--quiet", env=env)
        settings = load_settings(database_url=url)
        engine = open_database(url)
        factory = session_factory(engine)
        # the whole bundled directory, so the screenshot shows all 54 centres (only two crawled here)
        demo_slugs = {c.slug for c in load_registry(str(registry))}
        Store(factory, settings).sync_centres([c for c in load_registry() if c.slug not in demo_slugs])
        with transaction(factory) as s:
            add_user(s, "redaktion@example.org", PASSWORD)
        with factory() as s:
            duisburg = s.scalar(select(Centre.id).where(Centre.slug == "duisburg"))
            change = s.scalar(select(Change.id).where(Change.centre_id == duisburg, Change.kind == "content",
                                                     Change.diff.is_not(None)).order_by(Change.id)) \
                or s.scalar(select(Change.id).where(Change.centre_id == duisburg, Change.kind == "address"))
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        srv = uvicorn.Server(uvicorn.Config(create_app(settings, engine), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=srv.run, daemon=True)
        thread.start()
        while not srv.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1400, "height": 900}, locale="de-DE")
                page.goto(base + "/login")
                page.fill("input[name=email]", "redaktion@example.org")
                page.fill("input[name=password]", PASSWORD)
                page.click("form.login button[type=submit]")
                page.wait_for_selector("table.directory")
                for name, path in (("directory", "/?rb=D%C3%BCsseldorf"), ("centre", "/centres/duisburg"), ("change", f"/changes/{change}"),
                                   ("coverage", "/coverage")):
                    page.goto(base + path)
                    page.wait_for_load_state("networkidle")
                    page.screenshot(path=str(docs / f"dashboard-{name}.png"), full_page=name != "directory")
                browser.close()
        finally:
            srv.should_exit = True
            thread.join(10)
            engine.dispose()


if __name__ == "__main__":
    main()
