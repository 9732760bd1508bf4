"""extract29: a record whose text is one word ("fine") is no article: dropped with its reason, as an
empty page is; a one-sentence brief, and a text in a script written without spaces, are kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.extract import extract
from newsprism.ingest.sources import read_documents
from newsprism.records import Document


def _records(tmp_path: Path, *records: dict[str, str]) -> list[Document]:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return list(read_documents([str(path)]))


@pytest.mark.parametrize("word", ["fine", "  test\n", "TBD", "lorem-ipsum"])
def test_a_one_word_record_is_dropped_with_its_reason(tmp_path: Path, word: str) -> None:
    (doc,) = _records(tmp_path, {"id": "a", "title": "Markets close higher", "text": word})
    art = extract(doc)
    assert art.dropped == f"no article text found: the text is one word ({word.strip()!r})"
    assert art.text == ""
    assert art.title == "Markets close higher"  # what was found stays


def test_a_one_sentence_brief_is_kept(tmp_path: Path) -> None:
    # ecbplus 11_7ecb, the shortest article of the dev sets
    (doc,) = _records(tmp_path, {"id": "b", "text": "The parliament election is over in Turkmenistan."})
    art = extract(doc)
    assert art.dropped is None and art.text == "The parliament election is over in Turkmenistan."


def test_a_text_without_spaces_is_not_one_word() -> None:
    text = "政府が経済対策を決定したことを受け、岸田総理は先ほどから会見を行っています。"
    art = extract(Document(id="c", source="x", kind="text", content=text, from_record=True))
    assert art.dropped is None or "one word" not in art.dropped
