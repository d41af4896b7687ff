"""A throw-away PostgreSQL server for the test session, on 127.0.0.1 and a free port.

Uses the server binaries of the machine (Debian's postgresql package, which .ci/run installs).
initdb refuses to run as root, so as root the cluster runs as the 'postgres' system user.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time


def find_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _memory_dir(room: int = 2 * 1024**3) -> str | None:
    """/dev/shm where it has room: a test session creates a database per test (some 300 files
    each), and deleting tens of thousands of files from a disk mounted with `discard` took
    minutes at the session's end; in memory it takes a moment. None: the usual temp directory."""
    try:
        st = os.statvfs("/dev/shm")
    except OSError:
        return None
    return "/dev/shm" if st.f_bavail * st.f_frsize >= room and os.access("/dev/shm", os.W_OK) else None


class PostgresServer:
    def __init__(self) -> None:
        self.initdb, self.pg_ctl = find_bin("initdb"), find_bin("pg_ctl")
        if not (self.initdb and self.pg_ctl):
            raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) not found; install Debian's postgresql")
        self.dir = tempfile.mkdtemp(prefix="kiwatch-pg-", dir=_memory_dir())
        self.port = _free_port()
        self.user = None
        if os.geteuid() == 0:
            self.user = "postgres"
            shutil.chown(self.dir, self.user)

    def _run(self, *args: str) -> None:
        cmd = list(args)
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def start(self) -> "PostgresServer":
        data = os.path.join(self.dir, "data")
        self._run(self.initdb, "-D", data, "-U", "kiwatch", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        opts = f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.dir} -c fsync=off"
        self._run(self.pg_ctl, "-D", data, "-o", opts, "-l", os.path.join(self.dir, "log"), "-w", "start")
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://kiwatch@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str, template: str | None = None) -> str:
        """A new database: empty, or a copy of the database `template`."""
        import psycopg

        copy = f' TEMPLATE "{template}"' if template else ""
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=kiwatch dbname=postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"{copy}')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run(self.pg_ctl, "-D", os.path.join(self.dir, "data"), "-m", "immediate", "stop")
        except Exception:
            pass
        for _ in range(20):
            try:
                shutil.rmtree(self.dir)
                return
            except OSError:
                time.sleep(0.1)
