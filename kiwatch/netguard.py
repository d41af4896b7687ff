"""URL policy: which URLs kiwatch may fetch at all (schemes) and where (no private hosts).

Checked when a registry is loaded, before every request and on every redirect hop, so a
configured or scraped URL can never make kiwatch read local files or probe an intranet.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from kiwatch.core.errors import UrlPolicyError

ALLOWED_SCHEMES = frozenset({"http", "https"})


__all__ = ["UrlPolicyError", "check_host_allowed", "check_url_scheme", "is_private_address"]


def check_url_scheme(url: str) -> None:
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        shown = scheme or "no scheme"
        raise UrlPolicyError(f"only http:// and https:// URLs can be watched ({shown} given)")
    if not parts.hostname:
        raise UrlPolicyError("the URL has no host name")


Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def is_private_address(ip: str) -> bool:
    addr = _address(ip)
    return not addr.is_global or addr.is_multicast


def _address(ip: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    addr = ipaddress.ip_address(ip)
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        return addr.ipv4_mapped
    return addr


def parse_networks(text: str) -> tuple[Network, ...]:
    """The `private_networks` setting: comma- or space-separated networks ("10.20.0.0/16").

    A link-local network (169.254.0.0/16 holds the cloud metadata service, fe80::/10) is
    refused: no intranet site lives there, and opening it would expose credentials.
    """
    networks: list[Network] = []
    for item in text.replace(",", " ").split():
        try:
            net = ipaddress.ip_network(item, strict=False)
        except ValueError:
            raise ValueError(f"{item!r} is not a network like 10.20.0.0/16") from None
        if any(net.overlaps(ll) for ll in _LINK_LOCAL if ll.version == net.version):
            raise ValueError(f"{item} overlaps link-local addresses (cloud metadata), which are never crawled")
        networks.append(net)
    return tuple(networks)


_LINK_LOCAL = (ipaddress.ip_network("169.254.0.0/16"), ipaddress.ip_network("fe80::/10"))


@dataclass(frozen=True)
class HostPolicy:
    """Which non-public addresses may be connected to.

    `allow_loopback` (--allow-private-hosts) opens 127.0.0.0/8 and ::1 only: tests and the
    demo. Intranet sites need their networks listed explicitly (`private_networks`), so one
    flag never opens the whole private address space. Link-local addresses are never allowed.
    """

    allow_loopback: bool = False
    networks: tuple[Network, ...] = ()

    @classmethod
    def of(cls, policy: HostPolicy | bool) -> HostPolicy:
        return policy if isinstance(policy, HostPolicy) else cls(allow_loopback=bool(policy))

    def refusal(self, ip: str) -> str | None:
        """Why connecting to `ip` is refused, or None when it is allowed."""
        addr = _address(ip)
        if addr.is_link_local:
            return f"a link-local address ({addr}, e.g. cloud metadata), never crawled"
        if addr.is_loopback and self.allow_loopback:
            return None
        if any(addr in net for net in self.networks if net.version == addr.version):
            return None
        if addr.is_global and not addr.is_multicast:
            return None
        if addr.is_loopback:
            return f"a loopback address ({addr}); use --allow-private-hosts for local test sites"
        return (f"a private address ({addr}); list its network in the setting private_networks "
                "(e.g. KIWATCH_PRIVATE_NETWORKS=10.20.0.0/16) to watch an intranet site")


def resolve(host: str) -> list[str]:
    """All addresses a host name resolves to (an IP literal resolves to itself)."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    return sorted({str(info[4][0]) for info in infos})


def check_host_allowed(url: str, policy: HostPolicy | bool) -> None:
    """Refuse a URL whose host is, or resolves to, an address the policy does not open
    (loopback, private, link-local, multicast).

    DNS failures are not policy errors: they surface as fetch failures with reason 'dns'.
    """
    check_url_scheme(url)
    policy = HostPolicy.of(policy)
    host = urlsplit(url).hostname or ""
    try:
        addresses = resolve(host)
    except (socket.gaierror, UnicodeError):
        return
    for address in addresses:
        problem = policy.refusal(address)
        if problem:
            raise UrlPolicyError(f"host {host} resolves to {problem}")
