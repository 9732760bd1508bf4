"""timeline32: a weekday that parts a present intent from its infinitive ("are set Tuesday to attend",
"is expected Tuesday to charge", "plans Wednesday to accuse", "hope on Tuesday to advance") is the day
of the act intended, ahead (SPLIT_INTENT in analyse.timex); "plan" as a noun ("released a plan Monday
to reopen", "announced plans Tuesday to resume") and a past ("appeared ready Wednesday to uphold") tell
the day of what was done."""

import pytest

from test_timeline30_past_forms import _found


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # heap 6055_right (a Thursday page)
        (
            "Senate Minority Leader Mitch McConnell and Majority Leader Chuck Schumer are set Tuesday to attend a "
            "Senate Rules Committee markup of S. 1, a Democrat-backed elections bill.",
            "2016-07-28",
            "Tuesday",
            "2016-08-02",
        ),
        # heap train-1037-2 (a Saturday page)
        (
            "The Department of Justice is expected Tuesday to charge Google with violating federal antitrust "
            "law, according to two people familiar with the matter.",
            "2023-09-02",
            "Tuesday",
            "2023-09-05",
        ),
        # heap train-1784-0 (a Thursday page)
        (
            "Former vice president Joe Biden plans Wednesday to accuse President Trump of having “fanned the "
            "flames of white supremacy in this nation” in a blistering speech.",
            "2011-05-05",
            "Wednesday",
            "2011-05-11",
        ),
        # heap 6055_center (a Thursday page)
        (
            "Democrats in the U.S. Senate hope on Tuesday to advance sweeping election reform legislation "
            "making it easier for Americans to cast ballots.",
            "2016-07-28",
            "Tuesday",
            "2016-08-02",
        ),
    ],
)
def test_a_weekday_between_an_intent_and_its_infinitive_is_ahead(
    text: str, published: str, phrase: str, value: str
) -> None:
    assert _found(text, published, phrase)[0] == value


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # heap val-53-2 (a Sunday page)
        (
            "Minority Leader Kevin McCarthy (R-Calif.) released a plan Monday to reopen the House amid the "
            "coronavirus pandemic.",
            "2014-09-14",
            "Monday",
            "2014-09-08",
        ),
        # heap 9_10ecbplus (a Wednesday page)
        (
            "President Barack Obama announced plans Tuesday to resume full scientific reviews of projects.",
            "2018-11-28",
            "Tuesday",
            "2018-11-27",
        ),
        # heap l3s_gn1-25b4dd4b (a Friday page)
        (
            "The Supreme Court appeared ready Wednesday to uphold the nation's strictest requirement that "
            "voters show photo identification before casting a ballot.",
            "2020-12-04",
            "Wednesday",
            "2020-12-02",
        ),
    ],
)
def test_a_plans_noun_or_a_past_keeps_its_day(text: str, published: str, phrase: str, value: str) -> None:
    assert _found(text, published, phrase)[0] == value
