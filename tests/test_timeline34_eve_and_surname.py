"""timeline34: two weekdays analyse.timex read wrong: the weekday whose eve a sentence tells of is the day
after it, not the weekday before the page (EVE_OF); and a weekday after a given name that opens a name is
a surname, no date (SURNAME_DAY), unless a preposition makes the name a place's."""

from newsprism.analyse.timex import find_time_expressions
from test_timeline29_plan_cues import _value


def test_the_weekday_of_an_eve_is_the_day_after_it() -> None:
    # heap train-1096-2 (the heap dates the page on a Saturday): the Tuesday after, not the one before
    text = (
        "On the eve of Super Tuesday, a confident Joe Biden glanced back to his landslide victory in South "
        "Carolina over the weekend and looked ahead to what he thinks will be a very good night."
    )
    assert _value(text, "2012-07-28", "Tuesday") == "2012-07-31"
    # on the eve itself (a Monday page) the weekday is the next day
    assert _value(text, "2020-03-02", "Tuesday") == "2020-03-03"


def test_a_weekday_after_a_given_name_is_a_surname() -> None:
    # heap l3s_gn1-915ff932 (a film review): the preacher Eli Sunday
    for text in (
        "I did not care what would become of Daniel Plainview or Eli Sunday, or anyone for that matter.",
        "The other primary character is Eli Sunday, played by Paul Dano.",
    ):
        assert not any(t.text == "Sunday" for t in find_time_expressions(text, "2019-12-29"))


def test_a_weekday_after_a_place_named_like_a_person_is_a_date() -> None:
    # heap 5_5ecb (a Sunday page)
    text = (
        "An 88-72 road loss to the Cavaliers in Cleveland Friday was apparently the last straw, though "
        "the team has not enjoyed a winning season under Cheeks in his previous three years at the helm."
    )
    assert _value(text, "2019-02-03", "Friday") == "2019-02-01"
