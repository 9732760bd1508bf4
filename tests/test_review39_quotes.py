"""review39 (session 32): two of quotes45's marks.py rules on tokenised pages misread made-up lines.

The cut of a quote a colon brings in whose closing mark the page lost
(marks._turned_at_term, 58e56f6) cuts at the first stop followed by a capital, so an abbreviation's
stop inside the quote's first sentence ("Mr. Livingstone", "The U.S. Coast Guard") ends the quote
there. The sentence splitter (analyse/sentences) already knows those stops; the patch cuts at its first
sentence's end. Made-up tokenised sentences in the shape of quotes45's copy-000676-422424; the
control is that case's own words."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes


def _quotes(text: str) -> list[str]:
    return [q.quote for q in find_quotes(text, "x", None)]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Johnson noted : \" I 'm pleased to share these supplies with Mr. Livingstone and the agencies in "
            'the lead in protecting the UK . The mayor is " seeking assurances " that London \'s needs are '
            "considered .",
            "I 'm pleased to share these supplies with Mr. Livingstone and the agencies in the lead in "
            "protecting the UK .",
        ),
        (
            'Allen said : " The U.S. Coast Guard will stay until the job is done . The admiral was " not '
            'satisfied with " the pace of the work .',
            "The U.S. Coast Guard will stay until the job is done .",
        ),
    ],
    ids=["title", "country"],
)
def test_an_abbreviations_stop_does_not_cut_a_quote_run_into_narration(text: str, first: str) -> None:
    assert _quotes(text)[0] == first


def test_the_cut_still_falls_at_the_first_sentences_end() -> None:
    # control (copy-000676-422424, in its words): the cut quotes45 made stays where it was
    text = (
        "Johnson noted : \" I 'm pleased to share these significant supplies of anti-virals with the "
        'agencies in the lead in protecting the UK and its capital . The mayor is " seeking assurances " '
        "that London 's needs are considered ."
    )
    quotes = _quotes(text)
    assert quotes[0].endswith("the UK and its capital .")
    assert quotes[1:] == ["seeking assurances"]


# quotes45's turned narration (6021ca9, marks._turned_narration) reads a quote that reports another's
# words ("The President said we ...") between two bare attributions as the page's narration out of step,
# and the attributions as the quotes. Made up: heap-10000 + dev have no such line (quotes45 read its 7
# turned spans, all narration).
_REPORTING_QUOTE = (
    'Hayward spoke to reporters on Monday . " We will pay every legitimate claim . " Hayward said . " The '
    'President said we had to pay , and we will . " He added . " We are sorry for what happened . "'
)


def test_a_quote_reporting_anothers_words_between_two_attributions_stays_a_quote() -> None:
    found = [(q.quote, q.speaker) for q in find_quotes(_REPORTING_QUOTE, "x", None)]
    assert found == [
        ("We will pay every legitimate claim .", "Hayward"),
        ("The President said we had to pay , and we will .", "Hayward"),
        ("We are sorry for what happened .", "Hayward"),
    ]
