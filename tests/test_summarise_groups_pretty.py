"""`newsprism summarize` on groups pretty-printed over many lines (robust26's finding, session 26):
jq writes JSON that way unless given -c, and the command refused such a file at its first line
("not JSON (Expecting property name enclosed in double quotes ...)")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.errors import MalformedGroups, NewsprismError
from newsprism.summarise import read_groups

QUAKE = {"id": "g1", "documents": [{"title": "Quake", "text": "A quake struck the island on Sunday."}]}
FLOOD = {"id": "g2", "documents": [{"title": "Flood", "text": "The river burst its banks on Monday."}]}


def _read(path: Path) -> list[tuple[str, list[str | None]]]:
    return [(gid, [a.title for a in arts]) for gid, arts in read_groups(path)]


def test_records_one_after_another_as_jq_writes_them(tmp_path: Path) -> None:
    path = tmp_path / "groups.jsonl"  # jq '.[]' groups.json > groups.jsonl
    path.write_text(json.dumps(QUAKE, indent=2) + "\n" + json.dumps(FLOOD, indent=2) + "\n")
    assert _read(path) == [("g1", ["Quake"]), ("g2", ["Flood"])]


def test_a_json_list_of_groups(tmp_path: Path) -> None:
    path = tmp_path / "groups.json"
    path.write_text(json.dumps([QUAKE, FLOOD], indent=2))
    assert _read(path) == [("g1", ["Quake"]), ("g2", ["Flood"])]


def test_a_document_is_known_by_the_line_its_group_starts_on(tmp_path: Path) -> None:
    path = tmp_path / "groups.jsonl"
    first = json.dumps(QUAKE, indent=2)
    path.write_text(first + "\n" + json.dumps(FLOOD, indent=2) + "\n")
    groups = dict(read_groups(path))
    assert groups["g1"][0].source == f"{path}#line 1"
    assert groups["g2"][0].source == f"{path}#line {first.count(chr(10)) + 2}"


def test_a_broken_record_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "groups.jsonl"
    path.write_text(json.dumps(QUAKE, indent=2) + '\n{\n  "id": "g2",\n  "documents": [\n')
    with pytest.raises(MalformedGroups) as caught:
        list(read_groups(path))
    assert caught.value.line > json.dumps(QUAKE, indent=2).count("\n") + 1


def test_two_pretty_groups_of_one_id_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "groups.jsonl"
    path.write_text(json.dumps(QUAKE, indent=2) + "\n" + json.dumps(QUAKE, indent=2) + "\n")
    with pytest.raises(NewsprismError, match="two groups with the id"):
        list(read_groups(path))


def test_json_lines_still_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "groups.jsonl"
    path.write_text(json.dumps(QUAKE) + "\n\n" + json.dumps(FLOOD) + "\n")
    groups = dict(read_groups(path))
    assert groups["g2"][0].source == f"{path}#line 3"


@pytest.mark.parametrize("head", ["\n\n", "\ufeff", "\ufeff\n"])
def test_blank_lines_or_a_byte_order_mark_before_the_first_group(tmp_path: Path, head: str) -> None:
    path = tmp_path / "groups.jsonl"  # review30b: both were refused as "not JSON"
    path.write_text(head + json.dumps(QUAKE, indent=2) + "\n", encoding="utf-8")
    assert _read(path) == [("g1", ["Quake"])]


def test_a_byte_order_mark_before_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "groups.jsonl"
    path.write_text("\ufeff" + json.dumps(QUAKE) + "\n" + json.dumps(FLOOD) + "\n", encoding="utf-8")
    assert _read(path) == [("g1", ["Quake"]), ("g2", ["Flood"])]
