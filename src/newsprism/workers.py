"""An ordered map over a sequence by forked worker processes, for per-article steps of one stage.

    fork_map(func, items, jobs, chunk) -> iterator of func(item), in the order of `items`

The workers are forked after `func` and `items` are set aside, so they read the parent's objects
(copy-on-write) and nothing is pickled on the way out but a chunk's bounds; only the results come
back. At most AHEAD chunks per worker are in flight, so results a slow consumer has not taken yet
never pile up in the parent (at 200k articles all of a step's results at once would be gigabytes).
With one job, a short input or no fork (Windows), it is a plain `map` in this process.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

__all__ = ["fork_map", "ignore_interrupt"]

T = TypeVar("T")
R = TypeVar("R")

# Chunks in flight per worker: one being computed, one waiting, so no worker idles while the
# parent takes a chunk's results.
AHEAD = 2

# What the forked workers read: set by fork_map before its pool starts, never pickled.
_work: tuple[Callable[[Any], Any], Sequence[Any]] | None = None


def ignore_interrupt() -> None:
    """A pool worker's start: Ctrl-C reaches the whole process group, and the parent alone acts on
    it (leaving the `with Pool` block terminates the workers); a worker that took it too printed
    its own KeyboardInterrupt traceback over the terminal."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run(bounds: tuple[int, int]) -> list[Any]:
    assert _work is not None, "fork_map sets the work before its pool starts"
    func, items = _work
    return [func(x) for x in items[bounds[0] : bounds[1]]]


def fork_map(func: Callable[[T], R], items: Sequence[T], jobs: int, chunk: int) -> Iterator[R]:
    """func(item) for each of `items`, in order, computed by `jobs` forked processes `chunk` items
    at a time. `func` must depend on its item only (each worker keeps its own caches)."""
    if jobs <= 1 or len(items) <= chunk or os.name != "posix":
        yield from map(func, items)
        return
    global _work
    _work = (func, items)
    try:
        with multiprocessing.get_context("fork").Pool(jobs, initializer=ignore_interrupt) as pool:
            starts = iter(range(0, len(items), chunk))
            pending: deque[Any] = deque()

            def submit(n: int) -> None:
                for start in itertools.islice(starts, n):
                    pending.append(pool.apply_async(_run, ((start, start + chunk),)))

            submit(jobs * AHEAD)
            while pending:
                results = pending.popleft().get()
                submit(1)
                yield from results
    finally:
        _work = None
