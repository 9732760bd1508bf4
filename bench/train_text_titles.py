"""Fit the headline ranker of plain-text pages and report grouped cross-validation.

    .venv/bin/python bench/train_text_titles.py [--shared ../shared] [--folds 5] [--write]

Training data: ../shared/data/extraction/{l3s_gn1,cleanportaleval}/text/*.txt with the gold titles
of gold.jsonl. Each page is read as `extract.text.read_text` reads it (the shipped line model gives
the body's first line and its opening words), and `text.headline_candidates` lists the candidate
lines with their features. A candidate is labelled right when what the picker would print for it
(the title line less its site suffix, any other line whole) equals the gold title as
../shared/eval/score.py compares titles (norm_title). A page that `extract` does not give to
read_text (`prose.is_clean_body`: l3s_gn1's eight dumps that are one line of a page's raw markup,
read as HTML) has no candidates; it counts as right when extract's title is, whatever the ranker.

Model: a conditional logit (softmax over one page's candidates), fitted by Newton's method with an
L2 penalty on standardised features; the page's headline is its top-scoring candidate. Each
feature has a second weight on the page's title line alone (`text.title_interactions`): grouped-CV
accuracy over both sets 0.915 -> 0.926 with them. Folds are
grouped by site as in bench/train_text_lines.py (site_of, fold_of), so a site never sits on both
sides of a split. The line model that finds the body was fitted on these same pages, so the body's
first line is better placed here than on unseen pages: the CV figure is still a little optimistic.
`--write` stores the model fitted on all pages as src/newsprism/extract/data/text_titles.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from newsprism.extract import extract
from newsprism.extract.prose import is_clean_body
from newsprism.extract.sitenames import content_words
from newsprism.extract.text import (
    BODY_OVERLAP_LINES,
    HEADLINE_FEATURES,
    TITLE_MODEL_FILE,
    clean_headline,
    headline_candidates,
    headline_of,
    pick_headline,
    printed_twice,
    title_interactions,
    title_spans,
)
from newsprism.extract.textlines import body_mask, load_line_model, split_page
from newsprism.records import Document
from shared_eval import load_scorer
from train_text_lines import fold_of, site_of

ROOT = Path(__file__).resolve().parent.parent
MODEL_PATH = ROOT / "src" / "newsprism" / "extract" / "data" / TITLE_MODEL_FILE
# L2 penalties tried; the one with the best grouped-CV accuracy over all titled pages of the two
# sets is kept (pooled: cleanportaleval's 69 titled pages move its own figure 1.4 points a page)
L2S = (1.0, 3.0, 10.0, 30.0, 100.0, 300.0)


def oof_body_masks(shared: Path, folds: int) -> dict[tuple[str, str], np.ndarray]:
    """Each dev page's body mask from a line model fitted without its site's fold (stages 1 and 2
    as bench/train_text_lines.py fits them, smoothed with the shipped cost and threshold)."""
    import train_text_lines as ttl

    model = load_line_model()
    pages = ttl.load_pages(shared)
    for p in pages:
        p["fold"] = fold_of(p["site"], folds)
    for k in range(folds):
        train = [p for p in pages if p["fold"] != k]
        m1 = ttl.fit_logistic(np.vstack([p["x1"] for p in train]), np.concatenate([p["y"] for p in train]))
        for p in pages:
            if p["fold"] == k:
                p["p1"] = ttl.proba(m1, p["x1"])
    masks = {}
    for k in range(folds):
        train = [p for p in pages if p["fold"] != k]
        m2 = ttl.fit_logistic(
            np.vstack([ttl.stacked_features(p["x1"], p["p1"]) for p in train]),
            np.concatenate([p["y"] for p in train]),
        )
        for p in pages:
            if p["fold"] == k:
                p2 = ttl.proba(m2, ttl.stacked_features(p["x1"], p["p1"]))
                masks[(p["set"], p["id"])] = body_mask(p2, model.switch_cost, model.threshold)
    return masks


def load_pages(
    shared: Path, norm_title, masks: dict[tuple[str, str], np.ndarray] | None = None
) -> list[dict]:
    """Titled dev pages with their candidates' features and labels; the body from the shipped line
    model, or from `masks` (oof_body_masks) when given."""
    model = load_line_model()
    pages = []
    for set_name in ("l3s_gn1", "cleanportaleval"):
        base = shared / "data" / "extraction" / set_name
        for line in (base / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            if not (g.get("title") or "").strip():
                continue
            content = (base / "text" / f"{g['id']}.txt").read_text(encoding="utf-8")
            if is_clean_body(content.replace("\x00", "")):
                # `extract` reads this page elsewhere (raw markup: as HTML), not by the ranker
                doc = Document(id=g["id"], source=set_name, content=content)
                site = site_of(set_name, g["id"], base / "html")
                title = norm_title(extract(doc).title or "")
                p = {
                    "set": set_name,
                    "id": g["id"],
                    "site": site,
                    "fallback": title == norm_title(g["title"]),
                }
                pages.append(
                    {**p, "x": title_interactions(np.zeros((0, len(HEADLINE_FEATURES)))), "y": np.zeros(0)}
                )
                continue
            page = split_page(content.replace("\x00", ""))
            lines = page.texts
            gold = norm_title(g["title"])
            p = {"set": set_name, "id": g["id"], "site": site_of(set_name, g["id"], base / "html")}
            p["fallback"] = bool(lines) and norm_title(clean_headline(lines[0])) == gold
            idx: list[int] = []
            rows = np.zeros((0, len(HEADLINE_FEATURES)))  # no line, no candidate
            if lines:
                if masks is not None and len(masks[(set_name, g["id"])]) == len(lines):
                    mask = masks[(set_name, g["id"])]
                else:
                    mask = body_mask(model.page_proba(page), model.switch_cost, model.threshold)
                body_idx = np.flatnonzero(mask)
                first_body = int(body_idx[0]) if body_idx.size else len(lines)
                body_words = content_words(" ".join(lines[i] for i in body_idx[:BODY_OVERLAP_LINES]))
                idx, rows = headline_candidates(lines, first_body, body_words, page.blocks)
            out = [headline_of(lines, i) for i in idx]
            p["x"] = title_interactions(rows)
            p["spans"] = title_spans(lines, idx, rows) if idx else np.zeros(0, bool)
            p["twice"] = printed_twice(lines, idx)
            p["y"] = np.asarray([norm_title(t) == gold for t in out], dtype=float)
            pages.append(p)
    return pages


def standardise(pages: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    x = np.vstack([p["x"] for p in pages])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    return mean, scale


def fit_ranker(pages: list[dict], l2: float) -> dict:
    """Conditional logit over each page's candidates (pages with a right candidate only)."""
    mean, scale = standardise(pages)
    groups = [((p["x"] - mean) / scale, p["y"] / p["y"].sum()) for p in pages if p["y"].sum() > 0]
    w = np.zeros(len(mean))

    def loss(v: np.ndarray) -> float:
        total = 0.5 * l2 * float(v @ v)
        for z, t in groups:
            s = z @ v
            top = s.max()
            total -= float(t @ s) - top - float(np.log(np.exp(s - top).sum()))
        return total

    current = loss(w)
    for _ in range(50):
        grad = l2 * w
        hess = np.diag(np.full(len(w), l2 + 1e-6))
        for z, t in groups:
            s = z @ w
            e = np.exp(s - s.max())
            prob = e / e.sum()
            grad += z.T @ (prob - t)
            zp = z.T @ prob
            hess += (z * prob[:, None]).T @ z - np.outer(zp, zp)
        step = np.linalg.solve(hess, grad)
        rate = 1.0
        while rate > 1e-4 and (new := loss(w - rate * step)) > current:
            rate /= 2
        w -= rate * step
        if current - new < 1e-9:
            break
        current = new
    return {"mean": mean.tolist(), "scale": scale.tolist(), "coef": w.tolist(), "intercept": 0.0}


