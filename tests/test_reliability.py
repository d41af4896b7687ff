"""Issue 8 end to end: each case over a real HTTP server on 127.0.0.1, the real `kiwatch`
command line and a real SQLite file (RELIABILITY.md; the synthetic centre is invented)."""

from __future__ import annotations

import pytest

from tests.watchhelp import Watch, contact_page


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
        with open(filler, "wb", buffering=0) as fh:  # unbuffered: nothing left to flush on a full disk
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


def _start_crawl(watch, *extra_urls):
    """`kiwatch crawl` in its own process group (a terminal's Ctrl-C reaches the whole group)."""
    import os
    import subprocess
    import sys

    from tests.crawlhelp import FAST_ENV, REPO, write_registry

    write_registry(watch.sites, [{"slug": "musterstadt",
                                  "start_urls": [watch.srv.url("/musterstadt/index.html"), *extra_urls]}])
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIWATCH_")} | FAST_ENV | {
        "KIWATCH_DOWNLOAD_TIMEOUT": "60", "KIWATCH_DOWNLOAD_DELAY": "0", "KIWATCH_EXTRACTION_WORKERS": "1"}
    return subprocess.Popen([sys.executable, "-m", "kiwatch", "crawl", "--sites", str(watch.sites), "--db", watch.db,
                             "--allow-private-hosts", "--lang", "en"], cwd=REPO, env=env, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _runs(watch):
    import sqlite3

    with sqlite3.connect(watch.db.removeprefix("sqlite:///")) as conn:
        return conn.execute("SELECT id, status, finished_at FROM runs ORDER BY id").fetchall()


def _wait_until_waiting(watch, proc):
    import time

    deadline = time.monotonic() + 60
    while not any(r.path.startswith("/_fault/wait") for r in watch.srv.requests):
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.1)
    time.sleep(0.5)


def test_ctrl_c_stops_within_seconds_exit_130_and_records_the_run_interrupted(watch):
    """#10: Ctrl-C while a page is still loading: stop at once (not after the slow request),
    exit 130, no traceback, the run recorded as interrupted; the next run works normally."""
    import os
    import signal
    import time

    watch.put(contact_page())
    proc = _start_crawl(watch, watch.srv.url("/_fault/wait?s=40"))
    _wait_until_waiting(watch, proc)
    sent = time.monotonic()
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert time.monotonic() - sent < 10
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err, err
    assert [status for _, status, finished in _runs(watch)] == ["interrupted"]
    assert watch.crawl().returncode == 0
    assert [status for _, status, _ in _runs(watch)] == ["interrupted", "ok"]


def test_sigkilled_crawl_is_marked_interrupted_by_status_and_by_the_next_run(watch):
    """#10: a crawl killed with SIGKILL leaves its run `running`; `status` (or the next run)
    marks it interrupted and says so (exit 1), instead of "running" forever."""
    import os
    import signal

    watch.put(contact_page())
    import time

    proc = _start_crawl(watch, watch.srv.url("/_fault/wait?s=40"))
    _wait_until_waiting(watch, proc)
    # the run row is written on the storage thread once the first requests are out (issue 11's
    # start-up): on a loaded machine that can come after the slow request has begun
    deadline = time.monotonic() + 60
    while [status for _, status, _ in _runs(watch)] != ["running"]:
        assert proc.poll() is None and time.monotonic() < deadline, _runs(watch)
        time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    assert [status for _, status, _ in _runs(watch)] == ["running"]
    status = watch.status()
    assert status.returncode == 1 and "interrupted" in status.stdout, status.stdout
    assert [status for _, status, _ in _runs(watch)] == ["interrupted"]


