"""Open input files as byte streams: gzip by magic bytes, size caps, the limit every reader shares.

    open_input(path) -> BinaryIO      gunzipped when the file starts with the gzip magic bytes
    open_raw(path) -> BinaryIO        the bytes as they are
    input_size(path) -> int | None    a regular file's size; None for a pipe (not known before it is read)
    read_capped(stream) -> bytes      at most MAX_DOCUMENT_BYTES, else DocumentTooLarge
    read_once(path)                   while open, the pipe at `path` is read once, as it comes
    typed(path, data)                 while open, `path` (a terminal, read before the run) reads as `data`
    STREAM_ERRORS                     what a damaged file raises mid-read (truncated gzip, ...)

Readers use these so that "too large" and "truncated" read the same whatever the format, and so
that a pipe (`cat a.jsonl | newsprism digest /dev/stdin`) is read by the same readers as a file.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import gzip
import io
import os
import stat
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from newsprism.errors import UnreadableDocument

__all__ = [
    "GZIP_MAGIC",
    "ChunkFilter",
    "MAX_DOCUMENT_BYTES",
    "STREAM_ERRORS",
    "DocumentTooLarge",
    "describe_stream_error",
    "is_gzip",
    "input_size",
    "megabytes",
    "open_input",
    "open_raw",
    "read_capped",
    "read_once",
    "typed",
]

# One document's content, decoded: the heaviest real news pages (inline scripts, base64 images)
# weigh a few MB; 50 MB is ten times that, yet a pool of workers each parsing one such page with
# lxml (a tree costs ~10x the text) still stays within a few GB. Anything bigger is a dump or a
# mistake (a log, a whole-site export), reported rather than read.
MAX_DOCUMENT_BYTES = 50_000_000

GZIP_MAGIC = b"\x1f\x8b"

# What a damaged file raises while it is read: a gzip stream that stops early (EOFError), a corrupt
# deflate block (zlib.error), a bad gzip header (BadGzipFile, an OSError).
STREAM_ERRORS = (EOFError, zlib.error, OSError)


class DocumentTooLarge(UnreadableDocument):
    """A document over MAX_DOCUMENT_BYTES; the message says how large when that is known."""

    def __init__(self, size: int | None = None) -> None:
        limit = megabytes(MAX_DOCUMENT_BYTES)
        found = (
            f"{megabytes(size)} MB (limit {limit} MB)" if size is not None else f"over the {limit} MB limit"
        )
        super().__init__(f"too large: {found}; split it into smaller documents")


def megabytes(n: int) -> int:
    """Bytes as whole megabytes (10**6, as disks count), rounded to nearest."""
    return round(n / 1_000_000)


# -- pipes -------------------------------------------------------------------------------------
# A pipe named on the command line (`/dev/stdin`, a shell's `<(zcat a.jsonl.gz)`) can be read only
# once, yet a reader looks at its input's first bytes before it reads it (the format, the gzip
# magic, a JSON list or lines), opening it again each time. So the pipe is opened once and every
# open of its path gets a view that replays, from memory, what earlier opens took, then reads on
# from the pipe. The first bytes are kept until a view reads past REPLAY_BYTES: the looks read a
# few KB, or one first line (at most one document, MAX_DOCUMENT_BYTES), so any look fits; past it
# the memory is given back and the pipe streams (a 5 GB `zcat crawl.warc.gz |` in constant memory,
# where a copy to a scratch file needed 5 GB free in TMPDIR).
REPLAY_BYTES = MAX_DOCUMENT_BYTES + (1 << 20)

PIPE_READ_TWICE = (
    "a pipe can be read only once, and reading it needed a second look past its first "
    f"{megabytes(REPLAY_BYTES)} MB: save it to a file and name that file"
)


class _Pipe:
    """A pipe opened once: the bytes read from it so far (while they are kept for replay)."""

    def __init__(self, path: Path) -> None:
        given = _TYPED.get(str(path))
        self.raw: BinaryIO = io.BytesIO(given) if given is not None else path.open("rb", buffering=0)
        self.head = bytearray()  # bytes [0, read) of the pipe, while `replayable`
        self.read = 0
        self.replayable = True
        # A terminal's end (Ctrl-D) is one empty read, and the next read waits for more typing: at
        # a terminal `digest -` took five Ctrl-D, one per look the readers take. The first end is
        # the end (a pipe's is the same every time).
        self.ended = False

    def take(self, n: int) -> bytes:
        if self.ended:
            return b""
        data = self.raw.read(n) or b""
        self.ended = n > 0 and not data
        self.read += len(data)
        if self.replayable:
            if self.read <= REPLAY_BYTES:
                self.head += data
            else:  # streaming from here on: no later open can replay the start
                self.replayable, self.head = False, bytearray()
        return data


class _PipeView(io.RawIOBase):
    """One open of a pipe's path: the kept first bytes, then the pipe itself."""

    def __init__(self, pipe: _Pipe) -> None:
        if not pipe.replayable:
            raise OSError(errno.ESPIPE, PIPE_READ_TWICE)
        self.pipe = pipe
        self.pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True  # within the kept first bytes (open_input looks at two, then goes back)

    def tell(self) -> int:
        return self.pos

    def seek(self, pos: int, whence: int = os.SEEK_SET) -> int:
        if whence == os.SEEK_CUR:
            pos += self.pos
        elif whence != os.SEEK_SET:
            raise io.UnsupportedOperation("a pipe has no end to seek from")
        if pos != self.pos and not (self.pipe.replayable and 0 <= pos <= self.pipe.read):
            raise OSError(errno.ESPIPE, PIPE_READ_TWICE)
        self.pos = pos
        return pos

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        pipe, n = self.pipe, len(buffer)
        if self.pos < pipe.read:
            if not pipe.replayable:
                raise OSError(errno.ESPIPE, PIPE_READ_TWICE)
            data = bytes(pipe.head[self.pos : self.pos + n])
        else:
            data = pipe.take(n)
        buffer[: len(data)] = data
        self.pos += len(data)
        return len(data)


