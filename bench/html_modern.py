"""HTML bodies on modern pages that have no body gold: agreement with the peers where they agree.

    .venv/bin/python bench/html_modern.py [--first-only] [--worst N] [--worst-precision N] [--peers FILE]
    .venv/bin/python bench/html_modern.py --disagree [--show PAGE] [--peers FILE]

The extraction dev sets are pages of 2008 (l3s_gn1) and 2012-13 (cleanportaleval). The htmldate
dev set (../shared/data/dates/htmldate/html, 255 pages, mostly 2019-2023, many languages) has
only publication dates for gold, so its bodies are measured here against a silver reference:
on the pages where trafilatura and newspaper4k agree (each holds >= AGREE of the other's 4-token
shingles), newspaper4k's text. The figure is biased towards those two tools (they agree there by
construction), so it is for comparing newsprism with itself (`--first-only`: the readability-vote
scorer without the two-vote scorer's blocks), not with them. Printed: newsprism's mean shingle
precision, recall and their harmonic mean over the silver pages (the AEB metric of score.py,
against the silver text), the pages it recalls less than half of, the `--worst` pages (lowest
recall) and the `--worst-precision` pages (lowest precision; many of those are newspaper4k's
misses, a lead or a list it leaves out, so read them before calling them furniture).

`--disagree` lists the other pages, where the two peers do not agree (or one found nothing), which
have no silver text and are read by hand: each with the three systems' word counts and the
pairwise shingle precision/recall (`ours/traf` is newsprism's precision and recall against
trafilatura's text, and so on). `--show PAGE` prints the three texts of one page (any page).

`--peers FILE` keeps the peers' texts (trafilatura's and newspaper4k's, which do not change with
newsprism's code and take most of a run) in a JSON file: read when it exists, written when not.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import warnings
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))
sys.path.insert(0, str(ROOT / "src"))

import score  # noqa: E402  (the shared scorer, not a package)
import trafilatura  # noqa: E402

from newsprism.extract import html_body  # noqa: E402
from newsprism.extract.html import read_html  # noqa: E402
from newsprism.ingest.decoding import decode  # noqa: E402
from newsprism.records import Document  # noqa: E402

PAGES = SHARED / "data" / "dates" / "htmldate" / "html"
AGREE = 0.8  # both ways: "agree" means each tool keeps most of the other's text (not tuned)


def newspaper_text(html: str) -> str:
    import newspaper

    a = newspaper.Article(url="http://example.com/article", fetch_images=False)
    a.download(input_html=html)
    try:
        a.parse()
    except (LookupError, ImportError):  # its CJK tokenizers want NLTK data or packages not installed
        return ""
    return a.text or ""


def pr(pred: str, ref: str) -> tuple[float, float]:
    """Shingle precision and recall of one text against another (score.py's AEB counts)."""
    tp, fp, fn = score.aeb_counts(ref, pred)
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)


# the --peers file: page stem -> [trafilatura's text, newspaper4k's text]
PEERS: dict[str, list[str]] = {}


def peer_texts(pages: list[Path]) -> Iterator[tuple[Path, str, str, str]]:
    """(path, decoded html, trafilatura's text, newspaper4k's text) of each page."""
    for path in pages:
        html = decode(path.read_bytes(), html=True)
        if path.stem not in PEERS:
            PEERS[path.stem] = [trafilatura.extract(html, include_comments=False) or "", newspaper_text(html)]
        traf, news = PEERS[path.stem]
        yield path, html, traf, news


def peers_agree(traf: str, news: str) -> bool:
    return bool(traf.strip() and news.strip() and min(pr(traf, news)) >= AGREE)


def silver_pages(pages: list[Path]) -> Iterator[tuple[Path, str, str]]:
    """(path, decoded html, newspaper4k's text) of the pages where trafilatura and newspaper4k agree."""
    for path, html, traf, news in peer_texts(pages):
        if peers_agree(traf, news):
            yield path, html, news


