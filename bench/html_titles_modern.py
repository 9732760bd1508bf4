"""Headlines on modern pages that have no title gold: ours beside the page's own headline fields.

    .venv/bin/python bench/html_titles_modern.py [--all] [--no-trafilatura] [--save FILE]

The extraction dev sets with title gold are pages of 2008 (l3s_gn1) and 2012-13 (cleanportaleval).
The htmldate dev set (../shared/data/dates/htmldate/html, 255 pages, mostly 2019-2023, many
languages) has no headline gold, so this lists, for each page, newsprism's headline (read_html)
beside the page's og:title, <title>, first <h1> and trafilatura's title
(bare_extraction(with_metadata=True)). Printed: the number of pages where our headline, normalised
as score.py does (norm_title), equals neither og:title nor the first <h1>, and those pages (with
--all, every page). A page in that list is not wrong by itself (og:title can carry a site name,
an h1 can be the logo): it is a page to read. Those where our headline is one segment of og:title,
the <title> or the h1 (between separators: "Rasende Polizisten" of "Rasende Polizisten -
strafprozess.ch") are counted apart and marked "(segment)": mostly a site name cut off. `--save` writes all rows as JSON lines, to diff
two runs.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))
sys.path.insert(0, str(ROOT / "src"))

import score  # noqa: E402  (the shared scorer, not a package)
from lxml import html as lxml_html  # noqa: E402

from newsprism.extract.html import read_html  # noqa: E402
from newsprism.extract.html_meta import _TITLE_SEP, page_meta  # noqa: E402
from newsprism.ingest.decoding import decode  # noqa: E402
from newsprism.records import Document  # noqa: E402

PAGES = SHARED / "data" / "dates" / "htmldate" / "html"


def _clean(text: str | None) -> str | None:
    text = " ".join((text or "").split())
    return text or None


def fields(html: str) -> dict[str, str | None]:
    """og:title, <title> and the first <h1> of a page."""
    try:
        tree = lxml_html.document_fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return {"og": None, "title": None, "h1": None}
    meta = page_meta(tree)
    h1 = next(tree.iter("h1"), None)
    return {
        "og": meta.meta.get("og:title"),
        "title": meta.title,
        "h1": _clean(h1.text_content()) if h1 is not None else None,
    }


def trafilatura_title(html: str) -> str | None:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True)
    if doc is None:
        return None
    title = doc.get("title") if isinstance(doc, dict) else getattr(doc, "title", None)
    return _clean(title)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--all", action="store_true", help="list every page, not only the differing ones")
    ap.add_argument("--no-trafilatura", action="store_true", help="skip trafilatura's title (faster)")
    ap.add_argument("--save", type=Path, help="write all rows as JSON lines here")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    logging.disable(logging.CRITICAL)
    rows = []
    for path in sorted(PAGES.glob("*.html")):
        html = decode(path.read_bytes(), html=True)
        ours = read_html(Document(id=path.stem, source=str(PAGES), kind="html", content=html)).title
        row = {"id": path.stem, "ours": ours, **fields(html)}
        row["trafilatura"] = None if args.no_trafilatura else trafilatura_title(html)
        refs = {score.norm_title(row[k]) for k in ("og", "h1") if row[k]}
        row["differs"] = score.norm_title(ours) not in refs
        segments = {
            score.norm_title(p) for k in ("og", "title", "h1") if row[k] for p in _TITLE_SEP.split(row[k])
        }
        row["segment"] = row["differs"] and bool(ours) and score.norm_title(ours) in segments
        rows.append(row)
    differing = [r for r in rows if r["differs"]]
    none = sum(1 for r in rows if not r["ours"])
    print(f"newsprism headlines on {len(rows)} htmldate pages:")
    print(f"  equal to neither og:title nor the first <h1> (norm_title): {len(differing)}")
    print(f"    of which one segment of og:title, <title> or h1: {sum(1 for r in differing if r['segment'])}")
    print(f"  no headline: {none}")
    for r in rows if args.all else differing:
        mark = " (segment)" if r["segment"] else "" if r["differs"] else "  (agrees)"
        print(f"\n{r['id']}{mark}")
        for key in ("ours", "og", "title", "h1", "trafilatura"):
            print(f"  {key:11} {r[key]!r}")
    if args.save:
        with args.save.open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
