"""entities43: an acronym that the article counts, as a common noun is and a name is not ("a DVD.",
"28 TD, 12 INT", "Many CDs sell"), names no organisation there or anywhere in the article; an
organisation's acronym after "a" goes on with a noun ("a BP spokesman") and stays."""

from newsprism.analyse.entities import find_mentions


def _names(text: str) -> set[str]:
    return {m.name for m in find_mentions(text)}


def test_an_acronym_after_a_and_before_the_phrases_end_is_a_thing() -> None:
    # heap l3s_gn1-a19c590c (Apple's film prices), l3s_gn1-b2c57c4e (Bynum), l3s_gn1-9d847a62
    # (the honours list), H1N1_bbc/64 ("a GP")
    text = (
        "Fox will sell the films at Apple's pricing, which is lower than the typical consumer price "
        "for a DVD. The DVD goes on sale in May. Andrew Bynum is scheduled to undergo an MRI this morning. "
        "Rachael Heyhoe-Flint gets an OBE while John Higgins is awarded an MBE. \" My daughter 's a "
        'GP . If it takes off people come to the GP first , " says Professor Oxford .'
    )
    names = _names(text)
    assert not {"DVD", "MRI", "OBE", "MBE", "GP"} & names
    assert {"Andrew Bynum", "Rachael Heyhoe-Flint", "John Higgins"} <= names


def test_an_acronym_after_a_number_is_a_unit() -> None:
    # heap l3s_gn1-246e3fec (the Packers' preview), 7_5ecbplus (Klitschko's record)
    text = (
        "Matt Hasselbeck (3966 passing yards, 28 TD, 12 INT) throws to a quality corps of receivers. "
        "Wladimir Klitschko (58 - 3, 51 KO) bombed Tony Thompson with a vicious right hand. The TD came late."
    )
    names = _names(text)
    assert not {"TD", "INT", "KO"} & names
    assert {"Matt Hasselbeck", "Wladimir Klitschko", "Tony Thompson"} <= names


def test_a_counted_plural_makes_its_singular_a_thing() -> None:
    # heap l3s_gn1-863498c8 (Billboard on album extras)
    text = (
        "There is a reason people still buy CDs more than digital albums. Many CDs sell from $14 "
        "to $19. CD sales fell 19 percent last year, Nielsen SoundScan said."
    )
    names = _names(text)
    assert not {"CD", "CDs"} & names
    assert "Nielsen SoundScan" in names


def test_an_organisations_acronym_after_a_goes_on_with_a_noun() -> None:
    # guard (passes on the old code too): heap bpoil_foxnews/2126, bpoil_washingtonpost (made up
    # after "a BP and Transocean rig"), the year before "GOP" (train-606-2), a place's acronym
    # ("killed 13 US ...", 5677_left)
    text = (
        "A BP spokesman did not comment . Kent Wells , a BP senior vice president , said a BP and "
        "Transocean rig sank . Pelosi is behind the 1998 GOP in her push. Two attacks killed 13 US..."
    )
    kinds = {(m.name, m.type) for m in find_mentions(text)}
    assert ("BP", "organization") in kinds
    assert ("GOP", "organization") in kinds
    assert ("US", "place") in kinds
