"""briefing.md and briefing.html: what a reader opens.

    write_briefing(articles, stories, dropped, outdir, duplicate_of=...)

`stories` are `StoryBrief`s (output/briefs.py): each story with its timeline and its events, each
event with its cited summary, entities, claims, quotes and timeline. `story_briefs(links, ...)`
builds them from the corpus links and the per-event results of the later stages. A bare
`CorpusLinks` is accepted too and gives briefs with only the events and their articles.

Both files show the same things in the same order and number the articles the same way, so a
citation `[3]` means one article in both (briefing_html.py, briefing_md.py).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from newsprism.corpus import CorpusLinks
from newsprism.output.briefing_html import render_html
from newsprism.output.briefing_md import render_markdown
from newsprism.output.briefs import EventBrief, RunCounts, Sources, StoryBrief, story_briefs
from newsprism.records import Article
from newsprism.workers import ignore_interrupt

__all__ = ["EventBrief", "StoryBrief", "by_coverage", "shown_stories", "story_briefs", "write_briefing"]

TITLE = "newsprism briefing"
# A briefing is read, not searched: past this many stories it shows the most reported ones (most
# articles), so a 200k-article heap does not become a page of a gigabyte that no browser opens.
MAX_STORIES = 300


def write_briefing(
    articles: Sequence[Article],
    stories: Sequence[StoryBrief] | CorpusLinks,
    dropped: Counter[str],
    outdir: Path,
    *,
    duplicate_of: Mapping[str, str] | None = None,
    title: str = TITLE,
    max_stories: int = MAX_STORIES,
    jobs: int = 1,
) -> None:
    """Write `outdir`/briefing.md and `outdir`/briefing.html.

    `articles` are the kept articles (every id the briefs cite should be among them), `dropped`
    counts the documents not used by reason, and `duplicate_of` maps each copy to its original.
    With `jobs` above 1 the Markdown is written by a forked process while this one writes the
    HTML (the same pages: neither reads what the other writes).
    """
    if isinstance(stories, CorpusLinks):
        duplicate_of = stories.duplicate_of if duplicate_of is None else duplicate_of
        stories = story_briefs(stories)
    if any(not isinstance(s, StoryBrief) for s in stories):
        raise TypeError(
            "write_briefing expects StoryBrief records (or a CorpusLinks) as `stories`; "
            "build them with newsprism.output.briefing.story_briefs(links, ...)"
        )
    by_id = {a.id: a for a in articles}
    links_to = dict(duplicate_of or {})
    total_stories, total_events = len(stories), sum(len(s.events) for s in stories)
    stories = by_coverage(stories, links_to)[:max_stories]
    sources = Sources(stories, by_id, links_to)
    counts = RunCounts(
        documents=len(articles) + sum(dropped.values()),
        kept=len(articles),
        copies=sum(1 for a in by_id if a in links_to),
        events=total_events,
        stories=total_stories,
        shown_stories=len(stories),
        dropped=tuple(dropped.most_common()),
    )
    md = (stories, sources, counts, title, outdir / "briefing.md")
    # The digest's one serial stage is the writing, and its two renderings were ~95% of it (HTML
    # ~60%, Markdown ~35% of its CPU, bench/README.md speed34): with two cores they run at once.
    writer = None
    if jobs > 1 and os.name == "posix":
        writer = multiprocessing.get_context("fork").Process(target=_markdown_worker, args=md)
        writer.start()
    try:
        with (outdir / "briefing.html").open("w", encoding="utf-8") as page:
            page.writelines(render_html(stories, sources, counts, title))
    finally:
        if writer is not None:
            writer.join()
    if writer is None:
        _write_markdown(*md)
    elif writer.exitcode != 0:
        raise RuntimeError(
            f"the process writing {outdir / 'briefing.md'} failed (exit code {writer.exitcode}; its "
            "error is printed above); run the digest with -j 1 to see it raised here"
        )


def _markdown_worker(*md: Any) -> None:
    ignore_interrupt()  # the parent acts on Ctrl-C (workers.ignore_interrupt)
    _write_markdown(*md)


def _write_markdown(
    stories: Sequence[StoryBrief], sources: Sources, counts: RunCounts, title: str, path: Path
) -> None:
    with path.open("w", encoding="utf-8") as notes:
        notes.writelines(render_markdown(stories, sources, counts, title))


def shown_stories(links: CorpusLinks, max_stories: int = MAX_STORIES) -> set[str]:
    """The ids of the stories write_briefing shows for these links: known before the report, as
    the choice (by_coverage) reads only the events' articles and dates, so only their reports need
    keeping for the briefing."""
    shown = by_coverage(story_briefs(links), links.duplicate_of)[:max_stories]
    return {brief.story.id for brief in shown}


def by_coverage(stories: Sequence[StoryBrief], duplicate_of: Mapping[str, str]) -> list[StoryBrief]:
    """Stories as a reader scans them: the most widely reported first (articles that are not
    copies of another), then the most recent (latest day; undated last), then as given."""

    def latest(story: StoryBrief) -> str:
        return max((b.event.end or b.event.start or "" for b in story.events), default="")

    def reports(story: StoryBrief) -> int:
        return sum(1 for b in story.events for a in b.event.article_ids if a not in duplicate_of)

    recent_first = sorted(stories, key=latest, reverse=True)  # "" (undated) sorts last; stable
    return sorted(recent_first, key=reports, reverse=True)
