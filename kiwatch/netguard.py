"""URL policy: which URLs kiwatch may fetch at all (schemes) and where (no private hosts).

Checked when a registry is loaded, before every request and on every redirect hop, so a
configured or scraped URL can never make kiwatch read local files or probe an intranet.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

ALLOWED_SCHEMES = frozenset({"http", "https"})


class UrlPolicyError(ValueError):
    """The URL may not be fetched; the message says why and what to do."""


def check_url_scheme(url: str) -> None:
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        shown = scheme or "no scheme"
        raise UrlPolicyError(f"only http:// and https:// URLs can be watched ({shown} given)")
    if not parts.hostname:
        raise UrlPolicyError("the URL has no host name")


def is_private_address(ip: str) -> bool:
    addr = ipaddress.ip_address(ip)
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    return not addr.is_global or addr.is_multicast


def resolve(host: str) -> list[str]:
    """All addresses a host name resolves to (an IP literal resolves to itself)."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    return sorted({info[4][0] for info in infos})


def check_host_allowed(url: str, allow_private_hosts: bool) -> None:
    """Refuse a URL whose host is, or resolves to, a loopback, private or link-local address.

    DNS failures are not policy errors: they surface as fetch failures with reason 'dns'.
    """
    check_url_scheme(url)
    if allow_private_hosts:
        return
    host = urlsplit(url).hostname or ""
    try:
        addresses = resolve(host)
    except (socket.gaierror, UnicodeError):
        return
    private = [a for a in addresses if is_private_address(a)]
    if private:
        raise UrlPolicyError(
            f"host {host} resolves to a private or loopback address ({private[0]}); "
            "use --allow-private-hosts to watch intranet or local sites"
        )
