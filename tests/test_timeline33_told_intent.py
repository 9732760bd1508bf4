"""timeline33: a weekday between "was likely" (a past intent's "was" or "were") and its "to" (SPLIT_INTENT_TOLD),
and a weekday after what one "wanted", "hoped" or "intended" to do (PAST_INTENT), is a future of a past:
counted from its telling (the day before publication), not read back from the past verb; a month after a
past intent keeps its past, and so does a present intent's weekday its reading from publication."""

import pytest

from test_timeline30_past_forms import _found


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # T17 bpoil_reuters/1749 (a Sunday page; Alex regained tropical storm status on Monday 2010-06-28)
        (
            "Tropical depression Alex moved into the southwestern gulf , prompting the closure of two key "
            "Mexican oil ports , and was likely on Monday to regain tropical storm status , the U.S. National "
            "Hurricane Center said .",
            "2010-06-27",
            "Monday",
            "2010-06-28",
        ),
        # T17 bpoil_bbc/380 (a Sunday page)
        (
            "Admiral Thad Allen , who is overseeing the response to the spill , also said that he hoped to "
            "have the Helix Producer containment vessel in place by Wednesday , AFP news agency reported .",
            "2010-07-04",
            "Wednesday",
            "2010-07-07",
        ),
        # heap l3s_gn1-7028acaa: Schreiber told MPs on Thursday 2007-11-29, a page of that day
        (
            "He also wanted to return to Toronto for a court hearing Friday dealing with his latest request "
            "for a delay in extradition.",
            "2007-11-29",
            "Friday",
            "2007-11-30",
        ),
        # heap l3s_gn1-f5026907 (the page date is the heap's, a Saturday)
        (
            "He said he intended to question the bondsman under oath Wednesday regarding the telephone "
            "message and how the tape recording came to be turned over to prosecutors.",
            "2012-06-23",
            "Wednesday",
            "2012-06-27",
        ),
    ],
)
def test_a_past_intent_counts_from_its_telling(text: str, published: str, phrase: str, value: str) -> None:
    assert _found(text, published, phrase)[0] == value


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # T17 bpoil_reuters/691 (an October page): a month keeps the past
        (
            "The panel said the National Oceanic and Atmospheric Administration ( NOAA ) wanted to release "
            "some of its worst-case spill models on the accident in late April or early May .",
            "2010-10-06",
            "late April",
            "2010-04",
        ),
        # heap train-1037-2 (a Saturday page): a present intent split from its "to" still counts from
        # publication (SPLIT_INTENT)
        (
            "The Department of Justice is expected Tuesday to charge Google with violating federal antitrust "
            "law, according to two people familiar with the matter",
            "2023-09-02",
            "Tuesday",
            "2023-09-05",
        ),
        # heap 08bb9bee-..._3: a vow's own day, no PAST_INTENT
        (
            "Akin had also vowed to remain in the race earlier Tuesday on the radio show of former Republican "
            "presidential candidate Mike Huckabee.",
            "2012-08-21",
            "Tuesday",
            "2012-08-21",
        ),
    ],
)
def test_a_month_or_a_present_intent_keeps_its_reading(
    text: str, published: str, phrase: str, value: str
) -> None:
    assert _found(text, published, phrase)[0] == value
