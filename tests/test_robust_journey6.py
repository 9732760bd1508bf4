"""robust20: a demanding user's journey through every command: the meaning of -j, outputs that
are inputs, earlier runs' outputs inside an input folder, archives and binary files that say what
they are, help texts that say what the commands do."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsprism.pipeline as pipeline
import newsprism.workers as workers_module
from newsprism.cli import app
from newsprism.ingest import read_documents
from newsprism.ingest.sources import DIGEST_OUTPUTS
from newsprism.records import Document
from newsprism.workers import fork_map, usable_jobs

runner = CliRunner()

STORY = "The minister arrived in Paris on Monday for talks on trade with the French president.\n"


# -- -j: one meaning ---------------------------------------------------------------------------


def test_jobs_zero_means_one_per_core_everywhere(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """`-j 0` was all cores on the command line, but digest(jobs=0) and extract_all(jobs=0) ran one
    worker (digest capped with its own min). Now every entry reads `jobs` through usable_jobs."""
    monkeypatch.setattr(workers_module, "_cores", lambda: 3)  # robust21: the cores this process may use
    assert [usable_jobs(j) for j in (0, -1, 1, 2, 3, 1000)] == [3, 3, 1, 2, 3, 3]
    seen: dict[str, int] = {}
    real_extract, real_link = pipeline.extract_all, pipeline.link_corpus

    def extract_all(docs, jobs=1):  # type: ignore[no-untyped-def]
        seen["extract"] = jobs
        return real_extract(docs, jobs=1)

    def link_corpus(kept, *, jobs=1, on_step=lambda step: None):  # type: ignore[no-untyped-def]
        seen["link"] = jobs
        return real_link(kept, jobs=1, on_step=on_step)

    monkeypatch.setattr(pipeline, "extract_all", extract_all)
    monkeypatch.setattr(pipeline, "link_corpus", link_corpus)
    (tmp_path / "a.txt").write_text(STORY)
    for asked, workers in ((0, 3), (1, 1), (2, 2), (99, 3)):
        pipeline.digest([tmp_path / "a.txt"], tmp_path / f"out{asked}", jobs=asked)
        assert seen == {"extract": workers, "link": workers}


def test_fork_map_and_extract_all_read_jobs_zero_as_all_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    """jobs=0 given straight to them: the pool path, with the same results as in-process."""
    monkeypatch.setattr(workers_module, "_cores", lambda: 2)
    assert list(fork_map(abs, list(range(-20, 20)), jobs=0, chunk=3)) == [abs(x) for x in range(-20, 20)]
    docs = [Document(id=f"d{i}", source="x", kind="text", content=STORY) for i in range(12)]
    assert [a.id for a in pipeline.extract_all(docs, jobs=0)] == [f"d{i}" for i in range(12)]


def test_help_says_what_jobs_zero_means() -> None:
    for command in ("digest", "timeline"):
        result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
        assert result.exit_code == 0
        assert "0 (the default) = one per core" in result.output
        assert "capped at the cores" in result.output


def test_help_names_every_input_format_and_the_pipe() -> None:
    """The inputs' help named .txt/.html/.jsonl/.warc/.xml only: .json, .gz, .rss/.atom and pipes
    are read too."""
    from newsprism.ingest.sources import FORMATS

    result = runner.invoke(app, ["digest", "--help"], env={"COLUMNS": "300"})
    text = " ".join(result.output.split())
    for ext in FORMATS:
        assert ext in text, ext
    assert ".gz" in text and "/dev/stdin" in text


def test_top_level_help_is_for_users() -> None:
    """It showed the module's docstring: "a thin skin over newsprism.pipeline"."""
    result = runner.invoke(app, ["--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "thin skin" not in result.output and "cited briefings" in result.output


# -- outputs that are inputs -------------------------------------------------------------------


def test_summarize_into_its_own_groups_file_is_refused(tmp_path: Path) -> None:
    """`summarize g.jsonl -o g.jsonl` wrote the summaries over the groups: the input was lost."""
    groups = tmp_path / "g.jsonl"
    line = json.dumps({"id": "g1", "documents": [{"title": "T", "text": STORY}]}) + "\n"
    groups.write_text(line)
    result = runner.invoke(app, ["summarize", str(groups), "-o", str(tmp_path / "." / "g.jsonl")])
    assert result.exit_code == 2
    assert "is also an input" in result.output and "give another output file" in result.output
    assert groups.read_text() == line


def test_timeline_over_a_file_of_its_input_folder_is_refused(tmp_path: Path) -> None:
    """`timeline data -o data/b.txt` read b.txt, then wrote the timeline over it."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.txt").write_text(STORY)
    (data / "b.txt").write_text(STORY.replace("Paris", "Rome"))
    result = runner.invoke(app, ["timeline", str(data), "-o", str(data / "b.txt"), "-q"])
    assert result.exit_code == 2
    assert "is a file in the input folder" in result.output
    assert (data / "b.txt").read_text() == STORY.replace("Paris", "Rome")
    # a news record with a summary is an input, not an earlier output
    (data / "cnn.jsonl").write_text(json.dumps({"id": "c", "summary": "s", "text": STORY}) + "\n")
    result = runner.invoke(app, ["timeline", str(data), "-o", str(data / "cnn.jsonl"), "-q"])
    assert result.exit_code == 2 and "is a file in the input folder" in result.output
    # its own earlier output there may be replaced: a re-run works
    for _ in range(2):
        result = runner.invoke(app, ["timeline", str(data), "-o", str(data / "t.jsonl"), "-q", "-j", "1"])
        assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("command", "example"), [("timeline", "timelines.jsonl"), ("summarize", "summaries.jsonl")]
)
def test_an_output_file_that_is_a_folder_is_refused_before_reading(
    tmp_path: Path, command: str, example: str
) -> None:
    """It failed only after the whole input was read, with "Is a directory: check the path, its
    permissions and the free space"."""
    (tmp_path / "g.jsonl").write_text(json.dumps({"id": "g", "documents": [{"title": "T", "text": STORY}]}))
    (tmp_path / "folder").mkdir()
    result = runner.invoke(app, [command, str(tmp_path / "g.jsonl"), "-o", str(tmp_path / "folder")])
    assert result.exit_code == 2
    assert result.output.strip().endswith(f"such as {tmp_path / 'folder' / example}")
    assert result.output.count("\n") == 1


def test_summarize_of_a_missing_file_says_what_summarize_reads(tmp_path: Path) -> None:
    """It said "give a file or a folder of news pages" (digest's words)."""
    result = runner.invoke(app, ["summarize", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "s.jsonl")])
    assert result.exit_code == 2
    assert "GROUPS file" in result.output and "news pages" not in result.output


def test_summarize_of_an_empty_file_warns(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_text("")
    result = runner.invoke(app, ["summarize", str(tmp_path / "empty.jsonl"), "-o", str(tmp_path / "s.jsonl")])
    assert result.exit_code == 0
    assert "warning: no groups in" in result.output


# -- earlier outputs in the input folder -------------------------------------------------------


def test_a_rerun_with_the_output_folder_inside_or_equal_to_the_input_reads_the_same(tmp_path: Path) -> None:
    """seeds digested into seeds/run1, then seeds into seeds/run2, read 44 documents for 6 (run1's
    articles.jsonl and briefing.html came back as news); `-o seeds` twice did the same."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.txt").write_text(STORY)
    (data / "b.txt").write_text(STORY.replace("Paris", "Rome"))

    def ids(out: Path) -> list[str]:
        rows = [json.loads(x) for x in (out / "articles.jsonl").read_text().splitlines()]
        return [r["id"] for r in rows]

    for out in (data / "run1", data / "run2", data, data):
        result = runner.invoke(app, ["digest", str(data), "-o", str(out), "-q", "-j", "1"])
        assert result.exit_code == 0, result.output
    assert ids(data / "run1") == ["a", "b"]
    assert ids(data / "run2") == ["a", "b", "run1"]  # run1: one dropped row, saying why
    assert ids(data) == ["a", "b", "run1", "run2"]
    rows = {json.loads(x)["id"]: json.loads(x) for x in (data / "articles.jsonl").read_text().splitlines()}
    assert rows["run1"]["dropped"].startswith("an earlier newsprism digest's output folder")


def test_an_earlier_output_folder_keeps_its_other_files_read(tmp_path: Path) -> None:
    run = tmp_path / "run"
    run.mkdir()
    for name in DIGEST_OUTPUTS:
        (run / name).write_text('{"id": "x", "text": "an article of an earlier run"}\n')
    (run / "mine.txt").write_text(STORY)
    docs = {d.id: d for d in read_documents([tmp_path])}
    assert set(docs) == {"run", "mine"} and docs["mine"].error is None
    # named on the command line, an output file is read
    assert [d.id for d in read_documents([run / "articles.jsonl"])] == ["x"]


def test_digest_writes_exactly_the_outputs_that_are_not_read_back(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    pipeline.digest([tmp_path / "a.txt"], tmp_path / "out")
    assert {p.name for p in (tmp_path / "out").iterdir()} == DIGEST_OUTPUTS


# -- archives and binary files say what they are -----------------------------------------------


def test_archives_in_a_folder_are_dropped_with_what_to_do(tmp_path: Path) -> None:
    """A .zip of pages in a folder was passed over in silence, as a README is."""
    with zipfile.ZipFile(tmp_path / "pages.zip", "w") as z:
        z.writestr("a.txt", STORY)
    (tmp_path / "crawl.tar.gz").write_bytes(b"\x1f\x8b")
    (tmp_path / "dump.jsonl.bz2").write_bytes(b"BZh9")
    (tmp_path / "README.md").write_text("notes")
    docs = {d.id: d.error for d in read_documents([tmp_path])}
    assert docs == {
        "pages": "not read: a zip archive (newsprism reads files and .gz of them): unzip it and give the folder",
        "crawl": "not read: a tar archive (newsprism reads files and .gz of them): extract it (tar -xf) and "
        "give the folder",
        "dump": "not read: bzip2-compressed (newsprism reads files and .gz of them): decompress it (bunzip2), "
        "or compress it with gzip, which newsprism reads",
    }


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"PK\x03\x04", "a zip archive"),
        (b"%PDF-1.7\n\x00\x01\x02", "a PDF"),
        (b"\xff\xd8\xff\xe0", "a JPEG image"),
        (b"\xfd7zXZ\x00", "xz-compressed"),
        (b"\x00" * 257 + b"ustar", "a tar archive"),
    ],
)
def test_a_binary_file_named_as_text_says_what_it_is(tmp_path: Path, head: bytes, kind: str) -> None:
    (tmp_path / "page.txt").write_bytes(head + bytes(range(32)) * 100)
    [doc] = read_documents([tmp_path / "page.txt"])
    assert doc.error is not None and doc.error.startswith(f"binary content ({kind}), not text or HTML: ")


def test_errors_and_summaries_are_one_line_each_without_a_blank_line(tmp_path: Path) -> None:
    """The progress display, off a terminal, left a blank line before the error or summary line."""
    result = runner.invoke(app, ["digest", str(tmp_path / "nope"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.output.startswith("error: input path") and result.output.count("\n") == 1


# -- `-` for standard input and output ---------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/stdin").exists(), reason="/dev/stdin is POSIX")
def test_dash_reads_standard_input_and_writes_standard_output(tmp_path: Path) -> None:
    """`summarize g.jsonl -o -` wrote a file named "-"; `digest -` said "input path '-' does not exist"."""
    import subprocess
    import sys

    group = json.dumps({"id": "g1", "documents": [{"title": "Talks", "text": STORY * 3}]}) + "\n"
    cmd = [sys.executable, "-m", "newsprism", "summarize", "-", "-o", "-", "-q"]
    done = subprocess.run(cmd, input=group, capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["id"] == "g1" and not (tmp_path / "-").exists()
    record = json.dumps({"id": "a", "text": STORY}) + "\n"
    cmd = [sys.executable, "-m", "newsprism", "digest", "-", "-o", str(tmp_path / "out"), "-q", "-j", "1"]
    done = subprocess.run(cmd, input=record, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    [row] = [json.loads(x) for x in (tmp_path / "out" / "articles.jsonl").read_text().splitlines()]
    assert row["id"] == "a" and row["dropped"] is None


def test_digest_into_dash_is_refused() -> None:
    result = runner.invoke(app, ["digest", "x", "-o", "-"])
    assert result.exit_code == 2 and "give a folder name" in result.output


def test_records_wrapped_in_an_object_say_where_they_are(tmp_path: Path) -> None:
    """{"articles": [...]} (a common export) was "no 'text' or 'html' field (fields: articles)"."""
    (tmp_path / "export.json").write_text(
        json.dumps({"articles": [{"id": "a", "text": STORY}] * 3}, indent=1)
    )
    [doc] = read_documents([tmp_path / "export.json"])
    assert doc.error == (
        "not a news document: JSON record has no 'text' or 'html' field (fields: articles); its 'articles' is "
        "a list of 3 records: make that list the file's content (a JSON list of records) or write one record "
        "per line (JSON Lines)"
    )


def test_many_warnings_of_one_kind_are_counted_not_listed(tmp_path: Path) -> None:
    """mixed-dev's gold.jsonl, given by mistake, printed 1,272 warning lines."""
    (tmp_path / "gold.jsonl").write_text(
        "".join(json.dumps({"id": f"g{i}", "event": 1}) + "\n" for i in range(10))
    )
    (tmp_path / "a.txt").write_text(STORY)
    for i in range(5):  # five files of one kind: counted together too
        (tmp_path / f"empty{i}.txt").write_text("")
    out = tmp_path / "out"
    result = runner.invoke(app, ["digest", str(tmp_path), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    lines = [x for x in result.output.splitlines() if x.startswith("warning")]
    assert len(lines) == 8
    assert (
        f"warning: and 2 more, dropped: empty file; each is in {out / 'articles.jsonl'} with its reason"
        in lines
    )
    assert lines[-1] == (
        "warning: and 7 more, dropped: not a news document: JSON record has no 'text' or 'html' field "
        f"(fields: event, id); each is in {out / 'articles.jsonl'} with its reason"
    )
    rows = [json.loads(x) for x in (out / "articles.jsonl").read_text().splitlines()]
    assert sum(r["dropped"] is not None for r in rows) == 15  # nothing lost: every one has its row


# -- the library's warnings reach the user -----------------------------------------------------


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_llm_that_cannot_be_reached_is_said_not_silently_skipped(tmp_path: Path) -> None:
    """The package leaves logging to the application and the command set up none: `--llm-url` to a
    server that is down kept every extractive summary without a word. Now one line per group, at
    most three, then one line counting the rest."""
    groups = tmp_path / "g.jsonl"
    groups.write_text(
        "".join(
            json.dumps({"id": f"g{i}", "documents": [{"title": "Talks", "text": STORY * 2}]}) + "\n"
            for i in range(5)
        )
    )
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    result = runner.invoke(app, ["summarize", str(groups), "-o", str(tmp_path / "s.jsonl"), "--llm-url", url])
    assert result.exit_code == 0, result.output
    warnings = [x for x in result.output.splitlines() if x.startswith("warning")]
    assert len(warnings) == 4
    assert warnings[0].startswith("warning: group g0: kept the extractive summary: cannot reach the LLM at ")
    assert warnings[3] == "warning: and 2 more, ...: kept the extractive summary: ..."
    assert len((tmp_path / "s.jsonl").read_text().splitlines()) == 5


def test_llm_options_that_cannot_work_are_said_first(tmp_path: Path) -> None:
    groups = tmp_path / "g.jsonl"
    groups.write_text(json.dumps({"id": "g", "documents": [{"title": "Talks", "text": STORY}]}) + "\n")
    result = runner.invoke(
        app, ["summarize", str(groups), "-o", str(tmp_path / "s.jsonl"), "--llm-url", "localhost:8080"]
    )
    assert result.exit_code == 2 and "is not an http(s) URL" in result.output
    assert not (tmp_path / "s.jsonl").exists()
    result = runner.invoke(
        app, ["summarize", str(groups), "-o", str(tmp_path / "s.jsonl"), "--llm-model", "m"]
    )
    assert result.exit_code == 0 and "warning: --llm-model does nothing without --llm-url" in result.output


def test_an_output_file_in_an_input_folder_can_be_left_out(tmp_path: Path) -> None:
    """read_documents' `exclude` takes files too (for timeline's output file, as digest's folder);
    a file named on the command line is read all the same."""
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "t.jsonl").write_text(json.dumps({"topic": "all", "entries": []}) + "\n")
    assert [d.id for d in read_documents([tmp_path], exclude=[tmp_path / "t.jsonl"])] == ["a"]
    assert [d.id for d in read_documents([tmp_path / "t.jsonl"], exclude=[tmp_path / "t.jsonl"])] == ["t-1"]


def test_a_pattern_that_matched_nothing_is_said_so(tmp_path: Path) -> None:
    """`digest data/*.jsonl.gz` with no such file: the shell passes the pattern on as it is, and
    "input path 'data/*.jsonl.gz' does not exist" puzzled."""
    result = runner.invoke(app, ["digest", str(tmp_path / "*.jsonl.gz"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: no file matches '{tmp_path / '*.jsonl.gz'}' (the shell passes")
    assert not (tmp_path / "out").exists()
