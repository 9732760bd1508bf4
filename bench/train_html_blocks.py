"""Train the two HTML block scorers shipped in src/newsprism/extract/data/html_blocks*.json.

    .venv/bin/python bench/train_html_blocks.py [--cache DIR] [--write] [--ablate F1,F2]

Reads the development extraction sets (../shared/data/extraction/{l3s_gn1,cleanportaleval}),
cuts every page into blocks with newsprism's own code, labels a block 1 when at least half of its
word n-grams are in the gold body, and fits L2-regularised logistic regressions (numpy Newton
steps; no scikit-learn needed) on two views of the same blocks:

  * "readability": features with readability's vote only (html_blocks.json), the first scorer;
  * "votes": features with readability's and trafilatura's votes (html_blocks_votes.json), whose
    blocks are added to the first scorer's (html_body.body_text keeps the union).

It prints cross-validated body F1 grouped by site (l3s: the page's own domain, from its canonical
/ og:url / most linked domain; cleanportaleval: the portal named in the id), so that no site is in
both the training and the scored fold: first for the readability scorer alone over its threshold,
then for the union over the second threshold; and the dev figures of the models fitted on
everything. With --write it stores both models and their thresholds (chosen on the cross-validated
predictions: the first on its own, the second on the union).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))
sys.path.insert(0, str(ROOT / "src"))

import score  # noqa: E402  (the shared scorer, not a package)

from newsprism.extract import html_body  # noqa: E402
from newsprism.extract.html_blocks import page_blocks, parse_page  # noqa: E402

SETS = ("l3s_gn1", "cleanportaleval")
FOLDS = 5
VIEWS = ("readability", "votes")  # the first scorer's features, the second's
# the second scorer's features with trafilatura's vote in readability's place, on pages where
# readability took a fragment of trafilatura's text (html_body._trafilatura_paragraphs); not fitted
FRAGMENT = "fragment"
L2 = 1.0  # ridge strength on the standardised features; 1.0 is a plain default, not tuned
_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w-]+)", re.IGNORECASE)
_TOKEN = re.compile(r"\w+")


def decode_page(raw: bytes) -> str:
    """BOM, then UTF-8, then the declared charset, then cp1252: how the data README renders pages."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", "replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = _CHARSET.search(raw[:4096])
    if m:
        try:
            return raw.decode(m.group(1).decode("ascii"), "replace")
        except LookupError:
            pass
    return raw.decode("cp1252", "replace")


