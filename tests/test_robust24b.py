"""Outputs that are never lost: `timeline` and `summarize -o FILE` that read nothing leave an
earlier FILE as it was (as digest leaves its folder's outputs), and `summarize` refuses two groups
of one id. Each case runs the command in a process of its own on real folders and files.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

COMMAND = [sys.executable, "-c", "from newsprism.cli import app; app()"]
BODY = (
    "The city council voted on Monday, March 4, 2024 to close the old river bridge after "
    "inspectors found cracks in two of its supports. Mayor Ana Ruiz said the bridge would stay shut "
    "until repairs are finished. Engineers expect the work to take until June 2024, the council said."
)
KEPT = "nothing read, nothing written: the earlier {} is left as it was"


def _run(args: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*COMMAND, *args], capture_output=True, text=True, timeout=300, check=False, **kw)  # type: ignore[call-overload]


def _heap(tmp_path: Path) -> Path:
    heap = tmp_path / "heap"
    heap.mkdir()
    for i, outlet in enumerate(["Daily", "Herald", "Post"]):
        (heap / f"{i}.txt").write_text(f"Council closes the river bridge ({outlet})\n\n{BODY}\n")
    return heap


def _earlier_timeline(tmp_path: Path) -> tuple[Path, bytes]:
    out = tmp_path / "t.jsonl"
    done = _run(["timeline", str(_heap(tmp_path)), "-o", str(out), "-j", "1", "-q"])
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text().splitlines()[0])["entries"]  # something to lose
    return out, out.read_bytes()


@pytest.mark.parametrize("nothing", ["an empty folder", "a folder of other formats", "quiet"])
def test_timeline_that_reads_nothing_leaves_the_earlier_file(tmp_path: Path, nothing: str) -> None:
    """`timeline empty/ -o t.jsonl` replaced an earlier timeline with an empty file; so did a folder
    whose files were all dropped (no article, no timeline to write)."""
    out, before = _earlier_timeline(tmp_path)
    source = tmp_path / "other"
    source.mkdir()
    if nothing == "a folder of other formats":
        (source / "table.csv").write_text("a,b\n1,2\n")
    done = _run(["timeline", str(source), "-o", str(out), "-j", "1", *(["-q"] if nothing == "quiet" else [])])
    assert done.returncode == 0  # as digest's: a warning, not an error
    assert out.read_bytes() == before
    lines = done.stderr.splitlines()
    if nothing == "a folder of other formats":  # a dropped row each: read, but no article kept
        assert lines[0].startswith(f"warning: {source / 'table.csv'}: dropped: not read: a CSV table")
        assert lines[-1] == KEPT.format(out).replace("nothing read", "no article kept")
    else:
        assert lines[0].startswith(f"warning: no documents found in {source}")
        assert lines[-1] == KEPT.format(out)
    assert not list(tmp_path.glob(".t.jsonl.*"))  # no scratch file left


def test_timeline_that_reads_nothing_writes_an_empty_file_where_none_was(tmp_path: Path) -> None:
    """Nothing to keep (no file, or an empty one): the empty timeline is written, as before."""
    (tmp_path / "empty").mkdir()
    (tmp_path / "was_empty.jsonl").write_bytes(b"")
    for name in ["new.jsonl", "was_empty.jsonl"]:
        out = tmp_path / name
        done = _run(["timeline", str(tmp_path / "empty"), "-o", str(out), "-j", "1"])
        assert done.returncode == 0
        assert out.read_bytes() == b""
        assert done.stderr.splitlines()[-1] == f"0 documents: 0 articles in 0 timelines -> {out}"


def test_timeline_that_reads_documents_still_replaces_the_earlier_file(tmp_path: Path) -> None:
    out = tmp_path / "t.jsonl"
    out.write_text('{"topic": "old", "entries": []}\n')
    done = _run(["timeline", str(_heap(tmp_path)), "-o", str(out), "-j", "1"])
    assert done.returncode == 0
    assert json.loads(out.read_text())["topic"] == "all"
    assert "left as it was" not in done.stderr


def test_timeline_library_says_it_kept_the_earlier_file(tmp_path: Path) -> None:
    from newsprism.timeline import write_timelines

    out = tmp_path / "t.jsonl"
    out.write_text("earlier\n")
    (tmp_path / "empty").mkdir()
    run = write_timelines([tmp_path / "empty"], out)
    assert run.kept_earlier and run.documents == 0
    assert out.read_text() == "earlier\n"


GROUP = {"id": "bridge", "documents": [{"title": "Council closes the river bridge", "text": BODY}]}


def test_summarize_of_no_group_leaves_the_earlier_file(tmp_path: Path) -> None:
    groups, out = tmp_path / "g.jsonl", tmp_path / "s.jsonl"
    groups.write_text(json.dumps(GROUP) + "\n")
    assert _run(["summarize", str(groups), "-o", str(out), "-q"]).returncode == 0
    before = out.read_bytes()
    assert json.loads(before)["id"] == "bridge"
    groups.write_text("\n")  # a query that matched nothing, a pipe whose writer failed
    done = _run(["summarize", str(groups), "-o", str(out), "-q"])
    assert done.returncode == 0
    assert out.read_bytes() == before
    lines = done.stderr.splitlines()
    assert lines[0].startswith(f"warning: no groups in {groups}")
    assert lines[-1] == KEPT.format(out)
    # piped in, empty: the same
    done = _run(["summarize", "-", "-o", str(out)], input="")
    assert done.returncode == 0 and out.read_bytes() == before
    assert done.stderr.splitlines()[-1] == KEPT.format(out)


def test_summarize_of_no_group_to_standard_output_writes_nothing(tmp_path: Path) -> None:
    groups = tmp_path / "g.jsonl"
    groups.write_text("")
    done = _run(["summarize", str(groups), "-o", "-"])
    assert done.returncode == 0 and done.stdout == ""
    assert "left as it was" not in done.stderr


@pytest.mark.parametrize("ids", [("a", "a"), (7, "7")])
def test_summarize_refuses_two_groups_of_one_id_naming_both_lines(
    tmp_path: Path, ids: tuple[object, object]
) -> None:
    """Two groups of one id gave two summary lines of that id: no way to tell them apart or join
    them back to their groups. 7 and "7" are one id once written out."""
    groups, out = tmp_path / "g.jsonl", tmp_path / "s.jsonl"
    out.write_text("earlier\n")
    other = {"id": "other", "documents": [{"title": "Storm", "text": "A storm hit the coast."}]}
    lines = [{**GROUP, "id": ids[0]}, other, {}, {**GROUP, "id": ids[1]}]
    groups.write_text("\n".join("" if not g else json.dumps(g) for g in lines) + "\n")
    done = _run(["summarize", str(groups), "-o", str(out), "-q"])
    assert done.returncode == 2
    assert done.stderr.startswith(
        f'error: {groups}, lines 1 and 4: two groups with the id "{ids[1]}"; each group needs an id of its own'
    )
    assert out.read_text() == "earlier\n"  # nothing written


def test_read_groups_still_reads_distinct_ids(tmp_path: Path) -> None:
    from newsprism.summarise import read_groups

    groups = tmp_path / "g.jsonl"
    groups.write_text("\n".join(json.dumps({**GROUP, "id": i}) for i in ["a", "b", 3]) + "\n")
    assert [gid for gid, _ in read_groups(groups)] == ["a", "b", "3"]
