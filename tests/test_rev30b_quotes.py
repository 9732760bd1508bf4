"""review30b: afe6268 (quotes35b) reads an outlet in an aside as the quote's source. "as Reuters
reported" cites where the news was read; the clause's own speaker says the words. Made up in the
style of the dev data's wire copy."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


def test_an_outlet_in_an_aside_is_no_source() -> None:
    text = 'Smith said that, as Reuters reported last week, the talks had "stalled" for good.'
    assert _speakers(text) == ["Smith"]  # 10a07b0: Smith; HEAD: Reuters


def test_an_outlet_in_an_aside_after_told() -> None:
    text = (
        "Senator John Smith told reporters on Tuesday that, as Bloomberg reported, the deal was "
        '"dead in the water".'
    )
    assert _speakers(text) == ["John Smith"]  # 10a07b0: John Smith; HEAD: Bloomberg


def test_reports_after_as_is_no_telling() -> None:
    text = (
        "Mr. Obama said the economy was recovering, even as Labor Department reports showed "
        '"stubborn" unemployment.'
    )
    assert _speakers(text) == ["Obama"]  # 10a07b0: Obama; HEAD: Labor Department


def test_an_outlet_that_reports_alone_still_speaks() -> None:
    # guard: with no other speaker, an aside's outlet stays the source (as afe6268 reads it)
    text = 'As Reuters reported on Monday, the talks have "stalled" for good.'
    assert _speakers(text) == ["Reuters"]


def test_an_outlet_that_reports_that_speaks_after_as() -> None:
    # guard: t17 bpoil_guardian/993, "as" there is "while" and BP reports the words (HEAD: BP)
    text = (
        "The US government said today that most of the oil that leaked into the Gulf of Mexico has "
        'been cleaned up as BP reported that a " static kill " blocking procedure was stopping more '
        "crude pouring into the sea ."
    )
    assert _speakers(text) == ["BP"]


def test_a_role_representing_a_name_is_not_that_name() -> None:
    # made up; "the lawyer , representing John Smith ," (0d2ae8c^: None)
    text = '"We will appeal the verdict," the lawyer, representing John Smith, said outside the court.'
    assert _speakers(text) != ["John Smith"]


def test_a_group_including_a_name_is_not_that_name() -> None:
    text = '"We are heartbroken," the family, including cousin Mary Jones, said.'
    assert _speakers(text) != ["Mary Jones"]


def test_a_described_name_after_the_roles_comma_still_speaks() -> None:
    # guard, 0d2ae8c's own case (heap): a description in lower case before the name
    text = '"We will win," the candidate, regional bureaucrat Resulberdy Mammedov, said.'
    assert _speakers(text) == ["Resulberdy Mammedov"]


def test_an_officer_is_not_the_owner_named_before() -> None:
    # made up, tokenized as the t17 texts are (98ef7af^: None)
    text = (
        'Police found John Smith \'s car near the river . The officer said " it had been there for days " .'
    )
    assert _speakers(text) != ["John Smith"]


def test_a_lawyer_is_not_the_owner_named_before() -> None:
    text = (
        "Prosecutors rejected Paul Manafort 's appeal on Monday . The lawyer said \" we will fight this "
        'all the way " .'
    )
    assert _speakers(text) != ["Paul Manafort"]
