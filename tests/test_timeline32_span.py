"""timeline32: "the last year", "over the next month", "within the next week" are spans reaching back or
ahead from now, not the calendar unit before or after the page's (SPAN in analyse.timex): no date; and
a lead opening on such a span ("Over the last year, we have seen ...") tells no act of its page's day
(timeline's PERFECT_LEAD hedge). "last year", "last week" without "the" are read as before."""

import pytest

from newsprism.analyse.timex import find_time_expressions
from newsprism.records import Article
from newsprism.timeline import build_timeline
from test_timeline30_past_forms import _found


@pytest.mark.parametrize(
    ("text", "published", "span"),
    [
        # T17 bpoil_guardian/2142 (read 2010 before)
        (
            "In the last year , BP sold assets worth $ 20bn ( # 17bn ) , many of them mature oil and gas fields .",
            "2011-01-30",
            "last year",
        ),
        # heap l3s_gn1-89fc8a0d (its event's timeline had a 2013 entry of it)
        (
            "\"I think we've been doing well, probably the last year or two, with Sam (Stosur) and Alicia "
            'stepping up," she said.',
            "2014-01-19",
            "last year",
        ),
        # T17 H1N1_bbc/16 (read 2009-05)
        (
            "All involved have also been advised to contact their family doctor if they develop ` flu like "
            "symptoms within the next week and to stay at home .",
            "2009-05-01",
            "next week",
        ),
        # T17 bpoil_washingtonpost/175: the year after the story's 2005, not after the page's 2010
        (
            "We 've never had a decline in housing prices on a nationwide basis , \" Ben Bernanke , then "
            "chairman of President George W. Bush 's Council of Economic Advisers , said in 2005 . It happened "
            "the next year .",
            "2010-06-06",
            "next year",
        ),
        # T17 bpoil_bbc/1671
        (
            "Tony Hayward and BP have spent the last month trying to figure out ways to stop the leak .",
            "2010-05-20",
            "last month",
        ),
    ],
)
def test_a_span_after_the_is_no_date(text: str, published: str, span: str) -> None:
    at = text.index(span)
    assert not [t for t in find_time_expressions(text, published) if t.start < at + len(span) and t.end > at]


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # heap 18_5ecbplus: the calendar year before the page's
        (
            "She said Kafoury retired last year following the conclusion of tax season.",
            "2019-08-18",
            "last year",
            "2018",
        ),
        # T17 bpoil_washingtonpost/334: "that" is no article
        (
            "The public relations shake-up comes in a tense period , with the Gulf Coast rattled by news that "
            "last week 's attempted \" top kill \" of the well did n't work .",
            "2010-06-01",
            "last week",
            "2010-05",
        ),
    ],
)
def test_a_unit_without_the_is_read_as_before(text: str, published: str, phrase: str, value: str) -> None:
    assert _found(text, published, phrase)[0] == value


def _article(text: str, published: str) -> Article:
    return Article(id="a", source="test", title=None, text=text, published=published)


def test_a_lead_opening_on_a_span_up_to_now_tells_no_act_of_its_day() -> None:
    # heap l3s_gn1-721afb1f-ed4d-4139-995b-5dcbf9e99351, a film column: its event's timeline gained this
    # lead at the page's day once "the last year" was no 2010
    lead = (
        "Over the last year, we have seen the crème de Hollywood working hard to bolster and deconstruct the "
        "War on Terror, in films such as Lions for Lambs , Rendition , the forth-coming In the Valley of Elah , "
        "and The Kingdom . Even the dire Elizabeth sequel set some 400 years ago couldn't escape the blazing "
        "heat of one of the most unique trends in film history. Charlie Wilson's War is no exception, despite "
        "its comic fronting."
    )
    assert build_timeline([_article(lead, "2011-10-19")], news_days=True) == []


def test_a_lead_in_the_present_perfect_still_tells_its_day() -> None:
    # heap train-2145-2
    lead = (
        "Senator Ed Markey (D-MA) has mustered the 30 votes necessary to force a vote on the FCC’s decision to "
        "repeal net neutrality. Senator Claire McCaskill (D-MO) announced that she’s signed onto Markey’s "
        "request to overturn the new rules."
    )
    assert [e.date for e in build_timeline([_article(lead, "2021-12-14")], news_days=True)] == ["2021-12-14"]
