"""corroborate (claims35): one teller's two statements are two facts, however alike their words. Two told
statements of SURE_COSINE or more must still share a word beyond the names and their tellers' words:
"BP spokeswoman Sheila Williams said the drilling mud was currently holding the oil down" / "BP
spokeswoman Sheila Williams said, 'It's a milestone'" share only who tells them. A teller is no head
holding a verb of its own ("Tehran's seismologic center put the quake's magnitude at 5.9, but ... said").
Real excerpts of heap-10000 (events 561, 1128) and ecbplus (the Qeshm quake); the controls are marked.
"""

from __future__ import annotations

import pytest

from newsprism.corroborate.predicates import _teller
from test_claims34_backing import corroborated  # two outlets' articles, their corroborated claims

TEHRAN = (
    "Tehran's seismologic center put the quake's magnitude at 5.9, but the U.S. Geological Survey in "
    "Golden, Colo., said it was 6.1."
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "BP spokeswoman Sheila Williams said the drilling mud was currently holding the oil down .",
            "BP spokeswoman Sheila Williams said , \" It 's a milestone .",
        ),
        (
            "Lieutenant Hastings said he did not know of any grudges against the West Coast Bank, a statement "
            "echoed by its president and chief executive, Robert Sznewajs.",
            "The bank had been evacuated before the bomb detonated, according to West Coast Bank Chief "
            "Executive Robert Sznewajs.",
        ),
    ],
    ids=["one-spokeswoman", "one-chief-executive"],
)
def test_one_tellers_two_statements_back_no_claim(a: str, b: str) -> None:
    assert corroborated(a, b) == []


def test_a_fact_told_alike_by_two_outlets_is_corroborated() -> None:
    # control: the two tellers' words aside, the statements share the quake's magnitudes and more
    other = (
        "Tehran's seismologic center said the quake measured magnitude-5.9, but the U.S. Geological Survey "
        "in Golden, Colo., said it was a magnitude-6.1 temblor."
    )
    assert len(corroborated(TEHRAN, other)) == 1


def test_a_head_with_a_verb_of_its_own_is_no_teller() -> None:
    # the head tells a fact of its own before "said": its words are no teller's
    assert "magnitude" not in _teller(TEHRAN)


def test_a_head_of_names_and_titles_is_the_teller() -> None:
    # control
    assert (
        _teller("BP spokeswoman Sheila Williams said the mud was holding .")
        == "BP spokeswoman Sheila Williams "
    )
