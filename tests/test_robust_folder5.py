"""Robustness audit 5: a user's worst folder and output folder, through the real command."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprism.cli import app
from newsprism.errors import InputNotFound
from newsprism.ingest import read_documents
from newsprism.pipeline import OutputUnwritable, digest, extract_all, usable_jobs

runner = CliRunner()

PAGE = (
    "Officials said on Monday that the bridge would reopen. The mayor said the repairs took three months.\n"
)
RECORDS = [
    {"id": "a", "text": "The governor said on Friday that the state would sue the company over the spill."},
    {"id": "b", "text": "The council voted on Tuesday to approve the new budget, officials said."},
]


def _rows(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_in_a_folder_is_reported_not_skipped_or_waited_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(PAGE, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")  # no writer: opening it to read would wait forever
    docs = {d.id: d for d in read_documents([tmp_path])}
    assert set(docs) == {"good", "pipe"}
    assert docs["pipe"].error is not None and "named pipe" in docs["pipe"].error
    assert docs["good"].error is None


@pytest.mark.skipif(os.name != "posix", reason="pipes as paths are POSIX")
def test_a_pipe_named_on_the_command_line_is_read_whole(tmp_path: Path) -> None:
    """`cat docs.jsonl | newsprism digest /dev/stdin`: was one document dropped as "empty file"
    (a pipe's size is 0, and sniffing its head used up those bytes)."""
    out = tmp_path / "out"
    lines = "".join(json.dumps(r) + "\n" for r in RECORDS).encode("utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "newsprism", "digest", "/dev/stdin", "-o", str(out), "-j", "1", "-q"],
        input=lines,
        capture_output=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr.decode()
    rows = _rows(out)
    assert [r["id"] for r in rows] == ["a", "b"]
    assert all(
        r["dropped"] is None and r["source"] == "/dev/stdin#line " + str(i) for i, r in enumerate(rows, 1)
    )


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_named_link_loop_or_dangling_link_says_so(tmp_path: Path) -> None:
    (tmp_path / "x.txt").symlink_to("y.txt")
    (tmp_path / "y.txt").symlink_to("x.txt")
    (tmp_path / "gone.txt").symlink_to("nowhere.txt")
    with pytest.raises(InputNotFound, match="loop of links"):
        list(read_documents([tmp_path / "x.txt"]))
    with pytest.raises(InputNotFound, match="leads to nothing .*nowhere.txt"):
        list(read_documents([tmp_path / "gone.txt"]))


def test_a_json_stream_without_a_name_is_read_as_records(tmp_path: Path) -> None:
    path = tmp_path / "docs"  # no extension: the content says JSON Lines
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    assert [d.id for d in read_documents([path])] == ["a", "b"]


def test_output_that_is_a_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "in.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "out").write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["digest", str(tmp_path / "in.txt"), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 2
    assert "cannot write the output folder" in result.output and "Traceback" not in result.output
    assert (tmp_path / "out").read_text(encoding="utf-8") == "mine"


def test_output_write_failure_is_one_error_and_no_scratch_file_is_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk mid-run (ENOSPC while the briefing is written): OutputUnwritable, and the
    articles' scratch file is gone, so a re-run into the folder starts clean."""
    import errno

    import newsprism.pipeline as pipeline

    def full(*_: object, **__: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pipeline, "write_briefing", full)
    (tmp_path / "in.txt").write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "articles.jsonl").write_text("an earlier run's\n", encoding="utf-8")
    with pytest.raises(OutputUnwritable, match="No space left on device"):
        digest([tmp_path / "in.txt"], out)
    assert sorted(p.name for p in out.iterdir()) == ["articles.jsonl"]  # no scratch file left
    assert (out / "articles.jsonl").read_text(encoding="utf-8") == "an earlier run's\n"  # left whole
    monkeypatch.undo()  # space again
    digest([tmp_path / "in.txt"], out)
    # robust21: the stand-in above is no digest's articles.jsonl (a real one's first line holds its
    # links and `dropped`), so it may be a user's own file: it is kept under another name, where
    # replacing it lost it (test_robust_journey7 has a real earlier run's outputs replaced)
    assert sorted(p.name for p in out.iterdir()) == [
        "articles.jsonl",
        "articles.user.jsonl",
        "briefing.html",
        "briefing.md",
        "events.jsonl",
        "quotes.jsonl",
        "stories.jsonl",
    ]
    assert (out / "articles.user.jsonl").read_text(encoding="utf-8") == "an earlier run's\n"


def test_jobs_are_capped_at_the_cores_and_zero_means_all() -> None:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    assert usable_jobs(0) == cores and usable_jobs(1000) == cores and usable_jobs(1) == 1


def test_negative_jobs_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "in.txt").write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, ["digest", str(tmp_path / "in.txt"), "-o", str(tmp_path / "out"), "-j", "-3"])
    assert result.exit_code == 2 and not (tmp_path / "out").exists()


