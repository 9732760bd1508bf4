"""extract33: the labels links carry for screen readers go from the text in the forms sites write
them (in brackets, in title case), not only Fox Business's "Opens a New Window."; a link's words
in prose stay."""

from __future__ import annotations

import pytest

from newsprism.extract import extract
from newsprism.extract.pageend import strip_link_labels
from newsprism.records import Article, Document


def _record(text: str) -> Article:
    return extract(Document(id="t", source="t.jsonl", kind="text", content=text, from_record=True))


@pytest.mark.parametrize(
    ("labelled", "clean"),
    [
        # WordPress's share and link labels
        (
            "The council published the full report (opens in new window) on Monday, a week late.",
            "The council published the full report on Monday, a week late.",
        ),
        (
            "Read the court's ruling (Opens in a new tab) before the hearing resumes in March.",
            "Read the court's ruling before the hearing resumes in March.",
        ),
        # the BBC's hidden label, in brackets
        (
            "The ministry's statement (this link opens in a new window) gave no figures for the region.",
            "The ministry's statement gave no figures for the region.",
        ),
        # title case, without a stop, and with one inside the sentence
        (
            "Shares of Tesla Opens in a New Tab fell 4% on Friday after the recall was announced.",
            "Shares of Tesla fell 4% on Friday after the recall was announced.",
        ),
        (
            "The Treasury Opens a New Tab. said the auction drew strong demand from foreign buyers.",
            "The Treasury said the auction drew strong demand from foreign buyers.",
        ),
    ],
)
def test_link_labels_in_the_forms_sites_write_leave_the_sentence(labelled: str, clean: str) -> None:
    assert strip_link_labels(labelled) == clean
    assert _record(labelled).text == clean


def test_a_title_case_labels_stop_before_a_capital_is_the_sentences() -> None:
    text = "The plan was sent to the Federal Reserve Opens a New Window. The vote is due in June."
    assert strip_link_labels(text) == "The plan was sent to the Federal Reserve. The vote is due in June."


@pytest.mark.parametrize(
    "prose",
    [
        "The ruling opens a new window for the talks, the lawyers for the three companies said on Monday.",
        "The museum opens in a new tab of the old textile mill on the riverside next spring.",
        "Click the link and it opens in a new window, the help page of the tax office says.",
    ],
)
def test_a_links_words_in_prose_stay(prose: str) -> None:
    assert strip_link_labels(prose) == prose
    assert _record(prose).text == prose
