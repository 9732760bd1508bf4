"""robust21: a user's journey, audit 7. A user's own file of an output's name in the output folder
(`digest data -o data` read the user's articles.jsonl, then wrote its own over it: the user's file
was lost), and what session 20's input changes were reviewed for."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsprism.ingest.jsonl as jsonl
import newsprism.pipeline as pipeline
import newsprism.workers as workers
from newsprism.cli import app
from newsprism.ingest import read_documents
from newsprism.ingest.sources import DIGEST_OUTPUTS, written_by_digest
from test_ingest_warc import write_crawl
from test_robust_pipes6 import _piped  # read_documents of a named pipe that a thread fills

runner = CliRunner()

STORY = "The minister arrived in Paris on Monday for talks on trade with the French president.\n"
RECORDS = [{"id": f"r{i}", "title": f"T{i}", "text": f"Story {i}: {STORY}"} for i in range(3)]
SMALL_LIMIT = 100_000  # a document limit for the JSON readers, so that a too-large record costs no 50 MB


def _jsonl(records: list[dict[str, str]]) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def _ids(out: Path) -> list[str]:
    return [json.loads(x)["id"] for x in (out / "articles.jsonl").read_text().splitlines()]


# -- a user's own file of an output's name in the output folder ---------------------------------


def test_digest_into_its_input_folder_keeps_the_users_articles_jsonl(tmp_path: Path) -> None:
    """The user's records are read (as review20r's fix wants) and the file is kept under a name the
    run prints, then a re-run reads the same documents (the kept file keeps its extension)."""
    data = tmp_path / "data"
    data.mkdir()
    mine = _jsonl(RECORDS)
    (data / "articles.jsonl").write_text(mine)
    (data / "a.txt").write_text(STORY.replace("Paris", "Rome"))
    result = runner.invoke(app, ["digest", str(data), "-o", str(data), "-q", "-j", "1"])
    assert result.exit_code == 0, result.output
    aside = data / "articles.user.jsonl"
    assert aside.read_text() == mine  # nothing lost
    assert f"{data / 'articles.jsonl'} was not written by newsprism: it is kept as {aside}" in result.output
    assert _ids(data) == ["a", "r0", "r1", "r2"]
    assert written_by_digest(data / "articles.jsonl")
    first = (data / "events.jsonl").read_text()
    again = runner.invoke(app, ["digest", str(data), "-o", str(data), "-q", "-j", "1"])
    assert again.exit_code == 0 and "not written by newsprism" not in again.output
    assert _ids(data) == ["a", "r0", "r1", "r2"] and (data / "events.jsonl").read_text() == first
    assert sorted(p.name for p in data.iterdir()) == sorted(DIGEST_OUTPUTS | {"a.txt", "articles.user.jsonl"})


def test_a_users_file_in_an_output_folder_that_is_no_input_is_kept(tmp_path: Path) -> None:
    """The output folder is no input: the user's quotes.jsonl and briefing.md are not read, but they
    are not lost either; a second name is taken when the first is used."""
    (tmp_path / "a.txt").write_text(STORY)
    out = tmp_path / "out"
    out.mkdir()
    (out / "quotes.jsonl").write_text('{"who": "me", "said": "hello"}\n')
    (out / "briefing.md").write_text("# my notes\n")
    (out / "briefing.user.md").write_text("# older notes\n")
    result = pipeline.digest([tmp_path / "a.txt"], out)
    assert sorted((a.name, b.name) for a, b in result.set_aside) == [
        ("briefing.md", "briefing.user-2.md"),
        ("quotes.jsonl", "quotes.user.jsonl"),
    ]
    assert (out / "briefing.user-2.md").read_text() == "# my notes\n"
    assert (out / "briefing.user.md").read_text() == "# older notes\n"
    assert (out / "quotes.user.jsonl").read_text() == '{"who": "me", "said": "hello"}\n'
    assert _ids(out) == ["a"]


def test_an_earlier_runs_outputs_are_replaced_and_not_read(tmp_path: Path) -> None:
    """What a digest wrote is told from a user's file by its content: a re-run replaces it, even
    where the folder no longer holds all six (a user removed the briefing), and does not read it."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.txt").write_text(STORY)
    pipeline.digest([data], data)
    assert all(written_by_digest(data / name) for name in DIGEST_OUTPUTS)
    (data / "briefing.html").unlink()
    assert [d.id for d in read_documents([data], exclude=[data])] == ["a"]
    result = pipeline.digest([data], data)
    assert result.set_aside == () and _ids(data) == ["a"]


