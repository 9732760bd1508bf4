"""summary29 (item 5, 60 heap-10000 summaries read, seed 29): a time stamp as a tokenised page, The
Washington Post, a Reuters blog and Fox News print it before the lead ("Monday , November 22 , 2010 ;
2:08 PM A lack of preparedness ...": 12 heap summaries printed one), and an opening on a pronoun after
an opening phrase ("A graduate of Cambridge University , he joined BP 30 years ago .")."""

from __future__ import annotations

import pytest

from newsprism.records import Article
from newsprism.summarise import summarise
from newsprism.summarise.candidates import _clean, _leans_back


@pytest.mark.parametrize(
    ("stamped", "sentence"),
    [
        (
            "Monday , November 22 , 2010 ; 2:08 PM A lack of preparedness hindered the response .",
            "A lack of preparedness hindered the response .",
        ),
        (
            "Thursday , June 3 , 2010 ; 3:26 PM BATON ROUGE -- For some people , a giant oil leak is n't "
            "solely an environmental disaster .",
            "For some people , a giant oil leak is n't solely an environmental disaster .",
        ),
        (
            "May 15 , 2009 14:06 UTC -- Paul Sousa is co-founder of a non-profit rights group .",
            "Paul Sousa is co-founder of a non-profit rights group .",
        ),
        (
            "June 28 , 2010 - 6:39 AM | by : Jonathan Serrie Gulf Coast states have launched ad campaigns .",
            "Gulf Coast states have launched ad campaigns .",
        ),
        # the BBC's, as before
        (
            "Sunday 26 April 2009 11.25 BST An electron micrograph shows the virus .",
            "An electron micrograph shows the virus .",
        ),
    ],
)
def test_a_pages_time_stamp_before_the_lead_is_cut(stamped: str, sentence: str) -> None:
    assert _clean(stamped) == sentence


def test_a_date_that_opens_a_sentence_stays() -> None:
    text = "26 April 2009 was the day the first case was confirmed in Scotland ."
    assert _clean(text) == text


ARTICLE = (
    "BP 's new chief executive , Bob Dudley , has ousted the company 's chief of exploration and "
    "production in the wake of the massive oil spill in the Gulf of Mexico . "
    "Andy Inglis will leave the company at the end of the year . "
    "A graduate of Cambridge University , he joined BP 30 years ago ."
)


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("A graduate of Cambridge University , he joined BP 30 years ago .", True),
        ("After a 20-day march through the jungle, they were freed on Thursday.", True),
        ("A graduate of Cambridge University , Andy Inglis joined BP 30 years ago .", False),
    ],
)
def test_a_pronoun_after_an_opening_phrase_leans_back(sentence: str, leans: bool) -> None:
    assert _leans_back(sentence, ARTICLE, ARTICLE.index("A graduate")) is leans


def test_no_summary_opens_on_a_pronoun_after_an_opening_phrase() -> None:
    article = Article(id="bpoil_washingtonpost/943", source="test", title=None, text=ARTICLE)
    texts = [s.text for s in summarise([article], words=60)]
    assert not texts[0].startswith("A graduate")
