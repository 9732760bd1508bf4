"""summary32: a wire's bare name, a photo's credit on Fox News's pages, glued before the next sentence is
cut (analyse.leadin.cut_lead_in); a writer's title, an edition or a photographer's credit is left."""

from __future__ import annotations

import pytest

from newsprism.analyse.leadin import cut_lead_in


@pytest.mark.parametrize(
    ("sentence", "cut"),
    [
        (
            "AP Anadarko Petroleum Corp. , which owns a quarter of the blown-out well , blamed BP on Friday .",
            "Anadarko Petroleum Corp. , which owns a quarter of the blown-out well , blamed BP on Friday .",
        ),
        (
            "Reuters BP 's embattled boss is set to be replaced amid leadership changes at the firm .",
            "BP 's embattled boss is set to be replaced amid leadership changes at the firm .",
        ),
        (
            "AFP/Getty Images NEW ORLEANS -- The best short-term solution to the spill is a dome .",
            "The best short-term solution to the spill is a dome .",
        ),
    ],
)
def test_a_wires_bare_credit_before_a_sentence_is_cut(sentence: str, cut: str) -> None:
    assert cut_lead_in(sentence) == cut


@pytest.mark.parametrize(
    "sentence",
    [
        "AP Business Writer Kelly Olsen in Seoul contributed to this report .",
        "Reuters UK Legal drilling battle looms as Gulf spill spreads - 1 hr ago",
        "AP reported on Monday that the well had been capped for good .",
        "AP Photo/Dave Martin As much as 1 million times the normal level of methane was found .",
    ],
)
def test_a_title_an_edition_or_a_photographers_credit_is_left(sentence: str) -> None:
    assert cut_lead_in(sentence) == sentence
