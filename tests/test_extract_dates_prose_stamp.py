"""extract.prose: a one-line export with no date of its own takes the date of a stamp glued to its
opening (textdate.opening_stamp_date) as its last resort; a caption's date, with no clock, does not."""

from __future__ import annotations

from newsprism.extract import extract
from newsprism.records import Document

# T17 dev's exports (H1N1_reuters/695, H1N1_bbc/558, bpoil_foxnews/1816), opening as written
REUTERS = (
    "WASHINGTON | Wed Apr 29 , 2009 6:57 pm BST WASHINGTON ( Reuters ) - Just how bad is this new flu "
    "strain , how far will it go and how long will the outbreak last ? Here are some questions and answers "
    "about the outbreak : HOW MANY PEOPLE HAVE DIED ? HOW MANY ARE INFECTED ?"
)
BBC = (
    "Susan Watts | 18:00 UK time , Saturday , 25 April 2009 Experts are clearly extremely concerned about "
    "the new swine flu virus which the World Health Organisation warned today has the potential to cause a "
    "pandemic . The virus has killed at least 60 people in Mexico ."
)
CAPTION = (
    'In this May 26 , 2010 photo , officials effort to plug the gushing oil well using a maneuver known as a " '
    'top kill " that has never before been tried 5,000 feet underwater . AP BP has launched a two-pronged '
    "attempt to plug the blown-out well ."
)


def _record(text: str, published: str | None = None) -> Document:
    return Document(id="t17", source="docs.jsonl#line 1", content=text, published=published, from_record=True)


def test_opening_stamp_dates_a_record_without_a_date() -> None:
    reuters, bbc = extract(_record(REUTERS)), extract(_record(BBC))
    assert (reuters.published, reuters.published_source) == ("2009-04-29", "opening_stamp")
    assert (bbc.published, bbc.published_source) == ("2009-04-25", "opening_stamp")
    assert reuters.text == REUTERS  # the stamp stays in the text: only its day is read


def test_container_date_comes_first() -> None:
    art = extract(_record(REUTERS, published="2009-04-30"))
    assert (art.published, art.published_source) == ("2009-04-30", "container")


def test_caption_date_without_clock_is_no_publication_date() -> None:
    art = extract(_record(CAPTION))
    assert (art.published, art.published_source) == (None, None)
