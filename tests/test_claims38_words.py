"""corroborate (claims38): "died" and "dying" are forms of the dead / death / die group, and "teen" /
"teenager" / "teenage" one word, so two outlets telling one death in the two forms share its words
("The teen was rushed to Kings County Hospital but he later died." / "the teenager was pronounced dead
at Kings County Hospital": heap-10000 event 946, where only the hospital's name was shared and the pair
backed no claim). Real excerpts of heap-10000; the controls are marked.
"""

from __future__ import annotations

import pytest

from newsprism.corroborate.words import _stem
from test_claims34_backing import corroborated  # two outlets' articles, their corroborated claims


@pytest.mark.parametrize(
    ("a", "b"),
    [("died", "dead"), ("dying", "death"), ("dies", "die"), ("teen", "teenager"), ("teens", "teenage")],
)
def test_forms_of_one_word_share_a_stem(a: str, b: str) -> None:
    assert _stem(a) == _stem(b)


def test_a_death_told_as_died_and_as_dead_is_corroborated() -> None:
    a = "The teen was rushed to Kings County Hospital but he later died."
    b = "The officers fired their weapons and the teenager was pronounced dead at Kings County Hospital."
    assert len(corroborated(a, b)) == 1


def test_other_words_keep_their_stems() -> None:
    # control: the table joins forms of one word only
    assert _stem("diet") != _stem("died")
    assert _stem("tenant") != _stem("teen")
