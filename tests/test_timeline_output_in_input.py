"""`newsprism timeline DATA -o DATA/t.jsonl` run twice (robust20's walk, session 20): the earlier
timeline file inside the input folder is the run's own output, not a document to read back."""

from __future__ import annotations

import json
from pathlib import Path

from newsprism.timeline import write_timelines

DOCS = [
    {
        "id": f"d{i}",
        "topic": "quake",
        "published": f"2024-03-0{i}",
        "text": f"A strong earthquake struck the island on March {i}, officials said. Rescuers searched the rubble.",
    }
    for i in range(1, 4)
]


def test_a_second_run_does_not_read_its_own_earlier_timeline(tmp_path: Path) -> None:
    (tmp_path / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    output = tmp_path / "t.jsonl"
    first = write_timelines([tmp_path], output, group_by="topic")
    assert output.exists()
    second = write_timelines([tmp_path], output, group_by="topic")
    assert second.documents == first.documents == len(DOCS)
