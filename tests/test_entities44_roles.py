"""entities44: session 30's leftovers of a general class: a person named Hall is no hall, and an
office's title outranks an occupation's or a life's apposition as a person's role."""

from __future__ import annotations

from collections import Counter

import pytest

from newsprism.analyse.entities import find_mentions
from newsprism.analyse.entities.coreference import _best_role


def typed(text: str) -> dict[str, str | None]:
    return {m.name: m.type for m in find_mentions(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # bpoil_reuters/1736
        (
            '" This is a multi-billion dollar event , " said Keith Hall , an attorney with the firm Stone '
            "Pigman in New Orleans .",
            "Keith Hall",
        ),
        # 9_2ecb
        ("Dale Hall, who directs the Fish and Wildlife Service, said the change was needed.", "Dale Hall"),
        # 13_8ecbplus
        (
            "A Crowley employee was at the office within minutes, said terminal manager Jasper Hall.",
            "Jasper Hall",
        ),
    ],
)
def test_a_given_name_before_hall_is_a_person(text: str, name: str) -> None:
    assert typed(text)[name] == "person"


def test_city_hall_stays_a_place() -> None:
    # guard (made up): no given name before "Hall"
    assert typed("Protesters gathered outside City Hall on Monday.")["City Hall"] == "place"


def test_an_offices_title_outranks_an_occupations_apposition() -> None:
    # heap train-* (Cori Bush, two articles of one event): "Democratic Missouri Rep. Cori Bush" and
    # "Bush, a nurse and mother of two,"
    text = (
        "Democratic Missouri Rep. Cori Bush riled up her online critics on Thursday. During her "
        "testimony, Bush, a nurse and mother of two, opened up about her personal experience."
    )
    assert {m.role for m in find_mentions(text) if m.name == "Cori Bush"} == {"Democratic Missouri Rep."}
    assert _best_role(Counter({"nurse and mother of two": 1, "Rep.": 1})) == "Rep."


def test_an_apposition_outranks_a_military_rank() -> None:
    # guard (allsides, Alexander Vindman): a rank is no office; the apposition says what he does
    votes = Counter({"top Ukraine expert on the National Security Council": 1, "Lt. Col.": 1})
    assert _best_role(votes) == "top Ukraine expert on the National Security Council"


@pytest.mark.parametrize(
    ("votes", "best"),
    [
        # heap digest events: "chief" and "leader" head any group's role and say nothing alone
        ({"Admiral": 1, "chief": 1}, "Admiral"),
        ({"commentator": 1, "leader": 1}, "commentator"),
        # Michelle Obama: a first lady's is an office's title too
        ({"former first lady": 1, "Former President": 1}, "former first lady"),
    ],
)
def test_a_bare_chief_or_leader_is_no_offices_title(votes: dict[str, int], best: str) -> None:
    assert _best_role(Counter(votes)) == best
