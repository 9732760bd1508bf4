"""Journey 14 (session 28): a run logged to a file, near-miss output names, editors' backups, a
--group-by of a field no record has, news records given to summarize, a folder of mixed inputs.

Each test failed on the code before its fix, but for the controls named so (the inputs are made
up, in the style of the dev data's records)."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprism import cli
from newsprism.errors import GroupFieldMissing
from newsprism.ingest import read_documents
from test_robust26_journey12 import BODY, _docs, _run

# a progress line: the run's clock, then what is being done
PROGRESS = re.compile(r"^\d+:\d\d:\d\d (.*)$")


def _progress_lines(stderr: str) -> list[str]:
    return [m.group(1) for line in stderr.splitlines() if (m := PROGRESS.match(line))]


def _records(path: Path, n: int, **fields: object) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            record = {"id": f"r{i}", "title": f"Storm hits coast {i}", "text": BODY, **fields}
            f.write(json.dumps(record) + "\n")
    return path


# -- 1. progress into a log file ----------------------------------------------------------------------


def test_digest_into_a_log_says_each_step_as_a_line(tmp_path: Path) -> None:
    """`digest data -o out 2> run.log`: the display draws only on a terminal, so a log held nothing
    until the last line. Now each step is a plain line with the run's clock, and no carriage return
    (a terminal's redrawing) reaches the file."""
    _docs(tmp_path / "data", 3)
    done = _run(["digest", "data", "-o", "out"], tmp_path)
    assert done.returncode == 0, done.stderr
    lines = _progress_lines(done.stderr)
    assert lines[0] == "reading: 3 documents, 0 dropped"
    assert "linking articles: copies" in lines and "writing" in lines
    reporting = [line for line in lines if line.startswith("reporting: ")]
    assert (
        reporting[0].startswith("reporting: 0 of ") and reporting[-1].split(": ")[1].split(" of ")[0] != "0"
    )
    assert "\r" not in done.stderr
    assert done.stderr.splitlines()[-1].startswith("3 documents: ")  # the summary stays last


def test_quiet_and_a_refused_input_print_no_progress_line(tmp_path: Path) -> None:
    """Control (passes before and after): -q prints no progress line (digest's summary line
    stays); an input refused at the start says only its error, with no progress line before it."""
    _docs(tmp_path / "data", 2)
    done = _run(["digest", "data", "-q", "-o", "out"], tmp_path)
    assert done.returncode == 0 and done.stderr.splitlines()[0].startswith("2 documents: ")
    missing = _run(["timeline", "nothere", "-o", "t.jsonl"], tmp_path)
    assert missing.returncode == 2 and missing.stderr.startswith("error: input path 'nothere'")


def test_timeline_into_a_log_counts_its_timelines(tmp_path: Path) -> None:
    """timeline into a log: its reading, then its timelines counted as one step (a line per
    timeline was one per outlet with --group-by outlet)."""
    _records(tmp_path / "docs.jsonl", 2, topic="storm")
    done = _run(["timeline", "docs.jsonl", "-o", "t.jsonl"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert _progress_lines(done.stderr) == ["reading: 2 documents", "building timelines"]


def test_a_long_step_says_how_far_it_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Within a long step, a line at most every EVERY_SECONDS saying how far it is (here every
    document, with the wait set to none); the reader of the log sees the run moving."""
    _docs(tmp_path / "data", 3)
    monkeypatch.setattr(cli._ProgressLines, "EVERY_SECONDS", 0.0)
    result = CliRunner().invoke(
        cli.app, ["timeline", str(tmp_path / "data"), "-o", str(tmp_path / "t.jsonl")]
    )
    assert result.exit_code == 0, result.output
    lines = _progress_lines(result.output)
    # the last count said once: the step's end does not say it again
    assert lines == [
        "reading: 1 document",
        "reading: 2 documents",
        "reading: 3 documents",
        "building timelines",
    ]


# -- 2. an -o that begins or ends with a space --------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "given", "name", "meant", "kind"),
    [
        ("digest", "out ", "out ", "out", "folder"),
        ("timeline", "t.jsonl ", "t.jsonl ", "t.jsonl", "file"),
        ("timeline", "runs /t.jsonl", "runs ", "runs/t.jsonl", "folder"),
        ("digest", " out", " out", "out", "folder"),
    ],
)
def test_an_output_name_with_a_space_at_an_end_is_refused(
    tmp_path: Path, command: str, given: str, name: str, meant: str, kind: str
) -> None:
    """`-o "out "` (a quoted "$OUT " or a pasted name) made a folder `out ` in silence, which `ls`
    shows as `out`; the next run's `-o out` made another."""
    _docs(tmp_path / "data", 1)
    done = _run([command, "data", "-o", given], tmp_path)
    assert done.returncode == 2
    assert done.stderr.splitlines()[0] == (
        f"error: -o {given!r}: the name {name!r} begins or ends with a space, so a {kind} of that name "
        f'would be made, space and all (a quoted "$OUT ", a pasted name?): give -o {meant!r}; to write '
        "to a name with the space, make it first"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_an_output_name_with_a_space_that_is_there_is_written_to(tmp_path: Path) -> None:
    """Control (passes before and after): a folder that really has the space is the user's."""
    _docs(tmp_path / "data", 1)
    (tmp_path / "out ").mkdir()
    done = _run(["digest", "data", "-q", "-o", "out "], tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out " / "articles.jsonl").is_file()


# -- 3. editors' backups ------------------------------------------------------------------------------


def test_an_editors_backups_in_a_folder_are_passed_over_in_one_line(tmp_path: Path) -> None:
    """`page.html~` (Emacs, vim, gedit) and `#page.html#` (Emacs autosave) beside the page: read as
    pages saved under their address's name, each an older copy of its page, marked a copy of it."""
    data = _docs(tmp_path / "data", 2)
    for name in ("0.txt~", "1.txt~", "#0.txt#"):
        (data / name).write_text((data / "0.txt").read_text(encoding="utf-8"), encoding="utf-8")
    done = _run(["digest", "data", "-o", "out"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1].startswith("2 documents: ")
    said = [line for line in done.stderr.splitlines() if "backup" in line]
    assert said == [
        "warning: passed over data/#0.txt# and 2 more: an editor's backup (a name ending in ~, or "
        "#name#) is an older copy of the file beside it, not a page of its own; name one on the "
        "command line to read it"
    ]


def test_a_backup_named_on_the_command_line_is_read(tmp_path: Path) -> None:
    """Control (passes before and after): a file named is read whatever its name."""
    data = _docs(tmp_path / "data", 1)
    (data / "0.txt").rename(data / "0.txt~")
    done = _run(["digest", "data/0.txt~", "-q", "-o", "out"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert len((tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()) == 1


# -- 4. --group-by of a field no record has ----------------------------------------------------------


def test_the_early_group_field_message_says_first_records() -> None:
    """GroupFieldMissing for a run stopped at its first records: it says so, and how to read
    records of the field that come later."""
    said = str(GroupFieldMissing("topic", 1000, ["category"], first=True))
    assert said == (
        "none of the first 1000 records read has a 'topic' field to group by (the JSONL records' other "
        "fields: category): give one of those, or leave out --group-by for one timeline; if later "
        "records have it, name their files first"
    )
    assert str(GroupFieldMissing("topic", 5, [])).startswith("none of the 5 articles has a 'topic' field")


def test_a_group_by_field_no_record_has_stops_at_the_first_records(tmp_path: Path) -> None:
    """`timeline heap.jsonl --group-by topic` of records with no topic read all 10,000 (40 s) and
    failed at the end; it stops once the first 1,000 records have none."""
    _records(tmp_path / "docs.jsonl", 1200, category="weather")
    done = _run(["timeline", "docs.jsonl", "--group-by", "topic", "-q", "-o", "t.jsonl"], tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("error: none of the first 1000 records read has a 'topic' field")
    assert "fields: category" in done.stderr


def test_a_group_by_field_later_records_have_is_read(tmp_path: Path) -> None:
    """Control (passes before and after): a few records without the field before those with it."""
    path = _records(tmp_path / "docs.jsonl", 3)
    with path.open("a", encoding="utf-8") as f:
        f.write(json.dumps({"id": "t1", "title": "Storm", "text": BODY, "topic": "storm"}) + "\n")
    done = _run(["timeline", "docs.jsonl", "--group-by", "topic", "-q", "-o", "t.jsonl"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / "t.jsonl").read_text(encoding="utf-8"))["topic"] == "storm"


# -- 5. news records given to summarize --------------------------------------------------------------


def test_summarize_of_news_records_says_what_reads_them(tmp_path: Path) -> None:
    """`summarize docs.jsonl` said "group '...' has no 'documents' list", not that the line is a
    news record and that digest and timeline read those."""
    _records(tmp_path / "docs.jsonl", 2)
    done = _run(["summarize", "docs.jsonl", "-o", "s.jsonl"], tmp_path)
    assert done.returncode == 2
    said = done.stderr.splitlines()[0]
    assert "line 1: a news article's record (id, title, text), not a group of documents" in said
    assert "newsprism digest docs.jsonl -o OUT" in said and not (tmp_path / "s.jsonl").exists()


# -- 6. a folder of mixed inputs: one record's text of many megabytes ---------------------------------


def _long_record(path: Path, chars: int) -> Path:
    sentences, i = [], 0
    while sum(map(len, sentences)) < chars:
        sentences.append(f"A storm hit coast town number {i} on Monday, officials said. ")
        i += 1
    record = {"id": "dump", "title": "Everything", "text": "".join(sentences)}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_text_too_long_for_a_news_article_is_dropped_saying_what_to_do(tmp_path: Path, jobs: int) -> None:
    """A record whose text is a dump (an export that glued a site's articles into one field): one
    paragraph of 25 million characters held the report stage for over 8 minutes as one article.
    Past MAX_ARTICLE_CHARS it is a dropped row that says to give each article its own record."""
    from newsprism import pipeline
    from newsprism.ingest import read_documents

    dump = _long_record(tmp_path / "dump.jsonl", pipeline.MAX_ARTICLE_CHARS + 1)
    news = _records(tmp_path / "news.jsonl", 8)
    articles = list(pipeline.extract_all(read_documents([dump, news]), jobs=jobs))
    assert [a.id for a in articles if a.kept] == [f"r{i}" for i in range(8)]
    [dropped] = [a for a in articles if not a.kept]
    assert dropped.id == "dump" and dropped.text == ""
    assert dropped.dropped is not None and dropped.dropped.startswith(
        "too long for one news article: 1,000,0"
    )
    assert dropped.dropped.endswith("if it holds many articles, give each its own record or file")


def test_a_long_news_article_is_kept() -> None:
    """Control (passes before and after): 200,000 characters, past the longest of the dev sets."""
    from newsprism import pipeline
    from newsprism.records import Document

    text = "".join(f"A storm hit coast town number {i} on Monday, officials said. " for i in range(3500))
    assert 200_000 < len(text) < 1_000_000
    [article] = pipeline.extract_all([Document(id="long", source="long.txt", content=text, kind="text")])
    assert article.kept and len(article.text) > 190_000


def test_links_in_a_folder_that_lead_nowhere_say_where_they_point(tmp_path: Path) -> None:
    """A loop of links in a folder was "cannot read the file: Too many levels of symbolic links"
    (the system's words), and a dangling link "broken symbolic link: no such target", naming no
    target; named on the command line, each was already said with where it points."""
    data = _docs(tmp_path / "data", 1)
    (data / "loop1.html").symlink_to("loop2.html")
    (data / "loop2.html").symlink_to("loop1.html")
    (data / "gone.txt").symlink_to("moved/gone.txt")
    errors = {doc.source.rsplit("/", 1)[1]: doc.error for doc in read_documents([data]) if doc.error}
    assert errors == {
        "gone.txt": "broken symbolic link: it leads to nothing (it points to 'moved/gone.txt'); fix or remove the link",
        "loop1.html": "cannot read the file: it is a symbolic link that goes round in a loop of links (it points "
        "to 'loop2.html'); fix or remove the link",
        "loop2.html": "cannot read the file: it is a symbolic link that goes round in a loop of links (it points "
        "to 'loop1.html'); fix or remove the link",
    }


@pytest.mark.parametrize("content", [b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n", b"\xff\xfe"])
def test_a_file_of_a_byte_order_mark_alone_is_an_empty_file(tmp_path: Path, content: bytes) -> None:
    """An empty file Windows Notepad saved as UTF-8 (its byte order mark alone) was "no article text
    found on the page", where a file of spaces is "empty file: nothing but whitespace". (Controls,
    passing before and after: the mark and a line end; UTF-16's mark alone.)"""
    (tmp_path / "note.txt").write_bytes(content)
    [doc] = read_documents([tmp_path / "note.txt"])
    assert doc.error == "empty file: nothing but whitespace"


def test_a_warc_gzipped_whole_and_cut_short_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    """`gzip crawl.warc`, then a download that stopped: the read that met the cut lost the records
    it had decompressed before it, so "truncated gzip stream after 0 records; nothing could be
    read" of a file whose first records were whole. (Control: the whole file, read before and after.)"""
    from test_rev27_warc import _response, _warcinfo

    whole = gzip.compress(_warcinfo() + b"".join(_response(n) for n in range(1, 6)))
    (tmp_path / "whole.warc.gz").write_bytes(whole)
    assert [d.error for d in read_documents([tmp_path / "whole.warc.gz"])] == [None] * 5
    (tmp_path / "cut.warc.gz").write_bytes(whole[: len(whole) * 9 // 10])
    docs = list(read_documents([tmp_path / "cut.warc.gz"]))
    assert len(docs) >= 3 and all(d.error is None and d.content for d in docs[:-1])
    assert docs[-1].error is not None and "the records before it were read" in docs[-1].error
