"""Journey 13 (session 27): a new user's messy folder, and the command line around it.

Each test failed on the code before its fix, but for the controls named so (the inputs are made
up, in the style of the dev data's records)."""

from __future__ import annotations

import functools
import json
import os
import pwd
import signal
import subprocess
from pathlib import Path

import pytest

from newsprism import __version__
from newsprism.ingest import jsonl, read_documents, streams
from test_robust26_journey12 import BODY, COMMAND, _docs, _run


def _record(i: int, **fields: object) -> dict[str, object]:
    return {"id": f"s{i}", "title": f"Storm hits coast {i}", "text": BODY, **fields}


# -- 1. an -o of ~name: another user's home, or a folder of that name ---------------------------------

# a user every Linux has, and a name no user has (a ~name of no user is left as it is by the shell)
USER = "root"
NO_USER = "~newsprism-no-such-user"


def test_an_output_of_another_users_home_in_quotes_says_both_ways(tmp_path: Path) -> None:
    """`-o "~backup"`: "write ~backup unquoted, or /var/backups" sent the user who meant a folder
    named ~backup into user backup's home (Debian has one); the ./ way was not said."""
    _docs(tmp_path / "data", 1)
    done = _run(["digest", "data", "-o", f"~{USER}/out"], tmp_path)
    assert done.returncode == 2
    said = done.stderr.splitlines()[0]
    home = pwd.getpwnam(USER).pw_dir
    assert said == (
        f"error: -o '~{USER}/out' starts with a ~ the shell did not turn into user {USER}'s home folder (it "
        f"does not in quotes, nor after --output=): for that folder write ~{USER}/out unquoted, or "
        f"{home}/out; for a folder named ~{USER} here, write ./~{USER}/out"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_an_output_of_a_tilde_name_no_user_has_is_that_folder(tmp_path: Path) -> None:
    """`-o ~old` where there is no user old: the shell leaves it as it is, quoted or not, so it can
    only mean a folder called ~old; it was refused with "write ~old unquoted, or ~old"."""
    with pytest.raises(KeyError):
        pwd.getpwnam(NO_USER[1:])
    _docs(tmp_path / "data", 1)
    done = _run(["timeline", "data", "-q", "-o", f"{NO_USER}/t.jsonl"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / NO_USER / "t.jsonl").is_file()


def test_a_missing_input_of_a_tilde_name_no_user_has_gets_no_advice_to_unquote(tmp_path: Path) -> None:
    """`digest ~old -o out` with no ~old: "write ~old unquoted, or ~old" told the user to do what
    they did."""
    done = _run(["digest", NO_USER, "-o", "out"], tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"error: input path '{NO_USER}' does not exist: give a file or a folder of news pages"
    )


def test_the_home_folder_of_ones_own_tilde_is_said_as_before(tmp_path: Path) -> None:
    """Control (passes before and after): `-o "~/out"` names the user's own home."""
    _docs(tmp_path / "data", 1)
    done = _run(["digest", "data", "-o", "~/out"], tmp_path)
    assert done.returncode == 2
    assert done.stderr.splitlines()[0].endswith(f"write ~/out unquoted, or {os.path.expanduser('~')}/out")


# -- 2. --version after a command ---------------------------------------------------------------------


@pytest.mark.parametrize("command", ["digest", "timeline", "summarize"])
def test_a_commands_version_is_the_programs(tmp_path: Path, command: str) -> None:
    """`newsprism digest --version` was "error: no such option: --version" and exit 2."""
    done = _run([command, "--version"], tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"newsprism {__version__}\n", "")


# -- 3. JSON Lines with classic Mac line ends (a lone CR) -----------------------------------------------


def test_json_lines_with_lone_cr_line_ends_are_read_line_by_line(tmp_path: Path) -> None:
    """An export with CR-only line ends was one line: "malformed JSON on line 1: Extra data". Each
    line is a record again; a broken one is dropped alone, under its own line's number."""
    lines = [json.dumps(_record(1)), '{"id": "s2", "text": "x",}', json.dumps(_record(3))]
    path = tmp_path / "mac.jsonl"
    path.write_bytes("\r".join(lines).encode() + b"\r")
    docs = list(read_documents([path]))
    assert [(d.id, d.source.rsplit("#", 1)[1], d.error is None) for d in docs] == [
        ("s1", "line 1", True),
        ("mac-2", "line 2", False),
        ("s3", "line 3", True),
    ]
    assert docs[0].content == BODY


def test_lines_longer_than_a_look_and_crlf_lines_read_as_before(tmp_path: Path) -> None:
    """Records longer than the first look (4 KB), CR-only; and a CRLF file (control: read before)."""
    long = [json.dumps(_record(i, text=BODY * 40)) for i in range(3)]
    (tmp_path / "mac.jsonl").write_bytes("\r".join(long).encode())
    (tmp_path / "dos.jsonl").write_bytes("\r\n".join(long).encode() + b"\r\n")
    for name in ("mac.jsonl", "dos.jsonl"):
        docs = list(read_documents([tmp_path / name]))
        assert [(d.id, d.error) for d in docs] == [("s0", None), ("s1", None), ("s2", None)], name


# -- 4. an 'authors' string naming several people -------------------------------------------------------


@pytest.mark.parametrize(
    ("authors", "names"),
    [
        ("Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Jane Doe; John Roe", ["Jane Doe", "John Roe"]),
        (["Jane Doe, John Roe", "Jane Doe"], ["Jane Doe", "John Roe"]),
        ("Jane Doe, Reuters", ["Jane Doe"]),
    ],
)
def test_an_authors_string_of_several_names_is_read_as_a_byline(
    tmp_path: Path, authors: object, names: list[str]
) -> None:
    """A record's "authors": "Jane Doe, John Roe" was one author of that name."""
    (tmp_path / "a.jsonl").write_text(json.dumps(_record(1, authors=authors)) + "\n", encoding="utf-8")
    [doc] = read_documents([tmp_path / "a.jsonl"])
    assert list(doc.authors) == names


@pytest.mark.parametrize("authors", ["Doe, Jane", "Jane Doe", "Associated Press", "王小明, 李华"])
def test_an_authors_string_with_no_byline_names_is_kept_as_written(tmp_path: Path, authors: str) -> None:
    """Control (passes before and after): surname first, one name, an agency, names the byline
    reader does not read."""
    (tmp_path / "a.jsonl").write_text(json.dumps(_record(1, authors=authors)) + "\n", encoding="utf-8")
    [doc] = read_documents([tmp_path / "a.jsonl"])
    assert doc.authors == (authors,)


# -- 5. a pretty-printed .json over the size limit --------------------------------------------------------

LIMIT = 20_000  # bytes: a made-up limit that the file passes and each record is within


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonl, "MAX_DOCUMENT_BYTES", LIMIT)
    monkeypatch.setattr(jsonl, "read_capped", functools.partial(streams.read_capped, limit=LIMIT))


@pytest.mark.usefixtures("small_limit")
def test_pretty_printed_records_over_the_limit_in_all_are_each_read(tmp_path: Path) -> None:
    """`jq '.[]' export.json > all.json` of over 50 MB: one dropped row "too large", the records
    lost, while the same under 50 MB was read record by record."""
    records = [_record(i) for i in range(120)]
    path = tmp_path / "all.json"
    path.write_text("".join(json.dumps(r, indent=2) + "\n" for r in records), encoding="utf-8")
    assert path.stat().st_size > LIMIT
    docs = list(read_documents([path]))
    assert [(d.id, d.error) for d in docs] == [(f"s{i}", None) for i in range(120)]


@pytest.mark.usefixtures("small_limit")
def test_one_record_over_the_limit_is_still_one_row(tmp_path: Path) -> None:
    """Control (passes before and after): one pretty-printed record over the limit is too large."""
    path = tmp_path / "one.json"
    path.write_text(json.dumps(_record(1, text=BODY * 200), indent=2), encoding="utf-8")
    [doc] = read_documents([path])
    assert doc.id == "one" and doc.error is not None and doc.error.startswith("too large")


# -- 6. a full disk, met before any reading ----------------------------------------------------------


def _no_room() -> None:
    """A full disk, as a process sees it: no file may grow (EFBIG at the first byte), while an
    empty file may still be made, as on a full disk. Python ignores SIGXFSZ, so the write fails."""
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["timeline", "data", "-o", "out/t.jsonl"], "error: cannot write -o 'out/t.jsonl': File too large; "),
        (["digest", "data", "-o", "out"], "error: cannot write the output folder 'out': File too large"),
    ],
)
def test_an_output_that_cannot_grow_is_refused_before_any_reading(
    tmp_path: Path, args: list[str], said: str
) -> None:
    """On a full disk an empty scratch file could still be made, so `timeline` read its whole
    input (a warning for each dropped page) and failed only at its first line; digest at its
    first article. The probe now writes a block: the one line is the refusal."""
    data = _docs(tmp_path / "data", 2)
    (data / "export.csv").write_text("title,text\nStorm,A storm hit.\n", encoding="utf-8")  # a dropped page
    done = subprocess.run(
        [*COMMAND, *args],
        check=False,
        timeout=300,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        preexec_fn=_no_room,
    )
    assert done.returncode == 2
    assert done.stderr.startswith(said) and len(done.stderr.splitlines()) == 1, done.stderr


