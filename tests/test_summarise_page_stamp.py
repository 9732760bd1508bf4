"""A page's time stamp or byline glued to the sentence a summary quotes is cut (summary23): the
three sentences are heap-10000's (events e-be397d4a5620, e-61d587e023d8, e-f38f4af0594b)."""

from newsprism.summarise.candidates import _clean


def test_time_stamp_with_weekday_and_zone_is_cut() -> None:
    text = "Sunday 26 April 2009 11.25 BST An electron micrograph of the swine flu virus was released."
    assert _clean(text) == "An electron micrograph of the swine flu virus was released."


def test_last_updated_stamp_and_help_link_are_cut() -> None:
    text = "6 January 2011 Last updated at 12:45 GMT Help Shares in BP have risen sharply after the report."
    assert _clean(text) == "Shares in BP have risen sharply after the report."


def test_byline_of_two_names_is_cut() -> None:
    text = "By Niu Shuping and Ken Wills Nevermind that China's economy grew faster than expected."
    assert _clean(text) == "Nevermind that China's economy grew faster than expected."


def test_bbc_byline_with_post_is_cut_but_not_one_running_on_to_a_place() -> None:
    text = (
        "By Pallab Ghosh Science correspondent , BBC News A study of the effects of the Deepwater "
        "Horizon spill has confirmed the presence of a toxic chemical residue ."
    )
    assert _clean(text).startswith("A study of the effects")
    # where the place ends is not told, and "Science reporter , ..." must not open the sentence
    text = (
        "By Katia Moskvitch Science reporter , BBC News , Lake Baikal The subs have started "
        "their third season of exploration at Lake Baikal ."
    )
    assert _clean(text) == text


def test_prose_that_opens_like_a_stamp_or_byline_is_kept() -> None:
    for text in (
        "By Monday the company had sold every ticket it printed.",
        "26 April 2009 was the day the first case was confirmed.",
        "By Christmas, Apple had sold two million of the phones.",
        "6 January 2011 at 12:45 is when the shares began to fall.",
    ):
        assert _clean(text) == text
