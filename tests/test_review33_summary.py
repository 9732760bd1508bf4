"""review33: summarise.candidates, on heap-10000 sentences: "those" points back (_leans_back: no
summary opens on it) only where no phrase of its own follows it, an opening connective that _clean
leaves leans on the sentence before, and a comments section's disclaimer is page furniture (_is_junk).
The first fix alone let the disclaimer open 4 heap summaries that its "those" had kept from opening
by chance, and "As a result, ..." open another."""

from __future__ import annotations

import pytest

from newsprism.summarise.candidates import _is_junk, _leans_back

# heap-10000 copy-000819-231436, its first two sentences (an AP story)
GREEN_LIGHT = (
    "ALBANY, N.Y. – Federal immigration and border officials have been blocked from New York's DMV "
    "database, a move that keeps them from accessing data that can be used to help determine whether a "
    "vehicle owner is in the country illegally. "
    "New York's Green Light Law took effect Saturday, allowing those without legal immigration status "
    "to apply for driver's licenses in New York."
)


def _leans(article: str, opening: str) -> bool:
    start = article.index(opening)
    return _leans_back(article[start:], article, start)


@pytest.mark.parametrize(
    ("article", "opening"),
    [
        # "those" with its own phrase is the people it describes: the sentence tells its news whole
        (GREEN_LIGHT, "New York's Green Light Law"),
        # heap-10000 H1N1_bbc/64: "or those with other chronic health problems"
        (
            "Chickenpox can be fatal - but that is rare Although chickenpox can be fatal - that is rare . "
            "Dangerous complications can happen in a small number of healthy children or those with other "
            "chronic health problems .",
            "Dangerous complications",
        ),
    ],
)
def test_those_with_its_own_phrase_points_at_nothing_before(article: str, opening: str) -> None:
    assert not _leans(article, opening)


@pytest.mark.parametrize(
    ("article", "opening"),
    [
        # heap-10000 train-2357-0: what more the sentence before tells
        (
            "Arizona, Montana, New Jersey and South Dakota voted to legalize marijuana in election "
            "referendums, bringing the total to 15 states where the drug will be legal. In addition, 38 "
            "states allow medical marijuana.",
            "In addition",
        ),
        # heap-10000 l3s_gn1-0969f54e: against what the sentence before tells
        (
            "She knew all about contractions -- the first birth had taken 36 hours of labor, the second "
            "took 24 -- but this didn't feel like a contraction, she says. Nevertheless, she asked her "
            "husband to phone the hospital.",
            "Nevertheless",
        ),
    ],
)
def test_an_opening_connective_leans_on_the_sentence_before(article: str, opening: str) -> None:
    assert _leans(article, opening)


def test_a_comments_disclaimer_is_furniture() -> None:
    # heap-10000 bpoil_reuters/1151, 1234, 1004, 1032: it stood in their event summaries
    assert _is_junk("Views expressed in the comments do not represent those of Reuters .")


@pytest.mark.parametrize(
    ("article", "opening"),
    [
        # heap-10000 bpoil_washingtonpost/1388: the days of the 1969 spill told before
        (
            "Forty-one years and many generations of technology later , BP is attacking the oil spill in "
            "the Gulf of Mexico with techniques similar to those used in Santa Barbara . And just as in "
            "those days , choppy water and strong winds can make it impossible to use those tools to "
            "bottle up oil once it has leaked into open seas .",
            "And just as in",
        ),
        # heap-10000 val-92-2: "those striking words" are the words quoted before
        (
            '“Honestly, his demeaning fake orgasm was really the straw that broke the camel’s back." With '
            "those striking words in an interview published late Sunday, Lisa Page, the ex-FBI lawyer who "
            "carried on an extramarital affair with former FBI head of counterintelligence Peter Strzok as "
            "the two exchanged anti-Trump text messages, said she was breaking her silence.",
            "With those striking words",
        ),
    ],
)
def test_those_before_its_noun_still_points_back(article: str, opening: str) -> None:
    """Controls: "those" and a noun stay a pointer back, with the patch or without."""
    assert _leans(article, opening)
