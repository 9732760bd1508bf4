"""timeline34: a weekday of a habit ("every Sunday") or one the writer leaves unknown ("on a Saturday night .",
"It was a Wednesday ,") is no date (ANY_SUCH_DAY in analyse.timex); "a <weekday> <noun>" is the day the story
knows ("during a Saturday press conference")."""

import pytest

from newsprism.analyse.timex import find_time_expressions
from test_timeline29_plan_cues import _value


@pytest.mark.parametrize(
    ("text", "published", "phrase"),
    [
        # BASIL 3db93526-a344-4ea4-8772-3734d0cfdfb1_1
        (
            "\"I'm not ashamed to admit that I'm a Christian, but you don't need to be in the pew every Sunday to "
            "know there's something wrong in this country",
            "2011-12-07",
            "Sunday",
        ),
        # heap cleanportaleval-tv_msnbc_com_news_28: both days of "every Saturday and Sunday"
        ("Watch Up with Steve Kornacki every Saturday and Sunday at 8 AM.", "2020-08-30", "Saturday"),
        ("Watch Up with Steve Kornacki every Saturday and Sunday at 8 AM.", "2020-08-30", "Sunday"),
        # T17 bpoil_foxnews/1155
        (
            "Artie 's Sports Bar normally employs 16 bartenders who serve 2,000 people and pocket at least $ 250 "
            "in tips on a Saturday night .",
            "2010-07-26",
            "Saturday night",
        ),
        ("Every day , from a Saturday to a Monday to a Wednesday .", "2010-07-26", "Monday"),
        # T17 H1N1_guardian/458
        (
            "It was a Wednesday , and I was calmly designing the uniforms for my proposed global Reich on a "
            "computer",
            "2009-05-04",
            "Wednesday",
        ),
        # T17 bpoil_washingtonpost/1500
        (
            'how boring our job is , " Cortez , 21 , said one Saturday afternoon .',
            "2010-07-13",
            "Saturday afternoon",
        ),
    ],
)
def test_any_such_day_is_no_date(text: str, published: str, phrase: str) -> None:
    assert not any(t.text == phrase for t in find_time_expressions(text, published))


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # heap train-1695-1 (a Tuesday page)
        (
            "During a Saturday press conference, Trump said he was tested on Friday after pressure from the media",
            "2021-08-03",
            "Saturday",
            "2021-07-31",
        ),
        # heap 5748_right: a capital goes on the noun
        (
            "Maj. Gen. Hank Taylor gave updated information at a Saturday morning Pentagon press conference.",
            "2017-04-28",
            "Saturday morning",
            "2017-04-22",
        ),
        # BASIL 450755dd-30d3-478b-933e-917be5c384ba_1: no article in "Chick-fil-A"
        (
            "Rep. Michele Bachmann (R-Minn.) showed her support for Chick-fil-A Wednesday when she tweeted a "
            "photo of her visiting the restaurant.",
            "2012-08-01",
            "Wednesday",
            "2012-08-01",
        ),
    ],
)
def test_a_weekday_before_its_noun_is_a_date(text: str, published: str, phrase: str, value: str) -> None:
    assert _value(text, published, phrase) == value
