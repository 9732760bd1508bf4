"""briefing.md and briefing.html: what a reader opens.

Stories, then their events (headline, dates, outlets), then each event's articles (headline, date,
outlet, authors, clean text; copies marked with their original). Documents that were not used are
counted with their reasons at the end. Every piece of article text is escaped: a page can contain
`<script>`, and the HTML must open safely from disk with no network.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from newsprism.corpus import CorpusLinks, Event, Story
from newsprism.records import Article

__all__ = ["write_briefing"]

CSS = """
body{font:16px/1.55 Georgia,'Times New Roman',serif;max-width:50rem;margin:2rem auto;padding:0 1rem;
color:#1d1d1f;background:#fdfcf9}
h1{font:600 1.9rem/1.2 system-ui,sans-serif;margin-bottom:.2rem}
h2{font:600 1.45rem/1.25 system-ui,sans-serif;margin:2.2rem 0 .2rem;border-bottom:2px solid #1d1d1f}
h3{font:600 1.15rem/1.3 system-ui,sans-serif;margin:1.4rem 0 .2rem}
h4{font:600 1rem/1.3 system-ui,sans-serif;margin:.2rem 0}
.sub,.meta{color:#555;font:.85rem system-ui,sans-serif}
.sub{margin-bottom:1.5rem}
section.event{border-left:3px solid #c9c4b5;padding-left:1rem}
article{border-top:1px solid #e2ded3;padding:.6rem 0}
details summary{cursor:pointer;color:#0b57d0;font:.85rem system-ui,sans-serif;margin:.3rem 0}
.copy{color:#a15c00}
.dropped{font:.85rem system-ui,sans-serif;color:#555;margin-top:2rem}
"""


def _span(start: str | None, end: str | None) -> str:
    if not start:
        return "undated"
    return start if start == end or not end else f"{start} – {end}"


def _article_meta(art: Article, copy_of: str | None) -> str:
    parts = [art.published or "undated", art.outlet or "unknown outlet"]
    if art.authors:
        parts.append("by " + ", ".join(art.authors))
    if art.language and art.language != "en":
        parts.append(f"language: {art.language}")
    parts.append(f"id {art.id}")
    if copy_of:
        parts.append(f"copy of {copy_of}")
    return " · ".join(parts)


def _event_meta(event: Event) -> str:
    n = len(event.article_ids)
    outlets = ", ".join(event.outlets) or "outlets unknown"
    return f"{_span(event.start, event.end)} · {n} article{'s' * (n != 1)} · {outlets}"


class _Writer:
    def __init__(self, md: TextIO, page: TextIO, links: CorpusLinks, articles: dict[str, Article]) -> None:
        self.md, self.page, self.links, self.articles = md, page, links, articles

    def story(self, story: Story, events: Sequence[Event]) -> None:
        e = html.escape
        title = story.title or "Untitled story"
        meta = f"{_span(story.start, story.end)} · {len(events)} event{'s' * (len(events) != 1)}"
        self.md.write(f"## {title}\n\n*{meta}*\n\n")
        self.page.write(
            f'<section class="story" id="{e(story.id)}"><h2>{e(title)}</h2><div class="meta">{e(meta)}</div>\n'
        )
        for event in events:
            self.event(event)
        self.page.write("</section>\n")

    def event(self, event: Event) -> None:
        e = html.escape
        title = event.title or "Untitled event"
        self.md.write(f"### {title}\n\n*{_event_meta(event)}*\n\n")
        self.page.write(
            f'<section class="event" id="{e(event.id)}"><h3>{e(title)}</h3>'
            f'<div class="meta">{e(_event_meta(event))}</div>\n'
        )
        for aid in event.article_ids:
            self.article(self.articles[aid])
        self.page.write("</section>\n")

    def article(self, art: Article) -> None:
        e = html.escape
        copy_of = self.links.duplicate_of.get(art.id)
        meta = _article_meta(art, copy_of)
        self.md.write(f"#### {art.title or art.id}\n\n*{meta}*\n\n{art.text.strip()}\n\n")
        paras = "".join(f"<p>{e(p)}</p>" for p in art.text.split("\n") if p.strip())
        cls = ' class="copy"' if copy_of else ""
        self.page.write(
            f'<article id="a-{e(art.id)}"><h4{cls}>{e(art.title or art.id)}</h4>'
            f'<div class="meta">{e(meta)}</div>'
            f"<details><summary>Read the article</summary>{paras}</details></article>\n"
        )


def write_briefing(
    articles: Sequence[Article],
    links: CorpusLinks,
    dropped: Counter[str],
    outdir: Path,
    title: str = "newsprism briefing",
) -> None:
    """Write briefing.md and briefing.html for the kept `articles`, grouped as `links` says."""
    e = html.escape
    by_id = {a.id: a for a in articles}
    events = {ev.id: ev for ev in links.events}
    summary = _summary_line(len(articles), len(links.events), len(links.stories), dropped)
    with (
        (outdir / "briefing.md").open("w", encoding="utf-8") as md,
        (outdir / "briefing.html").open("w", encoding="utf-8") as page,
    ):
        md.write(f"# {title}\n\n{summary}\n\n")
        page.write(
            '<!doctype html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>{e(title)}</title><style>{CSS}</style></head><body>"
            f'<h1>{e(title)}</h1><div class="sub">{e(summary)}</div>\n'
        )
        writer = _Writer(md, page, links, by_id)
        for story in links.stories:
            writer.story(story, [events[eid] for eid in story.event_ids])
        if dropped:
            md.write("---\n\nNot used:\n\n")
            for reason, n in dropped.most_common():
                md.write(f"- {n} × {reason}\n")
            items = "".join(f"<li>{n} × {e(reason)}</li>" for reason, n in dropped.most_common())
            page.write(f'<section class="dropped"><h3>Not used</h3><ul>{items}</ul></section>')
        page.write("</body></html>\n")


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _summary_line(kept: int, n_events: int, n_stories: int, dropped: Counter[str]) -> str:
    return (
        f"{_count(kept, 'article', 'articles')} in {_count(n_events, 'event', 'events')} and "
        f"{_count(n_stories, 'story', 'stories')}; "
        f"{_count(sum(dropped.values()), 'document', 'documents')} not used."
    )
