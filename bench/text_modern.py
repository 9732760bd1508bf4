"""Plain-text dumps of modern pages that have no body gold: agreement with the peers where they agree.

    .venv/bin/python bench/text_modern.py [--worst N] [--worst-precision N] [--silver-cache FILE] [--show PAGE]

The text dev sets (../shared/data/extraction/*/text) are dumps of pages of 2008 and 2012-13. This
renders the htmldate dev set's 255 pages (mostly 2019-2023, many languages) to dumps the way those
were made (the dev README: PyPI html-text 0.7.1 `extract_text(page, guess_layout=True)` on the
decoded page, trailing spaces stripped, runs of 3+ newlines collapsed to one blank line), reads
each dump as `newsprism digest` reads a .txt file (`extract` of a Document of kind "text"), and
scores its text against bench/html_modern.py's silver reference: newspaper4k's text of the HTML page
on the pages where trafilatura and newspaper4k agree. Printed: mean shingle precision, recall and
their harmonic mean (score.py's AEB counts), the pages recalled below half, the `--worst` pages
(lowest recall), the `--worst-precision` pages (lowest precision), and for comparison newsprism's HTML path on the same pages. The silver is biased towards those two
tools; it is for comparing newsprism with itself. `--silver-cache` keeps the silver texts (the
peers take most of the time) in a JSON file, computed when it is missing. `--show PAGE` prints
that page's dump and newsprism's text of it.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import warnings
from pathlib import Path

import html_text

from html_modern import PAGES, pr, silver_pages
from newsprism.extract import extract
from newsprism.ingest.decoding import decode
from newsprism.records import Document


def dump(html: str) -> str:
    """The page as the dev sets' text dumps were made (../shared/data/extraction/l3s_gn1/README.md)."""
    text = html_text.extract_text(html, guess_layout=True)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in text.split("\n")))


def silver(cache: Path | None) -> dict[str, str]:
    """Page id -> newspaper4k's text, on the pages where trafilatura and newspaper4k agree."""
    if cache is not None and cache.exists():
        return dict(json.loads(cache.read_text(encoding="utf-8")))
    texts = {path.stem: news for path, _, news in silver_pages(sorted(PAGES.glob("*.html")))}
    if cache is not None:
        cache.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    return texts


def read(page_id: str, content: str, kind: str) -> str:
    return extract(Document(id=page_id, source=str(PAGES), kind=kind, content=content)).text  # type: ignore[arg-type]


def report(name: str, rows: list[tuple[str, float, float]], worst: int, worst_precision: int = 0) -> None:
    n = len(rows)
    p = sum(r[1] for r in rows) / n
    r = sum(r[2] for r in rows) / n
    print(f"{name} on {n} htmldate pages where trafilatura and newspaper4k agree:")
    print(f"  against newspaper4k's text: P {p:.3f} R {r:.3f} F {2 * p * r / (p + r):.3f}")
    print(f"  pages recalled below 0.5: {sum(1 for x in rows if x[2] < 0.5)}")
    for page, pp, rr in sorted(rows, key=lambda x: (x[2], x[1]))[:worst]:
        print(f"    {page:48} P {pp:.2f} R {rr:.2f}")
    if worst_precision:
        print("  lowest precision:")
        for page, pp, rr in sorted(rows, key=lambda x: (x[1], x[2]))[:worst_precision]:
            print(f"    {page:48} P {pp:.2f} R {rr:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--worst", type=int, default=10, help="list this many pages with the lowest recall")
    ap.add_argument(
        "--worst-precision", type=int, default=0, help="list this many pages with the lowest precision"
    )
    ap.add_argument("--silver-cache", type=Path, help="JSON file of the silver texts (made when missing)")
    ap.add_argument("--no-html", action="store_true", help="skip the HTML path's figures")
    ap.add_argument("--show", help="print this page's dump and newsprism's text of it")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    logging.disable(logging.CRITICAL)
    if args.show:
        text = dump(decode((PAGES / f"{args.show}.html").read_bytes(), html=True))
        print(text, "\n==================== newsprism:\n", read(args.show, text, "text"), sep="")
        return
    ref = silver(args.silver_cache)
    text_rows, html_rows = [], []
    for page_id, news in sorted(ref.items()):
        html = decode((PAGES / f"{page_id}.html").read_bytes(), html=True)
        text_rows.append((page_id, *pr(read(page_id, dump(html), "text"), news)))
        if not args.no_html:
            html_rows.append((page_id, *pr(read(page_id, html, "html"), news)))
    print(f"of {len(list(PAGES.glob('*.html')))} pages")
    report("newsprism, text dumps", text_rows, args.worst, args.worst_precision)
    if html_rows:
        report("newsprism, HTML pages (for comparison)", html_rows, args.worst, args.worst_precision)


if __name__ == "__main__":
    main()
