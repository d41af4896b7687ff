"""Deferred imports, declared at module level: the one sanctioned way to import late.

    from kiwatch.core.lazy import lazy_module

    if TYPE_CHECKING:
        from kiwatch.crawlers import job
    else:
        job = lazy_module("kiwatch.crawlers.job")  # Scrapy and storage load when a crawl runs

`job` stands for the module: the import happens at the first attribute access
(`job.run_crawl(...)`), through the ordinary import system and its lock, so it is safe from
any thread. Why not an import inside the function that needs it: that is also how import cycles
get hidden, so tests/test_layers.py forbids it. A `lazy_module("kiwatch.…")` call is an import
like any other for that test: it sits at module level, names its module as a string literal,
must respect the layers and may not close a cycle — it only changes *when* a module loads
(start-up of a command that does not need it), never *what* may depend on what.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import Any


class LazyModule(ModuleType):
    """A stand-in for a module that is imported on first use; every attribute read is
    forwarded to the real module (no copy, so a monkeypatched attribute is seen too)."""

    def __getattr__(self, attr: str) -> Any:
        name = self.__name__
        module = sys.modules.get(name)
        if module is None:
            module = importlib.import_module(name)
        return getattr(module, attr)

    def __dir__(self) -> list[str]:
        return dir(importlib.import_module(self.__name__))

    def __repr__(self) -> str:
        state = "loaded" if self.__name__ in sys.modules else "not loaded yet"
        return f"<lazy module {self.__name__!r} ({state})>"


def lazy_module(name: str) -> Any:
    """A module that is imported when one of its attributes is first read. Nothing is looked
    up now (finding a submodule would import its package); tests/test_layers.py checks that
    every declared name is a kiwatch module."""
    return LazyModule(name)


def load(module: Any) -> ModuleType:
    """Import a lazily declared module now (e.g. in a worker's initializer, so that its first
    page does not pay for it); returns the real module."""
    return importlib.import_module(module.__name__)


def is_loaded(name: str) -> bool:
    """Whether `name` has been imported in this process (for tests and diagnostics)."""
    return name in sys.modules
