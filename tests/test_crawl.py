"""Crawl behaviour against real local servers (RELIABILITY A1–A12, H3/H4, I1).

Most cases share one crawl (one child process, many centres, one fault each) so the whole
module stays fast; cases that need other settings or flags run their own small crawl.
Only 127.0.0.1 is ever contacted; no assertion depends on wall-clock time.
"""

from __future__ import annotations

import email.utils
import ipaddress
import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from kiwatch.crawlers.failures import classify_failure
from kiwatch.crawlers.middlewares.retryafter import parse_retry_after
from kiwatch.crawlers.middlewares.urlpolicy import UrlPolicyMiddleware
from kiwatch.crawlers.verdict import Verdict, site_host
from kiwatch.crawlers.scope import CentreScope, canonicalize_url, is_page_link
from kiwatch.devserver import DevServer, etag_for
from kiwatch.core.vocab import FetchFailureReason, FetchOutcome
from kiwatch.netguard import HostPolicy, parse_networks
from kiwatch.registry import CentreConfig, RegistryError, load_registry
from kiwatch.settings import SettingsError, load_settings
from tests.crawlhelp import by_url, closed_port, make_site, page, run_dump, self_signed_context, write_registry

OK, GONE, MOVED, FAILED, BLOCKED, NOT_MODIFIED = (o.value for o in (
    FetchOutcome.OK, FetchOutcome.GONE, FetchOutcome.MOVED, FetchOutcome.FAILED, FetchOutcome.BLOCKED,
    FetchOutcome.NOT_MODIFIED))


# -- servers and the shared crawl --------------------------------------------------------------


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("site")


@pytest.fixture(scope="module")
def servers(site):
    """main: site + faults; robots_*: one server per robots.txt behaviour (robots is per host:port)."""
    main, disallow, err, slow = DevServer(site), DevServer(site), DevServer(site), DevServer(site)
    for srv in (main, disallow, err, slow):
        srv.start()
    make_site(site, other_host=f"http://localhost:{main.port}")
    disallow.robots = (200, "User-agent: *\nDisallow: /\n")
    err.robots = (500, "")
    slow.robots = (200, "User-agent: *\nAllow: /\n")
    slow.robots_delay = 5.0  # > KIWATCH_DOWNLOAD_TIMEOUT=2
    yield {"main": main, "disallow": disallow, "err": err, "slow": slow}
    for srv in (main, disallow, err, slow):
        srv.stop()


def _faults(srv: DevServer) -> dict[str, str]:
    u = srv.url
    return {
        "gone404": u("/_fault/status/404"),
        "gone410": u("/_fault/status/410"),
        "forbidden": u("/_fault/status/403"),
        "flaky_recovers": u("/_fault/flaky/recovers?fail=1"),
        "flaky_fails": u("/_fault/flaky/fails?fail=10"),
        "retry_after": u("/_fault/status/429?retry_after=1"),
        "retry_after_capped": u("/_fault/status/503?retry_after=100"),
        "wait": u("/_fault/wait?s=6"),
        "hang": u("/_fault/hang-after-headers?s=6"),
        "redirect_in_site": u("/_fault/redirect?to=/deep/index.html"),
        "redirect_chain_ok": u("/_fault/redirect-chain?n=3"),
        "redirect_chain_long": u("/_fault/redirect-chain?n=7"),
        "redirect_loop": u("/_fault/redirect-loop"),
        "redirect_other_host": u(f"/_fault/redirect?to=http://localhost:{srv.port}/ki/index.html"),
        "redirect_start_page": u("/_fault/redirect?to=/&code=301"),
        "redirect_file": u("/_fault/redirect?to=file:///etc/passwd"),
        "png": u("/files/bild.png"),
        "pdf_as_html": u("/_fault/as-type?type=text/html&file=files/doc.pdf"),
        "html_as_octets": u("/_fault/as-type?type=application/octet-stream&file=files/page.html"),
        "huge": u("/_fault/huge?mb=3"),
        "huge_undeclared": u("/_fault/huge?mb=3&declare=0"),
        "gzip_bomb": u("/_fault/gzip-bomb?mb=16"),
        "partial": u("/_fault/partial"),
        "drop": u("/_fault/drop"),
        "close_early": u("/_fault/close-delimited?complete=0"),
        "close_complete": u("/_fault/close-delimited?complete=1"),
        "latin1": u("/_fault/latin1?declared=iso-8859-1"),
    }


