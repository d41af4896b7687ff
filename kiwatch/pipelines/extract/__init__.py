"""Extraction: page -> PageRecord, pure functions, no Scrapy, no network.

Modules: ``document`` (parse, boilerplate, blocks, volatile link lists, glued PDF text),
``structured`` (JSON-LD, microdata, hCard), ``grammar`` (the centre's names on a page, person
names, head roles and the head in prose), one module per field (``addresses``, ``contact``,
``people``, ``units``, ``dated``, ``programmes``), ``attribution`` (whose block a fact sits in),
``rules`` (every keyword and pattern, as data, most specific first), ``hints`` (per-site
selectors/labels from the registry) and ``page`` (the assembly in layers: structured data ->
labelled rows and cards -> prose grammar -> site hints).

The entry points are loaded lazily so that ``normalise`` can use ``rules`` without importing
the whole extractor (which itself uses ``normalise``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kiwatch.core.errors import ExtractionError

if TYPE_CHECKING:
    from kiwatch.pipelines.extract.page import extract, extract_html, extract_text

__all__ = ["ExtractionError", "extract", "extract_html", "extract_text"]


def __getattr__(name: str) -> Any:
    if name in ("extract", "extract_html", "extract_text"):
        from kiwatch.pipelines.extract import page

        return getattr(page, name)
    raise AttributeError(name)
