"""bench/digest_profile.py's "ready to run" column: the digest's processes in state R, workers
included, so a stage that keeps one core busy while -j 2 asks for two shows it (session 30 read the
report stage as one core's from a -j 1 profile; its pool of workers is two processes in state R)."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
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


@dataclass
class _Running:
    pid: int
    spinner: int = 0  # the pid after "set" on its first line, if any


@contextlib.contextmanager
def _child(code: str) -> Iterator[_Running]:
    """A child process that prints "set" (and maybe a pid) once it is set up, then runs the rest of
    `code`; killed when the block ends."""
    with subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True) as child:
        try:
            assert child.stdout is not None
            first = child.stdout.readline().split()
            assert first[:1] == ["set"]
            yield _Running(child.pid, int(first[1]) if len(first) > 1 else 0)
        finally:
            child.kill()


def _asleep(pid: int) -> None:
    """Wait until the process `pid` itself sleeps: after its "set" line it is still running on its
    way into the sleep or the wait (and on a loaded machine may wait for a core a while)."""
    for _ in range(1000):
        if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "S":
            return
        time.sleep(0.01)
    raise AssertionError(f"process {pid} never slept")


SPIN = "print('set', flush=True)\nwhile True: pass"
# a process that waits for a spinning child of its own: asleep itself, one descendant running
WAIT_FOR_SPINNER = (
    "import subprocess, sys\n"
    f"child = subprocess.Popen([sys.executable, '-c', {SPIN!r}], stdout=subprocess.PIPE, text=True)\n"
    "assert child.stdout.readline().strip() == 'set'\n"
    "print('set', child.pid, flush=True)\n"
    "child.wait()"
)


def test_a_busy_process_is_ready_to_run_and_a_sleeping_one_is_not() -> None:
    ready_to_run = _digest_profile().ready_to_run
    with _child("import time; print('set', flush=True); time.sleep(60)") as sleeping:
        _asleep(sleeping.pid)
        assert ready_to_run(sleeping.pid) == 0  # asleep: not asking for a core
    with _child(SPIN) as busy:
        assert ready_to_run(busy.pid) == 1  # spinning: running or waiting for a core


def test_a_spinning_descendant_counts() -> None:
    ready_to_run = _digest_profile().ready_to_run
    with _child(WAIT_FOR_SPINNER) as waiting:
        try:
            # the waiting process is asleep; its spinning child (a pool's worker, say) is counted
            _asleep(waiting.pid)
            assert ready_to_run(waiting.pid) == 1
        finally:
            os.kill(waiting.spinner, signal.SIGKILL)


def test_cpu_seconds_counts_ended_children() -> None:
    cpu_seconds = _digest_profile().cpu_seconds
    own, kids = cpu_seconds()
    subprocess.run([sys.executable, "-c", "sum(range(3_000_000))"], check=True)
    assert cpu_seconds()[1] > kids and cpu_seconds()[0] >= own
