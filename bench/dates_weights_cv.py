"""Whether re-fitting extract.dates.EVIDENCE_WEIGHTS holds up: fold by fold, weights fitted on the
other folds against the shipped weights, on the held-out fold (dates/htmldate, gold).

    .venv/bin/python bench/dates_weights_cv.py [--folds 5] [--repeats 5] [--cache EV.json]

Each page's evidence (page_date_evidence and both htmldate searches, as bench/html_dates.py's
`evidence`) is read once (and kept in --cache). For each repeat the pages are split into --folds
folds by a salted hash; on each fold the shipped weights and the weights fitted on the other folds
(html_dates.fit_weights: the log-odds (right + 1) / (wrong + 1) of each kind) each decide every
held-out page (`_decide`). Prints each fold's right answers under both, how many folds the fitted
weights win, tie and lose, and the weights fitted on all pages. A re-fit is kept only when it loses
no fold (dates26's rule: one set with gold, so folds of it stand in for held-out sets).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import html_dates  # noqa: E402
from newsprism.extract import dates as nd  # noqa: E402


def rows(cache: Path | None) -> dict[str, tuple[str | None, dict[str, str]]]:
    if cache is not None and cache.exists():
        return {k: (v[0], v[1]) for k, v in json.loads(cache.read_text()).items()}
    found = {
        pid: (gold, html_dates.evidence(html)) for pid, gold, html in html_dates.load(html_dates.DEFAULT_SET)
    }
    if cache is not None:
        cache.write_text(json.dumps(found))
    return found


def right(pages: list[tuple[str | None, dict[str, str]]], weights: dict[str, float]) -> tuple[int, int]:
    """(right days, wrong days given) of `_decide` under `weights` (a missed page is neither)."""
    saved = dict(nd.EVIDENCE_WEIGHTS)
    nd.EVIDENCE_WEIGHTS.update(weights)
    try:
        answers = [(gold, nd._decide(found)[0]) for gold, found in pages]
    finally:
        nd.EVIDENCE_WEIGHTS.update(saved)
    return sum(a is not None and a == g for g, a in answers), sum(
        a is not None and a != g for g, a in answers
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--cache", type=Path)
    args = parser.parse_args()
    data = rows(args.cache)
    shipped = dict(nd.EVIDENCE_WEIGHTS)
    wins = ties = losses = 0
    total = {"shipped": 0, "fitted": 0}
    for repeat in range(args.repeats):
        order = sorted(data, key=lambda pid: hashlib.sha1(f"{repeat}:{pid}".encode()).hexdigest())
        for fold in range(args.folds):
            held = [data[p] for n, p in enumerate(order) if n % args.folds == fold]
            train = [data[p] for n, p in enumerate(order) if n % args.folds != fold]
            fitted = html_dates.fit_weights(train)
            a, b = right(held, shipped), right(held, fitted)
            total["shipped"] += a[0]
            total["fitted"] += b[0]
            # more right days, then fewer wrong ones
            verdict = (b[0] - a[0], a[1] - b[1])
            wins += verdict > (0, 0)
            ties += verdict == (0, 0)
            losses += verdict < (0, 0)
            print(f"repeat {repeat} fold {fold}: shipped right/wrong {a}  fitted {b}")
    print(f"fitted weights: {wins} folds better, {ties} the same, {losses} worse; right days {total}")
    print(
        "weights fitted on all pages:",
        {k: round(v, 1) for k, v in html_dates.fit_weights(list(data.values())).items()},
    )


if __name__ == "__main__":
    main()
