"""review29: extract30's comment-policy close (text._cut_after_end_marker, db800a1; html_body.
_before_closing, 4ef79da) reads news prose about others' comments as the site's comment policy and
drops the rest of the article: "Twitter said it had removed more than 30 offensive comments aimed at
the players" matched COMMENT_POLICY's "offensive comments" at any length. A made-up story in the words
of the news (abuse of footballers online, an MP's offensive comments: daily news). Every one of the
18 policy lines of the dev sets' HTML and text speaks to the reader ("your", "please"). Fixed
by text.comment_policy (the line must speak to the reader)."""

from __future__ import annotations

from newsprism.extract import extract
from newsprism.records import Document

_STORY = [
    "Premier League clubs ask social media firms to act on abuse",
    "Premier League clubs on Monday called on social media companies to do more to stop the racist abuse of "
    "players, after a weekend in which three black footballers were targeted online.",
    "Twitter said it had removed more than 30 offensive comments aimed at the players and had suspended "
    "several accounts over the weekend, adding that it would keep working with the police.",
    "The league's chief executive said the clubs would meet the companies next week to discuss identity "
    "checks for new accounts, a step campaigners have long called for.",
    "Police said they had opened an investigation into the messages and were working with the clubs to "
    "trace the people who had sent them.",
]
_HTML = "<html><head><title>{0}</title></head><body><article><h1>{0}</h1>{1}</article></body></html>".format(
    _STORY[0], "".join(f"<p>{p}</p>" for p in _STORY[1:])
)


def test_a_text_dump_goes_on_after_prose_about_offensive_comments() -> None:
    text = extract(Document(id="t", source="x", kind="text", content="\n\n".join(_STORY))).text
    assert "Police said they had opened an investigation" in text


def test_an_html_article_goes_on_after_prose_about_offensive_comments() -> None:
    text = extract(Document(id="h", source="x", kind="html", content=_HTML)).text
    assert "Police said they had opened an investigation" in text


def test_a_sites_policy_to_the_reader_still_ends_the_article() -> None:
    policy = (
        "Comments are moderated by our editors, so there may be a delay between submission and publication "
        "of your comment. Offensive or abusive comments will not be published."
    )
    lines = [*_STORY[:2], _STORY[3], policy, "Great article, thanks for writing it, I agree with every word."]
    text = extract(Document(id="t", source="x", kind="text", content="\n\n".join(lines))).text
    assert "Great article" not in text
    assert "league's chief executive" in text
