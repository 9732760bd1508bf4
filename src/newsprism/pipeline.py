"""Run newsprism's stages over a corpus.

    paths --ingest--> Documents --extract--> Articles --dedup/cluster--> copies, events, stories
          --report--> per event: entities, quotes, claims, cited summary, headline, timeline
          --write--> articles.jsonl, events.jsonl, stories.jsonl, quotes.jsonl, briefing.{md,html}

Per-document stages run in a pool of worker processes fed in bounded batches, so a 5 GB WARC
streams through in constant memory; results keep input order whatever the number of workers.
Corpus stages (newsprism.corpus) then run over the kept articles, which are the only ones held in
memory.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import multiprocessing
import os
import shutil
import signal
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from newsprism.corpus import link_corpus
from newsprism.errors import NewsprismError
from newsprism.extract import extract
from newsprism.ingest import check_paths, read_documents
from newsprism.ingest.sources import DIGEST_OUTPUTS, written_by_digest
from newsprism.llm import LLMSettings
from newsprism.output.briefing import shown_stories, story_briefs, write_briefing
from newsprism.output.files import check_writable, holds_earlier, loop_of_links
from newsprism.output.jsonl import (
    RecordSpool,
    article_record,
    event_record,
    quote_record,
    story_record,
    write_jsonl,
    write_linked,
)
from newsprism.records import Article, Document
from newsprism.report import SUMMARY_WORDS, StoryReport, report_stories, with_titles
from newsprism.workers import handled, ignore_interrupt, usable_jobs

__all__ = ["DigestResult", "OutputUnwritable", "digest", "extract_all", "usable_jobs"]

# Documents handed to the pool at a time, per worker: large enough to keep workers busy between
# batches, small enough that a batch of big pages stays well under the memory budget (two batches
# are in the pool at once: one being extracted, the next waiting; extract_all).
BATCH_PER_WORKER = 32
# Documents a worker takes from a batch at a time.
CHUNK = 4

# articles.jsonl's lines before their links are known (see output.jsonl.write_linked)
ARTICLES_PART = ".articles.jsonl.part"
# The folder inside the output folder where a run writes its outputs before they are moved in.
STAGE = ".newsprism-writing"


class OutputUnwritable(NewsprismError):
    """The output folder cannot be made or written (a file of that name, no permission, a full
    disk): the run stops, as no result can be kept."""

    def __init__(
        self,
        outdir: Path,
        exc: OSError,
        advice: str = "give another -o folder, or free space or fix the permissions there",
    ) -> None:
        where = f" ({exc.filename})" if exc.filename and str(exc.filename) != str(outdir) else ""
        super().__init__(f"cannot write the output folder '{outdir}': {exc.strerror or exc}{where}; {advice}")
        self.outdir = outdir


def _holds_outputs(out: Path) -> bool:
    """Whether the folder holds an earlier digest's outputs with something in them."""
    return any(holds_earlier(out / name) and written_by_digest(out / name) for name in DIGEST_OUTPUTS)


@contextlib.contextmanager
def _sole_writer(out: Path) -> Iterator[None]:
    """Hold the output folder for this run alone: two runs into one folder at once would write
    the same scratch files (.articles.jsonl.part) over each other. An advisory lock on the folder
    itself (flock; released when the run ends, however it ends, and leaving no file behind); where
    there is no flock (Windows) or the folder cannot be opened so, the run goes on unlocked."""
    try:
        import fcntl

        fd = os.open(out, os.O_RDONLY)
    except (ImportError, OSError):
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            busy = OSError(errno.EBUSY, "another newsprism run is writing to it now")
            raise OutputUnwritable(out, busy, "wait for that run to end, or give another -o folder") from None
        yield
    finally:
        os.close(fd)


@dataclass(frozen=True, slots=True, kw_only=True)
class DigestResult:
    outdir: Path
    documents: int
    kept: int
    dropped: int
    # what the corpus stages made of the kept articles (the command's last line says them, as the
    # briefing's first line does: a user learnt how many events a run found only by opening a file)
    copies: int = 0
    events: int = 0
    stories: int = 0
    # (a user's file of an output's name, where it was moved to make way for the output): _set_aside
    set_aside: tuple[tuple[Path, Path], ...] = ()
    # nothing was read, and the folder's earlier outputs were left as they were (_holds_outputs)
    kept_earlier: bool = False


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while batch := list(itertools.islice(it, size)):
        yield batch


