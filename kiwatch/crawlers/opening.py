"""A crawl's store and run row, opened once, on whichever thread asks first.

The crawl puts its first requests on the wire before the database is opened the full way
(SQLAlchemy, the registry mirror, the run row: crawlers/job.py); the sink's storage thread
opens it then, and the main thread asks for it when it needs it (the run summary, Ctrl-C).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiwatch.storage.store import Store


class StoreOpening:
    """A crawl's store and run row, opened once by whichever thread asks first: the storage
    thread once the first requests are out, or the main thread when it needs them before
    (`get`). An error is kept and raised again to every later caller."""

    def __init__(self, open_store: Callable[[], tuple[Store, int]]):
        self._open = open_store
        self._lock = threading.Lock()
        self._opened: tuple[Store, int] | None = None
        self._error: Exception | None = None

    @classmethod
    def ready(cls, store: Store, run_id: int) -> StoreOpening:
        opening = cls(lambda: (store, run_id))
        opening.get()
        return opening

    def get(self) -> tuple[Store, int]:
        with self._lock:
            if self._opened is None and self._error is None:
                try:
                    self._opened = self._open()
                except Exception as exc:
                    self._error = exc
            if self._error is not None:
                raise self._error
            assert self._opened is not None
            return self._opened