def test_what_a_digest_writes_is_told_from_look_alikes(tmp_path: Path) -> None:
    def holds(name: str, content: bytes) -> bool:
        (tmp_path / name).write_bytes(content)
        return written_by_digest(tmp_path / name)

    # a user's export: id and text, none of the links a digest writes
    assert not holds("articles.jsonl", _jsonl(RECORDS).encode())
    # the link fields' names inside a text are escaped, so they are not taken for fields
    text = json.dumps({"id": "x", "text": '"duplicate_of": "event_id": "story_id": "dropped": '})
    assert not holds("articles.jsonl", text.encode() + b"\n")
    # the fields on a second line are not the first line's
    assert not holds("articles.jsonl", b'{"id": "x", "text": "t"}\n{"id": "y", "duplicate_of": null}\n')
    assert holds("events.jsonl", b"")  # an empty file holds nothing to lose
    assert not holds("briefing.md", b"# newsprism briefings I wrote myself\n")
    # a first line of over a chunk, with the fields after its text (as an article's line is)
    big = {"id": "x", "text": "word " * 500_000, "duplicate_of": None, "event_id": None, "story_id": None}
    assert holds("articles.jsonl", json.dumps({**big, "dropped": None}).encode() + b"\n")
    assert not holds("articles.jsonl", json.dumps(big).encode() + b"\n")
    (tmp_path / "folder").mkdir()
    assert not written_by_digest(tmp_path / "folder" / ".." / "folder" / "stories.jsonl")  # no file


def test_a_folder_of_an_outputs_name_is_moved_aside_not_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    out = tmp_path / "out"
    (out / "events.jsonl").mkdir(parents=True)
    (out / "events.jsonl" / "x.txt").write_text("mine")
    result = pipeline.digest([tmp_path / "a.txt"], out)
    assert [(a.name, b.name) for a, b in result.set_aside] == [("events.jsonl", "events.user.jsonl")]
    assert (out / "events.user.jsonl" / "x.txt").read_text() == "mine"
    assert (out / "events.jsonl").is_file()


# -- review of session 20's input changes --------------------------------------------------------


@pytest.mark.parametrize("start", ["[UPDATED 3:15 p.m.] ", "{Reuters} ", "[1] "])
def test_a_text_that_opens_with_a_bracket_is_read_as_text(tmp_path: Path, start: str) -> None:
    """A page without extension (piped in, or named `page`) whose text opens with a bracket was
    sniffed as JSON and dropped as malformed JSON."""
    (tmp_path / "page").write_text(start + STORY * 3)
    [doc] = read_documents([tmp_path / "page"])
    assert doc.error is None and doc.kind == "text" and doc.content.startswith(start)
    if hasattr(os, "mkfifo"):
        [piped] = _piped(tmp_path, (start + STORY).encode(), "stdin")
        assert piped.error is None and piped.content.startswith(start)


@pytest.mark.parametrize(
    "data",
    ['{"id": "a", "text": "t"}\n', '[{"id": "a", "text": "t"}]', '  {\n  "id": "a", "text": "t"}', "[\n]"],
)
def test_json_without_extension_is_still_sniffed_as_json(tmp_path: Path, data: str) -> None:
    (tmp_path / "dump").write_text(data)
    docs = list(read_documents([tmp_path / "dump"]))
    assert all(d.content == "t" or d.error == "empty file" for d in docs) and len(docs) <= 1