@pytest.fixture(scope="module")
def crawl(servers, tmp_path_factory):
    """One crawl of many centres; returns (results keyed by URL, fault URLs, validators used)."""
    main = servers["main"]
    work = tmp_path_factory.mktemp("crawl")
    faults = _faults(main)
    site_root = main.root
    etag = etag_for((site_root / "cond/etag.html").read_bytes())
    last_modified = email.utils.formatdate(int((site_root / "cond/lastmod.html").stat().st_mtime), usegmt=True)
    validators = {main.url("/cond/etag.html"): [etag, None], main.url("/cond/lastmod.html"): [None, last_modified]}
    (work / "validators.json").write_text(json.dumps(validators))
    known = {"known": [main.url("/known/orphan.html"), main.url("/known/removed.html"), main.url("/known/linked.html")]}
    (work / "known.json").write_text(json.dumps(known))
    sites = write_registry(work / "sites.toml", [
        {"slug": "scope", "start_urls": [main.url("/ki/index.html")]},
        {"slug": "allowx", "start_urls": [main.url("/x/start.html")], "allow": ["/x/"]},
        {"slug": "faults", "start_urls": list(faults.values())},
        {"slug": "conditional", "start_urls": list(validators)},
        {"slug": "known", "start_urls": [main.url("/known/index.html")]},
        {"slug": "many", "start_urls": [main.url("/many/index.html")]},
        {"slug": "robots-disallow", "start_urls": [servers["disallow"].url("/ki/index.html")]},
        {"slug": "robots-error", "start_urls": [servers["err"].url("/ki/index.html")]},
        {"slug": "robots-slow", "start_urls": [servers["slow"].url("/ki/index.html")]},
        {"slug": "refused", "start_urls": [f"http://127.0.0.1:{closed_port()}/ki/index.html"]},
    ])
    results = run_dump(sites, work / "out.jsonl", "--allow-private-hosts", "--validators", str(work / "validators.json"),
                       "--known", str(work / "known.json"), "--fail-on", "sink-boom",
                       env={"KIWATCH_MAX_PAGES_PER_CENTRE": "12"})
    return by_url(results), faults, results


def _requests_for(srv: DevServer, path: str) -> list:
    return [r for r in srv.requests if r.path == path or r.path.startswith(path + "?")]


def _path(url: str) -> str:
    return "/" + url.split("/", 3)[3]


# -- HTTP statuses and retries (A4, A5) ---------------------------------------------------------


def test_404_is_gone_and_not_retried(crawl, servers):
    results, faults, _ = crawl
    assert results[faults["gone404"]]["outcome"] == GONE
    assert results[faults["gone404"]]["status"] == 404
    assert len(_requests_for(servers["main"], "/_fault/status/404")) == 1


def test_410_is_gone(crawl):
    results, faults, _ = crawl
    assert (results[faults["gone410"]]["outcome"], results[faults["gone410"]]["status"]) == (GONE, 410)


def test_other_4xx_is_http_error(crawl):
    result = crawl[0][crawl[1]["forbidden"]]
    assert (result["outcome"], result["reason"], result["status"]) == (FAILED, "http_error", 403)


def test_500_then_recovery_is_ok(crawl, servers):
    results, faults, _ = crawl
    result = results[faults["flaky_recovers"]]
    assert result["outcome"] == OK and result["body_len"] > 0
    assert len(_requests_for(servers["main"], "/_fault/flaky/recovers")) == 2


