"""A single polite fetch outside a crawl, for `kiwatch extract URL`: same URL policy,
User-Agent, timeout and size cap as the crawler."""

from __future__ import annotations

import urllib.error
import urllib.request
from email.message import Message
from http.client import HTTPMessage
from typing import IO

from kiwatch.core.errors import FetchError, UrlPolicyError
from kiwatch.netguard import HostPolicy, check_host_allowed, parse_networks
from kiwatch.settings import Settings

__all__ = ["FetchError", "fetch_once"]


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, policy: HostPolicy) -> None:
        self.policy = policy

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                         headers: HTTPMessage, newurl: str) -> urllib.request.Request | None:
        check_host_allowed(newurl, self.policy)  # every hop, not just the first URL
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_once(url: str, settings: Settings, allow_private: bool = False) -> tuple[bytes, str | None, str | None, str]:
    """(body, content type, charset, final URL) of one URL, or FetchError."""
    policy = HostPolicy(allow_private or settings.allow_private_hosts, parse_networks(settings.private_networks))
    check_host_allowed(url, policy)
    opener = urllib.request.build_opener(_CheckedRedirects(policy))
    request = urllib.request.Request(url, headers={"User-Agent": settings.full_user_agent})
    limit = settings.max_pdf_bytes
    try:
        with opener.open(request, timeout=settings.download_timeout) as response:
            body = response.read(limit + 1)
            headers: Message = response.headers
            final = response.geturl()
    except UrlPolicyError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise FetchError(f"{url}: {getattr(exc, 'reason', exc)}") from None
    if len(body) > limit:
        raise FetchError(f"{url}: response larger than {limit} bytes (too_large)")
    return body, headers.get_content_type(), headers.get_content_charset(), final
