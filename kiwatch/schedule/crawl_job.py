"""The crawl job: `kiwatch crawl` in a child process under the `crawl` lease, with a hard timeout.

The Twisted reactor cannot be restarted, so every crawl gets a process of its own; a crashing,
hanging or killed child is recorded with its status and the daemon goes on.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time

from kiwatch.core.errors import LeaseHeld
from kiwatch.core.vocab import JobStatus, LeaseName
from kiwatch.i18n import t
from kiwatch.schedule.config import SchedulerConfig
from kiwatch.settings import Settings
from kiwatch.storage.leases import LeaseManager

log = logging.getLogger(__name__)


def _set_pdeathsig() -> None:  # runs in the child between fork and exec (Linux)
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return str(number)


class CrawlJob:
    """Starts and supervises crawl children; `end_children` stops them when the daemon stops."""

    def __init__(self, settings: Settings, config: SchedulerConfig, leases: LeaseManager, stopping: threading.Event):
        self.settings = settings
        self.config = config
        self.leases = leases
        self.stopping = stopping
        self._children: set[subprocess.Popen[bytes]] = set()
        self._lock = threading.Lock()

    def run(self) -> tuple[JobStatus, str]:
        try:
            self.leases.acquire(LeaseName.CRAWL)
        except LeaseHeld as exc:
            return JobStatus.SKIPPED, t(self.settings.lang, "sched_crawl_busy", holder=exc.holder)
        try:
            return self._crawl_child()
        finally:
            self.leases.release(LeaseName.CRAWL)

    def _crawl_child(self) -> tuple[JobStatus, str]:
        cmd = list(self.config.crawl_command)
        if self.config.sites:
            cmd += ["--sites", self.config.sites]
        if self.config.settings_file:
            cmd += ["--settings", self.config.settings_file]
        env = dict(os.environ)
        env["KIWATCH_DATABASE_URL"] = self.settings.database_url  # not on the command line (ps shows it)
        deadline = time.monotonic() + self.config.crawl_timeout
        renew_every = self.config.lease_ttl / 3
        with tempfile.TemporaryFile() as output:
            child = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT, env=env,
                                     start_new_session=True,
                                     # the crawl must die with the daemon: PR_SET_PDEATHSIG between fork and exec
                                     preexec_fn=_set_pdeathsig if sys.platform.startswith("linux") else None)  # noqa: PLW1509
            with self._lock:
                self._children.add(child)
            log.info("%s", t(self.settings.lang, "sched_crawl_started", pid=child.pid))
            timed_out = False
            try:
                while True:
                    try:
                        child.wait(timeout=min(renew_every, max(0.1, deadline - time.monotonic())))
                        break
                    except subprocess.TimeoutExpired:
                        if time.monotonic() >= deadline:
                            timed_out = True
                            self._end_child(child)
                            break
                        self.leases.renew(LeaseName.CRAWL)
            finally:
                with self._lock:
                    self._children.discard(child)
            output.seek(max(0, output.seek(0, os.SEEK_END) - 4000))
            tail = output.read().decode("utf-8", "replace")
        code, lang = child.returncode, self.settings.lang
        if timed_out:
            return JobStatus.TIMEOUT, f"{t(lang, 'sched_crawl_timeout', seconds=f'{self.config.crawl_timeout:g}')}\n{tail}"
        if self.stopping.is_set() and code != 0:
            return JobStatus.INTERRUPTED, f"{t(lang, 'sched_crawl_stopped')}\n{tail}"
        if code == 0:
            return JobStatus.OK, tail
        if code == 1:
            return JobStatus.PARTIAL, tail
        if code < 0:
            name = _signal_name(-code)
            return JobStatus.KILLED, f"{t(lang, 'sched_crawl_killed', pid=child.pid, signal=name)}\n{tail}"
        return JobStatus.FAILED, f"{t(lang, 'sched_crawl_exit', code=code)}\n{tail}"

    def _end_child(self, child: subprocess.Popen[bytes]) -> None:
        """SIGTERM to the crawl's process group; SIGKILL if it is not gone within 10 s."""
        for sig, wait in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
            try:
                os.killpg(child.pid, sig)
            except ProcessLookupError:
                return
            try:
                child.wait(timeout=wait)
                return
            except subprocess.TimeoutExpired:
                continue

    def end_children(self) -> None:
        with self._lock:
            children = list(self._children)
        for child in children:
            self._end_child(child)