def test_a_one_record_json_over_the_limit_is_named_by_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read as JSON Lines since review20r (its one line is over the limit), it was `dump-1`; a file
    holding one record is named by the file, as when the record is read whole."""
    monkeypatch.setattr(jsonl, "MAX_DOCUMENT_BYTES", SMALL_LIMIT)
    (tmp_path / "dump.json").write_text(json.dumps({"title": "big", "text": "word " * SMALL_LIMIT}))
    (tmp_path / "rec.json").write_text(json.dumps({"title": "no text"}))
    docs = {d.id: d.error or "" for d in read_documents([tmp_path])}
    assert docs.keys() == {"dump", "rec"} and "too large" in docs["dump"] and "no 'text'" in docs["rec"]


def test_json_lines_whose_first_record_is_broken_keep_the_others(tmp_path: Path) -> None:
    """Through a pipe or named .json, JSON Lines with a broken first line were read as one record:
    one dropped row, every later line lost."""
    data = '{"id": "a", "text": "one",}\n' + _jsonl(RECORDS)
    (tmp_path / "dump.json").write_text(data)
    docs = list(read_documents([tmp_path / "dump.json"]))
    assert [d.id for d in docs] == ["dump-1", "r0", "r1", "r2"]
    assert docs[0].error is not None and docs[0].error.startswith(
        "malformed JSON on line 1: Expecting property"
    )
    if hasattr(os, "mkfifo"):
        assert [d.id for d in _piped(tmp_path, data.encode(), "stdin")] == ["stdin-1", "r0", "r1", "r2"]
    # a record written over several lines is one record, as before
    (tmp_path / "pretty.json").write_text('{"id": "p",\n "text": "x"}\n')
    assert [d.id for d in read_documents([tmp_path / "pretty.json"])] == ["p"]


CUT = "it was cut short (a download, a copy or a pipe that stopped early?): re-download or re-export it"


def test_an_input_cut_short_says_so(tmp_path: Path) -> None:
    """`head -c`, a download that stopped: 'malformed JSON ... Unterminated string starting at at
    column 42' said neither what happened nor what to do."""
    lines = _jsonl(RECORDS)
    (tmp_path / "a.jsonl").write_text(lines[:-20])
    *_, last = read_documents([tmp_path / "a.jsonl"])
    assert last.error == f"line 3: the input ends inside this record; {CUT}"
    (tmp_path / "b.json").write_text(json.dumps(RECORDS)[:-30])
    *_, last = read_documents([tmp_path / "b.json"])
    assert last.error == f"the input ends inside the JSON list, after 2 items; {CUT}"
    (tmp_path / "c.json").write_text(json.dumps(RECORDS)[:-1])  # no closing bracket
    *_, last = read_documents([tmp_path / "c.json"])
    assert last.error == f"the input ends inside the JSON list, after 3 items; {CUT}"
    (tmp_path / "d.json").write_text(json.dumps(RECORDS[0], indent=1)[:-5])
    [doc] = read_documents([tmp_path / "d.json"])
    assert doc.error == f"the input ends inside the JSON record; {CUT}"
    # a typo is no cut: the message says where, once ("starting at at column" before)
    (tmp_path / "e.jsonl").write_text('{"id": "x", "text": "a \\q b"}\n' + lines)
    first = next(iter(read_documents([tmp_path / "e.jsonl"])))
    assert first.error == "malformed JSON on line 1: Invalid \\escape at column 24; fix or remove that line"


def test_an_output_that_is_a_stream_is_no_input_destroyed(tmp_path: Path) -> None:
    """`summarize - -o -` on a terminal was refused ("-o '/dev/stdout' is also an input"): stdin and
    stdout were one device, which writing destroys nothing in. /dev/null stands for it here."""
    result = runner.invoke(app, ["summarize", "/dev/null", "-o", "/dev/null"])
    assert result.exit_code == 0, result.output
    assert "no groups in /dev/null" in result.output
    groups = tmp_path / "g.jsonl"  # a file still is refused as both
    groups.write_text(json.dumps({"id": "g", "documents": [{"title": "T", "text": STORY}]}) + "\n")
    result = runner.invoke(app, ["summarize", str(groups), "-o", str(groups)])
    assert result.exit_code == 2 and "is also an input" in result.output


