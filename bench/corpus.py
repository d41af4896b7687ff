"""Generate the labelled corpus: three versions of S synthetic centres plus the truth file.

    root/baseline/<slug>/...   root/noise/<slug>/...   root/changes/<slug>/...
    root/truth.json            labelled changes, positive pages, facts per page
    root/<version>/robots.txt, /portal/..., /assets/...

Deterministic for a seed: the same seed gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
from pathlib import Path

from bench import model, render

VERSIONS = ("baseline", "noise", "changes")
FACT_FIELD = {"address": ["addresses"], "head": ["head"], "people": ["people"], "contact": ["phones", "emails"],
              "parent_unit": ["parent_units"], "programmes": ["programmes"]}
TRUTH_VERSION = 1


def centres_for_size(pages: int) -> int:
    return max(1, round(pages / model.PAGES_PER_CENTRE))


def _ctx(c: model.Centre, f: model.Facts) -> dict:
    return {"org": c.name, "unit": f.parent_unit, "building": f.building, "street": f.street, "plz": f.plz,
            "city": f.city, "phone": f.phone, "fax": f.fax, "email": f.email, "hours": f.hours}


def _semantic_key(c: model.Centre, spec: model.PageSpec, ctx: dict) -> str:
    key = repr(spec.key())
    if spec.kind == "html" and c.template in (1, 4):  # the contact box of sidebar/footer is content too
        key += repr(sorted((k, repr(v)) for k, v in ctx.items() if k != "hours"))
    return hashlib.sha256(key.encode()).hexdigest()


def _charset(c: model.Centre, path: str, version: str) -> str:
    if path not in c.flip_pages:
        return c.base_charset
    other = "utf-8" if c.base_charset == "iso-8859-1" else "iso-8859-1"
    return other if version == "noise" else c.base_charset


def render_page(seed: int, version: str, c: model.Centre, spec: model.PageSpec, ctx: dict) -> bytes:
    rng = random.Random(f"noise:{seed}:{version}:{c.slug}:{spec.path}")
    if spec.kind == "pdf":
        return render.render_pdf(c, spec, rng)
    return render.render_html(c, spec, ctx, rng, _charset(c, spec.path, version))


def _write_common(vdir: Path) -> None:
    vdir.mkdir(parents=True, exist_ok=True)
    (vdir / "robots.txt").write_text("User-agent: *\nAllow: /\n")
    (vdir / "index.html").write_text("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Portal</title></head>"
                                     "<body><h1>Stadtportal</h1></body></html>")
    for sub in ("portal", "assets"):
        (vdir / sub).mkdir(exist_ok=True)
    (vdir / "portal" / "index.html").write_text("<!DOCTYPE html><html><body><p>Portal</p></body></html>")
    for name in render.TEMPLATE_NAMES:
        (vdir / "assets" / f"{name}.css").write_text("body{font-family:sans-serif}\n")


def generate(root: str | Path, seed: int = 1, centres: int = 54, log=print) -> dict:
    """Write the three versions and truth.json under root (replacing what was there)."""
    root = Path(root)
    if root.exists():
        shutil.rmtree(root)
    for v in VERSIONS:
        _write_common(root / v)

    truth: dict = {"truth_version": TRUTH_VERSION, "seed": seed, "centres": [], "changes": [],
                   "positive_pages": [], "added_pages": [], "removed_pages": [],
                   "pages": {v: [] for v in VERSIONS}, "page_facts": {"baseline": {}, "changes": {}},
                   "selector": render.BEST_SELECTOR}
    sizes = {v: 0 for v in VERSIONS}
    for i in range(centres):
        c, f = model.make_centre(i, seed)
        g, labelled = model.apply_changes(c, f, seed)
        before = {p.path: p for p in model.build_pages(c, f)}
        after = {p.path: p for p in model.build_pages(c, g)}
        ctx_f, ctx_g = _ctx(c, f), _ctx(c, g)
        truth["centres"].append({
            "slug": c.slug, "name": c.name, "municipality": c.municipality, "kind": c.kind,
            "regierungsbezirk": c.regierungsbezirk, "template": render.TEMPLATE_NAMES[c.template],
            "structured": c.structured, "flip_pages": list(c.flip_pages), "base_charset": c.base_charset,
            "start": f"/{c.slug}/index.html", "allow": f"/{c.slug}/",
        })
        for version, pages, ctx in (("baseline", before, ctx_f), ("noise", before, ctx_f), ("changes", after, ctx_g)):
            vdir = root / version / c.slug
            for path, spec in pages.items():
                body = render_page(seed, version, c, spec, ctx)
                target = vdir / path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(body)
                sizes[version] += len(body)
                truth["pages"][version].append(f"/{c.slug}/{path}")
        for path, spec in before.items():
            truth["page_facts"]["baseline"][f"/{c.slug}/{path}"] = spec.facts
        for path, spec in after.items():
            truth["page_facts"]["changes"][f"/{c.slug}/{path}"] = spec.facts
        # pages whose content (not noise) differs between baseline and changes
        for path in sorted(set(before) | set(after)):
            full = f"/{c.slug}/{path}"
            if path not in after:
                truth["removed_pages"].append(full)
                truth["positive_pages"].append(full)
            elif path not in before:
                truth["added_pages"].append(full)
                truth["positive_pages"].append(full)
            elif _semantic_key(c, before[path], ctx_f) != _semantic_key(c, after[path], ctx_g):
                truth["positive_pages"].append(full)
        for n, ch in enumerate(labelled):
            fields = FACT_FIELD.get(ch["kind"])
            if fields:
                pages = sorted(f"/{c.slug}/{p}" for p in set(before) & set(after)
                               if any(before[p].facts.get(k) != after[p].facts.get(k) for k in fields))
            else:
                pages = [f"/{c.slug}/{ch['page']}"]
            ch["page"] = f"/{c.slug}/{ch['page']}"
            ch["pages"] = pages
            ch["id"] = f"{c.slug}#{n}"
            truth["changes"].append(ch)
        if log and (i + 1) % 50 == 0:
            log(f"  generated {i + 1}/{centres} centres")
    truth["bytes"] = sizes
    (root / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1))
    return truth


def load_truth(root: str | Path) -> dict:
    return json.loads((Path(root) / "truth.json").read_text())


def write_registry(truth: dict, base_url: str, path: str | Path) -> None:
    """The kiwatch registry (TOML) for the corpus served at base_url."""
    lines = []
    for c in truth["centres"]:
        lines += ["[[centre]]", f'slug = "{c["slug"]}"', f'name = "{c["name"]}"',
                  f'municipality = "{c["municipality"]}"', f'kind = "{c["kind"]}"',
                  f'regierungsbezirk = "{c["regierungsbezirk"]}"', f'start_urls = ["{base_url}{c["start"]}"]',
                  f'allow = ["{c["allow"]}"]', ""]
    Path(path).write_text("\n".join(lines), encoding="utf-8")