_PIPES: dict[str, _Pipe] = {}

# What the user typed at a terminal for `-`, read whole by the command before its run began (the
# command line's `typed`): the path then reads as these bytes, and the terminal is left alone.
_TYPED: dict[str, bytes] = {}


@contextmanager
def typed(path: Path, data: bytes) -> Iterator[None]:
    """While open, every read_once of `path` (standard input at a terminal) reads `data`, the text
    typed there before Ctrl-D. The command reads the terminal before its progress display starts:
    that display redrew its line ten times a second over what the user was typing."""
    _TYPED[str(path)] = data
    try:
        yield
    finally:
        _TYPED.pop(str(path), None)


@contextmanager
def read_once(path: Path) -> Iterator[None]:
    """While open, every open_raw / open_input of `path` (a pipe or a device) reads the one pipe:
    each from its start, as long as an earlier one has not read past REPLAY_BYTES. Raises OSError
    if the pipe cannot be opened."""
    pipe = _Pipe(path)
    _PIPES[str(path)] = pipe
    try:
        yield
    finally:
        del _PIPES[str(path)]
        pipe.raw.close()


def open_raw(path: Path) -> BinaryIO:
    """The file's bytes as they are (a pipe under read_once: a view that reads it from its start)."""
    pipe = _PIPES.get(str(path))
    if pipe is None:
        return path.open("rb")
    return io.BufferedReader(_PipeView(pipe), buffer_size=1 << 16)


def input_size(path: Path) -> int | None:
    """The size of a regular file; None for a pipe or a device, whose size says 0 before it is read."""
    if str(path) in _PIPES:
        return None
    st = path.stat()
    return st.st_size if stat.S_ISREG(st.st_mode) else None


def is_gzip(path: Path) -> bool:
    with open_raw(path) as f:
        return f.read(2) == GZIP_MAGIC


@contextmanager
def open_input(path: Path, *, utf8: bool = False) -> Iterator[BinaryIO]:
    """The file's bytes, transparently gunzipped when it starts with the gzip magic bytes.

    Detection is by content, not name: `page.html` that is really gzip is read, and `page.html.gz`
    that was already decompressed by a browser is read too. With `utf8` (the JSON readers, which
    split and parse UTF-8 bytes), a file in UTF-16 or UTF-32 with its byte order mark is given as
    UTF-8 (_WIDE_BOMS).
    """
    with _open_input(path) as f:
        codec = _wide_codec(f) if utf8 else None
        yield f if codec is None else io.BufferedReader(_Utf8Of(f, codec), buffer_size=1 << 16)


