"""workers.fork_map: the same results, in order, as a plain map, whatever the jobs and chunks."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.analyse.sentences import split_sentences
from newsprism.workers import fork_map


def _sentence_count(text: str) -> int:
    return len(split_sentences(text))


@pytest.mark.parametrize(("jobs", "chunk"), [(1, 4), (2, 1), (2, 3), (3, 7), (2, 1000)])
def test_fork_map_is_an_ordered_map(shared: Path, jobs: int, chunk: int) -> None:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((shared / "seeds").glob("*.*"))]
    texts = texts * 5  # more chunks than workers have slots, so later chunks wait their turn
    assert list(fork_map(_sentence_count, texts, jobs, chunk)) == list(map(_sentence_count, texts))


def test_fork_map_of_nothing() -> None:
    assert list(fork_map(_sentence_count, [], 2, 4)) == []


def test_an_error_in_a_worker_reaches_the_caller() -> None:
    with pytest.raises(ZeroDivisionError):
        list(fork_map(lambda x: 1 // x, [1, 2, 0, 3, 4, 5], 2, 2))