# One article's text past which a document is no news article: the longest of the dev sets and
# heap-10000 has 112,000 characters (a T17 live page); 1,000,000 is nine times that, some 170,000
# words. A longer text is a dump (an export that put many articles in one record's text, a log),
# and kept as one article it held the report stage for minutes: one paragraph of 2.5 million
# characters took 43 s, of 25 million over 8 minutes. It is dropped, saying what to do.
MAX_ARTICLE_CHARS = 1_000_000


def _extract(doc: Document) -> Article:
    """extract(doc), dropped when its text is too long for one news article (MAX_ARTICLE_CHARS)."""
    article = extract(doc)
    if article.kept and len(article.text) > MAX_ARTICLE_CHARS:
        reason = (
            f"too long for one news article: {len(article.text):,} characters of text, where the longest "
            f"news articles have about 100,000 (newsprism reads up to {MAX_ARTICLE_CHARS:,}); if it holds "
            "many articles, give each its own record or file"
        )
        return replace(article, text="", dropped=reason)
    return article


def extract_all(docs: Iterable[Document], jobs: int = 1) -> Iterator[Article]:
    """Extract every document, in input order, with `jobs` worker processes (1 = in-process; 0 = one
    per core, as workers.usable_jobs reads `jobs` everywhere); an article too long to be one news
    article is dropped (_extract)."""
    jobs = usable_jobs(jobs)
    if jobs <= 1:
        yield from map(_extract, docs)
        return
    batches = _batches(docs, jobs * BATCH_PER_WORKER)
    first = next(batches, [])
    if len(first) <= CHUNK:  # all the input fits one worker's chunk: a pool would only cost its forks
        yield from map(_extract, first)
        return
    if any(doc.kind == "html" for doc in first):
        # load the date parser's language data once, before forking, so workers share it
        from newsprism.extract.dates import warm_up

        warm_up()
    ctx = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with ctx.Pool(jobs, initializer=ignore_interrupt) as pool:
        # the next batch is read and handed over before this one's articles are given: while the
        # workers extract it, this process reads the input and writes the articles before it
        # (pool.map, one batch at a time, left the workers idle then: the reading stage had 1.5 of
        # its processes ready to run on heap-10000 at -j 2, the parent's ~2 s of CPU alone)
        pending = pool.map_async(_extract, first, chunksize=CHUNK)
        for batch in batches:
            after = pool.map_async(_extract, batch, chunksize=CHUNK)
            yield from pending.get()
            pending = after
        yield from pending.get()


