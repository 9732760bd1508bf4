"""extract.textdate (dates27b): a blog's post line, its label, the writer and the date in either
order, is a stamp with its date (read_stamp): "Posted by jrmylmb - Tuesday, January 08, 2008 12:40
PM" (l3s_gn1 86ed497b), "Posted in Sony, News, PSP, Skype by Darrin Olson on January 7th, 2008"
(a1608707), each the first line under its post's headline, which dates the dump and leaves its
body. A post line with words after its date is no stamp."""

import datetime as dt

from newsprism.extract import extract
from newsprism.extract.textdate import read_stamp
from newsprism.records import Document


def test_a_post_line_is_a_stamp_with_its_date() -> None:
    assert read_stamp("Posted by jrmylmb - Tuesday, January 08, 2008 12:40 PM") == (True, dt.date(2008, 1, 8))
    assert read_stamp("Posted in Sony, News, PSP, Skype by Darrin Olson on January 7th, 2008") == (
        True,
        dt.date(2008, 1, 7),
    )
    assert read_stamp("Posted: January 06, 2008, 4:30 PM by Michael Traikos") == (True, dt.date(2008, 1, 6))
    assert read_stamp("Posted on January 9, 2008 by Ed Kent") == (True, dt.date(2008, 1, 9))


def test_a_post_line_with_more_words_is_no_stamp() -> None:
    line = "Posted by Ed Kent on Wednesday, January 9th, 2008 at 8:43 am under: All News. Comment Feed (RSS 2.0)."
    assert read_stamp(line) == (False, None)
    assert read_stamp("Posted by Chris Cornwell on January 9, 2008 in Games | Permalink") == (False, None)
    assert read_stamp("Published on January 12, 2008 by IANS Viewed 124 times") == (False, None)
    assert read_stamp("Posted by the White House on its blog on January 9, 2008") == (False, None)
    # a comment's signature (l3s_gn1 2fe54bd6, 67872f6e): its date is the comment's
    assert read_stamp("Posted By: hawaiian | January 16 2008 at 03:16 PM") == (False, None)
    assert read_stamp("Posted by: Lucky Lakeshore | January 14, 2008 06:24 PM") == (False, None)


DUMP = """Sony adding Skype to the PSP - Gaming News Blog

Home Reviews News Previews Forums
Sony adding Skype to the PSP
Posted in Sony, News, PSP, Skype by Darrin Olson on January 7th, 2008

Sony's Playstation Portable handheld gaming console has been trailing in sales to the Nintendo DS \
since the two launched, and the company is looking for new ways to make its handheld more useful.

The company said on Monday that owners of the newest model will be able to make calls over the \
internet with Skype, the voice service owned by eBay, from the end of the month.
"""


def test_a_dump_is_dated_by_its_post_line() -> None:
    # made up around a1608707's lines
    art = extract(Document(id="made-up", source="test", kind="text", content=DUMP))
    assert art is not None
    assert (art.published, art.published_source) == ("2008-01-07", "header_date")
    assert art.text.startswith("Sony's Playstation Portable")
