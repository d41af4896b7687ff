"""A page whose body did not change is followed through the links stored with it (issue 11: the
identical-body and 304 passes parse no page): no link it had is lost, each page keeps its link
depth — so a new page linked only from a changed page deeper down is still found — and links
stored under another scope are not reused. Real `kiwatch crawl` runs over 127.0.0.1."""

from __future__ import annotations

import pytest

from tests.watchhelp import Watch, contact_page
from tests.crawlhelp import write_registry


def page(title: str, *links: tuple[str, str]) -> str:
    anchors = "".join(f'<li><a href="{href}">{label}</a></li>' for href, label in links)
    return f"<!doctype html><html><head><title>{title}</title></head><body><h1>{title}</h1><ul>{anchors}</ul></body></html>\n"


def requested(watch: Watch, since: int) -> set[str]:
    return {r.path for r in watch.srv.requests[since:] if r.method == "GET" and not r.path.endswith("robots.txt")}


@pytest.fixture
def watch(tmp_path):
    w = Watch(tmp_path)
    # the start page (depth 0) → Team (1) → a project (2, the default max_depth: its links are not followed)
    # a link worth following for its text alone, and one not worth following
    w.put(page("Kommunales Integrationszentrum", ("kontakt.html", "Kontakt"), ("team.html", "Team"),
               ("seite-7.html", "Unsere Ansprechpartner"), ("wetter.html", "Wetter")))
    w.put(contact_page(), name="kontakt.html")
    w.put(page("Ansprechpartner"), name="seite-7.html")
    w.put(page("Wetter"), name="wetter.html")
    w.put(page("Team", ("projekt-a.html", "Projekt A")), name="team.html")
    w.put(page("Projekt A", ("projekt-z.html", "Projekt Z")), name="projekt-a.html")
    yield w
    w.close()


@pytest.mark.parametrize("validators", [False, True], ids=["same-bytes", "304"])
def test_a_new_page_behind_an_unchanged_start_page_is_found(watch, validators):
    watch.srv.validators = validators
    assert watch.crawl().returncode == 0
    first = requested(watch, 0)
    assert first == {"/musterstadt/index.html", "/musterstadt/kontakt.html", "/musterstadt/team.html",
                     "/musterstadt/seite-7.html", "/musterstadt/projekt-a.html"}
    # the start page stays byte for byte (answered 304 with validators); Team links a new project
    watch.put(page("Team", ("projekt-a.html", "Projekt A"), ("projekt-b.html", "Projekt B")), name="team.html")
    watch.put(page("Projekt B", ("projekt-y.html", "Projekt Y")), name="projekt-b.html")
    mark = len(watch.srv.requests)
    assert watch.crawl().returncode == 0
    second = requested(watch, mark)
    # Team was reached through the start page's links at depth 1, so its links were read
    assert "/musterstadt/projekt-b.html" in second
    assert second == first | {"/musterstadt/projekt-b.html"}  # nothing lost, nothing beyond max_depth
    if validators:
        statuses = {r.path: r for r in watch.srv.requests[mark:]}
        assert "if-none-match" in statuses["/musterstadt/index.html"].headers
    mark = len(watch.srv.requests)
    assert watch.crawl().returncode == 0  # all unchanged now: the same pages again
    assert requested(watch, mark) == second


def test_links_stored_under_another_scope_are_not_reused(watch, tmp_path):
    watch.srv.validators = False
    watch.put(page("Kommunales Integrationszentrum", ("kontakt.html", "Kontakt"), ("/info/anfahrt.html", "Anfahrt")))
    watch.put(page("Anfahrt"), slug="info", name="anfahrt.html")
    assert watch.crawl().returncode == 0
    assert "/info/anfahrt.html" not in requested(watch, 0)  # outside the start page's directory
    # the registry widens the scope; the start page's bytes are the same
    write_registry(watch.sites, [{"slug": "musterstadt", "start_urls": [watch.srv.url("/musterstadt/index.html")],
                                  "allow": ["/musterstadt/", "/info/"]}])
    mark = len(watch.srv.requests)
    assert watch.crawl().returncode == 0
    assert "/info/anfahrt.html" in requested(watch, mark)