# -- 7. Ctrl-C while digest moves its outputs in -----------------------------------------------------


def _ids(path: Path) -> set[str]:
    return {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()}


def test_a_ctrl_c_while_the_outputs_are_moved_in_leaves_them_all_of_one_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The six outputs are moved in one by one: a Ctrl-C between two of them left the new run's
    articles.jsonl beside the earlier run's events.jsonl (other ids). It waits for the last one."""
    from newsprism import pipeline

    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text(json.dumps(_record(1)) + "\n", encoding="utf-8")
    second.write_text(json.dumps(_record(2, id="t2")) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    pipeline.digest([first], out)
    replace = os.replace

    def moved_then_interrupted(src: object, dst: object) -> None:
        replace(src, dst)  # type: ignore[arg-type]
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C right after the first output is in

    monkeypatch.setattr(os, "replace", moved_then_interrupted)
    # Ctrl-C as a terminal delivers it: a suite started in the background (`cmd &` in a script, as
    # some CI runners do) inherits SIGINT ignored, and the run rightly leaves an ignored one so
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            pipeline.digest([second], out)
    finally:
        signal.signal(signal.SIGINT, previous)
    monkeypatch.undo()
    events = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert _ids(out / "articles.jsonl") == {"t2"}
    assert {a for e in events for a in e["article_ids"]} == {"t2"}
    assert not (out / pipeline.STAGE).exists()


@pytest.mark.parametrize("moved_in", [False, True])
def test_digests_ctrl_c_says_whether_the_new_outputs_are_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, moved_in: bool
) -> None:
    """A Ctrl-C once the outputs were moved in said "nothing new was written", of a folder of new
    outputs. Told by articles.jsonl, as timeline's message is told by its file."""
    from typer.testing import CliRunner

    from newsprism import pipeline
    from newsprism.cli import app

    def stopped(paths: object, output: Path, **_: object) -> None:
        if moved_in:
            (output / "articles.jsonl").write_text(json.dumps(_record(2)) + "\n", encoding="utf-8")
        raise KeyboardInterrupt

    out = _docs(tmp_path / "out", 0)
    (out / "articles.jsonl").write_text(json.dumps(_record(1)) + "\n", encoding="utf-8")
    os.utime(out / "articles.jsonl", (1, 1))  # an earlier run's file, an earlier time
    monkeypatch.setattr(pipeline, "digest", stopped)
    (tmp_path / "a.txt").write_text(f"Storm\n\n{BODY}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["digest", str(tmp_path / "a.txt"), "-o", str(out)])
    assert result.exit_code == 130
    if moved_in:
        assert f"interrupted: {out} was written whole before the interrupt" in result.output
    else:
        assert f"interrupted: nothing new was written to {out}" in result.output


# -- 8. a page saved by a browser with its resources ----------------------------------------------------

ARTICLE_PAGE = (
    f"<html><head><title>Storm hits coast</title></head><body><article><p>{BODY}</p></article></body></html>"
)


def test_a_saved_pages_resource_folder_is_passed_over(tmp_path: Path) -> None:
    """ "Save Page As..., Web Page, Complete" writes Storm.html and Storm_files/ (scripts, images,
    the HTML of its ad and sign-in frames): each frame was a page of its own, dropped "no article
    text found", a row and a warning apiece."""
    saved = tmp_path / "saved"
    (saved / "Storm_files").mkdir(parents=True)
    (saved / "Storm.html").write_text(ARTICLE_PAGE, encoding="utf-8")
    (saved / "Storm_files" / "saved_resource.html").write_text(
        '<html><body><div id="ad"><a href="https://ads.example"><img src="b.png"></a></div></body></html>',
        encoding="utf-8",
    )
    (saved / "Storm_files" / "app.js").write_text("var a = 1;", encoding="utf-8")
    assert [d.id for d in read_documents([saved])] == ["Storm"]


def test_a_files_folder_of_no_saved_page_or_named_is_read(tmp_path: Path) -> None:
    """Control (passes before and after): `press_files/` with no press.html beside it is a folder
    like any other, and a resource folder named on the command line is read."""
    (tmp_path / "press_files").mkdir()
    (tmp_path / "press_files" / "a.html").write_text(ARTICLE_PAGE, encoding="utf-8")
    (tmp_path / "Storm.htm").write_text(ARTICLE_PAGE, encoding="utf-8")
    assert [d.id for d in read_documents([tmp_path])] == ["Storm", "a"]
    (tmp_path / "Storm_files").mkdir()
    (tmp_path / "Storm_files" / "b.html").write_text(ARTICLE_PAGE, encoding="utf-8")
    assert [d.id for d in read_documents([tmp_path / "Storm_files"])] == ["b"]


# -- 9. a folder's notes: README, LICENSE, robots.txt ----------------------------------------------------


def test_a_folders_notes_are_not_read_as_pages(tmp_path: Path) -> None:
    """A dataset's README.txt was read as a page and kept as an article of the run's events; a
    mirror's robots.txt was a dropped row ("no article text found"). In a folder they are passed
    over, as a README.md is."""
    data = _docs(tmp_path / "data", 1)
    (data / "README.txt").write_text(
        "Pages scraped from five outlets in March 2024 for the flood study. Each file is one page, saved "
        "as text. The gold labels are in gold.jsonl. Contact the maintainers before sharing the set.\n",
        encoding="utf-8",
    )
    (data / "robots.txt").write_text("User-agent: *\nDisallow: /search\n", encoding="utf-8")
    (data / "LICENSE").write_text("Creative Commons Attribution 4.0 International\n", encoding="utf-8")
    assert [d.id for d in read_documents([data])] == ["0"]


def test_a_readme_named_by_a_shells_star_is_a_dropped_row(tmp_path: Path) -> None:
    """`digest data/* -o out` names the README.md that a walk passes over: it was kept as an
    article ("They are the project's founding example ..." a headline of the briefing)."""
    data = _docs(tmp_path / "data", 1)
    (data / "README.md").write_text("# The seed articles\n\nFive real news pages, saved as text.\n")
    docs = list(read_documents(sorted(data.iterdir())))
    assert [(d.id, d.error) for d in docs] == [
        ("0", None),
        ("README", "not read: README.md is a folder's notes, not a news page; rename it to read it as one"),
    ]


# -- 10. a missing input that is near one that is there -------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("data ", "data"),  # a copied path's space
        ("data\n", "data"),  # a pasted line's end, or $(cat list)
        ("Data", "data"),
        ("dat", "data"),
        ("data/1.tx", "data/1.txt"),
    ],
)
def test_a_missing_input_near_one_that_is_there_names_it(tmp_path: Path, typed: str, meant: str) -> None:
    """ "input path 'data ' does not exist" did not say what was wrong with it; a newline in the
    name broke the line in two."""
    _docs(tmp_path / "data", 2)
    done = _run(["digest", typed, "-o", "out"], tmp_path)
    assert done.returncode == 2
    shown = typed.replace("\n", "\\n")
    assert done.stderr.splitlines() == [
        f"error: input path '{shown}' does not exist: give a file or a folder of news pages (is it '{meant}'?)"
    ]


def test_a_missing_input_near_nothing_is_said_as_before(tmp_path: Path) -> None:
    """Control (passes before and after): no name near 'news' in the folder, and a missing folder."""
    _docs(tmp_path / "data", 1)
    for typed in ("news", "nowhere/a.txt"):
        done = _run(["digest", typed, "-o", "out"], tmp_path)
        assert (
            done.stderr
            == f"error: input path '{typed}' does not exist: give a file or a folder of news pages\n"
        )