def test_persistent_500_fails_after_retries(crawl, servers):
    results, faults, _ = crawl
    result = results[faults["flaky_fails"]]
    assert (result["outcome"], result["reason"], result["status"]) == (FAILED, "http_error", 500)
    assert result["body_sha256"] is None
    assert len(_requests_for(servers["main"], "/_fault/flaky/fails")) == 1 + 2  # RETRY_TIMES=2


def test_429_retry_after_is_honoured(crawl, servers):
    results, faults, _ = crawl
    result = results[faults["retry_after"]]
    assert (result["outcome"], result["reason"], result["status"]) == (FAILED, "http_error", 429)
    times = [r.at for r in _requests_for(servers["main"], "/_fault/status/429")]
    assert len(times) == 3
    assert all(later - earlier >= 0.95 for earlier, later in zip(times, times[1:]))  # Retry-After: 1


def test_retry_after_is_capped(crawl, servers):
    # Retry-After: 100 with a cap of 1 s: both retries happen within the crawl (which would
    # otherwise run into the subprocess timeout), each after at least the capped wait
    times = [r.at for r in _requests_for(servers["main"], "/_fault/status/503")]
    assert len(times) == 3
    assert all(later - earlier >= 0.95 for earlier, later in zip(times, times[1:]))
    assert crawl[0][crawl[1]["retry_after_capped"]]["status"] == 503


# -- network faults (A1, A3, A7, A8) -------------------------------------------------------------


def test_timeouts_fail_and_other_sites_still_ok(crawl):
    results, faults, _ = crawl
    for key in ("wait", "hang"):
        assert (results[faults[key]]["outcome"], results[faults[key]]["reason"]) == (FAILED, "timeout"), key
    assert results[crawl[1]["flaky_recovers"]]["outcome"] == OK
    assert any(r["centre"] == "scope" and r["outcome"] == OK for r in crawl[2])


def test_connection_refused(crawl):
    [result] = [r for r in crawl[2] if r["centre"] == "refused"]
    assert (result["outcome"], result["reason"]) == (FAILED, "connection_refused")


@pytest.mark.parametrize("key", ["huge", "huge_undeclared", "gzip_bomb"])
def test_too_large_is_an_explicit_result(crawl, key):
    result = crawl[0][crawl[1][key]]
    assert (result["outcome"], result["reason"]) == (FAILED, "too_large")
    assert result["body_sha256"] is None


@pytest.mark.parametrize("key", ["partial", "drop", "close_early"])
def test_truncated_body_is_never_kept(crawl, key):
    result = crawl[0][crawl[1][key]]
    assert (result["outcome"], result["reason"]) == (FAILED, "truncated")
    assert result["body_sha256"] is None


def test_complete_close_delimited_body_is_ok(crawl):
    assert crawl[0][crawl[1]["close_complete"]]["outcome"] == OK


# -- redirects (A9) ------------------------------------------------------------------------------


def test_redirect_within_site_is_ok_with_final_url(crawl):
    result = crawl[0][crawl[1]["redirect_in_site"]]
    assert result["outcome"] == OK
    assert result["final_url"].endswith("/deep/index.html")


def test_redirect_chain_within_limit_is_ok(crawl):
    assert crawl[0][crawl[1]["redirect_chain_ok"]]["outcome"] == OK


@pytest.mark.parametrize("key", ["redirect_chain_long", "redirect_loop"])
def test_redirect_loop_or_too_many_hops(crawl, key):
    result = crawl[0][crawl[1][key]]
    assert (result["outcome"], result["reason"]) == (FAILED, "redirect_error")


def test_redirect_to_other_host_is_moved_and_not_followed(crawl, servers):
    result = crawl[0][crawl[1]["redirect_other_host"]]
    assert result["outcome"] == MOVED and result["body_sha256"] is None
    assert result["final_url"].startswith("http://localhost:")
    assert not [r for r in servers["main"].requests if r.headers.get("host", "").startswith("localhost")]


def test_redirect_to_start_page_is_moved(crawl):
    result = crawl[0][crawl[1]["redirect_start_page"]]
    assert result["outcome"] == MOVED and result["body_sha256"] is None