def ours(path: Path, html: str) -> str:
    return read_html(Document(id=path.stem, source=str(PAGES), kind="html", content=html)).text


def words(text: str) -> int:
    return len(text.split())


def disagree(pages: list[Path]) -> None:
    """The table of the pages where the peers disagree (see the module docstring)."""
    print(f"{'page':44} {'words ours/traf/news':>20}  ours/traf  ours/news  traf/news")
    n = 0
    for path, html, traf, news in peer_texts(pages):
        if peers_agree(traf, news):
            continue
        n += 1
        text = ours(path, html)
        counts = f"{words(text)}/{words(traf)}/{words(news)}"
        pairs = "  ".join(
            "{:.2f} {:.2f}".format(*pr(a, b)) for a, b in ((text, traf), (text, news), (traf, news))
        )
        print(f"{path.stem[:44]:44} {counts:>20}  {pairs}")
    print(f"{n} of {len(pages)} pages where trafilatura and newspaper4k disagree")


def show(path: Path) -> None:
    """The three texts of one page."""
    for _, html, traf, news in peer_texts([path]):
        for name, text in (("newsprism", ours(path, html)), ("trafilatura", traf), ("newspaper4k", news)):
            print(f"===== {name} ({words(text)} words)")
            print(text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--first-only", action="store_true", help="without the two-vote scorer's blocks")
    ap.add_argument("--worst", type=int, default=10, help="list this many pages with the lowest recall")
    ap.add_argument("--worst-precision", type=int, default=0, help="list this many with the lowest precision")
    ap.add_argument("--disagree", action="store_true", help="list the pages where the peers disagree")
    ap.add_argument("--show", metavar="PAGE", help="print the three texts of this page (file stem)")
    ap.add_argument(
        "--peers", type=Path, help="JSON file of the peers' texts: read if it exists, else written"
    )
    args = ap.parse_args()
    if args.peers and args.peers.exists():
        PEERS.update(json.loads(args.peers.read_text("utf-8")))
    warnings.filterwarnings("ignore")
    logging.disable(logging.CRITICAL)
    if args.first_only:
        first, second = html_body.scorers()
        keeps_nothing = replace(second, threshold=2.0)  # a probability never reaches 2
        html_body.scorers = lambda: (first, keeps_nothing)  # type: ignore[assignment]
    pages = sorted(PAGES.glob("*.html"))
    try:
        if args.show:
            show(PAGES / f"{args.show}.html")
        elif args.disagree:
            disagree(pages)
        else:
            silver(pages, args.first_only, args.worst, args.worst_precision)
    finally:
        if args.peers and not args.peers.exists() and len(PEERS) == len(pages):
            args.peers.write_text(json.dumps(PEERS, ensure_ascii=False), "utf-8")


def silver(pages: list[Path], first_only: bool, worst: int, worst_precision: int) -> None:
    """The silver figure and the worst pages (see the module docstring)."""
    rows = []
    for path, html, news in silver_pages(pages):
        rows.append((path.stem, *pr(ours(path, html), news)))
    n = len(rows)
    p = sum(r[1] for r in rows) / n
    r = sum(r[2] for r in rows) / n
    which = "first scorer only" if first_only else "both scorers"
    print(
        f"newsprism ({which}) on {n} of {len(pages)} htmldate pages where trafilatura and newspaper4k agree:"
    )
    print(f"  against newspaper4k's text: P {p:.3f} R {r:.3f} F {2 * p * r / (p + r):.3f}")
    print(f"  pages recalled below 0.5: {sum(1 for x in rows if x[2] < 0.5)}")
    for page, pp, rr in sorted(rows, key=lambda x: x[2])[:worst]:
        print(f"    {page:48} P {pp:.2f} R {rr:.2f}")
    if worst_precision:
        print("  lowest precision:")
        for page, pp, rr in sorted(rows, key=lambda x: x[1])[:worst_precision]:
            print(f"    {page:48} P {pp:.2f} R {rr:.2f}")


if __name__ == "__main__":
    main()
