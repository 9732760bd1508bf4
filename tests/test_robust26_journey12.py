"""Journey 12 (session 26): what a demanding user met on a fresh folder.

Each test failed on the code before its fix (the inputs are made up)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsprism.ingest import read_documents

COMMAND = [sys.executable, "-c", "from newsprism.cli import app; app()"]
BODY = (
    "A powerful storm hit the northern coast on Monday, cutting power to thousands of homes. Officials "
    "said the storm brought winds of over 100 kilometres per hour."
)


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*COMMAND, *args], check=False, timeout=300, capture_output=True, text=True, cwd=cwd
    )


def _docs(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"{i}.txt").write_text(f"Storm hits coast {i}\n\n{BODY}\n", encoding="utf-8")
    return folder


# -- 1. -o given twice -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["digest", "data", "-o", "a", "-o", "b"],
        ["digest", "data", "-qo", "a", "--output=b"],  # a group of flags, and --output=
        ["digest", "-oa", "data", "-j", "2", "--output", "b"],
        ["timeline", "data", "-o", "a", "-o", "b"],
        ["summarize", "data/0.txt", "-o", "a", "-o", "b"],
    ],
)
def test_an_output_given_twice_is_refused(tmp_path: Path, args: list[str]) -> None:
    """`digest data -o a -o b` wrote b in silence (click keeps the last -o), while the user who
    typed a looked for the outputs there."""
    _docs(tmp_path / "data", 2)
    done = _run(args, tmp_path)
    assert done.returncode == 2
    said, usage = done.stderr.splitlines()
    assert said == "error: -o is given 2 times ('a' and 'b'): a run writes one output; give -o once"
    assert usage.startswith(f"usage: newsprism {args[0]} ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]  # nothing written


def test_jobs_given_twice_keeps_the_last_as_an_alias_wants(tmp_path: Path) -> None:
    """`alias nd='newsprism digest -j 4'`, then `nd data -o out -j 1`: the later -j wins, as before;
    and an -o after `--` is an input's name, not a second -o."""
    _docs(tmp_path / "data", 2)
    done = _run(["digest", "-j", "4", "data", "-o", "out", "-j", "1", "-q"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert len((tmp_path / "out" / "articles.jsonl").read_text().splitlines()) == 2
    done = _run(["digest", "-o", "out2", "-q", "--", "data", "-o"], tmp_path)
    assert done.returncode == 2 and "input path '-o' does not exist" in done.stderr


def test_an_options_missing_value_names_its_command_in_the_usage(tmp_path: Path) -> None:
    """`digest data -o` said "usage: newsprism digest|timeline|summarize ...": click's error of a
    missing value comes without the command."""
    done = _run(["digest", "data", "-o"], tmp_path)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "error: option '-o' requires an argument.",
        "usage: newsprism digest INPUT... -o OUTDIR [-j N] [-q] (newsprism digest --help says more)",
    ]


# -- 2. a file that goes away between the folder's listing and its reading ---------------------------


def test_a_file_removed_after_the_listing_is_said_so_not_permission_denied(tmp_path: Path) -> None:
    """A run lists a folder, then reads its files one by one, minutes apart on a heap: a file a
    cleanup job removed meanwhile was "permission denied: ... (chmod a+r)", one replaced by a
    folder "read error (IsADirectoryError ...); re-download or re-compress it"."""
    data = _docs(tmp_path / "data", 4)
    (data / "4.jsonl").write_text(json.dumps({"id": "r", "text": BODY}) + "\n")
    docs = read_documents([data])
    assert next(docs).error is None  # 0.txt: the folder is listed
    for name in ("1.txt", "4.jsonl"):
        (data / name).unlink()
    (data / "2.txt").unlink()
    (data / "2.txt").mkdir()
    errors = {doc.source.split("/")[-1]: doc.error for doc in docs}
    gone = "cannot read the file: it (or the file its link leads to) was removed or renamed after the run began, before it was read"
    assert errors == {
        "1.txt": gone,
        "2.txt": "cannot read the file: it became a folder after the run began; name that folder to read it",
        "3.txt": None,
        "4.jsonl": gone,
    }


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_a_file_of_no_permission_is_still_said_so(tmp_path: Path) -> None:
    data = _docs(tmp_path / "data", 1)
    (data / "0.txt").chmod(0)
    (doc,) = read_documents([data])
    assert doc.error is not None and "permission denied" in doc.error