def right(p: dict, m: dict) -> bool:
    """Is the candidate the picker takes (`text.pick_headline`: the top scorer, or a line that
    prints the title line's headline part) a right one (or, with none, its cleaned title line)?"""
    if not len(p["y"]):
        return bool(p["fallback"])
    s = ((p["x"] - np.asarray(m["mean"])) / np.asarray(m["scale"])) @ np.asarray(m["coef"])
    return bool(p["y"][pick_headline(p["x"][:, : len(HEADLINE_FEATURES)], s, p["spans"], p["twice"])])


def accuracy(pages: list[dict], picks: dict[str, bool]) -> dict[str, float]:
    out = {}
    for s in ("l3s_gn1", "cleanportaleval"):
        keys = [p["set"] + p["id"] for p in pages if p["set"] == s]
        out[s] = sum(picks[k] for k in keys) / len(keys)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--write", action="store_true", help="write the model fitted on all pages")
    ap.add_argument(
        "--oof-body",
        action="store_true",
        help="find each page's body with a line model fitted on the other folds (the line model "
        "is fitted on these pages too); --write still fits on the shipped line model's bodies",
    )
    a = ap.parse_args()
    scorer = load_scorer(a.shared)
    pages = load_pages(a.shared, scorer.norm_title, oof_body_masks(a.shared, a.folds) if a.oof_body else None)
    for p in pages:
        p["fold"] = fold_of(p["site"], a.folds)
    reachable = accuracy(pages, {p["set"] + p["id"]: bool(p["y"].sum()) or p["fallback"] for p in pages})
    print(
        f"{len(pages)} titled pages, {sum(len(p['y']) for p in pages)} candidates, "
        f"{len({p['site'] for p in pages})} sites; a right candidate exists on "
        f"l3s_gn1 {reachable['l3s_gn1']:.3f} cleanportaleval {reachable['cleanportaleval']:.3f}"
    )
    best = None
    for l2 in L2S:
        picks = {}
        for k in range(a.folds):
            m = fit_ranker([p for p in pages if p["fold"] != k], l2)
            picks.update({p["set"] + p["id"]: right(p, m) for p in pages if p["fold"] == k})
        cv = accuracy(pages, picks)
        m_all = fit_ranker(pages, l2)
        dev = accuracy(pages, {p["set"] + p["id"]: right(p, m_all) for p in pages})
        print(
            f"l2 {l2:5.1f}  grouped-CV title accuracy l3s_gn1 {cv['l3s_gn1']:.3f} cleanportaleval "
            f"{cv['cleanportaleval']:.3f}   fitted on all (dev) {dev['l3s_gn1']:.3f} {dev['cleanportaleval']:.3f}"
        )
        pooled = sum(picks.values()) / len(picks)
        if best is None or pooled > best[0]:
            best = (pooled, l2, cv, m_all)
    assert best is not None
    _, l2, cv, m_all = best
    print(
        f"best: l2 {l2}: grouped-CV title accuracy l3s_gn1 {cv['l3s_gn1']:.3f} "
        f"cleanportaleval {cv['cleanportaleval']:.3f} ({a.folds} folds by site)"
    )
    names = [*HEADLINE_FEATURES, *(f"title_line*{f}" for f in HEADLINE_FEATURES)]
    for name, c in sorted(zip(names, m_all["coef"], strict=True), key=lambda t: -abs(t[1])):
        print(f"  {name:18s} {c:+.3f}")
    if a.write and a.oof_body:
        pages = load_pages(a.shared, scorer.norm_title)
        m_all = fit_ranker(pages, l2)
    if a.write:
        model = {
            "about": "headline ranker for plain-text pages; written by bench/train_text_titles.py",
            "features": list(HEADLINE_FEATURES),
            "model": m_all,
            "l2": l2,
            "cv": {
                "folds": a.folds,
                "l3s_gn1": round(cv["l3s_gn1"], 4),
                "cleanportaleval": round(cv["cleanportaleval"], 4),
            },
        }
        MODEL_PATH.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
