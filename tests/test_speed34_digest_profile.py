"""bench/digest_profile.py's "ready to run" column: the digest's processes in state R, workers
included, so a stage that keeps one core busy while -j 2 asks for two shows it (session 30 read the
report stage as one core's from a -j 1 profile; its pool of workers is two processes in state R)."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _digest_profile() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_digest_profile", ROOT / "bench" / "digest_profile.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextlib.contextmanager
def _child(code: str) -> Iterator[subprocess.Popen[str]]:
    """A child process that prints a line once it is set up, then runs the rest of `code`; killed
    when the block ends."""
    with subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True) as child:
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "set"
            yield child
        finally:
            child.kill()


def test_a_busy_child_is_ready_to_run_and_a_sleeping_one_is_not() -> None:
    ready_to_run = _digest_profile().ready_to_run
    # this process is running the count, so it is in state R itself
    alone = ready_to_run(os.getpid())
    with _child("import time; print('set', flush=True); time.sleep(60)") as sleeping:
        assert ready_to_run(os.getpid()) == alone  # asleep: not asking for a core
        with _child("print('set', flush=True)\nwhile True: pass") as busy:
            assert ready_to_run(os.getpid()) == alone + 1  # spinning: running or waiting for a core
            assert ready_to_run(busy.pid) == 1 and ready_to_run(sleeping.pid) == 0


def test_cpu_seconds_counts_ended_children() -> None:
    cpu_seconds = _digest_profile().cpu_seconds
    own, kids = cpu_seconds()
    subprocess.run([sys.executable, "-c", "sum(range(3_000_000))"], check=True)
    assert cpu_seconds()[1] > kids and cpu_seconds()[0] >= own
