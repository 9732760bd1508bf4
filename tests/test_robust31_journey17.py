"""Journey 17 (session 31): a NewsAPI export read whole once renamed, the fields other exports name
their own way, a summary within its --words where the articles hold a sentence short enough, a
missing input that climbs out of the current folder, a JSON record's fields in --help, the line that
makes a CSV or TSV table JSON Lines, a --group-by count in words.

Each test failed on the code before its fix, but for the controls named so (the inputs are made
up, in the style of each export's documented records)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprism import cli
from newsprism.ingest import read_documents
from newsprism.ingest.jsonl import record_document
from test_robust26_journey12 import _run

# -- 1. NewsAPI's export, once its 'content' is named 'text' ---------------------------------------

# One article of NewsAPI's /v2/everything answer, as its documentation shows one
NEWSAPI_ARTICLE = {
    "source": {"id": "bbc-news", "name": "BBC News"},
    "author": "Jane Doe and John Roe",
    "title": "Council approves new budget for city schools",
    "description": "The council voted on Monday.",
    "url": "https://www.bbc.co.uk/news/uk-1",
    "urlToImage": None,
    "publishedAt": "2024-03-04T11:00:00Z",
    "content": "The city council approved a new budget for schools on Monday after a long debate among "
    "its members, who argued for hours over the cost of new buildings and\u2026 [+2345 chars]",
}


def _renamed(article: dict[str, object]) -> dict[str, object]:
    """What the dropped row's jq line writes: `.articles[] | .text = .content`."""
    return {**article, "text": article["content"]}


def test_a_newsapi_article_keeps_its_date_byline_and_outlet() -> None:
    """Renamed as the dropped row said, a NewsAPI article was read with no date, no author and no
    outlet: its 'publishedAt', 'author' and 'source.name' were not read."""
    doc = record_document(_renamed(NEWSAPI_ARTICLE), fallback_id="r-1", source="records.jsonl#line 1")
    assert doc.error is None
    assert (doc.published, doc.outlet, doc.authors) == ("2024-03-04", "BBC News", ("Jane Doe", "John Roe"))


def test_newsapis_cut_mark_is_no_words_of_the_article() -> None:
    """NewsAPI cuts 'content' at 200 characters and writes "[+2345 chars]": the mark was read as the
    article's last words (into its text and its summaries), and the cut was not said."""
    doc = record_document(_renamed(NEWSAPI_ARTICLE), fallback_id="r-1", source="records.jsonl#line 1")
    assert doc.content.endswith("the cost of new buildings and")
    assert "chars]" not in doc.content
    assert any("[+2345 chars]" in note and "the rest is at its url" in note for note in doc.notes)
    # the renamed field is not written out a second time beside 'text'
    short = {**NEWSAPI_ARTICLE, "content": "A short article of a few words only, as the record gives it."}
    assert "content" not in record_document(_renamed(short), fallback_id="r", source="s").extra


