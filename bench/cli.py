"""`python -m bench` (`make bench BENCH_ARGS=...`): generate the corpus, serve it on 127.0.0.1,
run kiwatch, urlwatch and changedetection.io over its three versions, score and report.

    python -m bench                      # 54 centres x 20 pages (1,080 pages), all tools
    python -m bench --size 200           # ~200 pages (10 centres)
    python -m bench --size 10000 --tools kiwatch,urlwatch
    python -m bench --generate-only --size 200 --work /tmp/corpus
    python -m bench --corpus-only        # only the generalisation corpus (tests/corpus), seconds

Every run also scores the generalisation corpus (bench/corpus_score.py): per-field precision and
recall on its tune and held-out parts, in their own block of BENCHMARKS.md.

Results: bench/.work/report.json and report.md; BENCHMARKS.md is rewritten from them
unless --no-update-benchmarks. Benchmarks are not tests: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shlex
import socket
import sys
import time
from pathlib import Path

from bench import corpus, corpus_score, micro, peers, report, score
from bench.kiwatch_runner import Kiwatch
from bench.render import BEST_SELECTOR

HERE = Path(__file__).resolve().parent
TOOLS = ["kiwatch", "urlwatch", "changedetection"]
LARGE = 3000  # pages; above this the default run is trimmed to fit 10,000 pages into ~15 minutes


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def _generator_hash() -> str:
    h = hashlib.sha256()
    for name in ("vocab.py", "model.py", "render.py", "corpus.py", "pdf.py"):
        h.update((HERE / name).read_bytes())
    return h.hexdigest()[:16]


def ensure_corpus(root: Path, seed: int, centres: int) -> dict:
    stamp = root / "stamp.json"
    want = {"seed": seed, "centres": centres, "generator": _generator_hash()}
    if stamp.exists() and (root / "truth.json").exists():
        try:
            if json.loads(stamp.read_text()) == want:
                log(f"corpus up to date in {root}")
                return corpus.load_truth(root)
        except ValueError:
            pass
    log(f"generating corpus: {centres} centres, seed {seed} -> {root}")
    t0 = time.perf_counter()
    truth = corpus.generate(root, seed=seed, centres=centres, log=lambda m: log(m))
    stamp.write_text(json.dumps(want))
    log(f"corpus generated in {time.perf_counter() - t0:.1f} s: {len(truth['pages']['baseline'])} pages, "
        f"{len(truth['changes'])} labelled changes")
    return truth


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench", description="Generate the labelled corpus, serve it on 127.0.0.1, run kiwatch, urlwatch and "
                                "changedetection.io over its versions, score and report.")
    p.add_argument("--size", type=int, default=1080, help="corpus size in pages (about 20 per centre; default 1080)")
    p.add_argument("--centres", type=int, help="number of centres (overrides --size)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--tools", help=f"comma-separated subset of {','.join(TOOLS)} (default: all; above "
                   f"{LARGE} pages: kiwatch,urlwatch out of the box, to fit the time budget)")
    p.add_argument("--no-selector", action="store_true", help="run the peers out of the box only")
    p.add_argument("--work", default=str(HERE / ".work"), help="run data directory (default bench/.work)")
    p.add_argument("--generate-only", action="store_true", help="write the corpus and truth file, run nothing")
    p.add_argument("--no-update-benchmarks", action="store_true", help="do not rewrite BENCHMARKS.md")
    p.add_argument("--profile-pages", type=int, default=200, help="pages to run under cProfile (default 200)")
    p.add_argument("--cpu-sample-pages", type=int, default=540,
                   help="pages (from the first centres) for the in-process CPU measurement (default 540)")
    p.add_argument("--corpus-only", action="store_true",
                   help="score only the generalisation corpus tests/corpus (no crawl, no peers) and update its block")
    p.add_argument("--web-only", action="store_true",
                   help="only the dashboard timings (bench/web.py) on a generated two-year database, and update its block")
    p.add_argument("--web-requests", type=int, default=20, help="requests per dashboard page (default 20)")
    p.add_argument("--shapes", action="store_true",
                   help="CPU per stage in the shapes 1000x1, 1x1000, 54x60 (kiwatch and urlwatch), its own block of BENCHMARKS.md")
    p.add_argument("--no-shapes", action="store_true", help="skip the shapes block after a full run")
    p.add_argument("--shape", action="append", help="with --shapes: only this shape (repeatable)")
    p.add_argument("--before", help="with --shapes: an earlier shapes JSON to show as 'before' "
                   "(default bench/results/shapes-before.json, the figures before issue 11's changes)")
    p.add_argument("--save", help="with --shapes: also write the result JSON here")
    p.add_argument("--capacity", action="store_true",
                   help="capacity at the default politeness: many hosts on loopback addresses, its own block of BENCHMARKS.md")
    p.add_argument("--hosts", type=int, default=1000, help="with --capacity: hosts (centres), default 1000")
    p.add_argument("--pages", type=int, default=6, help="with --capacity: pages per host, default 6")
    p.add_argument("--latency", type=float, action="append", help="with --capacity: server latency in seconds "
                   "(repeatable; default 0 and 0.2)")
    args = p.parse_args(argv)

    if args.capacity:
        from bench import capacity

        md = capacity.main(Path(args.work).resolve(), args.hosts, args.pages, args.latency or [0.0, 0.2],
                           None if args.no_update_benchmarks else HERE.parent / "BENCHMARKS.md", log=log)
        print(md)
        return 0
    if args.shapes:
        return _shapes(args)
    command = "python -m bench " + " ".join(shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:]))

    if args.web_only:
        from bench import web

        print(web.run(Path(args.work).resolve(), args.web_requests, not args.no_update_benchmarks, command.strip(), log=log))
        return 0

    if args.corpus_only:
        _, md = _generalisation(not args.no_update_benchmarks)
        print(md)
        return 0

    centres = args.centres or corpus.centres_for_size(args.size)
    work = Path(args.work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    root = work / "corpus"
    started = time.time()
    truth = ensure_corpus(root, args.seed, centres)
    if args.generate_only:
        return 0
    pages = len(truth["pages"]["baseline"])
    if args.tools is None and pages > LARGE:
        args.tools, args.no_selector = "kiwatch,urlwatch", True
        log(f"{pages} pages: running kiwatch and urlwatch (out of the box) only; --tools to choose")
    tools = [t.strip() for t in (args.tools or ",".join(TOOLS)).split(",") if t.strip()]
    unknown = set(tools) - set(TOOLS)
    if unknown:
        p.error(f"unknown tool(s): {', '.join(sorted(unknown))}")

    from bench.server import corpus_server

    result: dict = {"command": "python -m bench " + " ".join(shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:])),
                    "started": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "machine": report.machine(),
                    "corpus": report.corpus_summary(truth), "seed": args.seed, "tools": {}, "not_measured": []}
    runners: list = []
    run_dir = work / "runs"
    run_dir.mkdir(exist_ok=True)
    with corpus_server(root / "baseline") as srv:
        base = srv.base_url
        sites = run_dir / "sites.toml"
        corpus.write_registry(truth, base, sites)
        urls = [srv.url(p) for p in truth["pages"]["baseline"]]
        if "kiwatch" in tools:
            runners.append(("kiwatch", "", Kiwatch(run_dir, sites)))
        for peer in ("urlwatch", "changedetection"):
            if peer not in tools:
                continue
            env = peers.ensure_env(peer, log=log)
            if env is None:
                result["not_measured"].append(f"{peer}: could not be installed from PyPI into bench/.envs/{peer}")
                continue
            variants = [None] if args.no_selector else [None, BEST_SELECTOR]
            for sel in variants:
                if peer == "urlwatch":
                    r = peers.Urlwatch(env, run_dir, urls, sel)
                else:
                    r = peers.ChangeDetection(env, run_dir, urls, sel, _free_port())
                runners.append((peer, r.variant, r))
        plan = [("baseline", "baseline"), ("noise", "noise"), ("changes", "changes"), ("recrawl", "changes")]
        for run_name, version in plan:
            srv.set_root(root / version)
            for tool, variant, r in runners:
                if run_name == "recrawl" and (tool == "changedetection" or (tool != "kiwatch" and pages > LARGE)):
                    continue  # the peers' unchanged re-check is not part of the comparison; saves minutes
                label = f"{tool}{'/' + variant if variant else ''}"
                log(f"{run_name:8s} {label:28s} ...")
                load_before = os.getloadavg()[0]
                res = r.check(run_name)
                entry = result["tools"].setdefault(label, {"tool": tool, "variant": variant or "", "runs": {}})
                entry["runs"][run_name] = res.to_json()
                entry["runs"][run_name]["load1_before"] = load_before
                pages = len(truth["pages"][version])
                extra = f", {len(res.events)} events" if tool == "kiwatch" else f", {len(res.flagged)} flagged"
                log(f"{run_name:8s} {label:28s} {res.wall_s:7.1f} s  {pages / res.wall_s:7.1f} pages/s{extra}"
                    + (f"  [{res.note[:200]}]" if res.note else ""))
            if hasattr(srv, "clear_log"):
                srv.clear_log()  # the request log grows with every request
        for tool, variant, r in runners:
            if hasattr(r, "store_bytes"):
                result["tools"][f"{tool}{'/' + variant if variant else ''}"]["store_bytes"] = r.store_bytes()

        if "kiwatch" in tools:
            log("kiwatch stages in-process (CPU per page) ...")
            result["stage_cpu"] = micro.stage_cpu(root, truth, base, limit_pages=args.cpu_sample_pages, profile=False)
            log(f"  {result['stage_cpu'].get('cpu_ms_per_page', float('nan')):.2f} CPU ms per page")
            prof = micro.stage_cpu(root, truth, base, limit_pages=args.profile_pages, profile=True)
            result["stage_cpu"]["profile_top"] = prof.get("profile_top", "")
            log("kiwatch diff stage, two unrelated 200 KB pages ...")
            result["relaunch"] = micro.relaunch_worst_case()

    # scoring
    result["scores"] = {}
    for label, entry in result["tools"].items():
        runs = entry["runs"]
        if entry["tool"] == "kiwatch":
            change_events = runs["changes"]["events"] + runs.get("recrawl", {}).get("events", [])
            entry["events"] = score.score_events(truth, runs["noise"]["events"], change_events)
            flagged_c = [e.get("url", "") for e in change_events]
            flagged_n = [e.get("url", "") for e in runs["noise"]["events"]]
        else:
            flagged_c, flagged_n = runs["changes"]["flagged"], runs["noise"]["flagged"]
        entry["pages"] = score.score_pages(truth, flagged_n, flagged_c, set(truth["pages"]["baseline"]))
    result["wall_s"] = time.time() - started
    result["generalisation"], corpus_md = _generalisation(not args.no_update_benchmarks)
    out_json = work / "report.json"
    out_json.write_text(json.dumps(result, indent=1, ensure_ascii=False, default=str))
    md = report.render(result)
    (work / "report.md").write_text(md + "\n### Generalisation corpus (tests/corpus)\n\n" + corpus_md)
    log(f"report: {out_json} and {work / 'report.md'}")
    if not args.no_update_benchmarks:
        report.update_benchmarks(HERE.parent / "BENCHMARKS.md", md)
        log("BENCHMARKS.md updated")
    print(md)
    print(corpus_md)
    from bench import web

    print(web.run(work, args.web_requests, not args.no_update_benchmarks, command.strip(), log=log))
    if not args.no_shapes and "kiwatch" in tools:
        # issue 11: cost per stage in the three shapes, kiwatch and urlwatch in the same run
        args.tools = ",".join(t for t in tools if t in ("kiwatch", "urlwatch"))
        return _shapes(args)
    return 0


def _shapes(args: argparse.Namespace) -> int:
    from bench import shapes

    work = Path(args.work).resolve()
    tools = [t.strip() for t in (args.tools or "kiwatch,urlwatch").split(",") if t.strip()]
    result = shapes.run_shapes(work, args.shape or list(shapes.SHAPES), tools, log=log)
    result["command"] = "python -m bench " + " ".join(shlex.quote(a) for a in sys.argv[1:])
    out = work / "shapes" / "report-shapes.json"
    out.write_text(json.dumps(result, indent=1, default=str))
    if args.save:
        Path(args.save).write_text(json.dumps(result, indent=1, default=str))
    before_file = Path(args.before) if args.before else HERE / "results" / "shapes-before.json"
    before = json.loads(before_file.read_text()) if before_file.exists() else None
    md = shapes.render(result, before)
    if not args.no_update_benchmarks:
        shapes.update_benchmarks(HERE.parent / "BENCHMARKS.md", md)
    print(md)
    return 0


def _generalisation(update: bool) -> tuple[dict, str]:
    """Score the generalisation corpus (tune and held-out parts); its own block of BENCHMARKS.md."""
    log("generalisation corpus (tests/corpus): tune and held-out parts ...")
    result = corpus_score.score()
    md = corpus_score.render(result)
    if update:
        corpus_score.update_benchmarks(HERE.parent / "BENCHMARKS.md", md)
    return corpus_score.strip_private(result), md
