"""Headlines of plain-text dumps of modern pages: the text path's beside the HTML path's.

    .venv/bin/python bench/text_titles_modern.py [--all] [--save FILE] [--diff FILE]

The text dev sets with title gold are dumps of pages of 2008 (l3s_gn1) and 2012-13
(cleanportaleval). This renders the htmldate dev set's 255 pages (no title gold; mostly 2019-2023,
many languages) to text dumps as bench/text_modern.py does (html-text, as the dev dumps were made)
and reads each dump as `newsprism digest` reads a .txt file (`extract` of a Document of kind
"text"). Its headline is set beside the HTML path's headline of the same page (read_html: 0.967
accurate on l3s_gn1's titled pages), both normalised as score.py compares titles (norm_title).
Printed: the pages where the two agree, those where the text path's headline is one segment of
the HTML path's or the reverse (a site name or a kicker left on or cut off), and those where they
disagree (with --all, every page). A disagreement is a page to read, not an error by itself: the
HTML path can be the wrong one. `--save` writes all rows as JSON lines; `--diff FILE` prints the
pages whose text-path headline differs from a saved run's.
"""

from __future__ import annotations

import argparse
import json
import logging
import warnings
from pathlib import Path

from html_modern import PAGES, score  # score: the shared scorer (html_modern puts it on sys.path)
from newsprism.extract import extract
from newsprism.ingest.decoding import decode
from newsprism.records import Document
from text_modern import dump


def headline(page_id: str, content: str, kind: str) -> str:
    doc = Document(id=page_id, source=str(PAGES), kind=kind, content=content)  # type: ignore[arg-type]
    return extract(doc).title or ""


def relation(text_title: str, html_title: str) -> str:
    """'same', 'segment' (one normalised title holds the other whole) or 'differ'."""
    t, h = score.norm_title(text_title), score.norm_title(html_title)
    if t == h:
        return "same"
    if t and h and (f" {t} " in f" {h} " or f" {h} " in f" {t} "):
        return "segment"
    return "differ"


def headline_rows() -> list[dict[str, str]]:
    """For each htmldate page: its id, the text path's and the HTML path's headline, their relation."""
    warnings.filterwarnings("ignore")
    logging.disable(logging.CRITICAL)
    rows = []
    for path in sorted(PAGES.glob("*.html")):
        html = decode(path.read_bytes(), html=True)
        text_title, html_title = headline(path.stem, dump(html), "text"), headline(path.stem, html, "html")
        rows.append({"page": path.stem, "text": text_title, "html": html_title})
        rows[-1]["rel"] = relation(text_title, html_title)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--all", action="store_true", help="print every page, not only disagreements")
    ap.add_argument("--save", type=Path, help="write every row as a JSON line")
    ap.add_argument("--diff", type=Path, help="a --save file: print the pages whose text headline changed")
    args = ap.parse_args()
    rows = headline_rows()
    counts = {k: sum(r["rel"] == k for r in rows) for k in ("same", "segment", "differ")}
    print(
        f"{len(rows)} htmldate pages: text-path headline = HTML path's on {counts['same']}, "
        f"a segment of it (or it of ours) on {counts['segment']}, different on {counts['differ']}"
    )
    for r in rows:
        if args.all or r["rel"] != "same":
            print(f"  {r['page']:44} [{r['rel']}]\n    text: {r['text']!r}\n    html: {r['html']!r}")
    if args.diff:
        old = {r["page"]: r for r in map(json.loads, args.diff.read_text(encoding="utf-8").splitlines())}
        changed = [r for r in rows if r["page"] in old and old[r["page"]]["text"] != r["text"]]
        print(f"{len(changed)} text-path headlines changed against {args.diff}:")
        for r in changed:
            print(
                f"  {r['page']:44} {old[r['page']]['rel']} -> {r['rel']}\n"
                f"    old:  {old[r['page']]['text']!r}\n    new:  {r['text']!r}\n    html: {r['html']!r}"
            )
    if args.save:
        args.save.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )


if __name__ == "__main__":
    main()
