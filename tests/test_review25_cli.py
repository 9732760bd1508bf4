"""review25: robust22's CLI changes (8d2b07e, ca237cb, 5d9e9d7) tried as a user would.

- `-h` is refused as 'no such option' by every command (`newsprism -h`, `newsprism digest -h`): the
  short form most tools take for --help.
- a non-UTF-8 file name is shown as '\\xe9' in articles.jsonl's source and warnings, but as
  '\\udce9' (a lone surrogate's escape) in the error and summary lines.
- Ctrl-C during a digest leaves behind, empty, the -o folder it made (pipeline.digest).
- the count line of a warning kind ("and 57 more, ...") prints every number of the kind as N,
  "(YYYY-MM-DD, ISO N, RFC N or YYYY/MM/DD)" (cli._Warnings, robust20).
Patches: /tmp/h22/review25/cli.patch, /tmp/h22/review25/pipeline_empty_folder.patch,
/tmp/h22/review25/cli_warning_count.patch."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsprism", *args],
        cwd=cwd,
        capture_output=True,
        timeout=120,
        env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"},
    )


@pytest.mark.parametrize("command", [[], ["digest"], ["timeline"], ["summarize"]])
def test_dash_h_shows_the_help(command: list[str], tmp_path: Path) -> None:
    done = run(*command, "-h", cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    assert b"Usage" in done.stdout


@pytest.mark.skipif(sys.platform != "linux", reason="file names as bytes")
def test_a_non_utf8_name_is_shown_as_its_bytes(tmp_path: Path) -> None:
    done = run("digest", os.fsdecode(b"x\xe9.jsonl"), "-o", "out", cwd=tmp_path)
    said = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2
    assert "udce9" not in said
    assert "x\\xe9.jsonl" in said


STORY = (
    "The city council voted on Tuesday to approve the new budget after a long debate. "
    "Mayor Jane Smith said the plan would fund schools and roads across the city for two years."
)


def test_ctrl_c_leaves_no_new_empty_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # pipeline.digest's docstring and `newsprism --help` (130: "output files and folders are left
    # as they were"): a folder that was not there before the run is not there after it
    from newsprism import pipeline

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "_digest", interrupted)
    (tmp_path / "a.txt").write_text(STORY)
    with pytest.raises(KeyboardInterrupt):
        pipeline.digest([tmp_path / "a.txt"], tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_the_count_line_keeps_the_numbers_every_line_shares(tmp_path: Path) -> None:
    # 10 records whose 'published' is no date: 3 lines, then "and 7 more, ..." with the kind's words,
    # where only the numbers that differ from line to line are N
    import json

    lines = [
        json.dumps(
            {"id": f"b{i}", "title": f"Budget {i}", "text": f"{STORY} Item {i}.", "published": f"junk-{i}"}
        )
        for i in range(10)
    ]
    (tmp_path / "bad.jsonl").write_text("\n".join(lines) + "\n")
    done = run("digest", "bad.jsonl", "-o", "out", "-j", "1", cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    (count,) = [line for line in done.stderr.decode().splitlines() if "and 7 more" in line]
    assert "'junk-N'" in count
    assert "ISO 8601" in count and "RFC 822" in count
