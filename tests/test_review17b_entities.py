"""review17b: a reading of entities22's rules (quoted titles, a possessive's three-word title)."""

from newsprism.analyse.entities import find_mentions


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_mentions(text)]


def test_capitals_heading_after_a_closing_quote_keeps_the_firm() -> None:
    # the quote before "OF" closes the heading's quote; "OF" in capitals opens no quoted title
    text = (
        'Obama made it clear BP would be on the hook for the costs . " BOOT ON THE NECK " OF BP " Our job is '
        'to keep the boot on the neck of the company , " Ken Salazar said .'
    )
    assert ("BP", "organization") in _names(text)
    assert [n for n, _ in _names(text)].count("BP") == 2


def test_quoted_title_opening_with_a_function_word_still_joins() -> None:
    names = _names(
        'He saw the film “Regarding Henri” again. The giant " A Whale " skims oil, Thad Allen said.'
    )
    assert ("Regarding Henri", "other") in names
    assert ("A Whale", "other") in names


def test_pronoun_contraction_is_no_possessive_before_a_title() -> None:
    names = [
        n
        for n, _ in _names("He co-wrote a book titled It's About the Money! with his father, Jesse Jackson.")
    ]
    assert "About the Money" not in names
    assert ("Face the Nation", "other") in _names(
        "CBS's Face the Nation hosted Senator John McCain on Sunday."
    )


def test_a_service_or_body_alone_before_a_speech_verb_is_an_organisation() -> None:
    # d92e4a1/d3759d3 typed these only when nothing else did; the speech verb had typed them person
    names = _names("The Navy said it was sending boom to Louisiana, and the Government said it would help.")
    assert ("Navy", "organization") in names
    assert ("Government", "organization") in names
    assert ("Times", "organization") in _names("BP would sell assets, the Times said on Sunday.")


def test_a_court_district_is_a_us_states() -> None:
    # d38048f's comment says "'District of' + a state"; the code typed any such run an organisation
    names = _names(
        "Rockets hit the Central District of Hong Kong, and a judge in the Eastern District of Virginia ruled."
    )
    assert ("Eastern District of Virginia", "organization") in names
    assert ("Central District of Hong Kong", "organization") not in names


def test_a_place_before_international_names_no_firm() -> None:
    # 408d4e7 typed every '<words> International' an organisation: a racetrack and a tournament too
    names = _names("She reached the Sydney International final, and he raced at Mobile International.")
    assert ("Sydney International", "organization") not in names
    assert ("Mobile International", "organization") not in names
    assert ("Cameron International", "organization") in _names(
        "Cameron International made the blowout preventer."
    )
