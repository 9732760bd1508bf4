"""Re-render the briefing of a `newsprism digest` output folder and measure it.

    .venv/bin/newsprism digest ../shared/data/clustering/allsides/docs.jsonl -o out/allsides
    .venv/bin/python bench/briefing.py out/allsides --repeats 3

Rebuilds the briefs from the folder's JSON Lines (articles, events, stories, quotes), writes
briefing.html and briefing.md to a scratch folder, and prints their sizes, the render time (best
and median of the repeats, one core) and whether every citation in the page lands on an anchor.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from newsprism.corpus import Event, Story
from newsprism.output.briefing import EventBrief, StoryBrief, write_briefing
from newsprism.output.briefs import MIN_QUOTE_WORDS
from newsprism.output.jsonl import read_jsonl
from newsprism.records import Article, Claim, Entity, Quote, SummarySentence, TimelineEntry


def _timeline(rows: list[dict[str, Any]]) -> tuple[TimelineEntry, ...]:
    return tuple(
        TimelineEntry(date=t["date"], text=t["text"], article_ids=tuple(t["article_ids"])) for t in rows
    )


def load(outdir: Path) -> tuple[list[Article], list[StoryBrief], Counter[str], dict[str, str]]:
    articles, dropped, duplicate_of = [], Counter[str](), {}
    for r in read_jsonl(outdir / "articles.jsonl"):
        if r["dropped"]:
            dropped[r["dropped"]] += 1
            continue
        articles.append(
            Article(
                id=r["id"],
                source=r.get("source") or r["id"],
                url=r.get("url"),
                title=r["title"],
                text=r["text"],
                published=r["published"],
                outlet=r["outlet"],
                authors=tuple(r["authors"]),
                language=r["language"],
            )  # fmt: skip
        )
        if r["duplicate_of"]:
            duplicate_of[r["id"]] = r["duplicate_of"]
    quotes: dict[str, list[Quote]] = {}
    for q in read_jsonl(outdir / "quotes.jsonl"):
        if len(q["quote"].split()) < MIN_QUOTE_WORDS:  # as story_briefs leaves them out of the digest's
            continue
        quotes.setdefault(q["event_id"], []).append(
            Quote(
                article_id=q["article_id"],
                quote=q["quote"],
                speaker=q["speaker"],
                start=0,
                end=0,
                statement=q.get("statement"),
            )  # fmt: skip
        )
    events = {}
    for r in read_jsonl(outdir / "events.jsonl"):
        event = Event(id=r["id"], story_id=r["story_id"], title=r["title"], start=r["start"], end=r["end"],
                      article_ids=tuple(r["article_ids"]), outlets=tuple(r["outlets"]))  # fmt: skip
        events[r["id"]] = EventBrief(
            event=event,
            summary=tuple(
                SummarySentence(text=s["text"], article_ids=tuple(s["article_ids"])) for s in r["summary"]
            ),
            entities=tuple(
                Entity(
                    name=x["name"],
                    type=x["type"],
                    role=x["role"],
                    article_ids=tuple(x["article_ids"]),
                    aliases=tuple(x.get("aliases", ())),
                )  # fmt: skip
                for x in r["entities"]
            ),
            claims=tuple(
                Claim(
                    text=c["text"],
                    status=c["status"],
                    article_ids=tuple(c["article_ids"]),
                    values=c["values"],
                    evidence=c.get("evidence", {}),
                )
                for c in r["claims"]
            ),
            quotes=tuple(quotes.get(r["id"], ())),
            timeline=_timeline(r["timeline"]),
        )
    stories = [
        StoryBrief(
            story=Story(
                id=r["id"], title=r["title"], event_ids=tuple(r["event_ids"]), start=r["start"], end=r["end"]
            ),
            events=tuple(events[e] for e in r["event_ids"]),
            timeline=_timeline(r["timeline"]),
        )
        for r in read_jsonl(outdir / "stories.jsonl")
    ]
    return articles, stories, dropped, duplicate_of


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"] or "")
        if tag == "a" and (a.get("href") or "").startswith("#"):
            self.links.append((a["href"] or "")[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path, help="a `newsprism digest` output folder")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    articles, stories, dropped, duplicate_of = load(args.outdir)
    times = []
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch)
        for _ in range(args.repeats):
            t0 = time.process_time()
            write_briefing(articles, stories, dropped, out, duplicate_of=duplicate_of)
            times.append(time.process_time() - t0)
        page = (out / "briefing.html").read_text(encoding="utf-8")
        md_bytes = (out / "briefing.md").stat().st_size
    anchors = _Anchors()
    anchors.feed(page)
    broken = [h for h in anchors.links if h not in anchors.ids]
    n_events = sum(len(s.events) for s in stories)
    html_bytes = len(page.encode("utf-8"))
    print("| articles | events | stories | briefing.html | per article | briefing.md | links (broken) | "
          "render s, CPU (best / median) |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|")
    print(
        f"| {len(articles)} | {n_events} | {len(stories)} | {html_bytes / 1e6:.2f} MB | "
        f"{html_bytes / max(len(articles), 1) / 1e3:.1f} kB | {md_bytes / 1e6:.2f} MB | "
        f"{len(anchors.links)} ({len(broken)}) | {min(times):.2f} / {statistics.median(times):.2f} |"
    )


if __name__ == "__main__":
    main()
