"""extract_all keeps the next batch of documents in the pool while this process takes the current
batch's articles (and the digest writes them): with one batch at a time the workers sat idle while
this process read the input and wrote the articles (bench/extract_stage_speed.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsprism import pipeline
from newsprism.pipeline import BATCH_PER_WORKER, extract_all
from newsprism.records import Document

PAGE = (
    "Council approves new bridge\n\n"
    "The city council voted on Monday to build a new bridge over the river, officials said. "
    "Construction is expected to start next spring and cost about 40 million dollars.\n"
)


def _documents(n: int, pulled: list[int]) -> Iterator[Document]:
    """n small text documents; `pulled[0]` counts those taken so far."""
    for k in range(n):
        pulled[0] += 1
        yield Document(id=f"d{k:03d}", source=f"d{k:03d}.txt", content=PAGE.replace("Monday", f"day {k}"))


@pytest.fixture
def two_workers(monkeypatch: pytest.MonkeyPatch) -> int:
    """Two workers even where the machine has one core (the pool is the path under test)."""
    monkeypatch.setattr(pipeline, "usable_jobs", lambda jobs: jobs)
    return 2


def test_the_next_batch_is_read_before_the_first_articles_are_given(two_workers: int) -> None:
    pulled = [0]
    articles = extract_all(_documents(5 * BATCH_PER_WORKER * two_workers, pulled), jobs=two_workers)
    first = next(articles)
    batch = BATCH_PER_WORKER * two_workers
    # the first batch, and the second read and handed to the workers while they extract the first
    assert pulled[0] == 2 * batch
    assert first.id == "d000"
    articles.close()


def test_articles_keep_the_input_order_across_batches(two_workers: int) -> None:
    n = 3 * BATCH_PER_WORKER * two_workers + 5  # three whole batches and a short last one
    pulled = [0]
    got = list(extract_all(_documents(n, pulled), jobs=two_workers))
    assert [a.id for a in got] == [f"d{k:03d}" for k in range(n)]
    assert all(f"day {k} " in a.text for k, a in enumerate(got))
    assert got == list(extract_all(_documents(n, [0]), jobs=1))
