"""Journey 18 (session 32): an export whose article is a field or two down (the Guardian API's
'fields.bodyText' in {"response": {"results": [...]}}, NYT's Article Search API, which gives a
'lead_paragraph' and no text, a search index's '_source'), and the command line's contract walked
again as a user.

Each test failed on the code before its fix, but for the controls named so (the inputs are made
up, in the style of each export's documented records)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from newsprism.ingest import read_documents
from newsprism.ingest.jsonl import record_document

BODY = (
    "The city council voted on Tuesday to approve a new flood barrier for the river after years of "
    "debate over its cost. Work on the barrier starts in May, the council said."
)

# Two results of the Guardian content API's /search?show-fields=bodyText,byline, as its
# documentation shows them
GUARDIAN_RESULTS = [
    {
        "id": "world/2024/mar/04/flood-barrier",
        "type": "article",
        "sectionId": "world",
        "webPublicationDate": "2024-03-04T11:00:00Z",
        "webTitle": "Council approves flood barrier",
        "webUrl": "https://www.theguardian.com/world/2024/mar/04/flood-barrier",
        "apiUrl": "https://content.guardianapis.com/world/2024/mar/04/flood-barrier",
        "fields": {"bodyText": BODY, "byline": "Jane Doe"},
        "isHosted": False,
    },
    {
        "id": "world/2024/mar/05/barrier-work",
        "type": "article",
        "webPublicationDate": "2024-03-05T09:00:00Z",
        "webTitle": "Work on the flood barrier to start in May",
        "webUrl": "https://www.theguardian.com/world/2024/mar/05/barrier-work",
        "fields": {"bodyText": BODY, "byline": "John Roe"},
    },
]
GUARDIAN_SEARCH = {"response": {"status": "ok", "total": 2, "results": GUARDIAN_RESULTS}}

# One doc of NYT's Article Search API's answer
NYT_DOC = {
    "abstract": "The council approved a flood barrier.",
    "web_url": "https://www.nytimes.com/2024/03/04/nyregion/flood-barrier.html",
    "snippet": "The council approved a flood barrier.",
    "lead_paragraph": "The city council voted on Tuesday to approve a new flood barrier for the river, "
    "ending years of debate over its cost and its route.",
    "source": "The New York Times",
    "headline": {"main": "Council Approves Flood Barrier", "kicker": None},
    "pub_date": "2024-03-04T11:00:00+0000",
    "byline": {"original": "By Jane Doe and John Roe", "person": []},
    "_id": "nyt://article/5f1c",
    "word_count": 900,
}
NYT_SEARCH = {"status": "OK", "response": {"docs": [NYT_DOC], "meta": {"hits": 1}}}

HEAD = "not a news document: JSON record has no 'text' or 'html' field"


def _dropped(path: Path) -> list[str]:
    errors = [d.error for d in read_documents([path])]
    assert all(errors)
    return [e for e in errors if e]


def _jq_line(error: str) -> str:
    """The jq line a dropped row gives, as a shell command."""
    return "jq -c " + error.split(" (jq -c ", 1)[1].split(") and give that", 1)[0]


# -- 1. the article a field or two down --------------------------------------------------------------


def test_the_guardians_search_answer_gets_the_jq_line_of_its_results(tmp_path: Path) -> None:
    """The Guardian's {"response": {"results": [...]}} was "(fields: response)" alone: its records
    are two fields down and their article is 'fields.bodyText'."""
    (tmp_path / "guardian.json").write_text(json.dumps(GUARDIAN_SEARCH), encoding="utf-8")
    [error] = _dropped(tmp_path / "guardian.json")
    assert error == (
        f"{HEAD} (fields: response); its 'response.results' is a list of 2 records whose 'fields.bodyText' "
        "may be the article: write them one per line with it named 'text' (jq -c '.response.results[] | "
        f".text = .fields.bodyText' {tmp_path / 'guardian.json'} > records.jsonl) and give that"
    )


def test_a_guardian_record_says_which_field_down_holds_its_article(tmp_path: Path) -> None:
    """One result per line: "(fields: apiUrl, fields, id, ...)" said nothing of 'fields.bodyText'."""
    path = tmp_path / "results.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in GUARDIAN_RESULTS), encoding="utf-8")
    errors = _dropped(path)
    assert len(errors) == 2
    assert all(
        e.endswith(
            "; its 'fields.bodyText' may be the article: name it 'text' (in JSON Lines: jq -c "
            "'.text = .fields.bodyText')"
        )
        for e in errors
    )


def test_the_guardians_one_item_answer_gets_its_jq_line(tmp_path: Path) -> None:
    """/world/2024/mar/04/flood-barrier?show-fields=bodyText answers {"response": {"content": {...}}}."""
    (tmp_path / "item.json").write_text(
        json.dumps({"response": {"status": "ok", "content": GUARDIAN_RESULTS[0]}}), encoding="utf-8"
    )
    [error] = _dropped(tmp_path / "item.json")
    assert error.endswith(
        "; its 'response.content' is a record whose 'fields.bodyText' may be the article: write it on one "
        "line with it named 'text' (jq -c '.response.content | .text = .fields.bodyText' "
        f"{tmp_path / 'item.json'} > records.jsonl) and give that"
    )


@pytest.mark.skipif(shutil.which("jq") is None, reason="the advice's line runs jq")
def test_the_guardians_jq_line_gives_records_read_whole(tmp_path: Path) -> None:
    """The whole journey: the answer, the jq line its dropped row gives, then the records, read with
    their title, date, link and byline ('fields.byline' was not read)."""
    (tmp_path / "guardian.json").write_text(json.dumps(GUARDIAN_SEARCH), encoding="utf-8")
    [error] = _dropped(tmp_path / "guardian.json")
    subprocess.run(_jq_line(error), shell=True, check=True, cwd=tmp_path, timeout=60)
    docs = list(read_documents([tmp_path / "records.jsonl"]))
    assert [(d.error, d.id, d.published, d.authors) for d in docs] == [
        (None, "world/2024/mar/04/flood-barrier", "2024-03-04", ("Jane Doe",)),
        (None, "world/2024/mar/05/barrier-work", "2024-03-05", ("John Roe",)),
    ]
    assert docs[0].title == "Council approves flood barrier" and docs[0].content == BODY
    assert docs[0].url == "https://www.theguardian.com/world/2024/mar/04/flood-barrier"


def test_nyts_search_answer_is_told_its_lead_paragraph_is_all_it_holds(tmp_path: Path) -> None:
    """NYT's API gives no article text, only its 'lead_paragraph' and 'abstract': the answer was
    "(fields: copyright, response, status)" alone."""
    (tmp_path / "nyt.json").write_text(json.dumps(NYT_SEARCH), encoding="utf-8")
    [error] = _dropped(tmp_path / "nyt.json")
    assert error.endswith(
        "; its 'response.docs' is a list of 1 record whose 'lead_paragraph' may be a part of the article: "
        "write them one per line with it named 'text' (jq -c '.response.docs[] | .text = .lead_paragraph' "
        f"{tmp_path / 'nyt.json'} > records.jsonl) and give that"
    )
    line = tmp_path / "docs.jsonl"
    line.write_text(json.dumps(NYT_DOC) + "\n", encoding="utf-8")
    [error] = _dropped(line)
    assert error.endswith(
        "; its 'lead_paragraph' may be a part of the article (the record holds no more of it): to read "
        "that part, name it 'text' (in JSON Lines: jq -c '.text = .lead_paragraph')"
    )


def test_an_nyt_doc_once_renamed_keeps_its_id_date_link_and_byline() -> None:
    """Renamed as its dropped row says, an NYT doc was `records-1`, with no date, link or author:
    its '_id', 'pub_date', 'web_url' and 'byline.original' were not read."""
    doc = record_document({**NYT_DOC, "text": NYT_DOC["lead_paragraph"]}, fallback_id="records-1", source="s")
    assert doc.error is None
    assert (doc.id, doc.published, doc.url, doc.authors) == (
        "nyt://article/5f1c",
        "2024-03-04",
        "https://www.nytimes.com/2024/03/04/nyregion/flood-barrier.html",
        ("Jane Doe", "John Roe"),
    )


def test_an_nyt_doc_once_renamed_keeps_its_headline() -> None:
    """NYT's "headline": {"main": ...} is the article's headline."""
    doc = record_document({**NYT_DOC, "text": NYT_DOC["lead_paragraph"]}, fallback_id="records-1", source="s")
    assert doc.title == "Council Approves Flood Barrier"


def test_a_record_one_field_down_is_brought_to_the_top() -> None:
    """A search index's hit ({"_id", "_source": {"title", "text"}}, what elasticdump writes) was
    "(fields: _id, _index, _source)" alone; its id is the hit's '_id'."""
    hit = {"_index": "news", "_id": "a1", "_source": {"title": "Storm", "text": BODY}}
    doc = record_document(hit, fallback_id="hits-1", source="hits.jsonl#line 1")
    assert doc.id == "a1"
    assert doc.error == (
        f"{HEAD} (fields: _id, _index, _source); its '_source' is a record (fields: text, title): bring its "
        "fields to the top (in JSON Lines: jq -c '. + ._source')"
    )
    merged = record_document({**hit, **hit["_source"]}, fallback_id="hits-1", source="s")
    assert (merged.error, merged.id, merged.title) == (None, "a1", "Storm")


