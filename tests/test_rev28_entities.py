"""review28: entities33's saint's possessive (abc6dc4, tokens._possessive_name). The test that was a
strict xfail gave a wrong mention before review28's entities.patch to tokens.py (output-identical on the 59 heap-10000 and
dev texts that hold a saint's possessive). The guards pass today and with the patch."""

from __future__ import annotations

from newsprism.analyse.entities import find_mentions


def mentions(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.name, m.type, m.role) for m in find_mentions(text)]


def test_a_saint_named_towns_possessive_stops_before_a_title() -> None:
    # made-up: before abc6dc4 the place and the mayor, now one role "St. Louis's Mayor" and no place
    text = "The mayor spoke on Monday. St. Louis's Mayor Francis Slay said the city would appeal the ruling."
    found = mentions(text)
    assert ("St. Louis", "place", None) in found
    assert ("Francis Slay", "person", "Mayor") in found


def test_a_saints_possessive_still_goes_on_into_its_institution() -> None:
    # guards (made-up, the heap's own names: "St. Martin's Press", "St Paul's Cathedral")
    assert ("St. Mary's Hospital", "organization", None) in mentions(
        "A spokeswoman for St. Mary's Hospital said the patient was stable."
    )
    assert [m[0] for m in mentions("St. Martin's Press said the book was delayed.")] == ["St. Martin's Press"]


def test_a_prose_list_before_a_title_is_no_credit() -> None:
    # made-up: 00f93b3 strips the office's first words after any "X, Y," list (was "German Chancellor",
    # "Microsoft Chief Executive" before it)
    found = mentions(
        "Leaders including Biden, Macron, German Chancellor Olaf Scholz and Japanese Prime Minister "
        "Fumio Kishida met on Monday."
    )
    assert ("Olaf Scholz", "person", "German Chancellor") in found
    found = mentions("Apple, Google, Microsoft Chief Executive Satya Nadella said on Monday.")
    assert ("Satya Nadella", "person", "Microsoft Chief Executive") in found


def test_a_live_blogs_credit_still_gives_its_outlet_no_part_in_the_title() -> None:
    # guard: bpoil_bbc/1832's credit (00f93b3's case)
    found = mentions("1939 : Ed Hornick , AC360 , CNN President Obama must act, he said.")
    assert ("Obama", "person", "President") in found
