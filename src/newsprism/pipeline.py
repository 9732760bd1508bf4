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

import itertools
import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsprism.corpus import link_corpus
from newsprism.extract import extract
from newsprism.ingest import check_paths, read_documents
from newsprism.llm import LLMSettings
from newsprism.output.briefing import story_briefs, write_briefing
from newsprism.output.jsonl import (
    article_record,
    event_record,
    quote_record,
    read_jsonl,
    story_record,
    with_links,
    write_jsonl,
)
from newsprism.records import Article, Document
from newsprism.report import SUMMARY_WORDS, report_corpus, with_titles

__all__ = ["DigestResult", "digest", "extract_all"]

# Documents handed to the pool at a time, per worker: large enough to keep workers busy between
# batches, small enough that a batch of big pages stays well under the memory budget.
BATCH_PER_WORKER = 32


@dataclass(frozen=True, slots=True, kw_only=True)
class DigestResult:
    outdir: Path
    documents: int
    kept: int
    dropped: int


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while batch := list(itertools.islice(it, size)):
        yield batch


def extract_all(docs: Iterable[Document], jobs: int = 1) -> Iterator[Article]:
    """Extract every document, in input order, with `jobs` worker processes (1 = in-process)."""
    if jobs <= 1:
        yield from map(extract, docs)
        return
    batches = _batches(docs, jobs * BATCH_PER_WORKER)
    first = next(batches, [])
    if any(doc.kind == "html" for doc in first):
        # load the date parser's language data once, before forking, so workers share it
        from newsprism.extract.dates import warm_up

        warm_up()
    ctx = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with ctx.Pool(jobs) as pool:
        for batch in itertools.chain([first], batches):
            yield from pool.map(extract, batch, chunksize=4)


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
    given. For progress (a 200k-article digest runs for half an hour): `on_article` is called once
    per document as it is finished (and for its warnings), `on_stage(name, total)` as each later
    step starts (total: how many events it will report, else None), `on_event` as each event's
    report is done.
    Raises InputNotFound before writing anything if a path does not exist.
    """
    paths = check_paths(paths)
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
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
    part = out / ".articles.jsonl.part"
    documents = read_documents(paths, exclude=[out])
    total = write_jsonl(collected(extract_all(documents, jobs=jobs)), part)
    # 2. corpus stages over the kept articles
    links = link_corpus(kept, jobs=jobs, on_step=lambda step: on_stage(f"linking articles: {step}", None))
    # 3. per event: who, quotes, claims, summary, headline, timeline
    on_stage("reporting", len(links.events))
    report = report_corpus(
        kept, links, summary_words=summary_words, llm=llm, jobs=jobs, on_event=lambda _: on_event()
    )
    links = with_titles(links, report)
    # 4. outputs
    on_stage("writing", None)
    write_jsonl(with_links(read_jsonl(part), links), out / "articles.jsonl")
    part.unlink()
    write_jsonl((event_record(e, report.events[e.id]) for e in links.events), out / "events.jsonl")
    write_jsonl(
        (story_record(s, report.story_timelines.get(s.id, ())) for s in links.stories),
        out / "stories.jsonl",
    )
    write_jsonl(
        (quote_record(q, links.event_of.get(q.article_id)) for q in report.quotes), out / "quotes.jsonl"
    )
    briefs = story_briefs(
        links,
        summaries={eid: r.summary for eid, r in report.events.items()},
        entities={eid: r.entities for eid, r in report.events.items()},
        claims={eid: r.claims for eid, r in report.events.items()},
        timelines={eid: r.timeline for eid, r in report.events.items()},
        quotes=report.quotes,
        story_timelines=report.story_timelines,
    )
    write_briefing(kept, briefs, dropped, out, duplicate_of=links.duplicate_of)
    return DigestResult(outdir=out, documents=total, kept=len(kept), dropped=total - len(kept))
