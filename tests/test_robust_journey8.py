"""robust22: a user's journey, audit 8. Warnings under -j N counted once for the run, usage errors
in two plain lines, the journey's odd inputs (a symlink loop, an unreadable file, names in other
bytes, a 0-byte .gz, a .zip of folders, Ctrl-C), and session 21's changes reviewed."""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsprism.cli as cli
import newsprism.report as report
import newsprism.workers as workers
from newsprism.cli import app

runner = CliRunner()

# Six happenings far apart in time and words: six events in several stories, so the report stage
# forks its pool (one story is reported in-process)
HAPPENINGS = [
    (
        "2021-01-04",
        "PARIS (Reuters) - The French trade minister signed a wine export accord with Chile after "
        "two days of talks on tariffs, the ministry said.",
    ),
    (
        "2021-04-12",
        "LAGOS - Floodwaters swept through lagoon suburbs on Monday, forcing fishermen and market "
        "traders from their homes, emergency services reported.",
    ),
    (
        "2021-07-20",
        "TOKYO (AP) - The Bank of Japan held interest rates below zero and bought more government "
        "bonds, Governor Haruhiko Kuroda told reporters.",
    ),
    (
        "2021-10-05",
        "LIMA - Copper miners in southern Peru walked off the job demanding higher wages, a union "
        "leader told local radio.",
    ),
    (
        "2022-02-14",
        "OSLO - Norway's supreme court struck down a cod fishing quota set by the coastal ministry, "
        "ruling it broke a 1990 treaty.",
    ),
    (
        "2022-06-30",
        "DENVER (AP) - Wildfire crews battled a blaze that burned pine forest near Boulder canyon "
        "as residents fled with pets and photographs.",
    ),
]


def _happenings(path: Path) -> Path:
    with path.open("w") as f:
        for t, (date, text) in enumerate(HAPPENINGS):
            for k in range(2):
                record = {
                    "id": f"t{t}-{k}",
                    "text": text + ("" if k else " More was expected."),
                    "outlet": f"Outlet {k}",
                    "published": date,
                }
                f.write(json.dumps(record) + "\n")
    return path


def _warnings(output: str) -> list[str]:
    return [x for x in output.splitlines() if x.startswith("warning")]


# -- 1. warnings under -j N: one cap for the run ---------------------------------------------------


def _log_five(n: int) -> int:
    log = logging.getLogger("newsprism.report")
    for i in range(5):
        log.warning("event %s: no report", f"w{n}-{i}")
    return n


def test_forked_workers_warnings_are_capped_and_counted_once(capsys: pytest.CaptureFixture[str]) -> None:
    """Each forked copy of the handler counted on its own: two workers printed twice the cap, and
    their rest was never counted (the parent's 'and N more' saw none of it)."""
    with cli._log_lines():
        with multiprocessing.get_context("fork").Pool(2) as pool:
            assert sorted(pool.map(_log_five, range(4), chunksize=1)) == [0, 1, 2, 3]
        logging.getLogger("newsprism.report").warning("event %s: no report", "parent")
    lines = _warnings(capsys.readouterr().err)
    assert len(lines) == 4
    assert all(x.startswith("warning: event ") and x.endswith(": no report") for x in lines[:3])
    assert lines[3] == "warning: and 18 more, event ...: no report"  # 4 x 5 + 1 = 21, 3 shown


