"""quotes33c: a name after "from" that only says where an unnamed person of the subject is from is
no speaker ("a toxicologist from Texas Tech University is scheduled to tell"; cues._member_from,
bench/README "quotes33c"). A statement or an announcement from a source, and one who speaks for it,
stay the source's. Cases from heap-10000 and the dev texts, in their words."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in find_quotes(text, "x", None)]


# bpoil_guardian/593 (and its word-shuffled copy): the toxicologist speaks, not the university
TOXICOLOGIST = (
    "Independent scientists also criticised the EPA . On Wednesday , a toxicologist from Texas Tech "
    'University is scheduled to tell a Senate hearing that the unprecedented use of dispersants " created '
    'an eco-toxicological experiment " . " The bottom line is that a lot of oil is still at sea dispersed '
    'in the water column , " said Ron Kendall .'
)

# clustering/ecbplus/14_7ecb (control): a statement from a source is the source's
WAITROSE = (
    'The fire started on Friday night .\nA statement from Waitrose said: "Damage to the building is '
    'extensive, however it is too early to confirm the cause."'
)


def test_a_person_noun_before_from_is_the_unnamed_speaker() -> None:
    # (alone, the toxicologist is no one named; quotes34's find._named_next then gives him the name
    # written bare at the very next quote, below)
    alone = TOXICOLOGIST[: TOXICOLOGIST.index(' " The bottom line')]
    assert _quotes(alone) == [("created an eco-toxicological experiment", None)]
    quotes = _quotes(TOXICOLOGIST)
    assert quotes[0] == ("created an eco-toxicological experiment", "Ron Kendall")
    # the quote that names its speaker keeps him
    assert quotes[1][1] == "Ron Kendall"


def test_a_researcher_from_a_university() -> None:
    assert _quotes('A researcher from the University of Iowa said "the data are clear".') == [
        ("the data are clear", None)
    ]


def test_a_statement_from_an_organisation_stays_its_own() -> None:
    assert _quotes(WAITROSE)[0][1] == "Waitrose"


def test_one_who_speaks_for_the_organisation_stays_its_own() -> None:
    # an official or a spokesman speaks for the organisation he is from
    assert _quotes('An official from the EPA said "we are reviewing it".')[0][1] == "EPA"
    assert _quotes('A spokesman from Waitrose said "we are sorry".')[0][1] == "Waitrose"


def test_a_person_after_from_stays() -> None:
    assert _quotes('A message from Obama said "we will act".')[0][1] == "Obama"
