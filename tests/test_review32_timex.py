"""review32 (session 28): findings on this session's tense rules (analyse.timex), each shown on the
sentence the rule misreads (PAST_BEFORE_OBJECT after a capitalised determiner: /tmp/h28/review32/timex_1.patch,
applied)."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions, tense


def _tense(text: str, published: str, phrase: str) -> str | None:
    found = [t for t in find_time_expressions(text, published) if t.text == phrase]
    assert len(found) == 1, found
    return tense(text, found[0].start, found[0].end)


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
