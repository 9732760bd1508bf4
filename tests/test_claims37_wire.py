"""corroborate (claims37): a long wire sentence printed with three touches or more is still one source. The
edits allowed grow with the sentence: NEAR_EDITS (2), or one word in NEAR_SHARE of the shorter wording
("The governor told Iranian media that 2,000 tents were ready ..." / "The governor said that 2,000 tents
were ready ...": 3 in 30 words). Real excerpts of ecbplus (the Qeshm quake, Turkmenistan's election).
"""

from __future__ import annotations

from newsprism.corroborate.align import _near, _wording
from test_claims36_wire import claims  # three outlets' articles, their claims

GOVERNOR = (
    "The governor told Iranian media that 2,000 tents were ready in case they were needed, and medical teams "
    "with supplies and rescue equipment had been sent to check villages near Dargahan."
)
GOVERNOR_SAID = (
    "The governor said that 2,000 tents were ready in case they were needed, and medical teams with supplies "
    "and rescue equipment had been sent to check villages near Dargahan."
)


def test_a_long_wire_sentence_touched_three_times_is_one_source() -> None:
    (claim,) = claims(GOVERNOR, GOVERNOR_SAID)
    assert claim.status == "single_source"
    assert claim.article_ids == ("a0", "a1")


def test_the_edits_allowed_grow_with_the_sentence() -> None:
    a = _wording(
        '"Beyond all the pompous declarations, there will be no real change," Tadzhigul Begmedova, director of '
        "the Turkmenistan Helsinki Foundation for Human Rights, said by telephone from Varna, Bulgaria."
    )
    b = _wording(
        '"Beyond all the pompous declarations, there will be no real change," Tadzhigul Begmedova, director of '
        "the Turkmenistan Helsinki Foundation for Human Rights, said from Bulgaria."
    )
    assert a is not None and b is not None
    assert _near(a, b)  # "by telephone", "Varna" dropped


def test_a_short_sentence_still_takes_two_edits_only() -> None:
    # control: 13 words, three dropped is another text (claims36's NEAR_EDITS)
    wire = _wording("Athens police chiefs mobilised all their forces, including those not on active duty.")
    assert wire is not None
    assert not _near(wire, ("athens", "police", *wire[3:-2]))
