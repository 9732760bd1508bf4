"""robust20: a pipe named on the command line is read as it comes (no scratch copy in TMPDIR),
and what it holds reads the same as the same bytes in a file, whatever the format."""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsprism.ingest.streams as streams
from newsprism.ingest import read_documents
from newsprism.records import Document
from test_ingest_warc import write_crawl

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")

RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
    "<item><title>One</title><description>The council met on Monday to vote.</description></item>"
    "<item><title>Two</title><description>The mayor said the vote was close.</description></item>"
    "</channel></rss>"
)
RECORDS = [{"id": f"r{i}", "title": f"T{i}", "text": f"Story {i}: the minister arrived."} for i in range(5)]


def _piped(tmp_path: Path, data: bytes, name: str = "in") -> Iterator[Document]:
    """read_documents of a named pipe that a thread fills with `data` (as a shell's `<(...)`)."""
    fifo = tmp_path / "fifo" / name
    fifo.parent.mkdir(exist_ok=True)
    os.mkfifo(fifo)

    def feed() -> None:
        with fifo.open("wb") as w, contextlib.suppress(BrokenPipeError):
            w.write(data)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        yield from read_documents([fifo])
    finally:
        writer.join(timeout=5)


def _same(tmp_path: Path, data: bytes, name: str) -> list[Document]:
    """The documents of `data` through a pipe equal those of the same bytes in a file of that name,
    but for where they came from."""
    file = tmp_path / "file" / name
    file.parent.mkdir(exist_ok=True)
    file.write_bytes(data)
    from_file = list(read_documents([file]))
    from_pipe = list(_piped(tmp_path, data, name))
    strip = lambda d: (d.id, d.kind, d.content, d.title, d.url, d.published, d.error)  # noqa: E731
    assert [strip(d) for d in from_pipe] == [strip(d) for d in from_file]
    assert all(d.source.startswith(str(tmp_path / "fifo" / name)) for d in from_pipe)
    return from_pipe


JSONL = "".join(json.dumps(r) + "\n" for r in RECORDS).encode()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("stdin", JSONL),  # no extension: sniffed as JSON, read as JSON Lines
        ("x.jsonl", JSONL),
        ("stdin", gzip.compress(JSONL)),  # `<(cat a.jsonl.gz)`: gunzipped by its magic bytes
        ("stdin", json.dumps(RECORDS).encode()),  # a JSON list
        ("stdin", json.dumps(RECORDS[0], indent=2).encode()),  # one pretty-printed record
        ("stdin", RSS.encode()),
        ("stdin", b"<html><body><p>The council met on Monday to vote on the budget.</p></body></html>"),
        ("stdin", b"The council met on Monday to vote on the budget.\n"),
    ],
)
def test_a_pipe_reads_as_the_same_bytes_in_a_file(tmp_path: Path, name: str, data: bytes) -> None:
    docs = _same(tmp_path, data, name)
    assert docs and all(d.error is None for d in docs)


def test_a_warc_through_a_pipe_reads_as_the_file(tmp_path: Path) -> None:
    crawl = write_crawl(tmp_path / "crawl.warc.gz")
    docs = _same(tmp_path, crawl.read_bytes(), "stdin")
    assert len([d for d in docs if d.error is None]) == 2


def test_an_empty_pipe_is_one_dropped_document(tmp_path: Path) -> None:
    [doc] = _piped(tmp_path, b"")
    assert doc.error == "empty file: nothing came through the pipe"


