"""In-process measurements of kiwatch's pure stages: CPU per page, the relaunch worst case, a profile.

CPU ms per page = process CPU (plus children, for the PDF text child) of
extract (decode + parse + normalise) of every page of the noise and changes versions, the
profile diff of each centre, and the word diff of every page whose main text changed.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import random
import resource
import time
from pathlib import Path

from bench import vocab


def _cpu() -> float:
    self_ = time.process_time()
    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    return self_ + ch.ru_utime + ch.ru_stime


def _content_type(path: str) -> str:
    return "application/pdf" if path.endswith(".pdf") else "text/html"


def _charset(body: bytes) -> str | None:
    head = body[:1024].lower()
    if b"iso-8859-1" in head:
        return "iso-8859-1"
    if b"utf-8" in head:
        return "utf-8"
    return None


def stage_cpu(root: Path, truth: dict, base_url: str, limit_pages: int | None = None, profile: bool = True) -> dict:
    """CPU per page of extract + normalise + diff, split by stage; and the top of a cProfile."""
    try:
        from kiwatch.pipelines.extract import extract
        from kiwatch.pipelines.diff import content_change, diff_profiles
        from kiwatch.pipelines.profile import build_profile
        from kiwatch.records import PageRecord
    except ImportError as exc:
        return {"error": f"kiwatch stages not importable: {exc}"}
    by_centre: dict[str, list[str]] = {}
    for path in truth["pages"]["baseline"]:
        by_centre.setdefault(path.split("/")[1], []).append(path)
    centres = list(by_centre)
    if limit_pages:
        keep = max(1, limit_pages // 20)
        centres = centres[:keep]
    prof = cProfile.Profile() if profile else None
    t = {"extract": 0.0, "profile_diff": 0.0, "text_diff": 0.0}
    pages = 0
    failures = 0
    if prof:
        prof.enable()
    for slug in centres:
        records: dict[str, dict] = {}
        for version in ("noise", "changes"):
            records[version] = {}
            paths = sorted(set(by_centre[slug]) | {p for p in truth["pages"]["changes"] if p.split("/")[1] == slug})
            c0 = _cpu()
            for path in paths:
                f = root / version / path.lstrip("/")
                if not f.exists():
                    continue
                body = f.read_bytes()
                try:
                    rec = extract(body, base_url + path, _content_type(path), _charset(body))
                    records[version][base_url + path] = rec.to_json()
                except Exception:
                    failures += 1
                pages += 1
            t["extract"] += _cpu() - c0
        c0 = _cpu()
        # as detection reads them: PageRecords from the snapshots' stored JSON
        before = build_profile((url, PageRecord.from_json(rec)) for url, rec in records["noise"].items())
        after = build_profile((url, PageRecord.from_json(rec)) for url, rec in records["changes"].items())
        diff_profiles(slug, before, after)
        t["profile_diff"] += _cpu() - c0
        c0 = _cpu()
        for url, rec in records["changes"].items():
            old = records["noise"].get(url)
            if old is not None:
                content_change(slug, url, old.get("main_text", ""), rec.get("main_text", ""))
        t["text_diff"] += _cpu() - c0
    top = ""
    if prof:
        prof.disable()
        s = io.StringIO()
        pstats.Stats(prof, stream=s).sort_stats("tottime").print_stats(15)
        top = _trim_stats(s.getvalue())
    total = sum(t.values())
    return {"pages": pages, "extract_failures": failures,
            "cpu_ms_per_page": 1000 * total / max(pages, 1),
            "by_stage_ms_per_page": {k: 1000 * v / max(pages, 1) for k, v in t.items()},
            "profile_top": top}


def _trim_stats(text: str) -> str:
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.strip().startswith("ncalls"):
            return "\n".join(lines[i:i + 16])
    return text[-3000:]


def _random_text(seed: int, size: int, same_vocabulary: bool) -> str:
    """Text of `size` characters: site vocabulary only (a relaunch of a similar site) or mixed
    with random tokens (an unrelated page)."""
    rng = random.Random(seed)
    words = " ".join(vocab.FILLER + vocab.NEWS_SENTENCES + vocab.TEASERS).split()
    words += [w + str(i) for i, w in enumerate(vocab.SURNAMES)] + [s for s, _ in vocab.PROJECT_TOPICS]
    out, n = [], 0
    while n < size:
        if same_vocabulary or rng.random() < 0.7:
            w = rng.choice(words)
        else:
            w = "%x" % rng.getrandbits(rng.choice([16, 24, 32]))
        out.append(w)
        n += len(w) + 1
        if rng.random() < 0.08:
            out.append("\n")
    return " ".join(out)[:size]


def relaunch_worst_case(size: int = 200_000) -> dict:
    """Wall time of kiwatch's diff stage (content_change) for two unrelated pages of `size` characters:
    once with different vocabularies, once with the same vocabulary in another order (a relaunch of a
    similar site, where a word-set similarity check cannot tell the pages are unrelated)."""
    out: dict = {"chars": size, "cases": {}}
    try:
        from kiwatch.pipelines.diff import content_change, text_diff
    except ImportError as exc:
        out["error"] = str(exc)
        return out
    import fast_diff_match_patch as dmp

    for case, same in (("different vocabulary", False), ("same vocabulary", True)):
        a, b = _random_text(1, size, same), _random_text(2, size, same)
        w0, c0 = time.perf_counter(), time.process_time()
        ev = content_change("bench", "http://127.0.0.1/x", a, b)
        row = {"content_change_s": time.perf_counter() - w0, "cpu_s": time.process_time() - c0,
               "classified_as": ("relaunch" if ev and ev.evidence == "relaunch" else "word diff") if ev else None}
        w0 = time.perf_counter()
        text_diff(a, b, timeout=1.0)
        row["text_diff_forced_s"] = time.perf_counter() - w0
        w0 = time.perf_counter()
        dmp.diff(a, b, timelimit=1.0, cleanup="Semantic", counts_only=True)
        row["fast_dmp_chars_timelimit_1s_s"] = time.perf_counter() - w0
        out["cases"][case] = row
    out["content_change_s"] = max(r["content_change_s"] for r in out["cases"].values())
    return out
