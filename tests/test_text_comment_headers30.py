"""extract30: a readers' thread in a text dump whose comments are headed "BY NAME AT date time" (Gawker's
sites: l3s_gn1 79f28b11, "BY TAROCHAN AT 01/08/08 05:30 PM" over "Does it come with the wig?"). Two
such headers of different names make a thread, which ends the article at its first header; the
article's own byline ("BY MARK WILSON" under "12:48 PM ON WED JAN 9 2008") and one lone header are no
thread."""

from __future__ import annotations

import json
from pathlib import Path

from newsprism.extract import extract
from newsprism.records import Document

_STORY = [
    "Belt Buckle Senses Your Air Rocking",
    "It looks like a toy maker is cashing in even more on the guitar game craze. The new rocker lets you fake "
    "rock without your console, and it has five songs on board for the purpose.",
    "A belt buckle senses your air rocking and sends the signal to a belt pack that acts as the speaker, and "
    "the song is played back at a speed that follows how fast you strum, which we tried on the show floor.",
    "The rocker will be sold in March for thirty dollars, and the maker says more songs will follow later in "
    "the year if the first batch sells as well as it hopes.",
    "12:48 PM ON WED JAN 9 2008",
    "BY MARK WILSON",
]
_THREAD = [
    "BY TAROCHAN AT 01/08/08 05:30 PM",
    "Does it come with the wig?",
    "BY IT-HOBBIT AT 01/08/08 05:52 PM",
    'So basically this is like an mp3 player I get to "flick" into working, and nothing more than that at all?',
    "I mean, the music games at least are games, this, well this is just wrong, isn't it, and so very sad too?",
    "BY ZOMBO AT 01/08/08 06:07 PM",
    "That was not the real guitarist. He would never do something so stupid in his life, well almost that stupid.",
    "Chock that one up to one of the most ridiculous products of the whole show this year, I would say.",
]


def _read(lines: list[str]) -> str:
    return extract(Document(id="t", source="x", kind="text", content="\n\n".join(lines))).text


def test_a_thread_of_headed_comments_ends_the_article() -> None:
    text = _read(_STORY + _THREAD)
    assert "more songs will follow" in text
    assert "mp3 player" not in text and "real guitarist" not in text and "ridiculous" not in text


def test_one_header_is_no_thread() -> None:
    # one "by NAME on date time" line (l3s_gn1 3e992547's lone comment) cuts nothing by itself: the
    # page reads as it does without the line
    comment = (
        "Everyone who watched the whole thing on the show floor said that it was a great deal of fun to try."
    )
    with_header = _read([*_STORY, "by Ramesh on 1/11/2008 6:24:39 PM", comment])
    without = _read([*_STORY, comment])
    assert "more songs will follow" in with_header
    assert (comment in with_header) == (comment in without)


def test_gizmodo_page_reads_as_its_gold(shared: Path) -> None:
    l3s = shared / "data" / "extraction" / "l3s_gn1"
    gold = next(
        row["text"]
        for row in map(json.loads, (l3s / "gold.jsonl").read_text(encoding="utf-8").splitlines())
        if row["id"].startswith("79f28b11")
    )
    page = next((l3s / "text").glob("79f28b11*"))
    text = extract(
        Document(id="79f28b11", source=str(page), kind="text", content=page.read_text("utf-8"))
    ).text
    assert "preloaded songs" in text and "preloaded songs" in gold
    for comment in ("So basically this is like an mp3 player", "except that was not Slash"):
        assert comment not in text and comment not in gold