def test_a_pipe_needs_no_scratch_space(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pipe was copied whole to a scratch file in TMPDIR first: a 5 GB `zcat crawl.warc.gz |`
    needed 5 GB free there. Now nothing is written: a TMPDIR that cannot take a byte changes nothing."""

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    for name in ("TemporaryDirectory", "mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile"):
        monkeypatch.setattr(tempfile, name, full)
    docs = list(_piped(tmp_path, JSONL))
    assert [d.id for d in docs] == [r["id"] for r in RECORDS] and all(d.error is None for d in docs)


def test_a_pipe_streams_past_what_is_kept_for_the_first_looks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past REPLAY_BYTES the pipe's start is no longer kept (constant memory); a reader that reads
    on from there reads every line."""
    monkeypatch.setattr(streams, "REPLAY_BYTES", 200_000)  # over the first looks' 64 KB reads
    many = "".join(json.dumps({"id": f"n{i}", "text": f"Story {i}: words."}) + "\n" for i in range(20_000))
    assert len(many) > 4 * 200_000
    ids = []
    for doc in _piped(tmp_path, many.encode(), "x.jsonl"):
        ids.append(doc.id)
        if len(ids) == 15_000:  # the start is given back
            assert not streams._PIPES[str(tmp_path / "fifo" / "x.jsonl")].head
    assert ids == [f"n{i}" for i in range(20_000)]


def test_a_second_look_past_the_kept_start_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader that must look again at a start that is no longer kept: a dropped document saying
    what to do, not a wrong reading."""
    monkeypatch.setattr(streams, "REPLAY_BYTES", 100_000)
    one_line = json.dumps({"id": "big", "text": "word " * 40_000}).encode()  # no newline in the head
    [doc] = _piped(tmp_path, one_line)
    assert doc.error is not None and "save it to a file and name that file" in doc.error


# -- records too large to parse keep their own id -----------------------------------------------


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> int:
    """A 100 KB document limit for the JSON readers, so that a too-large record costs no 50 MB."""
    import newsprism.ingest.jsonl as jsonl

    monkeypatch.setattr(jsonl, "MAX_DOCUMENT_BYTES", 100_000)
    return 100_000


BIG = "word " * 40_000  # 200 KB: over the small limit
LIST_BIG = "word " * 500_000  # 2.5 MB: over the small limit past the list reader's 1 MB reads


@pytest.mark.parametrize(
    ("record", "want"),
    [
        ({"id": "first", "text": BIG}, "first"),  # the usual order
        ({"title": "T", "text": BIG, "id": "last"}, "last"),  # the id after the text
        ({"text": BIG, "id": 42, "topic": "x"}, "42"),
        ({"text": BIG, "meta": {"id": "nested"}}, "big-2"),  # not the record's own: the line's
        ({"meta": {"id": "nested"}, "text": BIG}, "big-2"),
        ({"text": BIG + '", "id": "fake'}, "big-2"),  # inside the text, not a field
    ],
)
def test_a_too_large_line_is_dropped_under_its_own_id(
    tmp_path: Path, small_limit: int, record: dict[str, object], want: str
) -> None:
    """Was always `<stem>-<line>`: the dropped row did not name the record the user must split."""
    path = tmp_path / "big.jsonl"
    lines = [{"id": "before", "text": "x"}, record, {"id": "after", "text": "y"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in lines))
    docs = list(read_documents([path]))
    assert [d.id for d in docs] == ["before", want, "after"]
    assert docs[1].error == "line 2: too large: over the 50 MB limit; split it into smaller documents"
    assert docs[1].source == f"{path}#line 2"


def test_a_too_large_item_of_a_json_list_is_dropped_and_the_list_read_on(
    tmp_path: Path, small_limit: int
) -> None:
    """Was: the list stopped there ("malformed JSON list after 1 items: too large"), every later
    item lost. Now the item is stepped over (its brackets and strings counted, not decoded) and
    dropped under its own id; the items after it are read."""
    items = [
        {"id": "a", "text": "one"},
        {"text": LIST_BIG + ' } ] \\" {', "id": "huge"},  # brackets and an escaped quote in the text
        {"id": "c", "text": "three"},
        [LIST_BIG],  # a list item (not a record), too large too
        {"id": "e", "text": "five"},
    ]
    path = tmp_path / "list.json"
    path.write_text(json.dumps(items, indent=1))
    docs = list(read_documents([path]))
    assert [d.id for d in docs] == ["a", "huge", "c", "list-4", "e"]
    assert [d.error is None for d in docs] == [True, False, True, False, True]
    assert docs[1].error == "item 2: too large: over the 50 MB limit; split it into smaller documents"
    assert docs[1].source == f"{path}#item 2"


def test_a_list_cut_inside_a_too_large_item_says_so(tmp_path: Path, small_limit: int) -> None:
    path = tmp_path / "cut.json"
    path.write_text('[{"id": "a", "text": "one"}, {"id": "b", "text": "' + LIST_BIG)
    docs = list(read_documents([path]))
    assert [d.id for d in docs] == ["a", "cut-2"]
    assert docs[1].error == (  # robust21: says what happened (cut short) and what to do
        "the input ends inside the JSON list, after 1 item; it was cut short (a download, a copy or a "
        "pipe that stopped early?): re-download or re-export it"
    )
