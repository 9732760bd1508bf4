"""Write an output file whole or not at all.

    replacing(path) -> context manager of a text file   the file at `path` appears (or replaces an
                                                         earlier one) only when the block ends well

`timeline -o t.jsonl` and `summarize -o s.jsonl` wrote their file as they went: a run stopped
midway (Ctrl-C, a full disk, an error in the fifth group) left half a file where an earlier whole
one had been. Written beside it under a hidden name and moved in at the end (os.replace, one step
on one file system), the earlier file stays as it was until the new one is whole. A hidden name,
as input folders are walked without hidden files, so a run never reads its own half-written file.
Standard output, a pipe or a device is written as it goes: there is nothing to move.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

__all__ = ["replacing"]


@contextlib.contextmanager
def replacing(path: str | Path) -> Iterator[TextIO]:
    """A UTF-8 text file to write `path` through; `path` is made or replaced once the block ends
    without an exception (the folder is made if missing). Otherwise `path` is left as it was and
    the scratch file is removed."""
    path = Path(path)
    if _stream(path):
        with path.open("w", encoding="utf-8") as f:
            yield f
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(f".{path.name}.part")
    try:
        with part.open("w", encoding="utf-8") as f:
            yield f
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)


def _stream(path: Path) -> bool:
    """Whether `path` is there and no regular file or folder (standard output, a pipe, a device)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)
