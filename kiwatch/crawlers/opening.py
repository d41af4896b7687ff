"""A crawl's store and run row, opened once, on whichever thread asks first.

The crawl puts its first requests on the wire before the database is opened (crawlers/job.py);
the sink's storage thread opens it then (`begin`), and the main thread asks for it when it
needs it (the run summary, Ctrl-C). On a database at the newest schema, whose registry mirror
is current, the run row is written with the database's driver (crawlers/plainwrite.py) and
the full store — SQLAlchemy, the ORM — is opened only when a page or a centre needs it (`get`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiwatch.storage.plainstore import PlainStore
    from kiwatch.storage.store import Store


class StoreOpening:
    """A crawl's store and run row, opened once by whichever thread asks first: the storage
    thread once the first requests are out, or the main thread when it needs them before
    (`get`). An error is kept and raised again to every later caller.

    `open_store(run_id)` opens the full store; given a run id (the driver's run), it only
    opens the store for it. `begin_plain()` starts the run with the driver, or answers None."""

    def __init__(self, open_store: Callable[[int | None], tuple[Store, int]],
                 begin_plain: Callable[[], tuple[PlainStore, int] | None] | None = None):
        self._open = open_store
        self._begin_plain = begin_plain
        self._lock = threading.Lock()
        self._opened: tuple[Store, int] | None = None
        self._plain: tuple[PlainStore, int] | None = None
        self._error: Exception | None = None

    @classmethod
    def ready(cls, store: Store, run_id: int) -> StoreOpening:
        opening = cls(lambda _run: (store, run_id))
        opening.get()
        return opening

    def begin(self) -> None:
        """Start the run: with the driver if it can, else the full way (its error raised)."""
        with self._lock:
            if self._begin_plain is not None and self._plain is None and self._opened is None \
                    and self._error is None:
                begin, self._begin_plain = self._begin_plain, None  # tried once
                try:
                    self._plain = begin()
                except Exception:  # any doubt: the full way, which meets the cause again and reports it
                    self._plain = None
        if self._plain is None:
            self.get()

    @property
    def plain(self) -> PlainStore | None:
        """The driver's connection, when the run was started with it."""
        return self._plain[0] if self._plain is not None else None

    @property
    def is_open(self) -> bool:
        """Whether the full store has been opened."""
        return self._opened is not None

    def run_id(self) -> int:
        """This crawl's run (started now, the full way, if nothing has started it yet)."""
        if self._plain is not None:
            return self._plain[1]
        return self.get()[1]

    def get(self) -> tuple[Store, int]:
        with self._lock:
            if self._opened is None and self._error is None:
                try:
                    self._opened = self._open(self._plain[1] if self._plain is not None else None)
                except Exception as exc:
                    self._error = exc
            if self._error is not None:
                raise self._error
            assert self._opened is not None
            return self._opened

    def close(self) -> None:
        if self._plain is not None:
            self._plain[0].close()
