"""A publication note whose time has a colon ("Posted at 10:30 AM: ...") is stripped as one without
(extract22's note: the stripper stopped at the time's colon and kept the whole line)."""

from __future__ import annotations

import pytest

from newsprism.extract import extract
from newsprism.extract.textdate import strip_publication_note
from newsprism.records import Document

SENTENCE = "The city council approved the new budget on Tuesday after a long debate."


@pytest.mark.parametrize(
    "note",
    [
        "Posted at 10:30 AM: ",
        "Published May 5, 2013 at 10: 20 AM: ",
        "Originally published March 3, 2019 at 9:05 p.m. EST: ",
        "Posted Jan 1, 2008 10:30: ",
    ],
)
def test_a_note_with_a_time_is_stripped(note: str) -> None:
    assert strip_publication_note(note + SENTENCE) == SENTENCE


@pytest.mark.parametrize(
    "line",
    [
        "Posted by: Travis on Jan 1, 2008 at 10:30 AM",  # a byline
        "Posted by : Finn_McCool | June 7 , 2010 1:21 PM | Report abuse The questions here are many",
        "Published 3 times: The list of runs is below.",
        "Posted at 10:30 AM: 5 people were hurt in the blast.",  # a sentence opening on a digit stays
        "Posted at 10:30 AM: ",  # nothing follows
        "Published time: 10:30: The council met.",  # "time" is no date's word
    ],
)
def test_what_is_no_note_stays(line: str) -> None:
    assert strip_publication_note(line) == line


def test_a_brief_loses_its_timed_note() -> None:
    second = "The mayor said the money would go to schools and roads."
    art = extract(
        Document(
            id="b", source="b.txt", content=f"Posted at 10:30 AM: {SENTENCE}\n\n{second}", from_record=True
        )
    )
    assert art.text.startswith(SENTENCE)