def test_redirect_to_file_url_is_refused(crawl):
    result = crawl[0][crawl[1]["redirect_file"]]
    assert (result["outcome"], result["reason"]) == (BLOCKED, "redirect_error")


# -- content types (A12) -------------------------------------------------------------------------


def test_image_is_unsupported_content(crawl):
    result = crawl[0][crawl[1]["png"]]
    assert (result["outcome"], result["reason"]) == (FAILED, "unsupported_content")


def test_pdf_served_as_html_is_sniffed_as_pdf(crawl):
    result = crawl[0][crawl[1]["pdf_as_html"]]
    assert (result["outcome"], result["content_type"]) == (OK, "application/pdf")


def test_html_served_as_octet_stream_is_sniffed_as_html(crawl):
    result = crawl[0][crawl[1]["html_as_octets"]]
    assert (result["outcome"], result["content_type"]) == (OK, "text/html")


def test_declared_charset_is_reported(crawl):
    result = crawl[0][crawl[1]["latin1"]]
    assert (result["outcome"], result["charset"]) == (OK, "iso-8859-1")


# -- robots.txt (A10) ----------------------------------------------------------------------------


def test_robots_disallow_blocks_and_nothing_is_requested(crawl, servers):
    [result] = [r for r in crawl[2] if r["centre"] == "robots-disallow"]
    assert (result["outcome"], result["reason"]) == (BLOCKED, "robots")
    assert servers["disallow"].requested_paths() == ["/robots.txt"]


def test_robots_5xx_means_disallow_reported_as_http_error(crawl, servers):
    [result] = [r for r in crawl[2] if r["centre"] == "robots-error"]
    assert (result["outcome"], result["reason"], result["status"]) == (FAILED, "http_error", 500)
    assert "robots.txt" in result["detail"] and "RFC 9309" in result["detail"]
    assert set(servers["err"].requested_paths()) == {"/robots.txt"}


def test_robots_timeout_means_disallow_reported_as_timeout(crawl, servers):
    [result] = [r for r in crawl[2] if r["centre"] == "robots-slow"]
    assert (result["outcome"], result["reason"]) == (FAILED, "timeout")
    assert "robots.txt" in result["detail"]
    assert set(servers["slow"].requested_paths()) == {"/robots.txt"}


def test_robots_404_allows_everything(crawl, servers):
    assert _requests_for(servers["main"], "/robots.txt")
    assert crawl[0][servers["main"].url("/ki/index.html")]["outcome"] == OK


# -- conditional requests ------------------------------------------------------------------------


def test_conditional_requests_get_not_modified(crawl, servers):
    results = crawl[0]
    main = servers["main"]
    for path, header in (("/cond/etag.html", "if-none-match"), ("/cond/lastmod.html", "if-modified-since")):
        result = results[main.url(path)]
        assert (result["outcome"], result["status"]) == (NOT_MODIFIED, 304), path
        [request] = _requests_for(main, path)
        assert header in request.headers
    assert results[main.url("/cond/etag.html")]["etag"] == etag_for((main.root / "cond/etag.html").read_bytes())


# -- scope, canonical URLs, limits ---------------------------------------------------------------


def test_scope_and_session_ids(crawl, servers):
    main = servers["main"]
    paths = main.requested_paths()
    assert paths.count("/ki/team.html") == 1  # two session-id variants, one fetch
    results = crawl[0]
    assert results[main.url("/ki/team.html")]["outcome"] == OK
    for not_wanted in ("/other/kontakt.html", "/ki/wetter.html", "/ki/bild.png", "/ki/kalender.html", "/ki/tiefer.html"):
        assert not any(p.startswith(not_wanted) for p in paths), not_wanted
    assert not [r for r in main.requests if "fremd" in r.path]  # off-host link (localhost)
    for followed in ("/ki/kontakt.html", "/ki/tief.html", "/ki/flyer.pdf"):
        assert results[main.url(followed)]["outcome"] == OK, followed
    assert results[main.url("/ki/tief.html")]["depth"] == 2


