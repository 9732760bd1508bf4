"""timex: a year in a relative clause dates that clause, not the sentence's months (YEAR_OF_CLAUSE); a day
after a possessive is its owner's, behind the page (OWNER_DAY); two days joined by a dash are a range
(DASH_RANGE); a day's period may run "to the end of" a month; a month "of that year" is the last date's
year (THAT_YEAR). Each sentence is cut from the dev text named beside it."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions


def _value(text: str, published: str, phrase: str) -> str | None:
    at = text.index(phrase)
    return next((t.value for t in find_time_expressions(text, published) if t.start == at), None)


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # T17 bpoil_washingtonpost/175 (YEAR_OF_CLAUSE)
        (
            "the global economic crisis that began in 2008 ( and was aggravated by Greece 's recent financial "
            "collapse ) and the earthquake in Haiti in January .",
            "2010-06-06",
            "January",
            "2010-01",
        ),
        # heap l3s_gn1-91ddef71 (YEAR_OF_CLAUSE)
        (
            "A two-time former prime minister, who in 1988 became the first woman to head the government of a "
            "Muslim nation, Bhutto returned to Pakistan in October after eight years in exile.",
            "2010-10-25",
            "October",
            "2010-10",
        ),
        # T17 bpoil_reuters/1603 (OWNER_DAY)
        (
            "The lawsuit is the first seeking to reverse Obama 's May 28 moratorium , which the companies say "
            "will force job cuts in the labor force needed to service offshore rigs .",
            "2010-06-21",
            "May 28",
            "2010-05-28",
        ),
        # T17 bpoil_bbc/761 (DASH_RANGE)
        (
            "Approximate oil locations 22 April - 15 May The oil slick changes shape and direction rapidly , so "
            "predicting where it will make landfall is difficult .",
            "2010-04-30",
            "22 April",
            "2010-04-22",
        ),
        # T17 bpoil_reuters/170 (a day's period to a month's end)
        (
            "Oceanographers say that climate conditions are ripe for an unusually destructive hurricane season , "
            "the storm-prone period that runs from June 1 to the end of November in the Gulf .",
            "2010-05-14",
            "November",
            "2010-11",
        ),
        # T17 H1N1_reuters/322 (THAT_YEAR)
        (
            "The World Health Organisation declared SARS a pandemic in March 2003 . By June of that year , it "
            "had lifted an advisory warning against traveling to Hong Kong .",
            "2009-04-27",
            "June",
            "2003-06",
        ),
    ],
)
def test_the_phrase_reads_its_year(text: str, published: str, phrase: str, value: str) -> None:
    assert _value(text, published, phrase) == value


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # a year that opens the sentence still sets its months (T17 H1N1_reuters/695)
        ("In 1918 , there was a first wave of mild flu in April .", "2009-04-29", "April", "1918-04"),
        # a month with no year named before stays the page's ("By June , it had lifted ...")
        ("By June , it had lifted an advisory warning .", "2009-04-27", "June", "2008-06"),
        # an owner's day before the page stays there (T17 bpoil_foxnews/1319, nearer in the year after)
        (
            "Scientists are studying what effects , if any , BP PLC 's April 20 oil well blowout off Louisiana "
            "has had on the delicate deep sea coral .",
            "2010-10-22",
            "April 20",
            "2010-04-20",
        ),
    ],
)
def test_the_guards_keep_their_reading(text: str, published: str, phrase: str, value: str) -> None:
    assert _value(text, published, phrase) == value
