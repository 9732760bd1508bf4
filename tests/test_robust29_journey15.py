"""Journey 15 (session 29): files of another format under a page's or a container's name, one
interface for the progress display, and what a new user met running the README's commands on a
folder of mixed inputs.

Each test failed on the code before its fix, but for the controls named so. The words inside the
made-up files are the seeds' (../shared/seeds/000_*.txt, Blinken's visit to Beijing)."""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.console import Console
from rich.progress import Progress, ProgressColumn
from typer.testing import CliRunner

from newsprism import cli
from newsprism.ingest import read_documents

# the first sentence of the seeds' first page
SENTENCE = (
    "US Secretary of State Antony Blinken has landed in Beijing ahead of meetings with top Chinese officials."
)


def _tiny_pdf(text: str) -> bytes:
    """A one-page PDF as a text editor or a small generator writes it: all ASCII, no binary
    comment line, so no control byte says it is not text."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET"
    return (
        "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
        "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n"
        f"4 0 obj\n<< /Length {len(stream)} >>\nstream\n{stream}\nendstream\nendobj\n"
        "trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    ).encode("ascii")


def _stored_zip(name: str, data: bytes) -> bytes:
    """A zip that stores its file uncompressed (zip -0, many a download tool): the file's own bytes
    are there as they are, under a header of a few dozen bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as z:
        z.writestr(name, data)
    return buffer.getvalue()


def _page() -> bytes:
    body = f"<p>{SENTENCE}</p>" * 20
    return f"<!doctype html><html><head><title>Blinken in Beijing</title></head><body>{body}</body></html>".encode()


# -- 1. a file of another format under a text name ----------------------------------------------


@pytest.mark.parametrize("name", ["report.html", "report.txt", "report", "report.html.gz"])
def test_a_tiny_pdf_under_a_page_name_is_said_to_be_a_pdf(tmp_path: Path, name: str) -> None:
    """A small PDF is mostly ASCII, so the control-byte test took it for text: named .html it was
    "no article text found on the page", named .txt (or gzip'd) a kept article of its
    "obj << /Type /Catalog >>"."""
    data = _tiny_pdf(SENTENCE)
    (tmp_path / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    [doc] = read_documents([tmp_path / name])
    assert (
        doc.error == "binary content (a PDF), not text or HTML: convert it to text (pdftotext) and give that"
    )
    assert doc.content == ""


@pytest.mark.parametrize(
    ("name", "expected"),
    [("news.jsonl", "JSON Lines"), ("news.json", "JSON"), ("feed.xml", "an RSS or Atom feed")],
)
def test_a_pdf_named_as_a_container_is_one_row_saying_so(tmp_path: Path, name: str, expected: str) -> None:
    """A PDF named .jsonl was a dropped row per line ("malformed JSON on line 1: Expecting value",
    ... 19 of them), and as a feed "malformed XML: Start tag expected": none said what it was."""
    (tmp_path / name).write_bytes(_tiny_pdf(SENTENCE))
    docs = list(read_documents([tmp_path]))
    assert [(d.id, d.error) for d in docs] == [
        (
            name.split(".")[0],
            f"binary content (a PDF), not {expected}: convert it to text (pdftotext) and give that",
        )
    ]


def test_a_zip_that_stores_a_page_is_said_to_be_a_zip(tmp_path: Path) -> None:
    """A zip of one page stored uncompressed has too few control bytes to look binary: it was a kept
    article of "PK..." and the page's words."""
    (tmp_path / "page.html").write_bytes(_stored_zip("page.html", _page() * 5))
    [doc] = read_documents([tmp_path])
    assert doc.error == "binary content (a zip archive), not text or HTML: unzip it and give the folder"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (
            b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}}\\f0\\fs24 "
            + SENTENCE.encode()
            + b"\\par}",
            "an RTF document",
        ),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "an older Office document (.doc, .xls, .ppt)"),
        (b"SQLite format 3\x00" + bytes(200), "an SQLite database"),
        (b"RIFF\x1a\x00\x00\x00WEBPVP8L" + bytes(20), "a WebP image"),
        (b"\x00\x00\x00\x20ftypisom" + bytes(40), "a video or audio file (MP4, MOV, M4A)"),
    ],
)
def test_more_kinds_of_file_are_named(tmp_path: Path, head: bytes, kind: str) -> None:
    """An RTF letter named .txt was a kept article of its "{\\rtf1\\ansi" markup; an old Word file,
    a database, a WebP image and a video were "binary content" without a word of what they were."""
    (tmp_path / "page.txt").write_bytes(head)
    [doc] = read_documents([tmp_path / "page.txt"])
    assert doc.error is not None and doc.error.startswith(f"binary content ({kind}), not text or HTML: ")


