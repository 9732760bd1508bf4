"""quotes35b: an outlet that reports the words quoted after it is their source ("TMZ.com reported
..., adding that Eminem's weight had "ballooned"", "But, the Times reported, "…""): "reported" or
"reports" after a name that is no person's, with no speech verb after it but a participle that
hangs on it (cues._outlet_reporting). Excerpts of heap-10000 and the dev texts in their words, where
named; the rest made up."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


def test_an_outlet_reports_and_a_participle_hangs_on_it() -> None:
    # l3s_gn1-d234a669 (was 'Eminem': the spokesperson's "says" before it took the quote)
    text = (
        "Eminem's spokesperson says the rapper was treated for complications from pneumonia over the "
        "holidays, but TMZ.com reported Tuesday that he was treated for a heart problem, adding that "
        'Eminem\'s weight had "ballooned" to more than 200 pounds.'
    )
    assert _speakers(text) == ["TMZ.com"]


def test_an_outlet_reports_before_the_quote() -> None:
    # BASIL 85475456-..._3 (was None)
    text = (
        "Blumenthal says he's always tried to make it clear his Marine Reserve service never took him "
        'overseas. But, the Times reported, "an examination of his remarks at the ceremony shows he '
        'spoke of Vietnam, intimating that he was among them."'
    )
    assert _speakers(text) == ["Times"]


def test_an_outlet_reports_a_block_quote_after_a_colon() -> None:
    # BASIL b4dbeda7-..._1 (was None)
    text = (
        "The Israeli prime minister is the subject of a new ad by Secure America Now.\n\n"
        "Politico reports:\n\n"
        "“A Republican involved with the project said the group has worked with Netanyahu’s Likud "
        "Party.”"
    )
    assert _speakers(text) == ["Politico"]


def test_a_person_who_speaks_after_the_outlet_is_the_speaker() -> None:
    # made up control: a speech verb after "reported" brings in its own subject
    text = 'The Washington Post reported that Jane Smith said the plan was "a disaster" for the town.'
    assert _speakers(text) == ["Jane Smith"]


def test_reports_as_a_noun_is_no_outlet() -> None:
    # made up: "Media reports" opens the sentence, and the article writes "media" in lower case too
    text = (
        "John Smith met the press on Monday. Media reports suggested the president was "
        '"furious" about the media.'
    )
    assert _speakers(text) == [None]
