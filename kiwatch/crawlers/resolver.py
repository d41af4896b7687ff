"""DNS resolution that enforces the URL policy on the addresses actually connected to.

The URL policy middleware checks a host before the request, but the connection resolves the
name again: a host that answers with a public address first and a private one next (DNS
rebinding) would slip through. This resolver checks every answer it hands to the connection.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import error as txerror
from twisted.internet.defer import Deferred

from kiwatch.crawlers.middlewares.urlpolicy import host_policy
from kiwatch.netguard import HostPolicy

# Twisted turns any failure of a simple resolver into "no results for hostname", losing the
# reason; the crawl's failure classification looks the name up here to report it as refused.
# One crawl per process, so this per-process record is the crawl's own.
REFUSED: dict[str, str] = {}  # host → why


class PrivateAddressRefused(txerror.DNSLookupError):
    """The name resolved to a loopback, private or link-local address; not connected."""


def refusal(host: str) -> str | None:
    """Why connecting to `host` was refused by this resolver, if it was."""
    problem = REFUSED.get(host.lower())
    return None if problem is None else f"{host} resolves to {problem}"


class PolicyResolver(CachingThreadedResolver):
    policy = HostPolicy()

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> PolicyResolver:
        resolver = super().from_crawler(crawler, reactor)
        resolver.policy = host_policy(crawler.settings)
        return resolver

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> Deferred[str]:
        d = super().getHostByName(name, timeout)
        d.addCallback(self._checked, name, self.policy)
        return d

    @staticmethod
    def _checked(address: str, name: str, policy: HostPolicy) -> str:
        problem = policy.refusal(address)
        if problem:
            REFUSED[name.lower()] = problem
            raise PrivateAddressRefused(refusal(name))
        return address
