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


def _conditional_headers(srv, path):
    return [r for r in srv.requests if r.path == path and ("if-none-match" in r.headers or "if-modified-since" in r.headers)]


@pytest.mark.parametrize("how", ["site", "global"])
def test_conditional_requests_can_be_turned_off_for_a_server_with_wrong_validators(tmp_path, how):
    """#15: a server answering 304 for a changed page hides the change while conditional requests
    are on; turned off for the site (registry) or everywhere (setting), the change is found."""
    extra = {"conditional_requests": False} if how == "site" else None
    env = {"KIWATCH_CONDITIONAL_REQUESTS": "false"} if how == "global" else None
    on, off = Watch(tmp_path / "on"), Watch(tmp_path / "off", registry_extra=extra)
    try:
        for w in (on, off):
            w.srv.lying_validators = True
            w.put(contact_page())
            assert w.crawl(env=env if w is off else None).returncode == 0
            w.put(contact_page(street="Rosenweg 3"))
            w.srv.clear_log()
            assert w.crawl(env=env if w is off else None).returncode == 0
        assert _conditional_headers(on.srv, "/musterstadt/index.html")
        assert [c["kind"] for c in on.changes()] == []  # what wrong validators do: the change is hidden
        assert _conditional_headers(off.srv, "/musterstadt/index.html") == []
        [address] = [c for c in off.changes() if c["kind"] == "address"]
        assert address["new"].startswith("Rosenweg 3, 99998 Musterstadt") and address["severity"] == "high"
    finally:
        on.close()
        off.close()


@pytest.fixture
def small_disk(tmp_path):
    """A real 2 MiB file system (tmpfs), where mounting is allowed (root, as in CI containers)."""
    import subprocess

    mount = tmp_path / "disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("cannot mount a small tmpfs here (not root); test_storage covers SQLITE_FULL itself")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_full_disk_before_the_crawl_is_named_and_history_kept(tmp_path, small_disk):
    """E3 (issue 8 #8): the disk fills up between two crawls: exit 2 with "the disk is full",
    never "corrupt … restore a backup"; the stored history is still there once space is freed."""
    w = Watch(tmp_path, db_url=f"sqlite:///{small_disk / 'kiwatch.sqlite'}")
    try:
        w.put(contact_page())
        assert w.crawl().returncode == 0
        filler = small_disk / "filler"
        with open(filler, "wb") as fh:
            try:
                while True:
                    fh.write(b"\0" * 65536)
            except OSError:
                pass
        w.put(contact_page(street="Rosenweg 3"))
        proc = w.crawl()
        assert proc.returncode == 2, proc.stderr
        assert "the disk is full" in proc.stderr and "corrupt" not in proc.stderr and "Traceback" not in proc.stderr
        filler.unlink()
        assert w.crawl().returncode == 0  # the history was intact: the next run finds the change
        assert [c["kind"] for c in w.changes() if c["severity"] == "high"] == ["address"]
    finally:
        w.close()


def test_database_server_down_is_named_for_crawl_and_status(tmp_path):
    from tests.crawlhelp import closed_port

    w = Watch(tmp_path, db_url=f"postgresql+psycopg://kiwatch@127.0.0.1:{closed_port()}/kiwatch")
    try:
        w.put(contact_page())
        for proc in (w.crawl(), w.status()):
            assert proc.returncode == 2
            assert "the database server cannot be reached" in proc.stderr and "corrupt" not in proc.stderr
    finally:
        w.close()


def test_typo_in_changes_site_is_refused_naming_the_valid_ones(watch):
    """#12: `changes --site musterstat` must not print "no changes" (exit 0) while the centre
    has changes; it is refused like `crawl` refuses it, with the known slugs."""
    watch.put(contact_page())
    assert watch.crawl().returncode == 0
    from tests.watchhelp import kiwatch

    for command in (["changes"], ["crawl", "--sites", str(watch.sites), "--allow-private-hosts"]):
        proc = kiwatch(*command, "--db", watch.db, "--site", "musterstat", "--lang", "en")
        assert proc.returncode == 2, proc.stderr
        assert "unknown centre 'musterstat' (did you mean 'musterstadt'?); valid: musterstadt" in proc.stderr
    assert watch.changes("--site", "musterstadt") == []  # a known centre without changes is still fine


def test_alternating_504_ok_and_blank_pages_give_no_change(watch):
    """A6 (changedetection #1179): 504, 200, blank 200, 200 … across runs: no change events,
    the blank page is an empty_content failure (C2/B5), the last good facts stay."""
    path = "/musterstadt/index.html"
    watch.put(contact_page())
    assert watch.crawl().returncode == 0
    for answer in [(504, b"<html><body>Gateway Timeout</body></html>"), None,
                   (200, b"<html><head></head><body>   </body></html>"), None]:
        if answer is None:
            watch.srv.answers.pop(path, None)
        else:
            watch.srv.answers[path] = answer
        watch.crawl()
    assert watch.changes() == []
    from tests.watchhelp import kiwatch
    import json

    [row] = json.loads(kiwatch("centres", "--db", watch.db, "--format", "json").stdout)
    assert row["address"].startswith("Lindenallee 12, 99998 Musterstadt") and "Anna Beispiel" in row["head"]
