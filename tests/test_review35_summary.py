"""review35 (session 30): findings on session 30's summary rules (summarise.candidates), each shown
on made-up sentences the rule misreads. Each test is xfail(strict) until the patch its reason names
is applied (against HEAD)."""

from __future__ import annotations

import pytest

from newsprism.summarise.candidates import _is_junk


@pytest.mark.parametrize(
    "sentence",
    [
        "Negotiators said a deal can be reached by Friday if both sides give ground .",
        "The wellhead can be reached only by robot submarines a mile below the surface .",
        "The rig can be reached from shore in two hours .",
        "Three universities contributed to the report , which found the cement had failed .",
    ],
)
def test_can_be_reached_told_of_a_deal_or_a_place_is_news(sentence: str) -> None:
    # 2a95f9d's _contact reads any "can be reached" / "can be contacted" and any "contributed to the
    # report" as a page's contact or credit line; a contact line says how (at, on, via, by e-mail or
    # phone) and a credit ends on the report
    assert not _is_junk(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Christopher L. Gasper can be reached at cgasper@globe.com .",
        "David Jessop can be contacted at david.jessop@caribbean-council.org",
        "Associated Press writer Frederic J. Frommer contributed to this story .",
        "Maria Smith contributed to the report .",
        "She can be reached by e-mail or on Twitter .",
    ],
)
def test_a_contact_or_credit_line_stays_junk(sentence: str) -> None:
    # heap-10000's contact lines (control)
    assert _is_junk(sentence)
