"""timeline31: a quotation that closes on its stop before a capital ends a sentence for the tense
reader (QUOTED_END in analyse.timex): a phrase after it is read by its own sentence's cues first, and
by the cues before the quotation only where its own sentence holds none."""

import pytest

from test_timeline30_past_forms import _found


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # heap train-819-1 (a Thursday page): "explained", not the quotation's "should testify"
        (
            "Former Vice President Joe Biden pushed back against suggestions he should testify before the "
            "trial, saying the process “is about Trump’s conduct, not mine.” Mr. Biden, in a series of tweets "
            "on Saturday, explained why he planned to refuse to comply with a subpoena.",
            "2021-06-03",
            "Saturday",
            "2021-05-29",
        ),
        # heap train-1783-2 (a Saturday page): "passed", not "would be relocating"
        (
            "The U.S. military said in a letter that U.S. forces would be relocating “to prepare for onward "
            "movement.” On Sunday, Iraqi lawmakers passed a nonbinding resolution.",
            "2008-12-06",
            "Sunday",
            "2008-11-30",
        ),
        # straight quotation marks (heap train-182-1, a Sunday page)
        (
            'Trump said he will not take part. "I am not going to waste my time on a virtual debate." '
            "Biden's campaign on Thursday swiftly agreed to the virtual format.",
            "2015-04-05",
            "Thursday",
            "2015-04-02",
        ),
    ],
)
def test_a_phrase_after_a_closing_quotation_is_read_by_its_own_sentence(
    text: str, published: str, phrase: str, value: str
) -> None:
    assert _found(text, published, phrase) == (value, "past")


def test_a_sentence_with_no_cue_after_a_quotation_is_read_by_the_cues_before_it() -> None:
    # heap train-2338-0: "lands" is no cue; "said" before the quotation reads April 12 as this year's
    text = (
        'Trump said he "would love to have the country opened up and just raring to go by Easter." '
        "The holiday this year lands on April 12."
    )
    assert _found(text, "2020-10-31", "April 12") == ("2020-04-12", "past")
