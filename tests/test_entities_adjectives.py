"""Entities24: an adjective made of a noun ("-ional", "-ial", "-ical"), capitalised inside a sentence
before the noun it qualifies, names nothing: "Congressional" was an entity of 8 events of the mixed
digest ("Congressional investigators", "the Congressional schedule"). A firm of such a name keeps
its verb after it ("Universal said") or its other words in capitals ("Universal Music")."""

from newsprism.analyse.entities import find_mentions


def names(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_mentions(text)]


def test_a_capitalised_adjective_before_its_noun_is_no_name() -> None:
    assert names("The design was called risky by Congressional investigators in Texas.") == [
        ("Texas", "place")
    ]
    assert names("(Reporting by Matt Bigg; Additional reporting by Jeff Roberts)") == [
        ("Matt Bigg", "person"),
        ("Jeff Roberts", "person"),
    ]
    assert names("Investors bet a new Presidential panel report would spread the blame.") == []
    assert names("The Senate must fulfill its Constitutional obligation to try impeachments.") == [
        ("Senate", "organization")
    ]


def test_the_adjective_as_a_name_stays() -> None:
    assert ("Universal Music", "other") in names("The deal was signed with Universal Music on Monday.")
    assert [n for n, _ in names("A merger was blocked, and Universal said it would appeal.")] == ["Universal"]
