"""extract30: a call to use the site's own services is no line of the article (prose._SITE_APPEAL, through
prose.is_page_notice: text dumps and HTML paragraphs alike): a link's prompt ("Click here for free
Newsletter subscription!"), the site's newsletters and alerts, its forum, readers' tips and uploads. A
line that reports such a call (said/says/told) stays. Also: an author's box that "may be reached at"
an address or says "Write to him at" closes the article; WordPress's "One Response to “<the post's
title>”" heads its comments at any length."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.extract import extract
from newsprism.extract.prose import is_page_notice
from newsprism.records import Document


@pytest.mark.parametrize(
    "line",
    [
        "Click here for free Newsletter subscription!",
        "CLICK HERE to Capture The World in HD",
        "Click here to get News24 headlines on your Facebook profile.",
        "Keep up to date with the news. Receive our free E-Newsletters",
        "Start Receiving PR-inside.com News Headlines per email.",
        "• Discuss this story on the Ontario Hockey League message board...",
        "When news happens: send photos, videos & tip-offs to 0424 SMS SMH (+61 424 767 764), or us.",
        "Submit your Pics: Upload photos and browse others in our Pics section.",
        "We'd like your thoughts on this story. I appreciate your willingness to share them.",
        "Recieve full access to all new and archived articles, unlimited portfolio tracking, e-mail alerts, "
        "custom newswires and RSS feeds - and more!",
    ],
)
def test_calls_to_the_sites_services_are_notices(line: str) -> None:
    assert is_page_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        # reported: news about such a call
        '"Click here to claim your prize," the e-mail said, and thousands of readers did.',
        # news that names the same things without calling the reader to the site
        "The fraudsters recruit money mules through spam emails, newsletters and advertisements in newspapers.",
        "The suspect posted the threats on an internet message board before his arrest on Monday.",
        "Music lovers can either sign up online or by completing a registration form at any branch.",
    ],
)
def test_news_about_such_things_is_no_notice(line: str) -> None:
    assert not is_page_notice(line)


_STORY = [
    "Bridge to close for repairs",
    "The city council voted on Tuesday to close the old bridge for repairs, a decision that will divert traffic "
    "for at least six months while the work goes on.",
    "Residents who live near the bridge said they had asked for the repairs for years and welcomed the vote, "
    "though shop owners fear losing customers during the closure.",
    "The council said the work would start in March and that a temporary footbridge would keep the two halves "
    "of the town connected for people on foot.",
]


def _read(lines: list[str], kind: str = "text") -> str:
    return extract(Document(id="t", source="x", kind="text", content="\n\n".join(lines))).text


def test_a_dump_drops_the_sites_calls() -> None:
    text = _read([*_STORY[:3], "Keep up to date with the news. Receive our free E-Newsletters", _STORY[3]])
    assert "temporary footbridge" in text and "free E-Newsletters" not in text


def test_an_html_paragraph_that_calls_to_the_site_goes() -> None:
    paras = "".join(f"<p>{p}</p>" for p in _STORY[1:])
    html = (
        "<html><head><title>Bridge to close for repairs</title></head><body><div id='story'>"
        f"<h1>{_STORY[0]}</h1>{paras}<p>Click here for free Newsletter subscription!</p></div></body></html>"
    )
    text = extract(Document(id="h", source="x", kind="html", content=html)).text
    assert "temporary footbridge" in text and "Click here" not in text


def test_an_author_box_that_may_be_reached_closes_the_dump() -> None:
    box = "Frank Bodani is a writer for the York Daily Record/Sunday News. He may be reached at fbodani@ydr.com."
    text = _read([*_STORY, box])
    assert "temporary footbridge" in text and "fbodani" not in text


def test_a_titled_comment_heading_ends_the_dump(shared: Path) -> None:
    # l3s_gn1 552fe66a: "One Response to “Bush expedites Saudi smart bomb deal — Why?”", "Nancy Reyes
    # Says:", then her comment; the heading is longer than a plain one and was passed by
    page = next((shared / "data" / "extraction" / "l3s_gn1" / "text").glob("552fe66a*"))
    text = extract(
        Document(id="552fe66a", source=str(page), kind="text", content=page.read_text("utf-8"))
    ).text
    assert "Amid Israeli security concerns" in text
    assert "Iranian revolutionary guards" not in text and "Israel sees all Arabs" not in text


def test_news_tips_are_a_call_to_the_site() -> None:
    assert is_page_notice(
        "If you have any news tips that you would like us to follow up on, or if you have a story you would "
        "like to submit, contact us at editor@example.com"
    )
    # one tip, asked for inside a piece about the site itself, is left (cleanportaleval's gold keeps it)
    assert not is_page_notice("How do I pass along a news tip?")


def test_a_comment_policy_ends_the_dump() -> None:
    policy = (
        "We'd like your thoughts on this story. I appreciate your willingness to share them. At "
        "PalmBeachPost.com, we want to avoid comments that are obscene, hateful, racist or otherwise "
        "inappropriate. If you post offensive comments, we will delete them as soon as we can. If you see such "
        "comments, please report them to us."
    )
    comment = (
        "Boy if the post were subjected to this kind of censorship we would never hear the end of it, and the "
        "people who run it know that very well indeed."
    )
    text = _read([*_STORY, policy, "Dec 28, 2007 11:05 PM | Link to this", comment])
    assert (
        "temporary footbridge" in text and "thoughts on this story" not in text and "censorship" not in text
    )


def test_an_html_comment_policy_closes_the_article(shared: Path) -> None:
    # l3s_gn1 3ecf8ed4: "Comments are moderated by our editors, so there may be a delay between
    # submission and publication of your comment. ..." under the story, longer than a closing line
    page = next((shared / "data" / "extraction" / "l3s_gn1" / "html").glob("3ecf8ed4*"))
    text = extract(
        Document(id="3ecf8ed4", source=str(page), kind="html", content=page.read_text("utf-8"))
    ).text
    assert "Barton's arrest comes just as her film career is at a critical point." in text
    assert "Comments are moderated" not in text
