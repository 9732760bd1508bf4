"""timeline33: a weekday that a named day holds ("Good Friday", "Easter Monday", "Black Wednesday", "Bloody
Sunday", "Meat-Free Monday") is no date (NAMED_DAY_BEFORE in analyse.timex): none is the weekday nearest the
page; "Black Friday" and "Super Tuesday", days a story tells of as they come round, still read as
weekdays, and so does a weekday after another capitalised word."""

import pytest

from newsprism.analyse.timex import find_time_expressions


@pytest.mark.parametrize(
    ("text", "published", "phrase"),
    [
        # T17 bpoil_guardian/2111 (the Torrey Canyon, 1967)
        ("On Easter Monday , the tanker broke into two pieces .", "2010-06-24", "Monday"),
        (
            'This " abominable smell of oil " as the Guardian reported could be smelt at Land \'s End on Good '
            "Friday .",
            "2010-06-24",
            "Friday",
        ),
        # T17 bpoil_guardian/132
        (
            "Recognise the young man walking in front of Norman Lamont on Black Wednesday in 1992 in first few "
            "seconds of this clip ?",
            "2010-05-03",
            "Wednesday",
        ),
        # T17 bpoil_foxnews/59
        (
            "publicly apologizing for British actions related to the 1972 Bloody Sunday massacre in Northern "
            "Ireland",
            "2010-07-20",
            "Sunday",
        ),
        # T17 bpoil_guardian/2096
        (
            "Paul McCartney 's Meat-Free Monday project is getting institutions and individuals to look at the "
            "environmental devastation caused by factory farming",
            "2010-06-13",
            "Monday",
        ),
    ],
)
def test_a_named_day_is_no_date(text: str, published: str, phrase: str) -> None:
    at = text.index(phrase)
    assert not any(t.start <= at < t.end for t in find_time_expressions(text, published))


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # heap train-950-2 (the page date is the heap's)
        (
            "Activists across France have staged Black Friday protests against Amazon, decrying consumerism "
            "and its impact on the environment.",
            "2008-09-30",
            "Friday",
            "2008-09-26",
        ),
        # heap train-1096-1
        (
            "The Democratic presidential candidates are racing toward the biggest day on the primary calendar, "
            "when 14 states vote on Super Tuesday.",
            "2012-07-29",
            "Tuesday",
            "2012-07-31",
        ),
        # T17 bpoil_foxnews/145: an object's name before a bare weekday
        (
            "Plaquemines Parish president Billy Nungesser met with Obama Sunday in Venice",
            "2010-05-02",
            "Sunday",
            "2010-05-02",
        ),
    ],
)
def test_other_weekdays_after_a_capital_keep_their_day(
    text: str, published: str, phrase: str, value: str
) -> None:
    found = [t for t in find_time_expressions(text, published) if t.text == phrase]
    assert [t.value for t in found] == [value]
