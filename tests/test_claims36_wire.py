"""corroborate (claims36): a sentence of narration printed word for word by two outlets is one source.
Two outlets running one wire paragraph inside otherwise different stories do not check each other:
the claim they alone back is single-source, unless another outlet tells it in its own words. Two
outlets quoting one speaker word for word are two reports of the speech, and a short line may
coincide: both stay corroborated. Real excerpts of heap-10000 (events 534, 371, 437); controls marked.
"""

from __future__ import annotations

import pytest

from newsprism.corroborate import corroborate
from newsprism.corroborate.align import _near, _wording
from newsprism.records import Article, Claim

NAACP = (
    "The final wording won't be released until the NAACP's national board of directors approves the "
    "resolution during its meeting in October."
)
COMMISSION = (
    "The commission will be similar to those that looked into the explosion of the space shuttle Challenger "
    "in 1986 and the Three Mile Island nuclear accident in 1979 ."
)


def claims(*texts: str) -> list[Claim]:
    outlets = ["Fox News", "HuffPost", "Reuters"]
    articles = [
        Article(id=f"a{n}", source=f"a{n}.txt", text=text, outlet=outlets[n]) for n, text in enumerate(texts)
    ]
    return corroborate(articles)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (NAACP, NAACP),
        # one wire sentence, one outlet's copy tokenised ("work ," / "work,")
        (
            "If the steel cap does not work , BP will have to rely on stemming the flow by drilling a relief "
            "well , which would take two to three months .",
            "If the steel cap does not work, BP will have to rely on stemming the flow by drilling a relief "
            "well, which would take two to three months.",
        ),
        # an editor's touch: a word dropped ("earlier on Saturday" / "earlier Saturday")
        (
            "Christmas shoppers cautiously returned to central Athens earlier on Saturday, but many stores had "
            "boarded up their windows instead of replacing the glass, for fear of further violence.",
            "Christmas shoppers cautiously returned to central Athens earlier Saturday, but many stores had "
            "boarded up their windows instead of replacing the glass, for fear of further violence.",
        ),
    ],
    ids=["word-for-word", "tokenised", "one-word-dropped"],
)
def test_one_narrated_sentence_printed_by_two_outlets_is_one_source(a: str, b: str) -> None:
    (claim,) = claims(a, b)
    assert claim.status == "single_source"
    assert claim.article_ids == ("a0", "a1")


def test_a_third_outlet_in_its_own_words_makes_it_corroborated() -> None:
    # control: the wire sentence twice, and a third outlet telling the same fact its own way
    own = (
        "The commission will be similar to those that examined two previous unprecedented U.S. catastrophes "
        "-- the explosion of the space shuttle Challenger in 1986 and the Three Mile Island nuclear accident "
        "in 1979 ."
    )
    (claim,) = claims(COMMISSION, COMMISSION, own)
    assert claim.status == "corroborated"
    assert claim.article_ids == ("a0", "a1", "a2")


@pytest.mark.parametrize(
    "text",
    [
        # control: a quote's words are the speaker's, printed alike by every outlet that quotes him
        '"We have begun both a criminal as well as a civil investigation as is our obligation under the law," '
        "Holder told reporters.",
        # control: a short line may be written alike by two reporters
        "Hundreds of stores have been smashed and looted.",
    ],
    ids=["quote", "short"],
)
def test_a_quote_or_a_short_line_printed_alike_stays_corroborated(text: str) -> None:
    (claim,) = claims(text, text)
    assert claim.status == "corroborated"


@pytest.mark.parametrize(
    "text",
    [
        # the second sentence of a quotation running over several: its closing mark only
        "If these people ca n't stop it , then who in the name of God can ever stop it for us ? \"",
        # the words outside the quotation are few
        'But the original called for the NAACP to "educate its membership and the community that this '
        'movement is not just about higher taxes and limited government."',
    ],
)
def test_a_quotation_has_no_wording_of_the_outlets(text: str) -> None:
    assert _wording(text) is None


def test_a_wording_sets_case_spacing_and_punctuation_aside() -> None:
    assert _wording("It will be Holder 's first trip to survey the damage before a criminal inquiry .") == (
        _wording("It will be Holder's first trip to survey the damage before a criminal inquiry.")
    )


def test_a_wording_within_two_words_is_near_and_three_are_not() -> None:
    wire = _wording("Athens police chiefs mobilised all their forces, including those not on active duty.")
    assert wire is not None
    assert _near(wire, ("athens", "police", *wire[3:-1]))  # "chiefs" dropped, "duty" dropped
    assert not _near(wire, ("athens", "police", *wire[3:-2]))  # three dropped: another text


def test_wordings_of_two_figures_are_not_near() -> None:
    # one word apart, but each outlet gives its own figure: its own reading, not a printing of the other
    a = _wording("The epicentre was 58 kilometers southwest of Bandar Abbas, the US Geological Survey said.")
    b = _wording("The epicentre was 35 miles southwest of Bandar Abbas, the US Geological Survey said.")
    assert a is not None and b is not None
    assert not _near(a, b)