def load_set(name: str) -> tuple[dict[str, dict], dict[str, str]]:
    folder = SHARED / "data" / "extraction" / name
    gold = {}
    with open(folder / "gold.jsonl", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            gold[rec["id"]] = rec
    pages = {i: decode_page((folder / "html" / f"{i}.html").read_bytes()) for i in gold}
    return gold, pages


_HREF = re.compile(r"""(?:href|content)\s*=\s*["']https?://([^/"':]+)""", re.IGNORECASE)
_CANON = re.compile(
    r"""<(?:link[^>]+rel=["']canonical["'][^>]+href|meta[^>]+property=["']og:url["'][^>]+content)"""
    r"""=["']https?://([^/"':]+)""",
    re.IGNORECASE,
)


def site_of(page_id: str, html: str) -> str:
    """The group a page belongs to in cross-validation."""
    if "_" in page_id and not re.fullmatch(r"[0-9a-f-]{36}", page_id):
        return re.sub(r"_\d+$", "", page_id)  # cleanportaleval: bbc_co_uk_news_04 -> bbc_co_uk_news
    m = _CANON.search(html)
    if m:
        return _registered(m.group(1))
    hosts = collections.Counter(_registered(h) for h in _HREF.findall(html))
    for host, _ in hosts.most_common():
        if host not in {"doubleclick.net", "google.com", "w3.org", "adobe.com", "macromedia.com"}:
            return host
    return "hash:" + hashlib.sha1(page_id.encode()).hexdigest()[:2]


def _registered(host: str) -> str:
    parts = host.lower().strip(".").split(".")
    if len(parts) >= 3 and parts[-2] in {"co", "com", "org", "net", "ac", "gov"} and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def page_rows(args: tuple[str, str, str]) -> dict:
    """Blocks, features and labels of one page."""
    page_id, html, gold_text = args
    tree = parse_page(html)
    if tree is None:
        return {
            "id": page_id,
            "texts": [],
            "rows": {v: [] for v in (*VIEWS, FRAGMENT)},
            "labels": [],
            "ntok": [],
        }
    blocks = page_blocks(tree)
    traf, read = html_body.extractor_texts(tree)
    fragment = traf and html_body.READ_FRAGMENT_RATIO * html_body._tokens(read) <= html_body._tokens(traf)
    rows = {
        "readability": html_body.block_features(blocks, None, read),
        "votes": html_body.block_features(blocks, traf, read),
        FRAGMENT: html_body.block_features(blocks, traf, traf) if fragment else [],
    }
    grams = html_body._ngram_sets(gold_text)
    labels, ntok = [], []
    for b in blocks:
        toks = _TOKEN.findall(b.text)
        labels.append(html_body._coverage(toks, grams))
        ntok.append(len(toks))
    return {
        "id": page_id,
        "texts": [b.text for b in blocks],
        "rows": rows,
        "labels": labels,
        "ntok": ntok,
        "traf": traf,
        "read": read,
    }


def build_cache(cache: Path) -> dict[str, list[dict]]:
    out = {}
    for name in SETS:
        path = cache / f"html_blocks_{name}_three_views.json"
        if path.exists():
            out[name] = json.loads(path.read_text("utf-8"))
            continue
        gold, pages = load_set(name)
        jobs = [(i, pages[i], gold[i]["text"]) for i in gold]
        with ProcessPoolExecutor(2) as ex:
            recs = list(ex.map(page_rows, jobs, chunksize=8))
        for r in recs:
            r["site"] = site_of(r["id"], pages[r["id"]])
            r["gold"] = gold[r["id"]]["text"]
        path.write_text(json.dumps(recs), "utf-8")
        out[name] = recs
    return out


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = L2) -> np.ndarray:
    """Weighted logistic regression by Newton's method; features are standardised inside."""
    mu, sd = x[:, 1:].mean(0), x[:, 1:].std(0) + 1e-9
    z = np.hstack([x[:, :1], (x[:, 1:] - mu) / sd])
    beta = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[0] = 0.0
    for _ in range(30):
        p = 1 / (1 + np.exp(-np.clip(z @ beta, -30, 30)))
        grad = z.T @ (w * (p - y)) + reg * beta
        hess = (z * (w * p * (1 - p))[:, None]).T @ z + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    # back to raw feature scale: beta0 + sum b_i (x_i - mu_i)/sd_i
    raw = np.empty_like(beta)
    raw[1:] = beta[1:] / sd
    raw[0] = beta[0] - (beta[1:] * mu / sd).sum()
    return raw


