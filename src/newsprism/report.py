"""Report: what each event says, from its articles: who, quotes, claims, summary, headline, timeline.

    report_corpus(articles, links, summary_words=60, jobs=1) -> Report
    report_stories(articles, links, summary_words=60, jobs=1) -> iterator of StoryReport, as done

For every event of the corpus links (corpus.link_corpus), over the event's kept articles:
  1. entities: each article's mentions (analyse.entities.find_mentions), merged across the event;
  2. quotes: each article's direct quotes, speakers resolved with that article's mentions;
  3. claims: statements aligned across outlets (corroborate.corroborate; copies do not count);
  4. summary: a cited extractive summary of about `summary_words` words (summarise.summarise),
     preferring corroborated statements; optionally rewritten through an LLM endpoint (llm.py),
     keeping its citations, with the extractive one kept when the endpoint fails;
  5. headline: chosen from the articles' headlines and the summary (summarise.headline);
  6. timeline: the dated happenings its articles report (timeline.build_timeline).
Then per story: a headline and one timeline over all its events' articles.

Events are independent, so they are reported in a pool of worker processes (fork: the workers
read the articles the parent already holds). report_stories gives each story as it is done, so a
caller can write it out and let it go; report_corpus holds them all, in the corpus order.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
import logging
import multiprocessing
import os
import re
import struct
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from newsprism.analyse.entities import find_mentions, merge_entities
from newsprism.analyse.quotes import find_quotes, group_statements
from newsprism.corpus import CorpusLinks, Event, Story, give_back_freed_memory
from newsprism.corroborate import corroborate, place_names
from newsprism.llm import LLMSettings, rewrite_or_keep
from newsprism.records import Article, Claim, Entity, Quote, SummarySentence, TimelineEntry
from newsprism.summarise import headline, summarise
from newsprism.timeline import build_timeline
from newsprism.workers import ignore_interrupt

__all__ = [
    "EventReport",
    "Report",
    "StoryReport",
    "report_corpus",
    "report_event",
    "report_stories",
    "with_titles",
]

log = logging.getLogger(__name__)
_WORD = re.compile(r"\w+")

# Words of each event's summary when the user does not say (DESIGN.md: summarize's default).
SUMMARY_WORDS = 60
# A story's timeline keeps its best-supported dates, up to this many per event it holds (a few
# happenings per event), so a long story's timeline stays readable.
STORY_DATES_PER_EVENT = 4
# Languages whose text the entity and quote finders can read (None: not detected, usually short
# English text).
ENGLISH = frozenset({"en", None})
# Events handed to a worker at a time: most events are small, so batches keep the pool busy.
EVENTS_PER_TASK = 16
# Tasks a worker does before a fresh one is forked in its place. A worker's memory only grows: its
# caches fill (timeline's texts, the names and words of several modules) and the big stories,
# reported first, leave its heap fragmented; on the 50k heap each worker reached ~560 MB PSS, two
# thirds of the digest's peak. A fresh worker starts from the parent's pages again, but refills
# its caches and copies the pages it writes to: on the 50k heap (before FREEZE_BEFORE_FORK, CPU of
# the whole digest, one loaded run each) 20 tasks cost 330 s and 1.25 GB PSS, 100 tasks 285 s and
# 1.33 GB, no replacement 301 s and 1.41 GB. 100 tasks (~1,600 events) keep most of the memory
# bound for a few percent of CPU.
TASKS_PER_WORKER = 100
# Before forking the report's workers the parent freezes the objects it holds (gc.freeze): a
# worker's full collections then leave them alone instead of walking every one of them and writing
# to (so copying) each page that holds one. That walk grows with the heap and is paid again by
# every fresh worker (TASKS_PER_WORKER): ~13% of the workers' CPU time at 200k articles.
FREEZE_BEFORE_FORK = True
# Before forking, the parent gives the heap pages it has freed back to the system (glibc's
# malloc_trim, as corpus.py does between its steps). On heap-50000 its heap held 136 MB in use and
# 136 MB free as the report started (mallinfo2): the extraction's records and the linking steps'
# small objects, freed in between; the trim took its RSS from 365 to 320 MB, pages the workers
# forked from it shared until then (bench/README.md, speed26). It frees nothing in use: the same
# reports.
TRIM_BEFORE_FORK = True
# In a worker the collector finds no garbage (nothing freed over every 10th story of the 50k heap:
# no cycles) but walked the caches the worker fills (timeline's texts, the summaries' and claims'
# words) again and again: 1.81 s of 22.7 s of CPU there (bench/report_gc.py --worker 0). A worker
# freezes what it holds after each task (its caches, read by the tasks to come; a cycle left among
# them would go when the worker is replaced, TASKS_PER_WORKER), which also restarts the count of
# young objects, and collects its young objects every WORKER_GC_THRESHOLD allocations instead of
# Python's 700: 0.15 s there (--worker 1).
WORKER_GC_THRESHOLD = 20_000
# Claims and the summary compare every statement of an event with every other (a dense matrix):
# a big event is read through this many of its articles, originals first, spread over outlets,
# earliest first. 60 articles of ~30 statements is a 1,800 x 1,800 matrix (26 MB); the outlets of
# an event's coverage are all heard long before its 60th article.
MAX_READ_ARTICLES = 60
# How often the parent looks for events its workers have finished while it waits for their stories
# (on_event's progress). The biggest stories go first, and while events were counted only as their
# stories came back the progress stood at 0 of N events for the first batch's whole time: 28.8 s
# into heap-10000's report stage (-j 2, a loaded machine); told by the workers, the first event is
# counted after 2.5 s and no wait is longer (bench/README.md, speed30). A look costs one read of a
# pipe, so five a second cost nothing.
PROGRESS_POLL_S = 0.2
# A worker tells the parent each event it has done through a pipe: the event id's length in two
# bytes, then the id. A write of at most the pipe's atomic size (PIPE_BUF, 512 bytes or more by
# POSIX) is never interleaved with another worker's; an id longer than that is told with its story.
_TOLD_LENGTH = struct.Struct("<H")
_ATOMIC_WRITE = 512


@dataclass(frozen=True, slots=True, kw_only=True)
class EventReport:
    event_id: str
    title: str | None
    summary: tuple[SummarySentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """Every event's report, and each story's headline and timeline, keyed by id."""

    events: dict[str, EventReport] = field(default_factory=dict)
    story_titles: dict[str, str | None] = field(default_factory=dict)
    story_timelines: dict[str, tuple[TimelineEntry, ...]] = field(default_factory=dict)

    @property
    def quotes(self) -> Iterator[Quote]:
        for rep in self.events.values():
            yield from rep.quotes


def report_event(
    event: Event,
    articles: Sequence[Article],
    duplicate_of: Mapping[str, str],
    *,
    summary_words: int = SUMMARY_WORDS,
    llm: LLMSettings | None = None,
) -> EventReport:
    """The report of one event from its kept articles (module docstring, steps 1-6)."""
    arts = [a for a in articles if a.kept]
    # entities and quotes are read by English patterns (titles, speech verbs, capitalisation): in a
    # German text every noun is capitalised, so other languages get none rather than noise
    english = [a for a in arts if a.language in ENGLISH]
    mentions = {a.id: find_mentions(a.text) for a in english}
    # find_quotes reads speakers' names itself: given the entity mentions, BASIL speaker accuracy is
    # 0.565 instead of 0.603 (bench/quotes.py --mentions)
    quotes = _statements(event.id, [q for a in english for q in find_quotes(a.text, a.id)])
    copies = _copies(arts, duplicate_of)
    read = _read_through(arts, copies)
    # a claim is checked across outlets: one article (and its copies) has nothing to check against
    claims = corroborate(read, copies) if len(arts) - len(copies) >= 2 else []
    summary = summarise(read, summary_words, claims, copies) if arts else []
    if llm is not None:
        summary = rewrite_or_keep(summary, llm, summary_words, f"event {event.id}")
    entities = merge_entities(mentions)
    return EventReport(
        event_id=event.id,
        title=_headline([a.title for a in arts if a.title], summary, entities) or event.title,
        summary=tuple(summary),
        entities=tuple(entities),
        claims=tuple(claims),
        quotes=tuple(quotes),
        # the event's own news day(s) always shown (timeline.NEWS_DAY_ARTICLES); a timeline that would
        # be empty shows the days one article each reports as news (timeline.LONE_NEWS_DAYS), a copy's
        # days not beside its original's (timeline.COPY_DAYS)
        timeline=tuple(build_timeline(arts, news_days=True, copies=copies)),
    )


def _headline(titles: list[str], summary: list[SummarySentence], entities: list[Entity]) -> str | None:
    """The headline that best says who and where: among the articles' headlines, those naming the
    event's leading person and its leading place (the ones most of its articles name), else one of
    them, are preferred; summarise.headline chooses within them."""
    leads = [next((e for e in entities if e.type == kind), None) for kind in ("person", "place")]
    names = [{w.casefold() for n in (e.name, *e.aliases) for w in _WORD.findall(n)[-1:]} for e in leads if e]

    def naming(title: str) -> int:
        words = {w.casefold() for w in _WORD.findall(title)}
        return sum(bool(words & n) for n in names)

    best = max((naming(t) for t in titles), default=0)
    return headline([t for t in titles if naming(t) == best], summary)


def _statements(event_id: str, quotes: list[Quote]) -> list[Quote]:
    """The quotes, in order, each keyed by the statement it belongs to: the same words reported
    by several articles ("more embarrassing than it was intentional" / "more embarrassing than
    intentional") share one key."""
    key = {}
    for k, group in enumerate(group_statements(quotes), 1):
        for q in group:
            key[id(q)] = f"{event_id}/q{k}"
    return [replace(q, statement=key[id(q)]) for q in quotes]


def _copies(articles: list[Article], duplicate_of: Mapping[str, str]) -> dict[str, str]:
    """The copies among `articles`, each to its original (the digest's duplicate_of, looked up per
    article: filtering the whole corpus's copies cost events x copies, 0.43 s for the 10k heap's
    4,921 events and 1,199 copies, ~400x that at 200k)."""
    return {a.id: duplicate_of[a.id] for a in articles if a.id in duplicate_of}


def _read_through(articles: list[Article], copies: Mapping[str, str]) -> list[Article]:
    """At most MAX_READ_ARTICLES of an event's articles: originals before copies, and within each,
    one outlet after another (round robin), each outlet's earliest first."""
    if len(articles) <= MAX_READ_ARTICLES:
        return articles
    chosen: list[Article] = []
    for group in ([a for a in articles if a.id not in copies], [a for a in articles if a.id in copies]):
        by_outlet: dict[str, list[Article]] = {}
        for a in sorted(group, key=lambda a: (a.published or "9999", a.id)):
            by_outlet.setdefault(a.outlet or a.id, []).append(a)
        rounds = itertools.zip_longest(*by_outlet.values())
        chosen += [a for turn in rounds for a in turn if a is not None]
    return chosen[:MAX_READ_ARTICLES]


# --- the corpus: events in a pool of workers --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Job:
    """What the forked workers read: set by the parent before the pool starts, never pickled."""

    articles: Mapping[str, Article]
    events: Mapping[str, Event]
    stories: Mapping[str, Story]
    duplicate_of: Mapping[str, str]
    summary_words: int
    llm: LLMSettings | None
    # called with each event's id as its report is done: the caller's on_event when the events are
    # reported in its own process, a write to the parent's pipe in a worker (_tell_parent)
    on_event: Callable[[str], None] | None = None


_job: _Job | None = None
_in_worker = False  # set in each report worker as it starts (_start_worker)


@dataclass(frozen=True, slots=True)
class StoryReport:
    """A story's headline and timeline, and the reports of its events (in the corpus order)."""

    story_id: str
    title: str | None
    timeline: tuple[TimelineEntry, ...]
    events: tuple[EventReport, ...] = ()


def _report_batch(units: list[tuple[str, list[str]]]) -> list[StoryReport]:
    """The reports of a batch of stories: each story's events, then the story itself, read right
    after its events (timeline keeps each article's reading for it)."""
    job = _job
    assert job is not None, "report_corpus sets the job before reporting"
    told = []
    for story_id, event_ids in units:
        events = tuple(_report_told(job, job.events[eid]) for eid in event_ids)
        story = job.stories.get(story_id)
        if story is None:  # events of a story the links do not list: no story to tell
            told.append(StoryReport(story_id, None, (), events))
            continue
        own = _story_report(
            story, job.articles, job.events, job.duplicate_of, {r.event_id: r for r in events}
        )
        told.append(replace(own, events=events))
    if _in_worker:
        gc.freeze()  # what the worker holds now (its caches) stays out of its collections
    return told


def _start_worker() -> None:
    """A report worker's collector: young objects collected every WORKER_GC_THRESHOLD allocations,
    and what the worker holds frozen after each task (_report_batch)."""
    global _in_worker
    _in_worker = True
    ignore_interrupt()
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])