def test_every_page_refused_as_private_names_the_real_cause(tmp_path):
    """#11: a crawl in which every page was refused as a private host is a failed run whose
    cause is named (not "check the network"); `status` says the same and exits 1, and never
    adds "all centres healthy"."""
    w = Watch(tmp_path, slugs=("eins", "zwei"))
    try:
        for slug in w.slugs:
            w.put(contact_page(), slug)
        from tests.watchhelp import kiwatch

        proc = kiwatch("crawl", "--sites", str(w.sites), "--db", w.db, "--quiet", "--lang", "en")
        assert proc.returncode == 1
        assert proc.stderr.count("every centre failed") == 1
        assert "refused as a private address" in proc.stderr and "--allow-private-hosts" in proc.stderr
        assert "check the network" not in proc.stderr
        status = w.status()
        assert status.returncode == 1
        assert "refused as a private address" in status.stdout and "healthy" not in status.stdout
    finally:
        w.close()


def test_all_centres_failing_at_once_is_one_global_failure_and_centre_states_stay(tmp_path):
    """I2 (#5): our own network down: the run is one global failure; no centre becomes
    failing (here after one failed run, as the setting asks), `status` exits 1 for the run."""
    import json

    w = Watch(tmp_path, slugs=("eins", "zwei", "drei"))
    env = {"KIWATCH_FAILING_AFTER_RUNS": "1"}
    try:
        for slug in w.slugs:
            w.put(contact_page(), slug)
        assert w.crawl(env=env).returncode == 0
        w.srv.stop()  # everything unreachable at once
        proc = w.crawl(env=env)
        assert proc.returncode == 1 and proc.stderr.count("every centre failed") == 1
        status = w.status("--format", "json", env=env)
        health = json.loads(status.stdout)
        assert status.returncode == 1 and health["last_run"]["globally_failed"] and health["problems"] == []
        from tests.watchhelp import kiwatch

        rows = json.loads(kiwatch("centres", "--db", w.db, "--format", "json").stdout)
        assert {r["slug"]: r["status"] for r in rows} == {"eins": "ok", "zwei": "ok", "drei": "ok"}
        assert w.changes() == []
    finally:
        w.close()


def test_status_exits_1_for_a_failing_digest_and_for_stale_data(watch):
    """#11: failing digests and stale data need a look too (exit 1, named)."""
    from tests.crawlhelp import closed_port
    from tests.watchhelp import kiwatch

    watch.put(contact_page())
    assert watch.crawl().returncode == 0
    assert kiwatch("subscribe", "redaktion@example.org", "--site", "musterstadt", "--sites", str(watch.sites),
                   "--db", watch.db).returncode == 0
    watch.put(contact_page(street="Rosenweg 3"))
    assert watch.crawl().returncode == 0
    healthy = watch.status()
    assert healthy.returncode == 0 and "All centres healthy" in healthy.stdout
    smtp_down = {"KIWATCH_SMTP_HOST": "127.0.0.1", "KIWATCH_SMTP_PORT": str(closed_port()),
                 "KIWATCH_SMTP_SECURITY": "none"}
    assert kiwatch("digest", "--db", watch.db, env=smtp_down).returncode == 1
    status = watch.status()
    assert status.returncode == 1 and "digest to redaktion@example.org" in status.stdout
    assert "healthy" not in status.stdout
    stale = watch.status(env={"KIWATCH_STALE_AFTER_DAYS": "0"})
    assert stale.returncode == 1 and "musterstadt: " in stale.stdout and "stale, last success" in stale.stdout


