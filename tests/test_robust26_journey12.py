"""Journey 12 (session 26): what a demanding user met on a fresh folder.

Each test failed on the code before its fix (the inputs are made up)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsprism.ingest import read_documents

COMMAND = [sys.executable, "-c", "from newsprism.cli import app; app()"]
BODY = (
    "A powerful storm hit the northern coast on Monday, cutting power to thousands of homes. Officials "
    "said the storm brought winds of over 100 kilometres per hour."
)


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*COMMAND, *args], check=False, timeout=300, capture_output=True, text=True, cwd=cwd
    )


def _docs(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"{i}.txt").write_text(f"Storm hits coast {i}\n\n{BODY}\n", encoding="utf-8")
    return folder


# -- 1. -o given twice -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["digest", "data", "-o", "a", "-o", "b"],
        ["digest", "data", "-qo", "a", "--output=b"],  # a group of flags, and --output=
        ["digest", "-oa", "data", "-j", "2", "--output", "b"],
        ["timeline", "data", "-o", "a", "-o", "b"],
        ["summarize", "data/0.txt", "-o", "a", "-o", "b"],
    ],
)
def test_an_output_given_twice_is_refused(tmp_path: Path, args: list[str]) -> None:
    """`digest data -o a -o b` wrote b in silence (click keeps the last -o), while the user who
    typed a looked for the outputs there."""
    _docs(tmp_path / "data", 2)
    done = _run(args, tmp_path)
    assert done.returncode == 2
    said, usage = done.stderr.splitlines()
    assert said == "error: -o is given 2 times ('a' and 'b'): a run writes one output; give -o once"
    assert usage.startswith(f"usage: newsprism {args[0]} ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]  # nothing written


def test_jobs_given_twice_keeps_the_last_as_an_alias_wants(tmp_path: Path) -> None:
    """`alias nd='newsprism digest -j 4'`, then `nd data -o out -j 1`: the later -j wins, as before;
    and an -o after `--` is an input's name, not a second -o."""
    _docs(tmp_path / "data", 2)
    done = _run(["digest", "-j", "4", "data", "-o", "out", "-j", "1", "-q"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert len((tmp_path / "out" / "articles.jsonl").read_text().splitlines()) == 2
    done = _run(["digest", "-o", "out2", "-q", "--", "data", "-o"], tmp_path)
    assert done.returncode == 2 and "input path '-o' does not exist" in done.stderr


def test_an_options_missing_value_names_its_command_in_the_usage(tmp_path: Path) -> None:
    """`digest data -o` said "usage: newsprism digest|timeline|summarize ...": click's error of a
    missing value comes without the command."""
    done = _run(["digest", "data", "-o"], tmp_path)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "error: option '-o' requires an argument.",
        "usage: newsprism digest INPUT... -o OUTDIR [-j N] [-q] (newsprism digest --help says more)",
    ]


# -- 2. a file that goes away between the folder's listing and its reading ---------------------------


def test_a_file_removed_after_the_listing_is_said_so_not_permission_denied(tmp_path: Path) -> None:
    """A run lists a folder, then reads its files one by one, minutes apart on a heap: a file a
    cleanup job removed meanwhile was "permission denied: ... (chmod a+r)", one replaced by a
    folder "read error (IsADirectoryError ...); re-download or re-compress it"."""
    data = _docs(tmp_path / "data", 4)
    (data / "4.jsonl").write_text(json.dumps({"id": "r", "text": BODY}) + "\n")
    docs = read_documents([data])
    assert next(docs).error is None  # 0.txt: the folder is listed
    for name in ("1.txt", "4.jsonl"):
        (data / name).unlink()
    (data / "2.txt").unlink()
    (data / "2.txt").mkdir()
    errors = {doc.source.split("/")[-1]: doc.error for doc in docs}
    gone = "cannot read the file: it (or the file its link leads to) was removed or renamed after the run began, before it was read"
    assert errors == {
        "1.txt": gone,
        "2.txt": "cannot read the file: it became a folder after the run began; name that folder to read it",
        "3.txt": None,
        "4.jsonl": gone,
    }


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_a_file_of_no_permission_is_still_said_so(tmp_path: Path) -> None:
    data = _docs(tmp_path / "data", 1)
    (data / "0.txt").chmod(0)
    (doc,) = read_documents([data])
    assert doc.error is not None and "permission denied" in doc.error


# -- 3. JSON written over many lines, record after record (jq without -c) --------------------------


def _records(n: int) -> list[dict[str, str]]:
    return [{"id": f"p{i}", "title": f"Storm hits coast {i}", "text": BODY} for i in range(n)]


@pytest.mark.parametrize("name", ["export.json", "export.jsonl", "export.json.gz", "export"])
def test_records_pretty_printed_one_after_another_are_each_read(tmp_path: Path, name: str) -> None:
    """`jq '.[]' list.json > export.json` (or `jq . a.jsonl`): jq's output without -c, each record
    over several lines, none between brackets. A .json was one dropped row ("malformed JSON on line
    6: Extra data at column 1"), a .jsonl a dropped row per line ("malformed JSON on line 1: ...")."""
    text = "\n".join(json.dumps(r, indent=2) for r in _records(3)) + "\n"
    path = tmp_path / name
    if name.endswith(".gz"):
        import gzip

        path.write_bytes(gzip.compress(text.encode("utf-8")))
    else:
        path.write_text(text, encoding="utf-8")
    docs = list(read_documents([path]))
    assert [(d.id, d.title, d.error) for d in docs] == [
        (f"p{i}", f"Storm hits coast {i}", None) for i in range(3)
    ]
    assert docs[0].source == f"{path}#item 1"


def test_records_one_after_another_piped_in_are_each_read(tmp_path: Path) -> None:
    """`jq . a.jsonl | newsprism digest - -o out`."""
    text = "\n".join(json.dumps(r, indent=2) for r in _records(2))
    done = subprocess.run(
        [*COMMAND, "timeline", "-", "-o", "-", "-q"],
        input=text,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and json.loads(done.stdout)["topic"] == "all"


def test_a_broken_record_among_records_one_after_another_keeps_those_before(tmp_path: Path) -> None:
    records = [json.dumps(r, indent=2) for r in _records(3)]
    records[1] = records[1].replace('"title"', "title")  # a key without its quotes
    path = tmp_path / "export.json"
    path.write_text("\n".join(records), encoding="utf-8")
    first, broken = read_documents([path])
    assert (first.id, first.error) == ("p0", None)
    assert broken.id == "export-2" and broken.error == (
        "malformed JSON after 1 items: Expecting property name enclosed in double quotes at column 3; "
        "fix the file or write it one record per line (jq -c)"
    )


def test_one_pretty_printed_record_is_still_read_as_before(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps(_records(1)[0], indent=2), encoding="utf-8")
    (doc,) = read_documents([path])
    assert (doc.id, doc.source, doc.error) == ("p0", str(path), None)


# -- 4. a record whose article is under another name ------------------------------------------------


def test_a_record_with_its_text_under_another_name_says_which_and_how_to_rename_it(tmp_path: Path) -> None:
    """news-please writes 'maintext', schema.org 'articleBody', many a CMS export 'body' or
    'content': "JSON record has no 'text' or 'html' field (fields: ...)" said nothing of the field
    that holds the article."""
    path = tmp_path / "scraped.jsonl"
    rows = [
        {"id": "a", "title": "Storm", "maintext": BODY, "description": BODY[:60]},
        {"id": "b", "content": f"<div><p>{BODY}</p></div>"},
        {"id": "c", "article body": BODY},
        {"id": "g", "summary": BODY},  # a gold file's summary (or quote) is no article to rename
        {"id": "h", "body": ""},
        {"id": "k", "content": "video", "story": "1_7ecb"},  # labels, not prose
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    errors = [d.error for d in read_documents([path])]
    head = "not a news document: JSON record has no 'text' or 'html' field"
    assert errors == [
        f"{head} (fields: description, id, maintext, title); its 'maintext' may be the article: name it "
        "'text' (in JSON Lines: jq -c '.text = .maintext')",
        f"{head} (fields: content, id); its 'content' may be the article: name it 'html' (in JSON Lines: "
        "jq -c '.html = .content')",
        f"{head} (fields: article body, id); its 'article body' may be the article: name it 'text' (in "
        """JSON Lines: jq -c '.text = .["article body"]')""",
        f"{head} (fields: id, summary)",
        f"{head} (fields: body, id)",
        f"{head} (fields: content, id, story)",
    ]


# -- 5. a mirror's pages saved under their address's name -------------------------------------------


def _page(title: str) -> str:
    return f"<!DOCTYPE html><html><head><title>{title}</title></head><body><h1>{title}</h1><p>{BODY}</p></body></html>"


def test_pages_a_mirror_saved_without_a_page_extension_are_read(tmp_path: Path) -> None:
    """`wget -r` (without -E) keeps a server's names: story.php, view.aspx?id=7, index.html?p=2, a
    slug with no extension. In a folder they were passed over in silence (a PHP site's mirror was
    "no documents found"). A README, a LICENSE or an image without an extension still is."""
    site = tmp_path / "ex.com"
    (site / "news" / "2024").mkdir(parents=True)
    pages = {
        "index.html?p=2": "Front page two",
        "news/story.php": "Budget story",
        "news/view.aspx?id=7": "Budget view",
        "news/2024/budget-vote": "Budget vote",
    }
    for name, title in pages.items():
        (site / name).write_text(_page(title), encoding="utf-8")
    (site / "news" / "2024" / "dump.gz").write_bytes(  # a gzipped JSON Lines without its extension
        __import__("gzip").compress((json.dumps({"id": "r1", "text": BODY}) + "\n").encode())
    )
    (site / "README").write_text("This mirror was made with wget.\n")
    (site / "LICENSE").write_text("MIT License\n\nCopyright (c) 2024\n")
    (site / "logo").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (site / "notes.md").write_text("# notes\n")  # a name that says another format: passed over
    docs = list(read_documents([tmp_path]))
    assert sorted((d.source.removeprefix(f"{site}/"), d.kind, d.error) for d in docs) == [
        ("index.html?p=2", "html", None),
        ("news/2024/budget-vote", "html", None),
        ("news/2024/dump.gz#line 1", "text", None),
        ("news/story.php", "html", None),
        ("news/view.aspx?id=7", "html", None),
    ]


# -- 6. a feed that is not well-formed XML where a browser reads it ----------------------------------

_RSS = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Ex News</title>{}</channel></rss>'


def _item(title: str, link: str = "http://ex.com/1", body: str = BODY) -> str:
    return f"<item><title>{title}</title><link>{link}</link><description>{body}</description></item>"


@pytest.mark.parametrize(
    ("title", "link", "read_title", "read_link"),
    [
        ("Budget &amp; taxes", "http://ex.com/1?a=1&amp;b=2", "Budget & taxes", "http://ex.com/1?a=1&b=2"),
        ("Budget & taxes", "http://ex.com/1?a=1&b=2", "Budget & taxes", "http://ex.com/1?a=1&b=2"),
        ("Budget&nbsp;vote in Z&uuml;rich", "http://ex.com/1", "Budget\xa0vote in Zürich", "http://ex.com/1"),
        ("Q&A: &foo; and &#233;", "http://ex.com/1", "Q&A: &foo; and é", "http://ex.com/1"),
    ],
)
def test_a_feed_with_a_bare_ampersand_or_an_html_entity_is_read_whole(
    tmp_path: Path, title: str, link: str, read_title: str, read_link: str
) -> None:
    """A bare `&` (a title's "Q&A", a link's "?a=1&b=2") or `&nbsp;` in an RSS feed: common, and
    read by every browser. The whole feed was one dropped row ("malformed XML after 0 items:
    xmlParseEntityRef: no name ...; the items before it were read"). A CDATA section's `&` is text."""
    cdata = f"<![CDATA[<p>{BODY} R&D &nbsp;</p>]]>"
    feed = tmp_path / "feed.xml"
    feed.write_text(_RSS.format(_item(title, link) + _item("Second", body=cdata)), encoding="utf-8")
    first, second = read_documents([feed])
    assert (first.title, first.url, first.error) == (read_title, read_link, None)
    assert (second.id, second.title, second.content) == ("feed-2", "Second", f"<p>{BODY} R&D &nbsp;</p>")


def test_a_feed_cut_short_after_a_bare_ampersand_still_says_where_it_stops(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(_RSS.format(_item("Q&A one") + _item("Two"))[:-60], encoding="utf-8")
    docs = list(read_documents([feed]))
    assert [d.title for d in docs] == ["Q&A one", None]
    assert docs[1].source == f"{feed}#item 2"
    assert docs[1].error is not None and docs[1].error.startswith("malformed XML after 1 items: ")
    assert docs[1].error.endswith("; the items before it were read")


def test_a_feed_broken_before_its_first_item_says_nothing_could_be_read(tmp_path: Path) -> None:
    """It said "...; the items before it were read" of a feed of no item read."""
    feed = tmp_path / "feed.xml"
    feed.write_text(_RSS.format(_item("One"))[:120], encoding="utf-8")
    (doc,) = read_documents([feed])
    assert doc.error is not None and doc.error.startswith("malformed XML: ")
    assert doc.error.endswith("; no item before it, so nothing could be read; fix the feed or fetch it again")


def test_the_lenient_feed_reading_is_the_same_however_the_bytes_arrive() -> None:
    """A token (`&nbsp;`, a CDATA section's end) cut between two reads is mended as a whole one."""
    import io

    from newsprism.ingest.feeds import _LenientEntities

    class Trickle(io.RawIOBase):
        def __init__(self, data: bytes, n: int) -> None:
            self.data, self.pos, self.n = data, 0, n

        def read(self, size: int = -1) -> bytes:
            piece = self.data[self.pos : self.pos + self.n]
            self.pos += len(piece)
            return piece

    unit = (
        b"<item><title>Q&A &nbsp;caf&eacute; &amp; &#233; &foo;</title><description><![CDATA[a & b "
        b"&nbsp; ]]]]></description><!-- x & y --><link>?a=1&b=2</link></item>\n"
    )
    data = b"<rss><channel>" + unit * 300 + b"</channel></rss>"
    whole = _LenientEntities(io.BytesIO(data)).read()
    assert whole.count(b"<title>Q&amp;A &#160;caf&#233; &amp; &#233; &amp;foo;</title>") == 300
    assert whole.count(b"<![CDATA[a & b &nbsp; ]]]]>") == 300 and whole.count(b"<!-- x & y -->") == 300
    for n in (1, 7, 39, 40, 41, 4096):
        assert _LenientEntities(Trickle(data, n)).read() == whole, n


def test_an_entity_bomb_in_a_feed_is_still_refused(tmp_path: Path) -> None:
    """The lenient second reading mends entities; a DTD's entities of entities stay lxml's refusal."""
    levels = ['<!ENTITY a "aaaaaaaaaa">'] + [
        f'<!ENTITY {b} "{("&" + a + ";") * 10}">' for a, b in zip("abcdef", "bcdefg", strict=True)
    ]
    feed = tmp_path / "bomb.xml"
    feed.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [{"".join(levels)}]>'
        + _RSS.split("\n", 1)[1].format(_item("&g;"))
    )
    (doc,) = read_documents([feed])
    assert doc.error is not None and "amplification" in doc.error and doc.error.startswith("malformed XML: ")


def test_an_rss_1_feed_named_rdf_in_a_folder_is_read(tmp_path: Path) -> None:
    """RSS 1.0's own name (a site's index.rdf) was passed over in a folder."""
    (tmp_path / "index.rdf").write_text(
        '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/"><channel><title>Ex</title></channel><item><title>Storm</title>'
        f"<link>http://ex.com/s</link><description>{BODY}</description></item></rdf:RDF>"
    )
    (doc,) = read_documents([tmp_path])
    assert (doc.id, doc.title, doc.url, doc.error) == ("index-1", "Storm", "http://ex.com/s", None)


@pytest.mark.parametrize(("data", "error"), [(b"", "empty file"), (b"<html>", "not a WARC file: ")])
def test_a_file_that_is_no_warc_is_its_files_row_not_a_records(
    tmp_path: Path, data: bytes, error: str
) -> None:
    """A 0-byte crawl.warc was `crawl-1` from `crawl.warc#record 1`, a record it has not."""
    path = tmp_path / "crawl.warc"
    path.write_bytes(data)
    (doc,) = read_documents([path])
    assert (doc.id, doc.source) == ("crawl", str(path))
    assert doc.error is not None and doc.error.startswith(error)


# -- 7. a record's fields as a scraper saved them: HTML escapes in a title, HTML as the text ----------


def test_a_records_html_escapes_in_its_title_outlet_and_authors_are_read(tmp_path: Path) -> None:
    """A scraper that copies a page's <title> or a CMS API's field keeps its escapes: "Q&amp;A: the
    budget &#8211; explained" was the title in every output, as it was written."""
    path = tmp_path / "scraped.jsonl"
    record = {
        "id": "a",
        "title": "Q&amp;A: the budget &#8211; explained",
        "outlet": "Ben &amp; Jerry&#x2019;s Times",
        "authors": ["Ana Mar&iacute;a L&oacute;pez"],
        "text": BODY,
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (doc,) = read_documents([path])
    assert (doc.title, doc.outlet, doc.authors) == (
        "Q&A: the budget \u2013 explained",
        "Ben & Jerry\u2019s Times",
        ("Ana María López",),
    )


def test_a_records_text_that_is_html_is_read_as_a_page(tmp_path: Path) -> None:
    """A scraper that saved an element's inner HTML as 'text': its tags and escapes ("</p><p>",
    "&amp;") were the article's words."""
    path = tmp_path / "scraped.jsonl"
    html_text = f"<p>{BODY}</p>\n<p>Crews worked through the night &amp; restored power on Tuesday.</p>"
    rows = [
        {"id": "h", "title": "Storm", "text": html_text},
        {"id": "t", "title": "Storm", "text": f"{BODY} Use <p> for a paragraph."},  # a tag inside prose: text
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    fragment, prose = read_documents([path])
    assert (fragment.kind, prose.kind) == ("html", "text")

    from newsprism.extract import extract

    article = extract(fragment)
    assert article.text == f"{BODY}\n\nCrews worked through the night & restored power on Tuesday."
    assert article.title == "Storm"


# -- 8. an -o of a ~ the shell left as it is ---------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["digest", "data", "--output=~/out"],
        ["timeline", "data", "-o", "~/t.jsonl"],
        ["digest", "data", "-o~"],
    ],
)
def test_an_output_starting_with_a_tilde_the_shell_left_is_refused(tmp_path: Path, args: list[str]) -> None:
    """`--output=~/out` (bash expands no ~ after --output=) or `-o "~/out"`: the run made a folder
    named ~ in the current one, which `rm -rf ~` would then take for the home folder."""
    _docs(tmp_path / "data", 1)
    done = _run(args, tmp_path)
    assert done.returncode == 2
    said, usage = done.stderr.splitlines()
    home = os.path.expanduser("~")
    assert said.startswith("error: -o '~") and "the shell did not turn into your home folder" in said
    assert said.endswith(f", or {home}{args[-1].split('~', 1)[1]}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_an_output_in_a_folder_really_named_tilde_is_written(tmp_path: Path) -> None:
    """A folder named ~ that is there (made on purpose, or by an earlier run) is the user's to name."""
    _docs(tmp_path / "data", 1)
    (tmp_path / "~").mkdir()
    done = _run(["timeline", "data", "-o", "~/t.jsonl", "-q"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "~" / "t.jsonl").is_file()


def test_an_input_starting_with_a_tilde_the_shell_left_says_so(tmp_path: Path) -> None:
    """`digest "~/data" -o out`: "input path '~/data' does not exist: give a file or a folder of
    news pages" said nothing of the quotes that kept the ~ from being the home folder."""
    done = _run(["digest", "~/news", "-o", "out"], tmp_path)
    assert done.returncode == 2
    home = os.path.expanduser("~")
    assert done.stderr.strip() == (
        "error: input path '~/news' does not exist: it starts with a ~ the shell did not turn into your home "
        f"folder (it does not in quotes, nor after --output=): write ~/news unquoted, or {home}/news"
    )