def test_a_report_workers_warnings_under_j2_are_counted_for_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`digest -j 2` where every event's report fails: three lines and the right count of the rest
    (before: up to three per worker and no count; under the test runner, none at all)."""
    monkeypatch.setattr(workers, "_cores", lambda: 2)

    def boom(*args: object, **kwargs: object) -> None:
        raise ValueError("boom")

    monkeypatch.setattr(report, "report_event", boom)
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["digest", str(_happenings(tmp_path / "docs.jsonl")), "-o", str(out), "-j", "2"]
    )
    assert result.exit_code == 0, result.output
    events = len((out / "events.jsonl").read_text().splitlines())
    assert events > 3 and len((out / "stories.jsonl").read_text().splitlines()) > 1
    lines = _warnings(result.output)
    assert len(lines) == 4, result.output
    assert all(": no report (ValueError: boom)" in x for x in lines[:3])
    assert lines[3].startswith(f"warning: and {events - 3} more, event ...: no report")


def test_a_pages_extractor_failure_is_said_once_with_its_page_and_not_with_q(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """html_body logs "readability failed" and puts the same line in the article's notes: the
    command printed it twice (the log's line without the page, up to three per worker, even with
    -q). Now once, with the page, capped with the other per-document lines, in articles.jsonl."""
    import newsprism.extract.html_body as html_body

    class Boom:
        def __init__(self, *args: object, **kwargs: object) -> None:
            raise ValueError("boom")

    monkeypatch.setattr(html_body, "_Readability", Boom)
    monkeypatch.setattr(workers, "_cores", lambda: 2)
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        "".join(
            json.dumps({"id": f"p{i}", "html": f"<html><body><p>{HAPPENINGS[i % 6][1]}</p></body></html>"})
            + "\n"
            for i in range(12)
        )
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["digest", str(docs), "-o", str(out), "-j", "2"])
    assert result.exit_code == 0, result.output
    said = [x for x in _warnings(result.output) if "readability failed" in x]
    assert len(said) == 4, result.output
    assert all(x.startswith(f"warning: {docs}#line ") for x in said[:3])
    assert said[3] == (
        "warning: and 9 more, readability failed on the page (ValueError: boom); the text was read without "
        f"it; each is in {out / 'articles.jsonl'} in its article's notes"
    )
    rows = [json.loads(x) for x in (out / "articles.jsonl").read_text().splitlines()]
    assert all(any("readability failed" in n for n in r["notes"]) for r in rows)
    quiet = runner.invoke(app, ["digest", str(docs), "-o", str(out), "-j", "2", "-q"])
    assert quiet.exit_code == 0 and _warnings(quiet.output) == []


def _letters(n: int) -> str:
    """n in letters (no digits: digits are one kind whatever they are)."""
    return "".join("abcdefghij"[int(d)] for d in str(n))


def test_warnings_of_many_kinds_stay_a_screenful(tmp_path: Path) -> None:
    """Every record with its own unreadable 'published' is a kind of its own: 3 lines of each of
    500 kinds. Now at most 20 lines, 8 count lines, and one line for the rest."""
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        "".join(
            json.dumps({"id": f"d{i}", "text": HAPPENINGS[0][1], "published": f"Posted by {_letters(i)}"})
            + "\n"
            for i in range(500)
        )
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["digest", str(docs), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    lines = _warnings(result.output)
    assert len(lines) == 20 + 8 + 1, lines[-3:]
    assert lines[20].startswith("warning: and 1 more, the record's 'published' 'Posted by ")
    assert (
        lines[-1] == f"warning: and 472 more warnings of 472 other kinds; each is in {out / 'articles.jsonl'}"
    )
    notes = [json.loads(x).get("notes") for x in (out / "articles.jsonl").read_text().splitlines()]
    assert all(n and "is not a date newsprism reads" in n[0] for n in notes)


# -- 2. usage errors: two plain lines, exit 2 -------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "first"),
    [
        (["digest", "--bogus", "x", "-o", "o"], "error: no such option: --bogus"),
        (["digest", "-o", "o"], "error: no INPUT given: name the files or folders of news pages to read"),
        (["digest", "x"], "error: no -o given: name the folder to write the outputs in: -o OUTDIR"),
        (["digest", "x", "-o", "o", "-j", "abc"], "error: invalid value for '-j' / '--jobs': "),
        (["digest", "x", "-o", "o", "-j", "-1"], "error: invalid value for '-j' / '--jobs': "),
        (["digest", "x", "-o", "o", "--date-from", "2020-01-01"], "error: no such option: --date-from"),
        (["timeline", "x"], "error: no -o given: name the file to write: -o FILE"),
        (["timeline", "-o", "t.jsonl"], "error: no INPUT given: "),
        (["summarize"], "error: no GROUPS.jsonl given: name the file of groups to summarise"),
        (["summarize", "a", "b", "-o", "c"], "error: got unexpected extra argument(s) (b)"),
        (["summarize", "g", "-o", "s", "--words", "0"], "error: invalid value for '--words': "),
        (["digst"], "error: no such command 'digst'. Did you mean 'digest'?"),
        (["--bogus"], "error: no such option: --bogus"),
    ],
)
def test_a_usage_error_is_two_plain_lines_and_exit_2(args: list[str], first: str) -> None:
    """typer drew a box of 3-5 lines ('Usage: newsprism digest [OPTIONS] {inputs}...', 'Try ...',
    a framed message) whose usage line did not name the required -o."""
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert len(lines) == 2, result.output
    assert lines[0].startswith(first), lines[0]
    command = args[0] if args[0] in ("digest", "timeline", "summarize") else None
    assert lines[1].startswith(f"usage: newsprism {command or 'digest|timeline|summarize'}")
    assert lines[1].endswith(f"(newsprism {command + ' ' if command else ''}--help says more)")
    assert "╭" not in result.output and "│" not in result.output


def test_usage_errors_of_the_installed_command_are_two_lines() -> None:
    """The same through the console script's entry point (app(), not the test runner)."""
    done = subprocess.run(
        [sys.executable, "-c", "from newsprism.cli import app; app()", "digest", "x"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert (
        done.stderr.splitlines()[0]
        == "error: no -o given: name the folder to write the outputs in: -o OUTDIR"
    )
    assert len(done.stderr.splitlines()) == 2 and done.stdout == ""


def test_help_and_no_arguments_are_as_before() -> None:
    assert runner.invoke(app, ["digest", "--help"]).exit_code == 0
    top = runner.invoke(app, [])
    assert top.exit_code == 2 and "digest" in top.output and "error:" not in top.output


def test_help_says_the_exit_statuses() -> None:
    shown = " ".join(runner.invoke(app, ["--help"]).output.replace("│", " ").split())
    assert "Exit status: 0 the run is done" in shown
    assert "2 the command line, an input path or the output cannot be used" in shown
    assert "130 interrupted (Ctrl-C)" in shown
    assert "141 the reader of -o - stopped reading (| head)" in shown


# -- 3. the journey: odd folders and files --------------------------------------------------------

STORY = "The minister arrived in Paris on Monday for talks on trade with the French president.\n"


def _deny(monkeypatch: pytest.MonkeyPatch, *denied: Path) -> None:
    """os.access says no for `denied` (the tests run as root, who reads any file whatever its mode)."""
    real = os.access
    names = {str(p) for p in denied}
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: str(p) not in names and real(p, mode, **kw))


def _rows(out: Path) -> dict[str, dict[str, object]]:
    return {r["id"]: r for r in map(json.loads, (out / "articles.jsonl").read_text().splitlines())}


def test_an_unreadable_file_or_folder_in_a_folder_is_a_row_saying_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It said "read error (PermissionError: [Errno 13] Permission denied: 'x'); re-download or
    re-compress it" (a file), as if the file were damaged."""
    data = tmp_path / "data"
    (data / "locked").mkdir(parents=True)
    (data / "a.txt").write_text(STORY)
    (data / "secret.txt").write_text(STORY.replace("Paris", "Rome"))
    (data / "secret.jsonl").write_text(json.dumps({"id": "s", "text": STORY}) + "\n")
    (data / "locked" / "in.txt").write_text(STORY)
    _deny(monkeypatch, data / "secret.txt", data / "secret.jsonl", data / "locked")
    monkeypatch.setattr(os, "scandir", _scandir_denying(data / "locked"))
    out = tmp_path / "out"
    result = runner.invoke(app, ["digest", str(data), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    rows = _rows(out)
    said = "permission denied: let the user running newsprism read it (chmod a+r), or leave it out"
    assert rows["secret"]["dropped"] == f"cannot read the file: {said}"
    assert rows["secret~2"]["dropped"] == f"cannot read the file: {said}"
    assert rows["locked"]["dropped"] == f"cannot list folder: {said.replace('a+r', 'a+rx')}"
    assert rows["a"]["dropped"] is None


def _scandir_denying(folder: Path):  # noqa: ANN202 - os.scandir's own type
    real = os.scandir

    def scandir(path: object = ".") -> object:
        if str(path) == str(folder):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    return scandir


@pytest.mark.parametrize("command", ["digest", "timeline", "summarize"])
def test_an_unreadable_input_named_stops_the_run_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """typer said "Invalid value for 'inputs': path 'x' is not readable." in its box, after the
    usage, as if the command line were wrong (and a root user's run was never refused)."""
    secret = tmp_path / "secret.jsonl"
    secret.write_text(json.dumps({"id": "s", "text": STORY}) + "\n")
    _deny(monkeypatch, secret)
    out = tmp_path / ("out" if command == "digest" else "out.jsonl")
    result = runner.invoke(app, [command, str(secret), "-o", str(out)])
    assert result.exit_code == 2
    what = "GROUPS file" if command == "summarize" else "input file"
    assert result.output.splitlines() == [
        f"error: cannot read the {what} '{secret}': permission denied: let the user running newsprism "
        "read it (chmod a+r)" + ("" if command == "summarize" else ", or leave it out")
    ]
    assert not out.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_a_file_of_mode_000_is_a_row(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "secret.txt").write_text(STORY)
    (tmp_path / "secret.txt").chmod(0)
    out = tmp_path / "out"
    assert runner.invoke(app, ["digest", str(tmp_path), "-o", str(out), "-j", "1"]).exit_code == 0
    assert "permission denied" in str(_rows(out)["secret"]["dropped"])


def test_names_that_differ_in_odd_bytes_keep_sources_that_tell_them_apart(tmp_path: Path) -> None:
    """Both sources read 'caf\ufffd.txt': which file a row was could not be told."""
    for name, city in ((b"caf\xe9.txt", "Lyon"), (b"caf\xe8.txt", "Nice")):
        with open(os.fsencode(tmp_path) + b"/" + name, "wb") as f:
            f.write(STORY.replace("Paris", city).encode())
    out = tmp_path / "out"
    assert runner.invoke(app, ["digest", str(tmp_path), "-o", str(out), "-j", "1"]).exit_code == 0
    sources = sorted(str(r["source"]).rsplit("/", 1)[1] for r in _rows(out).values())
    assert sources == ["caf\\xe8.txt", "caf\\xe9.txt"]
    assert sorted(_rows(out)) == ["caf\ufffd", "caf\ufffd~2"]
    (out / "articles.jsonl").read_bytes().decode("utf-8")  # written as UTF-8


def test_a_folder_with_a_link_to_itself_and_a_loop_of_links_is_read_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "sub").mkdir(parents=True)
    (data / "a.txt").write_text(STORY)
    (data / "sub" / "up").symlink_to("..")
    (data / "loop.txt").symlink_to("loop.txt")
    out = tmp_path / "out"
    result = runner.invoke(app, ["digest", str(data), "-o", str(out), "-j", "1", "-q"])
    assert result.exit_code == 0, result.output
    rows = _rows(out)
    assert sorted(rows) == ["a", "loop"]
    assert rows["loop"]["dropped"] == (
        "cannot read the file: it is a symbolic link that goes round in a loop of links (it points to "
        "'loop.txt'); fix or remove the link"
    )


def test_empty_gz_files_and_a_zip_of_folders_are_rows(tmp_path: Path) -> None:
    import zipfile

    (tmp_path / "e.jsonl.gz").write_bytes(b"")
    (tmp_path / "e.txt.gz").write_bytes(b"")
    with zipfile.ZipFile(tmp_path / "folders.zip", "w") as zf:
        zf.writestr("inner/", "")
        zf.writestr("inner/deeper/x.txt", STORY)
    out = tmp_path / "out"
    assert runner.invoke(app, ["digest", str(tmp_path), "-o", str(out), "-j", "1", "-q"]).exit_code == 0
    rows = _rows(out)
    assert rows["e"]["dropped"] == "empty file" and rows["e~2"]["dropped"] == "empty file"
    assert str(rows["folders"]["dropped"]).endswith("unzip it and give the folder")
    named = runner.invoke(app, ["digest", str(tmp_path / "e.txt.gz"), "-o", str(out), "-j", "1"])
    assert named.exit_code == 0 and "dropped: empty file" in named.output


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
@pytest.mark.parametrize("command", ["timeline", "summarize"])
def test_a_full_disk_names_the_output_file(tmp_path: Path, command: str) -> None:
    """A write's error carries no file name: it said "error: No space left on device: check the
    path, its permissions and the free space", naming no file."""
    if command == "timeline":
        (tmp_path / "a.txt").write_text(STORY)
        src = tmp_path / "a.txt"
    else:
        src = tmp_path / "g.jsonl"
        src.write_text(json.dumps({"id": "g", "documents": [{"title": "Talks", "text": STORY}]}) + "\n")
    result = runner.invoke(app, [command, str(src), "-o", "/dev/full", "-q"])
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == (
        "error: '/dev/full': No space left on device: free some space there or give another -o"
    )


def test_standard_input_at_a_terminal_says_what_it_waits_for(tmp_path: Path) -> None:
    """`newsprism digest - -o out` with nothing piped sat waiting on the terminal without a word."""
    import pty

    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from newsprism.cli import app; app()",
            "digest",
            "-",
            "-o",
            str(tmp_path / "out"),
            "-j",
            "1",
        ],
        stdin=slave,
        stderr=subprocess.PIPE,
        text=True,
    )
    os.close(slave)
    assert proc.stderr is not None
    first = proc.stderr.readline()
    assert first.startswith("reading the documents from the terminal (standard input, -): type or paste them")
    os.write(master, STORY.encode() + b"\n\x04")  # the text, then Ctrl-D
    rest = proc.communicate(timeout=120)[1]
    os.close(master)
    assert proc.returncode == 0, rest
    assert _rows(tmp_path / "out")["stdin"]["dropped"] is None


