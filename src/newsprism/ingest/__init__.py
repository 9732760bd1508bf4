"""Read input paths into Documents, one reader per format.

`read_documents(paths)` walks files and folders (recursively) and yields `Document`s in a stable
order, streaming: no reader loads a whole container (WARC, JSONL, feed) into memory.
A document that cannot be read is still yielded, with `error` set, so the run records it.

PLACEHOLDER: only .txt/.html are read here; the full set of readers lands with the ingest work.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from newsprism.errors import InputNotFound
from newsprism.records import Document

__all__ = ["check_paths", "read_documents"]


def check_paths(paths: Iterable[str | Path]) -> list[Path]:
    """The paths as Path objects; raises InputNotFound for the first that does not exist."""
    out = []
    for p in paths:
        path = Path(p)
        if not path.exists():
            raise InputNotFound(str(p))
        out.append(path)
    return out


def read_documents(paths: Iterable[str | Path]) -> Iterator[Document]:
    for path in check_paths(paths):
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            kind = "html" if f.suffix.lower() in (".html", ".htm") else "text"
            raw = f.read_bytes()
            yield Document(id=f.name.split(".")[0], source=str(f), kind=kind,
                           content=raw.decode("utf-8", "replace"))
