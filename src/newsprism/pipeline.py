"""Run newsprism's stages over a corpus.

    paths --ingest--> Documents --extract--> Articles --write--> articles.jsonl, briefing.{md,html}

Per-document stages run in a pool of worker processes fed in bounded batches, so a 5 GB WARC
streams through in constant memory; results keep input order whatever the number of workers.
Corpus stages (dedup, cluster, corroborate, ...) will slot in between extract and write.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsprism.extract import extract
from newsprism.ingest import check_paths, read_documents
from newsprism.output.briefing import write_briefing
from newsprism.output.jsonl import read_articles, write_articles
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
    ctx = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with ctx.Pool(jobs) as pool:
        for batch in _batches(docs, jobs * BATCH_PER_WORKER):
            yield from pool.map(extract, batch, chunksize=4)


def digest(
    paths: Iterable[str | Path],
    outdir: str | Path,
    *,
    jobs: int = 1,
    on_article: Callable[[Article], None] | None = None,
) -> DigestResult:
    """Read every input, extract clean articles and write the output folder.

    `on_article` is called once per document as it is finished (for progress and warnings).
    Raises InputNotFound before writing anything if a path does not exist.
    """
    paths = check_paths(paths)
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    counts = {"documents": 0, "kept": 0}

    def counted(articles: Iterable[Article]) -> Iterator[Article]:
        for art in articles:
            counts["documents"] += 1
            counts["kept"] += art.kept
            if on_article:
                on_article(art)
            yield art

    articles_path = out / "articles.jsonl"
    documents = read_documents(paths, exclude=[out])
    write_articles(counted(extract_all(documents, jobs=jobs)), articles_path)
    write_briefing(read_articles(articles_path), out)
    return DigestResult(
        outdir=out,
        documents=counts["documents"],
        kept=counts["kept"],
        dropped=counts["documents"] - counts["kept"],
    )
