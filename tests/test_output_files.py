"""output.files.replacing: an output file is written whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.output.files import replacing, written_in_place


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


def test_a_device_name_is_written_in_place_whatever_it_leads_to(tmp_path: Path) -> None:
    """robust22: after a shell's `> s.jsonl`, /dev/stdout leads to a regular file, and replacing
    it wrote a scratch file in /dev and moved it over the /dev/stdout link (as root; a user could
    not write in /dev and the command failed). /proc/self/fd/N stands for it here."""
    target = tmp_path / "s.jsonl"
    with target.open("w") as held:
        through = Path(f"/proc/self/fd/{held.fileno()}")
        if not through.exists():
            pytest.skip("no /proc/self/fd")
        assert written_in_place(through) and written_in_place(Path("/dev/stdout"))
        with replacing(through) as f:
            f.write("one\n")
    assert target.read_text() == "one\n"
    assert not written_in_place(target)


def test_two_writers_of_one_output_do_not_share_a_scratch_file(tmp_path: Path) -> None:
    """Two runs at once (an overlapping cron job) shared `.t.jsonl.part`: the second wrote on into
    the file the first had moved in, a mix of both."""
    out = tmp_path / "t.jsonl"
    with replacing(out) as first, replacing(out) as second:
        first.write("first\n")
        second.write("second\n")
        assert len(list(tmp_path.iterdir())) == 2
    assert out.read_text() == "first\n"  # the last moved in is whole: the first, here
    assert [p.name for p in tmp_path.iterdir()] == ["t.jsonl"]