@pytest.mark.parametrize("touch", [False, True])
def test_ctrl_c_says_whether_the_output_file_was_touched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, touch: bool
) -> None:
    """A file changed by the run: "nothing new was written" was untrue. robust22: timeline writes
    its file whole or not at all (output.files.replacing), so a changed file is the whole new one
    (moved in before the Ctrl-C), not "part of the output"."""
    import newsprism.timeline as timeline

    def stopped(paths: object, output: Path, **_: object) -> None:
        if touch:
            output.write_text('{"topic": "a", "entries": []}\n')
        raise KeyboardInterrupt

    monkeypatch.setattr(timeline, "write_timelines", stopped)
    (tmp_path / "a.txt").write_text(STORY)
    out = tmp_path / "t.jsonl"
    out.write_text("an earlier timeline\n")
    result = runner.invoke(app, ["timeline", str(tmp_path / "a.txt"), "-o", str(out)])
    assert result.exit_code == 130
    if touch:
        assert f"interrupted: {out} was written whole before the interrupt" in result.output
    else:
        assert "nothing new was written" in result.output and "run the command again" in result.output


def test_a_closed_standard_input_says_so(tmp_path: Path) -> None:
    """`newsprism digest - -o OUT <&-` said "input path '/dev/stdin' is a symbolic link that leads
    to nothing (it points to '/proc/self/fd/0')"."""
    if not Path("/dev/stdin").is_symlink():
        pytest.skip("no /dev/stdin link")
    for args in (["digest", "-", "-o", str(tmp_path / "o")], ["summarize", "-", "-o", "-"]):
        done = subprocess.run(
            [sys.executable, "-m", "newsprism", *args],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            preexec_fn=lambda: os.close(0),
        )
        assert done.returncode == 2, done.stderr
        assert done.stderr.startswith("error: standard input (-) is closed"), done.stderr
        assert len(done.stderr.strip().splitlines()) == 1


def test_jobs_zero_is_the_cores_this_process_may_use(monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch job's or a container's cpuset is fewer cores than the machine's os.cpu_count."""
    if not hasattr(os, "sched_getaffinity"):
        pytest.skip("no CPU affinity here")
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    assert [workers.usable_jobs(j) for j in (0, 1, 2, 8)] == [2, 1, 2, 2]


# -- the journey: a folder of mixed junk --------------------------------------------------------


def test_a_file_gzipped_twice_is_read(tmp_path: Path) -> None:
    """A crawler's gzip-encoded body saved as .gz and compressed again, or a .jsonl.gz gzip'd once
    more: read once gunzipped, each line was "binary content"."""
    data = _jsonl(RECORDS).encode()
    (tmp_path / "twice.jsonl.gz").write_bytes(gzip.compress(gzip.compress(data)))
    (tmp_path / "thrice.jsonl.gz").write_bytes(gzip.compress(gzip.compress(gzip.compress(data))))
    page = f"<html><body><p>{STORY}</p></body></html>".encode()
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(gzip.compress(page)))
    docs = list(read_documents([tmp_path]))
    assert [d.id for d in docs] == ["page", "r0", "r1", "r2", "r0~2", "r1~2", "r2~2"]
    assert all(d.error is None for d in docs)
    (tmp_path / "cut.jsonl.gz").write_bytes(gzip.compress(gzip.compress(data))[:-30])
    *_, last = read_documents([tmp_path / "cut.jsonl.gz"])
    assert last.error is not None and "truncated gzip stream" in last.error