@pytest.mark.parametrize(
    ("fields", "advice"),
    [
        (
            {"body": f"<div><p>{BODY}</p></div>"},
            "its 'fields.body' may be the article: name it 'html' (in JSON Lines: jq -c '.html = .fields.body')",
        ),
        (
            {"article body": BODY},
            """its 'fields.article body' may be the article: name it 'text' (in JSON Lines: jq -c '.text = .fields["article body"]')""",
        ),
    ],
)
def test_a_text_one_field_down_is_named_with_its_jq_path(fields: dict[str, str], advice: str) -> None:
    """HTML is named 'html'; a name with a space is written as jq reads it."""
    doc = record_document({"id": "b", "fields": fields}, fallback_id="r", source="s")
    assert doc.error == f"{HEAD} (fields: fields, id); {advice}"


def test_a_top_level_text_is_named_before_one_further_down_and_labels_get_no_hint() -> None:
    """Control (passes on the old code too): 'body' at the top wins; a label one field down
    ("fields": {"content": "video"}) is no article."""
    doc = record_document(
        {"body": BODY, "fields": {"bodyText": BODY + " More."}}, fallback_id="r", source="s"
    )
    assert doc.error is not None and doc.error.endswith(
        "its 'body' may be the article: name it 'text' (in JSON Lines: jq -c '.text = .body')"
    )
    doc = record_document({"id": "k", "fields": {"content": "video"}}, fallback_id="r", source="s")
    assert doc.error == f"{HEAD} (fields: fields, id)"
    doc = record_document({"id": "m", "meta": {"text": "breaking"}}, fallback_id="r", source="s")
    assert doc.error == f"{HEAD} (fields: id, meta)"


