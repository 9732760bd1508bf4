"""Input paths -> the files to read, their format, and Documents with ids unique across the run.

    check_paths(paths) -> list[Path]            raises InputNotFound before anything is read
    read_documents(paths) -> Iterator[Document]

Folders are walked recursively in sorted order (by name, per folder; hidden entries skipped,
symlinked folders not followed); in a folder only files whose name says a known format are read
(a link to such a file that leads nowhere, or round in a loop, is a Document with `error`),
while a file named on the command line is read whatever its name (the content is sniffed).
An archive (.zip, .tar, .bz2, ...) in a folder is a Document with `error` saying what to do, and an
earlier digest's output folder inside an input folder (it holds all of DIGEST_OUTPUTS) is one such
Document for those files, which are not read back. A pipe named on the command line is read as it
comes (streams.read_once). A file reached twice (named and inside a named folder) is read once.
Ids that repeat across inputs get a suffix in reading order (`a`, `a~2`, `a~3`), so no two
documents are merged.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Literal

from newsprism.errors import InputNotFound, NewsprismError
from newsprism.ingest.decoding import SAMPLE_BYTES, looks_like_markup
from newsprism.ingest.feeds import read_feed
from newsprism.ingest.jsonl import read_json, read_jsonl
from newsprism.ingest.pages import read_page
from newsprism.ingest.streams import STREAM_ERRORS, open_input, open_raw, read_once
from newsprism.ingest.warc import read_warc
from newsprism.records import Document

__all__ = ["Format", "check_paths", "classify", "read_documents"]

Format = Literal["text", "html", "json", "jsonl", "warc", "feed"]

FORMATS: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}
COMPRESSED = ".gz"

# The files a digest writes in its output folder (pipeline.digest). In an input folder they are
# an earlier run's output, not news: its articles.jsonl would bring every article back a second
# time (the seeds digested into seeds/run1, then seeds into seeds/run2, read 44 documents for 6).
DIGEST_OUTPUTS = frozenset(
    ["articles.jsonl", "events.jsonl", "stories.jsonl", "quotes.jsonl", "briefing.html", "briefing.md"]
)

# Archives and other compressions newsprism does not open: in a folder they are reported with what
# to do (a user expects the pages inside them read), where other file types are passed over.
_ARCHIVES = (
    (".tar.gz", "a tar archive", "extract it (tar -xf) and give the folder"),
    (".tgz", "a tar archive", "extract it (tar -xf) and give the folder"),
    (".tar.bz2", "a tar archive", "extract it (tar -xf) and give the folder"),
    (".tar.xz", "a tar archive", "extract it (tar -xf) and give the folder"),
    (".tar", "a tar archive", "extract it (tar -xf) and give the folder"),
    (".zip", "a zip archive", "unzip it and give the folder"),
    (".7z", "a 7z archive", "extract it and give the folder"),
    (".rar", "a rar archive", "extract it and give the folder"),
    (".bz2", "bzip2-compressed", "decompress it (bunzip2), or compress it with gzip, which newsprism reads"),
    (".xz", "xz-compressed", "decompress it (unxz), or compress it with gzip, which newsprism reads"),
    (".zst", "zstd-compressed", "decompress it (unzstd), or compress it with gzip, which newsprism reads"),
)

_FEED_ROOT_MARKS = (b"<rss", b"<feed", b"<rdf:RDF")


def check_paths(paths: Iterable[str | Path]) -> list[Path]:
    """The paths as Path objects; raises InputNotFound for the first that does not exist."""
    if isinstance(paths, str | Path):
        raise TypeError(f"expected a list of paths, got the single path {str(paths)!r}: wrap it in a list")
    out = []
    for p in paths:
        path = Path(p)
        if not path.exists():
            if path.is_symlink():
                raise _LinkLeadsNowhere(path)
            raise _NoMatch(path) if any(c in path.name for c in "*?[") else InputNotFound(str(p))
        out.append(path)
    return out


class _NoMatch(InputNotFound):
    """A wildcard pattern the shell found no file for (`digest data/*.jsonl.gz`) and passed on as
    it was: "does not exist" of a name with a star in it would puzzle."""

    def __init__(self, path: Path) -> None:
        NewsprismError.__init__(
            self,
            f"no file matches '{path}' (the shell passes a pattern on as it is when nothing matches it): "
            "check the folder and the extension, or give the folder itself",
        )
        self.path = str(path)


class _LinkLeadsNowhere(InputNotFound):
    """A path named on the command line that is a symbolic link to nothing, or a loop of links:
    it is there (`ls` lists it), so "does not exist" would puzzle."""

    def __init__(self, path: Path) -> None:
        try:
            path.stat()
            why = "leads to nothing"
        except OSError as e:
            why = {errno.ELOOP: "goes round in a loop of links", errno.ENOENT: "leads to nothing"}.get(
                e.errno or 0, f"cannot be followed ({e.strerror})"
            )
        NewsprismError.__init__(
            self,
            f"input path '{path}' is a symbolic link that {why} (it points to '{os.readlink(path)}'): "
            "give the file or folder itself",
        )
        self.path = str(path)


def classify(path: Path) -> tuple[Format | None, str]:
    """(format the name says, or None; the name without its extensions): `a.html.gz` -> html, a."""
    name = path.name
    base = name[: -len(COMPRESSED)] if name.lower().endswith(COMPRESSED) else name
    dot = base.rfind(".")
    suffix = base[dot:].lower() if dot > 0 else ""
    stem = base[:dot] if dot > 0 else base
    return FORMATS.get(suffix), stem or name


def _sniff(path: Path) -> Format:
    """The format of a file whose name does not say, from its first bytes."""
    try:
        with open_input(path) as f:
            head = f.read(SAMPLE_BYTES)
    except STREAM_ERRORS:
        return "text"  # the page reader will report the damage
    if head.startswith(b"WARC/"):
        return "warc"
    start = head.removeprefix(codecs.BOM_UTF8).lstrip(b" \t\r\n")[:1]
    if start in (b"{", b"["):  # JSON: a record per line, a list, or one record (read_json tells)
        return "json"
    if any(mark in head[:2048] for mark in _FEED_ROOT_MARKS):
        return "feed"
    return "html" if looks_like_markup(head) else "text"


def _walk(folder: Path, skip: frozenset[Path] = frozenset()) -> Iterator[Path | Document]:
    """The readable files under a folder, sorted; a folder that cannot be listed, and a link to a
    file of a known format that leads nowhere or round in a loop, as a Document with `error`.

    Folders in `skip` (resolved) are not entered: the run's own output folder, when it lies
    inside an input folder, must not be read back as input. A folder that holds all the
    DIGEST_OUTPUTS holds an earlier run's: when it is the output folder itself they are not read
    (they are about to be replaced), and another such folder is one Document with `error` for
    them, which are not read. A file of an output's name alone (a user's own articles.jsonl) is
    an input, read as any other.
    An archive (.zip, .tar, .bz2, ...) is dropped with what to do.
    """
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        yield Document(id=folder.name, source=str(folder), error=f"cannot list folder: {e.strerror}")
        return
    # A run's outputs here, all of them: a lone articles.jsonl is a user's input (an export from
    # elsewhere), read even in the output folder, where skipping it lost its records in silence.
    outputs = {e.name for e in entries} >= DIGEST_OUTPUTS
    own = outputs and folder.resolve() in skip  # the output folder is the input folder
    earlier = outputs and not own
    if earlier:  # one row for the folder: its five readable outputs are one thing left out
        yield Document(id=folder.name, source=str(folder), error=_EARLIER_OUTPUT)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            if path.resolve() not in skip:
                yield from _walk(path, skip)
            continue
        fmt, stem = classify(path)
        if (own or earlier) and entry.name in DIGEST_OUTPUTS:
            continue
        if fmt is None:
            if archive := _archive(entry.name):
                yield Document(id=archive[0], source=str(path), error=archive[1])
            continue
        try:
            is_file = entry.is_file()
            error = None if is_file else _not_a_file(entry)
        except OSError as e:  # a loop of links (x.txt -> y.txt -> x.txt) raises ELOOP
            is_file, error = False, f"cannot read the file: {e.strerror}"
        if is_file:
            yield path
        elif error:
            yield Document(id=stem, source=str(path), error=error)


_EARLIER_OUTPUT = (
    "an earlier newsprism digest's output folder: its articles.jsonl, events.jsonl, stories.jsonl, "
    "quotes.jsonl and briefing are not read as input (its articles would be read twice); its other "
    "files are; name one of them on the command line to read it"
)


def _archive(name: str) -> tuple[str, str] | None:
    """(its id, why it is not read and what to do) for a file of an archive's name, or None."""
    lower = name.lower()
    for ending, kind, advice in _ARCHIVES:
        if lower.endswith(ending) and len(name) > len(ending):
            stem = classify(Path(name[: -len(ending)]))[1]  # dump.jsonl.bz2 -> dump
            return stem, f"not read: {kind} (newsprism reads files and .gz of them): {advice}"
    return None


