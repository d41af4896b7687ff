"""Score the private whole-page fixtures (tests/corpus_private/pages/STYLE/: v1, v2 noise only, v3 real
changes, truth.toml in the layout of tests/corpus/tune/pages) with bench.corpus_score's page scorer; the
styles set aside (every third style as written, ASIDE below) are scored and reported apart and are never
tuned on:

    python -m bench.pages_score            # one line per part: events P/R, noise events, fields
    python -m bench.pages_score --misses   # also the tuned part's missed and false events and noise
"""

from __future__ import annotations

import argparse
import tomllib
from pathlib import Path

from bench import corpus_score as C

PAGES = C.ROOT / "tests" / "corpus_private" / "pages"
# every third style in the order written (infosite_dienstleistung, table_legacy, elementor_iconboxes,
# jsonld_govorg, amt_section, kreis_vcard_rightcol, pdftohtml_flyer, govcms_accordion, icon_contact_nolabels;
# second round: drupal10_paragraphs, kreis_leistungsfinder, wagtail_streamfield, a11y_megamenu,
# firstspirit_downloads, nuxt_inline_state)
ASIDE = frozenset({"elementor_iconboxes", "kreis_vcard_rightcol", "icon_contact_nolabels",
                   "wagtail_streamfield", "nuxt_inline_state"})


def load(root: Path = PAGES) -> list[dict]:
    out = []
    for d in sorted(p for p in root.glob("*/") if p.is_dir()):
        truth = tomllib.loads((d / "truth.toml").read_text(encoding="utf-8"))
        truth["_dir"] = d
        truth["_part"] = "aside" if d.name in ASIDE else "tuned"
        out.append(truth)
    return out


def line(name: str, scored: dict) -> str:
    ev = scored["events"]
    o = ev["overall"]
    fields = " · ".join(f"{C.FIELD_LABELS[f]} {C._f(t.precision())}/{C._f(t.recall())}"
                        for f, t in scored["_tallies"].items() if t.tp or t.fn or t.fp)
    return (f"{name}: {scored['pages']} pages; change events v2→v3 P {C._f(o['precision'])} / R {C._f(o['recall'])} "
            f"({o['labelled']} labelled, {o['tp']} right, {o['fp']} false or duplicate); acting marked "
            f"{ev['acting'].get('marked', 0)} of {ev['acting'].get('expected', 0)}; "
            f"events on the noise-only step v1→v2: {ev['noise_events']}; fields (v1, v3) P/R {fields}; "
            f"errors {len(scored['errors'])}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list the tuned part's misses (never the aside part's)")
    args = ap.parse_args(argv)
    pages = load()
    for part in ("tuned", "aside"):
        chosen = [p for p in pages if p["_part"] == part]
        scored = C.score_pages(chosen)
        print(line(part, scored))
        if args.misses and part == "tuned":
            ev = scored["events"]
            for kind, rows in (("noise", ev["noise_examples"]), ("missed", ev["missed"]), ("false", ev["false"])):
                for r in rows:
                    print(f"  {kind}: {r}")
            for f, t in scored["_tallies"].items():
                for m in t.misses[:20]:
                    print(f"  {f} miss: {m}")
                for m in t.false_hits[:20]:
                    print(f"  {f} false: {m}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