# -- 2. the command line walked again ----------------------------------------------------------------

EVENT_LINE = {
    "id": "e-1",
    "story_id": "s-1",
    "title": "Council approves flood barrier",
    "start": "2024-03-04",
    "end": "2024-03-04",
    "article_ids": ["a", "b"],
    "outlets": ["BBC News"],
    "summary": [{"text": "The council approved a flood barrier.", "article_ids": ["a"]}],
    "entities": [],
    "claims": [],
    "timeline": [{"date": "2024-03-04", "text": "The council approved it.", "article_ids": ["a"]}],
}
STORY_LINE = {
    "id": "s-1",
    "title": "Flood barrier",
    "event_ids": ["e-1"],
    "start": "2024-03-04",
    "end": "2024-03-04",
    "timeline": EVENT_LINE["timeline"],
}
QUOTE_LINE = {"article_id": "a", "quote": "We are glad.", "speaker": "Anna Berg", "event_id": "e-1"}


@pytest.mark.parametrize(
    ("line", "what"),
    [(EVENT_LINE, "events.jsonl"), (STORY_LINE, "stories.jsonl"), (QUOTE_LINE, "quotes.jsonl")],
)
def test_a_digests_own_output_file_named_as_input_says_what_it_is(
    tmp_path: Path, line: dict[str, object], what: str
) -> None:
    """`digest out/events.jsonl` (or the file copied beside new pages) was told "its 'summary' is a
    list of 1 records: make that list the file's content", the event's summary sentences taken for
    records; a quotes line was "no 'text' or 'html' field" alone."""
    path = tmp_path / what
    path.write_text(json.dumps({**line, "added": 1}) + "\n", encoding="utf-8")  # fields may be added
    [error] = _dropped(path)
    assert error.endswith(f"; it is a line of a newsprism digest's {what}, not news")
    assert "make that list" not in error


def test_a_gold_files_quotes_are_not_taken_for_a_digests() -> None:
    """Control (passes on the old code too): BASIL's gold quotes (article_id, quote, speaker) are no
    output of newsprism's."""
    doc = record_document(
        {"article_id": "a", "quote": "We are glad.", "speaker": "Anna Berg"}, fallback_id="g-1", source="s"
    )
    assert doc.error == f"{HEAD} (fields: article_id, quote, speaker)"


def test_a_group_by_field_that_the_one_article_lacks_is_said_in_words() -> None:
    """ "none of the 1 articles has a 'topic' field" read as a form's words."""
    from newsprism.errors import GroupFieldMissing

    assert str(GroupFieldMissing("topic", 1, [])).startswith(
        "the one article has no 'topic' field to group by"
    )
    assert str(GroupFieldMissing("topic", 1, [], first=True)).startswith(
        "the first record read has no 'topic' field"
    )
    assert str(GroupFieldMissing("topic", 5, [])).startswith("none of the 5 articles has a 'topic' field")
