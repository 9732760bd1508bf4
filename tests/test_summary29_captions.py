"""summary29 (item 2): a caption that tells what a picture shows with no day (an unnamed someone at a
place, in the present tense: cleanportaleval-blogs_wsj_com_brussels_12) and a review's fact box
("THE DIVING BELL AND THE BUTTERFLY Rating: 3 1/2 out of 4 stars.", l3s_gn1-2b728946) opened
summaries as their article's lead."""

from __future__ import annotations

import pytest

from newsprism.records import Article
from newsprism.summarise import summarise
from newsprism.summarise.candidates import _is_junk

ROMA = "A Roma woman with a child passes a logo of the European Commission in Brussels."


@pytest.mark.parametrize(
    "text",
    [
        ROMA,
        "People cross a normally busy street in Mexico City .",
        "A BP worker inspects a segment of pipeline in Prudhoe Bay in Alaska , North America 's largest oil field .",
        "An oyster boat sails past anchored fishing vessels on a waterway in Yscloskey , Louisiana .",
        "THE DIVING BELL AND THE BUTTERFLY Rating: 3 1/2 out of 4 stars.",
        "Rated: PG-13 for nudity, sexual content, language.",
    ],
)
def test_a_caption_with_no_day_and_a_fact_box_are_junk(text: str) -> None:
    assert _is_junk(text)


@pytest.mark.parametrize(
    "text",
    [
        # news in the present tense: an auxiliary, "said", or no place at the end
        "A new documentary shows what disaster recovery looks like in the long-term , by examining three "
        "survivors of the 2004 tsunami in Southeast Asia .",
        "An important election takes place Tuesday in New York City.",
        "A man selling Revolution newspaper stands up , and denounces the commission as illegitimate .",
        "People of all walks of life are drawn to Tamworth in January for the festival.",
        "The film earned a rating of 3 out of 4 stars from the paper's critic.",
    ],
)
def test_news_in_the_present_tense_stays(text: str) -> None:
    assert not _is_junk(text)


def test_a_blog_post_under_a_caption_opens_on_its_own_lead() -> None:
    lead = (
        "Fur is flying between France and the European Commission, which this week strongly condemned "
        "the ongoing French campaign to deport Gypsies."
    )
    text = f"{ROMA} {lead} The Roma issue is creeping into today's EU summit."
    article = Article(id="cleanportaleval-blogs_wsj_com_brussels_12", source="test", title=None, text=text)
    texts = [s.text for s in summarise([article], words=60)]
    assert texts[0] == lead and ROMA not in texts
