"""review20: second look at entities27's rules of this session (d3fd391, cd526ff, 202d50c). The
first case is a class the new club rule got wrong (767c41a had it right), fixed by entities27's
6dbd9c2 (a nickname that names a place's people too is the club only after "the" or before a club's
noun). The controls pin the rule's own cases, which the fix keeps."""

from __future__ import annotations

import pytest

from newsprism.analyse.entities import find_mentions


def _named(text: str, word: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_mentions(text) if text[m.start : m.end] == word]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a club nickname that is also the name of a place's people: alone, without "the" or a
        # club's noun, it is the people, not the one club the article names (cd526ff's team_ends)
        (
            "J.J. Watt of the Houston Texans raised $37 million for flood victims. Many Texans lost "
            "their homes, and Texans have donated generously.",
            "Texans",
        ),
        (
            "The Cleveland Indians will change their name. Native American groups said Indians had "
            "long objected to the mascot.",
            "Indians",
        ),
    ],
)
def test_a_peoples_name_alone_is_no_club(text: str, word: str) -> None:
    assert all(name == word for name, _ in _named(text, word))


@pytest.mark.parametrize(
    ("text", "word", "club"),
    [
        # the rule's own cases, kept by the fix: a nickname after "the" or before a club's noun
        (
            "J.J. Watt of the Houston Texans raised money. The storm hit before the Texans played.",
            "Texans",
            "Houston Texans",
        ),
        ("The Houston Texans won. Texans coach Bill O'Brien was pleased.", "Texans", "Houston Texans"),
        ("The Cleveland Indians won. Indians fans cheered.", "Indians", "Cleveland Indians"),
        ("The Seattle Seahawks lost. Seahawks said they would appeal.", "Seahawks", "Seattle Seahawks"),
    ],
)
def test_controls(text: str, word: str, club: str) -> None:
    assert (club, "organization") in _named(text, word)
