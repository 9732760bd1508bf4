"""Write an output file whole or not at all.

    replacing(path) -> context manager of a text file   the file at `path` appears (or replaces an
                                                         earlier one) only when the block ends well
    check_writable(path)                                 raises the OSError replacing would meet first

`timeline -o t.jsonl` and `summarize -o s.jsonl` wrote their file as they went: a run stopped
midway (Ctrl-C, a full disk, an error in the fifth group) left half a file where an earlier whole
one had been. Written beside it under a hidden name and moved in at the end (os.replace, one step
on one file system), the earlier file stays as it was until the new one is whole. A hidden name,
as input folders are walked without hidden files, so a run never reads its own half-written file.
Standard output, a pipe or a device is written as it goes: there is nothing to move.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

__all__ = ["check_writable", "holds_earlier", "loop_of_links", "replacing", "written_in_place"]

_PARTS = itertools.count(1)  # scratch names this process has taken


@contextlib.contextmanager
def replacing(path: str | Path) -> Iterator[TextIO]:
    """A UTF-8 text file to write `path` through; `path` is made or replaced once the block ends
    without an exception (the folder is made if missing). Otherwise `path` is left as it was and
    the scratch file is removed."""
    path = Path(path)
    if written_in_place(path):
        with _open_in_place(path) as f:
            yield f
        return
    path = _through_link(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # a scratch name of this writer's own: two runs writing one output at once (an overlapping
    # cron job) shared `.t.jsonl.part`, and the second went on writing into the file the first
    # had just moved in (the output a mix of both runs), then failed
    part = _scratch(path)
    try:
        with _as_output(path, part), part.open("w", encoding="utf-8") as f:
            yield f
        with _as_output(path, part):
            os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)


def _scratch(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}-{next(_PARTS)}.part")


@contextlib.contextmanager
def _as_output(path: Path, part: Path) -> Iterator[None]:
    """An error on the scratch file is the output's: "error: 'ro/.t.jsonl.2779-1.part': Read-only
    file system" named a file the user never gave (journey 11)."""
    try:
        yield
    except OSError as e:
        if e.filename != str(part):
            raise
        raise OSError(e.errno, e.strerror, str(path)) from e


def _through_link(path: Path) -> Path:
    """The file a link leads to, which is written: `-o latest.jsonl` (a link to runs/t1.jsonl)
    replaced the link with a file of its own and left runs/t1.jsonl as it was, where the shell's
    `> latest.jsonl` writes runs/t1.jsonl (journey 11). A link to nothing yet is written through
    too, as `>` does. The scratch file goes beside the file written, on its file system."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def loop_of_links(path: str | Path) -> str | None:
    """What a path that is a loop of symbolic links is, said for an error; None for any other."""
    path = Path(path)
    if not path.is_symlink():
        return None
    try:
        path.stat()
    except OSError as e:
        if e.errno == errno.ELOOP:
            return f"a symbolic link that goes round in a loop of links (it points to '{os.readlink(path)}')"
    return None


def check_writable(path: str | Path) -> None:
    """Raise the OSError that writing `path` (by replacing) would meet at its start: a scratch file
    made, a block written in it, and removed beside it. timeline and summarize read their whole
    input before they write, so a read-only or full folder failed only after minutes of reading
    (journey 11). Nothing is made for a file written in place (standard output, a pipe). The
    folder must exist."""
    path = Path(path)
    if written_in_place(path):
        return
    if why := loop_of_links(path):
        raise OSError(errno.ELOOP, why, str(path))
    path = _through_link(path)
    part = _scratch(path)
    with _as_output(path, part):
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            # an empty file takes no space, so a full disk let it be made: `timeline` read its
            # whole input, then failed "No space left on device" at its first line. A block's
            # worth of bytes needs a block: a full disk refuses it here (tmpfs, and ext4 and xfs,
            # which reserve the block as the bytes are written).
            os.write(fd, bytes(_BLOCK))
        finally:
            os.close(fd)
            part.unlink()


# the space a file's first byte takes on most file systems (and a memory page on tmpfs)
_BLOCK = 4096


def holds_earlier(path: str | Path) -> bool:
    """Whether `path` is a regular file with something in it, that a run which read nothing is to
    leave as it was. `timeline empty/ -o t.jsonl` (an empty folder, a mistyped glob, a folder of
    other formats) replaced an earlier timeline with an empty file, its results lost for nothing,
    while digest kept its earlier outputs (pipeline.digest, kept_earlier). An empty file holds
    nothing to lose, and standard output, a pipe or a device is not a file to keep."""
    path = Path(path)
    if written_in_place(path):
        return False
    try:
        st = path.stat()
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and st.st_size > 0


# The names of a descriptor this process already holds: `-o -` is /dev/stdout
_DESCRIPTOR = re.compile(r"/(?:dev/fd|proc/self/fd)/(\d+)")
_STANDARD = {"/dev/stdout": 1, "/dev/stderr": 2}


def _open_in_place(path: Path) -> TextIO:
    """A name of one of this process's descriptors (/dev/stdout, /dev/fd/3) is written through
    that descriptor itself. Opened by its name, it is the file again, truncated, at offset 0: after
    a shell's `> log 2>&1` (or `{ echo header; newsprism timeline ... -o -; } > f`) the output
    was written over the warnings and the header already there, and the shell's next lines left a
    run of NUL bytes after it (journey 10). A pipe or a device is written as before."""
    name = str(path)
    fd = _STANDARD.get(name)
    if fd is None and (m := _DESCRIPTOR.fullmatch(name)):
        fd = int(m.group(1))
    if fd is not None:
        with contextlib.suppress(OSError):  # not open: opened by name, which says why it cannot be
            return os.fdopen(os.dup(fd), "w", encoding="utf-8")
    return path.open("w", encoding="utf-8")


def written_in_place(path: Path) -> bool:
    """Whether `path` is written as it goes: a name of a device or a process's file (standard
    output, `-o -`, is /dev/stdout), or a pipe or a device. A device's name is one whatever it
    leads to: after a shell's `> s.jsonl`, /dev/stdout leads to a regular file, and writing it
    by replacing made its scratch file in /dev and moved it over the /dev/stdout link (as root;
    a user, who may not write in /dev, had the command fail)."""
    if path.absolute().parts[1:2] in (("dev",), ("proc",)):
        return True
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)
