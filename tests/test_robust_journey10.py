"""Session 24's command-line audit (robust24): a broken progress stream, journey 10.

Each case runs the command as a user's shell does, in a process of its own, through real pipes.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsprism.ingest import read_documents
from newsprism.records import Document

COMMAND = [sys.executable, "-c", "from newsprism.cli import app; app()"]
OUTPUTS = ["articles.jsonl", "events.jsonl", "stories.jsonl", "quotes.jsonl", "briefing.html", "briefing.md"]
BODY = (
    "A powerful storm hit the northern coast on Monday, cutting power to thousands of homes. Officials "
    "said the storm brought winds of over 100 kilometres per hour.\n\nEmergency crews worked through "
    "the night to restore power on 4 March 2024, the utility company said in a statement on Tuesday."
)


def _heap(tmp_path: Path) -> Path:
    """Three articles and eight files that each make a warning line (empty, binary)."""
    data = tmp_path / "data"
    data.mkdir()
    with (data / "docs.jsonl").open("w", encoding="utf-8") as f:
        for i in range(3):
            record = {"id": f"d{i}", "title": f"Storm hits coast {i}", "text": f"Report {i}. {BODY}"}
            f.write(json.dumps(record | {"published": "2024-03-05", "topic": "storm"}) + "\n")
    for i in range(4):
        (data / f"empty{i}.txt").write_bytes(b"")
        (data / f"blob{i}.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe" * 40)
    return data


def _closed_pipe() -> int:
    """The write end of a pipe whose reader has gone before a byte is written."""
    read, write = os.pipe()
    os.close(read)
    return write


def _run(args: list[str], **streams: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*COMMAND, *args], check=False, timeout=300, **streams)  # type: ignore[call-overload]


# -- 1. the progress stream's reader gone --------------------------------------------------------


def test_digest_whose_lines_reader_has_gone_writes_every_file_and_exits_0(tmp_path: Path) -> None:
    """`digest data -o out 2>&1 | head -1`: the first warning after head's line killed the run
    (rich's SystemExit(1) on the broken pipe, then 141), with no file written."""
    data = _heap(tmp_path)
    lines = _closed_pipe()
    try:
        done = _run(["digest", str(data), "-o", str(tmp_path / "out"), "-j", "1"], stdout=lines, stderr=lines)
    finally:
        os.close(lines)
    assert done.returncode == 0
    said = _run(["digest", str(data), "-o", str(tmp_path / "said"), "-j", "1"], capture_output=True)
    assert said.returncode == 0 and said.stderr.count(b"warning") >= 4  # the lines the pipe refused
    for name in OUTPUTS:
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "said" / name).read_bytes(), name
    assert len((tmp_path / "out" / "articles.jsonl").read_text().splitlines()) == 11


