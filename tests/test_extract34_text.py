"""extract34: a dump's story ends at a copyright notice in brackets, and at a call for readers'
accounts worded "... is interested in hearing from ..."; real lines of l3s_gn1 dumps."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.extract import extract
from newsprism.extract.text import is_copyright_line
from newsprism.ingest import read_documents


def _text(shared: Path, page: str) -> str:
    doc = next(iter(read_documents([shared / "data" / "extraction" / "l3s_gn1" / "text" / f"{page}.txt"])))
    return extract(doc).text


@pytest.mark.parametrize(
    "line",
    [
        "(Copyright 2008 by The Associated Press. All Rights Reserved.)",
        "(© 2008 The Associated Press. All Rights Reserved. This material may not be published, broadcast, "
        "rewritten, or redistributed.)",
    ],
)
def test_a_copyright_notice_in_brackets_is_one(line: str) -> None:
    assert is_copyright_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "(c) 2008 Magellan Navigation, Inc.",  # as before
        "(The copyright case was heard in 2008; all rights reserved by the court were upheld.)",
    ],
)
def test_a_bracketed_line_is_a_notice_only_when_it_opens_like_one(line: str) -> None:
    assert is_copyright_line(line) == line.startswith("(c)")


def test_the_most_popular_box_under_an_ap_copyright_line_is_no_story(shared: Path) -> None:
    # l3s_gn1 29721ba8: the Miami story, its AP line, then "Most Popular": 1, 2 ("Two tornadoes
    # touched down" and its teaser), 3 ...
    text = _text(shared, "29721ba8-332a-436e-87d4-ff3c017bc2ef")
    assert "Prosecutors are asking that both men be held without bail until trial." in text
    assert "The Bay area was under a tornado watch" not in text
    assert "Strong storms in Pasco County ripped structures apart" not in text


def test_a_call_for_fans_accounts_closes_no_story(shared: Path) -> None:
    text = _text(shared, "95469dc3-b81a-4a5e-89ef-80ba6d33e6a8")
    assert "Michael Carrick brought a double save from Carson" in text
    assert "The Observer is interested in hearing from fans" not in text


@pytest.mark.parametrize(
    ("page", "lead"),
    [
        # a photo's caption and a stats table stand between the lead and the story's second line
        (
            "e651a01c-15f3-461b-aadb-9cb1a4371acc",
            "HONOLULU -- K.J. Choi had found the woman he wanted to marry.",
        ),
        # three "Click here to ..." ads do
        (
            "cb487d49-b44c-4d82-93be-06702e394bf7",
            "LAS VEGAS --(Business Wire)-- Today at the Consumer Electronics Show",
        ),
    ],
)
def test_a_dateline_under_the_headline_opens_the_story(shared: Path, page: str, lead: str) -> None:
    assert _text(shared, page).startswith(lead)


def test_teasers_that_open_on_a_dateline_further_down_stay_out(shared: Path) -> None:
    # a9c72165: "New Delhi, Jan 15 (ANI): ..." opens each teaser of a list, none under the headline
    text = _text(shared, "a9c72165-89b3-4eab-b9cc-9e389a869b5e")
    assert "commemorated its 60th Foundation Day" not in text
