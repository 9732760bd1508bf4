"""review37 (session 31): findings on session 31's summary rules (summarise.candidates), each shown on
sentences the rule misreads. Each test is xfail(strict) until the patch its reason names is applied
(against HEAD)."""

from __future__ import annotations

import pytest

from newsprism.summarise.candidates import _caption, _clean


@pytest.mark.parametrize(
    "text",
    [
        # T17 bpoil_bbc/1191: news, read as a photo's caption by "use"
        "An attempt to use a larger containment dome failed on Sunday when it became clogged with ice and gas .",
        "An effort to clean the marshes with booms failed last month in Plaquemines Parish .",
    ],
)
def test_a_scene_verb_in_an_infinitive_makes_no_caption(text: str) -> None:
    # 7112b1f's _SCENE: an indefinite subject and a present verb of what a picture shows ("A Roma woman
    # ... passes a logo ... in Brussels."); "to use", "to clean" are no present tense
    assert not _caption(text)


@pytest.mark.parametrize(
    "text",
    [
        "A Roma woman with a child passes a logo of the European Commission in Brussels.",
        "A worker carries a fan into the Golden Rule Charter School after a suspected case of swine flu"
        " caused the school to close in Dallas , Texas April 29 , 2009 .",
    ],
)
def test_a_scene_in_the_present_stays_a_caption(text: str) -> None:
    # (control: 7112b1f's wsj_brussels_12 and a T17 caption)
    assert _caption(text)


@pytest.mark.parametrize(
    "text",
    [
        # heap H1N1_bbc/963, bpoil_bbc/2041, bpoil_foxnews/1360: a term in scare quotes before a name
        "Throwing the full might of precautions put in place to fight a ` deadly ' H1N5 flu on a milder H1N1"
        " flu seems wastful and costly .",
        "As for ` sacking ' Tony Hayward , what exactly makes Obama feel he is qualified ?",
        "By ` independent ' I mean ( and I think the context is clear ) that you are independent of BP .",
        # heap bpoil_reuters/1478: single quotes inside a double quotation
        '" I have to challenge the word ` exercise , \' Doug , " Landry said .',
    ],
)
def test_a_sentence_with_a_word_in_single_quotes_keeps_its_opening(text: str) -> None:
    # 099c71b's _QUOTED_HEADLINE: a phrase in single quotes before a capital ends a headline glued before
    # the lead; it fires on every sentence, and prose quotes a term before a name too
    assert _clean(text) == text


def test_a_headline_ending_on_a_quoted_claim_is_still_cut() -> None:
    # (control: 099c71b's case, heap bpoil_bbc/183)
    text = "BP oil leak plug ` going as planned ' The oil company BP says its new attempt is going to plan ."
    assert _clean(text) == "The oil company BP says its new attempt is going to plan ."
