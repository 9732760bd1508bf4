"""A wire dateline and credit glued after a page's stamp, byline or headline bullets, with no "|"
before it, is cut from the sentence a timeline shows."""

from __future__ import annotations

import pytest

from newsprism.analyse.leadin import cut_lead_in


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        (
            "2009 04 25 08:50 JST By Alistair Bell and Noel Randewich MEXICO CITY ( Reuters ) - A strain of flu "
            "never seen before has killed up to 60 people in Mexico .",
            "A strain of flu never seen before has killed up to 60 people in Mexico .",
        ),
        (
            "( Repeats to more subscribers without changes in text ) SINGAPORE , April 27 ( Reuters ) - As fears "
            "grow about a pandemic , Asia can look to the 2003 SARS epidemic .",
            "As fears grow about a pandemic , Asia can look to the 2003 SARS epidemic .",
        ),
        (
            "* Turkey confirms first case of H1N1 swine flu * Virus detected in traveller ( Adds ministry "
            "confirmation ) ISTANBUL , May 16 ( Reuters ) - Turkey identified its first case of H1N1 swine flu .",
            "Turkey identified its first case of H1N1 swine flu .",
        ),
        # review19t: a header of four bullets, a note and a byline puts the credit 351 characters in
        (
            'UPDATE 4-US says most BP spill oil is gone or degrading * 50 percent of BP oil " completely gone '
            'from the system " * Most of the rest rapidly degrading , NOAA chief says * Microscopic droplets '
            "still toxic to marine wildlife ( Updates with NOAA 's Lubchenco , environmental comment ) By "
            "Deborah Zabarenko , Environment Correspondent WASHINGTON , Aug 4 ( Reuters ) - Most oil from the "
            "BP spill is gone .",
            "Most oil from the BP spill is gone .",
        ),
    ],
)
def test_a_glued_wire_dateline_is_cut(sentence: str, shown: str) -> None:
    assert cut_lead_in(sentence) == shown


def test_a_credit_quoted_inside_prose_stays() -> None:
    # no dateline in capitals before the credit
    sentence = (
        "The figures were first reported by a news agency ( Reuters ) - and then denied by the ministry ."
    )
    assert cut_lead_in(sentence) == sentence
