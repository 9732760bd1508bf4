"""Publication dates the text reader finds in plain-text documents, against a reference date.

Every text document of the dev sets is extracted with the container's date taken away
(Document.published = None, and the URL too, which can carry a date), so what is left is the
reader's own (extract.text / extract.prose, with extract.textdate's readers). Reference dates:

  - basil (clustering), timelines/t17: the corpus's own article date ("published" in docs.jsonl)
  - allsides: the date in the article's URL (/2021/08/24/, -20210824-), where it has one (README:
    the record's date is withheld on purpose, the URL often carries the real one)
  - ecbplus: none (its dates are the text's own date lines, not annotated), counted only
  - extraction l3s_gn1/text, cleanportaleval/text: the same page's HTML date as
    extract.dates.html_publication_date reads it (dev F1 0.96 on dates/htmldate: a reference, not
    gold), where it gives one
  - heap-10000 (bench/out): counted; its T17 documents (bpoil_*, H1N1_*) against their T17 date

Prints, per set: documents, dated by the reader, with a reference, right (same day), wrong, missed
(reference but no date), dated without a reference; then each wrong document with its evidence
(published_source) with --errors.

    .venv/bin/python bench/dates_text.py [--errors] [--sets basil,t17,...]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from newsprism.extract import extract
from newsprism.extract.dates import html_publication_date
from newsprism.ingest.sources import read_documents
from newsprism.records import Document

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("NEWSPRISM_SHARED", ROOT.parent / "shared")) / "data"
HEAP = ROOT / "bench" / "out" / "heap-10000.jsonl"
# a date in a URL: /2021/08/24/, /2021-08-24/, -20210824- (nydailynews); csmonitor's /2021/0921/
_URL_DATE = re.compile(
    r"(?<!\d)(20[012]\d)(?:[/_-]([01]\d)[/_-]([0-3]\d)|([01]\d)([0-3]\d)|/([01]\d)([0-3]\d))(?!\d)"
)


def url_day(url: str | None) -> str | None:
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    year = match[1]
    month, day = next((match[i], match[i + 1]) for i in (2, 4, 6) if match[i])
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    return f"{year}-{month}-{day}"


def records(path: Path) -> dict[str, dict[str, object]]:
    return {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def html_reference(folder: Path) -> dict[str, str | None]:
    """The HTML chooser's date of each page of an extraction set, by id."""
    days = {}
    for page in sorted((folder / "html").iterdir()):
        html = page.read_bytes().decode("utf-8", errors="replace")
        days[page.stem] = html_publication_date(html)[0]
    return days


def sets(names: set[str]) -> Iterator[tuple[str, Path, dict[str, str | None]]]:
    """(set name, input path, reference day by document id) for each set asked for."""
    if "basil" in names:
        path = DATA / "clustering" / "basil" / "docs.jsonl"
        yield "basil", path, {k: r["published"] for k, r in records(path).items()}  # type: ignore[misc]
    if "t17" in names:
        path = DATA / "timelines" / "t17" / "docs.jsonl"
        yield "t17", path, {k: r["published"] for k, r in records(path).items()}  # type: ignore[misc]
    if "allsides" in names:
        path = DATA / "clustering" / "allsides" / "docs.jsonl"
        yield "allsides", path, {k: url_day(r.get("url")) for k, r in records(path).items()}  # type: ignore[arg-type]
    if "ecbplus" in names:
        yield "ecbplus", DATA / "clustering" / "ecbplus" / "docs.jsonl", {}
    for name in ("l3s_gn1", "cleanportaleval"):
        if name in names:
            folder = DATA / "extraction" / name
            yield name, folder / "text", html_reference(folder)
    if "heap" in names and HEAP.exists():
        t17 = records(DATA / "timelines" / "t17" / "docs.jsonl")
        yield "heap-10000", HEAP, {k: r["published"] for k, r in t17.items()}  # type: ignore[misc]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="basil,t17,allsides,ecbplus,l3s_gn1,cleanportaleval,heap")
    parser.add_argument("--errors", action="store_true", help="list each wrong document")
    args = parser.parse_args()
    print(
        f"{'set':16} {'docs':>6} {'dated':>6} {'ref':>6} {'right':>6} {'wrong':>6} {'missed':>6} {'no-ref':>6}"
    )
    wrong_rows = []
    for name, path, reference in sets(set(args.sets.split(","))):
        counts: Counter[str] = Counter()
        sources: Counter[str] = Counter()
        for doc in read_documents([path]):
            if doc.kind != "text":
                continue
            stripped: Document = dataclasses.replace(doc, published=None, url=None)
            article = extract(stripped)
            pred = article.published if article is not None else None
            gold = reference.get(doc.id)
            counts["docs"] += 1
            counts["dated"] += pred is not None
            counts["ref"] += gold is not None
            if pred is not None and gold is None:
                counts["no-ref"] += 1
            elif gold is not None and pred is None:
                counts["missed"] += 1
            elif gold is not None:
                ok = pred == gold
                counts["right" if ok else "wrong"] += 1
                source = article.published_source if article is not None else None
                sources[f"{source} {'right' if ok else 'wrong'}"] += 1
                if not ok:
                    wrong_rows.append(
                        (name, doc.id, gold, pred, source, (article.text if article else "")[:100])
                    )
        print(
            f"{name:16} {counts['docs']:6} {counts['dated']:6} {counts['ref']:6} {counts['right']:6} "
            f"{counts['wrong']:6} {counts['missed']:6} {counts['no-ref']:6}   "
            + ", ".join(f"{k} {v}" for k, v in sorted(sources.items()))
        )
    if args.errors:
        for row in wrong_rows:
            print("\t".join(map(str, row)))


if __name__ == "__main__":
    main()
