"""review30b: 2e612b8 (claims31) reads "stopped" with "round" in the next six words as a fighter's
win. "a round of talks", "a round of layoffs" are rounds of something else, and a referee who stops
a fight halts it. Made up in the style of the ECB+ wire copy."""

from __future__ import annotations

import pytest

from newsprism.corroborate.predicates import _acts, _other_acts

STOP = (frozenset({"stop"}),)


@pytest.mark.parametrize(
    "text",
    [
        "Israel stopped settlement building before the next round of peace talks .",
        "The bank stopped payments ahead of a third round of layoffs .",
        "The referee stopped the fight in the third round .",
    ],
)
def test_a_round_of_something_else_is_no_fight_won(text: str) -> None:
    assert _acts(text) == STOP  # 10a07b0: stop; HEAD: win


def test_a_halt_and_a_win_stay_two_acts() -> None:
    stopped = "Iran has stopped enrichment ahead of the new round of talks in Geneva ."
    won = "Iran won a concession ahead of the new round of talks in Geneva ."
    assert _other_acts(stopped, won)  # 10a07b0: two acts


def test_a_fighter_stopped_in_a_numbered_round_still_wins() -> None:
    # guard, 2e612b8's own case (ecbplus/35)
    assert _acts("In 2008, Klitschko stopped Thompson in the 11th round.") == (frozenset({"win"}),)
