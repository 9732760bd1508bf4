"""review31: session 27's page notices on news prose (extract32's 681f094). The finding is a strict xfail
that fails on HEAD for its reason (the patch, /tmp/h27/review31/extract.patch, makes it pass); the
guard passes on both. The page is made up in the style of the l3s_gn1 dumps."""

from __future__ import annotations

import pytest

from newsprism.extract.prose import site_self
from newsprism.extract.text import read_text
from newsprism.records import Document

PAGE = """Home | World | Politics | Business | Sport

British troops to leave Basra by summer

By John Smith, Defence Correspondent

Monday, 15 December 2008

British troops will hand over control of Basra airport to American forces by the summer, the Ministry of Defence announced today, ending a six-year mission in southern Iraq.

The withdrawal will leave about 400 British personnel in the country to train the Iraqi navy and army officers, officials said.

A division of about 10,000 American troops will take over the base at Basra airport from March.

The Prime Minister is expected to make a statement to the Commons on Thursday, when he is also likely to set out plans for the deployment of more troops to Afghanistan.

Copyright 2008 Example News"""


def test_a_division_of_troops_is_news_not_the_site_s_owner() -> None:
    text = read_text(Document(id="x", source="x", content=PAGE)).text
    assert "A division of about 10,000 American troops will take over the base" in text
    assert "The Prime Minister is expected to make a statement" in text


@pytest.mark.parametrize(
    "line",
    [
        # l3s_gn1 b8702037, b4fba381: the site's box (681f094's own cases)
        "A division of Transcontinental Media Inc.",
        "A subsidiary of The McClatchy Company",
    ],
)
def test_the_site_s_owner_is_still_its_box(line: str) -> None:
    assert site_self(line.lower())
