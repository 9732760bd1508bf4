"""Robustness audit 6: a pipe read as it comes, and records too large to parse.

    PYTHONPATH=TREE/src .venv/bin/python bench/pathological_inputs3.py DIR --mb 200
    PYTHONPATH=TREE/src .venv/bin/python bench/pathological_inputs3.py DIR --big 60

--mb N: DIR/pipe.jsonl of about N MB (records of 5 KB of text) is fed through a named pipe (`cat`
writes it, as `cat x.jsonl | newsprism digest /dev/stdin` does) to ingest.read_documents, in a
child process; prints the documents read, the child's CPU time and peak memory, and the most
bytes that lay in its TMPDIR meanwhile (a fresh folder, polled every 20 ms).
--big N: DIR/big.jsonl of three records, the middle one N MB with its id after its text, and
DIR/big.json, the same as a JSON list; prints each document's id and error (the reading).
Run it with PYTHONPATH at two trees (git archive of two commits) for an A/B.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

TEXT = "The council voted on Tuesday to approve the new budget, officials said in a statement. " * 58


def make_jsonl(path: Path, megabytes: int) -> None:
    if path.exists() and path.stat().st_size >= megabytes * 1_000_000:
        return
    with path.open("w", encoding="utf-8") as f:
        n = 0
        while f.tell() < megabytes * 1_000_000:
            f.write(json.dumps({"id": f"r{n}", "title": f"Story {n}", "text": TEXT}) + "\n")
            n += 1


def folder_bytes(folder: Path) -> int:
    total = 0
    for root, _, files in os.walk(folder):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.stat(os.path.join(root, name)).st_size
    return total


CHILD = """
import resource, sys, time
from newsprism.ingest import read_documents
t = time.process_time()
n = errors = 0
for doc in read_documents([sys.argv[1]]):
    n += 1
    errors += doc.error is not None
print(n, errors, round(time.process_time() - t, 2), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def pipe_run(folder: Path, megabytes: int) -> None:
    data = folder / "pipe.jsonl"
    make_jsonl(data, megabytes)
    fifo, tmp = folder / "fifo.jsonl", folder / "tmpdir"
    fifo.unlink(missing_ok=True)
    os.mkfifo(fifo)
    tmp.mkdir(exist_ok=True)
    writer = subprocess.Popen(["sh", "-c", f"cat '{data}' > '{fifo}'"])
    env = dict(os.environ, TMPDIR=str(tmp))
    peak, done = 0, threading.Event()

    def poll() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, folder_bytes(tmp))
            time.sleep(0.02)

    poller = threading.Thread(target=poll)
    poller.start()
    child = subprocess.run([sys.executable, "-c", CHILD, str(fifo)], env=env, capture_output=True, text=True)
    done.set()
    poller.join()
    writer.wait()
    fifo.unlink()
    if child.returncode:
        print(child.stderr)
    docs, errors, cpu, rss = child.stdout.split()
    print(
        f"pipe of {data.stat().st_size / 1e6:.0f} MB: {docs} documents ({errors} dropped), "
        f"CPU {cpu} s, peak {rss} MB, TMPDIR peak {peak / 1e6:.1f} MB"
    )


def big_run(folder: Path, megabytes: int) -> None:
    from newsprism.ingest import read_documents

    huge = {"title": "T", "text": "word " * (megabytes * 200_000), "id": "the-huge-one"}
    records = [{"id": "before", "text": "x"}, huge, {"id": "after", "text": "y"}]
    (folder / "big.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    (folder / "big.json").write_text(json.dumps(records))
    for name in ("big.jsonl", "big.json"):
        t = time.process_time()
        docs = [(d.id, d.error) for d in read_documents([folder / name])]
        cpu = time.process_time() - t
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(f"{name} ({megabytes} MB record): CPU {cpu:.2f} s, peak {rss} MB")
        for doc_id, error in docs:
            print(f"    {doc_id}: {error or 'kept'}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument("--mb", type=int, nargs="*", default=[])
    parser.add_argument("--big", type=int, default=0)
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    for megabytes in args.mb:
        pipe_run(args.folder, megabytes)
    if args.big:
        big_run(args.folder, args.big)


if __name__ == "__main__":
    main()
