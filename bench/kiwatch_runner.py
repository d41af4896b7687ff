"""Run the full kiwatch pipeline (its command line, as users do) over the corpus versions."""

from __future__ import annotations

import compileall
import importlib.util
import json
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path

from bench.proc import run

POLITENESS_OFF = {"KIWATCH_DOWNLOAD_DELAY": "0", "KIWATCH_AUTOTHROTTLE": "false",
                  "KIWATCH_CONCURRENT_PER_DOMAIN": "16", "KIWATCH_CONCURRENT_REQUESTS": "16"}


@dataclass
class KiwatchRun:
    version: str
    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    returncode: int
    fetches: int  # fetch attempts recorded in this run
    events: list[dict] = field(default_factory=list)  # change events first reported after this run
    db: dict = field(default_factory=dict)  # database counters after the run
    db_delta: dict = field(default_factory=dict)
    note: str = ""

    def to_json(self) -> dict:
        return self.__dict__.copy()


def kiwatch_bin() -> str:
    exe = Path(sys.executable).parent / "kiwatch"
    return str(exe) if exe.exists() else "kiwatch"


def db_stats(db_path: Path) -> dict:
    out = {"file_bytes": sum(p.stat().st_size for p in db_path.parent.glob(db_path.name + "*"))}
    if not db_path.exists():
        return out
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        for table in ("bodies", "snapshots", "fetch_attempts", "changes", "profiles", "pages"):
            try:
                out[table] = con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            except sqlite3.Error:
                out[table] = None
        try:
            out["body_bytes"] = con.execute("SELECT COALESCE(SUM(LENGTH(data)), 0) FROM bodies").fetchone()[0]
            out["body_raw_bytes"] = con.execute("SELECT COALESCE(SUM(size), 0) FROM bodies").fetchone()[0]
            out["snapshot_record_bytes"] = con.execute(
                "SELECT COALESCE(SUM(LENGTH(record)), 0) FROM snapshots").fetchone()[0]
        except sqlite3.Error:
            pass
    finally:
        con.close()
    return out


def compile_kiwatch() -> None:
    """Write the bytecode of the kiwatch package the runs import, as an installation has it
    (pip compiles a package when it installs it). A source checkout run with
    PYTHONDONTWRITEBYTECODE=1 would otherwise compile every kiwatch module again in every
    crawl and in its workers: 0.3 of the 1.8 billion instructions of a one-page re-crawl,
    charged to start-up."""
    spec = importlib.util.find_spec("kiwatch")
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            compileall.compile_dir(location, quiet=1)


class Kiwatch:
    name = "kiwatch"

    def __init__(self, work: Path, sites: Path, extra_env: dict | None = None):
        compile_kiwatch()
        self.dir = work / "kiwatch"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.db_path = self.dir / "kiwatch.sqlite"
        for p in self.dir.glob("kiwatch.sqlite*"):
            p.unlink()
        self.db = f"sqlite:///{self.db_path}"
        self.sites = sites
        self.env = dict(POLITENESS_OFF)
        self.env.update(extra_env or {})
        self.seen: set[str] = set()

    def all_changes(self) -> list[dict]:
        m = run([kiwatch_bin(), "changes", "--db", self.db, "--format", "json"], env=self.env)
        if m.returncode != 0:
            raise RuntimeError(f"kiwatch changes failed ({m.returncode}): {m.stderr[-500:]}")
        return json.loads(m.stdout or "[]")

    def check(self, version: str) -> KiwatchRun:
        before = db_stats(self.db_path)
        m = run([kiwatch_bin(), "crawl", "--sites", str(self.sites), "--db", self.db, "--allow-private-hosts", "-q"],
                env=self.env, cwd=self.dir, timeout=3 * 3600, stdout_path=self.dir / f"crawl-{version}.log")
        (self.dir / f"crawl-{version}.err").write_text(m.stderr)
        after = db_stats(self.db_path)
        events = []
        note = "" if m.returncode in (0, 1) else f"crawl exit {m.returncode}: {m.stderr[-400:]}"
        try:
            for ev in self.all_changes():
                key = json.dumps(ev, sort_keys=True, ensure_ascii=False)
                if key not in self.seen:
                    self.seen.add(key)
                    events.append(ev)
        except (RuntimeError, ValueError) as exc:
            note += f" changes: {exc}"
        delta = {k: (after[k] - before.get(k, 0)) for k in after
                 if isinstance(after.get(k), int) and isinstance(before.get(k, 0), int)}
        return KiwatchRun(version, m.wall_s, m.cpu_s, max(m.peak_rss_mb, m.tree_peak_rss_mb), m.returncode,
                          delta.get("fetch_attempts") or 0, events, after, delta, note.strip())
