"""text.py's own-date choices with dates29's readers: a release's wire dateline glued after its deck
(textdate.deck_dateline), a numeric date bounded by the site's day above it (textdate.within), and the
story's header read from its printed headline down (_printed_headline_line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.extract.text import _printed_headline_line, read_text
from newsprism.records import Document

L3S = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "extraction" / "l3s_gn1" / "text"
needs_shared = pytest.mark.skipif(not L3S.exists(), reason="../shared is not checked out next to the repo")


def _read(stem: str) -> Document:
    path = next(L3S.glob(f"{stem}*.txt"))
    return Document(id=path.stem, source=str(path), content=path.read_text(encoding="utf-8"))


@needs_shared
def test_a_wire_dateline_glued_after_the_releases_deck() -> None:
    # CNW's "... in Spring 2008 TORONTO, Jan. 6 /CNW/ - Today at ..." under the site's "15 janvier 2008"
    article = read_text(_read("92474c42"))
    assert (article.published, article.dateline) == ("2008-01-06", "Toronto")


@needs_shared
def test_the_date_line_over_a_body_that_opens_with_the_headline() -> None:
    # Goal.com: "15 January 2008" under the site's name, a news list, then "08/01/2008 11:13" over
    # "Cole: Winning Carling Cup Would Give Chelsea Momentum Ahead of tonight's ..."
    assert read_text(_read("2ca161aa")).published == "2008-01-08"


@needs_shared
def test_the_date_line_under_the_printed_headline() -> None:
    # Arizona Daily Star: "Tue, January 15, 2008" in the masthead; "Devils on cloud nine after surprising
    # start" printed over "Tucson, Arizona | Published: 01.09.2008" (9 January, not after the 15th)
    assert read_text(_read("48101d52")).published == "2008-01-09"


def test_printed_headline_line() -> None:
    title = "Goal.com - Chelsea - Cole: Winning Carling Cup"
    lines = [
        title,
        "15 January 2008",
        "08/01/2008 11:13",
        "Cole: Winning Carling Cup Ahead of tonight's semi-final",
    ]
    assert _printed_headline_line(lines, 0, 3) == 3  # glued to the first paragraph
    lines = [title, "15 January 2008", "Cole: Winning Carling Cup", "08/01/2008 11:13", "Ahead of tonight's"]
    assert _printed_headline_line(lines, 0, 4) == 2  # a line of its own
    assert _printed_headline_line([title, "15 January 2008", "Ahead of tonight's final"], 0, 2) is None
    # a part of fewer words is a site's or a section's name
    assert _printed_headline_line(["Goal.com - Chelsea", "Chelsea", "Chelsea won on Tuesday"], 0, 2) is None