def _not_a_file(entry: os.DirEntry[str]) -> str:
    """Why a folder entry of a known format's name that is not a regular file is not read."""
    if entry.is_symlink() and not os.path.exists(entry.path):
        return "broken symbolic link: no such target"
    mode = entry.stat().st_mode
    # a named pipe or a device in a folder is not read: with no writer, reading would wait forever
    kind = "a named pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
    return f"not a regular file ({kind}): name it on the command line to read from it"


def _reader(path: Path, fmt: Format, stem: str) -> Iterator[Document]:
    readers: dict[Format, Callable[[], Iterator[Document]]] = {
        "text": lambda: read_page(path, stem, "text"),
        "html": lambda: read_page(path, stem, "html"),
        "json": lambda: read_json(path, stem),
        "jsonl": lambda: read_jsonl(path, stem),
        "warc": lambda: read_warc(path, stem),
        "feed": lambda: read_feed(path, stem),
    }
    return readers[fmt]()


def _read_file(path: Path, *, named: bool) -> Iterator[Document]:
    fmt, stem = classify(path)
    if fmt is None and named:
        fmt = _sniff(path)
    if fmt is None:
        return
    n = 0
    try:
        for doc in _reader(path, fmt, stem):
            n += 1
            yield doc
    except OSError as e:
        doc_id = stem if n == 0 and fmt in ("text", "html") else f"{stem}-{n + 1}"
        yield Document(id=doc_id, source=str(path), error=f"cannot read the file: {e.strerror or e}")
    except Exception as e:  # the last guard: one odd file must not end a long run
        doc_id = stem if n == 0 else f"{stem}-{n + 1}"
        error = f"unexpected error while reading ({type(e).__name__}: {e}); please report it with this file"
        yield Document(id=doc_id, source=str(path), error=error)


