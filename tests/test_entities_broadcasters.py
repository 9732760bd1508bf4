"""Entities23: a name whose last word is its medium, "Radio" or "Television", is a broadcaster (an
organisation): "told Reuters Television" had made a person of it, "BBC Radio" was untyped. "TV" is
left out: it ends products and adjectives as often ("Apple TV", "a Denver TV station")."""

from newsprism.analyse.entities import find_mentions


def names(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_mentions(text)]


def test_a_broadcaster_named_by_its_medium_is_an_organisation() -> None:
    assert names("The admiral told National Public Radio on Friday.") == [
        ("National Public Radio", "organization")
    ]
    assert ("Reuters Television", "organization") in names("A worker told Reuters Television on Monday.")
    assert ("BBC Radio", "organization") in names("He spoke on BBC Radio 4's Today programme.")


def test_tv_is_no_broadcasters_word() -> None:
    assert names("He bought an Apple TV box.") == [("Apple TV", "other")]
