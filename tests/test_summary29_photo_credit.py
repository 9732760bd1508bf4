"""summary29 (item 2): The Guardian prints a photo's credit as a line under the caption ("Photograph :
Dave Martin/AP"), and the extractor glues it to the next sentence, most often the article's lead: the
lead was junk (it opened on "Photograph"), so a Guardian article's summary, claims and timeline lost
it (heap-10000 bpoil_guardian/1416, bpoil_bbc/428's event)."""

from __future__ import annotations

import pytest

from newsprism.analyse.leadin import cut_lead_in
from newsprism.records import Article
from newsprism.summarise import summarise
from newsprism.summarise.candidates import _first_told

LEAD = (
    "BP 's under-fire chief executive Tony Hayward has admitted that the company was not adequately "
    "prepared to fight the Deepwater Horizon oil leak ."
)


@pytest.mark.parametrize(
    ("credited", "sentence"),
    [
        (f"Photograph : Dave Martin/AP {LEAD}", LEAD),
        (
            "Photograph : Ho/AFP/Getty Images British taxpayers could end up footing the bill .",
            "British taxpayers could end up footing the bill .",
        ),
        (
            "Photograph : Reuters BP is still standing , but the spill has changed the company forever .",
            "BP is still standing , but the spill has changed the company forever .",
        ),
        (
            "Photograph : Jae C. Hong/AP 1.53 pm : Afternoon all , and welcome to our live coverage .",
            "1.53 pm : Afternoon all , and welcome to our live coverage .",
        ),
        (
            "Photograph : Carl de Souza/AFP/Getty Images Health officials scrambled to contain it .",
            "Health officials scrambled to contain it .",
        ),
    ],
)
def test_a_photographs_credit_line_glued_before_a_sentence_is_cut(credited: str, sentence: str) -> None:
    assert cut_lead_in(credited) == sentence


@pytest.mark.parametrize(
    "line",
    [
        "Photograph : Reuters",  # the credit line alone
        "Photograph : Graeme Robertson The sluggish black smear was an eyesore .",  # no agency: no telling
    ],
)
def test_a_credit_whose_end_is_not_told_stays(line: str) -> None:
    assert cut_lead_in(line) == line


def test_a_guardian_articles_lead_behind_a_credit_is_its_first_told_and_summarised() -> None:
    sentences = [
        "Senators have demanded that BP suspends its dividend .",
        f"Photograph : Dave Martin/AP {LEAD}",
        "Hayward told the Financial Times it was entirely fair to criticise BP for not being better "
        "equipped to fight a leak 5,000 feet below the surface .",
    ]
    assert _first_told(sentences) == 1
    article = Article(id="bpoil_guardian/1416", source="test", title=None, text=" ".join(sentences))
    texts = [s.text for s in summarise([article], words=60)]
    assert texts[0].startswith("BP 's under-fire chief executive Tony Hayward has admitted")