@pytest.mark.parametrize(
    "text",
    [
        SENTENCE,
        "GIF: the image format turns 35 this year. " + SENTENCE,
        "BZh. " + SENTENCE,
        "PK: " + SENTENCE,
        "ID3 tags, " + SENTENCE,
        "%PDF " + SENTENCE,
        "{\\r} " + SENTENCE,
    ],
)
def test_text_that_opens_like_a_mark_is_still_text(tmp_path: Path, text: str) -> None:
    """Control (passes before and after): a text that opens with a format's first letters ("GIF",
    "BZh", "PK", "ID3", "%PDF" without its dash) but not its whole mark is read as text."""
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    [doc] = read_documents([tmp_path / "page.txt"])
    assert doc.error is None and doc.content == text


# -- 2. one progress interface -------------------------------------------------------------------


def _topics(path: Path) -> Path:
    """Two topics' records, each with a dated sentence of the seeds' story."""
    lines = [
        {
            "id": "a1",
            "topic": "beijing",
            "title": "Blinken in Beijing",
            "published": "2024-04-25",
            "text": SENTENCE,
        },
        {
            "id": "a2",
            "topic": "shanghai",
            "title": "Blinken in Shanghai",
            "published": "2024-04-24",
            "text": SENTENCE,
        },
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def test_a_terminal_shows_the_timelines_counted_as_a_log_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """timeline asked which display it had (`isinstance(progress, _ProgressLines)`): a terminal's
    line became "timeline shanghai" beside the count of documents read, while a log counted the
    timelines. Now both take the same calls: a step "building timelines" that counts them, the
    one being built its note."""
    shown: list[Progress] = []

    def on_a_terminal(quiet: bool, *columns: ProgressColumn) -> Progress:
        progress = Progress(
            *columns, console=Console(file=io.StringIO(), force_terminal=True), transient=True
        )
        shown.append(progress)
        return progress

    monkeypatch.setattr(cli, "_progress", on_a_terminal)
    result = CliRunner().invoke(
        cli.app,
        [
            "timeline",
            str(_topics(tmp_path / "docs.jsonl")),
            "--group-by",
            "topic",
            "-o",
            str(tmp_path / "t.jsonl"),
        ],
    )
    assert result.exit_code == 0, result.output
    [task] = shown[0].tasks
    assert (task.description, task.completed, task.fields) == (
        "building timelines",
        1,
        {"counted": "timelines", "note": "timeline shanghai"},
    )


# -- 3. the journey: folders the user may not enter ----------------------------------------------

COMMAND = [sys.executable, "-c", "from newsprism.cli import app; app()"]
# root passes every permission check: the command runs without the two capabilities that let it
_AS_A_USER = [
    "setpriv",
    "--bounding-set=-dac_override,-dac_read_search",
    "--inh-caps=-dac_override,-dac_read_search",
    "--",
]


def _as_a_user(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """The command as a user without root's right to enter any folder."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("no setpriv to drop root's permission override")
        if subprocess.run([*_AS_A_USER, "true"], capture_output=True, check=False).returncode != 0:
            pytest.skip("setpriv cannot drop root's permission override here")
        prefix = _AS_A_USER
    return subprocess.run(
        [*prefix, *COMMAND, *args],
        input="",
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=cwd,
    )


@pytest.fixture
def shut(tmp_path: Path) -> Iterator[Path]:
    """A folder (mode 000: another user's home, say) holding a page and a GROUPS file, and a good
    page beside it."""
    (tmp_path / "page.txt").write_text(f"Blinken in Beijing\n\n{SENTENCE}\n", encoding="utf-8")
    folder = tmp_path / "shut"
    folder.mkdir()
    (folder / "page.txt").write_text(f"Blinken in Beijing\n\n{SENTENCE}\n", encoding="utf-8")
    (folder / "g.jsonl").write_text(
        json.dumps({"id": "g1", "documents": [{"title": "Blinken in Beijing", "text": SENTENCE}]}) + "\n",
        encoding="utf-8",
    )
    folder.chmod(0o000)
    yield folder
    folder.chmod(0o755)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["digest", "shut/page.txt", "-o", "out"], "error: cannot read the input 'shut/page.txt': "),
        (["timeline", "shut/page.txt", "-o", "t.jsonl"], "error: cannot read the input 'shut/page.txt': "),
        (
            ["summarize", "shut/g.jsonl", "-o", "s.jsonl"],
            "error: cannot read the GROUPS file 'shut/g.jsonl': ",
        ),
        (["digest", "page.txt", "-o", "shut/out"], "error: cannot write -o 'shut/out': "),
        (["timeline", "page.txt", "-o", "shut/t.jsonl"], "error: cannot write -o 'shut/t.jsonl': "),
        (["summarize", "-", "-o", "shut/s.jsonl"], "error: cannot write -o 'shut/s.jsonl': "),
    ],
)
def test_a_path_in_a_folder_that_may_not_be_entered_is_refused(
    shut: Path, args: list[str], said: str
) -> None:
    """An input or an -o inside a folder the user may not enter: Python's "is it there" raised
    PermissionError, and every command ended in a traceback (exit 1, "a bug in newsprism")."""
    done = _as_a_user(args, shut.parent)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(said) and "Traceback" not in done.stderr
    assert "may not enter the folder 'shut' on its way (let them: chmod a+rx 'shut')" in done.stderr
    assert sorted(p.name for p in shut.parent.iterdir()) == ["page.txt", "shut"]  # nothing written


def test_a_folder_that_may_be_listed_not_entered_is_one_row(tmp_path: Path) -> None:
    """A folder of mode 644 (read, no x) inside the input folder: its files are listed but cannot be
    opened, and each was "removed or renamed after the run began", which none was."""
    data = tmp_path / "data"
    (data / "listed").mkdir(parents=True)
    for name in ("a.txt", "b.txt"):
        (data / "listed" / name).write_text(f"Blinken in Beijing\n\n{SENTENCE}\n", encoding="utf-8")
    (data / "listed").chmod(0o644)
    try:
        done = _as_a_user(["digest", "data", "-q", "-o", "out"], tmp_path)
    finally:
        (data / "listed").chmod(0o755)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in (tmp_path / "out" / "articles.jsonl").read_text().splitlines()]
    assert [(r["id"], r["dropped"]) for r in rows] == [
        (
            "listed",
            "cannot read the folder's files: it may be listed, not entered; permission denied: let the "
            "user running newsprism read it (chmod a+rx), or leave it out",
        )
    ]


# -- 3. the journey: the help's usage line, a log's first line ------------------------------------


@pytest.mark.parametrize(
    ("command", "usage"),
    [
        ("digest", "digest INPUT... -o OUTDIR [OPTIONS]"),
        ("timeline", "timeline INPUT... -o TIMELINES.jsonl [OPTIONS]"),
        ("summarize", "summarize GROUPS.jsonl -o SUMMARIES.jsonl [OPTIONS]"),
    ],
)
def test_each_commands_help_gives_the_usage_its_errors_give(command: str, usage: str) -> None:
    """`digest --help` said "Usage: newsprism digest [OPTIONS] {INPUT}...": braces, which a shell
    expands, and no -o, which every command requires (its usage errors said it right)."""
    shown = CliRunner().invoke(cli.app, [command, "--help"], env={"COLUMNS": "200"}).output
    [line] = [line.strip() for line in shown.splitlines() if line.strip().startswith("Usage: ")]
    assert line.endswith(usage)  # the program's name before it is the runner's


def test_a_logs_first_count_waits_for_the_step_not_the_start(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a loaded machine the first document came 11 s after the start (imports, the worker
    pool): the log said "0:00:11 reading: 1 document", then the step's end a second later. The
    lines' pace is counted from the first document."""
    now = [1000.0]
    monkeypatch.setattr(cli.time, "monotonic", lambda: now[0])
    progress = cli._ProgressLines()
    task = progress.add_task("reading", total=None, counted="documents")
    now[0] += 11
    progress.update(task, advance=1)
    assert capsys.readouterr().err == ""
    now[0] += progress.EVERY_SECONDS
    progress.update(task, advance=1)
    assert capsys.readouterr().err == "0:00:21 reading: 2 documents\n"


def test_a_link_up_to_a_folder_that_holds_the_input_says_so(tmp_path: Path) -> None:
    """`data/all -> ..` leads out of the folder read, but round to it: "a link to a folder elsewhere
    ...: name it on the command line to read it" told the user to read the same pages again."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "page.txt").write_text(f"Blinken in Beijing\n\n{SENTENCE}\n", encoding="utf-8")
    (data / "all").symlink_to("..")
    docs = {d.id: d for d in read_documents([data])}
    assert docs["all"].error == (
        f"a link up to a folder that holds this one ('{tmp_path}'): not followed (a loop of links is never "
        "walked round); name that folder on the command line instead of this one to read all of it"
    )
    assert docs["page"].error is None
