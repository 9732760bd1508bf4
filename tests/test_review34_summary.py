"""review34 (session 30): findings on session 29's summarise rules (summarise.candidates), each
shown on heap-10000 sentences the rule misreads. Each test is xfail(strict) until the patch its
reason names is applied (against HEAD)."""

from __future__ import annotations

import pytest

from newsprism.summarise.candidates import _leans_back

# the lead of a Reuters swine flu story, before the sentence under test
LEAD = "Mexico closed its schools on Monday as the flu spread. "


def _leans(sentence: str) -> bool:
    article = LEAD + sentence
    return _leans_back(sentence, article, len(LEAD))


@pytest.mark.parametrize(
    "sentence",
    [
        # heap-10000 H1N1_reuters/651, bpoil_foxnews/992, train-1463-1
        "Last month , Egypt ordered the culling of all the country 's 300,000 to 400,000 pigs as a "
        "precaution against the new H1N1 influenza strain , also known as swine flu .",
        "The static kill -- also known as bullheading -- involved slowly pumping the mud from a ship "
        "down lines running to the top of the ruptured well a mile below .",
        "The House Oversight and Reform Committee passed H.R. 51, also known as the Washington, D.C., "
        "Admission Act, in a 25-19 party-line vote.",
    ],
)
def test_an_appositions_also_known_as_adds_nothing(sentence: str) -> None:
    # ae00baf's _ADDING reads every "also" as adding to a sentence before: an apposition's "also
    # known as" gives a thing its other name, so the sentence may open a summary
    assert not _leans(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # heap-10000 13_8ecbplus: "also" of the clause's own verb adds
        "It was also known as the Colony Project Warehouse because it was built as part of the "
        "federal Matanuska Colony Project during the New Deal era.",
        "The company also said it would cut 300 jobs.",
    ],
)
def test_an_also_of_the_verb_still_adds(sentence: str) -> None:
    assert _leans(sentence)


# an article naming "State Police" and "the Department of Public Health" before its later sentences,
# and writing "police" and "health" in lower case too, as a news story does
POLICE_STORY = (
    "A bomb went off outside a bank in Salem on Friday, State Police said. The Department of Public "
    "Health said two people were treated for smoke at the hospital, and city police closed the street "
    "while health workers checked the neighbours. "
)


def _leans_in(article: str, sentence: str) -> bool:
    whole = article + sentence
    return _leans_back(sentence, whole, len(article))


@pytest.mark.parametrize(
    "sentence",
    [
        # heap-10000's commonest of such openings (Health x31, Police x21, Oil x14 sentences)
        "Police said a man was seen running from the bank before the blast.",
        "Health officials said the smoke was not toxic.",
    ],
)
def test_a_common_nouns_capital_is_no_surname_told_before(sentence: str) -> None:
    # ae00baf's _SHORT_NAME reads the capitalised word opening a sentence as a surname of a fuller
    # name told before ("State Police", "Public Health"): a word the article also writes in lower
    # case is a common noun there, unless a given name came before it
    assert not _leans_in(POLICE_STORY, sentence)


@pytest.mark.parametrize(
    ("article", "sentence"),
    [
        # a surname the article also writes in lower case still leans after its given name
        (
            "BP's Kent Wells said the company would drill two relief wells. The wells take months. ",
            "Wells said the first would reach the leak in August.",
        ),
        (
            POLICE_STORY + "Officer Tom Brady of the city police spoke to reporters. ",
            "Brady said no one died.",
        ),
    ],
)
def test_a_surname_told_in_full_before_still_leans(article: str, sentence: str) -> None:
    assert _leans_in(article, sentence)
