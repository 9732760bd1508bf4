"""Journey 11 (session 25): a numeric 'published' (Unix time) and the CLI's odd inputs.

Each test failed on the code before its fix."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsprism.ingest.jsonl import record_document

# -- 1. a numeric 'published' -----------------------------------------------------------------------
# 1709550000 s = 2024-03-04T11:00:00Z; 1709510400 = 2024-03-04T00:00:00Z


@pytest.mark.parametrize(
    ("value", "day"),
    [
        (1709550000, "2024-03-04"),  # seconds (Unix time, Python's time.time(), HN's "time")
        (1709550000.75, "2024-03-04"),  # seconds with a fraction
        (1709550000000, "2024-03-04"),  # milliseconds (JavaScript's Date.now())
        (1709596799, "2024-03-04"),  # 23:59:59 UTC: the day is UTC's, as for "...T23:59:59Z"
        (1709596800, "2024-03-05"),
        (846892800, "1996-11-02"),  # seconds before 2001 (RCV1's 1996-97 news)
        (846892800000, "1996-11-02"),  # and in milliseconds
    ],
)
def test_published_unix_time_is_read(value: float, day: str) -> None:
    doc = record_document({"id": "a", "text": "x", "published": value}, fallback_id="f", source="s")
    assert doc.published == day
    assert doc.notes == ()


@pytest.mark.parametrize(
    "value",
    [
        2024,  # a year
        20240304,  # a date written as a number
        2024030411,  # YYYYMMDDHH as a number: 2034-02-23 as seconds; not guessed
        202403041130,  # YYYYMMDDHHMM: 1976-05-29 as milliseconds; not guessed
        20240304113000,  # YYYYMMDDHHMMSS
        5,
        -1709550000,
        50_000_000_000,  # 3554 as seconds, 1971 as milliseconds: neither a news date
        1709550000000000,  # microseconds: not read
        float("nan"),
        float("inf"),
        True,
    ],
)
def test_published_number_not_read_says_what_to_write(value: float) -> None:
    doc = record_document({"id": "a", "text": "x", "published": value}, fallback_id="f", source="s")
    assert doc.published is None
    (note,) = doc.notes
    assert note.startswith("the record's 'published' ")
    assert "is not a date newsprism reads" in note
    if not isinstance(value, bool):
        assert "write it as YYYY-MM-DD or ISO 8601 (2024-03-04T11:00:00Z)" in note, note
        assert "Unix time" in note, note


def test_published_numeric_string_is_not_unix_time() -> None:
    """A string of digits may be a YYYYMMDDHH stamp: only a JSON number is Unix time."""
    doc = record_document({"id": "a", "text": "x", "published": "1709550000"}, fallback_id="f", source="s")
    assert doc.published is None and len(doc.notes) == 1


# -- 2. an output folder that cannot be written -----------------------------------------------------

COMMAND = [sys.executable, "-c", "from newsprism.cli import app; app()"]
BODY = (
    "A powerful storm hit the northern coast on Monday, cutting power to thousands of homes. Officials "
    "said the storm brought winds of over 100 kilometres per hour.\n\nEmergency crews worked through "
    "the night to restore power on 4 March 2024, the utility company said in a statement on Tuesday."
)


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*COMMAND, *args], capture_output=True, text=True, timeout=300, check=False)


def _read_only(folder: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    """The command run with `folder` read-only: its mode for a user, a read-only bind mount of it
    in a mount namespace of its own for root (who writes whatever the mode)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            return _run(args)
        finally:
            folder.chmod(0o755)
    script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" "$1" && shift && exec "$@"'
    if shutil.which("unshare") is None:
        pytest.skip("no unshare to make a read-only folder as root")
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("no mount namespace to make a read-only folder as root")
    return subprocess.run(
        ["unshare", "-m", "sh", "-c", script, "sh", str(folder), *COMMAND, *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _inputs(tmp_path: Path) -> Path:
    """Two articles and a PDF, whose "dropped" warning shows that the inputs were read."""
    data = tmp_path / "data"
    data.mkdir()
    with (data / "docs.jsonl").open("w", encoding="utf-8") as f:
        for i in range(2):
            f.write(
                json.dumps({"id": f"d{i}", "title": f"Storm {i}", "text": BODY, "published": "2024-03-05"})
            )
            f.write("\n")
    (data / "report.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF\n")
    return data


def test_timeline_into_a_read_only_folder_is_refused_before_reading_naming_its_file(tmp_path: Path) -> None:
    """It read every input, then said "error: 'ro/.t.jsonl.2779-1.part': Read-only file system":
    a scratch name the user never gave, after a whole run's reading."""
    data = _inputs(tmp_path)
    ro = tmp_path / "ro"
    ro.mkdir()
    done = _read_only(ro, ["timeline", str(data), "-o", str(ro / "t.jsonl"), "-j", "1"])
    assert done.returncode == 2, done.stderr
    assert ".part" not in done.stderr and "PDF" not in done.stderr, done.stderr
    assert f"cannot write -o '{ro / 't.jsonl'}': Read-only file system; give another -o" in done.stderr, (
        done.stderr
    )
    assert list(ro.iterdir()) == []


def test_summarize_into_a_read_only_folder_is_refused_before_reading_naming_its_file(tmp_path: Path) -> None:
    groups = tmp_path / "g.jsonl"
    groups.write_text(json.dumps({"id": "g", "documents": [{"title": "Storm", "text": BODY}]}) + "\n")
    ro = tmp_path / "ro"
    ro.mkdir()
    (ro / "s.jsonl").write_text("earlier\n")
    done = _read_only(ro, ["summarize", str(groups), "-o", str(ro / "s.jsonl")])
    assert done.returncode == 2, done.stderr
    assert ".part" not in done.stderr and f"'{ro / 's.jsonl'}'" in done.stderr, done.stderr
    assert (ro / "s.jsonl").read_text() == "earlier\n"


# -- 3. the help to a full disk -------------------------------------------------------------------


@pytest.mark.parametrize("args", [["--help"], ["digest", "--help"], ["summarize", "-h"], [], ["--version"]])
def test_help_to_a_full_disk_is_one_line_and_exit_2(args: list[str]) -> None:
    """`newsprism --help > /dev/full` drew a 200-line traceback and exited 1 ("a bug in newsprism");
    so would --version."""
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    with open("/dev/full", "w") as full:
        done = subprocess.run([*COMMAND, *args], stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    assert done.stderr == "error: cannot write to standard output: No space left on device\n"


def test_version_is_printed() -> None:
    """`newsprism --version` (what a bug report asks for first) was "error: no such option"."""
    import newsprism

    done = subprocess.run([*COMMAND, "--version"], capture_output=True, text=True, timeout=60, check=False)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"newsprism {newsprism.__version__}\n", "")


# -- 4. SIGTERM (kill, timeout, a service stopped) ------------------------------------------------


def _signals_as(ignored: signal.Signals | None) -> None:
    """The child's SIGHUP and SIGTERM at their defaults but `ignored`: a suite run under nohup
    ignores SIGHUP, and a child inherits that."""
    for signum in (signal.SIGHUP, signal.SIGTERM):
        signal.signal(signum, signal.SIG_IGN if signum == ignored else signal.SIG_DFL)


@contextlib.contextmanager
def _blocked_at_a_fifo(
    tmp_path: Path, command: list[str], ignored: signal.Signals | None = None
) -> Iterator[subprocess.Popen[str]]:
    """The command started on a folder of pages and then a FIFO: once it has opened the FIFO (it
    has read the pages, its work under way), it waits there for lines no one writes."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFO")
    fifo = tmp_path / "later.jsonl"
    os.mkfifo(fifo)
    proc = subprocess.Popen(
        [*COMMAND, *command[:1], str(_inputs(tmp_path)), str(fifo), *command[1:]],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: _signals_as(ignored),
    )
    writer = None
    for _ in range(1200):  # a FIFO opens for writing, without waiting, once its reader has it open
        try:
            writer = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            break
        except OSError:
            time.sleep(0.05)
    assert writer is not None, "the command never opened the FIFO"
    try:
        time.sleep(0.3)
        yield proc
    finally:
        os.close(writer)
        proc.kill()
        proc.communicate()


def test_digest_terminated_leaves_nothing_and_says_so(tmp_path: Path) -> None:
    """`kill PID` (or `timeout 600 newsprism digest ...`): exit -15, two workers' 20-line
    BrokenPipeError tracebacks, and the new output folder left behind holding a hidden
    .newsprism-writing/.articles.jsonl.part. SIGTERM is now what Ctrl-C is: nothing written, one
    line, exit 143 (128 + SIGTERM, as a shell reports it)."""
    out = tmp_path / "out"
    with _blocked_at_a_fifo(tmp_path, ["digest", "-o", str(out), "-j", "2"]) as proc:
        assert (out / ".newsprism-writing").is_dir()
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 143, stderr
    assert "Traceback" not in stderr
    assert stderr.splitlines()[-1] == (
        f"terminated: nothing new was written to {out} (what was there is left as it was); run the "
        "command again to write it"
    )
    assert not out.exists()


def test_timeline_terminated_says_so_and_exits_143(tmp_path: Path) -> None:
    earlier = tmp_path / "t.jsonl"
    earlier.write_text('{"topic": "all", "entries": []}\n')
    with _blocked_at_a_fifo(tmp_path, ["timeline", "-o", str(earlier), "-j", "1"]) as proc:
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 143, stderr
    assert stderr.splitlines()[-1].startswith(f"terminated: nothing new was written to {earlier}")
    assert earlier.read_text() == '{"topic": "all", "entries": []}\n'
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_digest_hung_up_leaves_nothing_and_says_so(tmp_path: Path) -> None:
    """The terminal closed (an ssh session dropped) under a run: SIGHUP killed it as SIGTERM did,
    the new output folder left behind with its hidden scratch folder."""
    out = tmp_path / "out"
    with _blocked_at_a_fifo(tmp_path, ["digest", "-o", str(out), "-j", "1"]) as proc:
        proc.send_signal(signal.SIGHUP)
        _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 129, stderr
    assert stderr.splitlines()[-1].startswith(f"hung up: nothing new was written to {out}")
    assert not out.exists()


@pytest.mark.parametrize("ignored", [signal.SIGHUP, signal.SIGTERM])
def test_a_signal_ignored_when_the_command_started_stays_ignored(
    tmp_path: Path, ignored: signal.Signals
) -> None:
    """`nohup newsprism digest ...` ignores SIGHUP so that the run outlives its terminal: the run
    goes on, and ends as it would have."""
    out = tmp_path / "out"
    with _blocked_at_a_fifo(tmp_path, ["digest", "-o", str(out), "-j", "1"], ignored) as proc:
        proc.send_signal(ignored)
        time.sleep(1)
        assert proc.poll() is None
    assert proc.returncode == -signal.SIGKILL  # still running until the fixture ended it


# -- 5. the last line names standard output as the user gave it -------------------------------------


@pytest.mark.parametrize("command", ["timeline", "summarize"])
def test_the_last_line_of_dash_o_dash_says_standard_output(tmp_path: Path, command: str) -> None:
    """`-o -` ended "... -> /dev/stdout", a name the user never typed."""
    if command == "timeline":
        args = ["timeline", str(_inputs(tmp_path)), "-o", "-", "-j", "1"]
    else:
        groups = tmp_path / "g.jsonl"
        groups.write_text(json.dumps({"id": "g", "documents": [{"title": "Storm", "text": BODY}]}) + "\n")
        args = ["summarize", str(groups), "-o", "-"]
    done = _run(args)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1].endswith(" -> standard output"), done.stderr


# -- 6. an output path that is a symbolic link ------------------------------------------------------


def test_timeline_into_a_link_writes_the_file_it_leads_to(tmp_path: Path) -> None:
    """`-o latest.jsonl`, a link to runs/t1.jsonl: the link was replaced by a file of its own and
    runs/t1.jsonl kept the old lines; the shell's `> latest.jsonl` writes runs/t1.jsonl."""
    runs = tmp_path / "runs"
    runs.mkdir()
    (runs / "t1.jsonl").write_text("old\n")
    latest = tmp_path / "latest.jsonl"
    latest.symlink_to("runs/t1.jsonl")
    done = _run(["timeline", str(_inputs(tmp_path)), "-o", str(latest), "-j", "1"])
    assert done.returncode == 0, done.stderr
    assert latest.is_symlink() and os.readlink(latest) == "runs/t1.jsonl"
    assert (runs / "t1.jsonl").read_text().startswith('{"topic": "all", "entries": [')
    assert sorted(p.name for p in runs.iterdir()) == ["t1.jsonl"]


@pytest.mark.parametrize("command", ["timeline", "digest"])
def test_an_output_that_is_a_loop_of_links_is_refused(tmp_path: Path, command: str) -> None:
    """`timeline data -o loopy` (loopy -> loopy): a RuntimeError traceback, exit 1; digest said
    "cannot write the output folder 'loopy': File exists"."""
    loopy = tmp_path / "loopy"
    loopy.symlink_to("loopy")
    done = _run([command, str(_inputs(tmp_path)), "-o", str(loopy), "-j", "1"])
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "PDF" not in done.stderr
    assert "is a symbolic link that goes round in a loop of links (it points to 'loopy')" in done.stderr, (
        done.stderr
    )
    assert os.readlink(loopy) == "loopy"


def test_digest_into_a_link_to_nothing_says_so(tmp_path: Path) -> None:
    """digest said "cannot write the output folder 'out': File exists" of a link to nothing."""
    out = tmp_path / "out"
    out.symlink_to("nowhere")
    done = _run(["digest", str(_inputs(tmp_path)), "-o", str(out), "-j", "1"])
    assert done.returncode == 2, done.stderr
    assert "it is a symbolic link to 'nowhere', which does not exist; make that folder" in done.stderr, (
        done.stderr
    )


def test_reading_with_a_loop_of_links_excluded_reads(tmp_path: Path) -> None:
    """read_documents(..., exclude=[a loop of links]) (timeline's output, excluded from its input)
    raised RuntimeError from Path.resolve."""
    from newsprism.ingest import read_documents

    loopy = tmp_path / "loopy"
    loopy.symlink_to("loopy")
    docs = list(read_documents([_inputs(tmp_path)], exclude=[loopy]))
    assert sorted(d.id for d in docs) == ["d0", "d1", "report"]
