"""review25: timeline24's LIST_OF_DAYS rule (67fe92e) carries the second of two weekdays joined by
"and" after the first even when the sentence tells of a past happening: in a Wednesday story,
"struck on Tuesday and Thursday" reads its Thursday as the next day, a happening in the future told
in the past tense. Before 67fe92e the Thursday read as the one just past. Patch:
/tmp/h22/review25/timex_list_of_days.patch."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions


def value(text: str, published: str, phrase: str) -> str:
    (found,) = [t for t in find_time_expressions(text, published) if t.text == phrase]
    return found.value


@pytest.mark.parametrize(
    "text",
    [
        "Storms struck on Tuesday and Thursday , killing 12 people .",
        "Protesters marched on Tuesday and Thursday , police said .",
    ],
)
def test_a_past_list_never_ends_after_publication(text: str) -> None:
    # Wednesday 2010-06-16: a past "Thursday" is June 10, never June 17
    assert value(text, "2010-06-16", "Thursday") <= "2010-06-16"
