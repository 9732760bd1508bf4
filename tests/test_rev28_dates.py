"""review28: extract.dates' headline date (13cbbea's masthead and prose rules) on a date line written
as a sentence. The test that was a strict xfail
gave a wrong day before review28's dates.patch to extract/dates.py. Made-up pages
in the shape of the l3s pages 13cbbea read: a masthead's day above the story, the story's own date
line under its headline."""

from __future__ import annotations

import pytest

from newsprism.extract.dates import html_publication_date


def page(date_line: str) -> str:
    return (
        "<html><head><title>Mayor resigns after a long budget row - Example Times</title></head><body>"
        '<div class="top"><p>Example Times</p><p>Monday, January 21, 2008</p></div>'
        f'<div class="story"><h1>Mayor resigns after a long budget row</h1><p>{date_line}</p>'
        "<p>The mayor resigned on Sunday after weeks of argument over the budget and the council's vote "
        "on the plan.</p></div></body></html>"
    )


@pytest.mark.parametrize(
    "date_line",
    [
        "This story was published on January 14, 2008 at 10:30 a.m.",
        "Published by Ann Lee on Monday, January 14, 2008 at 10:30 AM.",
        "Posted on January 14, 2008 at 10:30 am by Ann Lee in Local News.",
    ],
)
def test_a_date_line_written_as_a_sentence_is_the_pages_date(date_line: str) -> None:
    assert html_publication_date(page(date_line), not_after="2008-02-01", extensive=False)[0] == "2008-01-14"


def test_a_plain_date_line_is_the_pages_date() -> None:
    # guard: 13cbbea's case
    assert (
        html_publication_date(page("Published: January 14, 2008"), not_after="2008-02-01", extensive=False)[0]
        == "2008-01-14"
    )


def test_a_date_a_story_sentence_tells_of_is_no_date_line() -> None:
    # guard: a sentence's label inside it ("The report, published on ...") is prose; the page has no
    # date line of its own under the headline, so the masthead's day stands
    line = "The report, published on January 14, 2008 at the conference, found the budget short."
    assert html_publication_date(page(line), not_after="2008-02-01", extensive=False)[0] == "2008-01-21"
