"""Extraction workers forked from a server that loaded the extractor once (issue 11): their CPU,
and the server's, is still the crawl's — waited for and in the run summary. Real `kiwatch crawl`
runs over 127.0.0.1 into a real SQLite file, and a real worker pool; what is asserted is what
the run recorded and where each worker came from, never a time."""

from __future__ import annotations

import json
import multiprocessing
import os
import sqlite3
from concurrent.futures import ProcessPoolExecutor

import pytest

from kiwatch.core.vocab import FetchOutcome
from kiwatch.crawlers.workerpool import stop_worker_server, worker_context
from kiwatch.pipelines.costs import CostLedger
from kiwatch.pipelines.worker import extract_page, start_worker
from kiwatch.records import FetchResult
from tests.watchhelp import Watch, contact_page


def _summary(watch: Watch) -> dict:
    with sqlite3.connect(watch.db.removeprefix("sqlite:///")) as con:
        return json.loads(con.execute("SELECT summary FROM runs ORDER BY id DESC LIMIT 1").fetchone()[0])["cpu"]


def test_a_crawls_total_cpu_holds_every_stage_it_lists_workers_and_their_server_included(tmp_path):
    """The total is this process's CPU and that of its waited-for children: were the fork server
    (and with it the workers it reaped) left unwaited, the workers' extraction CPU would be
    booked as a stage but missing from the total."""
    watch = Watch(tmp_path)
    try:
        watch.put('<html><body><main><h1>Kommunales Integrationszentrum Musterstadt</h1><ul>'
                  + "".join(f'<li><a href="team{i}.html">Team {i}</a></li>' for i in range(6)) + "</ul></main></body></html>")
        for i in range(6):
            watch.put(contact_page(extra=f"<p>Sprechstunde Raum {i}</p>"), name=f"team{i}.html")
        assert watch.crawl(env={"KIWATCH_EXTRACTION_WORKERS": "2"}).returncode == 0
        cpu = _summary(watch)
        stages = cpu["stages_ms"]
        assert cpu["extraction"]["fields"] == 7
        assert stages["extract"] > 0 and stages["workers_startup"] > 0
        assert sum(stages.values()) <= cpu["total_ms"] + 1.0  # (each figure rounded to 0.1 ms)
    finally:
        watch.close()


@pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(), reason="no fork server here")
def test_workers_are_forked_from_one_server_that_loaded_the_extractor():
    page = FetchResult(centre="muster", url="http://127.0.0.1:1/kontakt.html", outcome=FetchOutcome.OK, status=200,
                       body=contact_page().encode(), content_type="text/html", charset="utf-8")
    pool = ProcessPoolExecutor(2, mp_context=worker_context(), initializer=start_worker)
    try:
        answers = [pool.submit(extract_page, page, None, None).result(timeout=120) for _ in range(4)]
    finally:
        pool.shutdown()
        stop_worker_server()
    assert all(a.failure is None and a.content_hash for a in answers)
    servers = {a.server_pid for a in answers}
    assert len(servers) == 1 and 0 not in servers and os.getpid() not in servers
    assert not servers & {a.pid for a in answers}  # the server extracts nothing itself
    assert all(a.server_cpu_s > 0 for a in answers)
    # stopped and waited for: a new pool gets a new server
    with ProcessPoolExecutor(1, mp_context=worker_context(), initializer=start_worker) as again:
        other = again.submit(extract_page, page, None, None).result(timeout=120)
    stop_worker_server()
    assert other.server_pid not in servers


def test_the_ledger_books_a_servers_start_once_and_each_workers_own():
    ledger = CostLedger()
    ledger.worker_result(101, 0.010, 0.002, server_pid=100, server_s=0.300)
    ledger.worker_result(101, 0.010, 0.002, server_pid=100, server_s=0.300)
    ledger.worker_result(102, 0.010, 0.003, server_pid=100, server_s=0.300)
    ledger.worker_result(201, 0.010, 0.350)  # a worker started on its own (spawn): no server
    assert ledger.seconds["extract"] == pytest.approx(0.040)
    assert ledger.seconds["workers_startup"] == pytest.approx(0.002 + 0.003 + 0.300 + 0.350)
