"""quotes27: "X and Y <people>" as a speaker. A cue that caught one half of two adjectives before
one people noun ('Top US' of "Top US and Chinese naval officials", 'Republican' of "Republican and
Democratic lawmakers") gives the whole group as written, as "Republican lawmakers" is given whole;
a half that is a person (a title, a given name, a surname of the article) keeps the answer it had.
The first case is the seeds' sentence (004_407144f8d00cf47e); each paired case fails on 514b980."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Beijing: Top US and Chinese naval officials held a rare meeting in China on Wednesday amid "
            "the growing tensions over Taiwan and the South China Sea and discussed the “increasing "
            "security challenges” in the Indo-Pacific region.",
            [("increasing security challenges", "Top US and Chinese naval officials")],
        ),
        (
            "“This bill is dead,” said Republican and Democratic lawmakers.",
            [("This bill is dead", "Republican and Democratic lawmakers")],
        ),
        (
            "US and Chinese officials said they would “work together” on the matter.",
            [("work together", "US and Chinese officials")],
        ),
        # one half alone is no pair: as before
        ("“This bill is dead,” Chinese officials said.", [("This bill is dead", "Chinese officials")]),
        # a person and a group: the pair is no group, the answer stays the one it was (none here)
        (
            "“This bill is dead,” Sen. John McCain and Republican lawmakers said.",
            [("This bill is dead", None)],
        ),
    ],
)
def test_paired_group(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a titled name after a word in lower case that ends a place's name run, before the verb
        ("“The fire is out,” Boston police Sgt. Mary Smith said.", [("The fire is out", "Mary Smith")]),
        (
            '" Both of these kids came to our attention , " the CDC \'s Dr. Lyn Finelli told reporters .',
            [("Both of these kids came to our attention", "Lyn Finelli")],
        ),
        # words in lower case that describe the name after "according to", as after "said"
        (
            "“The spill is large,” according to retired Coast Guard Adm. Thad Allen.",
            [("The spill is large", "Thad Allen")],
        ),
        # a possessive owns the noun taken for the verb: no subject (NeuS train-399-1)
        (
            "Judge Victor Marrero called the president’s attempt to avoid turning over his taxes in a "
            "criminal case “extraordinary,” and rejected Mr. Trump’s claims that he would be distracted.",
            [("extraordinary", "Victor Marrero")],
        ),
    ],
)
def test_titled_name_after_lower_case(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(text) == expected