def test_tables_documents_and_web_archives_in_a_folder_say_what_to_do(tmp_path: Path) -> None:
    """An export.csv of articles beside the pages was passed over in silence."""
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "export.csv").write_text("id,title,text\n1,T,Some text\n")
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4\n\x00\x01")
    (tmp_path / "saved.mhtml").write_text("MIME-Version: 1.0\n")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG")  # a page's assets stay unsaid
    (tmp_path / "README.md").write_text("notes")
    docs = {d.id: d.error or "" for d in read_documents([tmp_path])}
    assert docs.keys() == {"a", "export", "report", "saved"}
    assert docs["export"].startswith("not read: a CSV table (newsprism reads text, HTML, JSON")
    assert docs["export"].endswith(
        'write its rows as JSON Lines, one {"id", "title", "text"} record per line, which newsprism reads'
    )
    assert docs["report"].startswith("not read: a PDF") and docs["report"].endswith(
        "save it as text or HTML first"
    )
    assert docs["saved"].endswith('save the page as HTML ("Webpage, HTML only") instead')
    # named on the command line, a CSV was read as one page of text
    [named] = read_documents([tmp_path / "export.csv"])
    assert named.id == "export" and named.error == docs["export"]


def test_an_earlier_timeline_read_as_input_says_what_it_is(tmp_path: Path) -> None:
    (tmp_path / "t.jsonl").write_text(json.dumps({"topic": "all", "entries": []}) + "\n")
    [doc] = read_documents([tmp_path / "t.jsonl"])
    assert doc.error is not None and doc.error.endswith(
        "; it is a line of a newsprism timeline's output, not news"
    )