def _report_told(job: _Job, ev: Event) -> EventReport:
    """The report of one event (_report_one), its id then told to the job's on_event."""
    done = _report_one(job, ev)
    if job.on_event is not None:
        job.on_event(ev.id)
    return done


def _tell_parent(fd: int, event_id: str) -> None:
    """In a worker: tell the parent through the pipe `fd` that the event `event_id` is reported
    (one write of its length and id; an id too long to be written at once is told with its story)."""
    told = event_id.encode("utf-8")
    if _TOLD_LENGTH.size + len(told) <= _ATOMIC_WRITE:
        os.write(fd, _TOLD_LENGTH.pack(len(told)) + told)


class _Told:
    """The parent's end of the workers' pipe: the ids of the events they have done, as they come."""

    def __init__(self) -> None:
        self.read_fd, self.write_fd = os.pipe()
        os.set_blocking(self.read_fd, False)
        self.pending = b""

    def done(self) -> list[str]:
        """The ids written since the last call (whole ones; a part waits for its rest)."""
        while True:
            try:
                chunk = os.read(self.read_fd, 65536)
            except BlockingIOError:
                break
            if not chunk:
                break
            self.pending += chunk
        ids, at = [], 0
        while at + _TOLD_LENGTH.size <= len(self.pending):
            (length,) = _TOLD_LENGTH.unpack_from(self.pending, at)
            if at + _TOLD_LENGTH.size + length > len(self.pending):
                break
            ids.append(self.pending[at + _TOLD_LENGTH.size : at + _TOLD_LENGTH.size + length].decode("utf-8"))
            at += _TOLD_LENGTH.size + length
        self.pending = self.pending[at:]
        return ids

    def close(self) -> None:
        os.close(self.read_fd)
        os.close(self.write_fd)


