"""extract.dates: a wire's dateline with its year opening the story's first paragraph ("LONDON, Jan 17,
2008 (PTI) — A British Airways plane ...") is the story's date line, not a day the story tells of
(dates26b)."""

from lxml import html as lxml_html

from newsprism.extract.dates import page_date_evidence

MENU = "<p>" + " | ".join(f"Section {i}" for i in range(40)) + "</p>"


def _page(paragraph: str) -> str:
    return (
        "<html><head><title>oHERALDo :: 13 hurt as plane crash-lands at Heathrow</title></head><body>"
        "<p>Goa's complete online news edition - Sunday, January 20, 2008</p>" + MENU + "<strong>13 hurt "
        f"as plane crash-lands at Heathrow</strong><div>{paragraph}</div></body></html>"
    )


def _headline(paragraph: str) -> str | None:
    return page_date_evidence(lxml_html.document_fromstring(_page(paragraph))).get("headline")


STORY = "A British Airways plane crash-landed short of a runway at Heathrow Airport, causing minor injuries to 13 people."


def test_a_dated_wire_dateline_opening_the_story_is_its_date_line() -> None:
    assert _headline(f"LONDON, Jan 17, 2008 (PTI) — {STORY}") == "2008-01-17"
    assert _headline(f"LONDON, Jan. 17, 2008 -- {STORY}") == "2008-01-17"
    # a place of the gazetteers in title case, with its region, and a press release's full stop
    assert _headline(f"Hounslow, England, January 17 2008. {STORY}") == "2008-01-17"


def test_a_day_told_in_the_story_is_still_no_date_line() -> None:
    # the sentence's words before the date, or after its year
    told = "The plane landed at Heathrow on Jan 17, 2008 in fog, causing minor injuries to 13 people."
    assert _headline(told) is None
    assert (
        _headline("LONDON, Jan 17, 2008 was the day a British Airways plane crash-landed short of a runway.")
        is None
    )
    # a name that is no place and not in a wire's capitals
    assert _headline(f"Sen. Clinton, Jan. 17, 2008 - {STORY}") is None
