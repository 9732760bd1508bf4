"""Session 23's command-line audit (robust23): review25's leftovers and journey 9.

An earlier run's notes read back, the terminal at `-` (typing under the progress display, Ctrl-D
with nothing typed), the help to a reader that stopped reading.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprism.cli import app
from newsprism.ingest import read_documents

runner = CliRunner()

STORY = "The minister arrived in Paris on Monday for talks on trade with the French president.\n"
BODY = (
    "A powerful storm hit the northern coast on Monday, cutting power to thousands of homes. Officials "
    "said the storm brought winds of over 100 kilometres per hour.\n\nEmergency crews worked through "
    "the night to restore power, the utility company said in a statement on Tuesday morning."
)
COMMAND = [sys.executable, "-c", "from newsprism.cli import app; app()"]


def _rows(out: Path) -> dict[str, dict[str, object]]:
    lines = (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return {row["id"]: row for row in map(json.loads, lines)}


# -- 1. an earlier run's notes and dropped reasons, read back -----------------------------------


def _first_run(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.jsonl").write_text(
        json.dumps({"id": "a1", "title": "Storm hits coast", "published": "Posted by admin", "text": BODY})
        + "\n",
        encoding="utf-8",
    )
    (data / "blob.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe" * 40)
    result = runner.invoke(app, ["digest", str(data), "-o", str(tmp_path / "out"), "-j", "1"])
    assert result.exit_code == 0, result.output
    return tmp_path / "out"


def test_a_rerun_on_the_articles_keeps_the_earlier_notes_once_and_does_not_say_them_again(
    tmp_path: Path,
) -> None:
    """`notes` (a 'published' set aside) were written to articles.jsonl but not read back: digesting
    that articles.jsonl gave the row a null 'published' and no word of why."""
    out = _first_run(tmp_path)
    first = _rows(out)["a1"]["notes"]
    assert isinstance(first, list) and first[0].startswith("the record's 'published' 'Posted by admin'")
    again = runner.invoke(
        app, ["digest", str(out / "articles.jsonl"), "-o", str(tmp_path / "out2"), "-j", "1"]
    )
    assert again.exit_code == 0, again.output
    assert _rows(tmp_path / "out2")["a1"]["notes"] == [f"from an earlier run: {first[0]}"]
    assert "Posted by admin" not in again.output  # said in the first run; kept, not said again
    third = runner.invoke(
        app, ["digest", str(tmp_path / "out2" / "articles.jsonl"), "-o", str(tmp_path / "out3"), "-j", "1"]
    )
    assert third.exit_code == 0, third.output
    assert _rows(tmp_path / "out3")["a1"]["notes"] == [f"from an earlier run: {first[0]}"]


def test_a_rerun_keeps_an_earlier_dropped_reason_not_empty_document(tmp_path: Path) -> None:
    """A dropped row has no text: read back it was "empty document: the record's 'text' field is
    empty", and why it was dropped (a binary blob) was lost."""
    out = _first_run(tmp_path)
    reason = _rows(out)["blob"]["dropped"]
    assert isinstance(reason, str) and reason.startswith("binary content")
    again = runner.invoke(
        app, ["digest", str(out / "articles.jsonl"), "-o", str(tmp_path / "out2"), "-j", "1"]
    )
    assert again.exit_code == 0, again.output
    assert _rows(tmp_path / "out2")["blob"]["dropped"] == f"from an earlier run: {reason}"
    md = (tmp_path / "out2" / "briefing.md").read_text(encoding="utf-8")
    assert f"1 × from an earlier run: {reason}" in md


