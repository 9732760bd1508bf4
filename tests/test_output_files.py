"""output.files.replacing: an output file is written whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.output.files import replacing


def test_the_file_appears_only_when_written_whole(tmp_path: Path) -> None:
    out = tmp_path / "new" / "t.jsonl"
    with replacing(out) as f:
        f.write("one\n")
        assert not out.exists()  # not yet: it is written beside, under a hidden name
    assert out.read_text() == "one\n" and sorted(p.name for p in out.parent.iterdir()) == ["t.jsonl"]


@pytest.mark.parametrize("stop", [KeyboardInterrupt, OSError])
def test_a_run_stopped_midway_leaves_the_earlier_file_whole(
    tmp_path: Path, stop: type[BaseException]
) -> None:
    out = tmp_path / "t.jsonl"
    out.write_text("earlier\n")
    with pytest.raises(stop), replacing(out) as f:
        f.write("half")
        raise stop()
    assert out.read_text() == "earlier\n" and [p.name for p in tmp_path.iterdir()] == ["t.jsonl"]


def test_a_stream_is_written_as_it_goes(tmp_path: Path) -> None:
    with replacing(Path("/dev/null")) as f:
        f.write("gone\n")
    assert Path("/dev/null").exists()