NO_DNS = """
import socket, sys
real = socket.getaddrinfo
def getaddrinfo(host, *args, **kwargs):
    # a name server that knows no .invalid name (RFC 2606), without asking any real one
    if str(host).endswith(".invalid"):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    return real(host, *args, **kwargs)
socket.getaddrinfo = getaddrinfo
from kiwatch.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


def test_dns_failure_is_recorded_as_dns_and_told_apart_from_a_refused_connection(tmp_path):
    """A2: a host whose name does not resolve fails with reason `dns` (not timeout, not
    connection refused), shown in the crawl summary; the other centre is crawled normally."""
    import os
    import subprocess
    import sys

    from tests.crawlhelp import FAST_ENV, REPO, closed_port, write_registry

    w = Watch(tmp_path)
    try:
        w.put(contact_page())
        write_registry(w.sites, [{"slug": "musterstadt", "start_urls": [w.srv.url("/musterstadt/index.html")]},
                                 {"slug": "nirgendwo", "start_urls": ["http://ki.nirgendwo.invalid/ki/"]},
                                 {"slug": "zu", "start_urls": [f"http://127.0.0.1:{closed_port()}/ki/"]}])
        env = {k: v for k, v in os.environ.items() if not k.startswith("KIWATCH_")} | FAST_ENV | {
            "KIWATCH_RETRY_TIMES": "0", "KIWATCH_DOWNLOAD_DELAY": "0", "KIWATCH_EXTRACTION_WORKERS": "0"}
        proc = subprocess.run([sys.executable, "-c", NO_DNS, "crawl", "--sites", str(w.sites), "--db", w.db,
                               "--allow-private-hosts", "--quiet", "--lang", "en"], cwd=REPO, env=env,
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 1, proc.stderr  # some centres failed completely
        failures = {line.split(":")[0].strip(): line for line in proc.stdout.splitlines() if "http" in line and ": " in line}
        assert "http://ki.nirgendwo.invalid/ki/: host name not found (DNS)" in failures["nirgendwo"]
        assert ": connection refused" in failures["zu"]
        assert "musterstadt" not in failures
    finally:
        w.close()


def test_secrets_never_reach_output_or_logs(tmp_path):
    """H5: the SMTP password and a database password appear in no output, not even verbose
    logging of a crawl (Scrapy's "Overridden settings") or an error naming the database."""
    from tests.crawlhelp import closed_port

    secret, db_secret = "Sm7p-Geheim!", "Db-Geheim-42"
    env = {"KIWATCH_SMTP_PASSWORD": secret, "KIWATCH_SMTP_USER": "kiwatch"}
    w = Watch(tmp_path)
    try:
        w.put(contact_page())
        outputs = [w.crawl("-v", env=env), w.status("-v", env=env)]
        from tests.watchhelp import kiwatch

        outputs.append(kiwatch("status", "--db", f"postgresql+psycopg://kiwatch:{db_secret}@127.0.0.1:{closed_port()}/k",
                               env=env))
        outputs.append(kiwatch("digest", "--db", w.db, env=env | {"KIWATCH_SMTP_PORT": str(closed_port()),
                                                                  "KIWATCH_SMTP_HOST": "127.0.0.1"}))
        for proc in outputs:
            assert secret not in proc.stdout + proc.stderr and db_secret not in proc.stdout + proc.stderr
        assert "kiwatch:***@127.0.0.1" in outputs[2].stderr  # the DSN is shown, masked
    finally:
        w.close()


SOFT_ERROR = ('<!doctype html><html><head><title>Stadt Musterstadt</title></head><body><main><h1>Hoppla!</h1>'
              '<p>Diese Seite existiert leider nicht mehr. Vielleicht hilft Ihnen unsere Suche weiter oder Sie '
              'starten auf der Startseite neu. Bei Fragen erreichen Sie das Bürgerbüro unter Telefon 09999 123-0.</p>'
              '</main></body></html>')


def _directory_row(watch):
    import json

    from tests.watchhelp import kiwatch

    [row] = json.loads(kiwatch("centres", "--db", watch.db, "--format", "json").stdout)
    return row


def test_soft_error_page_in_unknown_words_is_held_back_until_the_page_returns(watch):
    """B4 (#2): a 200 page "Hoppla! …" (no phrase list knows it) makes the centre's facts and
    text collapse against its own history: held back, no event at all (not even the page's
    text) — not in the first run, not after runs enough to call a centre failing; when the
    page returns nothing is re-added and its text is compared with the version before the
    error page."""
    watch.put(contact_page())
    assert watch.crawl().returncode == 0
    watch.put(SOFT_ERROR)
    for _ in range(3):  # failing_after_runs (3): a collapse is never taken as the new state
        watch.crawl()
    assert watch.changes() == []
    row = _directory_row(watch)
    assert row["address"].startswith("Lindenallee 12") and "Anna Beispiel" in row["head"]
    assert row["unconfirmed_since"]
    status = watch.status()
    assert status.returncode == 1 and "musterstadt" in status.stdout
    watch.put(contact_page())
    assert watch.crawl().returncode == 0
    assert watch.changes() == []
    assert _directory_row(watch)["unconfirmed_since"] == ""


def test_vanished_contact_block_never_empties_the_facts_partial_removals_stay_events(watch):
    """B8 (#4): the contact block disappears (template change): status names the centre and
    exits 1 from the first run; the facts stay (marked not confirmed since then), however
    long it lasts. A partial removal (one person left) is a normal change; new facts on the
    page are taken."""
    from tests.watchhelp import TEAM

    watch.put(contact_page())
    assert watch.crawl().returncode == 0
    broken = contact_page().split("<h2>Kontakt</h2>")[0] + "<p>Wir sind für Sie da.</p></main></body></html>"
    watch.put(broken)
    watch.crawl()
    status = watch.status()
    assert status.returncode == 1 and "musterstadt" in status.stdout and "not found any more" in status.stdout
    for _ in range(2):
        watch.crawl()
    assert [c for c in watch.changes() if c["severity"] != "low"] == []
    row = _directory_row(watch)
    assert row["address"].startswith("Lindenallee 12") and row["unconfirmed_since"]
    watch.put(contact_page(team=TEAM[:3]))  # back, and Kai Beispiel has left
    assert watch.crawl().returncode == 0
    partial = watch.changes()
    assert any(c["kind"] == "people" and "Kai Beispiel" in c["old"] and not c["new"] for c in partial)
    assert not [c for c in partial if c["severity"] == "high"]
    assert _directory_row(watch)["unconfirmed_since"] == ""
    watch.put(contact_page(street="Rosenweg 3", team=TEAM[:3]))
    assert watch.crawl().returncode == 0
    assert [c["new"][:10] for c in watch.changes() if c["kind"] == "address"] == ["Rosenweg 3"]


def test_relaunch_with_the_same_facts_in_a_new_layout_is_no_fact_change(watch):
    """B6 (#3): the same head, team, address and phones in a card layout compare equal."""
    watch.put(contact_page())
    assert watch.crawl().returncode == 0
    watch.put(contact_page(layout="cards"))
    assert watch.crawl().returncode == 0
    assert [(c["kind"], c["old"], c["new"]) for c in watch.changes() if c["kind"] != "content"] == []
    assert all(c["severity"] == "low" for c in watch.changes())


@pytest.mark.parametrize("how", ["http", "meta"])
def test_redirect_away_needs_the_same_confirmation_as_a_404(watch, tmp_path, how):
    """A9 (#6): the contact page redirects to another site (HTTP 302, or a meta refresh that
    is classed before the other site is fetched): no page_removed and no fact removal in the
    same run; seen again, it is one confirmed page_removed."""
    from kiwatch.devserver import DevServer

    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "index.html").write_text("<html><body><p>Startseite</p></body></html>")
    with DevServer(tmp_path / "other") as other:
        target = other.url("/index.html", host="localhost")
        path = "/musterstadt/index.html"
        watch.put(contact_page())
        assert watch.crawl().returncode == 0
        if how == "http":
            watch.srv.answers[path] = (302, b"", {"Location": target})
        else:
            watch.srv.answers[path] = (200, f'<html><head><meta http-equiv="refresh" content="0; url={target}">'
                                            f'</head><body>Weiter</body></html>'.encode())
        watch.crawl()
        assert watch.changes() == []
        assert other.requests == []  # the other site is never fetched
        watch.crawl()
        kinds = [c["kind"] for c in watch.changes()]
        assert kinds.count("page_removed") == 1


