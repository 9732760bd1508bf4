"""AHEAD_OF (timex): a date after "ahead of" names what the clause's act came before, so a past verb
does not put it in the past; unless the sentence speaks of the future it reads nearest publication.
Real sentences of T17 and BASIL."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions


def value(text: str, published: str, phrase: str) -> str:
    (found,) = [t for t in find_time_expressions(text, published) if t.text == phrase]
    return found.value


@pytest.mark.parametrize(
    ("text", "published", "phrase", "expected"),
    [
        # T17 bpoil_reuters/2141, a Tuesday: Hayward testified on Thursday the 17th
        (
            "McKay , who appeared drawn but showed little emotion , did not offer much new ahead of "
            "Thursday 's testimony by BP 's chief executive , Tony Hayward , on Capitol Hill .",
            "2010-06-15",
            "Thursday",
            "2010-06-17",
        ),
        # T17 bpoil_foxnews/616, a Monday: the Senate hearings of Tuesday the 11th
        (
            'Nagel , speaking to reporters ahead of Senate hearings Tuesday , said the limit is not " an '
            "effective cap in terms of what we 're spending . \"",
            "2010-05-10",
            "Tuesday",
            "2010-05-11",
        ),
        # T17 bpoil_reuters/811 (May 30): the midterm elections of November 2010
        (
            'Obama is fighting to prevent the Gulf spill from becoming his own " Katrina " ahead of the '
            "November congressional elections .",
            "2010-05-30",
            "November",
            "2010-11",
        ),
        # BASIL 3db93526-..._2 (December 7, 2011): the Iowa caucuses of January 3, 2012
        (
            "Politico reported Tuesday that Perry bought $1 million in broadcast television time ahead of "
            "the Jan. 3 caucuses.",
            "2011-12-07",
            "Jan. 3",
            "2012-01-03",
        ),
        # BASIL 550b80db-..._2 (Tuesday August 9, 2011): the Ames debate of Thursday the 11th
        (
            "Bachmann was asked about the cover during an appearance in Iowa on Monday, where she is "
            "campaigning ahead of Thursday's Fox News/Washington Examiner debate and Saturday's Ames Straw "
            "Poll.",
            "2011-08-09",
            "Thursday",
            "2011-08-11",
        ),
    ],
)
def test_a_day_ahead_of_a_past_act_reads_nearest(
    text: str, published: str, phrase: str, expected: str
) -> None:
    assert value(text, published, phrase) == expected


def test_a_day_behind_the_story_stays_behind() -> None:
    # T17 bpoil_reuters/818 (October 19): his start date, a day of the month before
    text = (
        "Last month , ahead of his official October 1 start date , Dudley said he was reviewing BP 's "
        "system of incentives ."
    )
    assert value(text, "2010-10-19", "October 1") == "2010-10-01"


def test_a_happening_ahead_of_which_is_over() -> None:
    # heap val-39-0: the attack is over (HAPPENED), a year back from a story of December
    text = "He is charged with citing an insurrection ahead of the Jan. 6 attack on the U.S. Capitol."
    assert value(text, "2021-12-20", "Jan. 6") == "2021-01-06"


def test_a_plan_keeps_its_future() -> None:
    # heap l3s_gn1-a60538cf: "scheduled for" speaks of the future
    text = (
        "Bhutto was killed in a gun and bomb attack ahead of elections scheduled for January 8, throwing "
        "into doubt a smooth transition to civilian-led democracy."
    )
    assert value(text, "2007-12-28", "January 8") == "2008-01-08"


def test_a_longer_noun_phrase_after_ahead_of() -> None:
    # BASIL 29ffd053-..._1 (Tuesday 2012-04-24): Ryan's Georgetown lecture of Thursday April 26
    text = (
        "The group sent a letter to Rep. Ryan in advance of his appearance on the Catholic campus on "
        "Thursday morning to give the Whittington Lecture."
    )
    assert value(text, "2012-04-24", "Thursday morning") == "2012-04-26"


def test_a_verb_between_dates_the_verbs_act() -> None:
    # heap train-385-0: the talks broke down on Sunday (the date is the breakdown's, not the shutdown's)
    text = (
        "Congressional efforts to reach a border security deal ahead of another government shutdown broke "
        "down on Sunday over Democratic demands to limit the detention of undocumented immigrants."
    )
    assert value(text, "2011-02-17", "Sunday") == "2011-02-13"


def test_nine_words_after_ahead_of() -> None:
    # T17 bpoil_guardian/2158 (Tuesday 2010-06-15): the hearing of Thursday the 17th, 9 words after
    # "ahead of" (read as the Thursday before when the reach was 8 words)
    text = (
        "Waxman and Stupak made their claim in a letter to Tony Hayward , ahead of their showdown hearing "
        "with the BP chief executive on Thursday ."
    )
    assert value(text, "2010-06-15", "Thursday") == "2010-06-17"


def test_a_comma_ends_the_noun_phrase_after_ahead_of() -> None:
    # the words after "ahead of" stop at a comma: the Monday is the past act's, in the past
    text = "Shares fell ahead of the results , and the chairman resigned on Monday ."
    assert value(text, "2010-06-16", "Monday") == "2010-06-14"
