"""WHEN_PRESENT (timex): a date that opens a "when" clause takes its tense from that clause, but a "when"
clause of the future is in the present: where it holds no tense cue, the cue before the date tells.
Real sentences of T17 (bpoil_guardian, tokenised)."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions


def value(text: str, published: str, phrase: str) -> str:
    (found,) = [t for t in find_time_expressions(text, published) if t.text == phrase]
    return found.value


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # bpoil_guardian/1611, a Monday: Hayward's hearing of Thursday the 17th
        (
            "But the real drama will come on Thursday , when Hayward appears at a congressional hearing .",
            "2010-06-14",
        ),
        # bpoil_guardian/15, a Tuesday
        (
            "He will seek the same killer punch against Tony Hayward on Thursday , when BP 's CEO appears "
            "before a panel of the House energy and commerce committee .",
            "2010-06-15",
        ),
        # bpoil_guardian/695, a Sunday
        (
            "Tony Hayward , the BP chief executive , will be grilled about the disaster in the US on Thursday "
            "when he appears before a special Senate hearing .",
            "2010-06-13",
        ),
    ],
)
def test_a_plan_told_with_a_present_when_clause_is_ahead(text: str, published: str) -> None:
    assert value(text, published, "Thursday") == "2010-06-17"


def test_the_when_clause_still_tells_where_it_holds_a_cue() -> None:
    # the module's own example: "in November, when the US will host ..."
    text = "The talks were postponed to November , when the US will host the summit ."
    assert value(text, "2010-06-15", "November") == "2010-11"
