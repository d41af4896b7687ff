"""Equality harness for speed work on the extractor: the content hash of every record it makes.

Extracts every page of the bench corpus's three versions (generated, seed 1, 54 centres), of
tests/corpus/tune's page fixtures, of tests/fixtures and of the bundled demo data, each without
and with a label hint, and writes the content hash of each record (as a snapshot stores it:
``worker.content_hash``) — or the failure reason — to a JSON file. A change meant to make
extraction cheaper must leave that file the same:

    python -m bench.records_same --out /tmp/before.json            # on the commit before
    python -m bench.records_same --compare /tmp/before.json        # after: lists every difference

The held-out corpus (tests/corpus/holdout) is never read. ``--reading-keys`` also stores the
reading key of each page (to see which pages a document-layer change makes read alike).
``--cpu N`` instead times the document layer (``page.read``), the key and the field rules
(``page.fill``) apart over the HTML pages of the noise and changes versions, best of N passes.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench import corpus

REPO = Path(__file__).resolve().parent.parent
LABEL_HINTS = {"parent_unit": "Organisatorische Zuordnung", "head": "Leitung"}
BASE_URL = "http://127.0.0.1:8099"


def _content_type(path: Path) -> str:
    return "application/pdf" if path.suffix == ".pdf" else "text/html"


def _pages(bench_root: Path) -> Iterator[tuple[str, Path, str]]:
    """(name, file, url) of every page the harness reads."""
    for version in corpus.VERSIONS:
        vdir = bench_root / version
        for f in sorted(vdir.rglob("*")):
            if f.is_file() and f.suffix in (".html", ".pdf"):
                rel = f.relative_to(vdir).as_posix()
                yield f"bench/{version}/{rel}", f, f"{BASE_URL}/{rel}"
    tune = REPO / "tests" / "corpus" / "tune" / "pages"
    for f in sorted(tune.rglob("*.html")):
        url = "https://www.example.de/ki/"
        truth = f.parent / "truth.toml"
        if truth.exists():
            for line in truth.read_text(encoding="utf-8").splitlines():
                if line.startswith("url = "):
                    url = line.split("=", 1)[1].strip().strip('"')
                    break
        yield f"tune/{f.relative_to(tune).as_posix()}", f, url
    fixtures = REPO / "tests" / "fixtures"
    for f in sorted(fixtures.rglob("*")):
        if f.is_file() and f.suffix in (".html", ".pdf", ".htm"):
            yield f"fixtures/{f.relative_to(fixtures).as_posix()}", f, f"https://www.example.de/{f.parent.name}/"
    demo = REPO / "kiwatch" / "data" / "demo"
    for f in sorted(demo.rglob("*")):
        if f.is_file() and f.suffix in (".html", ".pdf"):
            rel = f.relative_to(demo).as_posix()
            yield f"demo/{rel}", f, f"http://127.0.0.1:8080/{rel.split('/', 1)[1]}"


def hashes(bench_root: Path, reading_keys: bool = False) -> dict[str, str]:
    from kiwatch.core.errors import ExtractionError
    from kiwatch.pipelines.extract import page
    from kiwatch.pipelines.extract.reading import reading_key
    from kiwatch.pipelines.worker import content_hash

    out: dict[str, str] = {}
    for name, f, url in _pages(bench_root):
        body = f.read_bytes()
        for label, hints in (("plain", None), ("label", LABEL_HINTS)):
            key = f"{name} [{label}]"
            try:
                read = page.read(body, url, _content_type(f), None)
                if reading_keys:
                    out[key + " reading"] = reading_key(read, hints) or ""
                out[key] = content_hash(page.fill(read, hints))
            except ExtractionError as exc:
                out[key] = f"failed: {exc.reason}"
    return out


def cpu(bench_root: Path, passes: int) -> dict[str, float]:
    """CPU ms per page of read, key and fill (best of `passes`), no profiler."""
    from kiwatch.pipelines.extract import page
    from kiwatch.pipelines.extract.reading import reading_key

    bodies = [(f.read_bytes(), url) for name, f, url in _pages(bench_root)
              if name.startswith(("bench/noise/", "bench/changes/")) and f.suffix == ".html"]
    best = {"read": float("inf"), "key": float("inf"), "fill": float("inf")}
    for _ in range(passes):
        c0 = time.process_time()
        reads = []
        for body, url in bodies:
            try:
                reads.append(page.read(body, url, "text/html", None))
            except Exception:  # (a page the extractor refuses: not timed further)
                pass
        c1 = time.process_time()
        for r in reads:
            reading_key(r, None)
        c2 = time.process_time()
        for r in reads:
            page.fill(r)
        c3 = time.process_time()
        for k, v in (("read", c1 - c0), ("key", c2 - c1), ("fill", c3 - c2)):
            best[k] = min(best[k], 1000 * v / max(len(reads), 1))
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.records_same", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", help="write the hashes to this JSON file")
    ap.add_argument("--compare", help="a JSON file written before: report every difference")
    ap.add_argument("--reading-keys", action="store_true", help="also store each page's reading key")
    ap.add_argument("--cpu", type=int, metavar="N", help="time read / key / fill instead (best of N passes)")
    args = ap.parse_args(argv)
    t0 = time.process_time()
    with tempfile.TemporaryDirectory(prefix="kiwatch-records-") as tmp:
        corpus.generate(tmp, seed=1, centres=54, log=lambda *a, **k: None)
        if args.cpu:
            best = cpu(Path(tmp), args.cpu)
            print("CPU ms per HTML page:", {k: round(v, 3) for k, v in best.items()}, "total", round(sum(best.values()), 3))
            return 0
        got = hashes(Path(tmp), args.reading_keys)
    print(f"{len(got)} entries, {time.process_time() - t0:.1f} s CPU", file=sys.stderr)
    if args.out:
        Path(args.out).write_text(json.dumps(got, indent=0, sort_keys=True), encoding="utf-8")
    if args.compare:
        old = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        diff = sorted(k for k in old.keys() | got.keys() if old.get(k) != got.get(k) and not k.endswith(" reading"))
        for k in diff:
            print(f"DIFF {k}: {old.get(k)} -> {got.get(k)}")
        compared = sum(1 for k in got if not k.endswith(" reading"))
        print(f"{len(diff)} of {compared} records differ")
        return 1 if diff else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