def test_an_earlier_rows_not_after_is_kept(tmp_path: Path) -> None:
    """A WARC record's crawl date (the row's not_after) bounds the publication date; read back it was lost."""
    row = {
        "id": "w1", "title": "Storm", "text": BODY, "published": None, "outlet": None, "authors": [],
        "language": "en", "duplicate_of": None, "event_id": "e-1", "story_id": "s-1", "dropped": None,
        "url": None, "dateline": None, "published_source": None, "not_after": "2024-03-06",
        "source": "crawl.warc#record 1",
    }  # fmt: skip
    (tmp_path / "articles.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    [doc] = read_documents([tmp_path / "articles.jsonl"])
    assert doc.not_after == "2024-03-06" and doc.notes == () and doc.error is None


def test_a_users_own_notes_and_dropped_fields_are_not_an_earlier_runs(tmp_path: Path) -> None:
    """Only a line of a digest's articles.jsonl (source, event_id and dropped all there) is read so."""
    records = [
        {"id": "u1", "text": BODY, "notes": ["call the desk"], "not_after": "2024-03-06"},
        {"id": "u2", "text": "", "dropped": "yes"},
    ]
    (tmp_path / "mine.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    u1, u2 = read_documents([tmp_path / "mine.jsonl"])
    assert u1.notes == () and u1.not_after is None
    assert u2.error == "empty document: the record's 'text' field is empty"


# -- 2 and 3. standard input at a terminal ------------------------------------------------------


def _at_a_terminal(args: list[str], typed: bytes, cwd: Path) -> tuple[str, str, int]:
    """Run the command with a terminal for stdin and stderr; type `typed` a few bytes at a time,
    then Ctrl-D. Returns (what the terminal showed before Ctrl-D, the rest, the exit status)."""
    import pty

    master, slave = pty.openpty()
    proc = subprocess.Popen([*COMMAND, *args], stdin=slave, stderr=slave, stdout=slave, cwd=cwd)
    os.close(slave)
    shown = bytearray()

    def drain(seconds: float) -> None:
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            if select.select([master], [], [], left)[0]:
                try:
                    data = os.read(master, 1 << 16)
                except OSError:  # the command ended and closed the terminal
                    return
                if not data:
                    return
                shown.extend(data)

    # the first line says what it waits for; then type, pausing as a person does
    deadline = time.monotonic() + 120
    while b"Ctrl-D" not in shown and time.monotonic() < deadline:
        drain(0.2)
    for start in range(0, len(typed), 20):
        os.write(master, typed[start : start + 20])
        drain(0.25)
    before = bytes(shown)
    os.write(master, b"\x04")
    while proc.poll() is None and time.monotonic() < deadline + 120:
        drain(0.2)
    drain(0.2)
    os.close(master)
    return (
        before.decode(errors="replace"),
        bytes(shown[len(before) :]).decode(errors="replace"),
        proc.wait(10),
    )


def test_the_progress_display_does_not_draw_over_the_typing(tmp_path: Path) -> None:
    """The spinner redrew its line ten times a second while the user typed at `-`."""
    before, after, status = _at_a_terminal(["digest", "-", "-o", "out", "-j", "1"], STORY.encode(), tmp_path)
    assert status == 0, before + after
    assert "reading" in before and "Ctrl-D" in before  # the line that says what it waits for
    assert "\x1b[2K" not in before and "documents" not in before.split("Ctrl-D", 1)[1], before
    assert _rows(tmp_path / "out")["stdin"]["text"] == STORY.strip()
    assert "1 document: 1 article kept, 0 dropped; 1 event in 1 story -> out/articles.jsonl" in after


@pytest.mark.parametrize(
    ("args", "what"),
    [
        (["digest", "-", "-o", "out", "-j", "1"], "documents"),
        (["timeline", "-", "-o", "out/t.jsonl"], "documents"),
        (["summarize", "-", "-o", "out/s.jsonl"], "groups"),
    ],
)
def test_ctrl_d_with_nothing_typed_is_no_input_and_exit_2(tmp_path: Path, args: list[str], what: str) -> None:
    """Ctrl-D at once made a dropped row "empty file: nothing came through the pipe", empty outputs
    and exit 0. Nothing was given: the command says so, writes nothing and exits 2."""
    before, after, status = _at_a_terminal(args, b"", tmp_path)
    assert status == 2, before + after
    assert (
        f"error: no input: nothing was typed at standard input (-) before Ctrl-D: type or paste the {what} first"
        in after.replace("\r\n", " ").replace("\x1b[31m", "").replace("\x1b[0m", "")
    )
    assert not (tmp_path / "out").exists()


def test_ctrl_d_with_nothing_typed_beside_other_inputs_reads_them(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(STORY, encoding="utf-8")
    before, after, status = _at_a_terminal(
        ["digest", "-", "page.txt", "-o", "out", "-j", "1", "-q"], b"\n", tmp_path
    )
    assert status == 0, before + after
    assert "nothing was typed at standard input (-): reading the other inputs" in after
    assert list(_rows(tmp_path / "out")) == ["page"]


def test_a_pipe_that_brings_nothing_is_still_a_dropped_row(tmp_path: Path) -> None:
    """A script's empty pipe is not the terminal: its row says so, as before (exit 0)."""
    done = subprocess.run(
        [*COMMAND, "digest", "-", "-o", str(tmp_path / "out"), "-j", "1", "-q"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert _rows(tmp_path / "out")["stdin"]["dropped"] == "empty file: nothing came through the pipe"


# -- 4. the help to a reader that stopped reading -----------------------------------------------


@pytest.mark.parametrize("args", [[], ["--help"], ["digest", "--help"], ["summarize", "-h"]])
def test_the_help_to_a_closed_pipe_ends_in_silence_with_141(args: list[str]) -> None:
    """`newsprism | head -2` exited 1, which the help itself says is a bug in newsprism; `-o - |
    head` gives 141, as cat does."""
    read, write = os.pipe()
    os.close(read)  # the reader has gone before a byte is written
    try:
        done = subprocess.run([*COMMAND, *args], stdout=write, stderr=subprocess.PIPE, check=False)
    finally:
        os.close(write)
    assert done.returncode == 141
    assert done.stderr == b""


def test_the_help_to_a_reader_still_reading_is_as_before() -> None:
    done = subprocess.run([*COMMAND, "--help"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "digest" in done.stdout


# -- 5. journey 9 ------------------------------------------------------------------------------


def _crawl(path: Path, pages: int) -> bytes:
    """A gzipped WARC of `pages` responses, each a page of about 30 KB."""
    import gzip

    body = ("<html><body>" + "<p>" + STORY * 300 + "</p></body></html>").encode()
    records = []
    for n in range(pages):
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
        head = (
            f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/{n}\r\n"
            f"WARC-Date: 2023-05-04T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:{n:032x}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
        ).encode()
        records.append(gzip.compress(head + http + b"\r\n\r\n"))
    path.write_bytes(b"".join(records))
    return b"".join(records)


def test_a_warc_cut_inside_its_first_record_does_not_speak_of_records_before_it(tmp_path: Path) -> None:
    """ "truncated WARC: record 1 is cut short (...); the records before it were read": there are none."""
    whole = _crawl(tmp_path / "c.warc.gz", 3)
    (tmp_path / "first.warc.gz").write_bytes(whole[: len(whole) // 6])
    [doc] = read_documents([tmp_path / "first.warc.gz"])
    assert doc.error is not None and doc.error.startswith("truncated WARC: record 1 is cut short"), doc.error
    assert doc.error.endswith("no record before it, so nothing could be read; re-download it")
    (tmp_path / "third.warc.gz").write_bytes(whole[: len(whole) * 5 // 6])
    docs = list(read_documents([tmp_path / "third.warc.gz"]))
    assert [d.error is None for d in docs] == [True, True, False]
    assert (docs[2].error or "").endswith("the records before it were read; re-download it")


def test_the_last_line_counts_copies_events_and_stories_in_good_english(tmp_path: Path) -> None:
    """ "29017 documents: 29007 articles kept, 10 dropped -> ...": how many were copies and how many
    events and stories the run found was only in the files; and one document was "1 documents"."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.txt").write_text("Storm hits coast\n\n" + BODY + "\n", encoding="utf-8")
    (data / "b.txt").write_text("Storm hits coast\n\n" + BODY + "\n", encoding="utf-8")
    (data / "c.txt").write_bytes(b"")
    result = runner.invoke(app, ["digest", str(data), "-o", str(tmp_path / "out"), "-j", "1", "-q"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].startswith(
        "3 documents: 2 articles kept (1 copy), 1 dropped; 1 event in 1 story -> "
    )
    one = runner.invoke(app, ["timeline", str(data / "a.txt"), "-o", str(tmp_path / "t.jsonl")])
    assert one.exit_code == 0, one.output
    assert one.output.splitlines()[-1] == f"1 document: 1 article in 1 timeline -> {tmp_path / 't.jsonl'}"


@pytest.mark.parametrize("command", [[], ["digest"], ["timeline"], ["summarize"]])
def test_the_help_shows_value_names_not_python_types(command: list[str]) -> None:
    """Each flag read "-q <bool>" (as if it took a value: `-q true`), INPUT "<list[Path]>", -j
    "<int range>": a Python type where a user looks for what to type."""
    shown = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"}).output
    for python_type in ("<bool>", "<list[Path]>", "<int range>", "<path>", "<str>", "<int>"):
        assert python_type not in shown, (python_type, shown)
    if command == ["digest"]:
        assert "OUTDIR" in shown and "N [x>=0]" in shown and "OUTDIR/articles.jsonl" in shown


def test_the_command_list_gives_each_command_one_line() -> None:
    """The commands' rows kept their docstrings' line breaks: "... stories, and write" alone."""
    shown = runner.invoke(app, ["--help"], env={"COLUMNS": "200"}).output
    rows = [line for line in shown.splitlines() if line.startswith("│ ") and not line.startswith("│ -")]
    assert [row.split()[1] for row in rows] == ["digest", "timeline", "summarize"], rows


def test_a_terminal_that_goes_away_while_read_is_the_end_of_the_typing(tmp_path: Path) -> None:
    """The terminal's window closed while `-` read it (EIO): a traceback and exit 1 once it was read
    before the run; now what came is the input (here nothing: no input, exit 2)."""
    import pty

    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [*COMMAND, "digest", "-", "-o", str(tmp_path / "out"), "-j", "1"],
        stdin=slave,
        stderr=subprocess.PIPE,
        text=True,
    )
    os.close(slave)
    assert proc.stderr is not None
    assert "Ctrl-D" in proc.stderr.readline()
    time.sleep(0.5)
    os.close(master)  # the terminal goes: its reader gets EIO
    rest = proc.communicate(timeout=120)[1]
    assert proc.returncode == 2, rest
    assert "Traceback" not in rest and "no input: nothing was typed" in rest


def test_the_progress_clock_counts_the_whole_run_not_each_step(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each step is a task of its own: the elapsed column went back to 0:00:00 at "reporting", so an
    eight-minute run showed a few seconds. The clock counts from the display's start."""
    import newsprism.cli as cli

    now = [1000.0]
    monkeypatch.setattr(cli.time, "monotonic", lambda: now[0])
    monkeypatch.setattr(cli._Said, "is_terminal", property(lambda self: True))  # the display's clock
    progress = cli._progress(False)
    clocks = [c for c in progress.columns if isinstance(c, cli._RunClock)]
    assert len(clocks) == 1
    first = progress.add_task("reading", total=None, counted="documents")
    now[0] += 400
    progress.remove_task(first)
    report = progress.add_task("reporting", total=10, counted="of 10 events")
    now[0] += 75
    assert str(clocks[0].render(progress.tasks[0])) == "0:07:55"
    assert progress.tasks[0].id == report
