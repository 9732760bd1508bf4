"""timeline34: a dotted abbreviation ("U.S.") before a capital ends no sentence in analyse.timex's
sentence logic unless a sentence's opening word follows (DOTTED_ABBR): the weekday after "U.S. Marshals"
keeps the "is expected to" before it."""

import pytest

from test_timeline29_plan_cues import _value


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # heap train-1905-1 (a Wednesday page)
        (
            "Pugh, 69, is expected to self-surrender to U.S. Marshals Thursday before her first court "
            "appearance before U.S. District Judge Deborah K. Chasanow, according to a news release.",
            "2023-08-16",
            "Thursday",
            "2023-08-17",
        ),
        # heap train-276-1 (a Wednesday page)
        (
            "On Thursday the U.S. Food and Drug Administration (FDA) will meet to discuss Pfizer and "
            "BioNTech’s emergency use authorization application for its coronavirus vaccine candidate.",
            "2023-02-01",
            "Thursday",
            "2023-02-02",
        ),
        # T17 bpoil_reuters/103 (a Monday page)
        (
            "Also on Tuesday , U.S. Attorney General Eric Holder will meet with federal prosecutors and "
            "state attorneys general",
            "2010-05-31",
            "Tuesday",
            "2010-06-01",
        ),
        # heap train-191-2: the day of a directive issued ("following the ... Thursday directive")
        (
            "Cannabis businesses across the United States said they are bracing for an investment slowdown "
            "following the U.S. Justice Department’s Thursday directive that will allow the enforcement "
            "of federal marijuana laws in states that have legalized the drug.",
            "2013-04-24",
            "Thursday",
            "2013-04-18",
        ),
    ],
)
def test_a_dotted_abbreviation_ends_no_sentence(text: str, published: str, phrase: str, value: str) -> None:
    assert _value(text, published, phrase) == value


def test_a_sentence_still_ends_after_the_abbreviation_before_its_opening_word() -> None:
    # the cue of the sentence before ("will meet") does not reach the next one's weekday
    text = "The leaders will meet in the U.S. The talks were held on Tuesday ."
    assert _value(text, "2010-06-03", "Tuesday") == "2010-06-01"
