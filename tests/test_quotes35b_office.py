"""quotes35b: a person's office speaks for that person, as a spokesperson does ("Prime Minister
Benjamin Netanyahu’s office said", "Weiner's office initially said": speakers._resolve), when the
owner is a person; an office whose owner the article names no one ("Georgia's Secretary of State's
office says") stays no one's. Excerpts of the dev texts in their words, where named; the rest made
up."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


def test_a_named_person_s_office_speaks_for_the_person() -> None:
    # allsides 6024_right (was None)
    text = (
        "Israel and Hamas announced a cease-fire in Gaza on Thursday.\n\n"
        "Prime Minister Benjamin Netanyahu’s office said his Security Cabinet had unanimously approved "
        "a “mutual and unconditional” truce brokered by Egypt."
    )
    assert _speakers(text) == ["Benjamin Netanyahu"]


def test_an_office_s_statement_speaks_for_its_holder() -> None:
    # allsides 6024_right (was None)
    text = (
        "Prime Minister Benjamin Netanyahu met his cabinet on Thursday.\n\n"
        "A statement from Netanyahu’s office hailed “significant achievements” by Israel’s military."
    )
    assert _speakers(text) == ["Benjamin Netanyahu"]


def test_a_role_s_office_speaks_for_the_role_s_holder() -> None:
    # made up: "the senator" is Sen. Mary Landrieu, whom the article names with the title
    text = (
        "Sen. Mary Landrieu toured the coast on Monday .\n"
        'The senator \'s office said she would hold BP " accountable for every penny " of the cleanup .'
    )
    assert _speakers(text) == ["Mary Landrieu"]


def test_an_office_of_no_named_person_is_no_one_s() -> None:
    # neus/train-2291-2 (stays None; the owner is a title, no name)
    text = (
        "Georgia's Secretary of State's office says it has launched an investigation into a \"failed "
        "attempt to hack the state's voter registration system\" on Saturday evening."
    )
    assert _speakers(text) == [None]