# JSON Lines in UTF-16 with its byte order mark is what Windows PowerShell writes by default
# (`Out-File`, `>` in PowerShell 5): read as bytes, its lines were "malformed JSON on line 1: Extra
# data" and "binary content" (journey 10). UTF-32's marks first: UTF-16 LE's is a prefix of its.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _wide_codec(f: BinaryIO) -> str | None:
    try:
        head = f.peek(4)[:4]  # type: ignore[attr-defined]
    except STREAM_ERRORS:  # damaged: the reader meets the same error and reports it
        return None
    return wide_codec(head)


def wide_codec(head: bytes) -> str | None:
    """ "utf-16" or "utf-32" for bytes that open with that encoding's byte order mark, else None."""
    return next((codec for bom, codec in _WIDE_BOMS if head.startswith(bom)), None)


class ChunkFilter(io.RawIOBase):
    """A stream read through `convert`, 64 KB at a time: what a reader reads is each chunk as
    `convert` turns it (`final` with the stream's end, where it hands out what it held back)."""

    def __init__(self, source: BinaryIO) -> None:
        self.source = source
        self.pending = b""  # converted bytes not yet read
        self.done = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self.pending and not self.done:
            chunk = self.source.read(1 << 16)
            self.done = not chunk
            self.pending = self.convert(chunk, final=self.done)
        n = min(len(buffer), len(self.pending))
        buffer[:n] = self.pending[:n]
        self.pending = self.pending[n:]
        return n

    def convert(self, chunk: bytes, *, final: bool) -> bytes:
        raise NotImplementedError


class _Utf8Of(ChunkFilter):
    """The UTF-8 bytes of a UTF-16 or UTF-32 stream (the codec reads and drops its mark); what
    does not decode is U+FFFD, as a page's odd bytes are."""

    def __init__(self, wide: BinaryIO, codec: str) -> None:
        super().__init__(wide)
        self.decoder = codecs.getincrementaldecoder(codec)("replace")

    def convert(self, chunk: bytes, *, final: bool) -> bytes:
        return self.decoder.decode(chunk, final=final).encode("utf-8")


@contextmanager
def _open_input(path: Path) -> Iterator[BinaryIO]:
    with open_raw(path) as raw:
        if raw.read(2) != GZIP_MAGIC:
            raw.seek(0)
            yield raw
            return
        raw.seek(0)
        with contextlib.ExitStack() as layers:
            unzipped = layers.enter_context(gzip.GzipFile(fileobj=raw, mode="rb"))
            for _ in range(MORE_GZIP_LAYERS):
                if not _starts_gzip(unzipped):
                    break
                unzipped = layers.enter_context(gzip.GzipFile(fileobj=unzipped, mode="rb"))
            yield unzipped  # type: ignore[misc]


# A file gzip'd twice: a crawler that saved a gzip-encoded HTTP body (Content-Encoding: gzip) as
# page.html.gz and compressed it again, or a .jsonl.gz given to gzip once more. Each layer's
# content opens with the magic bytes again, and read once gunzipped it was "binary content",
# line by line. A few layers are taken off; more is no mistake anyone makes.
MORE_GZIP_LAYERS = 3


def _starts_gzip(stream: gzip.GzipFile) -> bool:
    try:
        return stream.peek(2)[:2] == GZIP_MAGIC
    except STREAM_ERRORS:  # damaged: the reader meets the same error and reports it
        return False


def read_capped(stream: BinaryIO, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """Read the whole stream, but never more than `limit` bytes: past that, DocumentTooLarge."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise DocumentTooLarge()
    return data


def describe_stream_error(exc: BaseException) -> str:
    """A damaged stream's exception, in words a user can act on."""
    if isinstance(exc, EOFError):
        return "truncated gzip stream: the file ends before its compressed data does"
    if isinstance(exc, gzip.BadGzipFile | zlib.error):
        return f"corrupt gzip data ({exc})"
    return f"read error ({type(exc).__name__}: {exc})"
