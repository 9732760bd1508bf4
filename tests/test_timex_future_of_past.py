"""timeline21: the future of a past ("was to meet on Monday", "was likely to resume on Thursday") and
a passive infinitive after a future cue ("is expected to be completed in August") read as future."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions, tense


def _value(text: str, published: str, phrase: str) -> str:
    (value,) = [t.value for t in find_time_expressions(text, published) if t.text == phrase]
    return value


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # real T17 sentences (Sunday papers naming the coming week's days; a month of the coming summer)
        (
            "BP 's board was to meet on Monday to discuss deferring its second-quarter dividend .",
            "2010-06-13",
            "Monday",
            "2010-06-14",
        ),
        (
            "The mayor said the capital was likely to resume normal activities on Thursday .",
            "2009-05-03",
            "Thursday",
            "2009-05-07",
        ),
        (
            "Salazar and Napolitano were to lead a Senate delegation to the region on Monday .",
            "2010-05-23",
            "Monday",
            "2010-05-24",
        ),
        (
            "BP is drilling two relief wells but they are not expected to be completed until August .",
            "2010-06-03",
            "August",
            "2010-08",
        ),
        (
            "The panel 's official report is set to be released on January 11 .",
            "2010-12-03",
            "January 11",
            "2011-01-11",
        ),
        (
            "A reconnaissance flight is to be carried out on Thursday .",
            "2010-07-21",
            "Thursday",
            "2010-07-22",
        ),
        ("The plant was due to reopen on Friday.", "2010-06-10", "Friday", "2010-06-11"),
    ],
)
def test_plans_told_in_the_past_or_the_passive_are_ahead(
    text: str, published: str, phrase: str, value: str
) -> None:
    assert _value(text, published, phrase) == value


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # "to blame" is no plan: the sinking was before the story
        (
            "Hayward said the firm was not to blame for the accident which sank the rig on 22 April .",
            "2010-05-03",
            "22 April",
            "2010-04-22",
        ),
        (
            "Someone else was to blame , executives said at hearings on Tuesday .",
            "2010-05-12",
            "Tuesday",
            "2010-05-11",
        ),
        # a perfect infinitive: a plan not carried out, a guess about the past
        (
            "The 550 competitors were to have embarked Saturday on the trek .",
            "2008-01-04",
            "Saturday",
            "2007-12-29",
        ),
        (
            "April 25 - The Coast Guard approves a plan to have remote underwater vehicles stop the leak .",
            "2010-06-03",
            "April 25",
            "2010-04-25",
        ),
        # a plan that was due and missed keeps its past reading
        ("The tests were due on Monday but were delayed by a leak .", "2010-08-03", "Monday", "2010-08-02"),
        ("He was sworn in on Tuesday .", "2010-06-13", "Tuesday", "2010-06-08"),
        # review19t: a cue that ends in "to" ("was to", "due to", "going to") is a plan only before
        # an infinitive; before a determiner, a pronoun, a name or a figure its "to" is a preposition
        # and the sentence keeps the tense of its other cues (heap-10000: "due to" a cause)
        (
            "The number of reported deaths due to the coronavirus in the United States hit 250,000 "
            "Wednesday, according to the Johns Hopkins University coronavirus tracker.",
            "2020-11-19",
            "Wednesday",
            "2020-11-18",
        ),
        (
            "China has officially confirmed 14 cases and six deaths due to H7N9 infection as of Friday, "
            "the World Health Organization (WHO) said in a statement.",
            "2016-07-25",
            "Friday",
            "2016-07-22",
        ),
        ("They were to the north of the city on May 3.", "2010-06-10", "May 3", "2010-05-03"),
        ("It was to no avail on May 3, officials said.", "2010-06-10", "May 3", "2010-05-03"),
        ("Shares were up to $40 on May 3.", "2010-06-10", "May 3", "2010-05-03"),
    ],
)
def test_past_readings_stay(text: str, published: str, phrase: str, value: str) -> None:
    assert _value(text, published, phrase) == value


def test_the_tense_reader_takes_the_future_of_a_past_for_a_plan() -> None:
    # timeline._plans asks timex.tense: a news day's entry leaves such sentences for reports
    text = "BP 's board was to meet on Monday ."
    at = text.index("Monday")
    assert tense(text, at, at + len("Monday")) == "future"
    text = "BP 's board was meeting on Monday ."
    assert tense(text, text.index("Monday"), text.index("Monday") + 6) == "past"


# review19t: the tense of a cue before a prepositional "to" and an infinitive's
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Schools were closed due to the storm on Monday.", "past"),
        ("Two officials said some troops are going to Kuwait on Monday.", "past"),
        ("Schools are due to reopen on Monday.", "future"),
        ("Troops are going to leave on Monday.", "future"),
    ],
)
def test_tense_of_a_cue_before_to(text: str, expected: str) -> None:
    at = text.index("Monday")
    assert tense(text, at, at + len("Monday")) == expected