def _report_one(job: _Job, ev: Event) -> EventReport:
    arts = [job.articles[a] for a in ev.article_ids if a in job.articles]
    try:
        return report_event(ev, arts, job.duplicate_of, summary_words=job.summary_words, llm=job.llm)
    except Exception as e:  # a bug on one event's text must not cost the whole run its outputs
        log.warning(
            "event %s: no report (%s: %s); its articles, links and headline are still written. "
            "Please report this with the event's articles.",
            ev.id,
            type(e).__name__,
            e,
        )
        return EventReport(event_id=ev.id, title=ev.title)


def _batches(units: Sequence[tuple[str, list[str]]], size: int) -> Iterator[list[tuple[str, list[str]]]]:
    """Stories' events in batches of about `size` events (a story is never split)."""
    batch: list[tuple[str, list[str]]] = []
    for unit in units:
        batch.append(unit)
        if sum(len(u[1]) for u in batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def report_stories(
    articles: Sequence[Article],
    links: CorpusLinks,
    *,
    summary_words: int = SUMMARY_WORDS,
    llm: LLMSettings | None = None,
    jobs: int = 1,
    on_event: Callable[[str], None] | None = None,
) -> Iterator[StoryReport]:
    """Report every story of `links` with its events (their articles among `articles`), each as it
    is done: the biggest stories first, not in the corpus order. A caller that writes each one out
    as it comes holds none of them (at 200k articles all the reports are about a gigabyte).

    `on_event` is called in this process with each event's id as its report is done (for
    progress), before the story that holds it is given. With `jobs` > 1 the events are reported
    by that many forked worker processes, which tell this one each event they finish (a story's
    events are reported one after another in one worker, and a big story takes seconds).
    """
    global _job
    by_id = {a.id: a for a in articles if a.kept}
    events = {e.id: e for e in links.events}
    stories = {s.id: s for s in links.stories}
    # a story's events are reported together and its own timeline right after them, in the same
    # worker (which has just read their articles); the biggest stories first, so no worker is left
    # with a large one at the end
    of_story: dict[str, list[str]] = {}
    for e in links.events:
        of_story.setdefault(e.story_id, []).append(e.id)
    size = {sid: sum(len(events[eid].article_ids) for eid in eids) for sid, eids in of_story.items()}
    units = sorted(of_story.items(), key=lambda unit: -size[unit[0]])
    parallel = jobs > 1 and os.name == "posix" and len(units) > 1
    told_by_workers = _Told() if parallel and on_event is not None else None
    _job = _Job(
        articles=by_id,
        events=events,
        stories=stories,
        duplicate_of=links.duplicate_of,
        summary_words=summary_words,
        llm=llm,
        on_event=functools.partial(_tell_parent, told_by_workers.write_fd) if told_by_workers else on_event,
    )
    frozen = False
    # Reported here, serially (-j 1): this process collects its young objects as a worker does, every
    # WORKER_GC_THRESHOLD allocations, its own threshold put back when the stories are done. Under
    # Python's 700 the collector ran 1,615 times over heap-10000's report (13 of them full, each
    # walking every article and cache held): 34.6 / 34.0 / 36.7 s of CPU against 30.6 / 31.9 / 33.6 s
    # at 20,000 (50 collections, none full), the same reports, the same peak memory. A caller's
    # higher threshold, or a collector switched off (0), is left as it is.
    threshold = gc.get_threshold()
    serial_threshold = not parallel and 0 < threshold[0] < WORKER_GC_THRESHOLD
    if serial_threshold:
        gc.set_threshold(WORKER_GC_THRESHOLD, *threshold[1:])
    if parallel:
        _warm_up(links, by_id)
        # the articles, the links and the data _warm_up loaded stay out of the workers' collections
        # until the pool is done (FREEZE_BEFORE_FORK)
        frozen = FREEZE_BEFORE_FORK and gc.get_freeze_count() == 0
        if frozen:
            gc.collect()
            gc.freeze()
        # the heap pages freed since the corpus stages' last trim (the links' records, the stages'
        # temporaries, what gc.collect just found) go back to the system before the workers are
        # forked (TRIM_BEFORE_FORK)
        if TRIM_BEFORE_FORK:
            give_back_freed_memory()
    try:
        with (
            multiprocessing.get_context("fork").Pool(
                jobs, initializer=_start_worker, maxtasksperchild=TASKS_PER_WORKER
            )
            if parallel
            else contextlib.nullcontext()
        ) as pool:
            batches = _batches(units, EVENTS_PER_TASK)
            if pool:
                done = pool.imap_unordered(_report_batch, batches)
                yield from _as_told(done, told_by_workers, on_event)
            else:  # on_event is called as each event is done, by _report_batch
                for batch in map(_report_batch, batches):
                    yield from batch
    finally:
        _job = None
        if told_by_workers is not None:
            told_by_workers.close()
        if frozen:
            gc.unfreeze()
        if serial_threshold and gc.get_threshold()[0] == WORKER_GC_THRESHOLD:
            # (the caller's back, unless the caller set its own while it read the stories, review23)
            gc.set_threshold(*threshold)
    for story in links.stories:
        if story.id not in of_story:  # a story none of the events belongs to
            yield _story_report(story, by_id, events, links.duplicate_of)


def _as_told(
    done: multiprocessing.pool.IMapIterator,
    told_by_workers: _Told | None,
    on_event: Callable[[str], None] | None,
) -> Iterator[StoryReport]:
    """The pool's stories as its workers give them back, and `on_event` called with each event's id
    as the workers tell it (read every PROGRESS_POLL_S while the next batch is awaited); an event
    not told by then is counted as its story comes (a worker tells its events before it gives their
    stories back, so a batch's own events are in the pipe when it arrives)."""
    counted: set[str] = set()  # told by the workers, their stories not given yet

    def tell() -> None:
        if told_by_workers is not None and on_event is not None:
            for event_id in told_by_workers.done():
                counted.add(event_id)
                on_event(event_id)

    while True:
        try:
            batch = done.next(timeout=PROGRESS_POLL_S if told_by_workers is not None else None)
        except multiprocessing.TimeoutError:
            tell()
            continue
        except StopIteration:
            return
        tell()
        for story in batch:
            if on_event is not None:
                for rep in story.events:
                    if rep.event_id in counted:
                        counted.discard(rep.event_id)
                    else:
                        on_event(rep.event_id)
            yield story


def _warm_up(links: CorpusLinks, by_id: Mapping[str, Article]) -> None:
    """Report one small event of two articles or more in this process, before forking: the data
    the report loads on first use (place names, name lists; every place set together takes ~0.17 s
    CPU and ~30 MB since analyse/places.py, bench/places.py) is then read by every worker from the
    parent's pages instead of loaded again by each fresh worker (~54 workers at 200k articles with
    TASKS_PER_WORKER). The claims' place names are loaded only when a claim names something, which
    a small event rarely does: they are loaded here whatever the event."""
    small = [e for e in links.events if len(e.article_ids) >= 2]
    if small:
        event = min(small, key=lambda e: (len(e.article_ids), e.id))
        with contextlib.suppress(Exception):  # its worker reports it again, and any error with it
            report_event(event, [by_id[a] for a in event.article_ids if a in by_id], links.duplicate_of)
    place_names()


def report_corpus(
    articles: Sequence[Article],
    links: CorpusLinks,
    *,
    summary_words: int = SUMMARY_WORDS,
    llm: LLMSettings | None = None,
    jobs: int = 1,
    on_event: Callable[[str], None] | None = None,
) -> Report:
    """Report every event of `links` (its articles among `articles`) and every story, all held in
    one Report in the corpus order (report_stories, collected)."""
    reports: dict[str, EventReport] = {}
    told: dict[str, StoryReport] = {}
    for story in report_stories(
        articles, links, summary_words=summary_words, llm=llm, jobs=jobs, on_event=on_event
    ):
        told[story.story_id] = story
        reports.update((r.event_id, r) for r in story.events)
    return Report(
        events={e.id: reports[e.id] for e in links.events},
        story_titles={s.id: told[s.id].title for s in links.stories},
        story_timelines={s.id: told[s.id].timeline for s in links.stories},
    )


def _story_report(
    story: Story,
    by_id: Mapping[str, Article],
    events: Mapping[str, Event],
    duplicate_of: Mapping[str, str],
    reports: Mapping[str, EventReport] | None = None,
) -> StoryReport:
    """A story's headline and timeline: its event's when it has one (from `reports`), else over all
    its events' articles (their copies, `duplicate_of`, back no day of their own page: COPY_DAYS,
    as in each event's timeline)."""
    if len(story.event_ids) == 1 and reports is not None:
        only = reports[story.event_ids[0]]
        return StoryReport(story.id, only.title, only.timeline)
    arts = [by_id[a] for eid in story.event_ids for a in events[eid].article_ids if a in by_id]
    title = headline([a.title for a in arts if a.title]) or story.title
    # build_timeline leaves out dates long before the coverage starts (history told in passing);
    # with an undated event that start is unknown, and the earlier event is the story itself
    # (the seeds' June 2023 visit, undated, is named by the April 2024 reports): keep them
    undated = any(events[eid].start is None for eid in story.event_ids)
    limit = STORY_DATES_PER_EVENT * len(story.event_ids)
    # the story's news days (timeline.NEWS_DAY_ARTICLES of its articles report the day as news), as
    # a story of one event shows its event's: ranked over the whole story, the dates its events
    # share push a small event's day out (of 1,225 pairs of BASIL events as stories, 258 of 1,372
    # news days of the events' own timelines were missing; heap-10000: 17 of 133, 6 added to 5 of
    # 667 stories). The articles are counted per event too (`events`): an event of one article,
    # whose own timeline takes a day that one article reports, keeps that day in its story's
    # (heap-10000: 24 of 142 such days were missing, 3 are; none of the 10 one-article events of
    # mixed-dev's multi-event stories has a news day of its own)
    entries = build_timeline(
        arts,
        limit,
        keep_background=undated,
        news_days=True,
        events=[events[eid].article_ids for eid in story.event_ids],
        copies=_copies(arts, duplicate_of),
    )
    return StoryReport(story.id, title, tuple(entries))


def with_titles(
    links: CorpusLinks, event_titles: Mapping[str, str | None], story_titles: Mapping[str, str | None]
) -> CorpusLinks:
    """The links with each event's and story's headline from the report, keyed by their ids (the
    corpus stages' title where the report has none)."""
    events = [replace(e, title=event_titles.get(e.id) or e.title) for e in links.events]
    stories = [replace(s, title=story_titles.get(s.id) or s.title) for s in links.stories]
    return replace(links, events=events, stories=stories)
