"""Headings cut short in a digest's briefing.md (briefing9, session 29): how many story, event and
article headings end in "…", and of those how many end on a word that opens a phrase ("... Hugh
Jackman will …", "... in the …") or are a lead-in alone ("At the time of the explosion …").

    python bench/briefing_headings.py OUTDIR [OUTDIR ...]

The word lists are the bench's own, written apart from output/briefs.py's so that the figure does
not follow a change to them.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# fmt: off
OPEN_WORDS = {
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "from", "into", "and", "or",
    "but", "that", "which", "who", "will", "would", "is", "are", "was", "were", "be", "been", "has",
    "have", "had", "its", "his", "her", "their",
}
LEAD_IN = {"at", "in", "on", "after", "before", "during", "since", "as", "along", "with", "over", "for", "while", "when"}
# fmt: on
HEADING = re.compile(r"^#{2,3} (?:\[\d+\] )?(.*)$", re.M)


def measure(out: Path) -> dict[str, int]:
    md = (out / "briefing.md").read_text(encoding="utf-8")
    headings = HEADING.findall(md)
    cut = [h[: -len(" …")].split() for h in headings if h.endswith(" …")]
    return {
        "headings": len(headings),
        "cut with …": len(cut),
        "ending on an open word": sum(1 for w in cut if w and w[-1].lower() in OPEN_WORDS),
        "a lead-in alone": sum(1 for w in cut if w and w[0].lower() in LEAD_IN and len(w) <= 8),
    }


def main(argv: list[str]) -> None:
    rows = {str(p): measure(Path(p)) for p in argv}
    keys = next(iter(rows.values())).keys() if rows else []
    print("| " + " | ".join(["figure", *rows]) + " |")
    print("| --- " * (len(rows) + 1) + "|")
    for k in keys:
        print("| " + " | ".join([k, *(f"{r[k]:,}" for r in rows.values())]) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
