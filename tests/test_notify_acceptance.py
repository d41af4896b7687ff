"""Issue #3 acceptance: real crawls of the bundled 2018 → 2023 archive on 127.0.0.1, two
subscribers with different filters, a real SMTP server (aiosmtpd), digest, feed and CSV.

Each crawl and each digest run is a real `kiwatch …` child process.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from kiwatch.demo import demo_root, write_demo_registry
from kiwatch.devserver import DevServer

from tests.notify_support import SmtpServer, body_parts
from tests.test_notify_render import assert_inert

FAST = {"KIWATCH_DOWNLOAD_DELAY": "0", "KIWATCH_AUTOTHROTTLE": "false", "KIWATCH_SETTINGS": ""}
PAYLOAD = '<script>alert("kiwatch")</script> "><img src=x onerror=alert(1)>'


def kiwatch(env, *args, check=True):
    proc = subprocess.run([sys.executable, "-m", "kiwatch", *args], env={**os.environ, **FAST, **env},
                          capture_output=True, timeout=300)
    if check:
        assert proc.returncode == 0, proc.stderr.decode() + proc.stdout.decode()
    return proc


def hostile_state(tmp_path):
    """The 2023 archive plus a paragraph on the Duisburg page whose text is markup."""
    root = tmp_path / "2023-hostile"
    shutil.copytree(demo_root() / "2023", root)
    page = root / "duisburg" / "kommunales-integrationszentrum" / "index.html"
    html = page.read_text(encoding="utf-8")
    escaped = PAYLOAD.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    marker = "</main>" if "</main>" in html else "</body>"
    page.write_text(html.replace(marker, f"<p>Hinweis: {escaped}</p>\n{marker}", 1), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("delivery")
    db_file = tmp / "kiwatch.sqlite"
    smtp = SmtpServer().start()
    env = {**smtp.env(), "KIWATCH_DATABASE_URL": f"sqlite:///{db_file}", "KIWATCH_LANG": "en"}
    registry = tmp / "sites.toml"
    result = {"env": env, "smtp": smtp, "db": db_file, "tmp": tmp, "registry": registry}
    with DevServer(demo_root() / "2018") as server:
        write_demo_registry(registry, server)
        crawl = ("crawl", "--sites", str(registry), "--allow-private-hosts", "--quiet")
        kiwatch(env, *crawl)
        result["baseline_changes"] = rows(db_file, "SELECT count(*) FROM changes")[0][0]
        kiwatch(env, "subscribe", "anna@example.org", "--site", "duisburg", "--sites", str(registry))
        kiwatch(env, "subscribe", "ben@example.org", "--kind", "address", "--kind", "reorganisation",
                "--kind", "head", "--sites", str(registry))
        server.set_root(demo_root() / "2023")
        kiwatch(env, *crawl)
        # every change the first digest may carry exists now; the hostile crawl's come later
        result["last_change_before_digest"] = rows(db_file, "SELECT max(id) FROM changes")[0][0]
        # the SMTP server is down: the digest fails with a clear message, nothing is lost
        smtp.stop()
        result["down"] = kiwatch(env, "digest", check=False)
        smtp.start()
        result["first"] = kiwatch(env, "digest")
        result["first_messages"] = list(smtp.handler.messages)
        result["second"] = kiwatch(env, "digest")
        result["after_second"] = len(smtp.handler.messages)
        # a page whose text holds markup: a content change carrying the payload
        server.set_root(hostile_state(tmp))
        kiwatch(env, *crawl)
        kiwatch(env, "digest", "--frequency", "daily", "--dry-run", "--output", str(tmp / "preview"))
        result["feed"] = kiwatch(env, "feed").stdout
        result["csv"] = kiwatch(env, "changes", "--format", "csv").stdout.decode("utf-8-sig")
    yield result
    smtp.stop()


def rows(db_file, query, *params):
    with sqlite3.connect(db_file) as conn:
        return conn.execute(query, params).fetchall()


def expected_ids(db_file, where: str) -> set[int]:
    return {r[0] for r in rows(db_file, f"SELECT changes.id FROM changes JOIN centres "
                                        f"ON changes.centre_id = centres.id WHERE {where}")}


def delivered_ids(db_file, email: str) -> set[int]:
    return {r[0] for r in rows(db_file, "SELECT change_id FROM delivered_changes JOIN subscriptions "
                                        "ON subscriptions.id = subscription_id WHERE email = ?", email)}


def test_2023_crawl_found_changes_to_deliver(world):
    kinds = {r[0] for r in rows(world["db"], "SELECT DISTINCT kind FROM changes")}
    assert {"address", "reorganisation"} <= kinds, kinds


def test_smtp_down_fails_clearly(world):
    down = world["down"]
    assert down.returncode == 1
    err = down.stderr.decode()
    assert f"SMTP server 127.0.0.1:{world['smtp'].port} unreachable" in err
    assert "stay pending" in err and "Traceback" not in err


def test_each_recipient_gets_exactly_their_filtered_changes(world):
    db = world["db"]
    messages = world["first_messages"]
    assert sorted(m["To"] for m in messages) == ["anna@example.org", "ben@example.org"]
    assert world["baseline_changes"] == 0  # the 2018 crawl is a baseline: nothing predates the subscriptions
    # the hostile crawl came later: only changes that existed at the first digest count here
    cutoff = world["last_change_before_digest"]
    anna = expected_ids(db, f"centres.slug = 'duisburg' AND changes.id <= {cutoff}")
    ben = expected_ids(db, f"changes.kind IN ('address', 'reorganisation', 'head') AND changes.id <= {cutoff}")
    delivered_anna, delivered_ben = delivered_ids(db, "anna@example.org"), delivered_ids(db, "ben@example.org")
    assert anna and ben and anna != ben
    assert delivered_anna == anna
    assert delivered_ben == ben
    anna_msg = next(m for m in messages if m["To"] == "anna@example.org")
    assert anna_msg["Subject"].startswith("KI Duisburg: ")
    text, html = body_parts(anna_msg)
    assert "http://127.0.0.1:" in text and "<ins " in html


def test_second_run_sends_nothing(world):
    assert world["after_second"] == len(world["first_messages"]) == 2


def test_hostile_page_is_inert_in_digest_feed_and_csv(world):
    previews = list((world["tmp"] / "preview").glob("*anna*.html"))
    assert len(previews) == 1, "the hostile content change is pending for anna"
    html = previews[0].read_text(encoding="utf-8")
    assert "&lt;script&gt;" in html
    assert_inert(html)
    text = next((world["tmp"] / "preview").glob("*anna*.txt")).read_text(encoding="utf-8")
    assert "<script>" in text  # plain text shows it literally; it is never parsed
    feed = ET.fromstring(world["feed"])
    contents = [e.text for e in feed.iter("{http://www.w3.org/2005/Atom}content")]
    assert any("&lt;script&gt;" in c for c in contents)
    for content in contents:
        assert_inert(content)
    parsed = list(csv.reader(io.StringIO(world["csv"]), delimiter=";"))
    cells = [cell for row in parsed for cell in row]
    assert any("<script>" in cell for cell in cells)  # text in a quoted field, nothing else
    assert all(len(row) == len(parsed[0]) for row in parsed)
