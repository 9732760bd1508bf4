"""review30: extract31 201e99e / 5bf7a25 drop the site speaking of itself (prose._SITE_SELF through
is_page_notice: any dump line or HTML paragraph of the article). The pattern also takes news
sentences: "This report was provided to Congress ..." (a report given to someone, not the site's
note that a story was provided by an agency), and a line that attributes the words to someone
other than with "said", "says" or "told" (a quote, "... , a spokesman added", "according to a
statement"), which the guard lets through. Among the last kept lines of a dump such a line also
cuts the rest of the story (text._drop_site_box): the made-up story below kept its lead only. Made-up
sentences in the style of the l3s_gn1 pages."""

from __future__ import annotations

import pytest

from newsprism.extract import extract
from newsprism.extract.prose import is_page_notice
from newsprism.records import Document

NEWS = [
    "This report was provided to Congress on Friday and obtained by The Associated Press.",
    "“Our website offers a full list of the recalled products and a refund form,” the company wrote.",
    "The views expressed in the video are not necessarily those of the Pentagon, a spokesman added.",
    "The opinions expressed by the envoy do not necessarily reflect the position of the government, "
    "according to a statement from the ministry.",
]


@pytest.mark.parametrize("line", NEWS)
def test_news_about_a_report_or_attributed_words_is_no_notice(line: str) -> None:
    assert not is_page_notice(line)


def test_the_paragraph_stays_in_the_article() -> None:
    story = (
        "Pentagon review finds gaps in training\n\n"
        "WASHINGTON (AP) - A Pentagon review found that soldiers sent to Iraq last year had too little "
        "training in the handling of detainees, officials said on Thursday.\n\n"
        "This report was provided to Congress on Friday and obtained by The Associated Press.\n\n"
        "The review, ordered by Defense Secretary Robert Gates in March, looked at 14 units and found "
        "that nine of them had not completed the courses before they were deployed.\n\n"
        "Officials said new courses would start in the spring at bases in Texas and Georgia.\n"
    )
    text = extract(Document(id="x", source="x.txt", kind="text", content=story)).text
    assert "This report was provided to Congress" in text
    assert text.endswith("at bases in Texas and Georgia.")


@pytest.mark.parametrize(
    "line",
    [
        # l3s_gn1 a745e119, 5b6ac14e, 1e3a9cbb: the site's own lines stay notices
        "Our online news publishes a local news story regularly.",
        "This story is sourced direct from an overseas news agency as an additional service to readers.",
        "The opinions expressed in this release are those of the organization issuing it, and do not "
        "necessarily reflect the thoughts or opinions of OurSports Central or its staff.",
        # made up: an agency's note
        "This article was provided by The Conversation under a Creative Commons license.",
    ],
)
def test_the_sites_own_lines_are_still_notices(line: str) -> None:
    assert is_page_notice(line)