class _UniqueIds:
    """Hands out each id once: a repeat gets the first free `~2`, `~3`, ... suffix."""

    def __init__(self) -> None:
        self._last: dict[str, int] = {}  # id -> the last suffix number handed out for it

    def claim(self, doc_id: str) -> str:
        if doc_id not in self._last:
            self._last[doc_id] = 1
            return doc_id
        n = self._last[doc_id]
        while f"{doc_id}~{n}" in self._last or n == 1:
            n += 1
        self._last[doc_id] = n
        self._last[f"{doc_id}~{n}"] = 1
        return f"{doc_id}~{n}"


def read_documents(paths: Iterable[str | Path], *, exclude: Iterable[str | Path] = ()) -> Iterator[Document]:
    """Every document under the paths, in a stable order; checks all paths exist first.

    Folders and files named in `exclude` are skipped when met inside an input folder: the run's
    output folder, or output file (`timeline DATA -o DATA/t.jsonl` read its earlier t.jsonl back).
    """
    return _documents(check_paths(paths), frozenset(Path(p).resolve() for p in exclude))


def _documents(roots: list[Path], skip: frozenset[Path]) -> Iterator[Document]:
    ids = _UniqueIds()
    seen: set[Path] = set()
    for root in roots:
        for item in _walk(root, skip) if root.is_dir() else [root]:
            if isinstance(item, Document):
                yield _named(item, ids)
                continue
            key = item.resolve()
            if key in seen or (key in skip and item is not root):
                continue
            seen.add(key)
            docs = (
                _read_stream(item)
                if item is root and _is_stream(item)
                else _read_file(item, named=item is root)
            )
            for doc in docs:
                yield _named(doc, ids)


def _is_stream(path: Path) -> bool:
    """A pipe or a device named on the command line (`/dev/stdin`, a shell's `<(zcat a.jsonl.gz)`)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _read_stream(path: Path) -> Iterator[Document]:
    """The documents of a pipe, read as it comes (streams.read_once): the readers' first looks are
    replayed from memory, so nothing is copied to a scratch file (a copy needed the whole input's
    size free in TMPDIR) and the documents keep the pipe's name."""
    try:
        with read_once(path):
            with open_raw(path) as f:
                empty = not f.read(1)
            if empty:
                yield Document(
                    id=classify(path)[1], source=str(path), error="empty file: nothing came through the pipe"
                )
                return
            yield from _read_file(path, named=True)
    except OSError as e:  # the pipe could not be opened (its readers report their own errors)
        yield Document(
            id=classify(path)[1], source=str(path), error=f"cannot read the file: {e.strerror or e}"
        )


def _named(doc: Document, ids: _UniqueIds) -> Document:
    """The document with a unique id, and an id and source that can be written as UTF-8.

    A file name that is not valid UTF-8 reaches Python with its odd bytes as lone surrogates
    (surrogateescape), which no UTF-8 writer accepts: they become U+FFFD.
    """
    doc_id, source = _printable(doc.id), _printable(doc.source)
    unique = ids.claim(doc_id)
    return doc if (unique, source) == (doc.id, doc.source) else replace(doc, id=unique, source=source)


# A lone surrogate that surrogateescape does not make (U+DC80-U+DCFF are a file name's odd bytes)
# comes from elsewhere (a JSON "\\ud800" escape): it is U+FFFD at once.
_UNESCAPED_SURROGATE = re.compile("[\ud800-\udc7f\udd00-\udfff]")


def _printable(name: str) -> str:
    if name.isascii():
        return name
    name = _UNESCAPED_SURROGATE.sub("\ufffd", name)
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