def test_an_output_file_whose_folder_cannot_be_made_fails_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`timeline DATA -o typo/t.jsonl` where typo is a file failed only once every input was read."""
    import newsprism.timeline as timeline

    monkeypatch.setattr(timeline, "write_timelines", lambda *a, **k: pytest.fail("read the inputs"))
    (tmp_path / "a.txt").write_text(STORY)
    result = runner.invoke(
        app, ["timeline", str(tmp_path / "a.txt"), "-o", str(tmp_path / "a.txt" / "t.jsonl")]
    )
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"error: -o '{tmp_path / 'a.txt' / 't.jsonl'}': '{tmp_path / 'a.txt'}' is a file, not a folder; "
        "give another output path"
    )
    monkeypatch.undo()
    result = runner.invoke(
        app, ["timeline", str(tmp_path / "a.txt"), "-o", str(tmp_path / "new" / "t.jsonl"), "-q"]
    )
    assert result.exit_code == 0 and (tmp_path / "new" / "t.jsonl").is_file()


def test_a_rerun_into_an_earlier_timeline_of_a_long_first_line_is_not_refused(tmp_path: Path) -> None:
    """The earlier timeline in the input folder was told by parsing its first 1 MB: a first line
    longer than that (a long topic's dates) was taken for an input, and the re-run refused."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.txt").write_text(STORY)
    entries = [{"date": "2024-01-01", "text": "x" * 1000, "article_ids": ["a"]}] * 1500
    (data / "t.jsonl").write_text(json.dumps({"topic": "all", "entries": entries}) + "\n")
    result = runner.invoke(app, ["timeline", str(data), "-o", str(data / "t.jsonl"), "-q"])
    assert result.exit_code == 0, result.output
    assert json.loads((data / "t.jsonl").read_text())["topic"] == "all"
    # a user's records there are still refused as an output
    (data / "mine.jsonl").write_text(_jsonl(RECORDS))
    result = runner.invoke(app, ["timeline", str(data), "-o", str(data / "mine.jsonl"), "-q"])
    assert result.exit_code == 2 and "is a file in the input folder" in result.output


def test_a_warc_cut_inside_a_record_header_says_so(tmp_path: Path) -> None:
    """warcio ends in silence where an uncompressed WARC stops inside a record's header: the pages
    after the cut were lost unsaid (file, pipe, or gzip'd whole alike)."""
    whole = write_crawl(tmp_path / "c.warc", gzip=False).read_bytes()
    fourth = [i for i in range(len(whole)) if whole.startswith(b"WARC/1", i)][3]
    # inside the fourth record's header: before its WARC-Type, and after it
    for at in (fourth + 30, fourth + 280):
        (tmp_path / "cut.warc").write_bytes(whole[:at])
        (tmp_path / "cutgz.warc.gz").write_bytes(gzip.compress(whole[:at]))
        for name in ("cut.warc", "cutgz.warc.gz"):
            docs = list(read_documents([tmp_path / name]))
            stem = name.split(".")[0]
            assert [d.id for d in docs] == [f"{stem}-3", f"{stem}-4"]
            assert docs[0].error is None
            assert docs[1].error is not None and docs[1].error.startswith(
                "truncated WARC: the input ends inside record 4 (cut short"
            ), (at, docs[1].error)
    # whole, or cut between records, nothing is said
    assert [d.error for d in read_documents([tmp_path / "c.warc"])] == [None, None]
    (tmp_path / "between.warc").write_bytes(whole[:fourth])
    assert [d.id for d in read_documents([tmp_path / "between.warc"])] == ["between-3"]


def test_a_gzipped_warc_cut_short_and_piped_keeps_its_first_pages(tmp_path: Path) -> None:
    """Its format is told by its first bytes: read at once, the cut's error lost them and the
    input was one page of text, "truncated gzip stream"; the pages before the cut were lost."""
    data = write_crawl(tmp_path / "c.warc.gz").read_bytes()
    (tmp_path / "crawl").write_bytes(data[:1500])  # no extension: sniffed
    docs = list(read_documents([tmp_path / "crawl"]))
    assert docs[0].id == "crawl-3" and docs[0].error is None
    assert docs[-1].error is not None and "truncated gzip stream after" in docs[-1].error
    if hasattr(os, "mkfifo"):
        piped = list(_piped(tmp_path, data[:1500], "stdin"))
        assert [d.error for d in piped] == [d.error for d in docs]


# Ctrl-C (or any error) while timeline or summarize writes its file: the earlier file was cut to
# what was written so far. output.files.replacing writes it whole or not at all (timeline.py and
# summarise/__init__.py write through it).


def test_a_timeline_stopped_while_written_leaves_the_earlier_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsprism.timeline as timeline

    def stopped(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(timeline, "build_timeline", stopped)
    (tmp_path / "a.txt").write_text(STORY)
    out = tmp_path / "t.jsonl"
    out.write_text("an earlier timeline\n")
    with pytest.raises(KeyboardInterrupt):
        timeline.write_timelines([tmp_path / "a.txt"], out)
    assert out.read_text() == "an earlier timeline\n" and sorted(p.name for p in tmp_path.iterdir()) == [
        "a.txt",
        "t.jsonl",
    ]


def test_summaries_stopped_while_written_leave_the_earlier_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsprism.summarise as summarise

    def stopped(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(summarise, "summarise", stopped)
    groups = tmp_path / "g.jsonl"
    groups.write_text(json.dumps({"id": "g", "documents": [{"title": "T", "text": STORY}]}) + "\n")
    out = tmp_path / "s.jsonl"
    out.write_text("earlier summaries\n")
    with pytest.raises(KeyboardInterrupt):
        summarise.write_summaries(groups, out)
    assert out.read_text() == "earlier summaries\n" and sorted(p.name for p in tmp_path.iterdir()) == [
        "g.jsonl",
        "s.jsonl",
    ]


@pytest.mark.parametrize("length", [100, 4095, 4096, 9000])
def test_a_broken_first_line_of_any_length_keeps_the_lines_after_it(tmp_path: Path, length: int) -> None:
    """The second line's start is looked at past the first look's 4 KB too (a first line of
    exactly 4,095 bytes and its newline filled the look, and the lines after it were lost)."""
    broken = '{"id": "a", "text": "' + "x" * (length - 25) + '",}'
    assert len(broken) == length - 1
    (tmp_path / "dump.json").write_text(broken + "\n" + _jsonl(RECORDS))
    assert [d.id for d in read_documents([tmp_path / "dump.json"])] == ["dump-1", "r0", "r1", "r2"]
