"""Input paths -> the files to read, their format, and Documents with ids unique across the run.

    check_paths(paths) -> list[Path]            raises InputNotFound before anything is read
    read_documents(paths) -> Iterator[Document]

Folders are walked recursively in sorted order (by name, per folder; hidden entries, a folder's
notes (README.txt, LICENSE, robots.txt) and a saved page's `X_files/` beside its `X.html` skipped,
symlinked folders not followed); in a folder only files whose name says a known format are read
(a link to such a file that leads nowhere, or round in a loop, is a Document with `error`), and
pages a mirror saved under their address's name (`story.php`, no extension) when their bytes say so,
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
import logging
import os
import re
import shlex
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, Literal

from newsprism.errors import InputNotFound, NewsprismError, locked_advice, locked_folder
from newsprism.ingest.decoding import (
    BINARY_HEAD_BYTES,
    SAMPLE_BYTES,
    BinaryContent,
    binary_kind,
    looks_like_markup,
)
from newsprism.ingest.feeds import read_feed
from newsprism.ingest.jsonl import read_json, read_jsonl
from newsprism.ingest.pages import read_page
from newsprism.ingest.streams import (
    MAX_DOCUMENT_BYTES,
    STREAM_ERRORS,
    open_input,
    open_raw,
    read_once,
    wide_codec,
)
from newsprism.ingest.warc import read_warc
from newsprism.records import Document

log = logging.getLogger(__name__)

__all__ = [
    "DIGEST_OUTPUTS",
    "Format",
    "InputUnreadable",
    "check_paths",
    "classify",
    "read_documents",
    "written_by_digest",
    "written_so",
]

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
    ".rdf": "feed",  # RSS 1.0's own name (a site's index.rdf): in a folder it was passed over
}
COMPRESSED = ".gz"

# The files a digest writes in its output folder (pipeline.digest). In an input folder they are
# an earlier run's output, not news: its articles.jsonl would bring every article back a second
# time (the seeds digested into seeds/run1, then seeds into seeds/run2, read 44 documents for 6).
DIGEST_OUTPUTS = frozenset(
    ["articles.jsonl", "events.jsonl", "stories.jsonl", "quotes.jsonl", "briefing.html", "briefing.md"]
)

# How each output starts when a digest wrote it (output.jsonl writes each record's fields in one
# order with json.dumps' ", " and ": "; the briefings say their maker), and the fields its first
# line always holds. A file of an output's name that does not read so is a user's own (an export
# named articles.jsonl): not to be skipped as an earlier output, nor replaced by one (`digest data
# -o data` read the user's articles.jsonl, then wrote its own over it). A field's name inside a
# string is escaped (`\"event_id\": `), so it cannot be taken for a field.
_OUTPUT_MARKS: dict[str, tuple[bytes, tuple[bytes, ...]]] = {
    "articles.jsonl": (b'{"id": ', (b'"duplicate_of": ', b'"event_id": ', b'"story_id": ', b'"dropped": ')),
    "events.jsonl": (b'{"id": ', (b'"story_id": ', b'"article_ids": ', b'"summary": ', b'"claims": ')),
    "stories.jsonl": (b'{"id": ', (b'"event_ids": ', b'"timeline": ')),
    "quotes.jsonl": (b'{"article_id": ', (b'"quote": ', b'"speaker": ', b'"event_id": ')),
    "briefing.md": (b"# newsprism briefing\n", ()),
    "briefing.html": (b"<!doctype html>", (b'<meta name="generator" content="newsprism">',)),
}
# An output's first line is one record: an article's text is at most MAX_DOCUMENT_BYTES, which
# JSON's escapes (\n, \u0001) make at most six times longer. A longer first line is no output's.
_OUTPUT_LINE_BYTES = 8 * MAX_DOCUMENT_BYTES
_OUTPUT_CHUNK = 1 << 20


def written_by_digest(path: Path) -> bool:
    """Whether `path`, named as one of DIGEST_OUTPUTS, holds what a digest writes there (an empty
    file too: it holds nothing to lose). Anything else (a user's file, a folder) is not."""
    start, marks = _OUTPUT_MARKS[path.name]
    return written_so(path, start, marks, lines=path.name.endswith(".jsonl"))


def written_so(path: Path, start: bytes, marks: tuple[bytes, ...], *, lines: bool = True) -> bool:
    """Whether the file at `path` is empty, or starts with `start` and holds every one of `marks`
    in its first line (`lines`) or its first 4 KB: how newsprism tells its own outputs (which
    write their fields in one order) from a user's file of the same name, without parsing a first
    line that may be 50 MB. A folder, or a file that cannot be read, is not."""
    try:
        with path.open("rb") as f:
            head = f.read(len(start))
            if not head:
                return True
            if head != start:
                return False
            if not lines:
                page = f.read(4096)
                return all(mark in page for mark in marks)
            return _first_line_holds(f, marks)
    except OSError:
        return False


def _first_line_holds(f: BinaryIO, marks: tuple[bytes, ...]) -> bool:
    """Whether the rest of the first line holds every mark, read a chunk at a time."""
    left, carry, read = set(marks), b"", 0
    overlap = max(map(len, marks)) - 1
    while left and read < _OUTPUT_LINE_BYTES and (chunk := f.read(_OUTPUT_CHUNK)):
        read += len(chunk)
        window = carry + chunk
        end = window.find(b"\n")
        line = window if end < 0 else window[:end]
        left = {mark for mark in left if mark not in line}
        if end >= 0:
            break
        carry = window[-overlap:]
    return not left


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

# JSON records open with `{` and a field's name (or `}`), a list of them with `[` and a record,
# list, string or `]`. A text may open with a bracket too ("[UPDATED 3:15 p.m.] The minister ...",
# "{Reuters} ..."): read as JSON, such a page piped in or named without extension was dropped as
# malformed JSON.
_JSON_START = re.compile(rb'[ \t\r\n]*(?:\{[ \t\r\n]*["}]|\[[ \t\r\n]*[{\["\]])')


def check_paths(paths: Iterable[str | Path]) -> list[Path]:
    """The paths as Path objects; raises InputNotFound for the first that does not exist."""
    if isinstance(paths, str | Path):
        raise TypeError(f"expected a list of paths, got the single path {str(paths)!r}: wrap it in a list")
    out = []
    for p in paths:
        path = Path(p)
        if (locked := locked_folder(path)) is not None:
            raise InputUnreadable(path, locked)
        if not path.exists():
            if str(path) in _STDIN:
                raise _NoStdin(path)
            if path.is_symlink():
                raise _LinkLeadsNowhere(path)
            raise _NoMatch(path) if any(c in path.name for c in "*?[") else InputNotFound(str(p))
        if not _readable(path):
            raise InputUnreadable(path)
        out.append(path)
    return out


class InputUnreadable(NewsprismError):
    """An input named on the command line that the user running newsprism may not read: the run
    stops before anything is written, as for a path that does not exist (in a folder, such a file
    is a dropped row and the run goes on)."""

    def __init__(self, path: Path, locked: str | None = None) -> None:
        if locked is not None:  # a folder on its way may not be entered: what it is cannot be told
            super().__init__(f"cannot read the input '{path}': {locked_advice(locked)}, or leave it out")
            self.path = str(path)
            return
        what = "folder" if path.is_dir() else "file"
        advice = _NO_PERMISSION.format("chmod a+rx" if path.is_dir() else "chmod a+r")
        super().__init__(f"cannot read the input {what} '{path}': {advice}")
        self.path = str(path)


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


# Standard input's names (the command line's `-` is /dev/stdin): when it is closed (`<&-`, a
# service or cron job with no stdin), /dev/stdin is a link to nothing.
_STDIN = frozenset(["/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"])


class _NoStdin(InputNotFound):
    """Standard input named (`-`) while it is closed: "a symbolic link that leads to nothing (it
    points to '/proc/self/fd/0')" named a path the user never typed."""

    def __init__(self, path: Path) -> None:
        NewsprismError.__init__(
            self,
            "standard input (-) is closed, so there is nothing to read from it: pipe the documents in "
            "(e.g. cat docs.jsonl | newsprism digest - -o OUT) or give a file or a folder",
        )
        self.path = str(path)


class _LinkLeadsNowhere(InputNotFound):
    """A path named on the command line that is a symbolic link to nothing, or a loop of links:
    it is there (`ls` lists it), so "does not exist" would puzzle."""

    def __init__(self, path: Path) -> None:
        NewsprismError.__init__(
            self,
            f"input path '{path}' is a symbolic link that {_link_fault(path)}: give the file or folder itself",
        )
        self.path = str(path)


def _link_fault(path: Path | str) -> str:
    """What is wrong with a symbolic link that leads to no file: "leads to nothing (it points to
    'x.txt')", "goes round in a loop of links (it points to 'b.html')"."""
    try:
        os.stat(path)
        why = "leads to nothing"
    except OSError as e:
        why = {errno.ELOOP: "goes round in a loop of links", errno.ENOENT: "leads to nothing"}.get(
            e.errno or 0, f"cannot be followed ({e.strerror})"
        )
    try:
        target = _printable(os.readlink(path), "backslashreplace")
    except OSError:  # no link (any more): said without its target
        return why
    return f"{why} (it points to '{target}')"


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
    head = b""
    try:
        with open_input(path) as f:
            # a piece at a time (read1: what one read gives): a gzip'd input cut short (a .warc.gz
            # piped through `head -c`) raises at its cut, and its first records, read before it,
            # still tell the format (read at once, they were lost with the error: "text")
            read1 = getattr(f, "read1", f.read)
            while len(head) < SAMPLE_BYTES and (piece := read1(SAMPLE_BYTES - len(head))):
                head += piece
    except STREAM_ERRORS:
        if not head:
            return "text"  # the page reader will report the damage
    if codec := wide_codec(head):  # UTF-16 JSON Lines piped in (`cat export.jsonl | newsprism digest -`)
        head = head.decode(codec, "replace").encode("utf-8")
    if head.startswith(b"WARC/"):
        return "warc"
    if _JSON_START.match(head.removeprefix(codecs.BOM_UTF8)):
        return "json"  # a record per line, a list, or one record (read_json tells)
    if any(mark in head[:2048] for mark in _FEED_ROOT_MARKS):
        return "feed"
    return "html" if looks_like_markup(head) else "text"


def _walk(
    folder: Path,
    skip: frozenset[Path] = frozenset(),
    root: Path | None = None,
    backups: list[Path] | None = None,
) -> Iterator[Path | Document]:
    """The readable files under a folder, sorted; a folder that cannot be listed, and a link to a
    file of a known format that leads nowhere or round in a loop, as a Document with `error`.

    Folders in `skip` (resolved) are not entered: the run's own output folder, when it lies
    inside an input folder, must not be read back as input. When the output folder is itself an
    input folder, the files in it that an earlier digest wrote (written_by_digest) are not read:
    they are about to be replaced. A user's own file of such a name (an export named
    articles.jsonl) is an input, read as any other (the run then keeps it under another name).
    Another folder that holds all the DIGEST_OUTPUTS holds an earlier run's: one Document with
    `error` for them, which are not read.
    An archive (.zip, .tar, .bz2, ...) is dropped with what to do. An editor's backup (_BACKUP)
    is passed over and added to `backups`, for one line about them all.
    """
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        why = _NO_PERMISSION.format("chmod a+rx") if isinstance(e, PermissionError) else e.strerror
        yield Document(id=folder.name, source=str(folder), error=f"cannot list folder: {why}")
        return
    if entries and not os.access(folder, os.X_OK):
        # listed, not entered (mode 644 on a folder): each of its files was "removed or renamed
        # after the run began", which none was
        why = _NO_PERMISSION.format("chmod a+rx")
        yield Document(
            id=folder.name,
            source=str(folder),
            error=f"cannot read the folder's files: it may be listed, not entered; {why}",
        )
        return
    root = root or Path(os.path.realpath(folder))
    own = folder.resolve() in skip  # the output folder is the input folder
    earlier = not own and {e.name for e in entries} >= DIGEST_OUTPUTS
    if earlier:  # one row for the folder: its five readable outputs are one thing left out
        yield Document(id=folder.name, source=str(folder), error=_EARLIER_OUTPUT)
    resources = _page_resources({e.name for e in entries})
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            if path.resolve() not in skip and entry.name not in resources:
                yield from _walk(path, skip, root, backups)
            continue
        if _BACKUP.fullmatch(entry.name):
            if backups is not None:
                backups.append(path)
            continue
        if (elsewhere := _linked_folder(entry, root, skip)) is not None:
            yield Document(id=entry.name, source=str(path), error=elsewhere)
            continue
        fmt, stem = classify(path)
        if entry.name in DIGEST_OUTPUTS and (earlier or (own and written_by_digest(path))):
            continue
        if _NOTES.fullmatch(entry.name):
            continue
        if fmt is None and not _saved_page_name(entry.name):
            if archive := _archive(entry.name):
                yield Document(id=archive[0], source=str(path), error=archive[1])
            continue
        try:
            is_file = entry.is_file()
            error = None if is_file else _not_a_file(entry)
        except OSError as e:  # a loop of links (x.txt -> y.txt -> x.txt) raises ELOOP
            loop = f"it is a symbolic link that {_link_fault(path)}; fix or remove the link"
            is_file, error = False, f"cannot read the file: {loop if e.errno == errno.ELOOP else e.strerror}"
        if is_file:
            yield path
        elif error and fmt is not None:  # a name that says no format: passed over, as before
            yield Document(id=stem, source=str(path), error=error)


# A folder's own notes, never a news page: a dataset's or a mirror's README.txt, LICENSE, robots.txt
# were read as pages (README.txt a kept article of the run's events, robots.txt a dropped row), and
# `digest data/*` named the README.md the walk passes over: it became an article of the briefing.
_NOTES = re.compile(
    r"(readme|licen[cs]e|copying|changelog|changes|notice|contributing|robots)(\.(txt|md|markdown|rst))?",
    re.IGNORECASE,
)


# An editor's backup or autosave of a file beside it: `page.html~` (Emacs, vim's backup, gedit,
# nano), `#page.html#` (Emacs while editing). With no extension the walk read it as a saved page
# (_saved_page_name): an older copy of page.html, a second article of its words marked as its copy.
_BACKUP = re.compile(r".+~|#.+#")


# The folder a browser's "Save Page As..., Web Page, Complete" writes beside `Storm.html`:
# `Storm_files/` (Chrome, Edge, Firefox) with the page's scripts, styles, images and the HTML of
# its frames (ads, sign-in and comment widgets, `saved_resource.html`). Each of those was read as
# a page of its own: a dropped row "no article text found" apiece, two to ten per saved article.
_SAVED_WITH = "_files"
_PAGE_FILES = (".html", ".htm", ".xhtml")


def _page_resources(names: set[str]) -> set[str]:
    """The folders among `names` that hold a saved page's resources: `X_files` beside `X.html`.
    A folder named on the command line is read whatever its name (only a walk passes it over)."""
    return {
        name
        for name in names
        if name.endswith(_SAVED_WITH)
        and any(name.removesuffix(_SAVED_WITH) + ending in names for ending in _PAGE_FILES)
    }


# A page a mirror saved under its address's own name: `wget -r` (without -E) keeps a server's
# names, `story.php`, `view.aspx`, `index.html?p=2`, `2024/03/05/budget-vote` (no extension). In a
# folder they were passed over in silence: a mirror of a PHP site was "no documents found", one of
# mixed pages lost part of them unsaid. Such a file is read when its first bytes are a page, JSON,
# a WARC or a feed (_sniff); plain text or binary (a README, a LICENSE, an image without an
# extension) is passed over as before.
# News sites' own: the BBC's "7138432.stm", Escenic's "article123.ece", the Times of India's
# "12345.cms".
_PAGE_ENDINGS = frozenset(
    [".php", ".asp", ".aspx", ".jsp", ".shtml", ".shtm", ".cfm", ".cgi", ".stm", ".ece", ".cms"]
)
# an extension: a letter, then letters or digits only, after the last dot; what follows a dot in a
# slug is none ("u.s.-troops-leave-iraq", "dr.-smith-resigns")
_EXTENSION = re.compile(r"\.[a-z][a-z0-9]*$")


def _saved_page_name(name: str) -> bool:
    """Whether a file's name may be a saved page's (_PAGE_ENDINGS), so its bytes say its format."""
    path, query, _ = name.partition("?")
    base = path.lower().removesuffix(COMPRESSED)
    m = _EXTENSION.search(base)
    ending = m.group() if m and m.start() > 0 else ""
    return not ending or ending in _PAGE_ENDINGS or bool(query and ending in FORMATS)


def _linked_folder(entry: os.DirEntry[str], root: Path, skip: frozenset[Path]) -> str | None:
    """Why a link to a folder outside the walk's root is not read, else None. Such links are not
    followed (a folder is read once, and a loop of links, `up -> ..`, never walked round), and one
    to a disk elsewhere (`2024 -> /mnt/archive/2024`) was passed over in silence: its pages were
    lost without a word (journey 10). A link within the root is silent: its files are read there."""
    try:
        if not (entry.is_symlink() and entry.is_dir()):
            return None
    except OSError:  # a loop of links: not a folder, reported as a file of its name is
        return None
    target = Path(os.path.realpath(entry.path))
    if target == root or target.is_relative_to(root) or target in skip:
        return None
    if root.is_relative_to(target):  # `up -> ..`: naming it, as said below, reads this folder again
        return (
            f"a link up to a folder that holds this one ('{_printable(str(target), 'backslashreplace')}'): "
            "not followed (a loop of links is never walked round); name that folder on the command line "
            "instead of this one to read all of it"
        )
    return (
        f"a link to a folder elsewhere ('{_printable(str(target), 'backslashreplace')}'): not followed "
        "(a folder is read once, and a loop of links never); name it on the command line to read it"
    )


_EARLIER_OUTPUT = (
    "an earlier newsprism digest's output folder: its articles.jsonl, events.jsonl, stories.jsonl, "
    "quotes.jsonl and briefing are not read as input (its articles would be read twice); its other "
    "files are; name one of them on the command line to read it"
)


def _archive(name: str) -> tuple[str, str] | None:
    """(its id, why it is not read and what to do) for a file of an archive's name, or of another
    format a user may take for one newsprism reads (a CSV export, a PDF), or None."""
    lower = name.lower()
    for ending, kind, advice in _ARCHIVES:
        if lower.endswith(ending) and len(name) > len(ending):
            stem = classify(Path(name[: -len(ending)]))[1]  # dump.jsonl.bz2 -> dump
            return stem, f"not read: {kind} (newsprism reads files and .gz of them): {advice}"
    return _other_format(name)


# Formats a user may take for news newsprism reads, which it does not: in a folder they were
# passed over in silence (as a README or a page's images are), so an export.csv of 5,000 articles
# was neither read nor said. Each is a dropped row saying what to do. Named on the command line,
# the tables and web archives (text, so read as one page of junk) are refused the same way; a PDF
# or an office document named is told by its bytes (decoding.binary_kind).
_TABLE = 'write its rows as JSON Lines, one {"id", "title", "text"} record per line, which newsprism reads'
_AS_TEXT = "save it as text or HTML first"
_OTHER_FORMATS = (
    (".csv", "a CSV table", _TABLE),
    (".tsv", "a TSV table", _TABLE),
    (".parquet", "a Parquet table", _TABLE),
    (".xlsx", "a spreadsheet", _TABLE),
    (".xls", "a spreadsheet", _TABLE),
    (".ods", "a spreadsheet", _TABLE),
    (".pdf", "a PDF", _AS_TEXT),
    (".docx", "a word-processor document", _AS_TEXT),
    (".doc", "a word-processor document", _AS_TEXT),
    (".odt", "a word-processor document", _AS_TEXT),
    (".rtf", "a word-processor document", _AS_TEXT),
    (".mhtml", "a saved web page archive (MHTML)", 'save the page as HTML ("Webpage, HTML only") instead'),
    (".mht", "a saved web page archive (MHTML)", 'save the page as HTML ("Webpage, HTML only") instead'),
)
# Of those, the ones that are text: named on the command line they would be read as one page
_TEXT_FORMATS = (".csv", ".tsv", ".mhtml", ".mht")


def _other_format(name: str, endings: tuple[str, ...] | None = None) -> tuple[str, str] | None:
    """(its id, why it is not read and what to do) for a file of a format in _OTHER_FORMATS (of
    `endings` only, when given; `.gz` of it too), or None."""
    lower = name.lower().removesuffix(COMPRESSED)
    for ending, kind, advice in _OTHER_FORMATS:
        if lower.endswith(ending) and len(lower) > len(ending) and (endings is None or ending in endings):
            stem = name[: len(lower) - len(ending)]
            reads = "text, HTML, JSON, JSON Lines, WARC and RSS/Atom files, or .gz of them"
            if ending in _TABLE_DIALECTS:
                advice = f"run {_table_line(name, ending, stem)} to {advice}"
            return stem, f"not read: {kind} (newsprism reads {reads}): {advice}"
    return None


# The tables Python's csv module reads, and its name for each: for them the advice is the line
# that writes the JSON Lines (it said "write its rows as JSON Lines" and left the user to find out
# how; the columns become the records' fields, so a table whose columns are id, title, text and
# published is read whole)
_TABLE_DIALECTS = {".csv": "excel", ".tsv": "excel-tab"}


def _table_line(name: str, ending: str, stem: str) -> str:
    # standard input as UTF-8 less the byte order mark Excel's "CSV UTF-8" writes (it was read
    # into the first column's name: "\ufeffid", no 'id'), its line ends left to csv
    table = 'open(0, encoding="utf-8-sig", newline="")'
    rows = f'csv.DictReader({table}, dialect="{_TABLE_DIALECTS[ending]}")'
    python = f"python3 -c 'import csv, json; [print(json.dumps(row)) for row in {rows}]'"
    shown = shlex.quote(name)
    if name.lower().endswith(COMPRESSED):
        return f"gzip -dc {shown} | {python} > {shlex.quote(stem + '.jsonl')}"
    return f"{python} < {shown} > {shlex.quote(stem + '.jsonl')}"


def _not_a_file(entry: os.DirEntry[str]) -> str:
    """Why a folder entry of a known format's name that is not a regular file is not read."""
    if entry.is_symlink() and not os.path.exists(entry.path):
        return f"broken symbolic link: it {_link_fault(entry.path)}; fix or remove the link"
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


# A file or folder the user running newsprism may not read: a reader's "read error
# (PermissionError: [Errno 13] Permission denied: 'x.txt'); re-download or re-compress it" said to
# fetch again what only needs a permission (root reads it whatever its mode).
_NO_PERMISSION = "permission denied: let the user running newsprism read it ({}), or leave it out"


def _readable(path: Path) -> bool:
    return os.access(path, os.R_OK | os.X_OK if path.is_dir() else os.R_OK)


def _cannot_read(path: Path) -> str | None:
    """Why a file listed in a folder (or named) cannot be read now, else None. The run reads its
    files one by one, minutes after it listed them: a file removed or renamed meanwhile (a
    cleanup job, a sync) was "permission denied: ... chmod a+r", and one replaced by a folder "read
    error (IsADirectoryError ...); re-download or re-compress it": neither was so."""
    if not os.path.exists(path):  # nothing there, or a link whose target is gone
        return (
            "cannot read the file: it (or the file its link leads to) was removed or renamed after the "
            "run began, before it was read"
        )
    if path.is_dir():
        return "cannot read the file: it became a folder after the run began; name that folder to read it"
    return None if _readable(path) else "cannot read the file: " + _NO_PERMISSION.format("chmod a+r")


def _read_file(path: Path, *, named: bool) -> Iterator[Document]:
    fmt, stem = classify(path)
    if (fmt is not None or named) and (error := _cannot_read(path)):
        yield Document(id=stem, source=str(path), error=error)
        return
    if fmt is None and named and (other := _other_format(path.name, _TEXT_FORMATS)):
        yield Document(id=other[0], source=str(path), error=other[1])
        return
    if named and _NOTES.fullmatch(path.name):
        why = f"not read: {path.name} is a folder's notes, not a news page; rename it to read it as one"
        yield Document(id=stem, source=str(path), error=why)
        return
    if fmt is None and named:
        fmt = _sniff(path)
    elif fmt is None and _saved_page_name(path.name) and (fmt := _sniff(path)) == "text":
        return  # a README, a LICENSE, an image: no page (_PAGE_ENDINGS)
    if fmt is None:
        return
    if fmt in _CONTAINERS and (other_kind := _binary_container(path, fmt)) is not None:
        yield Document(id=stem, source=str(path), error=other_kind)
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


# What each container format is called in a message about a file that is none (the page readers
# say "not text or HTML" themselves: decoding.decode). A WARC's reader shows the first bytes of a
# file that is none ("it starts with '%PDF-1.4' where 'WARC/1.0' ... was expected") itself.
_CONTAINERS: dict[Format, str] = {"json": "JSON", "jsonl": "JSON Lines", "feed": "an RSS or Atom feed"}


def _binary_container(path: Path, fmt: Format) -> str | None:
    """Why a file named as a container (.jsonl, .json, .xml) is not read, when its first
    bytes are another format's (a PDF, a zip, an image: decoding.binary_kind), else None. Such a
    file was read as its name said: a PDF named .jsonl was a dropped row per line, "malformed JSON
    on line 1 ... line 19", a feed "malformed XML: Start tag expected", neither saying what the
    file was."""
    try:
        with open_input(path) as f:
            head = f.read(BINARY_HEAD_BYTES)
    except STREAM_ERRORS:  # damaged: the reader meets the same error and reports it
        return None
    if binary_kind(head) is None:
        return None
    return str(BinaryContent(head, _CONTAINERS[fmt]))


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
    # realpath, not Path.resolve: an excluded loop of links raised RuntimeError ("Symlink loop")
    return _documents(check_paths(paths), frozenset(Path(os.path.realpath(p)) for p in exclude))


def _documents(roots: list[Path], skip: frozenset[Path]) -> Iterator[Document]:
    ids = _UniqueIds()
    seen: set[Path] = set()
    said: set[Path] = set()  # the entries a folder's walk reported (a broken link, an archive)
    backups: list[Path] = []
    for root in roots:
        for item in _walk(root, skip, backups=backups) if root.is_dir() else [root]:
            if isinstance(item, Document):
                # a folder given twice (`digest data data`, or data and data/sub) reports each once:
                # its files were read once, but a broken link was two dropped rows (`broken~2`)
                # realpath, not Path.resolve: a loop of links (a.txt -> b.txt -> a.txt) is such an
                # entry, and resolve raises on it (RuntimeError), where realpath gives the path back
                if (where := Path(os.path.realpath(item.source))) not in said:
                    said.add(where)
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
    if backups:  # one line for them all, not a dropped row each: they are no pages of their own
        first = _printable(str(backups[0]), "backslashreplace")
        more = f" and {len(backups) - 1} more" if len(backups) > 1 else ""
        log.warning(
            "passed over %s%s: an editor's backup (a name ending in ~, or #name#) is an older copy "
            "of the file beside it, not a page of its own; name one on the command line to read it",
            first,
            more,
        )


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
    (surrogateescape), which no UTF-8 writer accepts: in the id they become U+FFFD, in the source
    `\xe9` (as `ls -b` shows them): with U+FFFD there, caf\xe9.txt and caf\xe8.txt were both
    'caf\ufffd.txt', and the user could not tell which file a dropped row was.
    """
    doc_id, source = _printable(doc.id), _printable(doc.source, "backslashreplace")
    unique = ids.claim(doc_id)
    if (unique, source) == (doc.id, doc.source):
        return doc
    notes = doc.notes
    # a file's name (page.html beside page.txt) is no id given; a row dropped at once (a gold
    # file's records, read with the pages beside it) is said by its reason
    if unique != doc_id and doc.from_record and doc.error is None:
        notes = (*notes, _RENAMED.format(given=doc_id, written=unique))
    return replace(doc, id=unique, source=source, notes=notes)


# A record whose `id` an earlier document has: it is written as `id~2`, and was without a word, so
# a user who looked for the id found another article under it (`jq 'select(.id == "7")'`)
_RENAMED = "the record's id '{given}' is an earlier document's too: this one is written as '{written}'"


# A lone surrogate that surrogateescape does not make (U+DC80-U+DCFF are a file name's odd bytes)
# comes from elsewhere (a JSON "\\ud800" escape): it is U+FFFD at once.
_UNESCAPED_SURROGATE = re.compile("[\ud800-\udc7f\udd00-\udfff]")


def _printable(name: str, odd_bytes: str = "replace") -> str:
    if name.isascii():
        return name
    name = _UNESCAPED_SURROGATE.sub("\ufffd", name)
    return name.encode("utf-8", "surrogateescape").decode("utf-8", odd_bytes)