def stack(recs: list[dict], view: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    xs, ys, ws = [], [], []
    for r in recs:
        if not r["texts"]:
            continue
        gold_tokens = max(20, len(_TOKEN.findall(r["gold"])))
        xs.append(np.asarray(r["rows"][view], dtype=float))
        ys.append((np.asarray(r["labels"]) >= 0.5).astype(float))
        # a block weighs its share of the page's gold length: the metric averages over pages
        ws.append(np.asarray(r["ntok"], dtype=float) / gold_tokens)
    return np.vstack(xs), np.concatenate(ys), np.concatenate(ws)


def predict(recs: list[dict], beta: np.ndarray, view: str) -> dict[str, list[float]]:
    out = {}
    for r in recs:
        if r["texts"] and r["rows"][view]:
            z = np.asarray(r["rows"][view], dtype=float) @ beta
            out[r["id"]] = list(1 / (1 + np.exp(-np.clip(z, -30, 30))))
        else:
            out[r["id"]] = []
    return out


Scored = tuple[list[float], float]  # one page's block probabilities under one scorer, its threshold


def assemble(
    r: dict, first: Scored, second: Scored | None = None, fragment: list[float] | None = None
) -> str:
    """What html_body.body_text returns, from cached blocks: the first scorer's blocks, and when they
    make a text, the second scorer's added to them, and on a page where readability took a fragment
    (`fragment`: the second scorer's probabilities with trafilatura's vote twice) its paragraphs."""
    kept = {i for i, p in enumerate(first[0]) if p >= first[1]}
    if second is not None and sum(r["ntok"][i] for i in kept) >= html_body.MIN_SCORED_TOKENS:
        kept |= {i for i, p in enumerate(second[0]) if p >= second[1]}
        kept |= {
            i
            for i, p in enumerate(fragment or [])
            if p >= second[1] and r["ntok"][i] >= html_body.FALLBACK_MIN_TOKENS
        }
    scored = "\n\n".join(r["texts"][i] for i in sorted(kept))
    return html_body.choose_text(scored, r["traf"], r["read"])[0]


def evaluate(
    recs: list[dict],
    first: tuple[dict, float],
    second: tuple[dict, float] | None = None,
    fragment: dict[str, list[float]] | None = None,
) -> dict:
    """AEB scores of the pages; first/second: ({page id: probabilities}, threshold); fragment: {page
    id: the second scorer's probabilities with trafilatura's vote twice}."""
    counts = []
    for r in recs:
        two = None if second is None else (second[0][r["id"]], second[1])
        text = assemble(r, (first[0][r["id"]], first[1]), two, (fragment or {}).get(r["id"]))
        counts.append(score.aeb_counts(r["gold"], text))
    return score.aeb_scores(counts)


def grouped_folds(recs: list[dict], k: int = FOLDS) -> list[list[int]]:
    """Sites assigned to folds by a stable hash, so every page of a site lands in one fold."""
    folds: list[list[int]] = [[] for _ in range(k)]
    for i, r in enumerate(recs):
        h = int(hashlib.sha1(r["site"].encode()).hexdigest(), 16)
        folds[h % k].append(i)
    return folds


def cross_validate(
    data: dict[str, list[dict]], view: str, also: str = ""
) -> dict[str, dict[str, list[float]]]:
    """Out-of-fold block probabilities for every page, sites never shared across folds: {view:
    ...}, and {also: ...} from the same fold's model on another view's rows when asked."""
    allrecs = [r for name in SETS for r in data[name]]
    oof: dict[str, dict[str, list[float]]] = {v: {} for v in filter(None, (view, also))}
    for fold in grouped_folds(allrecs):
        held = {allrecs[i]["id"] for i in fold}
        train = [r for r in allrecs if r["id"] not in held]
        beta = fit(*stack(train, view))
        for v in oof:
            oof[v].update(predict([allrecs[i] for i in fold], beta, v))
    return oof


def _row(label: str, ms: list[dict]) -> str:
    return f"{label:>9}  " + "  ".join(
        f"{m['f1']:.3f} {m['precision']:.3f} {m['recall']:.3f}".rjust(24) for m in ms
    )


def pick_threshold(label: str, scores_at: Callable[[float], list[dict]]) -> float:
    """The threshold of 0.30-0.70 with the best mean CV F1 over the sets, its table printed."""
    print(f"{label:9}  " + "  ".join(f"{n:>24}" for n in SETS) + "   (site-grouped 5-fold CV: F1 P R)")
    best, best_mean = 0.5, -1.0
    for t in [round(0.3 + 0.05 * i, 2) for i in range(9)]:
        ms = scores_at(t)
        print(_row(f"{t:.2f}", ms))
        mean = sum(m["f1"] for m in ms) / len(ms)
        if mean > best_mean:
            best, best_mean = t, mean
    return best


def write_model(name: str, beta: np.ndarray, threshold: float, view: str, about: str) -> None:
    spec = {
        "about": about,
        "features": list(html_body.FEATURE_NAMES),
        "weights": [round(float(w), 6) for w in beta],
        "threshold": threshold,
        "trafilatura_vote": view == "votes",
    }
    out = ROOT / "src" / "newsprism" / "extract" / "data" / name
    out.write_text(json.dumps(spec, indent=1) + "\n", "utf-8")
    print("wrote", out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/newsprism_html_blocks"))
    ap.add_argument("--write", action="store_true", help="store both models in extract/data/")
    ap.add_argument(
        "--ablate",
        default="",
        help="comma-separated feature names to zero before fitting (to measure what they bring; not with --write)",
    )
    args = ap.parse_args()
    if args.ablate and args.write:
        ap.error("--ablate measures a reduced model; it cannot be written as the shipped one")
    args.cache.mkdir(parents=True, exist_ok=True)
    data = build_cache(args.cache)
    for name in filter(None, args.ablate.split(",")):
        col = html_body.FEATURE_NAMES.index(name)
        for recs in data.values():
            for r in recs:
                for view in (*VIEWS, FRAGMENT):
                    for row in r["rows"][view]:
                        row[col] = 0.0
    for name in SETS:
        print(f"{name}: {len(data[name])} pages, {len({r['site'] for r in data[name]})} sites")
    oof = {**cross_validate(data, "readability"), **cross_validate(data, "votes", also=FRAGMENT)}
    t1 = pick_threshold("readability", lambda t: [evaluate(data[n], (oof["readability"], t)) for n in SETS])
    t2 = pick_threshold(
        "+ votes",
        lambda t: [
            evaluate(data[n], (oof["readability"], t1), (oof["votes"], t), oof[FRAGMENT]) for n in SETS
        ],
    )
    allrecs = [r for n in SETS for r in data[n]]
    beta = {view: fit(*stack(allrecs, view)) for view in VIEWS}
    full = {
        view: {k: v for n in SETS for k, v in predict(data[n], beta[view], view).items()} for view in VIEWS
    }
    full[FRAGMENT] = {k: v for n in SETS for k, v in predict(data[n], beta["votes"], FRAGMENT).items()}
    for n in SETS:
        for label, second_cv, second_all, fragment in (
            ("readability alone", None, None, None),
            ("with the votes scorer's blocks", (oof["votes"], t2), (full["votes"], t2), FRAGMENT),
        ):
            cv = evaluate(data[n], (oof["readability"], t1), second_cv, oof.get(fragment or ""))
            dev = evaluate(data[n], (full["readability"], t1), second_all, full.get(fragment or ""))
            print(
                f"{n}, {label}: CV F1 {cv['f1']:.3f} (P {cv['precision']:.3f} R {cv['recall']:.3f}); "
                f"dev (fit on all) F1 {dev['f1']:.3f} (P {dev['precision']:.3f} R {dev['recall']:.3f})"
            )
    for name, w1, w2 in zip(html_body.FEATURE_NAMES, beta["readability"], beta["votes"], strict=True):
        print(f"  {name:24} {w1:+.3f} {w2:+.3f}")
    if args.write:
        about = (
            "logistic block scorer for newsprism.extract.html_body; written by bench/train_html_blocks.py on the "
            "dev sets l3s_gn1 + cleanportaleval; threshold chosen on site-grouped 5-fold CV"
        )
        write_model("html_blocks.json", beta["readability"], t1, "readability", about)
        write_model(
            "html_blocks_votes.json",
            beta["votes"],
            t2,
            "votes",
            about.replace(
                "logistic block scorer", "second logistic block scorer (its blocks join the first's)"
            ),
        )


if __name__ == "__main__":
    main()
