"""A sentence the page broke (a word lost before a full stop, the text running on in lower case
after an opening quote) is not a summary candidate; a sentence with a quote after a full stop
that opens a new sentence, or an abbreviation before a quote, still is (briefing20)."""

from __future__ import annotations

from newsprism.summarise.candidates import _is_junk


def test_a_stop_before_a_quoted_lower_case_word_is_a_broken_sentence() -> None:
    broken = (
        "Shortly before Blinken’s arrival in Beijing, Biden said Saturday that he hopes to meet with President "
        "Xi “over the next several months,” adding that he would like to discuss “legitimate differences” "
        "between China and the United States as well as areas where the two superpowers can. “coexistence.”"
    )
    assert _is_junk(broken)


def test_a_quote_opening_a_new_sentence_or_after_an_abbreviation_is_kept() -> None:
    assert not _is_junk(
        "The minister arrived on Monday. “We are ready to talk,” she told reporters in the capital."
    )
    assert not _is_junk(
        "The talks in Washington, D.C. “went well,” a senior official told reporters on Friday."
    )
    assert not _is_junk(
        'The fire at the refinery started at 7 a.m. "due to an explosion," said the ministry spokesman.'
    )
    assert not _is_junk(
        'There is tremendous political tension over " big business " vs. " big government " in the city.'
    )
