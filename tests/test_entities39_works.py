"""entities39: a name typed a place by its head, quoted as a whole right after a work's noun, names the work."""

from newsprism.analyse.entities import find_mentions


def _types(text: str, name: str) -> list[str | None]:
    return [m.type for m in find_mentions(text) if m.name == name]


def test_a_quoted_title_after_a_works_noun_is_no_place() -> None:
    # heap train-1268-2 (the second sentence made up: every mention takes the work's type)
    text = (
        "LOS ANGELES/SHANGHAI (Reuters) - The creators of satirical animated series “South Park” "
        "issued a mocking “apology” to China after media reports. South Park was banned online."
    )
    assert _types(text, "South Park") == ["other", "other"]


def test_a_park_named_without_a_works_noun_stays_a_place() -> None:
    # made up
    assert _types("He walked in South Park on Sunday with “South Park” fans.", "South Park") == [
        "place",
        "place",
    ]
