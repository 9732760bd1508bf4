"""The sentence a phrase's tense cue is looked for in does not end at the dot of "St." (Saint before a
name); a real sentence end still cuts the cue off. Heap-10000 (l3s_gn1) and made-up guards."""

from __future__ import annotations

from newsprism.analyse.timex import find_time_expressions


def value(text: str, published: str, phrase: str) -> str:
    (found,) = [t for t in find_time_expressions(text, published) if t.text == phrase]
    return found.value


def test_saint_does_not_end_the_sentence() -> None:
    # heap l3s_gn1-eba86c40 (page dated 2021-12-03): "was acquired" tells a past December 14
    text = (
        "The 30-year-old center was acquired by St. Louis on December 14 from the Anaheim Ducks for Doug "
        "Weight, Michal Birner and a 2008 seventh-round pick."
    )
    assert value(text, "2021-12-03", "December 14") == "2020-12-14"


def test_a_stop_still_ends_the_sentence() -> None:
    # the "was" of the sentence before does not reach the plan of December 14
    text = "The centre was sold last year. The team plays in Boston on December 14."
    assert value(text, "2021-12-03", "December 14") == "2021-12-14"
