"""timeline28 (timex): plans that had no cue the reader knew, read as the day before. A plan's
infinitive set off by commas ("The report, to be released in full on Tuesday"), a hope with an
adverb before its "to" ("hopes partly to"), a progressive of a plan ("is expecting to"), "is due
there on", and a weekday that is the subject of "is" ("Wednesday is the deadline") read today or
ahead; a weekday inside the subject's noun phrase ("the message from Tuesday is clear") keeps the
tense it had, and "was expecting to" is a plan as it stood when told. No sentence opens in lower
case, so "U.S." or "p.m." before a lower-case word no longer cuts a sentence's cue off. Real
sentences from the dev sets and heap-10000, two made up."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions


def value_of(text: str, published: str, phrase: str) -> str | None:
    at = text.index(phrase)
    return next((t.value for t in find_time_expressions(text, published) if t.start == at), None)


@pytest.mark.parametrize(
    ("text", "published", "phrase", "expected"),
    [
        # T17 bpoil_guardian/93 (Thursday 2011-01-06): read as January 4
        (
            "The report , to be released in full on Tuesday , is utterly damning .",
            "2011-01-06",
            "Tuesday",
            "2011-01-11",
        ),
        # BASIL f11c2566..._1 (Monday 2012-04-23): read as April 17
        (
            "In an interview with Fox News, to be shown on Tuesday, Mr. Boehner delivered what aides "
            "called a wake-up call to his troops.",
            "2012-04-23",
            "Tuesday",
            "2012-04-24",
        ),
        # heap l3s_gn1-9a0aca8a (a page dated 2008-09-01): read as January 2008
        (
            "Three of the NHL's young guns highlighted the 16 players selected as Western Conference "
            "reserves for the All-Star Game, to be played January 27 in Atlanta.",
            "2008-09-01",
            "January 27",
            "2009-01-27",
        ),
        # T17 bpoil_bbc/1327 (Monday 2010-07-12): read as July 6
        (
            "BP hopes partly to close the cap on Tuesday to test the well 's integrity .",
            "2010-07-12",
            "Tuesday",
            "2010-07-13",
        ),
        # T17 bpoil_washingtonpost/2087 (Thursday 2010-04-29): read as April 24
        (
            '" We are expecting to see the first impact at Pass-A-Loutre today , Chandeleur Islands on '
            'Saturday , " Jindal said at a briefing in Baton Rouge .',
            "2010-04-29",
            "Saturday",
            "2010-05-01",
        ),
        # heap train-2191-1 (a page dated Wednesday 2021-11-10): read as November 9
        (
            "President Trump's defense team is expecting to use only two to three hours on the Senate "
            "floor on Tuesday to finish laying out their case against impeachment, a source familiar "
            "with the legal team's thinking told NPR's Tamara Keith.",
            "2021-11-10",
            "Tuesday",
            "2021-11-16",
        ),
        # T17 bpoil_bbc/68 (Saturday 2010-05-01): read as April 25
        (
            "President Obama is due there on Sunday as is BP head Tony Hayward , who has been "
            "criticised over the BP response .",
            "2010-05-01",
            "Sunday",
            "2010-05-02",
        ),
        # T17 bpoil_foxnews/702 (Sunday 2010-11-21): read as November 17
        (
            "Wednesday is the deadline for individuals seeking restitution .",
            "2010-11-21",
            "Wednesday",
            "2010-11-24",
        ),
    ],
)
def test_plans_read_ahead(text: str, published: str, phrase: str, expected: str) -> None:
    assert value_of(text, published, phrase) == expected


@pytest.mark.parametrize(
    ("text", "published", "phrase", "expected"),
    [
        # BASIL c99adbdd..._2 (Friday 2014-06-13): the day of Cantor's primary, over
        (
            'But the message from Tuesday is clear -- Americans are looking for a change in the status quo," '
            "Labrador said in a statement.",
            "2014-06-13",
            "Tuesday",
            "2014-06-10",
        ),
        # T17 bpoil_foxnews/944 (Friday 2010-05-28): the decision of the day before
        (
            "From the Arctic Ocean to the Chesapeake Bay , the decision announced Thursday is stirring "
            "passions on both sides of the issue .",
            "2010-05-28",
            "Thursday",
            "2010-05-27",
        ),
        # made up: "was expecting to" is a plan as it stood when told, the day before publication
        ("The company was expecting to finish the work on Thursday.", "2010-05-28", "Thursday", "2010-05-27"),
    ],
)
def test_guards_keep_their_tense(text: str, published: str, phrase: str, expected: str) -> None:
    assert value_of(text, published, phrase) == expected


@pytest.mark.parametrize(
    ("text", "published", "phrase", "expected"),
    [
        # heap-10000 val-252-2 (Monday 2011-02-14): "U.S." cut the sentence before "farmers", losing
        # "was set to announce"; read as February 8
        (
            "The Trump administration was set to announce billions of dollars in aid for U.S. farmers on "
            "Tuesday to help protect them from the repercussions of trade spats, a source familiar with "
            "the plan told Reuters.",
            "2011-02-14",
            "Tuesday",
            "2011-02-15",
        ),
        # T17 bpoil_reuters/1547 (Tuesday 2010-06-15): read as June 10
        (
            "Chief Executive Tony Hayward , the public face of BP 's response to the spill , is due to "
            "testify for the first time at a U.S. congressional hearing on Thursday .",
            "2010-06-15",
            "Thursday",
            "2010-06-17",
        ),
        # heap-10000 train-470-0 (Sunday 2009-12-13): "p.m." cut off "announced"; read as December 16
        (
            "Parent company 21st Century Fox announced at 2:30 p.m. on Wednesday that O'Reilly will not be "
            "returning to the Fox News Channel.",
            "2009-12-13",
            "Wednesday",
            "2009-12-09",
        ),
        # made up: a capitalised word after "U.S." may open a sentence, which keeps its own tense
        (
            "Talks were held in the U.S. On Friday the two sides will meet again.",
            "2010-06-15",
            "Friday",
            "2010-06-18",
        ),
    ],
)
def test_no_sentence_opens_in_lower_case(text: str, published: str, phrase: str, expected: str) -> None:
    assert value_of(text, published, phrase) == expected
