"""Digest and feed of the bundled Duisburg 2018 → 2023 pages, as a subscriber reads them.

Real crawls of the archive on 127.0.0.1 and real `kiwatch` child processes; the digest is
previewed (--dry-run), so no SMTP server is needed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from kiwatch.demo import demo_root, write_demo_registry
from kiwatch.devserver import DevServer

FAST = {"KIWATCH_DOWNLOAD_DELAY": "0", "KIWATCH_AUTOTHROTTLE": "false"}
ATOM = "{http://www.w3.org/2005/Atom}"


def kiwatch(env, *args, check=True):
    proc = subprocess.run([sys.executable, "-m", "kiwatch", *args], env={**os.environ, **FAST, **env},
                          capture_output=True, text=True, timeout=300)
    if check:
        assert proc.returncode == 0, proc.stderr + proc.stdout
    return proc


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("digest")
    env = {"KIWATCH_DATABASE_URL": f"sqlite:///{tmp / 'k.sqlite'}"}
    registry = tmp / "sites.toml"
    with DevServer(demo_root() / "2018") as server:
        write_demo_registry(registry, server)
        crawl = ("crawl", "--sites", str(registry), "--allow-private-hosts", "--quiet")
        kiwatch(env, *crawl)
        kiwatch(env, "subscribe", "redaktion@example.org", "--site", "duisburg", "--sites", str(registry))
        server.set_root(demo_root() / "2023")
        kiwatch(env, *crawl)
        page = server.url("/duisburg/kommunales-integrationszentrum/")
    out = tmp / "preview"
    kiwatch(env, "digest", "--dry-run", "--output", str(out))
    (text,) = [p.read_text(encoding="utf-8") for p in out.glob("*.txt")]
    (html,) = [p.read_text(encoding="utf-8") for p in out.glob("*.html")]
    return {"env": env, "tmp": tmp, "text": text, "html": html, "page": page}


def test_digest_has_one_card_per_kind_with_contact_changes_together(demo):
    text = demo["text"]
    cards = re.findall(r"^\* (.+?) \(Gewicht: ", text, flags=re.M)
    assert cards.count("Kontakt") == 1
    assert len(cards) == len(set(cards))  # one card per kind
    contact = text.split("* Kontakt", 1)[1].split("\n* ", 1)[0]
    for removed in ("0203 2836912", "0203 2838111", "integration@stadt-duisburg.de"):
        assert f"− {removed}" in contact
    assert demo["html"].count("<strong>Kontakt</strong>") == 1


def test_digest_shows_phones_as_dialled_and_the_page_once(demo):
    assert "0203 2838111" in demo["text"] and "+49203" not in demo["text"]
    assert "+49203" not in demo["html"]
    assert demo["text"].count(demo["page"]) == 1
    assert demo["html"].count(f">{demo['page']}</a>") == 1


def test_relaunch_text_is_cut_after_a_whole_word_with_a_link(demo):
    excerpt = re.search(r"„(.+?) …“", demo["text"]).group(1)
    html_excerpt = re.search(r"<q>([^<]+?) …</q> <a href=\"([^\"]+)\"", demo["html"])
    assert html_excerpt.group(2) == demo["page"]
    assert excerpt.startswith("Kommunales Integrationszentrum")
    # the word before the cut is whole: it is a word of the page text followed by a space
    full = kiwatch(demo["env"], "changes", "--kind", "content", "--format", "json").stdout
    assert re.search(re.escape(excerpt.split()[-1]) + r"[ \\]", full)


def test_dry_run_previews_history_since_a_german_date_and_unknown_recipient_is_refused(demo):
    env = demo["env"]
    today = datetime.now(ZoneInfo("Europe/Berlin")).strftime("%d.%m.%Y")
    preview = kiwatch(env, "digest", "--dry-run", "--since", today)
    assert "Kontakt" in preview.stdout and "To: redaktion@example.org" in preview.stdout
    assert "Kontakt" not in kiwatch(env, "digest", "--dry-run", "--since", "31.12.2999").stdout
    unknown = kiwatch(env, "digest", "--dry-run", "--to", "nobody@example.org", check=False)
    assert unknown.returncode == 2 and "nobody@example.org" in unknown.stderr


def test_feed_titles_say_what_happened_and_link_to_themselves(demo):
    path = demo["tmp"] / "changes.atom"
    kiwatch(demo["env"], "feed", "--site", "duisburg", "--regierungsbezirk", "Düsseldorf", "--output", str(path),
            "--self-url", "https://kiwatch.example.org/duisburg.atom")
    root = ET.parse(path).getroot()
    titles = [e.findtext(f"{ATOM}title") for e in root.iter(f"{ATOM}entry")]
    assert "KI Duisburg: Leitung – entfernt: Marijo Terzic" in titles
    assert "KI Duisburg: Kontakt – entfernt: 0203 2838111" in titles
    assert any(t.startswith("KI Duisburg: Organisatorische Zuordnung – neu: Stabsstelle") for t in titles)
    assert any(re.fullmatch(r"KI Duisburg: Adresse – Alter Markt 23.* → Sonnenwall 73-75.*", t) for t in titles)
    self_links = [link.get("href") for link in root.findall(f"{ATOM}link") if link.get("rel") == "self"]
    assert self_links == ["https://kiwatch.example.org/duisburg.atom"]
    other = kiwatch(demo["env"], "feed", "--regierungsbezirk", "Köln").stdout
    assert "<entry>" not in other  # the same filters as subscriptions
