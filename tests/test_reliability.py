"""Issue 8 end to end: each case over a real HTTP server on 127.0.0.1, the real `kiwatch`
command line and a real SQLite file (RELIABILITY.md; the synthetic centre is invented)."""

from __future__ import annotations

import pytest

from tests.watchhelp import Watch, contact_page


@pytest.fixture
def watch(tmp_path):
    w = Watch(tmp_path)
    yield w
    w.close()


def test_two_broken_bytes_in_a_utf8_page_are_no_change(watch):
    """B3: two invalid bytes must not flip a UTF-8 page to windows-1252 (mojibake in every
    umlaut → high address change and people removals, re-added on the next clean run)."""
    clean = contact_page().encode("utf-8")
    watch.put(clean)
    assert watch.crawl().returncode == 0
    at = clean.index("Lindenallee".encode())
    watch.put(clean[:at] + b"\xff\xfe" + clean[at:])
    assert watch.crawl().returncode == 0
    watch.put(clean)
    assert watch.crawl().returncode == 0
    assert watch.changes() == []
