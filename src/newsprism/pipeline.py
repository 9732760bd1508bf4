"""Run newsprism's stages over a corpus.

    paths --ingest--> Documents --extract--> Articles --dedup/cluster--> copies, events, stories
          --write--> articles.jsonl, events.jsonl, stories.jsonl, briefing.{md,html}

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
from newsprism.output.briefing import write_briefing
from newsprism.output.jsonl import (
    article_record,
    event_record,
    read_jsonl,
    story_record,
    with_links,
    write_jsonl,
)
from newsprism.records import Article, Document

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
    on_article: Callable[[Article], None] | None = None,
    on_stage: Callable[[str], None] = lambda stage: None,
) -> DigestResult:
    """Read every input, extract clean articles, link them into copies, events and stories, and
    write the output folder.

    `on_article` is called once per document as it is finished (for progress and warnings), and
    `on_stage` with the name of each corpus stage as it starts (they can take minutes).
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
    on_stage("linking copies, events and stories")
    links = link_corpus(kept)
    # 3. outputs
    on_stage("writing")
    write_jsonl(with_links(read_jsonl(part), links), out / "articles.jsonl")
    part.unlink()
    write_jsonl(map(event_record, links.events), out / "events.jsonl")
    write_jsonl(map(story_record, links.stories), out / "stories.jsonl")
    write_briefing(kept, links, dropped, out)
    return DigestResult(outdir=out, documents=total, kept=len(kept), dropped=total - len(kept))