def test_allow_prefix_follows_every_link_inside_and_none_outside(crawl, servers):
    paths = servers["main"].requested_paths()
    assert "/x/wetter.html" in paths
    assert "/y/kontakt.html" not in paths


def test_max_pages_per_centre(crawl):
    assert len([r for r in crawl[2] if r["centre"] == "many"]) == 12


def test_known_urls_are_rechecked(crawl, servers):
    results, main = crawl[0], servers["main"]
    assert results[main.url("/known/orphan.html")]["outcome"] == OK
    assert results[main.url("/known/removed.html")]["outcome"] == GONE
    assert main.requested_paths().count("/known/linked.html") == 1


def test_user_agent_names_the_contact(crawl, servers):
    agents = {r.headers.get("user-agent", "") for srv in servers.values() for r in srv.requests}
    assert agents and all("ki-test@example.org" in a and a.startswith("kiwatch/") for a in agents)


def test_sink_error_becomes_failed_result_and_crawl_goes_on(crawl, servers):
    result = crawl[0][servers["main"].url("/ki/sink-boom.html")]
    assert (result["outcome"], result["reason"]) == (FAILED, "other")
    assert "simulated sink failure" in result["detail"]


def test_exactly_one_result_per_requested_url(crawl):
    urls = [(r["centre"], r["url"]) for r in crawl[2]]
    assert len(urls) == len(set(urls))
    assert all(r["fetched_at"] for r in crawl[2])


# -- URL policy (H3, H4) -------------------------------------------------------------------------


def test_private_host_refused_without_flag(tmp_path):
    with DevServer(tmp_path) as srv:
        url = srv.url("/ki/index.html")
        sites = write_registry(tmp_path / "sites.toml", [{"slug": "local", "start_urls": [url]}])
        [result] = run_dump(sites, tmp_path / "out.jsonl")
        assert srv.requests == []  # refused before connecting, robots.txt included
    assert (result["outcome"], result["reason"]) == (BLOCKED, "private_host")
    assert url in result["detail"] and "--allow-private-hosts" in result["detail"]


def test_tls_error_and_per_site_override(tmp_path):
    (tmp_path / "ki").mkdir()
    (tmp_path / "ki/index.html").write_text(page("KI über TLS"), encoding="utf-8")
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok/index.html").write_text(page("KI ohne Prüfung"), encoding="utf-8")
    with DevServer(tmp_path, ssl_context=self_signed_context(tmp_path)) as srv:
        sites = write_registry(tmp_path / "sites.toml", [
            {"slug": "verified", "start_urls": [srv.url("/ki/index.html")]},
            {"slug": "unverified", "start_urls": [srv.url("/ok/index.html")], "verify_tls": False},
        ])
        results = {r["centre"]: r for r in run_dump(sites, tmp_path / "out.jsonl", "--allow-private-hosts",
                                                     env={"KIWATCH_RETRY_TIMES": "0"})}
    assert (results["verified"]["outcome"], results["verified"]["reason"]) == (FAILED, "tls_error")
    assert results["unverified"]["outcome"] == OK


@pytest.mark.parametrize("url", ["file:///etc/passwd", "file:/etc/passwd", "data:text/html,x", "ftp://example.org/",
                                 "gopher://example.org/", "javascript:alert(1)"])
def test_non_http_start_url_rejected_at_registry_load(tmp_path, url):
    sites = write_registry(tmp_path / "sites.toml", [{"slug": "bad", "start_urls": [url]}])
    with pytest.raises(RegistryError, match="only http"):
        load_registry(sites)


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "http://[::1]/"])
def test_allow_private_hosts_opens_loopback(url):
    problem = UrlPolicyMiddleware(allow_private_hosts=False)._check(url)
    assert problem and "--allow-private-hosts" in problem
    assert UrlPolicyMiddleware(allow_private_hosts=True)._check(url) is None