def digest(
    paths: Iterable[str | Path],
    outdir: str | Path,
    *,
    jobs: int = 1,
    summary_words: int = SUMMARY_WORDS,
    llm: LLMSettings | None = None,
    on_article: Callable[[Article], None] | None = None,
    on_stage: Callable[[str, int | None], None] = lambda stage, total: None,
    on_event: Callable[[], None] = lambda: None,
) -> DigestResult:
    """Read every input, extract clean articles, link them into copies, events and stories, and
    write the output folder.

    Each event gets a cited summary of about `summary_words` words, rewritten through `llm` when
    given. For progress (a 200k-article digest runs for about 8 minutes on 2 cores): `on_article`
    is called once per document as it is finished (and for its warnings), `on_stage(name, total)`
    as each later step starts (total: how many events it will report, else None), `on_event` as
    each event's report is done.
    Raises InputNotFound before writing anything if a path does not exist, and OutputUnwritable
    if the output folder cannot be made or written. The outputs are written in a hidden folder
    inside it and moved in together at the end: a run that stops midway leaves the folder as it was.
    """
    paths = check_paths(paths)
    jobs = usable_jobs(jobs)  # 0: one per core; never more than the cores
    out = Path(outdir)
    if out.exists() and not out.is_dir():
        raise OutputUnwritable(
            out,
            FileExistsError(errno.EEXIST, "a file of that name is there"),
            "digest writes a folder of six files: give -o a folder's name",  # not space or permissions
        )
    if out.is_symlink() and not out.exists():  # mkdir said "File exists" of a link to nothing or a loop
        loop = loop_of_links(out)
        why = loop or f"a symbolic link to '{os.readlink(out)}', which does not exist"
        raise OutputUnwritable(
            out,
            OSError(errno.ELOOP if loop else errno.ENOENT, f"it is {why}"),
            "give -o the folder itself" if loop else "make that folder, or give another -o folder",
        )
    new_folder = not out.exists()  # a folder this run makes: a run that stops leaves none behind, empty
    try:
        out.mkdir(parents=True, exist_ok=True)
        with _sole_writer(out):
            stage = out / STAGE
            shutil.rmtree(stage, ignore_errors=True)  # left by a run that was killed outright
            stage.mkdir()
            try:
                check_writable(stage / ARTICLES_PART)  # a full disk: refused before any reading

                result = _digest(paths, out, stage, jobs, summary_words, llm, on_article, on_stage, on_event)
                if result.documents == 0 and _holds_outputs(out):
                    # a run that read nothing (an empty folder; `digest out -o out`, whose own outputs
                    # are not read back) wrote six empty files over the earlier run's: its results
                    # were lost for nothing (journey 10)
                    return replace(result, kept_earlier=True)
                # every output is in place only once all are written: a run stopped midway (Ctrl-C,
                # a full disk) leaves the folder's earlier outputs whole and no scratch file
                set_aside = []
                with _signals_held():
                    for made in sorted(stage.iterdir()):
                        target = out / made.name
                        if os.path.lexists(target) and not written_by_digest(target):
                            set_aside.append((target, _set_aside(target)))
                        os.replace(made, target)
                return replace(result, set_aside=tuple(set_aside))
            finally:
                shutil.rmtree(stage, ignore_errors=True)
    except BaseException as e:
        if new_folder:  # Ctrl-C, a full disk: "the folder as it was" is no folder (rmdir: only if empty)
            with contextlib.suppress(OSError):
                out.rmdir()
        if isinstance(e, NotADirectoryError):  # -o data/page.html/out: a file on the way
            raise OutputUnwritable(out, e, "a file on its path is in the way: give -o a folder's name") from e
        if isinstance(e, OSError):  # readers report their own files' errors, so this is the output folder's
            raise OutputUnwritable(out, e) from e
        raise


# What a user or a system sends to stop a run: Ctrl-C, `kill PID`, a closed terminal
_STOPS = [signal.SIGINT, signal.SIGTERM, *([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])]


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C (SIGTERM, SIGHUP) waits until the block ends, then stops the run as it would have:
    the six outputs are moved in one by one, and a Ctrl-C between two of them left a folder of new
    articles beside the earlier run's events, whose ids the new articles do not share. Held, the
    outputs are all the new run's or all the earlier one's. Held by a handler of its own, not a
    signal mask: a mask is one thread's, and the progress display's thread took the signal.
    Outside the main thread none is held (workers.handled)."""
    received: list[int] = []
    try:
        # one ignored stays so; None: a handler set outside Python, which cannot be put back
        with handled(_STOPS, lambda signum, frame: received.append(signum), keep=_settable):
            yield
    finally:
        if received:
            signal.raise_signal(received[0])  # now, to the handler it was meant for


def _settable(handler: object) -> bool:
    return handler not in (signal.SIG_IGN, None)


def _set_aside(path: Path) -> Path:
    """Move a user's file of an output's name (an export named articles.jsonl, read as input when
    the output folder is the input folder) out of the run's way, to the first free name of
    `articles.user.jsonl`, `articles.user-2.jsonl`, ...: the run writes its own articles.jsonl,
    and replacing the user's lost it. The new name keeps the extension, so a re-run into the same
    folder reads the user's file again, as the first run did."""
    stem, dot, ext = path.name.partition(".")
    n = 1
    while os.path.lexists(aside := path.with_name(f"{stem}.user{'' if n == 1 else f'-{n}'}{dot}{ext}")):
        n += 1
    os.rename(path, aside)
    return aside


# link_corpus's steps a user is told of ("linking articles: events"). Its "records" (the events'
# and stories' records made from the links, a blink beside the steps before it) and "done"
# (followed at once by "reporting") were lines of their own in a log, "linking articles: records"
# and "linking articles: done", that told a user nothing: they stay under the stories' line
_LINKING_STEPS = frozenset(["copies", "events", "stories"])


