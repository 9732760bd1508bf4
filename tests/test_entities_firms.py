"""Entities21's rules: a firm's name before a hyphenated adjective ("a Procter & Gamble-owned
brand") is the firm's name without the adjective's tail."""

from newsprism.analyse.entities import find_mentions, merge_entities


def test_a_hyphenated_adjective_after_a_firms_name_is_no_part_of_it() -> None:
    text = "Gillette is a Procter & Gamble-owned brand, it said. Procter & Gamble sells razors."
    got = [(m.text, m.name, m.type) for m in find_mentions(text)]
    assert got[0] == ("Procter & Gamble", "Procter & Gamble", "organization")
    assert text[find_mentions(text)[0].end] == "-"
    assert len(merge_entities({"a": find_mentions(text)})) == 1
    got = [(m.text, m.name) for m in find_mentions("The Bank of America-backed fund grew.")]
    assert got == [("Bank of America", "Bank of America")]
    # a name that holds a hyphen of its own keeps it ("Tsai Ing-wen"), as does one word alone
    assert [m.name for m in find_mentions("Taiwan's president Tsai Ing-wen spoke.")][-1] == "Tsai Ing-wen"
