"""review31: session 27's plan cues in analyse.timex (timeline29's 2efec89, DUE_TO_CAUSE) on a verb of
a noun's form. The finding is a strict xfail that fails on HEAD for its reason (the patch,
/tmp/h27/review31/timex.patch, makes it pass); the guards pass on both. Sentences made up."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions


def _value(text: str, published: str, phrase: str) -> str | None:
    found = [t.value for t in find_time_expressions(text, published) if t.text == phrase]
    assert len(found) == 1, found
    return found[0]


def test_due_to_and_a_verb_with_its_object_is_a_plan() -> None:
    # a Wednesday page: the plan's Friday is the one after
    text = "Christie's is due to auction the painting on Friday in New York."
    assert _value(text, "2011-04-13", "Friday") == "2011-04-15"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # guards (2efec89's own forms): a cause, the Friday before
        ("The ferry service was suspended due to bad weather on Friday.", "2011-04-08"),
        ("The school was closed due to flooding on Friday.", "2011-04-08"),
        # ... and a plan without an object
        ("The minister is due to resign on Friday.", "2011-04-15"),
    ],
)
def test_due_to_a_cause_and_due_to_a_plan(text: str, value: str) -> None:
    assert _value(text, "2011-04-13", "Friday") == value
