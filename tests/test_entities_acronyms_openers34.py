"""entities34: an acronym of a law or a standard named in the article is no organisation; a
possessive that opens a sentence is a name where the article writes it inside one, or where it opens
the text. Each case is cut from the heap-10000 article named in its comment."""

from newsprism.analyse.entities import find_mentions


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.type) for m in find_mentions(text)]


def test_an_acronym_that_spells_a_law_named_in_the_article_is_the_law() -> None:
    # heap 70c744ad-..._3 (BASIL): "DOMA" was an organisation by its capitals, never defined in brackets
    text = (
        "The Supreme Court struck down the Defense of Marriage Act in June. Couples married pursuant "
        "to section 3 of DOMA were not recognized. Once DOMA was overturned, the IRS changed its rules."
    )
    found = _found(text)
    assert ("DOMA", "other") in found
    assert ("DOMA", "organization") not in found
    assert ("IRS", "organization") in found


def test_a_standard_and_a_programme_too_but_not_a_firm() -> None:
    # heap l3s_gn1-2281f3c1 ("ODF"), train-309-0 ("PPP"); bpoil: "British Petroleum" is BP, a firm
    # whose name has no organisation's head and stays untyped: BP stays an organisation
    text = (
        "It also supported the Open Document Format for storing files. The processes for dealing "
        "with ODF files are very cumbersome, the agency wrote."
    )
    assert ("ODF", "other") in _found(text)
    text = "Firms took loans from the Paycheck Protection Program. Loans under PPP were forgiven."
    assert ("PPP", "other") in _found(text)
    text = "British Petroleum, now BP, said the well was capped. BP shares rose on Monday."
    assert ("BP", "organization") in _found(text)


def test_a_possessive_that_opens_a_sentence_is_the_name_written_inside_one() -> None:
    # heap l3s_gn1-f5026907 ("Stewart's lawyer"), val-106-0 ("Amazon's"): the opener was dropped as
    # a capital that only opens a sentence
    text = (
        "Bonaventure ruled that Simpson, Stewart and Charles Ehrlich should stand trial. Stewart's "
        "lawyer, Jose Pallares, said Friday he had no comment."
    )
    assert [s for s, _ in _found(text)].count("Stewart") == 2
    # (not a word the article writes only so: "Editor's note")
    text = "The IRS said so. Editor's note: corrected by the IRS."
    assert "Editor" not in [s for s, _ in _found(text)]


def test_a_possessive_that_opens_the_text_is_its_subject() -> None:
    # heap train-1546-0: "Nike" was found nowhere in the article
    text = (
        "Nike’s polarizing decision to put Colin Kaepernick at the center of its latest ad campaign "
        "has aggravated NFL employees."
    )
    assert ("Nike", "other") in _found(text)
    # heap train-2340-1, train-1284-1: a title's or a role's word, or a name that goes on
    assert _found("Editor’s note: The IRS is in the process of developing procedures.") == [
        ("IRS", "organization")
    ]
    assert "Dick" not in [s for s, _ in _found("Dick’s Sporting Goods announced Wednesday a change.")]