@pytest.mark.parametrize("url", ["http://10.1.2.3/", "http://192.168.0.1/", "http://172.16.5.4/", "http://[fd00::1]/"])
def test_private_networks_only_when_listed(url):
    """Issue 8 #13: --allow-private-hosts opens loopback only; an intranet needs its network listed."""
    for flag in (False, True):
        problem = UrlPolicyMiddleware(allow_private_hosts=flag)._check(url)
        assert problem and "private_networks" in problem
    listed = HostPolicy(False, parse_networks("10.0.0.0/8, 192.168.0.0/24 172.16.0.0/12,fd00::/8"))
    assert UrlPolicyMiddleware(listed)._check(url) is None
    other = HostPolicy(True, parse_networks("10.9.0.0/16"))
    assert UrlPolicyMiddleware(other)._check(url) is not None


@pytest.mark.parametrize("url", ["http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/"])
def test_link_local_is_never_crawled(url):
    """Cloud metadata (169.254.169.254): not by the flag, not by a listed network."""
    everything = HostPolicy(True, (ipaddress.ip_network("0.0.0.0/0"), ipaddress.ip_network("::/0")))
    for policy in (HostPolicy(False), HostPolicy(True), everything):
        problem = UrlPolicyMiddleware(policy)._check(url)
        assert problem and "link-local" in problem
    for listed in ("169.254.0.0/16", "169.254.169.254/32", "fe80::/64", "0.0.0.0/0"):
        with pytest.raises(SettingsError, match="private_networks.*link-local"):
            load_settings(env={"KIWATCH_PRIVATE_NETWORKS": listed})
    with pytest.raises(SettingsError, match="private_networks.*'intranet' is not a network"):
        load_settings(env={"KIWATCH_PRIVATE_NETWORKS": "intranet"})


def test_listed_network_is_crawled_without_the_flag(tmp_path):
    """A network listed in private_networks is crawled, here over 127.0.0.1 (the only address
    a test may contact) listed as if it were an intranet."""
    (tmp_path / "ki").mkdir()
    (tmp_path / "ki/index.html").write_text(page("KI im Intranet"), encoding="utf-8")
    with DevServer(tmp_path) as srv:
        sites = write_registry(tmp_path / "sites.toml", [{"slug": "intra", "start_urls": [srv.url("/ki/index.html")]}])
        [result] = run_dump(sites, tmp_path / "out.jsonl", env={"KIWATCH_PRIVATE_NETWORKS": "127.0.0.0/8"})
    assert result["outcome"] == OK


def test_scrapy_settings_are_safe_and_ours():
    from kiwatch.crawlers.run import scrapy_settings
    from kiwatch.settings import Settings

    config = scrapy_settings(Settings(smtp_password="geheim-123", contact="ops@example.org", retry_times=4))
    assert "geheim-123" not in repr(config)  # H5: nothing secret reaches Scrapy's settings dump
    assert config["HTTPCACHE_ENABLED"] is False and config["TELNETCONSOLE_ENABLED"] is False  # H6
    assert all(config["DOWNLOAD_HANDLERS"][scheme] is None for scheme in ("file", "data", "ftp", "s3"))
    assert config["USER_AGENT"].endswith("contact: ops@example.org")
    assert (config["RETRY_TIMES"], config["REDIRECT_MAX_TIMES"], config["DOWNLOAD_FAIL_ON_DATALOSS"]) == (4, 5, True)
    assert config["COOKIES_ENABLED"] is False and config["ROBOTSTXT_OBEY"] is True


# -- units: URL handling, classification ---------------------------------------------------------


def test_canonicalize_url():
    assert canonicalize_url("HTTP://Example.DE:80/ki/team.html?PHPSESSID=1&b=2&utm_source=x&a=1#top") == \
        "http://example.de/ki/team.html?b=2&a=1"
    assert canonicalize_url("https://x.de/a;jsessionid=ABC?sid=9") == "https://x.de/a"
    assert canonicalize_url("https://x.de") == "https://x.de/"


def test_is_page_link():
    assert is_page_link("https://x.de/ki/kontakt.html")
    assert is_page_link("https://x.de/ki/flyer.pdf")
    assert is_page_link("https://x.de/ki/news.php?id=2024")  # a number is not a date
    for url in ("mailto:a@b.de", "tel:123", "https://x.de/logo.PNG", "https://x.de/s.css", "https://x.de/k?month=5",
                "https://x.de/du/kalender/?m=201809", "https://x.de/ki/?m=2018-09", "https://x.de/veranstaltungskalender/"):
        assert not is_page_link(url), url


