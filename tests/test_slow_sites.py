"""A site that turns slow or breaks off mid-body, end to end (RELIABILITY A3, A7): real servers
on 127.0.0.1 that answer after the download timeout, trickle a page byte by byte, stall after
the headers, reset the connection mid-body or send less than their Content-Length — each on
the page of its own centre, crawled with a healthy centre by the real `kiwatch crawl` into a
SQLite file. The summary names each such centre, what went wrong and what to do (German by
default, English with --lang en); the healthy centre's edit is recorded; nothing the failing
centres had stored is lost or reported as changed; the next crawl fetches them again."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine, text

from kiwatch.i18n import t
from tests.watchhelp import Watch, contact_page, kiwatch

FAULTS = {  # centre → the fault its page turns into (KIWATCH_DOWNLOAD_TIMEOUT is 2 s)
    "wartet": ("wait?s=6", "timeout"),
    "troepfelt": ("trickle?s=8", "timeout"),
    "stockt": ("hang-after-headers?s=6", "timeout"),
    "bricht-ab": ("drop", "truncated"),
    "zu-kurz": ("partial", "truncated"),
    "kreist": ("redirect-loop", "redirect_error"),
    "zu-gross": ("huge?mb=3", "too_large"),  # the tests' limit is 1 MiB
}
# what the summary says of each reason, once, naming its centres (German, English): what went
# wrong, and what to do about it
SAID = {
    "timeout": (("Zeitüberschreitung (", "nächste Lauf versucht es erneut", "download_timeout"),
                ("timeout (", "next run tries again", "download_timeout")),
    "truncated": (("unvollständig übertragen (", "nichts gespeichert", "nächste Lauf versucht es erneut"),
                  ("truncated (", "none of it was stored", "next run tries again")),
    "redirect_error": (("(", "leitet im Kreis", "--sites"), ("(", "redirects in a loop", "--sites")),
    "too_large": (("(", "größer als erlaubt", "max_html_bytes"), ("(", "larger than allowed", "max_html_bytes")),
}
HEALTHY = "gesund"
# a centre is failing after two runs without a page; one server hosts every centre here, so
# the per-host give-up after timeouts in a row (its own test below) is off
ENV = {"COLUMNS": "200", "KIWATCH_FAILING_AFTER_RUNS": "2", "KIWATCH_UNRESPONSIVE_AFTER": "0"}


def status(w: Watch) -> tuple[int, dict[str, str]]:
    proc = kiwatch("status", "--db", w.db, "--format", "json", env=ENV)
    return proc.returncode, {p["slug"]: p["status"] for p in json.loads(proc.stdout)["problems"]}


def stored(w: Watch) -> dict[str, tuple]:
    """Per centre what it has stored: its latest profile (hash and facts), and each page's
    current version, state and version count."""
    profiles = rows(w, "SELECT c.slug, p.sha256, p.data FROM profiles p JOIN centres c ON c.id = p.centre_id "
                       "WHERE p.id IN (SELECT max(id) FROM profiles GROUP BY centre_id)")
    pages = dict(rows(w, "SELECT c.slug, p.current_snapshot_id || ' ' || p.state || ' ' || "
                         "(SELECT count(*) FROM snapshots s WHERE s.page_id = p.id) "
                         "FROM pages p JOIN centres c ON c.id = p.centre_id"))
    return {slug: (sha, data, pages.get(slug)) for slug, sha, data in profiles}


def rows(w: Watch, sql: str) -> list[tuple]:
    engine = create_engine(w.db)
    try:
        with engine.connect() as con:
            return [tuple(r) for r in con.execute(text(sql)).all()]
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("slow")
    w = Watch(tmp, slugs=(*FAULTS, HEALTHY))
    try:
        for i, slug in enumerate(w.slugs):
            w.put(contact_page(street=f"Lindenallee {i + 1}"), slug=slug)
        assert w.crawl(env=ENV).returncode == 0
        before = stored(w)
        [(versions,)] = rows(w, "SELECT count(*) FROM snapshots")
        for slug, (fault, _) in FAULTS.items():
            w.srv.faulty[f"/{slug}/index.html"] = fault
        w.put(contact_page(street="Hafenstraße 3"), slug=HEALTHY)
        crawl = {"de": kiwatch("crawl", "--sites", str(w.sites), "--db", w.db, "--allow-private-hosts", "--quiet",
                               env=ENV)}
        during = stored(w)
        [(versions_after,)] = rows(w, "SELECT count(*) FROM snapshots")
        attempts = dict(rows(w, "SELECT c.slug, a.reason FROM fetch_attempts a JOIN centres c ON c.id = a.centre_id "
                                "WHERE a.run_id = (SELECT max(id) FROM runs)"))
        crawl["en"] = kiwatch("crawl", "--sites", str(w.sites), "--db", w.db, "--allow-private-hosts", "--quiet",
                              "--lang", "en", env=ENV)
        failing = status(w)
        w.srv.faulty.clear()
        crawl["after"] = kiwatch("crawl", "--sites", str(w.sites), "--db", w.db, "--allow-private-hosts", "--quiet",
                                 env=ENV)
        yield {"w": w, "before": before, "during": during, "versions": (versions, versions_after), "attempts": attempts,
               "crawl": crawl, "after": stored(w),
               "status": (failing, status(w))}
    finally:
        w.close()


def _lines(out: str) -> list[str]:
    return [" ".join(line.split()) for line in out.splitlines()]


def test_each_failing_centre_is_named_with_what_went_wrong_and_what_to_do(runs):
    de, en = runs["crawl"]["de"], runs["crawl"]["en"]
    assert de.returncode == 1 and en.returncode == 1  # some centres failed completely (README: exit codes)
    for out, lang in ((de.stdout, 0), (en.stdout, 1)):
        for slug, (_, reason) in FAULTS.items():  # the page, and the reason in the user's language
            said = f"/{slug}/index.html: {t(('de', 'en')[lang], 'reason_' + reason)}"
            assert any(line.startswith(f"{slug}: http") and said in line for line in _lines(out)), (said, out)
        for reason, words in SAID.items():
            centres = ", ".join(sorted(slug for slug, (_, r) in FAULTS.items() if r == reason))
            hints = [line for line in _lines(out) if f"({centres}): " in line]
            assert len(hints) == 1, (reason, out)
            [hint] = hints
            assert all(w in hint for w in words[lang]), (reason, hint)
    assert not any(line.startswith(f"{HEALTHY}:") for line in _lines(de.stdout))


def test_the_healthy_centre_runs_and_its_edit_is_recorded(runs):
    w = runs["w"]
    assert [c["new"][:13] for c in w.changes("--kind", "address")] == ["Hafenstraße 3"]
    assert {c["centre"] for c in w.changes()} == {HEALTHY}  # nothing reported for the failing centres


def test_nothing_stored_is_lost_and_the_failure_is_recorded_with_its_reason(runs):
    assert {slug: runs["during"][slug] for slug in FAULTS} == {slug: runs["before"][slug] for slug in FAULTS}
    assert all("Lindenallee" in json.dumps(runs["before"][slug][1], ensure_ascii=False) for slug in FAULTS)  # facts to lose
    versions, versions_after = runs["versions"]
    assert versions_after == versions + 1  # the healthy centre's new version only; no half page was kept
    assert {slug: runs["attempts"][slug] for slug in FAULTS} == {slug: reason for slug, (_, reason) in FAULTS.items()}


def test_the_next_crawl_fetches_them_again(runs):
    after = runs["crawl"]["after"]
    assert after.returncode == 0, after.stdout + after.stderr
    assert {slug: runs["after"][slug] for slug in FAULTS} == {slug: runs["before"][slug] for slug in FAULTS}
    assert {c["centre"] for c in runs["w"].changes()} == {HEALTHY}
    w = runs["w"]
    ok = dict(rows(w, "SELECT c.slug, a.outcome FROM fetch_attempts a JOIN centres c ON c.id = a.centre_id "
                      "WHERE a.run_id = (SELECT max(id) FROM runs)"))
    assert all(ok[slug] in ("ok", "not_modified") for slug in FAULTS), ok  # fetched again, and whole


def test_status_names_them_failing_after_the_runs_the_setting_asks_and_not_after_they_are_back(runs):
    (code, problems), (code_after, problems_after) = runs["status"]
    assert code == 1 and problems == {slug: "failing" for slug in FAULTS}  # the healthy centre is no problem
    assert code_after == 0 and problems_after == {}


def test_a_host_that_hangs_is_not_waited_for_page_by_page(tmp_path):
    """A site whose every page hangs: after two pages in a row ran into the timeout, its other
    pages (but the one already on its way) are not requested in this run (each would hold the host's slot for the whole
    timeout); they fail as timeouts that say so, nothing stored changes, and the next run asks
    for every page again. One request at a time per host, as by default."""
    w = Watch(tmp_path, slugs=("haengt",))
    env = {**ENV, "KIWATCH_UNRESPONSIVE_AFTER": "2", "KIWATCH_CONCURRENT_PER_DOMAIN": "1"}
    pages = [f"/haengt/seite{i}.html" for i in range(1, 6)]
    try:
        links = "".join(f'<p><a href="{p.rsplit("/", 1)[1]}">Kontakt {i}</a></p>' for i, p in enumerate(pages, 1))
        w.put(contact_page(extra=links))
        for i, path in enumerate(pages, 1):
            w.put(contact_page(street=f"Lindenallee {i}"), name=path.rsplit("/", 1)[1])
        assert w.crawl(env=env).returncode == 0
        before = stored(w)
        all_pages = ["/haengt/index.html", *pages]
        assert len(rows(w, "SELECT id FROM pages")) == len(all_pages)
        for path in all_pages:
            w.srv.faulty[path] = "wait?s=5"
        asked = len(w.srv.requests)
        hung = kiwatch("crawl", "--sites", str(w.sites), "--db", w.db, "--allow-private-hosts", "--quiet", env=env)
        requested = [r.path for r in w.srv.requests[asked:] if r.path in all_pages]
        assert hung.returncode == 1
        # two pages waited for; the download slot had started the next one before the second
        # timeout reached the middleware; the other three were never asked
        assert len(requested) == 3, requested
        attempts = rows(w, "SELECT reason, detail FROM fetch_attempts WHERE run_id = (SELECT max(id) FROM runs)")
        assert len(attempts) == len(all_pages) and {reason for reason, _ in attempts} == {"timeout"}
        assert sum("not requested" in detail for _, detail in attempts) == len(all_pages) - 3
        assert "Zeitüberschreitung (haengt)" in " ".join(hung.stdout.split())
        assert stored(w) == before
        w.srv.faulty.clear()
        asked = len(w.srv.requests)
        assert w.crawl(env=env).returncode == 0
        assert sorted({r.path for r in w.srv.requests[asked:] if r.path in all_pages}) == sorted(all_pages)
        assert stored(w) == before and w.changes() == []
    finally:
        w.close()
