"""quotes43: the brief's list (session 31): a surname alone is no antecedent of a pronoun of the other
gender than the article gives it."""

import pytest

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


# made up: Merkel, never given a full name, speaks between the man named first and the pronoun
_MERKEL = (
    "French President Nicolas Sarkozy met reporters in Paris on Monday . {merkel} has kept silent on "
    'the plan . Merkel said {said} . " We will not be rushed by anyone , " {pronoun} said .'
)


@pytest.mark.parametrize(
    ("merkel", "said", "pronoun", "speaker"),
    [
        # the pronoun after her speech verb tells her gender: "he" is the man named before (was 'Merkel')
        ("Merkel", "she would wait for the vote in Berlin", "he", "Nicolas Sarkozy"),
        # ... and so does an honorific (was 'Merkel')
        ("Mrs Merkel", "the vote in Berlin comes first", "he", "Nicolas Sarkozy"),
        # guards: a pronoun of her gender is hers, and so is any pronoun where nothing tells her gender
        ("Merkel", "she would wait for the vote in Berlin", "she", "Merkel"),
        ("Merkel", "the vote in Berlin comes first", "he", "Merkel"),
    ],
)
def test_a_surname_alone_of_the_other_gender_is_not_the_pronoun(
    merkel: str, said: str, pronoun: str, speaker: str
) -> None:
    assert _speakers(_MERKEL.format(merkel=merkel, said=said, pronoun=pronoun)) == [speaker]
