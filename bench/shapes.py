"""Cost per stage in three crawl shapes, kiwatch and urlwatch in the same run.

    python -m bench --shapes                     # 1000x1, 1x1000, 54x60
    python -m bench --shapes --shape 54x60 --before bench/results/shapes-before.json

Shapes, cut from one corpus of 162 synthetic centres (3,240 pages per version):

    1000x1   1,000 centres of one page each (every page its own centre: start URL and allow
             prefix are the page) — per-centre costs dominate
    1x1000   one centre of 1,000 pages (a generated index page links them all) — per-page costs
    54x60    54 centres of 60 pages (three corpus centres each) — the realistic size

Four passes per shape and tool: *first* (baseline, empty store), *noise* (the noise version:
other calendar, counters, session ids, same facts — a noise-only re-crawl) and *identical* (the
noise version again: byte-identical bodies) are served without ETag/Last-Modified, like many
municipal CMSs, so every pass downloads every body; *304* is the identical pass once more from
a server that sends validators (from the pass before) and answers conditional requests with 304
Not Modified — what a re-crawl costs where the server helps. kiwatch's CPU per stage comes from
its own cost ledger (kiwatch/pipelines/costs.py), stored in the run summary.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path

from bench.blocks import replace_block
from bench import corpus, peers, report
from bench.kiwatch_runner import Kiwatch

SHAPES = ("1000x1", "1x1000", "54x60")
PASSES = (("first", "baseline"), ("noise", "noise"), ("identical", "noise"), ("304", "noise"))
# passes whose server sends ETag/Last-Modified (and answers If-None-Match with 304): the pass
# before the 304 pass must send them, so that the 304 pass has validators to ask with
VALIDATOR_PASSES = ("identical", "304")
CORPUS_CENTRES = 162
STAGES = ("startup", "scrapy", "parse", "extract", "store", "profile_diff", "transfer", "workers_startup")
BEGIN, END = "<!-- bench:shapes:begin -->", "<!-- bench:shapes:end -->"
INDEX = "_shape/all.html"


def _toml_centre(slug: str, name: str, starts: list[str], allow: list[str]) -> str:
    q = lambda xs: "[" + ", ".join(json.dumps(x) for x in xs) + "]"  # noqa: E731
    return "\n".join(["[[centre]]", f'slug = "{slug}"', f'name = "{name}"', 'municipality = "Teststadt"',
                      'kind = "kreisfreie Stadt"', 'regierungsbezirk = "Köln"', f"start_urls = {q(starts)}",
                      f"allow = {q(allow)}", ""])


def plan(shape: str, truth: dict, root: Path, base: str) -> tuple[str, list[str], dict]:
    """(registry TOML, the URLs urlwatch watches, extra kiwatch environment) of one shape."""
    pages = truth["pages"]["baseline"]
    if shape == "1000x1":
        chosen = pages[:1000]
        reg = "\n".join(_toml_centre(f"p{i:04d}", f"Seite {i}", [base + p], [p]) for i, p in enumerate(chosen))
        return reg, [base + p for p in chosen], {}
    if shape == "1x1000":
        chosen = pages[:1000]
        links = "\n".join(f'<li><a href="{p}">Seite {i}</a></li>' for i, p in enumerate(chosen))
        for version in ("baseline", "noise", "changes"):
            target = root / version / INDEX
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Alle Seiten</title></head>"
                              f"<body><ul>{links}</ul></body></html>", encoding="utf-8")
        reg = _toml_centre("alle", "Alle Seiten", [f"{base}/{INDEX}"], ["/"])
        return reg, [base + p for p in chosen], {"KIWATCH_MAX_PAGES_PER_CENTRE": "1100"}
    if shape == "54x60":
        centres = truth["centres"][:CORPUS_CENTRES]
        parts = []
        for k in range(0, len(centres) - 2, 3):
            group = centres[k:k + 3]
            parts.append(_toml_centre(f"g{k // 3:02d}", f"Gruppe {k // 3}", [base + c["start"] for c in group],
                                      [c["allow"] for c in group]))
        prefixes = tuple(c["allow"] for c in centres[:len(parts) * 3])
        return "\n".join(parts), [base + p for p in pages if p.startswith(prefixes)], {"KIWATCH_MAX_PAGES_PER_CENTRE": "80"}
    raise ValueError(f"unknown shape {shape!r}; choose from {', '.join(SHAPES)}")


def _run_summary(db_path: Path) -> dict:
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT summary FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        con.close()
    return json.loads(row[0]) if row and row[0] else {}


def run_shapes(work: Path, shapes: list[str], tools: list[str], log=print) -> dict:
    from kiwatch.devserver import DevServer

    root = work / "shapes" / "corpus"
    truth = _ensure(root, log)
    out: dict = {"started": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "machine": report.machine(), "shapes": {},
                 "page_bytes": truth.get("bytes")}
    env = peers.ensure_env("urlwatch", log=log) if "urlwatch" in tools else None
    srv = DevServer(root / "baseline")
    srv.validators = False
    with srv:
        base = srv.base_url
        for shape in shapes:
            sdir = work / "shapes" / shape
            sdir.mkdir(parents=True, exist_ok=True)
            registry, urls, extra = plan(shape, truth, root, base)
            sites = sdir / "sites.toml"
            sites.write_text(registry, encoding="utf-8")
            runners = []
            if "kiwatch" in tools:
                runners.append(("kiwatch", Kiwatch(sdir, sites, extra_env=extra)))
            if env is not None:
                runners.append(("urlwatch", peers.Urlwatch(env, sdir, urls, None)))
            entry = out["shapes"].setdefault(shape, {"urls": len(urls), "runs": {}})
            for pass_name, version in PASSES:
                srv.set_root(root / version)
                srv.validators = pass_name in VALIDATOR_PASSES
                for tool, r in runners:
                    load = os.getloadavg()[0]
                    t0 = time.time()
                    res = r.check(f"{shape}-{pass_name}")
                    rec = {"wall_s": res.wall_s, "cpu_s": res.cpu_s, "peak_rss_mb": res.peak_rss_mb,
                           "pages": len(urls), "load1_before": load, "note": res.note}
                    if tool == "kiwatch":
                        cpu = _run_summary(r.db_path).get("cpu", {})
                        rec["cpu"] = cpu
                        if cpu.get("first_request_at"):
                            rec["startup_wall_s"] = cpu["first_request_at"] - t0
                        rec["fetches"] = res.fetches
                    entry["runs"].setdefault(pass_name, {})[tool] = rec
                    log(f"{shape:7s} {pass_name:9s} {tool:9s} {res.wall_s:6.1f} s {len(urls) / res.wall_s:7.1f} pages/s "
                        f"{1000 * res.cpu_s / len(urls):6.2f} CPU ms/page {res.peak_rss_mb:5.0f} MB"
                        + (f"  [{res.note[:160]}]" if res.note else ""))
                if hasattr(srv, "clear_log"):
                    srv.clear_log()
    return out


def _ensure(root: Path, log) -> dict:
    from bench.cli import ensure_corpus

    return ensure_corpus(root, 1, CORPUS_CENTRES)


# --- report -------------------------------------------------------------------------------------

def _stage_row(label: str, run: dict) -> list[str]:
    cpu = run.get("cpu") or {}
    stages = cpu.get("stages_ms") or {}
    pages = run["pages"] or 1
    total = 1000 * run["cpu_s"] / pages
    ledger = sum(stages.values())
    cells = [f"{stages.get(s, 0.0) / pages:.2f}" for s in STAGES]
    rest = max(0.0, 1000 * run["cpu_s"] - ledger) / pages
    return [label, *cells, f"{rest:.2f}", f"**{total:.2f}**"]


def render(result: dict, before: dict | None = None) -> str:
    lines = [f"Run of {result['started']}. Machine: {result['machine'].get('cpus', '?')} cores; "
             f"commands: `python -m bench --shapes` (after) and the same at the commit named in "
             f"`bench/results/shapes-before.json` (before).", ""]
    lines += ["Pages/s end to end (process start to exit), urlwatch 2.29 in the same run, same server "
              "(no ETag/Last-Modified in *first* and *noise*, so they download every body; *identical* sends them, "
              "*304* asks with them and gets 304 Not Modified), politeness off:", ""]
    head = "| shape | pass | urlwatch pages/s | kiwatch pages/s | ratio | kiwatch CPU ms/page | urlwatch CPU ms/page | kiwatch start-up s | kiwatch peak MB |"
    if before:
        head += " before: kiwatch pages/s | before: ratio | before: CPU ms/page | before: start-up s |"
    lines += [head, "|" + "---|" * (head.count("|") - 1)]
    for shape, entry in result["shapes"].items():
        for pass_name, runs in entry["runs"].items():
            k, u = runs.get("kiwatch"), runs.get("urlwatch")
            if k is None:
                continue
            kp = k["pages"] / k["wall_s"]
            up = u["pages"] / u["wall_s"] if u else None
            row = [shape, pass_name, f"{up:.1f}" if up else "–", f"{kp:.1f}", f"{kp / up:.2f}×" if up else "–",
                   f"{1000 * k['cpu_s'] / k['pages']:.2f}", f"{1000 * u['cpu_s'] / u['pages']:.2f}" if u else "–",
                   f"{k.get('startup_wall_s', float('nan')):.2f}", f"{k['peak_rss_mb']:.0f}"]
            if before:
                b = ((before.get("shapes", {}).get(shape) or {}).get("runs", {}).get(pass_name) or {})
                bk, bu = b.get("kiwatch"), b.get("urlwatch")
                if bk:
                    bkp = bk["pages"] / bk["wall_s"]
                    bup = bu["pages"] / bu["wall_s"] if bu else None
                    row += [f"{bkp:.1f}", f"{bkp / bup:.2f}×" if bup else "–", f"{1000 * bk['cpu_s'] / bk['pages']:.2f}",
                            f"{bk.get('startup_wall_s', float('nan')):.2f}"]
                else:
                    row += ["–"] * 4
            lines.append("| " + " | ".join(row) + " |")
    lines += ["", "kiwatch CPU ms per page by stage (all processes; *rest* = process CPU the ledger does not "
              "attribute: interpreter exit, run summary, output):", ""]
    head = "| shape | pass | " + " | ".join(STAGES) + " | rest | total |"
    lines += [head, "|" + "---|" * (head.count("|") - 1)]
    for shape, entry in result["shapes"].items():
        for pass_name, runs in entry["runs"].items():
            if "kiwatch" not in runs:
                continue
            if before:
                b = ((before.get("shapes", {}).get(shape) or {}).get("runs", {}).get(pass_name) or {}).get("kiwatch")
                if b:
                    lines.append("| " + " | ".join([shape, pass_name + " (before)"] + _stage_row("", b)[1:]) + " |")
            row = _stage_row("", runs["kiwatch"])
            lines.append("| " + " | ".join([shape, pass_name + (" (after)" if before else "")] + row[1:]) + " |")
    return "\n".join(lines)


def update_benchmarks(path: Path, md: str) -> None:
    replace_block(path, md, BEGIN, END, "Cost per stage in three shapes (issue 11)")