def test_scope_defaults_to_start_url_directory():
    scope = CentreScope.of(CentreConfig(slug="a", name="A", start_urls=("https://www.stadt.de/ki/index.html",)))
    assert scope.in_scope("https://stadt.de/ki/kontakt.html")  # www. or not: same site
    assert not scope.in_scope("https://www.stadt.de/buergerservice/")
    assert not scope.in_scope("https://www.andere-stadt.de/ki/")
    assert scope.is_relevant("https://stadt.de/ki/x.html", "Unser Team")
    assert not scope.is_relevant("https://stadt.de/ki/wetter.html", "Wetter")
    assert site_host("WWW.Stadt.de.") == "stadt.de"


def test_parse_retry_after():
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after(email.utils.formatdate(1_000_060, usegmt=True), now=1_000_000) == pytest.approx(60, abs=1)
    assert parse_retry_after("soon") is None


def test_classify_failure_maps_exceptions():
    from scrapy.exceptions import (CannotResolveHostError, DownloadCancelledError, DownloadConnectionRefusedError,
                                   DownloadTimeoutError, ResponseDataLossError)
    from twisted.internet import error as txerror

    cases = {
        DownloadTimeoutError("slow"): "timeout",
        txerror.TCPTimedOutError(): "timeout",
        CannotResolveHostError("x.invalid"): "dns",
        DownloadConnectionRefusedError("no"): "connection_refused",
        ResponseDataLossError(): "truncated",
        DownloadCancelledError(): "too_large",
        txerror.SSLError(): "tls_error",
    }
    for exc, reason in cases.items():
        assert classify_failure(exc, None)[1].value == reason, exc
    verdict = Verdict(FetchOutcome.BLOCKED, FetchFailureReason.ROBOTS, "no")
    assert classify_failure(verdict, None) == (FetchOutcome.BLOCKED, FetchFailureReason.ROBOTS, "no")


# -- devserver -----------------------------------------------------------------------------------


def test_devserver_static_conditional_and_faults(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a/index.html").write_text("<html>eins</html>")
    other = tmp_path / "other"
    (other / "a").mkdir(parents=True)
    (other / "a/index.html").write_text("<html>zwei</html>")
    with DevServer(tmp_path) as srv:
        with urllib.request.urlopen(srv.url("/a/")) as resp:
            assert resp.headers["Content-Type"].startswith("text/html")
            etag = resp.headers["ETag"]
            assert resp.read() == b"<html>eins</html>"
        request = urllib.request.Request(srv.url("/a/index.html"), headers={"If-None-Match": etag})
        with pytest.raises(urllib.error.HTTPError) as exc:
            urllib.request.urlopen(request)
        assert exc.value.code == 304
        srv.set_root(other)  # same port, next state of the site
        with urllib.request.urlopen(srv.url("/a/index.html")) as resp:
            assert resp.read() == b"<html>zwei</html>"
        with pytest.raises(urllib.error.HTTPError) as exc:
            urllib.request.urlopen(srv.url("/_fault/status/429?retry_after=7"))
        assert (exc.value.code, exc.value.headers["Retry-After"]) == (429, "7")
        for expected in (500, 500, 200):
            try:
                code = urllib.request.urlopen(srv.url("/_fault/flaky/k?fail=2")).status
            except urllib.error.HTTPError as err:
                code = err.code
            assert code == expected
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(srv.url("/../../etc/passwd"))
        srv.robots = (200, "User-agent: *\nDisallow: /")
        with urllib.request.urlopen(srv.url("/robots.txt")) as resp:
            assert b"Disallow: /" in resp.read()
        assert [r.path for r in srv.requests][:2] == ["/a/", "/a/index.html"]
        assert srv.requests[1].headers["if-none-match"] == etag
