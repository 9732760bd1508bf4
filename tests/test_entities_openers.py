"""Entities24: a pronoun ("Everyone", "Someone", "Nothing"), "Soon" or a greeting ("Hi", "Hey",
"Thanks") that opens a sentence opens no name; they were people in the events ("Hi" with the role
"Congressman" from '“Hi, Congressman.'), or glued to the name after them ("Hi Greg", "Sorry Tony")."""

from newsprism.analyse.entities import find_mentions


def names(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_mentions(text)]


def test_an_opening_pronoun_or_adverb_is_no_name() -> None:
    assert names('He was asked. "Everyone says the community is split," he said.') == []
    assert names("Someone called the police. Nothing was taken.") == []
    found = names("Residents spoke. Soon, Capt. Ron Johnson of the Missouri State Highway Patrol arrived.")
    assert ("Ron Johnson", "person") in found
    assert [name for name, _ in found if name.startswith("Soon")] == []


def test_a_greeting_opens_no_name() -> None:
    assert ("Hi", "person") not in names("The reporter asks, “Hi, Congressman. How are you?”")
    assert ("Greg McCormack", "person") in names("Greg McCormack: Hi I am Greg McCormack, a director.")
    found = names("Sorry Tony, the oil is still leaking, said Tony Hayward's critics.")
    assert ("Sorry Tony", "other") not in found
