"""Speed of `read_text` on one core, and a byte-for-byte check of its output against a reference.

    .venv/bin/python bench/text_speed_check.py --save /tmp/text_ref.jsonl   # record the reference
    .venv/bin/python bench/text_speed_check.py --ref /tmp/text_ref.jsonl    # time it and diff
    .venv/bin/python bench/text_speed_check.py --profile                    # cProfile, top 30

Pages: the 692 development text dumps (../shared/data/extraction/{l3s_gn1,cleanportaleval}/text)
and the seed pages (../shared/seeds/*.txt), all read into memory first so that I/O is not timed.
Each repeat runs every page once; the best and the median of the repeats are printed, by wall clock
and by this process's CPU time (less sensitive to other processes on the machine, which inflate
single runs). Pin to one core with `taskset -c 0`. Keep references out of git (e.g. under /tmp).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from newsprism.extract.text import read_text
from newsprism.records import Article, Document

ROOT = Path(__file__).resolve().parent.parent


def load_pages(shared: Path) -> list[Document]:
    paths = sorted((shared / "data" / "extraction").glob("*/text/*.txt")) + sorted(
        (shared / "seeds").glob("*.txt")
    )
    return [Document(id=p.stem, source=str(p), content=p.read_text(encoding="utf-8")) for p in paths]


def summary(article: Article) -> str:
    """The fields the check compares, as one JSON line."""
    return json.dumps(
        {
            "id": article.source,
            "title": article.title,
            "text": article.text,
            "published": article.published,
            "published_source": article.published_source,
            "dateline": article.dateline,
            "authors": list(article.authors),
            "outlet": article.outlet,
            "language": article.language,
            "extra": article.extra,
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--save", type=Path, help="write the outputs here as the new reference")
    ap.add_argument("--ref", type=Path, help="compare the outputs with this reference")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--profile", action="store_true", help="print a cProfile of one pass instead")
    a = ap.parse_args()
    docs = load_pages(a.shared)
    outputs = [summary(read_text(d)) for d in docs]  # also warms the model and the language id
    if a.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        for d in docs:
            read_text(d)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(30)
        return 0
    wall, cpu = [], []
    for _ in range(a.repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        for d in docs:
            read_text(d)
        wall.append(len(docs) / (time.perf_counter() - start))
        cpu.append(len(docs) / (time.process_time() - start_cpu))
    print(
        f"{len(docs)} pages, {a.repeats} runs: wall clock best {max(wall):.0f}, median {statistics.median(wall):.0f} "
        f"pages/s; CPU time best {max(cpu):.0f}, median {statistics.median(cpu):.0f} pages/s"
    )
    if a.save:
        a.save.write_text("\n".join(outputs) + "\n", encoding="utf-8")
        print(f"reference saved to {a.save}")
    if a.ref:
        ref = a.ref.read_text(encoding="utf-8").splitlines()
        diffs = [(r, o) for r, o in zip(ref, outputs, strict=True) if r != o]
        for r, o in diffs[:5]:
            rj, oj = json.loads(r), json.loads(o)
            print(rj["id"], {k: (rj[k], oj[k]) for k in rj if rj[k] != oj[k] and k != "text"})
            if rj["text"] != oj["text"]:
                print("  text differs")
        print("outputs identical" if not diffs else f"{len(diffs)} of {len(docs)} pages differ")
        return 1 if diffs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