# -- Ctrl-C ---------------------------------------------------------------------------------------


def test_ctrl_c_before_the_work_begins_says_nothing_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C while a command's modules load (before its work): typer exited 130 without a word."""

    def interrupted(jobs: int, quiet: bool) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_workers", interrupted)
    (tmp_path / "a.txt").write_text(STORY)
    result = runner.invoke(app, ["digest", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 130
    assert result.output.splitlines() == ["interrupted: before any output was written; run the command again"]


# The command, made to stop mid-run: once it has written its first line (timeline, summarize) or
# articles.jsonl (digest) in its scratch place, it touches MARKER and waits for the Ctrl-C.
_SLOW = """
import contextlib, sys, time, pathlib
import newsprism.pipeline as pipeline, newsprism.summarise as summarise, newsprism.timeline as timeline
from newsprism.output import files
marker = pathlib.Path(sys.argv.pop(1))
def stop():
    marker.touch()
    time.sleep(120)
@contextlib.contextmanager
def slow(path):
    with files.replacing(path) as f:
        class Slow:
            def write(self, s):
                f.write(s)
                f.flush()
                stop()
        yield Slow()
timeline.replacing = summarise.replacing = slow
linked = pipeline.write_linked
pipeline.write_linked = lambda *a: (linked(*a), stop())
from newsprism.cli import app
app()
"""


@pytest.mark.parametrize("command", ["digest", "timeline", "summarize"])
def test_ctrl_c_mid_run_leaves_the_earlier_output_whole_and_a_rerun_works(
    tmp_path: Path, command: str
) -> None:
    """SIGINT to the process group (a terminal's Ctrl-C) while the command writes: exit 130, one
    line, the earlier output as it was, no scratch file left; the re-run writes the same output."""
    import signal
    import time

    docs = _happenings(tmp_path / "docs.jsonl")
    groups = tmp_path / "g.jsonl"
    groups.write_text(
        "".join(
            json.dumps({"id": f"g{i}", "documents": [{"text": t}, {"text": t}]}) + "\n"
            for i, (_, t) in enumerate(HAPPENINGS)
        )
    )
    args, output = {
        "digest": (
            ["digest", str(docs), "-o", str(tmp_path / "out"), "-j", "2"],
            tmp_path / "out" / "articles.jsonl",
        ),
        "timeline": (["timeline", str(docs), "-o", str(tmp_path / "t.jsonl")], tmp_path / "t.jsonl"),
        "summarize": (["summarize", str(groups), "-o", str(tmp_path / "s.jsonl")], tmp_path / "s.jsonl"),
    }[command]
    run = [sys.executable, "-c", "from newsprism.cli import app; app()", *args]
    assert subprocess.run(run, capture_output=True, check=False).returncode == 0
    whole = output.read_bytes()
    marker = tmp_path / "marker"
    proc = subprocess.Popen(
        [sys.executable, "-c", _SLOW, str(marker), *args],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        # as at a terminal: a command started in the background inherits SIGINT ignored
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        while not marker.exists() and proc.poll() is None:
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGINT)
    finally:
        err = proc.communicate(timeout=120)[1]
    assert proc.returncode == 130, err
    # what is left but the progress lines a stderr that is no terminal gets ("0:00:04 writing")
    lines = [x for x in err.splitlines() if x.strip() and not re.match(r"\d+:\d\d:\d\d ", x)]
    assert lines == [
        f"interrupted: nothing new was written to {output.parent if command == 'digest' else output} "
        "(what was there is left as it was); run the command again to write it"
    ], err
    assert output.read_bytes() == whole
    assert [p.name for p in output.parent.iterdir() if p.name.startswith(".")] == []
    assert subprocess.run(run, capture_output=True, check=False).returncode == 0
    assert output.read_bytes() == whole


# -- a file that grows while it is read -----------------------------------------------------------


def _grow_records(n: int) -> list[bytes]:
    return [(json.dumps({"id": f"r{i}", "text": STORY}) + "\n").encode() for i in range(n)]


def test_a_jsonl_file_still_being_written_says_so_not_cut_short(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A scraper still appending: the reader met the end inside a line, and said "cut short (a
    download ... stopped early?): re-download it". The writer adds the rest while the reader waits
    (time.sleep here stands for the writer's next write)."""
    import newsprism.ingest.jsonl as jsonl
    from newsprism.ingest import read_documents

    lines = _grow_records(3)
    path = tmp_path / "feed.jsonl"
    path.write_bytes(lines[0] + lines[1] + lines[2][:20])

    def writer_writes(seconds: float) -> None:
        with path.open("ab") as f:
            f.write(lines[2][20:])

    monkeypatch.setattr(jsonl.time, "sleep", writer_writes)
    docs = list(read_documents([path]))
    assert [d.id for d in docs] == ["r0", "r1", "feed-3"]
    assert docs[2].error == (
        "line 3: the file was still being written while it was read (it has grown since): this line and the "
        "ones after it were not read; run again once it is complete"
    )


def test_a_jsonl_file_that_grew_after_its_last_whole_line_says_what_was_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lines written after the reader reached the end were lost unsaid."""
    import newsprism.ingest.jsonl as jsonl
    from newsprism.ingest import read_documents
    from newsprism.ingest.streams import input_size

    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"".join(_grow_records(2)))
    monkeypatch.setattr(jsonl, "input_size", lambda p: (input_size(p) or 0) + 500)  # written since
    docs = list(read_documents([path]))
    assert [d.id for d in docs] == ["r0", "r1", "feed-3"]
    assert docs[2].error == (
        "the file was still being written while it was read (it has grown since): the lines after line 2 "
        "were not read; run again once it is complete"
    )


def test_a_file_cut_short_and_not_growing_is_still_cut_short(tmp_path: Path) -> None:
    from newsprism.ingest import read_documents

    lines = _grow_records(2)
    (tmp_path / "cut.jsonl").write_bytes(lines[0] + lines[1][:20])
    docs = list(read_documents([tmp_path / "cut.jsonl"]))
    assert [d.id for d in docs] == ["r0", "cut-2"]
    assert "the input ends inside this record; it was cut short" in (docs[1].error or "")


def test_standard_input_at_a_terminal_ends_at_the_first_ctrl_d(tmp_path: Path) -> None:
    """A terminal's Ctrl-D is one empty read, and the next read waits for more: `digest -` took
    five Ctrl-D (one per look the readers take) before it went on."""
    import pty
    import threading

    from newsprism.ingest import read_documents

    master, slave = pty.openpty()
    os.write(master, STORY.encode() + b"\x04")  # a line, then Ctrl-D: the terminal holds both
    docs: list[object] = []
    reader = threading.Thread(
        target=lambda: docs.extend(read_documents([Path(os.ttyname(slave))])), daemon=True
    )
    reader.start()
    reader.join(timeout=60)
    waited = reader.is_alive()
    os.close(master)  # a reader still waiting gets EIO and ends
    reader.join(timeout=10)
    os.close(slave)
    assert not waited, "still waiting for a second Ctrl-D"
    assert len(docs) == 1 and getattr(docs[0], "content", "").startswith("The minister")


# -- 4. session 21's changes, reviewed ------------------------------------------------------------


def test_summarize_to_standard_output_redirected_to_a_file(tmp_path: Path) -> None:
    """`summarize g.jsonl -o - > s.jsonl`: robust21's whole-or-nothing writing took /dev/stdout,
    which then leads to a regular file, for a file to replace: a scratch file in /dev moved over
    the /dev/stdout link (root), or a failed run (anyone else)."""
    groups = tmp_path / "g.jsonl"
    groups.write_text(json.dumps({"id": "g", "documents": [{"title": "Talks", "text": STORY}]}) + "\n")
    with (tmp_path / "s.jsonl").open("w") as out:
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                "from newsprism.cli import app; app()",
                "summarize",
                str(groups),
                "-o",
                "-",
            ],
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / "s.jsonl").read_text())["id"] == "g"
    assert Path("/dev/stdout").is_symlink() or not Path("/dev/stdout").is_file()


@pytest.mark.parametrize("command", ["timeline", "summarize"])
def test_standard_output_closed_early_by_its_reader_ends_in_silence(tmp_path: Path, command: str) -> None:
    """`-o - | head -1`: "error: Broken pipe: check the path, its permissions and the free space",
    exit 2. Now no word and 141, as `cat` gives."""
    docs = tmp_path / "docs.jsonl"
    groups = tmp_path / "g.jsonl"
    with docs.open("w") as d, groups.open("w") as g:
        for i in range(300):  # far more than a pipe holds (64 KB)
            text = f"Report {i}: " + STORY * 6
            d.write(
                json.dumps({"id": f"d{i}", "text": text, "topic": f"t{i}", "published": "2024-03-04"}) + "\n"
            )
            g.write(json.dumps({"id": f"g{i}", "documents": [{"title": f"T{i}", "text": text}]}) + "\n")
    args = (
        ["timeline", str(docs), "--group-by", "topic"]
        if command == "timeline"
        else ["summarize", str(groups)]
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", "from newsprism.cli import app; app()", *args, "-o", "-", "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=300) == 141, err
    assert err == ""


def test_timeline_of_a_missing_input_leaves_no_new_folder(tmp_path: Path) -> None:
    """robust21 made -o's folder before any reading, so `timeline nope.jsonl -o new/t.jsonl` left
    an empty folder `new` after its error."""
    result = runner.invoke(
        app, ["timeline", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "new" / "t.jsonl")]
    )
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        f"error: input path '{tmp_path / 'nope.jsonl'}' does not exist: give a file or a folder of news pages"
    ]
    assert not (tmp_path / "new").exists()


def test_ctrl_c_on_standard_output_redirected_to_a_file_says_it_stops_where_cut(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Standard output is written as it goes whatever it leads to: a file changed there is cut,
    not "written whole" (a regular file's message)."""
    import newsprism.timeline as timeline

    target = tmp_path / "t.jsonl"
    with target.open("w") as held:
        through = Path(f"/proc/self/fd/{held.fileno()}")
        if not through.exists():
            pytest.skip("no /proc/self/fd")

        def cut(paths: object, output: Path, **_: object) -> None:
            with Path(output).open("w") as f:
                f.write('{"topic": "a", "entries": [')
            raise KeyboardInterrupt

        monkeypatch.setattr(timeline, "write_timelines", cut)
        (tmp_path / "a.txt").write_text(STORY)
        result = runner.invoke(app, ["timeline", str(tmp_path / "a.txt"), "-o", str(through)])
    assert result.exit_code == 130
    assert result.output.splitlines() == [
        f"interrupted: the output to {through} stops where it was cut; run the command again to write it"
    ]


def test_ctrl_c_while_the_program_loads_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    """A Ctrl-C in the first second (the modules loading, before any command code) printed the
    traceback of whatever was being imported. As the `newsprism` program, one line and 130; as a
    module another program imports, Python's own Ctrl-C is left alone."""
    import signal

    program = tmp_path / "newsprism"
    program.write_text(
        "import os, signal, sys\n"
        "import newsprism.cli\n"
        "os.kill(os.getpid(), signal.SIGINT)\n"
        "import time; time.sleep(5)\n"
        "print('not interrupted')\n"
    )
    done = subprocess.run(
        [sys.executable, str(program)],
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.default_int_handler),
    )
    assert done.returncode == 130
    assert done.stderr == "interrupted: before any output was written; run the command again\n"
    assert signal.getsignal(signal.SIGINT) is not cli._interrupted_early  # imported here: left alone


def test_warnings_are_said_without_scratch_space(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The workers' relay is a scratch file: with none to be had (TMPDIR full or read-only) the
    command still runs, and each process says its warnings itself."""
    import tempfile

    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tempfile, "TemporaryFile", no_space)
    with cli._log_lines():
        with multiprocessing.get_context("fork").Pool(1) as pool:
            assert pool.map(_log_five, [0]) == [0]
        logging.getLogger("newsprism.report").warning("event %s: no report", "parent")
    lines = _warnings(capsys.readouterr().err)
    assert lines[-1] == "warning: event parent: no report"  # the worker's went to its own stderr
