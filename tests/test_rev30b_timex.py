"""review30b: 8adaab9 (timeline28) lets no sentence open in lower case, so a sentence that opens
with a brand written with a capital inside ("iPhone sales rose on Monday .") is joined to the one
before it, and that sentence's "will" reads the past Monday ahead. Made up in the style of the T17
stories (dated Thursday 2010-07-15)."""

from __future__ import annotations

from newsprism.analyse.timex import find_time_expressions

THURSDAY = "2010-07-15"


def value_of(text: str, phrase: str) -> str | None:
    at = text.index(phrase)
    return next((t.value for t in find_time_expressions(text, THURSDAY) if t.start == at), None)


def test_a_sentence_opening_with_a_camel_case_brand_is_its_own() -> None:
    text = "Apple will try again to fix the antenna . iPhone sales rose on Monday ."
    assert value_of(text, "Monday") == "2010-07-12"  # 10a07b0: 07-12; HEAD: 07-19


def test_an_abbreviation_before_a_lower_case_word_still_ends_no_sentence() -> None:
    # guard, 8adaab9's own case (heap val-252-2)
    text = "The government was set to announce aid for U.S. farmers on Tuesday ."
    assert value_of(text, "Tuesday") == "2010-07-20"
