"""Where the wall time of one re-crawl goes: process start → first request → last request
served → crawl loop ended → run row closed → process exit, for the shapes' noise and
identical passes (issue 11).

    python -m bench.timeline --shape 1000x1 --pass identical --repeat 5
    python -m bench.timeline --shape 1x1000 --pass noise --tree /tmp/other-tree   # A/B, interleaved

Each sample copies a prepared database (after the first pass for *noise*, after the noise
pass for *identical*), serves the corpus version with DevServer in this process, and runs
`kiwatch crawl` under `bench.timeline_probe`, which stamps the crawl's own checkpoints
(CLOCK_MONOTONIC, comparable across processes on Linux). With `--tree DIR` every repeat runs
the other tree's kiwatch (PYTHONPATH=DIR) right after this one's, so both see the same load;
the medians of each phase are printed per tree.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import peers, shapes
from bench.kiwatch_runner import POLITENESS_OFF

HERE = Path(__file__).resolve().parent
PHASES = ("start→first request", "first→last request", "last request→crawl ended", "crawl ended→store drained",
          "drained→run closed", "run closed→exit", "total", "server CPU",
          "kiwatch CPU", "startup CPU", "scrapy CPU", "store CPU")


def _crawl(python: str, tree: str | None, sites: Path, db: Path, env_extra: dict, stamps: Path,
           variant_env: dict | None = None) -> dict:
    env = dict(os.environ)
    env.update(POLITENESS_OFF)
    env.update(env_extra)
    env.update(variant_env or {})
    env["KIWATCH_TIMELINE"] = str(stamps)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (tree, str(HERE.parent)) if p)
    if stamps.exists():
        stamps.unlink()
    start = time.monotonic()
    proc = subprocess.run([python, "-m", "bench.timeline_probe", "crawl", "--sites", str(sites), "--db",
                           f"sqlite:///{db}", "--allow-private-hosts", "-q"], check=False, env=env, capture_output=True, text=True)
    end = time.monotonic()
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"crawl exit {proc.returncode}: {proc.stderr[-800:]}")
    marks = json.loads(stamps.read_text()) if stamps.exists() else {}
    marks.update(start=start, exit=end)
    if os.environ.get("TIMELINE_RAW"):
        print({k: round(v - start, 3) for k, v in sorted(marks.items(), key=lambda kv: kv[1])})
    return marks


def _phases(marks: dict, served: list[float]) -> dict[str, float]:
    first = marks.get("first_request", served[0] if served else marks["start"])
    last = served[-1] if served else first
    crawl_end = marks.get("crawl_ended", last)
    drained = marks.get("store_drained", crawl_end)
    closed = marks.get("run_closed", drained)
    return {"start→first request": first - marks["start"], "first→last request": last - first,
            "last request→crawl ended": crawl_end - last, "crawl ended→store drained": drained - crawl_end,
            "drained→run closed": closed - drained, "run closed→exit": marks["exit"] - closed,
            "total": marks["exit"] - marks["start"]}


def _copy_db(src: Path, dst: Path) -> None:
    for p in dst.parent.glob(dst.name + "*"):
        p.unlink()
    shutil.copyfile(src, dst)


def main(argv: list[str] | None = None) -> int:
    from kiwatch.devserver import DevServer

    p = argparse.ArgumentParser(prog="python -m bench.timeline", description=__doc__.split("\n\n")[0])
    p.add_argument("--shape", default="1000x1", choices=shapes.SHAPES)
    p.add_argument("--pass", dest="pass_name", default="identical", choices=("noise", "identical"))
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--tree", help="another source tree to run interleaved (A/B), e.g. a git worktree of main")
    p.add_argument("--env", action="append", default=[], metavar="KEY=VALUE",
                   help="environment of the other run (with --tree: that tree's; without: this tree again)")
    p.add_argument("--urlwatch", action="store_true", help="also time urlwatch (start, first and last request, exit)")
    p.add_argument("--work", default=str(HERE / ".work"))
    args = p.parse_args(argv)
    work = Path(args.work)
    root = work / "shapes" / "corpus"
    truth = shapes._ensure(root, print)
    tmp = Path(tempfile.mkdtemp(prefix="kiwatch-timeline-"))
    trees: list[tuple[str, str | None]] = [("this", None)] + ([("other", args.tree)] if args.tree or args.env else [])
    other_env = dict(e.split("=", 1) for e in args.env)
    if args.urlwatch:
        trees.append(("urlwatch", None))
    results: dict[str, list[dict[str, float]]] = {name: [] for name, _ in trees}
    srv = DevServer(root / "baseline")
    srv.validators = False
    try:
        with srv:
            registry, _urls, extra = shapes.plan(args.shape, truth, root, srv.base_url)
            sites = tmp / "sites.toml"
            sites.write_text(registry, encoding="utf-8")
            prepared = tmp / "prepared.sqlite"
            # the state before the measured pass, made by this tree: first pass, then (identical) noise
            _crawl(sys.executable, None, sites, prepared, extra, tmp / "stamps.json")
            if args.pass_name == "identical":
                srv.set_root(root / "noise")
                _crawl(sys.executable, None, sites, prepared, extra, tmp / "stamps.json")
            uw = None
            if args.urlwatch:
                uw = peers.Urlwatch(peers.ensure_env("urlwatch", log=print), tmp, _urls, None)
                srv.set_root(root / "baseline")
                srv.validators = False
                uw.check("first")
                if args.pass_name == "identical":
                    srv.set_root(root / "noise")
                    uw.check("noise")
                shutil.copyfile(uw.dir / "cache.db", tmp / "urlwatch-prepared.db")
            srv.set_root(root / "noise")
            srv.validators = args.pass_name == "identical"
            for i in range(args.repeat):
                for name, tree in trees:
                    srv.clear_log()
                    server_cpu = time.process_time()
                    if name == "urlwatch":
                        assert uw is not None
                        _copy_db(tmp / "urlwatch-prepared.db", uw.dir / "cache.db")
                        t0 = time.monotonic()
                        uw.check(args.pass_name)
                        marks = {"start": t0, "exit": time.monotonic()}
                    else:
                        db = tmp / f"run-{name}.sqlite"
                        _copy_db(prepared, db)
                        marks = _crawl(sys.executable, tree, sites, db, extra, tmp / "stamps.json",
                                       other_env if name == "other" else None)
                    served = sorted(r.at for r in srv.requests)
                    ph = _phases(marks, served)
                    ph["server CPU"] = time.process_time() - server_cpu
                    if name != "urlwatch":
                        cpu = shapes._run_summary(db).get("cpu", {})
                        ph["kiwatch CPU"] = cpu.get("total_ms", 0.0) / 1000
                        ph["scrapy CPU"] = cpu.get("stages_ms", {}).get("scrapy", 0.0) / 1000
                        ph["store CPU"] = cpu.get("stages_ms", {}).get("store", 0.0) / 1000
                        ph["startup CPU"] = cpu.get("stages_ms", {}).get("startup", 0.0) / 1000
                    results[name].append(ph)
                    print(f"{i + 1} {name:5s} load {os.getloadavg()[0]:4.1f} " +
                          " ".join(f"{k.split('→')[-1][:8]}={v:.3f}" for k, v in ph.items()), flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"\nmedians of {args.repeat} ({args.shape}, {args.pass_name}), seconds:")
    print("| phase | " + " | ".join(n for n, _ in trees) + " |")
    print("|---|" + "---|" * len(trees))
    for ph in PHASES:
        print(f"| {ph} | " + " | ".join(f"{statistics.median(r.get(ph, 0.0) for r in results[n]):.3f}"
                                        for n, _ in trees) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
