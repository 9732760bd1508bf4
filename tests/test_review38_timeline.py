"""review38: timeline36's CAPTION_CREDIT (1d9b3779) reads a sentence as a picture's caption when an agency's
name, bare, opens the text after it. A story's last sentence is followed by its agency's contributor line
("AP Business Writer Kelly Olsen in Seoul contributed to this report.", heap-10000 l3s_gn1 5e5b9e2e) and
a BBC page's last sentence by its list of other sites' links, whose first source is "Reuters UK" (T17
bpoil_bbc/204, /520): neither is a credit, and the sentence is the story's own."""

from __future__ import annotations

import pytest

from newsprism.timeline import _is_caption


@pytest.mark.parametrize(
    ("sentence", "after"),
    [
        (
            "Samsung's share price rose as much as 3 percent Tuesday before paring gains as the broader stock "
            "market turned south to finish 1.3 percent higher at 532,000 won ($567).",
            "\n\nAP Business Writer Kelly Olsen in Seoul contributed to this report.",
        ),
        (
            "BP has faced mounting criticism for its handling of what has become the worst environmental "
            "disaster in US history , as the leak continues to spread despite efforts to contain it .",
            " Reuters UK Legal drilling battle looms as Gulf spill spreads - 1 hr ago France24 Judge ends",
        ),
    ],
)
def test_an_agency_writer_or_edition_after_a_sentence_is_no_credit(sentence: str, after: str) -> None:
    assert not _is_caption(sentence, after)


@pytest.mark.parametrize(
    "after",
    [
        " AP NEW ORLEANS -- BP crews worked Saturday to slowly raise the blowout preventer",
        " AP Photo/Dave Martin According to government estimates , between",
        " Reuters Rep. Joe Barton 's apology to BP Chief Tony Hayward",
        " AP",
    ],
)
def test_a_bare_agency_credit_still_tells_a_caption(after: str) -> None:
    # T17 bpoil_foxnews/1490, /1118, /1278: the credits CAPTION_CREDIT was written for
    caption = (
        "Oil floats in the water near the source of the Deepwater Horizon oil spill in the Gulf of Mexico ."
    )
    assert _is_caption(caption, after)