def test_two_digest_processes_at_the_same_moment_send_one_digest(watch):
    """G5: the digest job started twice for the same period at once (manual + scheduled, two
    machines on one PostgreSQL or one SQLite file): exactly one mail per (period, recipient)."""
    import os
    import subprocess
    import sys

    from tests.crawlhelp import REPO
    from tests.notify_support import SmtpServer
    from tests.watchhelp import kiwatch

    watch.put(contact_page())
    assert watch.crawl().returncode == 0
    assert kiwatch("subscribe", "redaktion@example.org", "--site", "musterstadt", "--sites", str(watch.sites),
                   "--db", watch.db).returncode == 0
    watch.put(contact_page(street="Rosenweg 3"))
    assert watch.crawl().returncode == 0
    smtp = SmtpServer().start()
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith("KIWATCH_")} | smtp.env()
        procs = [subprocess.Popen([sys.executable, "-m", "kiwatch", "digest", "--db", watch.db], cwd=REPO, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        results = [p.communicate(timeout=120) + (p.returncode,) for p in procs]
        assert all(code == 0 for *_, code in results), results
        assert len(smtp.handler.to("redaktion@example.org")) == 1
    finally:
        smtp.stop()


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_status_on_a_database_that_does_not_exist_names_the_path_and_fails(tmp_path, fmt):
    """#4 (E4): `status` on a missing database is not "no run yet" with exit 0 (a typo in --db
    or an unmounted disk would read as a healthy new installation): exit 2, the path named,
    nothing created."""
    from tests.watchhelp import kiwatch

    missing = tmp_path / "kiwatch.sqlite"
    proc = kiwatch("status", "--db", f"sqlite:///{missing}", "--lang", "en", "--format", fmt)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert f"database {missing} does not exist" in proc.stderr and proc.stdout == ""
    assert not missing.exists() and list(tmp_path.iterdir()) == []


def test_a_person_confirms_or_keeps_a_held_back_collapse(tmp_path):
    """B4/B8 resolved by hand: `kiwatch confirm` takes a held-back collapse — the removals
    (facts and page text) become normal events marked confirmed by who, when; `kiwatch keep`
    calls it a false alarm — the facts stay, and the same collapse seen again stays quiet.
    Either way the centre leaves `status`. A typo or a centre with nothing held back is refused."""
    import json

    from tests.watchhelp import kiwatch

    w = Watch(tmp_path, slugs=("eins", "zwei"))
    try:
        for slug in w.slugs:
            w.put(contact_page(), slug)
        assert w.crawl().returncode == 0
        w.put(contact_page().split("<h2>Kontakt</h2>")[0] + "<p>Wir sind für Sie da.</p></main></body></html>", "eins")
        w.put(SOFT_ERROR, "zwei")
        w.crawl()
        status = w.status()
        assert status.returncode == 1 and "eins" in status.stdout and "zwei" in status.stdout

        def resolve(*args: str):
            return kiwatch(*args, "--db", w.db, "--lang", "en")

        typo = resolve("keep", "einz")
        assert typo.returncode == 2 and "'einz'" in typo.stderr and "eins" in typo.stderr
        confirmed = resolve("confirm", "eins", "--by", "Frau Prüferin", "--note", "Kontakt entfällt")
        assert confirmed.returncode == 0, confirmed.stderr
        assert resolve("keep", "zwei", "--by", "Herr Prüfer").returncode == 0
        again = resolve("keep", "zwei")
        assert again.returncode == 2 and "zwei" in again.stderr and "no facts are held back" in again.stderr

        events = w.changes()
        assert {c["centre"] for c in events} == {"eins"}
        assert {(c["kind"], c["severity"]) for c in events} >= {("address", "high"), ("head", "high"), ("content", "low")}
        assert all(not c["new"] for c in events if c["kind"] != "content")
        assert all(c["review"]["action"] == "confirm" and c["review"]["by"] == "Frau Prüferin"
                   and c["review"]["note"] == "Kontakt entfällt" and c["review"]["at"] for c in events)
        assert f"{len(events)} change(s) recorded" in confirmed.stdout

        def rows():
            return {r["slug"]: r for r in json.loads(kiwatch("centres", "--db", w.db, "--format", "json").stdout)}

        now = rows()
        assert now["eins"]["address"] == "" and now["eins"]["head"] == "" and now["eins"]["unconfirmed_since"] == ""
        assert now["zwei"]["address"].startswith("Lindenallee 12") and now["zwei"]["unconfirmed_since"] == ""
        assert w.status().returncode == 0
        assert w.crawl().returncode == 0  # the same pages again: nothing new, nobody asked again
        assert w.status().returncode == 0 and len(w.changes()) == len(events)
        assert "Anna Beispiel" in rows()["zwei"]["head"]
    finally:
        w.close()


def _rows(db: str, sql: str, *params) -> list[tuple]:
    import sqlite3

    with sqlite3.connect(db.removeprefix("sqlite:///")) as conn:
        return conn.execute(sql, params[0] if params and isinstance(params[0], dict) else params).fetchall()


def test_one_centre_raising_in_the_real_pipeline_fails_alone_and_the_run_row_counts_are_true(tmp_path):
    """I1: one centre's profile update raises inside the real `kiwatch crawl` pipeline (its
    stored profile has a shape no kiwatch writes: a foreign tool, a bad restore): that centre
    is named as failed, its history is untouched, the other centre's change is recorded.
    I4: the run's summary row and centre_runs hold per-centre counts that agree with what
    was stored in that run (attempts, versions, change events), read from the database."""
    import json

    w = Watch(tmp_path, slugs=("eins", "zwei"))
    try:
        for slug in w.slugs:
            w.put(contact_page(), slug)
        assert w.crawl().returncode == 0
        _rows(w.db, "UPDATE profiles SET data = '[1, 2]' WHERE centre_id = (SELECT id FROM centres WHERE slug = 'eins')")
        before = _rows(w.db, "SELECT p.id, p.data FROM profiles p JOIN centres c ON c.id = p.centre_id "
                              "WHERE c.slug = 'eins' ORDER BY p.id")
        for slug in w.slugs:
            w.put(contact_page(street="Rosenweg 3"), slug)
        proc = w.crawl()
        assert proc.returncode == 1 and "eins: profile:" in proc.stdout, proc.stdout + proc.stderr
        assert _rows(w.db, "SELECT p.id, p.data FROM profiles p JOIN centres c ON c.id = p.centre_id "
                           "WHERE c.slug = 'eins' ORDER BY p.id") == before
        assert [c["new"][:10] for c in w.changes("--kind", "address")] == ["Rosenweg 3"]
        # eins: its new page version (and text change) is stored; no fact was diffed against the bad profile
        assert {c["kind"] for c in w.changes("--site", "eins")} == {"content"}
        status = w.status()
        assert status.returncode == 1 and "eins: ok, the profile could not be updated" in status.stdout
        assert "zwei:" not in status.stdout

        [(run_id, status, summary)] = _rows(w.db, "SELECT id, status, summary FROM runs ORDER BY id DESC LIMIT 1")
        tallies = json.loads(summary)["centres"]
        assert status == "ok" and tallies["eins"]["status"] == "error" and tallies["zwei"]["status"] == "ok"
        assert any("profile" in f for f in tallies["eins"]["failures"])
        for slug, tally in tallies.items():
            stored = _rows(w.db, """
                SELECT (SELECT count(*) FROM fetch_attempts a WHERE a.run_id = :r AND a.centre_id = c.id),
                       (SELECT count(*) FROM snapshots s JOIN pages p ON p.id = s.page_id
                         WHERE s.run_id = :r AND p.centre_id = c.id),
                       (SELECT count(*) FROM changes x WHERE x.run_id = :r AND x.centre_id = c.id)
                FROM centres c WHERE c.slug = :slug""", {"r": run_id, "slug": slug})
            assert stored == [(tally["pages"], tally["changed"], tally["changes"])], slug
            assert _rows(w.db, "SELECT r.status, r.pages, r.changed, r.changes FROM centre_runs r "
                               "JOIN centres c ON c.id = r.centre_id WHERE r.run_id = ? AND c.slug = ?",
                         run_id, slug) == [(tally["status"], tally["pages"], tally["changed"], tally["changes"])]
        assert tallies["zwei"]["changes"] >= 2 and tallies["zwei"]["changed"] == 1
    finally:
        w.close()


def test_a_few_megabyte_page_under_the_cap_is_parsed_or_too_large_in_bounded_memory(tmp_path):
    """C4: pages of ~3 MB, under the 10 MiB download cap, in a real crawl: one huge text node
    (more visible text than any centre's page) is an explicit `too_large` failure and the last
    good version stays (no change); 3 MB of script around a normal contact block is parsed and
    its facts found. The crawl process (its peak RSS, from wait4) stays within a modest budget."""
    import json
    import os
    import subprocess
    import sys

    from tests.crawlhelp import FAST_ENV, REPO
    from tests.watchhelp import kiwatch

    w = Watch(tmp_path, slugs=("gross", "markup"))
    try:
        w.put(contact_page(), "gross")
        script = "<script>var x = '" + "abcdefghij" * 300_000 + "';</script>"  # 3 MB nobody sees
        w.put(contact_page(extra=script), "markup")
        cap = {"KIWATCH_MAX_HTML_BYTES": str(10 * 1024 * 1024)}  # the default cap (the tests' is 1 MiB)
        assert w.crawl(env=cap).returncode == 0
        w.put(contact_page(extra="<p>" + "Wort " * 600_000 + "</p>"), "gross")  # 3 MB of text in one node
        assert len((w.root / "gross" / "index.html").read_bytes()) > 3_000_000
        env = {k: v for k, v in os.environ.items() if not k.startswith("KIWATCH_")}
        env.update(FAST_ENV)
        env.update({"KIWATCH_DOWNLOAD_DELAY": "0", "KIWATCH_AUTOTHROTTLE": "off", "KIWATCH_EXTRACTION_WORKERS": "0",
                    "KIWATCH_RETRY_TIMES": "0", **cap})
        with open(tmp_path / "out.txt", "w") as out:
            child = subprocess.Popen([sys.executable, "-m", "kiwatch", "crawl", "--sites", str(w.sites), "--db", w.db,
                                      "--allow-private-hosts", "--quiet", "--lang", "en"],
                                     cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
            _, wait_status, usage = os.wait4(child.pid, 0)  # this child's own peak memory
            child.returncode = os.waitstatus_to_exitcode(wait_status)
        output = (tmp_path / "out.txt").read_text()
        assert child.returncode == 1 and "gross" in output, output  # a centre whose only page failed
        assert _rows(w.db, "SELECT a.reason FROM fetch_attempts a JOIN centres c ON c.id = a.centre_id "
                           "WHERE c.slug = 'gross' ORDER BY a.id DESC LIMIT 1") == [("too_large",)]
        assert w.changes() == []
        rows = {r["slug"]: r for r in json.loads(kiwatch("centres", "--db", w.db, "--format", "json").stdout)}
        assert rows["gross"]["address"].startswith("Lindenallee 12")
        assert rows["markup"]["address"].startswith("Lindenallee 12") and "Anna Beispiel" in rows["markup"]["head"]
        assert usage.ru_maxrss < 600 * 1024, usage.ru_maxrss  # KiB on Linux
    finally:
        w.close()
