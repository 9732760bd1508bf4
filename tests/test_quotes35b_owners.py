"""quotes35b: a role that renames the person the sentence before names only as an owner ("The
president 's swipe at Hayward 's gaffes is also fair . The chief executive 's “…”") is that person,
unless that sentence names a person as its subject, who comes first (speakers._role_named_before,
people.persons_owning). Excerpts of heap-10000 and the dev texts in their words."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


def test_a_role_renames_a_person_named_as_an_owner() -> None:
    # bpoil_guardian/171 (was None: the possessive was no salient mention)
    text = (
        "BP 's Tony Hayward spoke at a press conference in Louisiana . This sounded like a blunt "
        "message to BP 's board to sack its chief executive since Hayward is , in a sense , working "
        "for Obama as well as the company 's shareholders . The president 's swipe at Hayward 's gaffes "
        'is also fair . The chief executive \'s " I want my life back " comment was a bad slip .'
    )
    assert _speakers(text) == ["Tony Hayward"]


def test_the_sentence_s_subject_comes_before_an_owner() -> None:
    # neus/val-222-0, the control: the owner 'Robert Mueller' stands after the subject
    text = (
        "Mitch McConnell pointedly declared “case closed” on special counsel Robert Mueller’s "
        "investigation on Tuesday, in an extended partisan riff. The GOP leader offered little defense "
        "of the report, instead saying that Democrats were “angry that our legal system will not "
        "magically undo the 2016 election.”"
    )
    assert _speakers(text) == ["Mitch McConnell", "Mitch McConnell"]
