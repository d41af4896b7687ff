"""How a request ended when a component decided it, and what "the same site" means."""

from __future__ import annotations

from scrapy.exceptions import IgnoreRequest

from kiwatch.core.vocab import FetchFailureReason, FetchOutcome

META_HOSTS = "kiwatch_hosts"  # request meta: the centre's site hosts (see site_host)


class Verdict(IgnoreRequest):
    """A component decided how a request ends; the spider's errback reports it as is."""

    def __init__(self, outcome: FetchOutcome, reason: FetchFailureReason | None, detail: str,
                 status: int | None = None, final_url: str | None = None) -> None:
        super().__init__(detail)
        self.outcome = outcome
        self.reason = reason
        self.detail = detail
        self.status = status
        self.final_url = final_url

    def again(self) -> Verdict:
        """A fresh copy: one host-wide verdict is raised for many requests."""
        return Verdict(self.outcome, self.reason, self.detail, self.status, self.final_url)


def site_host(host: str | None) -> str:
    """Host name used to decide "same site": lower case, without a leading "www.".

    Municipal sites commonly redirect stadt.de ↔ www.stadt.de; treating that as "moved to
    another host" would report every such centre as moved on every run.
    """
    host = (host or "").lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host
