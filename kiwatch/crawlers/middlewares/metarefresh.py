"""Scrapy's meta-refresh redirect, without decoding every page to look for a refresh tag."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware as ScrapyMetaRefreshMiddleware
from scrapy.http import HtmlResponse

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.http import Response

# Scrapy reads a refresh tag in the first 4,096 characters of the decoded text, with entities
# replaced; in a charset that writes ASCII as ASCII (UTF-8, Latin-1, Windows-1252, …) those are
# at most four bytes each
WINDOW = 4 * 4096


# `bytes in` for a two-byte needle steps through the window a byte or two at a time (30 µs for
# 16 KiB); re's literal-prefix search is three times faster
_CHARACTER_REFERENCE = re.compile(rb"&#")
# the last body asked about and its answer: both middlewares (RedirectGuard's meta-refresh check
# and this one) ask about every HTML response, one right after the other in the reactor thread
_last: tuple[bytes, bool] = (b"", False)


def may_refresh(body: bytes) -> bool:
    """Whether the start of an HTML body can hold a <meta http-equiv="refresh"> as Scrapy reads
    it. False only when the word cannot be there in any form: not as ASCII, not spelt with
    character references (`&#114;`), and no NUL byte (UTF-16/32, where it is no ASCII run)."""
    global _last
    if body is _last[0]:
        return _last[1]
    head = body[:WINDOW]
    answer = b"\x00" in head or _CHARACTER_REFERENCE.search(head) is not None or b"refresh" in head.lower()
    _last = (body, answer)
    return answer


class MetaRefreshMiddleware(ScrapyMetaRefreshMiddleware):
    """Scrapy's MetaRefreshMiddleware, answering at once for a page that has no refresh tag:
    Scrapy decodes the whole body (and reads its <base href>) for every HTML page to find one."""

    def process_response(self, request: Request, response: Response, spider: object = None) -> Request | Response:
        if isinstance(response, HtmlResponse) and not may_refresh(response.body):
            return response
        return super().process_response(request, response)