def test_a_newsapi_export_digests_with_its_dates_and_outlets(tmp_path: Path) -> None:
    """The whole journey: the export, the jq line the dropped row gives, then digest."""
    other = {
        **NEWSAPI_ARTICLE,
        "source": {"id": None, "name": "Reuters"},
        "author": None,
        "url": "https://www.reuters.com/world/2",
        "publishedAt": "2024-03-05T08:00:00Z",
        "title": "River bursts its banks in the north",
        "content": "Heavy rain caused the river to burst its banks in the north of the country on "
        "Tuesday, forcing hundreds of families to leave their homes as the water rose overnight.",
    }
    records = tmp_path / "records.jsonl"
    records.write_text(
        "".join(json.dumps(_renamed(a)) + "\n" for a in (NEWSAPI_ARTICLE, other)), encoding="utf-8"
    )
    done = _run(["digest", str(records), "-o", str(tmp_path / "out"), "-q", "-j", "1"], tmp_path)
    assert done.returncode == 0, done.stderr
    rows = [
        json.loads(line)
        for line in (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert [(r["published"], r["outlet"], r["authors"]) for r in rows] == [
        ("2024-03-04", "BBC News", ["Jane Doe", "John Roe"]),
        ("2024-03-05", "Reuters", []),
    ]


def test_an_author_that_is_a_link_is_no_name() -> None:
    """NewsAPI gives some outlets' stories the outlet's social page as their author: read as
    'author', "https://www.facebook.com/bbcnews" became the article's one author."""
    record = _renamed({**NEWSAPI_ARTICLE, "author": "https://www.facebook.com/bbcnews"})
    assert record_document(record, fallback_id="r", source="s").authors == ()
    listed = {"authors": ["Jane Doe", "www.example.com/staff/jroe"], "text": "Some words."}
    assert record_document(listed, fallback_id="r", source="s").authors == ("Jane Doe",)


@pytest.mark.skipif(shutil.which("jq") is None, reason="the advice's line runs jq")
def test_the_jq_line_names_the_export_and_its_output_is_read_whole(tmp_path: Path) -> None:
    """The dropped row's jq line said FILE for the user to fill in; it names the file given, and
    what it writes is read with each article's date, byline and outlet."""
    export = {"status": "ok", "totalResults": 1, "articles": [NEWSAPI_ARTICLE]}
    (tmp_path / "news api.json").write_text(json.dumps(export), encoding="utf-8")
    done = _run(["digest", "news api.json", "-o", "out", "-q"], tmp_path)
    dropped = json.loads((tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8"))["dropped"]
    line = dropped.split(" (jq -c ", 1)[1].split(") and give that", 1)[0]
    assert line == "'.articles[] | .text = .content' 'news api.json' > records.jsonl"
    subprocess.run(
        f"jq -c {line}", shell=True, check=True, cwd=tmp_path, timeout=60
    )  # the advice is a shell line
    done = _run(["digest", "records.jsonl", "-o", "out2", "-q"], tmp_path)
    assert done.returncode == 0, done.stderr
    row = json.loads((tmp_path / "out2" / "articles.jsonl").read_text(encoding="utf-8"))
    assert (row["published"], row["outlet"], row["authors"]) == (
        "2024-03-04",
        "BBC News",
        ["Jane Doe", "John Roe"],
    )


# -- 2. the other exports whose text field ingest names ---------------------------------------------


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (  # schema.org's NewsArticle as JSON-LD (a page's <script type="application/ld+json">)
            {
                "@type": "NewsArticle",
                "headline": "Flood waters rise in the north",
                "datePublished": "2024-03-05T08:00:00+01:00",
                "author": [{"@type": "Person", "name": "Ana Ruiz"}],
                "publisher": {"@type": "Organization", "name": "El Diario"},
            },
            ("Flood waters rise in the north", "2024-03-05", "El Diario", ("Ana Ruiz",), None),
        ),
        (  # the Guardian's content API
            {
                "webTitle": "Flood leaves families homeless",
                "webPublicationDate": "2024-03-06T09:00:00Z",
                "webUrl": "https://www.theguardian.com/world/2024/mar/06/flood",
            },
            (
                "Flood leaves families homeless",
                "2024-03-06",
                None,
                (),
                "https://www.theguardian.com/world/2024/mar/06/flood",
            ),
        ),
        (  # news-please: its 'authors' is ours already; 'source_domain' is a host, not a name
            {
                "title": "Rescue teams search villages",
                "date_publish": "2024-03-07 10:00:00",
                "source_domain": "www.spiegel.de",
            },
            ("Rescue teams search villages", "2024-03-07", None, (), None),
        ),
    ],
)
def test_other_exports_names_are_read(record: dict[str, object], expected: tuple[object, ...]) -> None:
    text = "Rescue teams searched the flooded villages in the north as the water began to fall again."
    doc = record_document({**record, "text": text}, fallback_id="r", source="s")
    assert (doc.title, doc.published, doc.outlet, doc.authors, doc.url) == expected
    assert doc.notes == ()


def test_a_records_own_field_wins_and_a_wrong_type_is_passed_over() -> None:
    """Control (passes on the old code too): 'published' and 'title' are read before any other name."""
    record = {
        "published": "2024-01-02",
        "publishedAt": "2024-03-04T11:00:00Z",
        "title": "Our own title",
        "headline": "Their headline",
        "text": "A short article of a few words only, as the record gives it.",
    }
    doc = record_document(record, fallback_id="r", source="s")
    assert (doc.published, doc.title) == ("2024-01-02", "Our own title")


def test_an_other_names_date_that_is_none_is_named_in_the_note() -> None:
    """A "headline" object without NYT's 'main' is no title (passed over, no note of a 'title' it
    never had); a 'publishedAt' that is no date is set aside under its own name."""
    record = {
        "headline": {"kicker": "Opinion"},
        "publishedAt": "last Tuesday",
        "text": "Some words of a text.",
    }
    doc = record_document(record, fallback_id="r", source="s")
    assert doc.title is None and doc.published is None
    assert len(doc.notes) == 1 and doc.notes[0].startswith(
        "the record's 'publishedAt' 'last Tuesday' is not a date"
    )


def test_an_earlier_runs_row_is_not_read_again_from_its_extra_fields() -> None:
    """Control: a digest's articles.jsonl row keeps an input's 'publishedAt' among its fields; its
    null 'published' (set aside by the earlier run) stays null on a re-run."""
    row = {
        "id": "a",
        "title": "T",
        "text": "Some words.",
        "published": None,
        "outlet": None,
        "authors": [],
        "language": "en",
        "duplicate_of": None,
        "event_id": None,
        "story_id": None,
        "dropped": None,
        "source": "x.jsonl#line 1",
        "publishedAt": "2024-03-04T11:00:00Z",
        "author": "Jane Doe",
    }
    doc = record_document(row, fallback_id="r", source="s")
    assert (doc.published, doc.authors) == (None, ())


# -- 3. summarize --words N below a first sentence's length -----------------------------------------

# Three reports of one ruling (in the words of NeuS's train-1100 group): the best-rated sentence
# is 44 words long, another says the ruling in 16
COURT_GROUP = {
    "id": "court",
    "documents": [
        {
            "title": "Supreme Court sides with Google",
            "text": "The Supreme Court sided Monday with Google in an $8 billion copyright dispute with Oracle "
            "over the internet company's creation of the Android operating system used on most smartphones "
            "worldwide. The justices ruled 6-2 that Google's use of the code was fair use. Oracle had sought "
            "billions of dollars in damages.",
        },
        {
            "title": "Google wins Oracle case",
            "text": "The U.S. Supreme Court on Monday ruled 6-2 for Google in its copyright fight with Oracle. "
            "The case concerned code used to build the Android operating system, which runs on most "
            "smartphones. Justice Stephen Breyer wrote the majority opinion.",
        },
        {
            "title": "Court rules for Google",
            "text": "Google won a decade-long copyright battle with Oracle at the Supreme Court on Monday, as "
            "the justices found that its copying of code to build the Android operating system that runs on "
            "most smartphones in the world was a fair use of the material. Oracle said it was disappointed.",
        },
    ],
}


def test_a_small_words_budget_is_kept_where_a_sentence_fits(tmp_path: Path) -> None:
    """`summarize --words 20` gave the 44-word sentence: the first sentence was taken whole however
    long, though the articles held one of 16 words saying the ruling. A summary is whole sentences
    (cutting one would cite words no article wrote so), within the budget where one fits."""
    groups = tmp_path / "groups.jsonl"
    groups.write_text(json.dumps(COURT_GROUP) + "\n", encoding="utf-8")
    out = tmp_path / "summaries.jsonl"
    done = CliRunner().invoke(cli.app, ["summarize", str(groups), "-o", str(out), "--words", "20"])
    assert done.exit_code == 0, done.output
    summary = json.loads(out.read_text(encoding="utf-8"))["summary"]
    assert summary.startswith("The U.S. Supreme Court on Monday ruled 6-2 for Google")
    assert len(summary.split()) <= 22  # BUDGET_SLACK: a tenth past N


# -- 4. the journey: README's first command elsewhere, --help, a table, a field few articles have ----


def test_a_missing_path_that_climbs_out_says_where_it_was_looked_for(tmp_path: Path) -> None:
    """README's first command names ../shared/seeds: in a clone made anywhere else, "input path
    '../shared/seeds' does not exist" did not say where it had been looked for."""
    clone = tmp_path / "clone"
    clone.mkdir()
    done = _run(["digest", "../shared/seeds", "-o", "out/seeds"], clone)
    assert done.returncode == 2
    assert done.stderr == (
        f"error: input path '../shared/seeds' (that is '{tmp_path / 'shared' / 'seeds'}', from the folder "
        f"'{clone}') does not exist: give a file or a folder of news pages\n"
    )
    assert not (clone / "out").exists()


def test_a_missing_path_in_the_current_folder_is_said_as_before(tmp_path: Path) -> None:
    """Control (passes before and after): a name in the folder the user is in needs no place."""
    done = _run(["digest", "seeds", "-o", "out"], tmp_path)
    assert done.stderr == "error: input path 'seeds' does not exist: give a file or a folder of news pages\n"


@pytest.mark.parametrize("command", ["digest", "timeline"])
def test_the_help_names_a_json_records_fields(command: str) -> None:
    """--help listed .jsonl among the inputs but not what a record holds: a user writing one had to
    find README's paragraph to learn that the article goes in 'text' or 'html'."""
    done = CliRunner().invoke(cli.app, [command, "--help"], env={"COLUMNS": "400"}, terminal_width=400)
    assert done.exit_code == 0
    assert (
        "A JSON record: id, text or html, and optionally title, published, url, outlet, authors"
        in done.output
    )


@pytest.mark.parametrize(
    ("name", "table"), [("export.csv", "id,title,text\n"), ("export.tsv", "id\ttitle\ttext\n")]
)
def test_a_tables_dropped_row_gives_the_line_that_makes_it_json_lines(
    tmp_path: Path, name: str, table: str
) -> None:
    """A CSV export was "write its rows as JSON Lines", with no word of how; the row now gives the
    line, and the line's output is read: a header with a byte order mark (Excel's "CSV UTF-8"), a
    text quoted over two lines with quotes in it."""
    cell = '"A powerful storm hit the coast on Monday, cutting power to ""thousands"" of homes.\nCrews worked all night."'
    sep = "\t" if name.endswith(".tsv") else ","
    (tmp_path / name).write_text(
        "\ufeff" + table + sep.join(["7", "Storm hits coast", cell]) + "\n", encoding="utf-8"
    )
    done = _run(["digest", name, "-o", "out", "-q"], tmp_path)
    assert done.returncode == 0, done.stderr
    dropped = json.loads((tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8"))["dropped"]
    assert dropped.endswith("record per line, which newsprism reads")
    line = dropped.split(": run ", 1)[1].split(" to write its rows", 1)[0]
    assert line.endswith(f"< {name} > export.jsonl")
    subprocess.run(line, shell=True, check=True, cwd=tmp_path, timeout=60)  # the advice is a shell line
    doc = next(iter(read_documents([tmp_path / "export.jsonl"])))
    assert (doc.id, doc.title, doc.error) == ("7", "Storm hits coast", None)
    assert (
        doc.content
        == 'A powerful storm hit the coast on Monday, cutting power to "thousands" of homes.\nCrews worked all night.'
    )


def test_articles_without_the_group_by_field_are_counted_in_words(tmp_path: Path) -> None:
    """ "warning: 1 articles have no 'author' field: left out": the count's noun, and left out of what."""
    records = tmp_path / "records.jsonl"
    rows = [
        {
            "id": "a",
            "topic": "storm",
            "published": "2024-03-04",
            "text": "A storm hit the coast on Monday, cutting power to homes.",
        },
        {
            "id": "b",
            "published": "2024-03-05",
            "text": "The council met on Tuesday to approve the budget for schools.",
        },
    ]
    records.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    done = _run(["timeline", "records.jsonl", "-o", "t.jsonl", "--group-by", "topic"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "warning: 1 article has no 'topic' field: left out of the timelines" in done.stderr.splitlines()
