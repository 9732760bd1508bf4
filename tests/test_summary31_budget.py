"""summary31: `summarize --words N` opens on an article's lead that fits N where the summary chosen
runs past it (its opening sentence alone longer), never on a sentence that leans back or a quotation;
with no lead that fits, the chosen summary stays whole. The first needs a patch measured and not
applied (/tmp/h32/summary31/words_within_budget.diff); the others are controls."""

from __future__ import annotations

from newsprism.records import Article
from newsprism.summarise import summarise

LONG_LEAD = (
    "The U.S. Supreme Court on Monday handed Google a major victory in its long copyright fight with "
    "Oracle over the software code that runs most of the world's smartphones , ruling 6-2 that the "
    "company's use of the code was fair use ."
)
SHORT_LEAD = "The Supreme Court ruled 6-2 for Google in its copyright fight with Oracle ."


def _articles(second_text: str) -> list[Article]:
    return [
        Article(
            id="a",
            source="t",
            title="Supreme Court rules for Google in Oracle fight",
            text=f"{LONG_LEAD} Oracle had sought billions of dollars in damages from Google over the code .",
        ),
        Article(id="b", source="t", title="Google wins at Supreme Court", text=second_text),
    ]


def _words(sentences: list) -> int:
    return sum(len(s.text.split()) for s in sentences)


def test_a_small_budget_opens_on_a_lead_that_fits() -> None:
    articles = _articles(f"{SHORT_LEAD} Justice Stephen Breyer wrote the opinion for the court's majority .")
    summary = summarise(articles, words=20)
    assert summary[0].text == SHORT_LEAD
    assert _words(summary) <= 22  # BUDGET_SLACK: a tenth past the budget


def test_a_later_sentence_that_leans_back_or_a_quote_never_opens() -> None:
    later = (
        "Justices heard the case in October . The decision was hailed by the firm as a win for users . "
        '" This is a win for consumers and developers , " Google said in a statement .'
    )
    summary = summarise(_articles(later), words=20)
    # no lead fits 22 words: the summary chosen stays, on a whole sentence
    assert summary[0].text not in ("The decision was hailed by the firm as a win for users .",)
    assert not summary[0].text.startswith('"')


def test_the_default_budget_keeps_the_chosen_summary() -> None:
    articles = _articles(f"{SHORT_LEAD} Justice Stephen Breyer wrote the opinion for the court's majority .")
    assert _words(summarise(articles, words=60)) <= 66
