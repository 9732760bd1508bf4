"""timeline33: a reader's comment under a blog post counts its own days from its stamp ("At 07:26 am on 03 Jun
2009 , clayukpool wrote : This morning ...", COMMENT_STAMP in analyse.timex), not from the post's date; the
post's own words before the first stamp still count from publication."""

import pytest

from test_timeline30_past_forms import _found


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # T17 H1N1_bbc/746 (a post of 2009-06-02)
        (
            "At 07:26 am on 03 Jun 2009 , clayukpool wrote : This morning I was reading an article regarding "
            "Tiananmen Square on the Guardian website .",
            "2009-06-02",
            "This morning",
            "2009-06-03",
        ),
        # T17 H1N1_bbc/1153 (a post of 2009-05-21; the comment of Wednesday 2009-07-15)
        (
            "At 3:08 pm on 15 Jul 2009 , helenle wrote : Anti-viral drugs - you 'll be lucky to get any ! My "
            "husband developed flu like symptoms on Monday and was pretty poorly on Tuesday .",
            "2009-05-21",
            "Tuesday",
            "2009-07-14",
        ),
        # T17 bpoil_bbc/2075 (a post of 2010-06-21): the stamp's day with no "on" and an ordinal
        (
            "At 17:38 29th Jun 2010 , forevernow wrote : I hope the shocking evidence in the clip below clearly "
            "showing the immense scale of this tragedy is raised in tonight 's program",
            "2010-06-21",
            "tonight",
            "2010-06-29",
        ),
        # the stamp itself keeps its date (the post's words before it count from publication)
        (
            "Better switch on my video game console before this all starts to wind me up . At 17:38 29th Jun 2010 "
            ", forevernow wrote : I hope",
            "2010-06-21",
            "29th Jun 2010",
            "2010-06-29",
        ),
    ],
)
def test_a_comment_counts_from_its_stamp(text: str, published: str, phrase: str, value: str) -> None:
    assert _found(text, published, phrase)[0] == value
