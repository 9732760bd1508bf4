"""review27: a re-run on a digest's articles.jsonl (ingest.jsonl, 46b21c9). Patch:
/tmp/h23/review27/jsonl.patch.

An earlier run dropped a malformed line of its input (in/a.jsonl line 63). Run again on that run's
articles.jsonl (made-up input: `newsprism digest in -o out`, then `newsprism digest
out/articles.jsonl -o out2`), the warning reads "out/articles.jsonl#line 68: dropped: from an
earlier run: malformed JSON on line 63 ...; fix or remove that line": line 63 of out/articles.jsonl
is another row, and the file to fix, in/a.jsonl, is named nowhere (the row's "source" held it).
"""

from __future__ import annotations

import json
from pathlib import Path

from newsprism.ingest.sources import read_documents

# the row 46b21c9's digest writes for the malformed line (out/articles.jsonl, read as written)
ROW = {
    "id": "a-63",
    "title": None,
    "text": "",
    "published": None,
    "outlet": None,
    "authors": [],
    "language": None,
    "duplicate_of": None,
    "event_id": None,
    "story_id": None,
    "dropped": "malformed JSON on line 63: Expecting value at column 1; fix or remove that line",
    "url": None,
    "dateline": None,
    "published_source": None,
    "not_after": None,
    "source": "in/a.jsonl#line 63",
}


def _reread(tmp_path: Path, row: dict[str, object]) -> str | None:
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    [doc] = read_documents([path])
    return doc.error


def test_an_earlier_runs_line_reason_names_the_earlier_input(tmp_path: Path) -> None:
    error = _reread(tmp_path, ROW)
    assert error is not None and error.startswith("from an earlier run"), error
    assert "in/a.jsonl" in error, error
    assert error.endswith("malformed JSON on line 63: Expecting value at column 1; fix or remove that line")


def test_other_earlier_reasons_stay_one_kind(tmp_path: Path) -> None:
    # passes today and with the patch: a reason naming no line keeps no source (the briefing
    # counts dropped documents by reason)
    row = dict(ROW, id="empty", dropped="empty document: the record's 'text' field is empty")
    assert _reread(tmp_path, row) == "from an earlier run: empty document: the record's 'text' field is empty"
