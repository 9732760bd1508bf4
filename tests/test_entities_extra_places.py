"""Entities23: places the news write otherwise than the gazetteer: the two Congos without ISO's "the"
(the "Democratic Republic of Congo" was an organisation by its "republic of")."""

from newsprism.analyse.entities import find_mentions


def test_the_congos_without_the_are_places() -> None:
    found = [
        (m.name, m.type) for m in find_mentions("Fighting in the Democratic Republic of Congo killed 12.")
    ]
    assert found == [("Democratic Republic of Congo", "place")]
    found = [(m.name, m.type) for m in find_mentions("He flew to the Republic of Congo on Monday.")]
    assert found == [("Republic of Congo", "place")]
