"""review30: timeline28 0cddd57's plan cues read past days as ahead. TO_BE_DONE (", to be released
on Tuesday ,") also takes a sentence adverb set off by commas (", to be sure ,", ", to be fair ,")
for a plan, so a past weekday after it went to the next week; and a weekday as the subject of "is"
is read ahead after an adverb ("Monday is also when the shares fell"), where _DAY_IS's guard against
"when" and a participle only looks right after "is". Made-up sentences in the style of the T17 BP
oil stories; the stories are dated Thursday 2010-07-15."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions

THURSDAY = "2010-07-15"


def value_of(text: str, phrase: str) -> str | None:
    at = text.index(phrase)
    return next((t.value for t in find_time_expressions(text, THURSDAY) if t.start == at), None)


@pytest.mark.parametrize(
    "text",
    [
        "Prices , to be sure , rose on Monday .",
        "The spill , to be fair , on Monday reached the coast .",
    ],
)
def test_a_sentence_adverb_to_be_sure_is_no_plan(text: str) -> None:
    assert value_of(text, "Monday") == "2010-07-12"


@pytest.mark.parametrize(
    "text",
    [
        "Monday is also when BP 's shares fell 5 percent .",
        "Monday is still when the vote was held , officials said .",
    ],
)
def test_a_weekday_is_also_when_something_happened_is_the_day_before(text: str) -> None:
    assert value_of(text, "Monday") == "2010-07-12"


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # the plan cues 0cddd57 added keep reading ahead
        ("The report , to be released in full on Tuesday , is damning .", "Tuesday", "2010-07-20"),
        ("Wednesday is also the deadline for claims .", "Wednesday", "2010-07-21"),
    ],
)
def test_a_plan_set_off_by_commas_and_a_deadline_are_still_ahead(
    text: str, phrase: str, expected: str
) -> None:
    assert value_of(text, phrase) == expected
