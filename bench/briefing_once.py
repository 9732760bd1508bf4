"""Re-render a digest's briefing with the newsprism on PYTHONPATH, and count what it says twice
(session 30: B9-1, B10-1, B10-3, B9-8).

    PYTHONPATH=SRC python bench/briefing_once.py render DIGEST OUT   # OUT/briefing.html, .md
    python bench/briefing_once.py count OUT [OUT ...]                # the table

`render` rebuilds the briefs from DIGEST's JSON Lines (bench/briefing.py's `load`), so two versions
of the renderer can be compared on one digest. `count` reads OUT/briefing.html and counts, per
event section: timeline entries that repeat a line of the story timeline printed above (B9-1);
statements under Quotes whose words are in a summary sentence of the section (B10-1);
corroborated claims more than half made of a listed quote (B10-3); and the stories headed by the
heading of one of their events (B9-8).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from briefing_repeats import _CITES, _EVENT, _QUOTE, _SUMMARY, text  # noqa: E402  (bench/, on sys.path above)

_STORY = re.compile(r'<section class="story".*?(?=<section class="story"|</main>)', re.S)
_STORY_TIMELINE = re.compile(r"<h4>Story timeline</h4>(.*?)</figure>", re.S)
_TIMELINE = re.compile(r"<h4>Timeline</h4>(.*?)(?=<h4>Sources</h4>)", re.S)
_TL_ITEM = re.compile(r'<li><span class="tl-when">(.*?)</span>(.*?)<sup', re.S)
_CORROBORATED = re.compile(r'<div class="corroborated"><h5>.*?</h5>(.*?)</div>(?=<div class=")', re.S)
_ITEM = re.compile(r"<li>(.*?)(?:<sup class=\"cites\">|</li>)", re.S)
_H2 = re.compile(r"<h2>(.*?)</h2>")
_H3 = re.compile(r"<h3>(.*?)</h3>")


def count(page: str) -> Counter[str]:
    n: Counter[str] = Counter()
    for story in _STORY.findall(page):
        events = _EVENT.findall(story)
        n["stories"] += 1
        heading = _H2.search(story)
        if len(events) > 1 and heading and any(heading.group(1) == h for h in _H3.findall(story)):
            n["B9-8 multi-event stories headed by an event's heading"] += 1
        above = _STORY_TIMELINE.search(story.split('<section class="event"', 1)[0])
        story_lines = {(text(w), text(t)) for w, t in _TL_ITEM.findall(above.group(1))} if above else set()
        for section in events:
            n["events"] += 1
            timeline = _TIMELINE.search(section)
            for when, what in _TL_ITEM.findall(timeline.group(1)) if timeline else ():
                n["event timeline entries"] += 1
                n["B9-1 ... repeating the story timeline"] += (text(when), text(what)) in story_lines
            summary = _SUMMARY.search(section)
            said = " ".join(text(s) for s in _CITES.split(summary.group(1))) if summary else ""
            quotes = [text(q) for q in _QUOTE.findall(section)]
            n["quotes listed"] += len(quotes)
            n["B10-1 ... in a summary sentence"] += sum(1 for q in quotes if q and q in said)
            column = _CORROBORATED.search(section)
            for item in _ITEM.findall(column.group(1)) if column else ():
                claim = text(item)
                if not claim or claim == "None found.":
                    continue
                n["corroborated claims listed"] += 1
                found = [q for q in quotes if q and q in claim]
                n["B10-3 ... more than half a listed quote"] += (
                    sum(len(q.split()) for q in found) > len(claim.split()) / 2
                )
    return n


def main() -> None:
    if sys.argv[1:2] == ["render"]:
        from briefing import load  # bench/briefing.py, on sys.path above
        from newsprism.output.briefing import write_briefing

        digest, out = Path(sys.argv[2]), Path(sys.argv[3])
        out.mkdir(parents=True, exist_ok=True)
        articles, stories, dropped, duplicate_of = load(digest)
        write_briefing(articles, stories, dropped, out, duplicate_of=duplicate_of)
        return
    outs = [Path(p) for p in sys.argv[2:]]
    counts = [count((o / "briefing.html").read_text(encoding="utf-8")) for o in outs]
    keys = list(dict.fromkeys(k for c in counts for k in c))
    print("| briefing.html | " + " | ".join(o.name for o in outs) + " |")
    print("| --- |" + " ---: |" * len(outs))
    for k in keys:
        print(f"| {k} | " + " | ".join(f"{c[k]:,}" for c in counts) + " |")


if __name__ == "__main__":
    main()