def test_digest_into_head_in_a_shell_gives_head_its_line_and_the_files(tmp_path: Path) -> None:
    """The user's own command line, through the shell's pipe to head."""
    data = _heap(tmp_path)
    command = " ".join(
        [*(f"'{a}'" for a in COMMAND), "digest", str(data), "-o", str(tmp_path / "out"), "-j", "1"]
    )
    done = subprocess.run(
        ["bash", "-c", f"{command} 2>&1 | head -1; exit ${{PIPESTATUS[0]}}"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("warning: ") and done.stdout.count("\n") == 1
    assert all((tmp_path / "out" / name).is_file() for name in OUTPUTS)


def test_timeline_to_a_file_whose_lines_reader_has_gone_writes_the_file(tmp_path: Path) -> None:
    data = _heap(tmp_path)
    lines = _closed_pipe()
    try:
        done = _run(["timeline", str(data), "-o", str(tmp_path / "t.jsonl"), "-j", "1"], stderr=lines)
    finally:
        os.close(lines)
    assert done.returncode == 0
    said = _run(["timeline", str(data), "-o", str(tmp_path / "t2.jsonl"), "-j", "1"], capture_output=True)
    assert said.returncode == 0 and b"warning" in said.stderr
    assert (tmp_path / "t.jsonl").read_bytes() == (tmp_path / "t2.jsonl").read_bytes()
    assert json.loads((tmp_path / "t.jsonl").read_text())["entries"]


def test_summarize_to_a_file_whose_lines_reader_has_gone_writes_the_file(tmp_path: Path) -> None:
    groups = tmp_path / "g.jsonl"
    groups.write_text(json.dumps({"id": "g1", "documents": [{"title": "Storm", "text": BODY}]}) + "\n")
    lines = _closed_pipe()
    try:
        done = _run(["summarize", str(groups), "-o", str(tmp_path / "s.jsonl")], stderr=lines)
    finally:
        os.close(lines)
    assert done.returncode == 0
    assert json.loads((tmp_path / "s.jsonl").read_text())["id"] == "g1"


@pytest.mark.parametrize("command", ["timeline", "summarize"])
def test_standard_output_and_its_lines_in_one_gone_pipe_stop_at_once_with_141(
    tmp_path: Path, command: str
) -> None:
    """`timeline data -o - 2>&1 | head -1`: the output's reader is the lines' reader; when it has
    gone the command stops at its first line (141, as `-o - | head` does), silent."""
    data = _heap(tmp_path)
    groups = tmp_path / "g.jsonl"
    groups.write_text("")  # no group: the warning line comes before any output
    args = ["timeline", str(data), "-j", "1"] if command == "timeline" else ["summarize", str(groups)]
    lines = _closed_pipe()
    try:
        done = _run([*args, "-o", "-"], stdout=lines, stderr=lines)
    finally:
        os.close(lines)
    assert done.returncode == 141


def test_standard_output_read_whole_while_the_lines_reader_has_gone(tmp_path: Path) -> None:
    """`timeline data -o - 2> >(head -1) | jq .`: only the lines' reader has gone; the output goes out whole."""
    data = _heap(tmp_path)
    lines = _closed_pipe()
    try:
        done = _run(["timeline", str(data), "-o", "-", "-j", "1"], stdout=subprocess.PIPE, stderr=lines)
    finally:
        os.close(lines)
    assert done.returncode == 0
    assert json.loads(done.stdout)["entries"]


# -- 3. journey 10 --------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["timeline", "summarize"])
def test_standard_output_into_a_file_the_shell_has_written_to_keeps_what_is_there(
    tmp_path: Path, command: str
) -> None:
    """`{ echo header; newsprism timeline data -o -; echo footer; } > f` (or `> log 2>&1` after a
    warning): /dev/stdout opened by its name is the file again, truncated at offset 0. The header
    was overwritten, and the footer written at the shell's offset left NUL bytes before it."""
    data = _heap(tmp_path)
    groups = tmp_path / "g.jsonl"
    groups.write_text(json.dumps({"id": "g1", "documents": [{"title": "Storm", "text": BODY}]}) + "\n")
    args = ["timeline", str(data), "-j", "1"] if command == "timeline" else ["summarize", str(groups)]
    run = " ".join(f"'{a}'" for a in [*COMMAND, *args, "-o", "-"])
    done = subprocess.run(
        ["bash", "-c", f"{{ echo header; {run}; echo footer; }} > '{tmp_path / 'f'}' 2>&1"],
        check=False,
        timeout=300,
    )
    assert done.returncode == 0
    text = (tmp_path / "f").read_text(encoding="utf-8")
    assert "\0" not in text
    lines = text.splitlines()
    assert lines[0] == "header" and lines[-1] == "footer"
    assert any(line.startswith("warning: ") for line in lines) == (command == "timeline")  # kept, in order
    output = [json.loads(line) for line in lines if line.startswith("{")]
    assert len(output) == 1 and (output[0]["entries"] if command == "timeline" else output[0]["summary"])


def _read(*paths: Path) -> list[Document]:
    return list(read_documents(list(paths)))


def test_a_folder_given_twice_reports_its_broken_link_once(tmp_path: Path) -> None:
    """Its files were read once, but a broken link (an archive, ...) was two dropped rows, `broken~2`."""
    data = _heap(tmp_path)
    (data / "broken.txt").symlink_to("nowhere.txt")
    (data / "loop1.txt").symlink_to("loop2.txt")  # resolved to say each once, a loop raised RuntimeError
    (data / "loop2.txt").symlink_to("loop1.txt")
    (data / "sub").mkdir()
    (data / "sub" / "old.zip").write_bytes(b"PK\x03\x04")
    once = _read(data)
    docs = _read(data, data, data / "sub", Path(f"{data}/./"))
    assert sorted(d.id for d in docs) == sorted(d.id for d in once)
    assert [d.id for d in docs if d.error and "symbolic link" in d.error] == ["broken", "loop1", "loop2"]


@pytest.mark.parametrize(
    ("name", "encoding", "bom"),
    [("le.jsonl", "utf-16-le", "\ufeff"), ("be.jsonl", "utf-16-be", "\ufeff"), ("plain.jsonl", "utf-16", "")],
)
def test_json_lines_in_utf16_with_its_mark_are_read(
    tmp_path: Path, name: str, encoding: str, bom: str
) -> None:
    """What Windows PowerShell writes by default (`Out-File`): it was "malformed JSON on line 1:
    Extra data" and "binary content"."""
    lines = [json.dumps({"id": f"r{i}", "text": f"Café {i}: {BODY}"}, ensure_ascii=False) for i in range(3)]
    (tmp_path / name).write_text(bom + "\r\n".join(lines) + "\r\n", encoding=encoding)  # utf-16: its own mark
    docs = _read(tmp_path / name)
    assert [(d.id, d.error) for d in docs] == [("r0", None), ("r1", None), ("r2", None)]
    assert docs[1].content == f"Café 1: {BODY}"


def test_a_json_list_in_utf32_gzipped_is_read(tmp_path: Path) -> None:
    records = [{"id": "w1", "text": BODY + " 😀"}, {"id": "w2", "text": BODY}]
    (tmp_path / "x.json.gz").write_bytes(gzip.compress(json.dumps(records).encode("utf-32")))
    docs = _read(tmp_path / "x.json.gz")
    assert [(d.id, d.error) for d in docs] == [("w1", None), ("w2", None)]
    assert docs[0].content.endswith("😀")


def test_a_records_fields_of_a_wrong_type_are_each_a_note(tmp_path: Path) -> None:
    """They were left out in silence: no title, outlet or link, an id made up, and no word why."""
    records = [
        {
            "id": ["a", "b"],
            "title": {"main": "Storm"},
            "url": 42,
            "outlet": False,
            "authors": 7,
            "text": BODY,
        },
        {"id": 12, "title": "Storm", "url": None, "outlet": "", "authors": "Jane Doe", "text": BODY},
    ]
    (tmp_path / "r.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    odd, fine = _read(tmp_path / "r.jsonl")
    assert odd.id == "r-1" and odd.title is None and odd.url is None and odd.outlet is None
    assert odd.notes == (
        """the record's 'id' ["a", "b"] is a list, not a string or a whole number: its id is r-1""",
        """the record's 'title' {"main": "Storm"} is an object, not a string: ignored""",
        "the record's 'url' 42 is a number, not a string: ignored",
        "the record's 'outlet' false is a boolean, not a string: ignored",
        "the record's 'authors' 7 is a number, not a name or a list of names: ignored",
    )
    assert fine.id == "12" and fine.notes == () and fine.authors == ("Jane Doe",)


def test_an_html_page_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    """`wget -O page.txt`: its markup was read as the text, and the page dropped, "no article text found"."""
    page = (
        '<?xml version="1.0"?>\n<!-- saved -->\n<!DOCTYPE html>\n<html><head><title>Storm hits coast</title>'
        f"</head><body><article><p>{BODY}</p></article></body></html>"
    )
    (tmp_path / "page.txt").write_text(page)
    (tmp_path / "notes.txt").write_text(f"Storm hits coast\n\n{BODY}\n\nA reader wrote: <html> is a tag.")
    html, text = _read(tmp_path / "page.txt", tmp_path / "notes.txt")
    assert html.kind == "html" and text.kind == "text"


def test_a_control_character_in_a_name_or_a_value_is_shown_escaped(tmp_path: Path) -> None:
    """`name<newline>x.txt` broke its warning over two lines; ESC [31m in a name or a record's
    'published' restyled the user's terminal."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "two\nlines.txt").write_bytes(b"")
    (data / "red\x1b[31m.jsonl").write_text(
        json.dumps({"id": "r", "published": "\x1b[2J", "text": BODY}) + "\n"
    )
    done = _run(["digest", str(data), "-o", str(tmp_path / "out"), "-j", "1"], capture_output=True, text=True)
    assert done.returncode == 0
    assert "\x1b" not in done.stderr
    lines = done.stderr.splitlines()
    assert any(line.endswith("two\\nlines.txt: dropped: empty file") for line in lines), lines
    assert any("red\\x1b[31m.jsonl#line 1: the record's 'published'" in line for line in lines), lines


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["digest", "DATA", "-o", ""], "error: -o is given an empty value ('')"),
        (["digest", "DATA", "--output="], "error: --output is given an empty value ('')"),
        (["digest", "-q", "", "-o", "OUT"], "error: an empty INPUT ('') is given"),
        (
            ["timeline", "DATA", "--group-by", "", "-o", "OUT/t.jsonl"],
            "error: --group-by is given an empty value",
        ),
        (["summarize", "", "-o", "OUT/s.jsonl"], "error: an empty GROUPS ('') is given"),
    ],
)
def test_an_empty_word_is_refused_before_anything_is_read_or_written(
    tmp_path: Path, args: list[str], said: str
) -> None:
    """What `-o "$OUT"` gives with OUT not set: a path of no characters is the current folder, and
    `-o ''` wrote the six outputs among the files there; an empty INPUT read the whole current folder."""
    data = _heap(tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    args = [str(data) if a == "DATA" else a.replace("OUT", str(tmp_path / "out")) for a in args]
    done = _run(args, capture_output=True, text=True, cwd=work)
    assert done.returncode == 2
    first, usage = done.stderr.splitlines()
    assert first.startswith(said) and usage.startswith(f"usage: newsprism {args[0]} ")
    assert not list(work.iterdir()) and not (tmp_path / "out").exists()


def test_an_empty_llm_url_is_the_rewrite_off(tmp_path: Path) -> None:
    """`--llm-url "$LLM_URL"` with none set: as without the option (no rewrite), not an error."""
    groups = tmp_path / "g.jsonl"
    groups.write_text(json.dumps({"id": "g1", "documents": [{"title": "Storm", "text": BODY}]}) + "\n")
    done = _run(
        ["summarize", str(groups), "-o", str(tmp_path / "s.jsonl"), "--llm-url", "", "-q"],
        capture_output=True,
    )
    assert done.returncode == 0 and done.stderr == b""


@pytest.mark.parametrize("where", ["crawl.warc.gz", "crawl.warc.gz/out"])
def test_an_output_folder_that_is_a_file_says_what_to_give(tmp_path: Path, where: str) -> None:
    """It said "...; give another -o folder, or free space or fix the permissions there"."""
    data = _heap(tmp_path)
    (data / "crawl.warc.gz").write_bytes(b"x")
    done = _run(["digest", str(data), "-o", str(data / where)], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.strip().endswith("give -o a folder's name") and "free space" not in done.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_digest_whose_lines_cannot_be_written_writes_every_file_and_exits_0(tmp_path: Path) -> None:
    """`2>>log` on a full disk (here /dev/full: ENOSPC): rich raised OSError at the first warning,
    a traceback nobody saw, exit 1 ("a bug") and no file written."""
    data = _heap(tmp_path)
    with Path("/dev/full").open("wb") as full:
        done = _run(["digest", str(data), "-o", str(tmp_path / "out"), "-j", "1"], stderr=full)
    assert done.returncode == 0
    assert all((tmp_path / "out" / name).is_file() for name in OUTPUTS)


def test_standard_output_closed_is_refused_before_reading(tmp_path: Path) -> None:
    """`timeline data -o - >&-`: the whole input was read, then "error: '/dev/stdout': No such file
    or directory: check the path, its permissions and the free space"."""
    data = _heap(tmp_path)
    done = _run(
        ["timeline", str(data), "-o", "-", "-j", "1"],
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: os.close(1),
    )
    assert done.returncode == 2
    assert (
        done.stderr
        == "error: -o -: standard output is closed, so there is nothing to write to: give -o a file\n"
    )


def test_json_lines_in_utf16_piped_in_are_read_as_records(tmp_path: Path) -> None:
    """`cat export.jsonl | newsprism digest -`: the sniff read the UTF-16 bytes as no JSON."""
    lines = [json.dumps({"id": f"r{i}", "text": f"Report {i}. {BODY}"}) for i in range(2)]
    data = "\r\n".join(lines).encode("utf-16")
    done = _run(
        ["digest", "-", "-o", str(tmp_path / "out"), "-j", "1", "-q"], input=data, capture_output=True
    )
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in (tmp_path / "out" / "articles.jsonl").read_text().splitlines()]
    assert [(r["id"], r["dropped"]) for r in rows] == [("r0", None), ("r1", None)]


@pytest.mark.parametrize("again", ["itself", "an empty folder"])
def test_a_run_that_reads_nothing_leaves_the_earlier_outputs(tmp_path: Path, again: str) -> None:
    """`digest out -o out` (its own outputs are not read back) or an empty folder into `out`: six
    empty files replaced the earlier run's results, and the warning said "a folder is read for files
    named .jsonl ..." of a folder holding articles.jsonl."""
    out = tmp_path / "out"
    first = _run(["digest", str(_heap(tmp_path)), "-o", str(out), "-j", "1", "-q"], capture_output=True)
    assert first.returncode == 0
    before = {name: (out / name).read_bytes() for name in OUTPUTS}
    (tmp_path / "empty").mkdir()
    source = out if again == "itself" else tmp_path / "empty"
    done = _run(["digest", str(source), "-o", str(out), "-j", "1"], capture_output=True, text=True)
    assert done.returncode == 0
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == before
    lines = done.stderr.splitlines()
    assert lines[-1] == f"nothing read, nothing written: the earlier outputs in {out} are left as they were"
    if again == "itself":
        assert f"to digest its articles again, name {out / 'articles.jsonl'} and give another -o" in lines[0]


def test_a_page_named_like_an_option_is_named_in_the_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`digest -n.txt -o out` said "no such option: -n", and `digest -- -n.txt -o out` "no -o given"."""
    from typer.testing import CliRunner

    from newsprism.cli import app

    monkeypatch.chdir(tmp_path)
    Path("-n.txt").write_text(f"Storm hits coast\n\n{BODY}\n")
    runner = CliRunner()
    said = runner.invoke(app, ["digest", "-n.txt", "-o", "out"])
    assert said.exit_code == 2
    assert said.output.splitlines()[0] == (
        "error: no such option: -n ('-n.txt' is a file: name it ./-n.txt, or put -- before the inputs and -o before --)"
    )
    said = runner.invoke(app, ["digest", "--", "-n.txt", "-o", "out"])
    assert said.exit_code == 2
    assert said.output.splitlines()[0].endswith("-o OUTDIR before -- (every word after -- is an input)")
    assert runner.invoke(app, ["digest", "-o", "out", "-j", "1", "--", "-n.txt"]).exit_code == 0


def test_a_link_to_a_folder_elsewhere_is_a_row_saying_how_to_read_it(tmp_path: Path) -> None:
    """`heap/2024 -> /mnt/archive/2024`: links to folders are not followed, and its pages were
    passed over in silence. A link within the folder read stays silent: its files are read there."""
    data = _heap(tmp_path)
    (data / "sub").mkdir()
    (data / "sub" / "s.txt").write_text(f"Storm hits coast\n\n{BODY}\n")
    elsewhere = tmp_path / "archive"
    elsewhere.mkdir()
    (elsewhere / "e.txt").write_text(f"Storm hits coast\n\n{BODY}\n")
    (data / "2024").symlink_to(elsewhere)
    (data / "again").symlink_to(data / "sub")
    (data / "up").symlink_to(".")
    docs = {d.id: d for d in _read(data)}
    assert docs["2024"].error == (
        f"a link to a folder elsewhere ('{elsewhere}'): not followed (a folder is read once, and a loop "
        "of links never); name it on the command line to read it"
    )
    assert "again" not in docs and "up" not in docs and docs["s"].error is None and "e" not in docs
    assert {d.id for d in _read(data / "2024")} == {"e"}
