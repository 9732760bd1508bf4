"""Any bytes in, Documents out: no input file makes ingest raise."""

from __future__ import annotations

import gzip
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.ingest import read_documents

NAMES = ["a.txt", "a.html", "a.jsonl", "a.json", "a.xml", "a.warc", "a.txt.gz", "a.bin"]

# bytes that look a little like each format, so the readers get past their first check
PREFIXES = [
    b"",
    b"<html><meta charset=",
    b'{"id": "x", "text": "',
    b"[{",
    b"<rss><channel><item>",
    b"WARC/1.0\r\n",
]


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
    database=None,
)
@given(
    name=st.sampled_from(NAMES),
    prefix=st.sampled_from(PREFIXES),
    body=st.binary(max_size=2000),
    zipped=st.booleans(),
)
def test_arbitrary_bytes_never_raise(name: str, prefix: bytes, body: bytes, zipped: bool) -> None:
    data = prefix + body
    if zipped:
        data = gzip.compress(data, mtime=0)[: max(10, len(data) // 2 + 10)]  # often cut short too
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        docs = list(read_documents([path]))
    assert docs, "every file yields at least one Document"
    for doc in docs:
        assert "\x00" not in doc.content
        if doc.error is None:
            assert doc.content.strip()
        else:
            assert doc.content == ""
