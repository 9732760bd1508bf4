"""timeline32: a clock's "a.m." / "p.m." before the weekday or month it times ends no sentence for the
tense reader (CLOCK_DOT in analyse.timex): "could be a government shutdown after 11:59 p.m. ET Friday"
keeps its "could be"; a clock's dot before another sentence still ends it."""

import pytest

from test_timeline30_past_forms import _found


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # heap train-1509-2 (a Tuesday page; read the Friday before)
        (
            "There is a very distinct possibility there could be a government shutdown after 11:59 p.m. ET "
            "Friday. But first, the House Rules Committee plans to meet Thursday.",
            "2009-09-01",
            "Friday",
            "2009-09-04",
        ),
        # T17 bpoil_reuters/1660 (a Friday page; read the Saturday before)
        (
            "Cameron , who took office in May , is due to discuss the Gulf of Mexico crisis with Obama in a "
            "telephone call at 11 a.m. EDT on Saturday . The call will be a tricky test for the two leaders .",
            "2010-06-11",
            "Saturday",
            "2010-06-12",
        ),
        # T17 bpoil_reuters/1230 (a Thursday page): the blast was past, not the "would be rescued" after it
        (
            "Search and rescue operations turned up two empty lifeboats , and officials cited dim hopes that "
            "the 11 workers missing since the blast about 10 p.m. CDT Tuesday night would be rescued .",
            "2010-04-22",
            "Tuesday night",
            "2010-04-20",
        ),
    ],
)
def test_a_clock_before_its_day_ends_no_sentence(text: str, published: str, phrase: str, value: str) -> None:
    assert _found(text, published, phrase)[0] == value


def test_a_clock_before_another_sentence_still_ends_it() -> None:
    # heap train-923-1: the "going into effect" plan does not reach the next sentence's week
    text = (
        "President Trump's travel ban is going into effect Thursday at 8 p.m. The Supreme Court granted the "
        "Trump administration's request earlier this week to reinstate part of the travel ban."
    )
    assert _found(text, "2008-06-29", "earlier this week") == ("2008-06", "past")


def test_a_walk_at_a_clock_on_a_weekday_is_past() -> None:
    # heap train-1885-1 (a Wednesday page): read by default before, with no cue
    text = (
        "With solemn looks on their mask-covered faces, the nine House impeachment managers walked over to "
        "the Senate shortly after 7 p.m. Monday to deliver the article against Trump."
    )
    assert _found(text, "2020-05-20", "Monday") == ("2020-05-18", "past")
