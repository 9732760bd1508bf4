"""review32 (session 28): findings on this session's extraction rules, each shown on the text the
rule misreads. Each test is xfail(strict) until its patch under /tmp/h28/review32/ is applied."""

from __future__ import annotations

import pytest

from newsprism.extract.pageend import strip_link_labels
from newsprism.extract.text import unnamed_bio

ABOVE = (
    "The council voted on Tuesday to close the library.\n"
    "Residents protested outside the hall.\n"
    "The mayor said the budget left no choice."
)


@pytest.mark.parametrize(
    "last",
    [
        "Mary Jones is scheduled to speak at the rally on Friday.",
        "John Doe is accused of stealing from the library.",
        "Jane Roe is in talks with the council.",
    ],
)
def test_news_of_a_new_person_closing_the_story_is_no_bio(last: str) -> None:
    assert not unnamed_bio(last, ABOVE)


@pytest.mark.parametrize(
    "last",
    [
        # 9745141's own cases (cleanportaleval tv_msnbc_com_news_11, l3s_gn1 1b3baca6) and a role
        # whose adjective is a participle
        "Sal Gentile is a senior producer for Up w/ Steve Kornacki.",
        "Justine Brian is national administrator of the UK schools debating competition, Debating Matters.",
        "Ann Lee is a contributing editor at Slate.",
    ],
)
def test_a_bio_of_someone_the_story_never_names_is_one(last: str) -> None:
    assert unnamed_bio(last, ABOVE)


@pytest.mark.parametrize(
    "paragraph",
    ["Read the full report Opens New Tab for the details.", "Read the full report Opens New Window."],
)
def test_a_title_case_link_label_without_in_goes(paragraph: str) -> None:
    assert "Opens" not in strip_link_labels(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Read the full report Opens in a New Tab for the details.",
        "Read the full report (opens in new window) here.",
    ],
)
def test_the_link_labels_with_in_go(paragraph: str) -> None:
    assert "pens" not in strip_link_labels(paragraph)
