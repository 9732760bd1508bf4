"""entities47: heap-10000's sample seed 49 and entities46's leftovers: a name with an age set apart
after it is a person's, a ground's "X Field" is a place, an arena's "X Center" in a report on a game
is a place. Each case is cut from the heap-10000 or dev text named in its comment, or marked made up."""

from __future__ import annotations

import pytest

from newsprism.analyse.entities import find_mentions


def typed(text: str) -> dict[str, str | None]:
    return {m.name: m.type for m in find_mentions(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # H1N1_guardian/477 (seed 49 no. 1, "Fabiano Lopez" other)
        (
            "Normally tens of thousands of flag-wavers would congregate in the Zocalo , a magnifient plaza ."
            " Fabiano Lopez , a 73-year-old Marxist in a yellow shirt , stood in the empty square .",
            "Fabiano Lopez",
        ),
        # bpoil_foxnews/54
        (
            "Cade Thomas , a 38-year-old fishing guide from Pine , La. , said the oil is coming .",
            "Cade Thomas",
        ),
    ],
)
def test_a_name_with_an_age_set_apart_is_a_person(text: str, name: str) -> None:
    assert typed(text).get(name) == "person", typed(text)


def test_a_firms_age_set_apart_makes_no_person() -> None:
    # made up: a firm's age, no person's
    assert (
        typed("Acme Widgets , a 100-year-old company in Ohio , said it would close .").get("Acme Widgets")
        != "person"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # l3s_gn1-234b1541 (seed 49 no. 50, "Lambeau Field" other)
        (
            "On Saturday at Qwest Field, 45 minutes after the Seahawks' win over Washington assured them of"
            " returning to Lambeau Field, Hasselbeck was asked about it.",
            "Lambeau Field",
        ),
        ("On Saturday at Qwest Field, the Seahawks won.", "Qwest Field"),
    ],
)
def test_a_grounds_field_is_a_place(text: str, name: str) -> None:
    assert typed(text).get(name) == "place", typed(text)


def test_a_given_name_before_field_stays_a_person() -> None:
    # made up: "Field" is a surname too ("Sally Field", the actress)
    assert typed("The award went to Sally Field on Sunday.").get("Sally Field") == "person"


def test_an_arena_in_a_report_on_a_game_is_a_place() -> None:
    # made up after the NBA previews of heap-10000 ("at Staples Center", "at the Target Center")
    text = "The Lakers beat the Suns 104-100 at Staples Center on Sunday. Kobe Bryant scored a game-high 30 points."
    assert typed(text).get("Staples Center") == "place", typed(text)


def test_a_center_outside_a_game_stays_an_organisation() -> None:
    # made up: no game, an organisation's "Center"
    text = "He was treated at the Betty Ford Center in California after the tour."
    assert typed(text).get("Betty Ford Center") == "organization", typed(text)


def test_the_swiss_bank_named_alone_is_an_organisation() -> None:
    # H1N1_reuters/806 (seed 49 no. 19, "Credit Suisse" other)
    text = "Credit Suisse analysts said companies with the know-how to make pandemic flu vaccines stood to benefit ."
    assert typed(text).get("Credit Suisse") == "organization", typed(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # bpoil_washingtonpost/1163: an adverb that opens the sentence
        (
            "The Ethicist answered a question like this recently . Basically , a 36-year-old woman wanted to know .",
            "Basically",
        ),
        # bpoil_foxnews/2167: the town of the person before it
        (
            "said Shane Robichaux , of Chauvin , a 39-year-old registered nurse relaxing at his camp .",
            "Chauvin",
        ),
    ],
)
def test_one_word_before_an_age_is_no_person(text: str, name: str) -> None:
    assert typed(text).get(name) != "person", typed(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # bpoil_washingtonpost/1727 (the event's "Suisse" other beside "Credit Suisse")
        (
            "Its credit rating fell . Credit Suisse on Thursday issued a report that clean-up costs could total $ 15 billion .",
            "Credit Suisse",
        ),
        # bpoil_washingtonpost/521
        ("I see the white smoke . White House told them they will build two .", "White House"),
    ],
)
def test_a_known_organisation_opening_a_sentence_keeps_its_first_word(text: str, name: str) -> None:
    assert name in typed(text), typed(text)
