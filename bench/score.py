"""Scoring: kiwatch at event level against the truth file; every tool at page level."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from urllib.parse import urlsplit

FIELD_KINDS = ["address", "head", "parent_unit", "reorganisation", "contact", "people", "programmes",
               "page_added", "page_removed"]


def norm(text: str) -> str:
    t = unicodedata.normalize("NFKC", text or "").casefold().replace("ß", "ss")
    return "".join(ch for ch in t if ch.isalnum())


# kiwatch keeps academic titles apart from the name (issue 7), so a truth key "Dr. A. B" is also
# found as "A. B"; the title is not what a head change is about.
_TITLES = re.compile(r"^(?:(?:prof|dr|pd|dipl\.-\w+)\.?\s+)+", re.IGNORECASE)


def path_of(url: str) -> str:
    if not url:
        return ""
    if "://" not in url:
        return url.split("?")[0]
    return urlsplit(url).path


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def _matches(ev: dict, ch: dict) -> bool:
    hay = norm(" ".join([str(ev.get("old", "")), str(ev.get("new", "")), path_of(ev.get("url", ""))]))
    if ch["kind"] in ("page_added", "page_removed"):
        target = ch["page"]
        for value in (ev.get("new", ""), ev.get("old", ""), ev.get("url", "")):
            if path_of(str(value)) == target:
                return True
    for key in ch["match"]:
        for k in {norm(key), norm(_TITLES.sub("", key))}:
            if k and k in hay:
                return True
    return False


def score_events(truth: dict, noise_events: list[dict], change_events: list[dict]) -> dict:
    """Event-level precision/recall per kind for kiwatch; false alarms on the noise-only run."""
    changes = truth["changes"]
    positive = set(truth["positive_pages"])
    by_centre_kind: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for ch in changes:
        by_centre_kind[(ch["centre"], ch["kind"])].append(ch)
    matched: dict[str, int] = {}
    tp, fp, dup, tolerated = Counter(), Counter(), Counter(), Counter()
    fp_examples: list[dict] = []
    content = {"tp": 0, "fp": 0, "pages": set()}
    for ev in change_events:
        kind = ev.get("kind", "")
        if kind == "content":
            p = path_of(ev.get("url", ""))
            if p in positive:
                content["tp"] += 1
                content["pages"].add(p)
            else:
                content["fp"] += 1
            continue
        cands = by_centre_kind.get((ev.get("centre", ""), kind), [])
        hit = next((c for c in cands if c["id"] not in matched and _matches(ev, c)), None)
        if hit:
            matched[hit["id"]] = 1
            tp[kind] += 1
            continue
        if any(_matches(ev, c) for c in cands):
            dup[kind] += 1
            fp_examples.append({"why": "duplicate", **_brief(ev)})
            continue
        if any(kind in c["tolerate"] for c in changes if c["centre"] == ev.get("centre")):
            tolerated[kind] += 1
            continue
        fp[kind] += 1
        fp_examples.append({"why": "unlabelled", **_brief(ev)})
    rows = {}
    for kind in FIELD_KINDS:
        n_truth = sum(1 for c in changes if c["kind"] == kind)
        found = sum(1 for c in changes if c["kind"] == kind and c["id"] in matched)
        rows[kind] = {"labelled": n_truth, "tp": tp[kind], "fp": fp[kind], "duplicates": dup[kind],
                      "tolerated": tolerated[kind],
                      "precision": _ratio(tp[kind], tp[kind] + fp[kind] + dup[kind]),
                      "recall": _ratio(found, n_truth)}
    all_tp = sum(tp.values())
    all_fp = sum(fp.values()) + sum(dup.values())
    overall = {"labelled": len(changes), "tp": all_tp, "fp": all_fp, "tolerated": sum(tolerated.values()),
               "precision": _ratio(all_tp, all_tp + all_fp), "recall": _ratio(len(matched), len(changes))}
    content_positive = positive - set(truth["added_pages"]) - set(truth["removed_pages"])
    content_row = {"events": content["tp"] + content["fp"], "on_changed_pages": content["tp"],
                   "on_unchanged_pages": content["fp"],
                   "precision": _ratio(content["tp"], content["tp"] + content["fp"]),
                   "recall": _ratio(len(content["pages"] & content_positive), len(content_positive))}
    noise_by_kind = Counter(ev.get("kind", "") for ev in noise_events)
    missed = [c for c in changes if c["id"] not in matched]
    return {"per_kind": rows, "overall": overall, "content": content_row,
            "noise_false_alarms": {"field_events": sum(v for k, v in noise_by_kind.items() if k != "content"),
                                   "content_events": noise_by_kind.get("content", 0),
                                   "by_kind": dict(noise_by_kind),
                                   "examples": [_brief(e) for e in noise_events[:10]]},
            "false_positive_examples": fp_examples[:15],
            "missed_examples": [{k: c[k] for k in ("id", "kind", "old", "new", "page")} for c in missed[:15]]}


def _brief(ev: dict) -> dict:
    return {k: (str(ev.get(k, ""))[:120]) for k in ("centre", "kind", "old", "new", "url")}


def score_pages(truth: dict, flagged_noise: list[str], flagged_changes: list[str], watchable: set[str] | None = None) -> dict:
    """Page level: pages flagged vs pages with a labelled change; false alarms on noise-only."""
    positive = set(truth["positive_pages"])
    flagged = {path_of(p) for p in flagged_changes}
    noise_flagged = {path_of(p) for p in flagged_noise}
    tp = len(flagged & positive)
    out = {"positive_pages": len(positive), "flagged": len(flagged), "tp": tp, "fp": len(flagged - positive),
           "precision": _ratio(tp, len(flagged)), "recall": _ratio(tp, len(positive)),
           "noise_false_alarms": len(noise_flagged), "noise_pages": len(truth["pages"]["noise"])}
    if watchable is not None:
        w = positive & watchable
        out["recall_watched"] = _ratio(len(flagged & w), len(w))
    return out
