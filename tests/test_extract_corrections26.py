"""Editors' notes read out of the body are kept in `Article.corrections` and written to
articles.jsonl's "corrections" (extract26), in every reading path; the body is the one extract25
gave, and a re-run that reads an earlier articles.jsonl neither doubles nor mangles the field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.corpus import CorpusLinks
from newsprism.extract import extract
from newsprism.extract.editnote import read_editors_notes, strip_editors_note
from newsprism.extract.html import read_html
from newsprism.extract.prose import read_clean_text
from newsprism.extract.text import read_text
from newsprism.ingest.jsonl import record_document
from newsprism.output.jsonl import article_record, read_jsonl, write_jsonl, write_linked
from newsprism.records import Article, Document

# basil 58ed2376-35a0-453a-a08e-5cd87e3bdea5_2 (HuffPost, clustering/basil dev): the last paragraphs
_BASIL_BODY = [
    "Arizona Gov. Jan Brewer (R) announced Wednesday that she has vetoed SB 1062, a controversial bill "
    "that would have allowed businesses to deny service to gay and lesbian customers.",
    "Arizona hasn't been the only state pushing a bill that would allow open discrimination against "
    "same-sex couples; similar bills have been popping up in states including Tennessee, Kansas, South "
    "Dakota and Maine.",
]
_BASIL_NOTE = (
    "CORRECTION: This article originally said the Super Bowl is set to be held in Tempe, Ariz. It will "
    "be held in Glendale, Ariz."
)
# t17 bpoil_guardian/1012 (timelines/t17 dev): a one-line dump, the note in the line, after the list
# bullet ("cents") that opens the note's item and goes with it (extract28)
_GUARDIAN_STORY = (
    "BP is also racing against time and the weather , with some forecasts suggesting oil could begin "
    "lapping the shoreline by tomorrow ."
)
_BULLET = " cents"
_GUARDIAN_NOTE = (
    'This article was amended on 6 May 2010 . The original said that a leaking well was spewing " 5,000 '
    'gallons ( 23,000 litres ) a day into the Gulf of Mexico " . This has been corrected .'
)


# --- editnote gives back what it takes out ---------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "kept", "notes"),
    [
        (_BASIL_NOTE, "", (_BASIL_NOTE,)),
        (f"{_GUARDIAN_STORY}{_BULLET} {_GUARDIAN_NOTE}", _GUARDIAN_STORY, (_GUARDIAN_NOTE,)),
        # basil ae243a95: a correction's dated label is a note of its own
        ("Correction: December 1, 2010", "", ("Correction: December 1, 2010",)),
        # t17 bpoil_guardian/656: the correction's sentence, the story going on
        (
            "BP is unwilling to say the well is capped . An earlier version of this story termed the effort "
            '" successful . " Officials clarified that neither government nor BP had declared a success .',
            "BP is unwilling to say the well is capped . Officials clarified that neither government nor BP "
            "had declared a success .",
            ('An earlier version of this story termed the effort " successful . "',),
        ),
        # an update stamp opening a paragraph: the stamp is the note, the news stays
        (
            "Updated to include a statement from police. The fire started at noon.",
            "The fire started at noon.",
            ("Updated to include a statement from police.",),
        ),
        # a label alone says nothing (basil 6b541575): it leaves the body, and is no note
        ("UPDATE:", "", ()),
        (
            "Update: This story has been updated with comments from the governor.",
            "",
            ("This story has been updated with comments from the governor.",),
        ),
        # news is no note
        (
            "The article was amended in 2005 by parliament.",
            "The article was amended in 2005 by parliament.",
            (),
        ),
    ],
)
def test_the_notes_taken_out_are_given_back(paragraph: str, kept: str, notes: tuple[str, ...]) -> None:
    read = read_editors_notes(paragraph)
    assert read == (kept, notes)
    assert strip_editors_note(paragraph) == kept


def test_a_label_and_its_note_in_one_paragraph_give_the_note() -> None:
    # "Update: This story has been updated ..." is a note: its sentence, not its bare label
    kept, notes = read_editors_notes(
        "Update: This story has been updated with comments from the governor. The vote is on Friday."
    )
    assert kept == "Update: The vote is on Friday."  # as strip_editors_note leaves it (extract25)
    assert notes == ("This story has been updated with comments from the governor.",)


# --- the three readers fill Article.corrections ----------------------------------------------------


def _basil_record() -> Document:
    return Document(
        id="58ed2376-35a0-453a-a08e-5cd87e3bdea5_2",
        source="docs.jsonl#line 1",
        content="\n\n".join([*_BASIL_BODY, _BASIL_NOTE]),
        title="Jan Brewer Announces Veto Of Arizona Anti-Gay Bill",
        from_record=True,
    )


def test_a_record_keeps_its_correction() -> None:
    doc = _basil_record()
    art = read_clean_text(doc)
    assert "Tempe" not in art.text and art.text.endswith("South Dakota and Maine.")
    assert art.corrections == (_BASIL_NOTE,)
    assert extract(doc).corrections == (_BASIL_NOTE,)


def test_a_page_keeps_its_correction() -> None:
    html = (
        "<html><head><title>Jan Brewer Announces Veto Of Arizona Anti-Gay Bill</title></head><body>"
        "<h1>Jan Brewer Announces Veto Of Arizona Anti-Gay Bill</h1><article>"
        + "".join(f"<p>{p}</p>" for p in [*_BASIL_BODY, _BASIL_NOTE])
        + "</article></body></html>"
    )
    art = read_html(Document(id="b", source="b.html", kind="html", content=html))
    assert art.kept and "Tempe" not in art.text
    assert art.corrections == (_BASIL_NOTE,)


def test_a_dump_keeps_its_correction() -> None:
    story = (
        "A spokesman for BP , John Curry , said it would be deployed on the seabed by tomorrow and hooked "
        "up to a drill ship over the weekend . The company added that the technique had been performed "
        "only in shallow waters . "
    )
    content = (
        "BP races to cap the leaking well\n\n"
        + story
        + _GUARDIAN_STORY
        + _BULLET
        + " "
        + _GUARDIAN_NOTE
        + "\n"
    )
    art = read_text(Document(id="bpoil_guardian/1012", source="docs.jsonl#line 2", content=content))
    assert "5,000 gallons" not in art.text and "lapping the shoreline" in art.text
    assert art.corrections == (_GUARDIAN_NOTE,)


def test_an_article_without_a_note_has_none() -> None:
    art = read_clean_text(
        Document(id="n", source="n.txt", content="\n\n".join(_BASIL_BODY), title="Veto", from_record=True)
    )
    assert art.corrections == ()
    assert "corrections" not in article_record(art)


# --- articles.jsonl ---------------------------------------------------------------------------------


def _written(tmp_path: Path, art: Article) -> dict[str, object]:
    part = tmp_path / "articles.part"
    write_jsonl([article_record(art)], part)
    out = tmp_path / "articles.jsonl"
    write_linked(part, CorpusLinks(duplicate_of={}, event_of={art.id: "e1"}, story_of={art.id: "s1"}), out)
    (line,) = out.read_text(encoding="utf-8").splitlines()
    return json.loads(line)


def test_articles_jsonl_writes_the_corrections_and_links_them(tmp_path: Path) -> None:
    art = Article(id="a", source="s", title="Veto", text="\n\n".join(_BASIL_BODY), corrections=(_BASIL_NOTE,))
    record = _written(tmp_path, art)
    assert record["corrections"] == [_BASIL_NOTE]
    assert (record["event_id"], record["story_id"], record["dropped"]) == ("e1", "s1", None)
    # the contract's fields first, the new one after them, an input's own field never over it
    keys = list(record)
    assert keys.index("corrections") > keys.index("source")


def test_an_input_field_named_corrections_never_overwrites_the_notes(tmp_path: Path) -> None:
    art = Article(id="a", source="s", text="x", corrections=(_BASIL_NOTE,), extra={"corrections": "none"})
    assert article_record(art)["corrections"] == [_BASIL_NOTE]


def test_a_rerun_on_articles_jsonl_neither_doubles_nor_mangles_the_field(tmp_path: Path) -> None:
    doc = _basil_record()
    first = extract(doc)
    record = _written(tmp_path, first)
    # articles.jsonl read back as input: the list is no short field (ingest leaves it out of extra)
    again = record_document(record, fallback_id="x", source="articles.jsonl#line 1")
    assert "corrections" not in again.extra
    second = extract(again)
    assert second.text == first.text
    # and the notes are carried over from the record, not lost with the body that held them
    assert again.corrections == first.corrections == second.corrections == (_BASIL_NOTE,)
    # the body no longer holds the note, so nothing is read twice; the field is written once
    line = json.dumps(article_record(second), ensure_ascii=False)
    assert line.count('"corrections"') <= 1
    assert [r.get("corrections") for r in read_jsonl(tmp_path / "articles.jsonl")] == [[_BASIL_NOTE]]
