"""extract29: an HTML page's copyright line that the scorers left between kept blocks ends the text
(l3s_gn1 a9c72165: five other stories' leads kept under "© 2007 ANI"); a photo's credit ("© 2008
Getty Images") inside the story does not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.extract import extract
from newsprism.extract.html_blocks import Block
from newsprism.extract.html_body import _before_closing
from newsprism.records import Document

_LEAD = (
    "Gujarat Chief Minister Narender Modi is all set to meet AIADMK chief Jayalalitha today in Chennai over "
    "lunch, a meeting that has fuelled talk of a tie-up."
)
_REST = "Modi said that the possibility of early general elections is unlikely, as the political climate is not ripe."
_TEASER = (
    "New Delhi, Jan 15 (ANI): The Indian Army on Tuesday commemorated its 60th Foundation Day by paying homage "
    "to martyred soldiers."
)


def _kept_texts(left: str) -> list[str]:
    texts = [_LEAD, _REST, left, _TEASER]
    blocks = [Block(text=t, tag="td", hints=frozenset()) for t in texts]
    return [texts[i] for i in _before_closing(blocks, [0, 1, 3])]


@pytest.mark.parametrize(
    "left", ["© 2007 ANI", "Copyright © Zee News Limited. All rights reserved.", "© 2007 - 2008 - eFluxMedia"]
)
def test_a_left_copyright_line_ends_the_text(left: str) -> None:
    assert _kept_texts(left) == [_LEAD, _REST]


@pytest.mark.parametrize("left", ["© 2008 Getty Images", "(c) 2008 AFP Photo", "More on this story"])
def test_a_photo_credit_or_another_line_ends_nothing(left: str) -> None:
    assert _kept_texts(left) == [_LEAD, _REST, _TEASER]


def test_the_agencys_next_items_leave_the_page(shared: Path) -> None:
    path = next((shared / "data" / "extraction" / "l3s_gn1" / "html").glob("a9c72165*"))
    doc = Document(id="a9c72165", source=str(path), kind="html", content=path.read_text(encoding="utf-8"))
    text = extract(doc).text
    lines = (
        (shared / "data" / "extraction" / "l3s_gn1" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    )
    gold = next(json.loads(line) for line in lines if line.startswith('{"id": "a9c72165'))
    assert "political climate" in text and "political climate" in gold["text"]
    assert "New Delhi, Jan 15 (ANI)" not in text
