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
