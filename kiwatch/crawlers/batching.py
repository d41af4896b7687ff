"""The storage thread's batches: what the crawl thread hands over within a moment is written in
one transaction (crawlers/sink.py)."""

from __future__ import annotations

import queue
import time
from typing import TypeVar

BATCH = 64  # pages per storage transaction at most
GLANCE = 0.05  # seconds between the storage thread's looks at the queue (which holds 2 * BATCH)

T = TypeVar("T")


def gather(source: queue.Queue[T | None], batch: list[T], deadline: float) -> bool:
    """Add to `batch` what arrives in `source` until `deadline`, at most BATCH items in all;
    True when the end mark (None) came. The queue is looked at every GLANCE seconds rather
    than waited on: a waiting thread is woken by every put, which cost the crawl thread — the
    one that limits pages/s — a wake-up of the storage thread per page."""
    while True:
        while len(batch) < BATCH:
            try:
                nxt = source.get_nowait()
            except queue.Empty:
                break
            if nxt is None:
                return True
            batch.append(nxt)
        left = deadline - time.monotonic()
        if len(batch) >= BATCH or left <= 0:
            return False
        time.sleep(min(left, GLANCE))
