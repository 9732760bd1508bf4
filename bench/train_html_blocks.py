"""Train the HTML block scorer shipped in src/newsprism/extract/data/html_blocks.json.

    .venv/bin/python bench/train_html_blocks.py [--cache DIR] [--write]

Reads the development extraction sets (../shared/data/extraction/{l3s_gn1,cleanportaleval}),
cuts every page into blocks with newsprism's own code, labels a block 1 when at least half of its
word n-grams are in the gold body, and fits an L2-regularised logistic regression (numpy Newton
steps; no scikit-learn needed). It prints

  * cross-validated body F1 grouped by site (l3s: the page's own domain, from its canonical /
    og:url / most linked domain; cleanportaleval: the portal named in the id), so that no site is
    in both the training and the scored fold, and
  * the dev figure of the model fitted on everything,

and with --write stores the weights and the threshold (chosen on the cross-validated predictions).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import sys
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
TRAFILATURA_VOTE = True  # set by --no-trafilatura before the worker processes fork
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
        return {"id": page_id, "texts": [], "rows": [], "labels": [], "ntok": []}
    blocks = page_blocks(tree)
    traf, read = html_body.extractor_texts(tree, trafilatura_vote=TRAFILATURA_VOTE)
    rows = html_body.block_features(blocks, traf, read)
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
        path = cache / f"html_blocks_{name}{'' if TRAFILATURA_VOTE else '_readability_only'}.json"
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


def stack(recs: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    xs, ys, ws = [], [], []
    for r in recs:
        if not r["rows"]:
            continue
        gold_tokens = max(20, len(_TOKEN.findall(r["gold"])))
        xs.append(np.asarray(r["rows"], dtype=float))
        ys.append((np.asarray(r["labels"]) >= 0.5).astype(float))
        # a block weighs its share of the page's gold length: the metric averages over pages
        ws.append(np.asarray(r["ntok"], dtype=float) / gold_tokens)
    return np.vstack(xs), np.concatenate(ys), np.concatenate(ws)


def predict(recs: list[dict], beta: np.ndarray) -> dict[str, list[float]]:
    out = {}
    for r in recs:
        if r["rows"]:
            z = np.asarray(r["rows"], dtype=float) @ beta
            out[r["id"]] = list(1 / (1 + np.exp(-np.clip(z, -30, 30))))
        else:
            out[r["id"]] = []
    return out


def assemble(r: dict, probs: list[float], threshold: float) -> str:
    """What html_body.body_text returns, from cached blocks."""
    kept = [t for t, p in zip(r["texts"], probs, strict=True) if p >= threshold]
    return html_body.choose_text("\n\n".join(kept), r["traf"], r["read"])[0]


def evaluate(recs: list[dict], probs: dict[str, list[float]], threshold: float) -> dict:
    counts = [score.aeb_counts(r["gold"], assemble(r, probs[r["id"]], threshold)) for r in recs]
    return score.aeb_scores(counts)


def grouped_folds(recs: list[dict], k: int = FOLDS) -> list[list[int]]:
    """Sites assigned to folds by a stable hash, so every page of a site lands in one fold."""
    folds: list[list[int]] = [[] for _ in range(k)]
    for i, r in enumerate(recs):
        h = int(hashlib.sha1(r["site"].encode()).hexdigest(), 16)
        folds[h % k].append(i)
    return folds


def cross_validate(data: dict[str, list[dict]]) -> dict[str, dict[str, list[float]]]:
    """Out-of-fold block probabilities for every page, sites never shared across folds."""
    allrecs = [r for name in SETS for r in data[name]]
    oof: dict[str, list[float]] = {}
    for fold in grouped_folds(allrecs):
        held = {allrecs[i]["id"] for i in fold}
        train = [r for r in allrecs if r["id"] not in held]
        beta = fit(*stack(train))
        oof.update(predict([allrecs[i] for i in fold], beta))
    return {name: {r["id"]: oof[r["id"]] for r in data[name]} for name in SETS}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/newsprism_html_blocks"))
    ap.add_argument("--write", action="store_true", help="store the model in extract/data/")
    ap.add_argument(
        "--ablate",
        default="",
        help="comma-separated feature names to zero before fitting (to measure what they bring; not with --write)",
    )
    ap.add_argument(
        "--no-trafilatura",
        action="store_true",
        help="features without trafilatura's vote (readability's only): about half the extraction time",
    )
    args = ap.parse_args()
    global TRAFILATURA_VOTE
    TRAFILATURA_VOTE = not args.no_trafilatura
    if args.ablate and args.write:
        ap.error("--ablate measures a reduced model; it cannot be written as the shipped one")
    args.cache.mkdir(parents=True, exist_ok=True)
    data = build_cache(args.cache)
    for name in filter(None, args.ablate.split(",")):
        col = html_body.FEATURE_NAMES.index(name)
        for recs in data.values():
            for r in recs:
                for row in r["rows"]:
                    row[col] = 0.0
    for name in SETS:
        print(f"{name}: {len(data[name])} pages, {len({r['site'] for r in data[name]})} sites")
    oof = cross_validate(data)
    thresholds = [round(0.3 + 0.05 * i, 2) for i in range(9)]
    print("threshold  " + "  ".join(f"{n:>24}" for n in SETS) + "   (site-grouped 5-fold CV: F1 P R)")
    best, best_mean = 0.5, -1.0
    for t in thresholds:
        ms = [evaluate(data[n], oof[n], t) for n in SETS]
        mean = sum(m["f1"] for m in ms) / len(ms)
        print(
            f"{t:9.2f}  "
            + "  ".join(f"{m['f1']:.3f} {m['precision']:.3f} {m['recall']:.3f}".rjust(24) for m in ms)
        )
        if mean > best_mean:
            best, best_mean = t, mean
    beta = fit(*stack([r for n in SETS for r in data[n]]))
    full = {n: predict(data[n], beta) for n in SETS}
    for n in SETS:
        cv, dev = evaluate(data[n], oof[n], best), evaluate(data[n], full[n], best)
        print(
            f"{n}: threshold {best}: CV F1 {cv['f1']:.3f} (P {cv['precision']:.3f} R {cv['recall']:.3f}); "
            f"dev (fit on all) F1 {dev['f1']:.3f} (P {dev['precision']:.3f} R {dev['recall']:.3f})"
        )
    for name, w in zip(html_body.FEATURE_NAMES, beta, strict=True):
        print(f"  {name:24} {w:+.3f}")
    if args.write:
        spec = {
            "about": "logistic block scorer for newsprism.extract.html_body; written by bench/train_html_blocks.py "
            "on the dev sets l3s_gn1 + cleanportaleval; threshold chosen on site-grouped 5-fold CV",
            "features": list(html_body.FEATURE_NAMES),
            "weights": [round(float(w), 6) for w in beta],
            "threshold": best,
            "trafilatura_vote": TRAFILATURA_VOTE,
        }
        out = ROOT / "src" / "newsprism" / "extract" / "data" / "html_blocks.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(spec, indent=1) + "\n", "utf-8")
        print("wrote", out)


if __name__ == "__main__":
    main()
