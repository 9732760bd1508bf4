"""Journey 16 (session 30): what a summary's word budget does, the log's step names, a bad JSON
Lines line said once, a record whose id an earlier one has, a PDF named .warc.

Each test failed on the code before its fix, but for the controls named so (the inputs are made
up, in the style of the dev data's records)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprism import cli
from newsprism.ingest import read_documents
from newsprism.pipeline import digest
from test_robust26_journey12 import BODY, _run
from test_robust28_journey14 import _progress_lines

# -- 1. --words: a budget of whole sentences ------------------------------------------------------


@pytest.mark.parametrize(("command", "option"), [("summarize", "--words"), ("digest", "--summary-words")])
def test_the_help_says_a_summary_is_whole_sentences(command: str, option: str) -> None:
    """`summarize --words 20` gave a summary of 37 words, and neither --help nor README said why: a
    summary is whole sentences; where the best opening sentence alone is longer than the budget, a
    summary opening on an article's lead that fits is taken, else that one sentence (session 32)."""
    done = CliRunner().invoke(cli.app, [command, "--help"], env={"COLUMNS": "400"}, terminal_width=400)
    assert done.exit_code == 0
    row = next(line for line in done.output.splitlines() if option in line)
    assert "whole sentences" in row and "opening on an article's lead that fits" in row


# -- 2. the log's steps ------------------------------------------------------------------------------


def test_linking_steps_are_the_ones_a_user_is_told_of(tmp_path: Path) -> None:
    """A log said "linking articles: records" and "linking articles: done", steps of no meaning to
    a user (the second followed at once by "reporting"); the three steps that take the time stay."""
    data = tmp_path / "data"
    data.mkdir()
    for i, town in enumerate(("Lisbon", "Oslo")):
        (data / f"{i}.txt").write_text(
            f"Storm hits {town}\n\n{BODY.replace('northern', town)}\n", encoding="utf-8"
        )
    stages: list[str] = []
    digest([data], tmp_path / "out", jobs=1, on_stage=lambda stage, total: stages.append(stage))
    assert stages == [
        "linking articles: copies",
        "linking articles: events",
        "linking articles: stories",
        "reporting",
        "writing",
    ]


