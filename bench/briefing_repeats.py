"""How often an event's section of the briefing says one statement twice (B9-2, B9-3, session 29).

    python bench/briefing_repeats.py OUT [OUT ...]

Reads OUT/briefing.html (every claim and quote is in the page, the long lists under a fold) and, per
event section, counts:

- claims whose text is a sentence of the section's summary word for word (B9-2), by status;
- single-source claims that hold a quote of the section's Quotes list (B9-3): any, and those whose
  quoted words are more than half of the claim's (output/briefs.py QUOTED_SHARE);
- the lines saying how many claims were left out as said elsewhere ("2 more said in the summary").

It reads what the page prints, not events.jsonl, so it measures any version of the renderer.
"""

from __future__ import annotations

import html
import re
import sys
from collections import Counter
from pathlib import Path

_EVENT = re.compile(r'<section class="event".*?</section>', re.S)
_SUMMARY = re.compile(r'<div class="summary"><p>(.*?)</p></div>', re.S)
_CITES = re.compile(r'<sup class="cites">.*?</sup>', re.S)
_COLUMN = re.compile(
    r'<div class="(corroborated|single_source|conflict)"><h5>.*?</h5>(.*?)</div>(?=<div class="|</div>)', re.S
)
_ITEM = re.compile(r"<li>(.*?)(?:<sup class=\"cites\">|<div class=\"values\">|</li>)", re.S)
_QUOTE = re.compile(r'<blockquote class="quote"><p>“(.*?)”</p>', re.S)
_ELSEWHERE = re.compile(r'<p class="none">(.*?)</p>')
_TAG = re.compile(r"<[^>]+>")


def text(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub("", fragment)).split())


def count(page: str) -> Counter[str]:
    n: Counter[str] = Counter()
    for section in _EVENT.findall(page):
        n["events"] += 1
        summary = _SUMMARY.search(section)
        said = {text(s) for s in _CITES.split(summary.group(1))} - {""} if summary else set()
        quotes = [text(q) for q in _QUOTE.findall(section)]
        for status, column in _COLUMN.findall(section):
            for item in _ITEM.findall(column):
                claim = text(item)
                if not claim or claim == "None found.":
                    continue
                n[f"claims {status}"] += 1
                if claim in said:
                    n[f"B9-2 {status} repeats a summary sentence"] += 1
                if status == "single_source":
                    found = {q for q in quotes if q and q in claim}
                    if found:
                        n["B9-3 single-source holds a listed quote"] += 1
                        if sum(len(q.split()) for q in found) > len(claim.split()) / 2:
                            n["B9-3 single-source mostly a listed quote"] += 1
            for line in _ELSEWHERE.findall(column):
                for number, where in re.findall(
                    r"(\d+)(?: more)? (said in the summary|quoted under Quotes)", line
                ):
                    n[f"left out: {where}"] += int(number)
    return n


def main(outs: list[str]) -> None:
    counts = [count(Path(out, "briefing.html").read_text(encoding="utf-8")) for out in outs]
    keys = sorted(set().union(*counts))
    print("| " + " | ".join(["briefing.html", *outs]) + " |")
    print("| --- " + "| ---: " * len(outs) + "|")
    for key in keys:
        print(f"| {key} | " + " | ".join(f"{c[key]:,}" for c in counts) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
