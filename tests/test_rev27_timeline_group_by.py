"""review27: `newsprism timeline --group-by outlet` (timeline._grouped). Patch:
/tmp/h23/review27/timeline_group_by.patch.

Found running the CLI as a user on bench/out/heap-10000.jsonl's first 1,500 records, each with an
"outlet": `newsprism timeline heap.jsonl --group-by outlet -o -` exits 2 with "none of the 1500
articles has a 'outlet' field to group by (the JSONL records' other fields: none besides id, text,
title, published, outlet, url): give one of those": the records hold it, and the message lists it.
--group-by reads only the fields newsprism does not read itself (Document.extra); "outlet" is read
into Document.outlet. One timeline per outlet is a plain thing to ask.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsprism.timeline import write_timelines

TEXT = (
    "The council voted on Tuesday, March 3, 2009 to close the old bridge for repairs. "
    "Work will begin on March 10, 2009, the mayor said. Traffic will be sent through the town centre."
)


def test_group_by_outlet_gives_one_timeline_per_outlet(tmp_path: Path) -> None:
    records = [
        {
            "id": f"d{n}",
            "title": f"Bridge closed {n}",
            "text": TEXT,
            "published": "2009-03-04",
            "outlet": outlet,
        }
        for n, outlet in enumerate(["Daily Ledger", "Daily Ledger", "Metro Wire", "Metro Wire"])
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "timelines.jsonl"
    write_timelines([path], out, group_by="outlet")
    topics = [json.loads(line)["topic"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(topics) == ["Daily Ledger", "Metro Wire"]
