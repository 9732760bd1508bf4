"""summary29 (item 3): a page's headline glued before its first sentence, ending on a phrase in the
tokenised page's single quotes ("BP oil leak plug ` going as planned ' The oil company BP says ...",
heap-10000 bpoil_bbc/183) is cut; a quotation inside a sentence goes on with a mark or in lower
case, and stays."""

from __future__ import annotations

import pytest

from newsprism.records import Article
from newsprism.summarise import summarise
from newsprism.summarise.candidates import _clean

LEAD = (
    "The oil company BP says its new attempt to seal a leaking oil well in the Gulf of Mexico is going "
    "according to plan ."
)


@pytest.mark.parametrize(
    ("glued", "sentence"),
    [
        (f"BP oil leak plug ` going as planned ' {LEAD}", LEAD),
        (
            "Mr Hayward initially said the impact would be ` very modest ' In the wake of the spill , BP "
            "chief executive Tony Hayward has been criticised .",
            "In the wake of the spill , BP chief executive Tony Hayward has been criticised .",
        ),
        # a quotation in prose stays
        (
            "He said the impact would be ` very modest ' and left it there .",
            "He said the impact would be ` very modest ' and left it there .",
        ),
        ("She called it ` a disaster ' , and BP agreed .", "She called it ` a disaster ' , and BP agreed ."),
    ],
)
def test_a_headline_ending_on_a_quoted_phrase_is_cut(glued: str, sentence: str) -> None:
    assert _clean(glued) == sentence


def test_the_summary_opens_on_the_lead_without_the_headline() -> None:
    text = (
        f"BP oil leak plug ` going as planned ' {LEAD} A mud-like liquid and cement are being forced into "
        "the breach . BP says the operation has a 60 to 70 per cent chance of success ."
    )
    article = Article(id="bpoil_bbc/183", source="test", title=None, text=text)
    assert summarise([article], words=60)[0].text == LEAD


@pytest.mark.parametrize(
    ("tokenised", "sentence"),
    [
        (
            "However , two US Senators called for the dividends to be cut .",
            "Two US Senators called for the dividends to be cut .",
        ),
        (
            "Meanwhile , health officials in Japan have identified the first case .",
            "Health officials in Japan have identified the first case .",
        ),
    ],
)
def test_a_leading_connective_before_a_tokenised_comma_goes(tokenised: str, sentence: str) -> None:
    # summary29: a tokenised page spaces its commas ("However , "): _LEADING_CONNECTIVE missed them
    assert _clean(tokenised) == sentence
