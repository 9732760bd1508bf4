"""`newsprism summarize` given a folder or a pipe (robust19, session 19): a folder is named as what it
is, not "does not exist", and a pipe's lines are read."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from newsprism.errors import InputNotFound, NewsprismError
from newsprism.summarise import read_groups

GROUP = {"id": "g1", "documents": [{"title": "Quake", "text": "A quake struck the island on Sunday."}]}


def test_a_folder_is_named_as_a_folder(tmp_path: Path) -> None:
    with pytest.raises(NewsprismError, match="is a folder") as caught:
        list(read_groups(tmp_path))
    assert not isinstance(caught.value, InputNotFound)


def test_a_missing_path_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(InputNotFound):
        list(read_groups(tmp_path / "nothing.jsonl"))


def test_a_pipe_is_read_line_by_line() -> None:
    read_end, write_end = os.pipe()
    with os.fdopen(write_end, "w") as w:
        w.write(json.dumps(GROUP) + "\n")
    try:
        groups = list(read_groups(f"/dev/fd/{read_end}"))
    finally:
        os.close(read_end)
    assert [(gid, [a.title for a in arts]) for gid, arts in groups] == [("g1", ["Quake"])]


def test_a_gzip_compressed_groups_file_is_read(tmp_path: Path) -> None:
    # robust20's walk: a gzipped GROUPS file was "line 1: not UTF-8 text"
    path = tmp_path / "groups.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps(GROUP) + "\n").encode()))
    assert [gid for gid, _ in read_groups(path)] == ["g1"]


def test_a_gzip_compressed_pipe_is_read() -> None:
    read_end, write_end = os.pipe()
    with os.fdopen(write_end, "wb") as w:
        w.write(gzip.compress((json.dumps(GROUP) + "\n").encode()))
    try:
        groups = list(read_groups(f"/dev/fd/{read_end}"))
    finally:
        os.close(read_end)
    assert [(gid, [a.title for a in arts]) for gid, arts in groups] == [("g1", ["Quake"])]
