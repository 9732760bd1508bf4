"""quotes40: the brief's list: a title "of" a department whose name runs on over "and" or a second
"of" before its holder's name."""

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


def test_holder_after_department_with_and_before_the_verb() -> None:
    # made up (review32's note): the run was cut at "and" to 'Human Services Kathleen Sebelius'
    text = '"We will not retreat," Secretary of Health and Human Services Kathleen Sebelius said.'
    assert _speakers(text) == ["Kathleen Sebelius"]


def test_holder_after_department_with_and_after_the_verb() -> None:
    # made up: after the verb the run "Secretary of Health" read as a role with no holder (None)
    text = '"It is a fine law," said Secretary of Health and Human Services Kathleen Sebelius.'
    assert _speakers(text) == ["Kathleen Sebelius"]


def test_holder_after_department_with_a_second_of_and_a_rank() -> None:
    # val-24-2 (neus), in its words: was 'Joint Chiefs'
    text = (
        "On Thursday, Chairman of the Joint Chiefs of Staff General Joseph Dunford informed the military "
        "that the Pentagon would not implement a ban on transgender troops “until the President's direction "
        "has been received by the Secretary of Defense and the Secretary has issued implementation guidance.”"
    )
    assert _speakers(text) == ["Joseph Dunford"]


def test_two_people_joined_by_and_stay_the_first() -> None:
    # made up guard: "and" joins two titled people, not a department's words
    text = '"No," said Secretary of State Hillary Clinton and Defense Secretary Robert Gates.'
    assert _speakers(text) == ["Hillary Clinton"]


def test_department_with_no_joining_word_unchanged() -> None:
    # made up guard (quotes37's S5): one department word, read by _name_of as before
    assert _speakers('"We are ready," Secretary of Energy Steven Chu said.') == ["Steven Chu"]
