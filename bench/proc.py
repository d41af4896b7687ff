"""Run a command and measure it: wall time, CPU time and peak memory of it and its children."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Measured:
    cmd: list[str]
    returncode: int
    wall_s: float
    cpu_s: float  # user + system of the process and its waited-for children
    peak_rss_mb: float  # ru_maxrss of the process tree's largest member (Linux: KiB)
    tree_peak_rss_mb: float  # peak of the sum of RSS of the whole process tree, sampled every 0.1 s
    stdout: str
    stderr: str


def _tree_rss_kb(pid: int) -> int:
    """Sum of VmRSS over pid and its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                stat = fh.read()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
            rss[int(entry)] = int(stat.rsplit(")", 1)[1].split()[21]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
        except (OSError, ValueError, IndexError):
            continue
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return total


def run(cmd: list[str], env: dict | None = None, cwd: str | Path | None = None, timeout: float = 3600,
        stdout_path: str | Path | None = None) -> Measured:
    full_env = dict(os.environ)
    full_env.update(env or {})
    out_fh = open(stdout_path, "w+") if stdout_path else None
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=full_env, cwd=cwd, stdout=out_fh or subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.1):
            try:
                peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
            except Exception:
                pass

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out_chunks: list[str] = []
    err_chunks: list[str] = []

    def drain(stream, sink):
        for line in stream:
            sink.append(line)

    readers = [threading.Thread(target=drain, args=(proc.stderr, err_chunks), daemon=True)]
    if out_fh is None:
        readers.append(threading.Thread(target=drain, args=(proc.stdout, out_chunks), daemon=True))
    for t in readers:
        t.start()
    deadline = start + timeout
    status, usage = 0, None
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.02)
    wall = time.perf_counter() - start
    done.set()
    for t in readers:
        t.join(timeout=5)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if out_fh:
        out_fh.seek(0)
        stdout = out_fh.read()
        out_fh.close()
    else:
        stdout = "".join(out_chunks)
    return Measured(cmd, proc.returncode, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
                    peak[0] / 1024, stdout, "".join(err_chunks))
