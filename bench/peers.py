"""urlwatch and changedetection.io, installed from PyPI into their own virtualenvs under
bench/.envs, run over the same URLs as kiwatch in the same run.

Each peer runs in two variants: "raw" (out of the box: the whole page) and "selector" (the best
single CSS selector for the whole corpus applied to every HTML page; PDFs stay as they are).
A page counts as *flagged* in a run when the peer reports it changed or reports an error for
it (a user is alerted either way).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.proc import run

HERE = Path(__file__).resolve().parent
ENVS = HERE / ".envs"
PACKAGES = {"urlwatch": "urlwatch", "changedetection": "changedetection.io"}


def ensure_env(name: str, log=print) -> Path | None:
    """Create bench/.envs/<name> with the peer installed (idempotent). None when it cannot be installed."""
    env = ENVS / name
    stamp = env / ".installed"
    if stamp.exists():
        return env
    log(f"  installing {PACKAGES[name]} into {env} (once)")
    try:
        if not (env / "bin" / "python").exists():
            subprocess.run([sys.executable, "-m", "venv", str(env)], check=True)
        subprocess.run([str(env / "bin" / "pip"), "install", "--quiet", "--upgrade", "pip"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run([str(env / "bin" / "pip"), "install", "--quiet", PACKAGES[name]], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except (subprocess.CalledProcessError, OSError) as exc:
        log(f"  could not install {PACKAGES[name]}: {exc}")
        return None
    version = subprocess.run([str(env / "bin" / "pip"), "show", PACKAGES[name]], capture_output=True, text=True).stdout
    stamp.write_text(version)
    return env


def peer_version(name: str) -> str:
    stamp = ENVS / name / ".installed"
    if not stamp.exists():
        return "?"
    m = re.search(r"^Version: (.+)$", stamp.read_text(), re.M)
    return m.group(1) if m else "?"


@dataclass
class PeerRun:
    """One check of all pages of one corpus version."""

    version: str
    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    pages: int
    flagged: list[str] = field(default_factory=list)  # corpus paths
    errors: list[str] = field(default_factory=list)
    checked: int = 0  # pages the peer actually checked in this run
    note: str = ""

    def to_json(self) -> dict:
        return self.__dict__.copy()


def _path_of(url: str) -> str:
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


# ---------------------------------------------------------------------------------------------
# urlwatch


class Urlwatch:
    """urlwatch with one job per URL, its own --urls/--config/--cache files in the work dir."""

    name = "urlwatch"

    def __init__(self, env: Path, work: Path, urls: list[str], selector: str | None):
        self.env, self.work, self.urls, self.selector = env, work, urls, selector
        self.variant = "selector" if selector else "raw"
        self.dir = work / f"urlwatch-{self.variant}"
        if self.dir.exists():
            shutil.rmtree(self.dir)
        self.dir.mkdir(parents=True)
        jobs = []
        for url in urls:
            job = {"name": _path_of(url), "url": url}
            if selector and not url.endswith(".pdf"):
                job["filter"] = [{"css": selector}, "html2text"]
            jobs.append(json.dumps(job, ensure_ascii=False))  # JSON is YAML
        (self.dir / "urls.yaml").write_text("\n---\n".join(jobs) + "\n")
        config = {
            "display": {"new": True, "error": True, "unchanged": False, "empty-diff": True},
            "report": {"text": {"line_length": 75, "details": False, "footer": False, "minimal": True,
                                "separate": False},
                       "markdown": {"details": False, "footer": False, "minimal": True, "separate": False},
                       "html": {"diff": "unified", "separate": False},
                       "stdout": {"enabled": True, "color": False},
                       "email": {"enabled": False}},
            "job_defaults": {"all": {}, "shell": {}, "url": {}, "browser": {}},
        }
        (self.dir / "urlwatch.yaml").write_text(json.dumps(config))

    def check(self, version: str) -> PeerRun:
        cmd = [str(self.env / "bin" / "urlwatch"), "--urls", str(self.dir / "urls.yaml"),
               "--config", str(self.dir / "urlwatch.yaml"), "--cache", str(self.dir / "cache.db"),
               "--hooks", str(self.dir / "hooks.py")]
        m = run(cmd, env={"HOME": str(self.dir), "PYTHONUNBUFFERED": "1"}, cwd=self.dir,
                stdout_path=self.dir / f"report-{version}.txt")
        flagged, errors = [], []
        for line in m.stdout.splitlines():
            mm = re.match(r"^\s*(NEW|CHANGED|ERROR|UNCHANGED): (\S+)", line)
            if not mm:
                continue
            verb, name = mm.groups()
            if verb in ("CHANGED", "ERROR"):
                flagged.append(name)
            if verb == "ERROR":
                errors.append(name)
        note = "" if m.returncode == 0 else f"exit {m.returncode}: {m.stderr[-300:]}"
        return PeerRun(version, m.wall_s, m.cpu_s, max(m.peak_rss_mb, m.tree_peak_rss_mb), len(self.urls),
                       sorted(set(flagged)), sorted(set(errors)), len(self.urls), note)

    def store_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.dir.glob("cache.db*"))


# ---------------------------------------------------------------------------------------------
# changedetection.io


class ChangeDetection:
    """changedetection.io headless: batch mode (-b), watches added with -u, rechecked with -r all.

    Flagged = a watch whose snapshot history grew in this run (a change was detected) or whose
    last check ended with an error. Needs ALLOW_IANA_RESTRICTED_ADDRESSES=true for 127.0.0.1.
    """

    name = "changedetection.io"

    def __init__(self, env: Path, work: Path, urls: list[str], selector: str | None, port: int):
        self.env, self.work, self.urls, self.selector, self.port = env, work, urls, selector, port
        self.variant = "selector" if selector else "raw"
        self.dir = work / f"changedetection-{self.variant}"
        if self.dir.exists():
            shutil.rmtree(self.dir)
        self.dir.mkdir(parents=True)
        self.added = False
        self.env_vars = {"ALLOW_IANA_RESTRICTED_ADDRESSES": "true", "DISABLE_VERSION_CHECK": "true",
                         "FETCH_WORKERS": os.environ.get("BENCH_CD_WORKERS", "10"), "HOME": str(self.dir),
                         "LOGGER_LEVEL": "WARNING", "PYTHONUNBUFFERED": "1"}

    def _cmd(self, extra: list[str]) -> list[str]:
        return [str(self.env / "bin" / "changedetection.py"), "-d", str(self.dir / "datastore"), "-C", "-b",
                "-h", "127.0.0.1", "-p", str(self.port), "-l", "WARNING"] + extra

    def _state(self) -> dict[str, dict]:
        """uuid -> {url, history, error, last_checked} from the datastore on disk."""
        ds = self.dir / "datastore"
        out: dict[str, dict] = {}
        watches: dict = {}
        index = ds / "url-watches.json"
        if index.exists():
            try:
                watches = json.loads(index.read_text()).get("watching", {})
            except ValueError:
                watches = {}
        for d in ds.iterdir() if ds.exists() else []:
            if d.is_dir() and (d / "watch.json").exists():
                try:
                    watches[d.name] = json.loads((d / "watch.json").read_text())
                except ValueError:
                    pass
        for uuid, w in watches.items():
            hist = ds / uuid / "history.txt"
            n = len(hist.read_text().splitlines()) if hist.exists() else 0
            out[uuid] = {"url": w.get("url", ""), "history": n, "error": w.get("last_error") or "",
                         "last_checked": w.get("last_checked", 0)}
        return out

    def check(self, version: str) -> PeerRun:
        before = self._state()
        started = time.time()
        if not self.added:
            extra = []
            for i, url in enumerate(self.urls):
                extra += ["-u", url]
                if self.selector and not url.endswith(".pdf"):
                    extra += [f"-u{i}", json.dumps({"include_filters": [self.selector]})]
            self.added = True
        else:
            extra = ["-r", "all"]
        m = run(self._cmd(extra), env=self.env_vars, cwd=self.dir, timeout=3600)
        wall, cpu, rss = m.wall_s, m.cpu_s, max(m.peak_rss_mb, m.tree_peak_rss_mb)
        after = self._state()
        # batch mode gives up waiting after ~4 minutes: recheck what it did not reach
        for _ in range(5):
            missing = [u for u, s in after.items() if s["last_checked"] < started - 1]
            if not missing:
                break
            m2 = run(self._cmd(["-r", ",".join(missing)]), env=self.env_vars, cwd=self.dir, timeout=3600)
            wall, cpu, rss = wall + m2.wall_s, cpu + m2.cpu_s, max(rss, m2.peak_rss_mb, m2.tree_peak_rss_mb)
            after = self._state()
        flagged, errors = [], []
        checked = 0
        for uuid, s in after.items():
            if s["last_checked"] >= started - 1:
                checked += 1
            prev = before.get(uuid, {"history": 0})
            grew = s["history"] > prev["history"]
            if version == "baseline":
                grew = False  # the first check of a watch records its first snapshot
            if grew or s["error"]:
                flagged.append(_path_of(s["url"]))
            if s["error"]:
                errors.append(_path_of(s["url"]))
        note = "" if m.returncode in (0, -15, 143) else f"exit {m.returncode}: {m.stderr[-300:]}"
        return PeerRun(version, wall, cpu, rss, len(self.urls), sorted(set(flagged)), sorted(set(errors)),
                       checked, note)

    def store_bytes(self) -> int:
        return sum(p.stat().st_size for p in (self.dir / "datastore").rglob("*") if p.is_file())