def test_a_short_input_with_many_jobs_is_extracted_in_order(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"p{i}.txt").write_text(PAGE.replace("Monday", f"day {i}"), encoding="utf-8")
    docs = list(read_documents([tmp_path]))
    assert [a.id for a in extract_all(docs, jobs=8)] == [a.id for a in extract_all(docs, jobs=1)]


def test_an_empty_folder_warns_that_nothing_was_read(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    # robust21: a .docx there is now a dropped row saying what to do (test_robust_journey7); a
    # page's image and a README are still passed over, as files of no news
    (tmp_path / "in" / "logo.png").write_bytes(b"\x89PNG")
    (tmp_path / "in" / "README.md").write_text("notes", encoding="utf-8")
    result = runner.invoke(app, ["digest", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert "no documents found" in result.output


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_ctrl_c_exits_130_with_a_message_and_leaves_no_scratch_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    # a pipe that never ends: the run is surely still reading when it is interrupted
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsprism", "digest", "/dev/stdin", "-o", str(out), "-j", "1", "-q"],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        # as at a terminal: a command started in the background by a shell inherits SIGINT ignored
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stdin is not None
    proc.stdin.write(b'{"id": "a", "text": "words"}\n')
    proc.stdin.flush()
    deadline = time.monotonic() + 120
    while not out.exists() and time.monotonic() < deadline:  # the output folder is made first
        time.sleep(0.2)
    time.sleep(1)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err.decode()
    assert "interrupted" in err.decode()
    assert not out.exists() or not list(out.iterdir())  # nothing half-written (a folder the run made is gone)


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_a_second_run_into_a_folder_being_written_is_refused_and_harms_nothing(tmp_path: Path) -> None:
    import fcntl

    (tmp_path / "in.txt").write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / ".articles.jsonl.part").write_text("the other run's\n", encoding="utf-8")
    fd = os.open(out, os.O_RDONLY)  # the other run, holding the folder
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(OutputUnwritable, match="another newsprism run"):
            digest([tmp_path / "in.txt"], out)
        assert (out / ".articles.jsonl.part").read_text(encoding="utf-8") == "the other run's\n"
    finally:
        os.close(fd)
    (out / ".articles.jsonl.part").unlink()
    digest([tmp_path / "in.txt"], out)  # once it is done, the folder is free
    assert [r["id"] for r in _rows(out)] == ["in"]


def test_a_jsonl_gz_cut_in_its_header_names_no_line_zero(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"id": "z", "text": "words"}\n' * 100)[:12])  # the header and a byte
    (doc,) = read_documents([path])
    assert doc.error is not None and doc.error.startswith("truncated gzip stream after 0 records")
    assert "line 0" not in doc.error


def test_a_warc_gz_cut_before_its_first_record_says_nothing_was_read(tmp_path: Path) -> None:
    import gzip

    warc = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 500\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>x</p>"
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(gzip.compress(warc)[:70])
    (doc,) = read_documents([path])
    assert doc.error is not None and doc.error.startswith("truncated gzip stream after 0 records")
    assert "the records before it were read" not in doc.error and "nothing could be read" in doc.error


@pytest.mark.skipif(os.name != "posix", reason="fork")
def test_pool_workers_leave_ctrl_c_to_the_parent() -> None:
    """Ctrl-C reaches every process of the group: a worker that took it printed its own traceback."""
    from newsprism.workers import fork_map

    seen = list(
        fork_map(lambda _: signal.getsignal(signal.SIGINT) == signal.SIG_IGN, range(8), jobs=2, chunk=2)
    )
    assert seen == [True] * 8
