"""An ordered map over a sequence by forked worker processes, for per-article steps of one stage.

    fork_map(func, items, jobs, chunk) -> iterator of func(item), in the order of `items`
    usable_jobs(jobs) -> int   the workers `jobs` means: 0 (or less) one per core, never more than the cores
    handled(signums, handler, keep) -> context   `handler` takes those signals while the block runs

The workers are forked after `func` and `items` are set aside, so they read the parent's objects
(copy-on-write) and nothing is pickled on the way out but a chunk's bounds; only the results come
back. At most AHEAD chunks per worker are in flight, so results a slow consumer has not taken yet
never pile up in the parent (at 200k articles all of a step's results at once would be gigabytes).
With one job, a short input or no fork (Windows), it is a plain `map` in this process.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

__all__ = ["fork_map", "handled", "ignore_interrupt", "usable_jobs"]

T = TypeVar("T")
R = TypeVar("R")

# Chunks in flight per worker: one being computed, one waiting, so no worker idles while the
# parent takes a chunk's results.
AHEAD = 2

# What the forked workers read: set by fork_map before its pool starts, never pickled.
_work: tuple[Callable[[Any], Any], Sequence[Any]] | None = None


def usable_jobs(jobs: int) -> int:
    """Worker processes for `jobs` asked: 0 or less means one per core, and never more than the
    cores. The one meaning of `jobs` (and of `-j`) everywhere: the command line, digest,
    extract_all, link_corpus and fork_map all read it through here, so `jobs=0` given to the API
    is all cores as `-j 0` is (it was one worker in digest and extract_all, all cores on the
    command line).

    Every stage's workers are CPU-bound, so workers beyond the cores only take turns on them, and
    each is a forked process with its own caches: `-j 1000` on 2 cores took 101 s for 3 pages
    (1,000 forks a pool) against 5 s at `-j 2`. Results do not depend on the number of workers.
    """
    cores = _cores()
    return cores if jobs <= 0 else min(jobs, cores)


def _cores() -> int:
    """The cores this process may run on: a container's cpuset or a batch job's share (Slurm,
    `taskset -c 0,1`) is fewer than the machine's, which os.cpu_count gives (`-j 0` in a 2-core
    job on a 64-core node forked 64 workers, each with its own caches, to take turns on 2 cores)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # no affinity to read (macOS, Windows)
        return os.cpu_count() or 1


def ignore_interrupt() -> None:
    """A pool worker's start: Ctrl-C reaches the whole process group, and the parent alone acts on
    it (leaving the `with Pool` block terminates the workers); a worker that took it too printed
    its own KeyboardInterrupt traceback over the terminal. SIGTERM is the default's again: a fork
    keeps the command's handler, which makes SIGTERM a Ctrl-C (cli._TerminateAsInterrupt), and
    the pool ends its workers with SIGTERM."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@contextlib.contextmanager
def handled(
    signums: Iterable[int], handler: Callable[[int, Any], None], keep: Callable[[Any], bool]
) -> Iterator[None]:
    """While the block runs, `handler` takes each of `signums` whose handler now passes `keep`
    (the command's Ctrl-C and SIGTERM, pipeline's held move-in); the earlier handlers are put back
    at its end. Outside the main thread no handler can be set, and none is."""
    earlier = {}
    with contextlib.suppress(ValueError):  # not the main thread
        for signum in signums:
            if keep(signal.getsignal(signum)):
                earlier[signum] = signal.signal(signum, handler)
    try:
        yield
    finally:
        for signum, was in earlier.items():
            signal.signal(signum, was)


def _run(bounds: tuple[int, int]) -> list[Any]:
    assert _work is not None, "fork_map sets the work before its pool starts"
    func, items = _work
    return [func(x) for x in items[bounds[0] : bounds[1]]]


def fork_map(func: Callable[[T], R], items: Sequence[T], jobs: int, chunk: int) -> Iterator[R]:
    """func(item) for each of `items`, in order, computed by `jobs` forked processes `chunk` items
    at a time (`jobs` as usable_jobs reads it). `func` must depend on its item only (each worker
    keeps its own caches)."""
    jobs = usable_jobs(jobs)
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
