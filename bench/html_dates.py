"""Publication dates of HTML pages: newsprism against htmldate, trafilatura and newspaper4k.

In:  a dates set folder (default ../shared/data/dates/htmldate: html/<id>.html + gold.jsonl).
Out: one line per system with F1 / P / R / accuracy (the day-level definition of
     shared/eval/score.py dates) and pages per second; with --cv K, the K-fold cross-validated F1
     of newsprism's evidence vote with weights re-fitted on each training fold (folds by sha1 of id);
     with --errors, newsprism's wrong pages and their evidence.

    .venv/bin/python bench/html_dates.py [--set DIR] [--systems newsprism,htmldate,...] [--cv 5]
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import math
import time
from collections.abc import Callable
from pathlib import Path

from newsprism.extract import dates as nd

WARM_UP = 20  # pages run untimed before each system is timed
DEFAULT_SET = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "dates" / "htmldate"


def score(pairs: list[tuple[str | None, str | None]]) -> dict[str, float]:
    tp = fp = fn = tn = 0
    for gold, pred in pairs:
        pred = pred[:10] if pred else None
        if pred is None:
            tn += gold is None
            fn += gold is not None
        elif gold is not None and pred == gold:
            tp += 1
        else:
            fp += 1
    n = max(1, len(pairs))
    return {
        "F1": 2 * tp / max(1, 2 * tp + fp + fn),
        "P": tp / max(1, tp + fp),
        "R": tp / max(1, tp + fn),
        "acc": (tp + tn) / n,
    }


def load(folder: Path) -> list[tuple[str, str | None, str]]:
    pages = []
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        raw = (folder / "html" / f"{record['id']}.html").read_bytes()
        pages.append((record["id"], record["published"], raw.decode("utf-8", errors="replace")))
    return pages


def systems() -> dict[str, Callable[[str], str | None]]:
    from htmldate import find_date

    def trafilatura_date(html: str) -> str | None:
        from trafilatura import extract_metadata

        meta = extract_metadata(html)
        return meta.date if meta is not None else None

    def newspaper_date(html: str) -> str | None:
        from newspaper import Article

        article = Article("http://example.com/", fetch_images=False)
        article.download(input_html=html)
        article.parse()
        return article.publish_date.date().isoformat() if article.publish_date else None

    return {
        "newsprism": lambda h: nd.html_publication_date(h)[0],
        "newsprism-cheap": lambda h: nd.html_publication_date(h, extensive=False)[0],
        "htmldate": lambda h: find_date(h, original_date=True, extensive_search=True),
        "htmldate-fast": lambda h: find_date(h, original_date=True, extensive_search=False),
        "trafilatura": trafilatura_date,
        "newspaper4k": newspaper_date,
    }


def evidence(html: str) -> dict[str, str]:
    tree = nd._parse(html)
    latest = nd.latest_day()
    found = nd.page_date_evidence(tree, today=latest) if tree is not None else {}
    for name, extensive in (("htmldate-fast", False), ("htmldate", True)):
        day = nd._htmldate(html, None, extensive=extensive, latest=latest)
        if day:
            found[name] = day
    return found


def fit_weights(rows: list[tuple[str | None, dict[str, str]]]) -> dict[str, float]:
    weights = {}
    for name in nd.EVIDENCE_WEIGHTS:
        given = [gold == found[name] for gold, found in rows if name in found]
        odds = (sum(given) + 1) / (len(given) - sum(given) + 1)
        weights[name] = math.log(odds)
    return weights


def cross_validate(pages: list[tuple[str, str | None, str]], folds: int) -> None:
    rows = {pid: (gold, evidence(html)) for pid, gold, html in pages}
    order = sorted(rows, key=lambda pid: hashlib.sha1(pid.encode()).hexdigest())
    saved = dict(nd.EVIDENCE_WEIGHTS)
    pairs = []
    try:
        for fold in range(folds):
            train = [rows[p] for n, p in enumerate(order) if n % folds != fold]
            nd.EVIDENCE_WEIGHTS.update(fit_weights(train))
            pairs += [
                (rows[p][0], nd._decide(rows[p][1])[0]) for n, p in enumerate(order) if n % folds == fold
            ]
        full = fit_weights(list(rows.values()))
    finally:
        nd.EVIDENCE_WEIGHTS.update(saved)
    figures = score(pairs)
    print(f"{folds}-fold CV  F1 {figures['F1']:.3f} P {figures['P']:.3f} R {figures['R']:.3f}")
    print("weights fitted on all pages:", {k: round(v, 1) for k, v in full.items()})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET)
    parser.add_argument(
        "--systems", default="newsprism,newsprism-cheap,htmldate,htmldate-fast,trafilatura,newspaper4k"
    )
    parser.add_argument("--cv", type=int, default=0, help="also report K-fold cross-validated F1")
    parser.add_argument("--errors", action="store_true", help="list newsprism's wrong pages")
    args = parser.parse_args()
    pages = load(args.set)
    table = systems()
    print(
        f"{'system':16} {'F1':>6} {'P':>6} {'R':>6} {'acc':>6} {'pages/s':>8} {'ms/page':>8}   n={len(pages)}"
    )
    for name in args.systems.split(","):
        run = table[name]
        for _, _, html in pages[:WARM_UP]:  # one-time costs (dateparser compiles its locales: ~15 s)
            with contextlib.suppress(Exception):
                run(html)
        pairs = []
        start = time.perf_counter()
        for _, gold, html in pages:
            try:
                pred = run(html)
            except Exception:  # a peer library failing on a page counts as "no date"
                pred = None
            pairs.append((gold, pred))
        seconds = time.perf_counter() - start
        f = score(pairs)
        print(
            f"{name:16} {f['F1']:6.3f} {f['P']:6.3f} {f['R']:6.3f} {f['acc']:6.3f} "
            f"{len(pages) / seconds:8.1f} {1000 * seconds / len(pages):8.1f}"
        )
    if args.cv:
        cross_validate(pages, args.cv)
    if args.errors:
        for pid, gold, html in pages:
            pred, why = nd.html_publication_date(html)
            if pred != gold:
                print(pid, "gold", gold, "pred", pred, why, evidence(html))


if __name__ == "__main__":
    main()