def _linking_step(step: str, on_stage: Callable[[str, int | None], None]) -> None:
    if step in _LINKING_STEPS:
        on_stage(f"linking articles: {step}", None)


def _digest(
    paths: list[Path],
    out: Path,
    stage: Path,
    jobs: int,
    summary_words: int,
    llm: LLMSettings | None,
    on_article: Callable[[Article], None] | None,
    on_stage: Callable[[str, int | None], None],
    on_event: Callable[[], None],
) -> DigestResult:
    kept: list[Article] = []
    dropped: Counter[str] = Counter()

    def collected(articles: Iterable[Article]) -> Iterator[dict[str, Any]]:
        for art in articles:
            if art.kept:
                kept.append(art)
            else:
                dropped[art.dropped or "unknown"] += 1
            if on_article:
                on_article(art)
            yield article_record(art)

    # 1. per-document stages, streamed: dropped pages are written out and forgotten
    part = stage / ARTICLES_PART
    documents = read_documents(paths, exclude=[out])
    total = write_jsonl(collected(extract_all(documents, jobs=jobs)), part)
    # 2. corpus stages over the kept articles
    links = link_corpus(kept, jobs=jobs, on_step=lambda step: _linking_step(step, on_stage))
    # 3. per event: who, quotes, claims, summary, headline, timeline; each story's lines go to
    # spools as it is done, and only the reports the briefing shows are kept
    on_stage("reporting", len(links.events))
    shown = shown_stories(links)
    events = {e.id: e for e in links.events}
    stories = {s.id: s for s in links.stories}
    event_titles: dict[str, str | None] = {}
    story_titles: dict[str, str | None] = {}
    briefed: list[StoryReport] = []
    with (
        RecordSpool(stage / ".events.jsonl.part") as event_lines,
        RecordSpool(stage / ".stories.jsonl.part") as story_lines,
        RecordSpool(stage / ".quotes.jsonl.part") as quote_lines,
    ):
        for told in report_stories(
            kept, links, summary_words=summary_words, llm=llm, jobs=jobs, on_event=lambda _: on_event()
        ):
            for rep in told.events:
                event = events[rep.event_id]
                event_titles[event.id] = rep.title
                event_lines.add(event.id, [event_record(replace(event, title=rep.title or event.title), rep)])
                quote_lines.add(
                    event.id, (quote_record(q, links.event_of.get(q.article_id)) for q in rep.quotes)
                )
            story_titles[told.story_id] = told.title
            if (story := stories.get(told.story_id)) is not None:
                story_lines.add(
                    story.id, [story_record(replace(story, title=told.title or story.title), told.timeline)]
                )
            if told.story_id in shown:
                briefed.append(told)
        links = with_titles(links, event_titles, story_titles)
        # 4. outputs
        on_stage("writing", None)
        write_linked(part, links, stage / "articles.jsonl")
        part.unlink()
        event_lines.write((e.id for e in links.events), stage / "events.jsonl")
        story_lines.write((s.id for s in links.stories), stage / "stories.jsonl")
        quote_lines.write((e.id for e in links.events), stage / "quotes.jsonl")
    reports = {r.event_id: r for told in briefed for r in told.events}
    briefs = story_briefs(
        links,
        summaries={eid: r.summary for eid, r in reports.items()},
        entities={eid: r.entities for eid, r in reports.items()},
        claims={eid: r.claims for eid, r in reports.items()},
        timelines={eid: r.timeline for eid, r in reports.items()},
        # a quote goes to its article's event, which is the event that found it (link_corpus)
        quotes=(q for r in reports.values() for q in r.quotes),
        story_timelines={told.story_id: told.timeline for told in briefed},
    )
    write_briefing(kept, briefs, dropped, stage, duplicate_of=links.duplicate_of, jobs=usable_jobs(jobs))
    return DigestResult(
        outdir=out,
        documents=total,
        kept=len(kept),
        dropped=total - len(kept),
        copies=len(links.duplicate_of),
        events=len(links.events),
        stories=len(links.stories),
    )
