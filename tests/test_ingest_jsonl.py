"""ingest.jsonl: JSON Lines and JSON files, records, ids, and every way a line can be bad."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsprism.ingest import MAX_DOCUMENT_BYTES, read_documents
from newsprism.records import Document


def read(path: Path) -> list[Document]:
    return list(read_documents([path]))


def jsonl(path: Path, *records: object) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_record_fields(tmp_path: Path) -> None:
    record = {
        "id": "r1",
        "text": "The minister arrived.",
        "url": "https://example.com/a",
        "title": "Arrival",
        "published": "2024-04-25T10:00:00+08:00",
        "outlet": "Example News",
        "authors": ["Jane Doe", "", "John Roe"],
        "topic": "H1N1",
        "abstract": "x" * 500,
        "tags": ["flu"],
    }
    (doc,) = read(jsonl(tmp_path / "d.jsonl", record))
    assert doc == Document(
        id="r1",
        source=f"{tmp_path / 'd.jsonl'}#line 1",
        kind="text",
        content="The minister arrived.",
        url="https://example.com/a",
        title="Arrival",
        published="2024-04-25",
        outlet="Example News",
        authors=("Jane Doe", "John Roe"),
        from_record=True,
        extra={"topic": "H1N1"},  # short scalar fields only: no long bodies, no lists
    )


def test_html_field_gives_an_html_document(tmp_path: Path) -> None:
    (doc,) = read(jsonl(tmp_path / "d.jsonl", {"id": 7, "html": "<p>Hi</p>", "authors": "Jane Doe"}))
    assert (doc.id, doc.kind, doc.content, doc.authors) == ("7", "html", "<p>Hi</p>", ("Jane Doe",))


def test_ids_fall_back_to_stem_and_line_number(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "one"}\n\n{"id": "", "text": "three"}\n{"id": "own", "text": "four"}\n')
    assert [(d.id, d.source.rsplit("#", 1)[1]) for d in read(path)] == [
        ("feed-1", "line 1"),
        ("feed-3", "line 3"),
        ("own", "line 4"),
    ]


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ('{"id": "a", "title": "no body"}', "not a news document: JSON record has no 'text' or 'html' field"),
        ('{"id": "a", "text": "   "}', "empty document: the record's 'text' field is empty"),
        ('{"id": "a", "text": ["x"]}', "empty document: the record's 'text' field is a list, not a string"),
        ('["a", "b"]', "not a news document: JSON a list where an object with 'text' or 'html' was expected"),
        ('{"id": "a", "text": "x"', "malformed JSON on line 2: Expecting ',' delimiter at column 24"),
    ],
)
def test_bad_lines_become_documents_and_reading_goes_on(tmp_path: Path, line: str, error: str) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text('{"id": "ok1", "text": "fine"}\n' + line + '\n{"id": "ok3", "text": "fine"}\n')
    docs = read(path)
    assert [d.error is None for d in docs] == [True, False, True]
    assert docs[1].error is not None and docs[1].error.startswith(error)
    assert docs[1].source.endswith("#line 2")
    assert docs[1].content == ""


def test_malformed_line_message_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text("\n".join(['{"text": "ok"}'] * 6 + ["{oops"]) + "\n")
    assert read(path)[-1].error == (
        "malformed JSON on line 7: Expecting property name enclosed in double quotes at column 2; "
        "fix or remove that line"
    )


def test_invalid_utf8_line_is_decoded_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_bytes(b'{"id": "a", "text": "caf\xe9 cr\xe8me"}\n')
    (doc,) = read(path)
    assert doc.content == "café crème"


def test_nul_characters_are_removed(tmp_path: Path) -> None:
    (doc,) = read(jsonl(tmp_path / "d.jsonl", {"id": "a", "text": "be\u0000fore"}))
    assert doc.content == "before"


def test_gzipped_jsonl_and_truncation(tmp_path: Path) -> None:
    lines = "".join(json.dumps({"id": f"n{i}", "text": f"story number {i} " * 20}) + "\n" for i in range(200))
    data = gzip.compress(lines.encode())
    whole = tmp_path / "all.jsonl.gz"
    whole.write_bytes(data)
    assert [d.id for d in read(whole)] == [f"n{i}" for i in range(200)]
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(data[: len(data) // 2])
    docs = read(cut)
    assert all(d.error is None for d in docs[:-1]) and len(docs) > 2
    last = docs[-1]
    assert last.error is not None
    assert last.error.startswith(f"truncated gzip stream after {len(docs) - 1} records")
    assert last.id == f"cut-{len(docs)}"


def test_oversized_line_is_skipped_without_holding_it(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl.gz"
    huge = b'{"id": "huge", "text": "' + b"a" * MAX_DOCUMENT_BYTES + b'"}\n'
    path.write_bytes(
        gzip.compress(b'{"id": "before", "text": "x"}\n' + huge + b'{"id": "after", "text": "y"}\n', 1)
    )
    docs = read(path)
    assert [d.id for d in docs] == ["before", "huge", "after"]  # its own id, found in its first bytes
    assert docs[1].error == "line 2: too large: over the 50 MB limit; split it into smaller documents"


def test_json_list_is_streamed_item_by_item(tmp_path: Path) -> None:
    items = [{"id": f"a{i}", "text": "x" * 5000} for i in range(600)] + [{"text": "no id"}, 42]
    path = tmp_path / "items.json"
    path.write_text(json.dumps(items, indent=1))
    docs = read(path)
    assert [d.id for d in docs[:2]] == ["a0", "a1"]
    assert len(docs) == 602
    assert (docs[600].id, docs[600].source.rsplit("#", 1)[1]) == ("items-601", "item 601")
    assert docs[601].error is not None and "a number" in docs[601].error


def test_json_list_broken_midway(tmp_path: Path) -> None:
    path = tmp_path / "l.json"
    path.write_text('[{"id": "a", "text": "one"}, {"id": "b", "text": "two"} {"id": "c"}]')
    docs = read(path)
    assert [d.id for d in docs] == ["a", "b", "l-3"]
    assert docs[2].error is not None
    assert docs[2].error.startswith("malformed JSON list after 2 items: expected ',' or ']' between items")


@pytest.mark.parametrize("indent", [None, 2])
def test_json_single_object_takes_the_file_stem(tmp_path: Path, indent: int | None) -> None:
    path = tmp_path / "story.json"
    path.write_text(json.dumps({"title": "T", "text": "Body."}, indent=indent))
    (doc,) = read(path)
    assert (doc.id, doc.title, doc.content, doc.error) == ("story", "T", "Body.", None)


def test_json_that_is_jsonl_inside(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "misnamed.json", {"text": "one"}, {"text": "two"})
    assert [d.id for d in read(path)] == ["misnamed-1", "misnamed-2"]


def test_valid_json_that_is_not_a_document(shared: Path) -> None:
    (doc,) = read(shared / "seeds" / "gold.json")
    assert doc.id == "gold"
    assert doc.error is not None
    assert doc.error.startswith("not a news document: JSON record has no 'text' or 'html' field")


@pytest.mark.parametrize(("data", "error"), [(b"", "empty file"), (b"{broken", "malformed JSON on line 1")])
def test_empty_and_broken_json_files(tmp_path: Path, data: bytes, error: str) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(data)
    (doc,) = read(path)
    assert doc.error is not None and doc.error.startswith(error)


def test_empty_jsonl_file(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text("\n\n")
    assert [(d.id, d.error) for d in read(path)] == [("x", "empty file")]


def test_dev_jsonl_reads_every_record(shared: Path) -> None:
    path = shared / "data" / "clustering" / "basil" / "docs.jsonl"
    if not path.exists():
        pytest.skip("basil dev set absent")
    docs = read(path)
    with path.open(encoding="utf-8") as f:
        assert len(docs) == sum(1 for line in f if line.strip())
    assert all(d.error is None and d.published for d in docs)


def test_lone_surrogates_in_json_become_replacement_characters(tmp_path: Path) -> None:
    # json.loads keeps "\ud800" as a lone surrogate, which no UTF-8 writer accepts downstream
    path = tmp_path / "s.jsonl"
    path.write_text(
        '{"id": "s\\udfff", "title": "T \\ud800", "text": "Bad \\ud800 char"}\n', encoding="utf-8"
    )
    (doc,) = read_documents([path])
    assert (doc.id, doc.title, doc.content) == ("s\ufffd", "T \ufffd", "Bad \ufffd char")
    doc.content.encode("utf-8")
