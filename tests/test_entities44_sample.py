"""entities44: the wrong classes of a heap-10000 sample (seed 46): a source named after "according to"
is an organisation, and a cemetery is a place."""

from __future__ import annotations

import pytest

from newsprism.analyse.entities import find_mentions


def typed(text: str) -> dict[str, str | None]:
    return {m.name: m.type for m in find_mentions(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # bpoil_guardian/657 (sample no. 48: "Markit" other)
        (
            "The price jumped $ 68,000 from the previous day , according to Markit . Investors demand more .",
            "Markit",
        ),
        # bpoil_reuters/1793
        ("Singapore rose 0.7 percent , according to Thomson Reuters data .", "Thomson Reuters"),
        # H1N1_bbc/851
        ("Airlines stand to lose the most - $ 3.3 bn according to Iata 's projections .", "Iata"),
        # train-611-0
        ("Five of the top dramas were cop shows, according to Nielsen.", "Nielsen"),
    ],
)
def test_a_source_after_according_to_is_an_organisation(text: str, name: str) -> None:
    assert typed(text)[name] == "organization"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # guards (bpoil_guardian/1732, val-94-2, train-110-1): people of a place, a demonym, an outlet's "The"
        (
            "Costs could reach $ 12.5 bn , according to City analysts , with BP 's share $ 8bn .",
            "City",
            "other",
        ),
        (
            "The lawyer's letter reads so, according to The Hill. The lawyer asked for a retraction.",
            "The Hill",
            "organization",
        ),
    ],
)
def test_a_source_after_according_to_guards(text: str, name: str, kind: str) -> None:
    assert typed(text)[name] == kind


def test_according_to_a_demonyms_media_names_no_organisation() -> None:
    # guard (val-94-2)
    assert "North Korean" not in typed("It was reckless, according to North Korean state media.")


@pytest.mark.parametrize(
    "text",
    [
        # 5996_center, copy-001052-015834 (sample no. 34: "Abraham Hughes National Cemetery" a person)
        "He was buried alongside other veterans in Abraham Lincoln National Cemetery in Elwood.",
        # 4_8ecb
        "A private funeral service will be held Tuesday, Dec. 16, at Westwood Memorial Cemetery.",
    ],
)
def test_a_cemetery_is_a_place(text: str) -> None:
    assert "place" in {m.type for m in find_mentions(text) if m.name.endswith("Cemetery")}
