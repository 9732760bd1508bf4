"""review22: extract25's editors' notes (extract/editnote.py, 0f9718b) where they take the story.

Each case is a wrong class found in review, fixed by review22's patch to extract/editnote.py
(session 21's review22 report).
"""

from __future__ import annotations

from newsprism.extract.editnote import strip_editors_note

# a long paragraph, as a dump of one line gives it: the note is read sentence by sentence there
_STORY = " The company said on Tuesday that the well was capped and that crews would keep watch." * 8


def test_corrections_compound_is_the_story() -> None:
    p = "Corrections-department officials said Tuesday that two inmates escaped from the prison overnight."
    assert strip_editors_note(p) == p


def test_correction_officers_are_the_story() -> None:
    for p in (
        "Correction officers said the inmate was found in his cell on Monday morning.",
        "Corrections officers said the inmate was found in his cell on Monday morning.",
        "Updated figures show the spill grew to 60,000 barrels a day.",
        "UPDATE: The governor signed the bill on Friday, aides said.",
    ):
        assert strip_editors_note(p) == p


def test_law_article_amended_to_allow() -> None:
    p = "This article was amended to allow the president to seek a third term, critics say."
    assert strip_editors_note(p) == p
    q = (
        "Article 3 of the constitution limits presidents to two terms. This article was amended to "
        "allow Mr. Museveni to run again in 2006."
    )
    assert strip_editors_note(q) == q


def test_law_article_amended_on_a_day_by_a_court() -> None:
    p = "This article was amended on 12 March 2005 by the constitutional court, which struck down the ban."
    assert strip_editors_note(p) == p


def test_note_with_a_title_goes_whole() -> None:
    got = strip_editors_note(
        "Crews worked overnight. An earlier version of this story misspelled the name of Mr. Hayward."
        + _STORY
    )
    assert got.startswith("Crews worked overnight. The company said"), got[:80]
    got = strip_editors_note(
        "This story has been updated to include comments from Gov. Bobby Jindal." + _STORY
    )
    assert got.startswith("The company said"), got[:80]


def test_correction_takes_one_fact_sentence() -> None:
    got = strip_editors_note(
        "An earlier version of this story misspelled the name of the company. It is Transocean. It was "
        "the worst spill in U.S. history, officials said on Tuesday. It is not yet clear how much oil "
        "leaked." + _STORY
    )
    assert got.startswith("It was the worst spill in U.S. history"), got[:80]


def test_updated_with_a_thing_is_the_story() -> None:
    p = "Updated with modern kitchens and a new roof, the hotel reopened in May. Its owners spent $4 million."
    assert strip_editors_note(p) == p


def test_update_stamps_still_go() -> None:
    for note in (
        "Updated with comments from the mayor.",
        "Updated at 10:30 a.m. with new details.",
        "Updated at 3 p.m. ET with the latest figures from the Coast Guard.",
        "Updated to include comments from BP.",
    ):
        assert strip_editors_note(note + " The company said the well was capped.").startswith(
            "The company"
        ), note


def test_real_notes_still_go() -> None:
    """What the rule is for, with or without the fix."""
    assert strip_editors_note("Correction: An earlier version of this story gave the wrong date.") == ""
    assert strip_editors_note("UPDATE:") == ""
    got = strip_editors_note(
        "This article was amended on 6 May 2010. The original said that a leaking well was spewing "
        "5,000 gallons a day. This has been corrected." + _STORY
    )
    assert got.startswith("The company said"), got[:80]
    got = strip_editors_note(
        "An earlier version of this op-ed referred to the Ocean Pollution Act of 1990. It is the Oil "
        "Pollution Act of 1990." + _STORY
    )
    assert got.startswith("The company said"), got[:80]
