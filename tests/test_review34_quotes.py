"""review34 (session 30): findings on session 29's quote rules, each shown on a made-up text the rule
misreads. Each test is xfail(strict) until the patch its reason names is applied (against HEAD)."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


@pytest.mark.xfail(strict=True, reason="needs /tmp/h30/review34/quotes_find.diff")
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Tony Hayward said the leak was "relatively tiny" -- a remark that angered residents.',
            "Tony Hayward",
        ),
        ('Obama said the response was "not good enough" - the strongest words of his term.', "Obama"),
    ],
)
def test_a_remark_explained_after_a_dash_is_still_its_speakers(text: str, speaker: str) -> None:
    # 3d0c8cd's _explained_term reads any short lower-case quote before "-- a ... that" as a term;
    # a noun for what was said ("a remark that", "the strongest words of") tells of the words' speaker
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'he had grown up on "tuppenny bloods" - the children\'s comics that extolled war, Fraser said.',
        'BP ran a " negative pressure test " -- a procedure that reduces the fluid pressure, Smith said.',
    ],
)
def test_a_term_explained_after_a_dash_stays_no_ones(text: str) -> None:
    # 3d0c8cd's own cases keep their reading with the patch
    assert _speakers(text) == [None]