# -- 3 and 4. a JSON Lines file with a bad line and a repeated id ---------------------------------


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[dict[str, object]]]:
    """One digest of a JSON Lines export with a bad line and two records of one id: its stderr
    and its articles.jsonl rows."""
    cwd = tmp_path_factory.mktemp("journey16")
    (cwd / "data").mkdir()
    lines = [
        json.dumps({"id": "7", "title": "Storm hits coast", "text": BODY}),
        '{"id": "8", "title": "Storm", "text": oops}',
        json.dumps({"id": "7", "title": "Flood in the valley", "text": BODY.replace("storm", "flood")}),
    ]
    (cwd / "data" / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = _run(["digest", "data", "-o", "out", "-j", "1"], cwd)
    assert done.returncode == 0, done.stderr
    rows = [
        json.loads(line) for line in (cwd / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    return done.stderr, rows


def test_a_bad_lines_number_is_said_once(mixed_run: tuple[str, list[dict[str, object]]]) -> None:
    """The warning was "data/export.jsonl#line 2: dropped: malformed JSON on line 2: ...", the line
    said twice; articles.jsonl's source keeps "#line 2"."""
    stderr, rows = mixed_run
    warnings = [line for line in stderr.splitlines() if "malformed JSON" in line]
    assert warnings == [
        "warning: data/export.jsonl: dropped: malformed JSON on line 2: Expecting value at column 39; "
        "fix or remove that line"
    ]
    assert [r["source"] for r in rows if r["dropped"]] == ["data/export.jsonl#line 2"]


def test_log_of_the_run_names_no_records_step(mixed_run: tuple[str, list[dict[str, object]]]) -> None:
    stderr, _ = mixed_run
    lines = _progress_lines(stderr)
    assert "linking articles: copies" in lines
    assert not [line for line in lines if line.endswith((": records", ": done"))]


def test_a_repeated_record_id_is_said(mixed_run: tuple[str, list[dict[str, object]]]) -> None:
    """The second record of id 7 was written as `7~2` without a word: a user looking for 7 found
    the other story. Now its notes and a warning say so."""
    stderr, rows = mixed_run
    said = "the record's id '7' is an earlier document's too: this one is written as '7~2'"
    assert [(r["id"], r.get("notes")) for r in rows if not r["dropped"]] == [("7", None), ("7~2", [said])]
    assert f"warning: data/export.jsonl#line 3: {said}" in stderr.splitlines()


def test_a_page_and_its_text_dump_of_one_name_are_no_repeated_id(tmp_path: Path) -> None:
    """Control (passes before and after): ids made from file names (page.html beside page.txt) get
    their `~2` as before, with no note: no id was given; nor does a row dropped at once (a gold
    file's records, read with the pages beside it) get one."""
    (tmp_path / "page.html").write_text(f"<html><body><p>{BODY}</p></body></html>", encoding="utf-8")
    (tmp_path / "page.txt").write_text(f"Storm hits coast\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "x.jsonl").write_text(
        '{"id": "7", "text": "a"}\n{"id": "7", "events": []}\n', encoding="utf-8"
    )
    docs = {d.id: d for d in read_documents([tmp_path])}
    assert sorted(docs) == ["7", "7~2", "page", "page~2"]
    assert all(d.notes == () for d in docs.values())


# -- 5. a file of another format named .warc ------------------------------------------------------


def test_a_pdf_named_warc_is_said_to_be_a_pdf(tmp_path: Path) -> None:
    """A PDF named .warc was "not a WARC file: it starts with '%PDF-1.4' where 'WARC/1.0' ... was
    expected", where a PDF under any other name is said to be one, with what to do."""
    (tmp_path / "crawl.warc").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\nendobj\n")
    [doc] = read_documents([tmp_path / "crawl.warc"])
    assert doc.error == (
        "binary content (a PDF), not a WARC file: convert it to text (pdftotext) and give that"
    )


# -- 6. summarize: a JSON list of groups on one line -------------------------------------------------


def test_a_list_of_groups_on_one_line_is_read(tmp_path: Path) -> None:
    """`json.dump(groups, f)` writes a list of groups on one line: it stopped the run, "line 1: a
    JSON list, not an object", where README says a JSON list of groups is read (it was, pretty-
    printed only)."""
    groups = [
        {"id": "g", "documents": [{"title": "Storm hits coast", "text": BODY}]},
        {"id": "h", "documents": [{"title": "Flood", "text": BODY.replace("storm", "flood")}]},
    ]
    (tmp_path / "groups.json").write_text(json.dumps(groups), encoding="utf-8")
    done = CliRunner().invoke(
        cli.app, ["summarize", str(tmp_path / "groups.json"), "-o", str(tmp_path / "s.jsonl")]
    )
    assert done.exit_code == 0, done.output
    lines = (tmp_path / "s.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["g", "h"]


# -- 7. a JSON Lines file's odd ends ------------------------------------------------------------------


def _export(tmp_path: Path, tail: bytes) -> list[tuple[str, str | None]]:
    record = json.dumps({"id": "7", "title": "Storm hits coast", "text": BODY}).encode()
    (tmp_path / "export.jsonl").write_bytes(record + b"\n" + tail)
    return [(d.id, d.error) for d in read_documents([tmp_path / "export.jsonl"])]


def test_dos_end_of_file_mark_is_no_record(tmp_path: Path) -> None:
    """A Ctrl-Z closing the file (DOS's end-of-file mark, which some Windows tools write) was a
    dropped row, "line 2: binary content, not text or HTML"."""
    assert _export(tmp_path, b"\x1a") == [("7", None)]
    assert _export(tmp_path, b"\r\n\x1a\r\n") == [("7", None)]


def test_a_tail_of_nul_bytes_is_said_to_be_unwritten(tmp_path: Path) -> None:
    """A file whose end is NUL bytes (space set aside by a writer that stopped) was "binary
    content, not text or HTML", as if a page were expected."""
    assert _export(tmp_path, b"\x00" * 4096) == [
        ("7", None),
        (
            "export-2",
            "line 2: NUL bytes where a record was expected: this part of the file was never written "
            "(did the program writing it stop?); the lines before it were read",
        ),
    ]


def test_a_binary_line_is_no_json_record(tmp_path: Path) -> None:
    """A line of binary bytes in a JSON Lines file is said to be no JSON record, not "not text or
    HTML" (a page's words)."""
    [_, (_, error)] = _export(tmp_path, bytes(range(1, 9)) * 8 + b"\n")
    assert error == "line 2: binary content, not a JSON record"


# -- 8. NewsAPI's export: the records one field down, the article under 'content' ------------------


def test_a_newsapi_export_is_told_how_to_be_read(tmp_path: Path) -> None:
    """NewsAPI's {"status", "totalResults", "articles": [{"title", "content", ...}]} was "no 'text' or
    'html' field (fields: articles, status, totalResults)" alone: the jq line that writes its
    records one per line with the article named 'text' is given."""
    articles = [{"source": {"name": "BBC News"}, "title": "Storm hits coast", "content": BODY}] * 2
    (tmp_path / "newsapi.json").write_text(
        json.dumps({"status": "ok", "articles": articles}), encoding="utf-8"
    )
    [doc] = read_documents([tmp_path / "newsapi.json"])
    assert doc.error is not None
    assert doc.error.endswith(
        "; its 'articles' is a list of 2 records whose 'content' may be the article: write them one per "
        f"line with it named 'text' (jq -c '.articles[] | .text = .content' {tmp_path / 'newsapi.json'} > records.jsonl) and give that"
    )


# -- 9. an input that is a web address, or a list with commas ------------------------------------


def test_a_web_address_as_input_is_said_not_to_be_fetched(tmp_path: Path) -> None:
    """`digest https://example.com/story.html -o out` said "input path 'https:/example.com/story.html'
    does not exist: give a file or a folder of news pages": its address mangled, and no word that
    newsprism fetches nothing."""
    done = _run(["digest", "https://example.com/story.html", "-o", "out"], tmp_path)
    assert done.returncode == 2
    assert done.stderr == (
        "error: input path 'https://example.com/story.html' does not exist: newsprism reads saved pages and "
        "does not fetch them (it runs offline): save the page first (curl -o page.html "
        "'https://example.com/story.html', or wget) and give the file\n"
    )
    assert not (tmp_path / "out").exists()


def test_inputs_joined_by_commas_are_told_to_be_words_of_their_own(tmp_path: Path) -> None:
    """`timeline a.jsonl,b.jsonl` (a list as another tool takes it) said only that no such path
    exists."""
    for name in ("a.jsonl", "b.jsonl"):
        (tmp_path / name).write_text(json.dumps({"id": name, "text": BODY}) + "\n", encoding="utf-8")
    done = CliRunner().invoke(
        cli.app,
        [
            "timeline",
            str(tmp_path / "a.jsonl") + "," + str(tmp_path / "b.jsonl"),
            "-o",
            str(tmp_path / "t.jsonl"),
        ],
    )
    assert done.exit_code == 2
    assert (
        f"name each input as a word of its own, with spaces between: '{tmp_path}/a.jsonl' '{tmp_path}/b.jsonl'"
        in " ".join(done.output.split())
    )


# -- 10. summarize: a group that gets no summary ----------------------------------------------------


def test_a_group_with_no_summary_is_said(tmp_path: Path) -> None:
    """A group of no documents was written with "summary": "" and "1 group of 0 documents
    summarised": nothing said which group got none, or why."""
    groups = tmp_path / "groups.jsonl"
    lines = [
        {"id": "g", "documents": []},
        {"id": "h", "documents": [{"title": "Storm hits coast", "text": BODY}]},
    ]
    groups.write_text("".join(json.dumps(g) + "\n" for g in lines), encoding="utf-8")
    done = _run(["summarize", "groups.jsonl", "-o", "s.jsonl"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[0] == (
        "warning: 1 group got an empty summary, 'g': it has no document, or none that holds a sentence "
        "a summary may take (a whole sentence of prose, not a headline or a few words)"
    )
