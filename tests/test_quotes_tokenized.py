"""Speakers in tokenized texts (a space around every mark: T17/bpoil, ECB+): a sentence end inside a
lawmaker's tag in brackets, and a closing mark split off into the next sentence (analyse.quotes)."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the tag after the quote: the window goes on past " . " to "said"
        (
            'It began with a blowout . " It could be said that BP is the one bad apple , " Rep. Bart '
            "Stupak ( D-Mich . ) said at a hearing .",
            "Bart Stupak",
        ),
        # the tag before the quote: the sentence before, which opens the bracket, holds the subject
        (
            "The spill goes on . Sen. Ben Cardin ( D-Md . ) asked President Obama , "
            '" in light of the spill , to remove the Atlantic coast . "',
            "Ben Cardin",
        ),
        # and the same for words quoted inside a sentence (2d)
        (
            "The spill goes on . Senator Robert Menendez ( D-N.J. ) likened offshore drilling to "
            '" Russian roulette " for the beaches .',
            "Robert Menendez",
        ),
    ],
)
def test_a_sentence_end_inside_a_tag_in_brackets_is_none(text: str, speaker: str) -> None:
    assert find_quotes(text)[0].speaker == speaker


def test_a_citation_in_brackets_names_no_speaker() -> None:
    text = (
        'The report says : " Long-term prediction is not possible . " ( IPCC TAR , p. 774 . ) When CO2 '
        'is this low , any " extra " we " create " is soon gone .'
    )
    assert [q.speaker for q in find_quotes(text)[1:]] == [None, None]


def test_a_cue_after_a_split_off_closing_mark_that_brings_in_the_next_quote_is_not_this_ones() -> None:
    text = (
        'Lawmakers were vindicated . " The bottom line is : an oil spill can not be a surprise , " Sen. '
        'Frank Lautenberg ( D-N.J. ) said . " All it takes is one oil spill to destroy a coastline . " '
        'Sen. Bill Nelson ( D-Fla . ) said , " One of my worst nightmares might be coming true . "'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Frank Lautenberg", "Frank Lautenberg", "Bill Nelson"]


@pytest.mark.parametrize(
    "text",
    [
        # a closing mark kept with its sentence: the cue after it is still this quote's
        'They gave out three scholarships. "I wish you could hear them." Dexter says, laughing, "They go crazy!"',
        # a tokenized quote whose cue brings in no other quote
        'They gave out three scholarships . " I wish you could hear them . " Dexter says , laughing .',
    ],
)
def test_a_cue_after_a_quote_that_ends_its_sentence_stays_otherwise(text: str) -> None:
    assert find_quotes(text)[0].speaker == "Dexter"
