"""review32 (session 28): findings on this session's tense rules (analyse.timex), each shown on the
sentence the rule misreads. Each test is xfail(strict) until its patch under /tmp/h28/review32/ is
applied."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions, tense


def _tense(text: str, published: str, phrase: str) -> str | None:
    found = [t for t in find_time_expressions(text, published) if t.text == phrase]
    assert len(found) == 1, found
    return tense(text, found[0].start, found[0].end)


@pytest.mark.xfail(
    strict=True,
    reason="review32: PAST_BEFORE_OBJECT (dd7f1f5) reads a noun after a capitalised determiner as a past; "
    "patch /tmp/h28/review32/timex_1.patch",
)
@pytest.mark.parametrize(
    "text",
    [
        "The hit show returns to television on Friday.",
        "A hit single tops the charts on Friday.",
        "Her hit single tops the charts on Friday.",
        "This cut costs the airline dearly on Friday.",
    ],
)
def test_a_noun_after_a_capitalised_determiner_is_no_past(text: str) -> None:
    assert _tense(text, "2026-03-03", "Friday") != "past"


@pytest.mark.parametrize(
    "text",
    [
        # the rule's own cases stay pasts
        "The Federal Reserve cut its benchmark lending rate by one-quarter of a point on Friday.",
        "A powerful earthquake hit southern Iran on Friday, causing major destruction.",
    ],
)
def test_a_past_between_subject_and_object_stays_past(text: str) -> None:
    assert _tense(text, "2026-03-03", "Friday") == "past"
