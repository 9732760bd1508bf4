"""extract37: a dump's author box under its heading (the author's name alone, then a bio that opens
on it) is no line of the story, wherever the page prints it: l3s_gn1 e57a9f8c prints Canadian Blood
Services' box between the byline and the story. A story's own line that opens on its writer's name
(dates/htmldate scottishfield_co_uk-Glasgow as a dump: "Ellie Forbes ends the working week with a
trip to El Santo ...") stands under no such heading and stays."""

from __future__ import annotations

import re
from pathlib import Path

import html_text

from newsprism.extract import extract
from newsprism.ingest.decoding import decode
from newsprism.records import Document

BOX = "Canadian Blood Services is a national, not-for-profit charitable organization"


def _read(path: Path) -> str:
    content = path.read_text(encoding="utf-8")
    return extract(Document(id=path.stem, source=str(path), kind="text", content=content)).text


def test_the_author_box_under_its_heading_is_dropped(shared: Path) -> None:
    folder = shared / "data" / "extraction" / "l3s_gn1" / "text"
    text = _read(folder / "e57a9f8c-1c9a-43f7-8cd5-a36c9eb205ff.txt")
    assert BOX not in text
    assert text.startswith('"How many lives can you save in 2008?"\n\nBrampton - Can you spare six hours')


def test_the_box_under_the_story_goes_as_before(shared: Path) -> None:
    # the control: the same page with the box moved under the story, above the page's rating form,
    # where the closing author box rule took it already; the story above it stays
    path = shared / "data" / "extraction" / "l3s_gn1" / "text" / "e57a9f8c-1c9a-43f7-8cd5-a36c9eb205ff.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith(BOX))
    box = lines[at - 1 : at + 1]
    rest = lines[: at - 1] + lines[at + 1 :]
    end = next(i for i, line in enumerate(rest) if line.startswith("How would you rate"))
    moved = "\n".join([*rest[:end], "", *box, "", *rest[end:]])
    text = extract(Document(id="e57a9f8c", source="e57a9f8c.txt", kind="text", content=moved)).text
    assert BOX not in text
    assert "Clinic Recruitment Coordinator" in text


def test_a_story_line_opening_on_its_writers_name_stays(shared: Path) -> None:
    # the control: no heading of the name alone over the writer's own standfirst; the page rendered
    # as the dev dumps were (bench/text_modern.py's dump)
    page = shared / "data" / "dates" / "htmldate" / "html" / "scottishfield_co_uk-Glasgow.html"
    rendered = html_text.extract_text(decode(page.read_bytes(), html=True), guess_layout=True)
    content = re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in rendered.split("\n")))
    text = extract(Document(id=page.stem, source=str(page), kind="text", content=content)).text
    assert text.startswith("Ellie Forbes ends the working week with a trip to El Santo")
