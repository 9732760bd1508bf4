"""quotes35: a role phrase that the article gives to no name ("the Galveston mayor said") is the
person just named only when nothing else is told between them and the article gives that person no
other office (speakers._role_named_before); else no one the article names (bench/README
"quotes35"). Excerpts of heap-10000 and the dev texts in their words, where named; the rest made up."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


# bpoil_foxnews/2126: the mayor is no one the article names; Biden was named two sentences before
GALVESTON = (
    "At midday , he and Vice President Biden will get a briefing in the Oval Office on the oil spill . "
    "In the Gulf : Authorities were probing whether tar balls that washed up on the Texas shore came "
    'directly from the BP oil spill . The Galveston mayor said he was " cautiously optimistic " the '
    "contamination was a fluke , and not a sign of more oil to come ."
)

# H1N1_guardian/128: Alan Johnson is named last, but as the health secretary, not the prime minister
BROWN = (
    "Gordon Brown , who later today will join a meeting of the government 's Cobra emergency committee "
    ", chaired by the health secretary , Alan Johnson , called for concerted global action to combat "
    'the virus . " Swine flu is an international problem now . It is across two continents , " the '
    "prime minister said during a visit to Poland ."
)


def test_a_role_named_two_sentences_after_a_person_is_no_one_named() -> None:
    assert _speakers(GALVESTON) == [None]


def test_a_person_the_article_gives_another_office_does_not_hold_the_role() -> None:
    assert _speakers(BROWN) == [None]


def test_a_spokesman_for_a_governor_is_not_a_senators() -> None:
    # made up (the brief's case): only "Senator Bernie Sanders" is named, and he is no governor
    text = (
        "Senator Bernie Sanders spoke in Iowa on Tuesday . "
        'A spokesman for the governor said : " We have not seen the plan . "'
    )
    assert _speakers(text) == [None]


def test_the_person_just_named_is_renamed_by_a_role() -> None:
    # controls, right before and after: train-94-2 and l3s_gn1-95469dc3 (the person's own quoted
    # sentences between the name and the role do not count)
    trump = (
        "Donald Trump says the government should get a cut from the sale of TikTok's US unit if an "
        'American firm buys it. The US president said he made a demand for a "substantial portion" of '
        "the purchase price in a phone call at the weekend with Microsoft's boss."
    )
    assert _speakers(trump) == ["Donald Trump"]
    ferdinand = (
        "If Rio Ferdinand was thinking the same, he diplomatically kept it to himself. 'Wayne made the "
        "difference. He changes a game,' the United centre-half said. 'He's a fantastic footballer.'"
    )
    assert _speakers(ferdinand) == ["Rio Ferdinand", "Rio Ferdinand"]


def test_a_governor_named_as_such_stays_his() -> None:
    # made up control: "Gov. Rick Perry" holds the role (by_title), however far back
    text = (
        "Gov. Rick Perry signed the bill on Monday . Lawmakers had argued over it for weeks . "
        "The session ended late . "
        'The Texas governor said : " This is a good day for Texas . "'
    )
    assert _speakers(text) == ["Rick Perry"]
