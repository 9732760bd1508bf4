"""entities32: a live blog's contributor credit glued to the next sentence gives no office to the title
after it (bench/README.md, "entities32")."""

from newsprism.analyse.entities import find_mentions


def test_credit_outlet_is_no_part_of_the_presidents_role() -> None:
    # the BBC's live blog of the oil spill (heap-10000 bpoil_bbc/1832), its contributor credit
    text = (
        "What are your thoughts ? 1939 : Ed Hornick , AC360 , CNN President Obama must angle his address "
        'to the nation on the gulf oil disaster as more of a " warlike update " . Mr Obama spoke later .'
    )
    obama = [m for m in find_mentions(text) if m.name == "Obama"]
    assert obama and all(m.type == "person" and m.role == "President" for m in obama)


def test_an_outlets_president_keeps_the_outlet() -> None:
    # no credit before it: the network's own president
    text = "In a memo , CNN President Jeff Zucker said the network would grow ."
    (zucker,) = [m for m in find_mentions(text) if m.name == "Jeff Zucker"]
    assert zucker.role == "CNN President"
