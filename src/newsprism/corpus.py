"""Corpus stages: the kept Articles -> copies, events and stories, the links every article gets.

    link_corpus(articles) -> CorpusLinks
      1. copies (dedup.find_copies): each copy points to its likely original
      2. events (cluster.EventClusterer) over the originals; a copy joins its original's event, so
         it counts towards the event without weighing on how events are drawn
      3. stories (cluster.StoryClusterer) over the events

Ids are deterministic: the same articles give the same ids whatever their order.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from newsprism.cluster import EventClusterer, StoryClusterer
from newsprism.dedup import find_copies
from newsprism.records import Article
from newsprism.workers import usable_jobs

__all__ = ["CorpusLinks", "Event", "Story", "give_back_freed_memory", "link_corpus"]

_WORD = re.compile(r"\w+")


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, looked up on first use (find_library runs ldconfig: not at import)."""
    try:
        return ctypes.CDLL(ctypes.util.find_library("c")).malloc_trim
    except (OSError, AttributeError, TypeError):  # not glibc (macOS, musl, Windows): nothing to do
        return None


def give_back_freed_memory() -> None:
    """Return the heap pages a finished step freed to the system (glibc's malloc_trim).

    glibc keeps freed small blocks (a step's per-article arrays and dicts) for reuse, but the next
    step allocates mostly large numpy arrays, which it maps separately, so they would sit unused:
    on the 200k heap ~400 MB after the copies step alone. A no-op where malloc_trim does not exist.
    """
    if (trim := _malloc_trim()) is not None:
        trim(0)


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """One real-world happening in one span of time, and the articles that report it."""

    id: str
    story_id: str
    title: str | None
    start: str | None
    end: str | None
    article_ids: tuple[str, ...]
    outlets: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Story:
    """Events linked by the same actors and subject across time."""

    id: str
    title: str | None
    event_ids: tuple[str, ...]
    start: str | None
    end: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class CorpusLinks:
    duplicate_of: dict[str, str] = field(default_factory=dict)
    event_of: dict[str, str] = field(default_factory=dict)
    story_of: dict[str, str] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)


def representative_title(titles: Sequence[str]) -> str | None:
    """The title sharing most words with the others (the group's common headline); ties by text."""
    if len(titles) < 2:
        return titles[0] if titles else None  # most events: one article, one title
    words = [set(w.casefold() for w in _WORD.findall(t)) for t in titles]
    df = Counter(w for ws in words for w in ws)

    def shared(k: int) -> float:
        return sum(df[w] - 1 for w in words[k]) / (len(words[k]) or 1)

    best = max(range(len(titles)), key=lambda k: (shared(k), -len(titles[k]), titles[k]))
    return titles[best]


def link_corpus(
    articles: Sequence[Article], *, jobs: int = 1, on_step: Callable[[str], None] = lambda step: None
) -> CorpusLinks:
    """Copies, events and stories of the kept `articles`; `on_step` is called with the name of
    each step as it starts ("copies", "events", "stories", "records") and with "done". With `jobs`
    > 1, the copies' fingerprints, the articles' terms and the candidate pairs' similarities are
    computed by that many worker processes (the same links); 0 is one per core (workers.usable_jobs)."""
    jobs = usable_jobs(jobs)
    kept = sorted((a for a in articles if a.kept), key=lambda a: a.id)
    if not kept:
        return CorpusLinks()
    by_id = {a.id: a for a in kept}
    # 1. copies
    on_step("copies")
    duplicate_of = find_copies(kept, jobs=jobs)
    originals = [a for a in kept if a.id not in duplicate_of]
    # 2. events over the originals; copies follow their original
    give_back_freed_memory()
    on_step("events")
    clusterer = EventClusterer(jobs=jobs).fit(originals)
    event_of = dict(zip((a.id for a in originals), clusterer.event_ids_, strict=True))
    for copy_id, original_id in duplicate_of.items():
        event_of[copy_id] = event_of[original_id]
    members: dict[str, list[str]] = {}
    for aid in sorted(event_of):
        members.setdefault(event_of[aid], []).append(aid)
    # 3. stories over the events
    give_back_freed_memory()
    on_step("stories")
    storier = StoryClusterer(jobs=jobs).fit(
        originals, clusterer.events_, term_vectors=clusterer.term_vectors_
    )
    story_of_event = dict(zip((e.id for e in clusterer.events_), storier.story_ids_, strict=True))
    give_back_freed_memory()
    on_step("records")
    events = []
    for e in clusterer.events_:
        ids = members[e.id]
        arts = [by_id[i] for i in ids]
        dates = sorted(a.published for a in arts if a.published)
        events.append(
            Event(
                id=e.id,
                story_id=story_of_event[e.id],
                title=representative_title([a.title for a in arts if a.title]),
                start=dates[0] if dates else None,
                end=dates[-1] if dates else None,
                article_ids=tuple(ids),
                outlets=tuple(sorted({a.outlet for a in arts if a.outlet})),
            )
        )
    event_by_id = {e.id: e for e in events}
    stories = []
    for s in storier.stories_:
        evs = [event_by_id[eid] for eid in s.event_ids]
        starts = [e.start for e in evs if e.start]
        ends = [e.end for e in evs if e.end]
        biggest = max(evs, key=lambda e: (len(e.article_ids), e.start or "", e.id))
        stories.append(
            Story(
                id=s.id,
                title=biggest.title,
                event_ids=tuple(e.id for e in evs),
                start=min(starts) if starts else None,
                end=max(ends) if ends else None,
            )
        )
    story_of = {aid: story_of_event[eid] for aid, eid in event_of.items()}
    on_step("done")
    return CorpusLinks(
        duplicate_of=duplicate_of, event_of=event_of, story_of=story_of, events=events, stories=stories
    )
