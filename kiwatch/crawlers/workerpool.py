"""How the crawl's extraction workers start and end (the pool itself: crawlers/sink.py)."""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.context
from multiprocessing import forkserver

log = logging.getLogger(__name__)

WORKER_SERVER_PRELOAD = "kiwatch.pipelines.workerserver"


def worker_context() -> multiprocessing.context.BaseContext:
    """How extraction workers start: forked from a server process that loaded the extractor once
    (forkserver), where the platform has it; else each one a new interpreter (spawn). Never
    forked from the crawl process itself: it runs threads (Twisted's pool, ours). The server
    starts without the parent's __main__ (see sink._bare_main_module) and, like the workers, with
    Ctrl-C ignored (PipelineSink._submit)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([WORKER_SERVER_PRELOAD])
    return context


def stop_worker_server() -> None:
    """End the workers' fork server once the pool is shut down (its workers have exited and it
    has reaped them): waited for, its CPU and its workers' count in this process's children's
    (the cost ledger, and whoever measures the crawl from outside). Left running it would
    end only with this process, unwaited. A new crawl in this process starts a new one."""
    stop = getattr(forkserver._forkserver, "_stop", None)  # (CPython's own, used by its tests)
    if stop is not None:
        try:
            stop()
        except OSError:  # already gone: nothing to wait for
            log.debug("fork server already stopped", exc_info=True)
