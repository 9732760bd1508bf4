"""articles.jsonl's linking pass, old and new: CPU time of write_jsonl(with_links(read_jsonl(part)))
(every line parsed and dumped again) against write_linked (only each kept line's id read and its
null links replaced), over a digest's own articles.jsonl, and whether their bytes are equal.

    .venv/bin/python bench/articles_writing.py OUTDIR/articles.jsonl [--repeats 3]

The given file's links are read back as the CorpusLinks and blanked into a part file, as
pipeline.digest writes it before the corpus stages.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from newsprism.corpus import CorpusLinks
from newsprism.output.jsonl import read_jsonl, with_links, write_jsonl, write_linked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    links = CorpusLinks(duplicate_of={}, event_of={}, story_of={})
    with tempfile.TemporaryDirectory(prefix="newsprism-writing-") as tmp:
        part = Path(tmp) / "part.jsonl"
        with part.open("w", encoding="utf-8") as out:
            for rec in read_jsonl(args.articles):
                for field, held in (
                    ("duplicate_of", links.duplicate_of),
                    ("event_id", links.event_of),
                    ("story_id", links.story_of),
                ):
                    if rec.get(field) is not None:
                        held[rec["id"]] = rec[field]
                    rec[field] = None
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        old, new = Path(tmp) / "old.jsonl", Path(tmp) / "new.jsonl"
        times: dict[str, list[float]] = {"parse every line": [], "write_linked": []}
        for _ in range(args.repeats):
            t = time.process_time()
            write_jsonl(with_links(read_jsonl(part), links), old)
            times["parse every line"].append(time.process_time() - t)
            t = time.process_time()
            write_linked(part, links, new)
            times["write_linked"].append(time.process_time() - t)
        size = part.stat().st_size / 1e6
        for name, ts in times.items():
            print(
                f"{name:17} CPU best {min(ts):.3f} s, all {' '.join(f'{x:.3f}' for x in ts)} ({size:.0f} MB)"
            )
        print(
            "bytes equal:",
            old.read_bytes() == new.read_bytes(),
            "to the input:",
            old.read_bytes() == args.articles.read_bytes(),
        )


if __name__ == "__main__":
    main()
