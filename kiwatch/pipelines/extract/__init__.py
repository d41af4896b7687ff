"""Extraction: page -> PageRecord, pure functions, no Scrapy, no network.

Modules: ``document`` (parse, boilerplate, blocks, volatile link lists, glued PDF text),
``structured`` (JSON-LD, microdata, hCard), ``grammar`` (the centre's names on a page, person
names, head roles and the head in prose), one module per field (``addresses``, ``contact``,
``people``, ``units``, ``dated``, ``programmes``), ``attribution`` (whose block a fact sits in),
``hints`` (per-site selectors/labels from the registry) and ``page`` (the assembly in layers:
structured data -> labelled rows and cards -> prose grammar -> site hints).

Every keyword and pattern lives as data in ``kiwatch.pipelines.rules`` (most specific first),
outside this package, because ``normalise`` shares it and this package uses ``normalise``.
"""

from __future__ import annotations

from kiwatch.core.errors import ExtractionError
from kiwatch.pipelines.extract.page import extract, extract_html, extract_text

__all__ = ["ExtractionError", "extract", "extract_html", "extract_text"]
