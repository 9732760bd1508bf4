"""quotes39: a long role in capitals before the name after the verb; a holder whose given name is not
listed after a title's "of" and a known place."""

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


def test_role_in_capitals_longer_than_an_acronym_is_read() -> None:
    text = '"We are ready," said Los Angeles Times White House CORRESPONDENT Alex Wagner.'
    assert _speakers(text) == ["Alex Wagner"]


def test_holder_after_title_of_known_place() -> None:
    assert _speakers('"We are ready," Mayor of London Sadiq Khan said.') == ["Sadiq Khan"]


def test_listed_holder_after_place_unchanged() -> None:
    assert _speakers('"We are ready," said Governor of New York Andrew Cuomo.') == ["Andrew Cuomo"]
