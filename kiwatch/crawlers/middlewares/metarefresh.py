"""Scrapy's meta-refresh redirect, without decoding every page to look for a refresh tag."""

from __future__ import annotations

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


def may_refresh(body: bytes) -> bool:
    """Whether the start of an HTML body can hold a <meta http-equiv="refresh"> as Scrapy reads
    it. False only when the word cannot be there in any form: not as ASCII, not spelt with
    character references (`&#114;`), and no NUL byte (UTF-16/32, where it is no ASCII run)."""
    head = body[:WINDOW]
    return b"refresh" in head.lower() or b"&#" in head or b"\x00" in head


class MetaRefreshMiddleware(ScrapyMetaRefreshMiddleware):
    """Scrapy's MetaRefreshMiddleware, answering at once for a page that has no refresh tag:
    Scrapy decodes the whole body (and reads its <base href>) for every HTML page to find one."""

    def process_response(self, request: Request, response: Response, spider: object = None) -> Request | Response:
        if isinstance(response, HtmlResponse) and not may_refresh(response.body):
            return response
        return super().process_response(request, response)
