"""Plain-text page extraction: newsprism against trafilatura, jusText and newspaper4k.

    .venv/bin/python bench/text_extraction.py [--shared ../shared]

Over the development text dumps (../shared/data/extraction/{l3s_gn1,cleanportaleval}/text) and the
five seed pages, in one process, prints for each system the AEB shingle F1 / P / R of
../shared/eval/score.py (imported, so the figures are the scorer's own) and pages per second on
one core. Seeds are scored on the body lines of ../shared/seeds/gold.json as seeds_check.py does.
Speed: the process is pinned to one CPU (`--cpu`), and each system runs over all dev pages
`--repeats` times; the best and the median pages/s are printed, since other processes on a shared
machine slow single runs down.

How the peers get a plain-text page (they are HTML extractors, so each gets the fairest HTML):
  - trafilatura: every non-empty line becomes a <p>; blank-line blocks stay in reading order;
    `trafilatura.extract(html, include_comments=False, favor_precision=False)`.
  - jusText: the same <p> lines, `justext.justext(html, English stoplist)`, good paragraphs kept.
  - newspaper4k: the same HTML through `Article.download(input_html=...)` and `parse()`.
newsprism's line model was trained on these same dev pages: its grouped-CV figures (printed by
bench/train_text_lines.py) are the honest held-out estimate; the dev figures here are optimistic.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import json
import os
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from newsprism.extract.text import read_text
from newsprism.records import Document
from shared_eval import load_scorer

ROOT = Path(__file__).resolve().parent.parent


def as_html(text: str) -> str:
    paras = "\n".join(f"<p>{html.escape(ln.strip())}</p>" for ln in text.splitlines() if ln.strip())
    return f"<html><head><title></title></head><body>{paras}</body></html>"


def run_newsprism(text: str) -> str:
    return read_text(Document(id="x", source="bench", content=text)).text


def run_trafilatura(text: str) -> str:
    import trafilatura

    return trafilatura.extract(as_html(text), include_comments=False) or ""


def run_justext(text: str) -> str:
    import justext

    paras = justext.justext(as_html(text).encode("utf-8"), justext.get_stoplist("English"))
    return "\n\n".join(p.text for p in paras if not p.is_boilerplate)


def run_newspaper(text: str) -> str:
    from newspaper import Article

    art = Article("http://example.com/a")
    art.download(input_html=as_html(text))
    art.parse()
    return art.text or ""


def seeds_body_f1(shared: Path, extract: Callable[[str], str]) -> float:
    gold = json.loads((shared / "seeds" / "gold.json").read_text(encoding="utf-8"))

    def norm(s: str) -> str:
        import re

        return " ".join(w.casefold() for w in re.findall(r"\w+", s or ""))

    f1s = []
    for aid, g in gold["articles"].items():
        lines = (shared / "seeds" / f"{aid}.txt").read_text(encoding="utf-8").splitlines()
        text = f" {norm(extract(chr(10).join(lines)))} "
        kept = {n for n in g["body_lines"] + g["boilerplate_lines"] if f" {norm(lines[n - 1])} " in text}
        tp = len(kept & set(g["body_lines"]))
        p = tp / len(kept) if kept else 0.0
        r = tp / len(g["body_lines"])
        f1s.append(2 * p * r / (p + r) if tp else 0.0)
    return sum(f1s) / len(f1s)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--only", nargs="*", help="systems to run (default: all)")
    ap.add_argument("--repeats", type=int, default=3, help="timed passes over all dev pages")
    ap.add_argument("--cpu", type=int, help="CPU to pin the process to (default: the first allowed)")
    a = ap.parse_args()
    warnings.simplefilter("ignore")
    if hasattr(os, "sched_setaffinity"):
        cpu = a.cpu if a.cpu is not None else min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        print(f"pinned to CPU {cpu}")
    scorer = load_scorer(a.shared)
    systems: dict[str, Callable[[str], str]] = {
        "newsprism": run_newsprism,
        "trafilatura": run_trafilatura,
        "justext": run_justext,
        "newspaper4k": run_newspaper,
    }
    sets = {}
    for name in ("l3s_gn1", "cleanportaleval"):
        base = a.shared / "data" / "extraction" / name
        gold = [json.loads(x) for x in (base / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
        sets[name] = [(g, (base / "text" / f"{g['id']}.txt").read_text(encoding="utf-8")) for g in gold]
    print(f"{'system':12s} {'set':16s} {'F1':>6s} {'P':>6s} {'R':>6s} {'pages/s':>8s}")
    for sysname, fn in systems.items():
        if a.only and sysname not in a.only:
            continue
        try:
            fn("warm up\n\nA line of text that reads like a sentence, to load models.")
        except Exception as e:  # a peer that is not installed is reported, not fatal
            print(f"{sysname:12s} unavailable: {e}")
            continue
        for set_name, pages in sets.items():
            start = time.perf_counter()
            preds = []
            for _, text in pages:
                try:
                    preds.append(fn(text))
                except Exception:
                    preds.append("")
            secs = time.perf_counter() - start
            m = scorer.aeb_scores(
                [scorer.aeb_counts(g["text"], p) for (g, _), p in zip(pages, preds, strict=True)]
            )
            print(
                f"{sysname:12s} {set_name:16s} {m['f1']:6.3f} {m['precision']:6.3f} {m['recall']:6.3f} "
                f"{len(pages) / secs:8.0f}"
            )
        print(f"{sysname:12s} {'seeds body-lines':16s} {seeds_body_f1(a.shared, fn):6.3f}")
        every_page = [text for pages in sets.values() for _, text in pages]
        rates = []
        for _ in range(a.repeats):
            start = time.perf_counter()
            for text in every_page:
                with contextlib.suppress(Exception):  # a failing page still took its time
                    fn(text)
            rates.append(len(every_page) / (time.perf_counter() - start))
        print(
            f"{sysname:12s} {'all dev pages':16s} pages/s on one core over {a.repeats} runs: "
            f"best {max(rates):.0f}, median {statistics.median(rates):.0f}"
        )
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
