"""Entities24: a web page's stamp on its story ("UPDATE:", "POSTED: 1052 GMT", "| Updated 9: 01 AM
EDT", "Last Updated:") and a time zone after a clock's time ("18: 50 IST", "9: 03am AEST") name
nothing; in capitals they were organisations in the events ("UPDATE" in 8 of the mixed digest's)."""

from newsprism.analyse.entities import find_mentions


def names(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_mentions(text)]


def test_a_stamp_label_is_no_name() -> None:
    assert names("The shooter fled.\n\nUPDATE: A suspect has been arrested.") == []
    assert names("UPDATE 2:52 p.m. -- more records were disclosed Wednesday.") == []
    assert names("POSTED: 04 / 02 / 07, 9: 00 PM PDT |\n\nA convicted cop killer laughed.") == []
    assert names(
        "PUBLISHED: WEDNESDAY, MARCH 13, 2013, 12: 38 AM\n\nUPDATED: WEDNESDAY, MARCH 13, 2013\n\nA Brooklyn woman"
    ) == [("Brooklyn", "place")]
    assert names("Friday, Sep 10, 2010 | Updated 8: 52 PM EDT\n\nShe said it.") == []
    assert names("Posted: Jul 07, 2012 7: 40 PM ET\n\nLast Updated: Jul 07, 2012\n\nHe won.") == []
    assert names("First Published: June 13, 2013 4: 59 PM EDT\n\nLindsay Lohan left.") == [
        ("Lindsay Lohan", "person")
    ]
    # two stamps on one line, the second after the first's clock
    assert names("Posted: 04 / 9 / 2012 8: 33 am Updated: 04 / 9 / 2012 8: 33 am\n\nGary Ross left.") == [
        ("Gary Ross", "person")
    ]
    assert names("CORRECTION: This article said the game is in Miami.") == [("Miami", "place")]


def test_the_same_words_go_on_as_names_elsewhere() -> None:
    # not at a line's start, or going on in words: no stamp
    assert ("Last Update", "other") in names("The band played The Last Update 5 times.")
    assert ("Update", "other") in names("He gave an Update on May 5 to Congress.")


def test_a_time_zone_is_no_organisation() -> None:
    assert names("Updated: November 11, 2011 18: 50 IST\n\nINS Sukanya thwarted an attack.") == [
        ("INS Sukanya", "other")
    ]
    assert names("The train was stranded in Brisbane at 2am (AEST) on Monday.") == [("Brisbane", "place")]
    assert ("IST", "organization") not in names("It happened at 1242 GMT (1812 IST), officials said.")
