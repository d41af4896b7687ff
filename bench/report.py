"""The report of a bench run: Markdown tables (report.md, BENCHMARKS.md) from report.json."""

from __future__ import annotations

from bench.kiwatch_runner import POLITENESS_OFF

import os
import platform
import re
import subprocess
from collections import Counter
from pathlib import Path

from bench.blocks import replace_block
from bench.score import FIELD_KINDS

BEGIN = "<!-- bench:results:begin -->"
END = "<!-- bench:results:end -->"


def machine() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        mem = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, AttributeError):
        pass
    rev = ""
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                             cwd=Path(__file__).parent, timeout=5).stdout.strip()
    except OSError:
        pass
    return {"cpus": os.cpu_count(), "cpu": cpu, "memory": mem, "python": platform.python_version(),
            "os": f"{platform.system()} {platform.release()}", "git": rev or "(no commit)"}


def corpus_summary(truth: dict) -> dict:
    return {"centres": len(truth["centres"]), "pages": {v: len(p) for v, p in truth["pages"].items()},
            "bytes": truth.get("bytes", {}), "labelled_changes": len(truth["changes"]),
            "by_kind": dict(Counter(c["kind"] for c in truth["changes"])),
            "positive_pages": len(truth["positive_pages"]),
            "templates": dict(Counter(c["template"] for c in truth["centres"])),
            "structured": dict(Counter(c["structured"] for c in truth["centres"])), "seed": truth["seed"]}


def _f(x, digits=3) -> str:
    if x is None:
        return "–"
    if isinstance(x, float):
        return f"{x:.{digits}f}"
    return str(x)


def _pps(pages: int, wall: float | None) -> float | None:
    return pages / wall if wall else None


def targets(r: dict) -> list[tuple[str, str, str]]:
    """(target, measured, verdict)"""
    out = []
    k = r["tools"].get("kiwatch")
    pages = r["corpus"]["pages"]
    if k and "events" in k:
        ov = k["events"]["overall"]
        ok = (ov["precision"] or 0) >= 0.98 and (ov["recall"] or 0) >= 0.98
        out.append(("precision ≥ 0.98 and recall ≥ 0.98 (event level)",
                    f"precision {_f(ov['precision'])}, recall {_f(ov['recall'])}", "met" if ok else "NOT met"))
        nf = k["events"]["noise_false_alarms"]
        total = nf["field_events"] + nf["content_events"]
        out.append(("zero false alarms on noise-only", f"{nf['field_events']} field events, {nf['content_events']} content events",
                    "met" if total == 0 else "NOT met"))
    out.append(("no per-site configuration", "registry holds only start URL + allow prefix per centre", "met"))
    if k:
        uw = r["tools"].get("urlwatch/raw") or r["tools"].get("urlwatch/selector")
        if uw:
            parts, ok = [], True
            for run in ("noise", "changes"):
                kp = _pps(pages["noise" if run == "noise" else "changes"], k["runs"][run]["wall_s"])
                up = _pps(pages["baseline"], uw["runs"][run]["wall_s"])
                parts.append(f"{run}: {_f(kp, 1)} vs {_f(up, 1)}")
                ok = ok and kp is not None and up is not None and kp >= up
            out.append(("pages/s end to end ≥ urlwatch's (same run)", "; ".join(parts), "met" if ok else "NOT met"))
        prof = (r.get("stage_cpu") or {}).get("profile_top")
        out.append(("profiler says where time goes", "cProfile top 15 below" if prof else "no profile",
                    "met" if prof else "NOT met"))
        peak = max(run["peak_rss_mb"] for run in k["runs"].values())
        n = pages["baseline"]
        verdict = ("met" if peak <= 500 else "NOT met") if n >= 10000 else f"not at 10,000 pages (run had {n})"
        out.append(("peak memory ≤ 500 MB at 10,000 pages", f"{peak:.0f} MB at {n} pages", verdict))
        rc = k["runs"].get("recrawl")
        if rc:
            d = rc["db_delta"]
            ok = (d.get("bodies") or 0) == 0 and (d.get("snapshots") or 0) == 0
            out.append(("unchanged re-crawl stores no new snapshot bodies",
                        f"+{d.get('bodies')} bodies, +{d.get('snapshots')} snapshots, +{d.get('file_bytes')} bytes",
                        "met" if ok else "NOT met"))
    rl = r.get("relaunch")
    if rl and "content_change_s" in rl:
        worst = rl["content_change_s"]
        out.append(("diff stage never > 2 s for one page", f"{worst:.2f} s worst (two unrelated 200 KB pages)",
                    "met" if worst <= 2 else "NOT met"))
    return out


