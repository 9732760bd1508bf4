"""Train the body/boilerplate line model for plain-text pages and report grouped cross-validation.

    .venv/bin/python bench/train_text_lines.py [--shared ../shared] [--folds 5] [--write]

Training data: ../shared/data/extraction/{l3s_gn1,cleanportaleval}/text/*.txt with gold.jsonl.
A line is labelled body when most of its 4-token shingles occur in the gold body (a short line:
when its token sequence occurs in the gold body between the first and last long body lines).
Folds are grouped by site (l3s: the page's dominant link domain, read from html/<id>.html;
cleanportaleval: the portal named in the id), so a site never sits on both sides of a split.

Model: stage 1 logistic regression on line + context features, stage 2 logistic regression on
those plus the out-of-fold stage-1 probabilities of the neighbouring lines, then Viterbi smoothing
whose switching cost and threshold are picked by grouped-CV F1 (the AEB shingle metric of
../shared/eval/score.py). The seeds are never used here. `--write` stores the model fitted on all
pages as src/newsprism/extract/data/text_lines.json. Pure numpy (Newton's method with an L2 penalty).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import sys
from pathlib import Path

import numpy as np

from newsprism.extract.textlines import (
    BASE_NAMES,
    PageLine,
    assemble_body,
    body_mask,
    context_features,
    line_features,
    split_lines,
    stacked_features,
)
from shared_eval import load_scorer

ROOT = Path(__file__).resolve().parent.parent
MODEL_PATH = ROOT / "src" / "newsprism" / "extract" / "data" / "text_lines.json"
WORD = re.compile(r"\w+")
# L2 penalty of both logistic regressions (on standardised features); 1.0 and 10.0 gave the same
# CV F1 to 3 decimals, 10.0 keeps weights smaller.
L2 = 10.0
SWITCH_COSTS = (0.0, 1.0, 2.0, 3.0, 4.0, 6.0)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6)
AD_HOSTS = re.compile(
    r"doubleclick|googlesyndication|google\.|googleapis|ads?\.|phpads|pagead|adserver|w3\.org"
)


def site_of(set_name: str, doc_id: str, html_dir: Path) -> str:
    if set_name == "cleanportaleval":
        return "cpe:" + doc_id.rsplit("_", 1)[0]
    path = html_dir / f"{doc_id}.html"
    html = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
    m = re.search(r"rel=[\"']canonical[\"'][^>]*href=[\"']https?://([^/\"']+)", html) or re.search(
        r"og:url[\"'][^>]*content=[\"']https?://([^/\"']+)", html
    )
    if m:
        host = m.group(1)
    else:
        hosts = collections.Counter(
            h for h in re.findall(r"(?:href|src)=[\"']https?://([^/\"':]+)", html) if not AD_HOSTS.search(h)
        )
        host = hosts.most_common(1)[0][0] if hosts else "h" + hashlib.md5(doc_id.encode()).hexdigest()[:2]
    labels = host.lower().split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in {"co", "com", "org", "net", "ac", "gov"} else 2
    return "l3s:" + ".".join(labels[-keep:])


def label_lines(lines: list[PageLine], gold: str) -> np.ndarray:
    gtoks = WORD.findall(gold)
    gshingles = {tuple(gtoks[i : i + 4]) for i in range(max(0, len(gtoks) - 3))}
    gjoined = " " + " ".join(gtoks) + " "
    y = np.zeros(len(lines))
    short: list[int] = []
    for i, ln in enumerate(lines):
        toks = WORD.findall(ln.text)
        if len(toks) >= 4:
            sh = [tuple(toks[j : j + 4]) for j in range(len(toks) - 3)]
            y[i] = 1.0 if sum(s in gshingles for s in sh) >= 0.5 * len(sh) else 0.0
        elif toks and (" " + " ".join(toks) + " ") in gjoined:
            short.append(i)
    long_body = np.flatnonzero(y)
    if long_body.size:
        for i in short:
            if long_body[0] < i < long_body[-1]:
                y[i] = 1.0
    return y


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = L2) -> dict:
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((x.shape[0], 1))])
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(30):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -30, 30)))
        grad = z.T @ (p - y) + reg * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(reg + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return {
        "mean": mean.tolist(),
        "scale": scale.tolist(),
        "coef": w[:-1].tolist(),
        "intercept": float(w[-1]),
    }


def proba(m: dict, x: np.ndarray) -> np.ndarray:
    z = ((x - np.asarray(m["mean"])) / np.asarray(m["scale"])) @ np.asarray(m["coef"]) + m["intercept"]
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def load_pages(shared: Path) -> list[dict]:
    pages = []
    for set_name in ("l3s_gn1", "cleanportaleval"):
        base = shared / "data" / "extraction" / set_name
        for line in (base / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            content = (base / "text" / f"{g['id']}.txt").read_text(encoding="utf-8")
            lines = split_lines(content)
            x1 = context_features(lines, line_features(lines))
            pages.append(
                {
                    "set": set_name,
                    "id": g["id"],
                    "site": site_of(set_name, g["id"], base / "html"),
                    "gold": g["text"],
                    "lines": lines,
                    "x1": x1,
                    "y": label_lines(lines, g["text"]),
                }
            )
    return pages


def fold_of(site: str, folds: int) -> int:
    return int(hashlib.md5(site.encode()).hexdigest(), 16) % folds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--write", action="store_true", help="write the model fitted on all pages")
    a = ap.parse_args()
    scorer = load_scorer(a.shared)
    pages = load_pages(a.shared)
    for p in pages:
        p["fold"] = fold_of(p["site"], a.folds)
    print(
        f"{len(pages)} pages, {sum(len(p['lines']) for p in pages)} lines, "
        f"{len({p['site'] for p in pages})} sites",
        file=sys.stderr,
    )

    # out-of-fold stage-1 probabilities (for stage-2 training and for CV), then stage 2 per fold
    for k in range(a.folds):
        train = [p for p in pages if p["fold"] != k]
        m1 = fit_logistic(np.vstack([p["x1"] for p in train]), np.concatenate([p["y"] for p in train]))
        for p in pages:
            if p["fold"] == k:
                p["p1_oof"] = proba(m1, p["x1"])
    # stage-2 CV needs stage-1 probs that are out-of-fold for the training pages as well: nested
    # folds are costly, so stage 2 is trained on the out-of-fold stage-1 probs of the other folds
    for k in range(a.folds):
        train = [p for p in pages if p["fold"] != k]
        m2 = fit_logistic(
            np.vstack([stacked_features(p["x1"], p["p1_oof"]) for p in train]),
            np.concatenate([p["y"] for p in train]),
        )
        for p in pages:
            if p["fold"] == k:
                p["p2_oof"] = proba(m2, stacked_features(p["x1"], p["p1_oof"]))

    best = None
    for cost in SWITCH_COSTS:
        for thr in THRESHOLDS:
            per_set = {}
            for set_name in ("l3s_gn1", "cleanportaleval"):
                counts = [
                    scorer.aeb_counts(p["gold"], assemble_body(p["lines"], body_mask(p["p2_oof"], cost, thr)))
                    for p in pages
                    if p["set"] == set_name
                ]
                per_set[set_name] = scorer.aeb_scores(counts)["f1"]
            mean = sum(per_set.values()) / 2
            print(
                f"switch_cost {cost:.1f} threshold {thr:.1f}  grouped-CV F1 "
                f"l3s_gn1 {per_set['l3s_gn1']:.3f} cleanportaleval {per_set['cleanportaleval']:.3f}"
            )
            if best is None or mean > best[0]:
                best = (mean, cost, thr, per_set)
    assert best is not None
    _, cost, thr, per_set = best
    stage1_only = {
        s: scorer.aeb_scores(
            [
                scorer.aeb_counts(p["gold"], assemble_body(p["lines"], p["p1_oof"] >= 0.5))
                for p in pages
                if p["set"] == s
            ]
        )["f1"]
        for s in ("l3s_gn1", "cleanportaleval")
    }
    print(
        f"stage 1 alone, no smoothing: grouped-CV F1 l3s_gn1 {stage1_only['l3s_gn1']:.3f} "
        f"cleanportaleval {stage1_only['cleanportaleval']:.3f}"
    )
    print(
        f"best: switch_cost {cost} threshold {thr}: grouped-CV F1 l3s_gn1 {per_set['l3s_gn1']:.3f} "
        f"cleanportaleval {per_set['cleanportaleval']:.3f} ({a.folds} folds by site)"
    )

    if a.write:
        x1 = np.vstack([p["x1"] for p in pages])
        y = np.concatenate([p["y"] for p in pages])
        m1 = fit_logistic(x1, y)
        # stage 2 is fitted on out-of-fold stage-1 scores, as it will see unseen pages' scores
        m2 = fit_logistic(np.vstack([stacked_features(p["x1"], p["p1_oof"]) for p in pages]), y)
        model = {
            "about": "body/boilerplate line model for plain-text pages; written by bench/train_text_lines.py",
            "base_names": list(BASE_NAMES),
            "stage1": m1,
            "stage2": m2,
            "switch_cost": cost,
            "threshold": thr,
            "cv": {
                "folds": a.folds,
                "grouped_by": "site",
                **{f"f1_{k}": round(v, 4) for k, v in per_set.items()},
            },
        }
        MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
        MODEL_PATH.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