def render(r: dict) -> str:
    m, c = r["machine"], r["corpus"]
    L: list[str] = []
    L.append(f"Run of {r['started']}, {r['wall_s'] / 60:.1f} min in all.")
    L.append("")
    L.append(f"Command: `{r['command']}` (from the repository root; `make bench BENCH_ARGS='…'` runs the same)")
    L.append("")
    L.append(f"Machine: {m['cpus']} cores ({m['cpu'] or 'unknown CPU'}), {m['memory']}, Python {m['python']}, "
             f"{m['os']}; kiwatch at {m['git']}.")
    L.append("")
    L.append(f"Corpus: {c['centres']} synthetic centres (seed {c['seed']}), {c['pages']['baseline']} pages per version "
             f"({c['pages']['changes']} in the changes version), "
             f"{sum(c['bytes'].values()) / 1e6:.0f} MB over three versions; templates {c['templates']}; "
             f"structured data {c['structured']}; {c['labelled_changes']} labelled changes "
             f"({', '.join(f'{k} {v}' for k, v in sorted(c['by_kind'].items()))}), "
             f"{c['positive_pages']} pages whose content differs between baseline and changes.")
    L.append("")
    versions = "; ".join(f"{t['tool']} {_ver(t)}" for t in r["tools"].values() if t["variant"] != "selector")
    kiwatch_env = ", ".join(f"{k}={v}" for k, v in POLITENESS_OFF.items())
    L.append(f"Tools: {versions}. Politeness off for all (kiwatch: {kiwatch_env}; urlwatch: its 10 threads; "
             f"changedetection.io: FETCH_WORKERS=10). Runs in order: baseline → noise → changes → re-crawl of changes.")
    L.append("")

    tg = targets(r)
    if tg:
        L += ["### Targets", "", "| target | measured | verdict |", "|---|---|---|"]
        L += [f"| {a} | {b} | {v} |" for a, b, v in tg]
        L.append("")

    k = r["tools"].get("kiwatch")
    if k and "events" in k:
        ev = k["events"]
        L += ["### Change detection, kiwatch, event level", "",
              "Events of the changes run and its re-crawl (page removals are confirmed on the second 404) "
              "matched to labelled changes by centre, kind and value.", "",
              "| kind | labelled | found (TP) | false (FP) | duplicates | tolerated | precision | recall |",
              "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for kind in FIELD_KINDS:
            row = ev["per_kind"][kind]
            L.append(f"| {kind} | {row['labelled']} | {row['tp']} | {row['fp']} | {row['duplicates']} | "
                     f"{row['tolerated']} | {_f(row['precision'])} | {_f(row['recall'])} |")
        ov = ev["overall"]
        L.append(f"| **all field kinds** | {ov['labelled']} | {ov['tp']} | {ov['fp']} | | {ov['tolerated']} | "
                 f"**{_f(ov['precision'])}** | **{_f(ov['recall'])}** |")
        cr = ev["content"]
        L.append(f"| content (separate, low) | {c['positive_pages']} pages | {cr['on_changed_pages']} | "
                 f"{cr['on_unchanged_pages']} | | | {_f(cr['precision'])} | {_f(cr['recall'])} |")
        nf = ev["noise_false_alarms"]
        L += ["", f"Noise-only run (baseline → noise, same facts): **{nf['field_events']} field events, "
              f"{nf['content_events']} content events** ({nf['by_kind'] or 'none'}).", ""]
        if ev["false_positive_examples"]:
            L.append("False/duplicate events (first few): " + "; ".join(
                f"{e['why']} {e['kind']} {e['centre']}: '{e['old'][:40]}' → '{e['new'][:40]}'"
                for e in ev["false_positive_examples"][:6]))
            L.append("")
        if ev["missed_examples"]:
            L.append("Missed (first few): " + "; ".join(
                f"{e['kind']} {e['id']}: '{e['old'][:40]}' → '{e['new'][:40]}'" for e in ev["missed_examples"][:6]))
            L.append("")

    L += ["### Change detection, page level (all tools)", "",
          "Pages flagged in the changes run vs pages whose content differs (incl. added/removed pages; the "
          "peers watch the baseline URL list, so they cannot see added pages: *recall (watched)* leaves those out). "
          "A peer flags a page when it reports it changed or failed. Noise-only: pages flagged baseline → noise.", "",
          "| tool | flagged | precision | recall | recall (watched) | false alarms on noise-only |",
          "|---|---:|---:|---:|---:|---:|"]
    for label, t in r["tools"].items():
        pg = t["pages"]
        L.append(f"| {_label(label, r)} | {pg['flagged']} | {_f(pg['precision'])} | {_f(pg['recall'])} | "
                 f"{_f(pg.get('recall_watched'))} | {pg['noise_false_alarms']} of {pg['noise_pages']} |")
    L.append("")

    L += ["### Speed (politeness off, same run, same server)", "",
          "Pages per second end to end = corpus pages / wall time of one check of all of them (process start to exit).", "",
          "| tool | baseline pages/s | noise pages/s | changes pages/s | re-crawl pages/s | CPU s (changes run) | peak RSS MB |",
          "|---|---:|---:|---:|---:|---:|---:|"]
    pages = c["pages"]
    for label, t in r["tools"].items():
        runs = t["runs"]
        cells = []
        for run in ("baseline", "noise", "changes", "recrawl"):
            if run in runs:
                n = pages["changes"] if run in ("changes", "recrawl") and t["tool"] == "kiwatch" else pages["baseline"]
                cells.append(_f(_pps(n, runs[run]["wall_s"]), 1))
            else:
                cells.append("–")
        peak = max(x["peak_rss_mb"] for x in runs.values())
        L.append(f"| {_label(label, r)} | {' | '.join(cells)} | {_f(runs['changes']['cpu_s'], 1)} | {peak:.0f} |")
    L.append("")
    if k:
        ratios = []
        for label, t in r["tools"].items():
            if t["tool"] == "kiwatch":
                continue
            parts = []
            for run in ("noise", "changes"):
                kp = _pps(pages["changes" if run == "changes" else "noise"], k["runs"][run]["wall_s"])
                pp = _pps(pages["baseline"], t["runs"][run]["wall_s"])
                parts.append(f"{run} {kp / pp:.2f}×" if kp and pp else f"{run} –")
            ratios.append(f"{_label(label, r)}: {', '.join(parts)}")
        if ratios:
            L += ["Ratio kiwatch pages/s ÷ peer pages/s: " + "; ".join(ratios) + ".", ""]

    if k:
        sc = r.get("stage_cpu", {})
        L += ["### kiwatch cost", ""]
        if "cpu_ms_per_page" in sc:
            st = sc["by_stage_ms_per_page"]
            L.append(f"- CPU per page, extract + normalise + diff (in-process, {sc['pages']} page extractions of the "
                     f"noise and changes versions): **{sc['cpu_ms_per_page']:.2f} ms** — extract/normalise "
                     f"{st['extract']:.2f} ms, profile diff {st['profile_diff']:.3f} ms, word diff {st['text_diff']:.3f} ms "
                     f"({sc['extract_failures']} extraction failures).")
        elif sc.get("error"):
            L.append(f"- CPU per page: not measured ({sc['error']}).")
        crawl_cpu = k["runs"]["changes"]["cpu_s"]
        L.append(f"- Whole crawl process, changes run: {1000 * crawl_cpu / pages['changes']:.1f} CPU ms per page "
                 f"(fetch + Scrapy + extract + store + diff).")
        peak = max(x["peak_rss_mb"] for x in k["runs"].values())
        L.append(f"- Peak memory (crawl process tree): **{peak:.0f} MB** at {pages['baseline']} pages.")
        db = k["runs"]["recrawl"]["db"] if "recrawl" in k["runs"] else k["runs"]["changes"]["db"]
        if db.get("snapshots"):
            L.append(f"- Database: {db['file_bytes'] / 1e6:.1f} MB for {db['snapshots']} snapshots and {db.get('bodies')} "
                     f"bodies = **{db['file_bytes'] / db['snapshots'] / 1024:.1f} KB per stored snapshot** (whole file); "
                     f"compressed bodies {db.get('body_bytes', 0) / max(db.get('bodies') or 1, 1) / 1024:.1f} KB each "
                     f"(raw {db.get('body_raw_bytes', 0) / max(db.get('bodies') or 1, 1) / 1024:.1f} KB).")
        per_run = []
        for run in ("baseline", "noise", "changes", "recrawl"):
            if run in k["runs"]:
                d = k["runs"][run]["db_delta"]
                per_run.append(f"{run} +{d.get('snapshots')} snapshots/+{d.get('bodies')} bodies/"
                               f"+{(d.get('file_bytes') or 0) / 1e6:.2f} MB")
        L.append(f"- Stored per run: {'; '.join(per_run)}.")
        if "recrawl" in k["runs"]:
            rc = k["runs"]["recrawl"]
            L.append(f"- Re-crawl of the unchanged corpus: **{pages['changes'] / rc['wall_s']:.1f} pages/s**, "
                     f"+{rc['db_delta'].get('file_bytes', 0)} bytes, +{rc['db_delta'].get('bodies')} bodies, "
                     f"+{rc['db_delta'].get('snapshots')} snapshots, {rc['fetches']} fetch attempts logged.")
        rl = r.get("relaunch", {})
        if "content_change_s" in rl:
            parts = [f"{case}: **{x['content_change_s']:.3f} s** ({x['classified_as']}; word diff forced "
                     f"{x['text_diff_forced_s']:.2f} s; fast-diff-match-patch on characters, timelimit 1 s: "
                     f"{x['fast_dmp_chars_timelimit_1s_s']:.2f} s)" for case, x in rl["cases"].items()]
            L.append("- Worst case (site relaunch), diff stage (`content_change`) for two unrelated 200 KB page "
                     "texts — " + "; ".join(parts) + ".")
        L.append("")
        for label, t in r["tools"].items():
            if t["tool"] != "kiwatch" and t.get("store_bytes"):
                L.append(f"- {_label(label, r)} store after all runs: {t['store_bytes'] / 1e6:.1f} MB.")
        L.append("")
        if sc.get("profile_top"):
            L += ["Where the time goes (cProfile of the in-process stages, sorted by own time):", "", "```",
                  sc["profile_top"], "```", ""]
    notes = list(r.get("not_measured", []))
    for label, t in r["tools"].items():
        for run, x in t["runs"].items():
            if x.get("note"):
                notes.append(f"{label} {run}: {x['note'][:300]}")
    loads = [x.get("load1_before") for t in r["tools"].values() for x in t["runs"].values() if x.get("load1_before")]
    if loads:
        notes.append(f"1-minute load average before the checks: {min(loads):.1f} to {max(loads):.1f} on "
                     f"{r['machine']['cpus']} cores (other work on the machine competes for the CPU).")
    if notes:
        L += ["### Notes", ""] + [f"- {n}" for n in notes] + [""]
    return "\n".join(L)


def _ver(t: dict) -> str:
    if t["tool"] == "kiwatch":
        return "(this repository)"
    from bench.peers import peer_version

    return peer_version("urlwatch" if t["tool"] == "urlwatch" else "changedetection")


def _label(label: str, r: dict) -> str:
    if label.endswith("/raw"):
        return label[:-4] + " (out of the box)"
    if label.endswith("/selector"):
        return label[:-9] + f" (CSS `{r.get('selector', '#content, main, .inhalt, #inhalt')}`)"
    return label


def update_benchmarks(path: Path, md: str) -> None:
    replace_block(path, md, BEGIN, END, "Last run")
