"""Session 20's reading leftovers (extract24): slash-joined, Mc/Mac and accented datelines; an
agency's NewsML header pasted into an HTML page; a running story's time notes inside a body; notices
about the page; one stamp reader for dumps and clean texts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsprism.extract import extract
from newsprism.extract.html import newsml_lines
from newsprism.extract.html_blocks import parse_page
from newsprism.extract.prose import is_page_notice
from newsprism.extract.textdate import (
    known_place,
    parse_dateline,
    place_case,
    stamp_lines,
    strip_publication_note,
    strip_timed_note,
)
from newsprism.ingest.jsonl import record_document
from newsprism.records import Document

# --- datelines -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        # heap-10000 train-1268-2 / NeuS; t17 bpoil_reuters/1882 (tokenised)
        (
            "LOS ANGELES/SHANGHAI (Reuters) - The creators of satirical animated series “South Park” "
            "issued a mocking “apology” to China on Monday.",
            "Los Angeles/Shanghai",
            "Reuters",
        ),
        (
            "HOUSTON/PORT FOURCHON , Louisiana ( Reuters ) -- BP on Thursday geared up for its latest "
            "attempt to control a gushing undersea well.",
            "Houston/Port Fourchon, Louisiana",
            "Reuters",
        ),
        # heap-10000 train-2244-0: two places and a dash, no agency
        (
            "NEW YORK/WASHINGTON — China's ByteDance has agreed to divest the U.S. operations of TikTok "
            "completely in a bid to save the deal.",
            "New York/Washington",
            None,
        ),
        # session 19's list of misses: a clan prefix, accented capitals
        ("McALLEN, Texas (AP) - A federal judge on Monday ordered the release.", "McAllen, Texas", "AP"),
        (
            "McLEAN, Va. — The company said on Monday that it would move its headquarters.",
            "McLean, Va.",
            None,
        ),
        (
            "SAN JOSÉ, Costa Rica (AP) - The president of Costa Rica said on Monday.",
            "San José, Costa Rica",
            "AP",
        ),
        (
            "BOGOTÁ, Colombia (AP) — Colombia's government said on Tuesday that talks would resume.",
            "Bogotá, Colombia",
            "AP",
        ),
    ],
)
def test_more_datelines_are_read(line: str, place: str, agency: str | None) -> None:
    dl = parse_dateline(line)
    assert dl is not None
    assert (dl.place, dl.agency) == (place, agency)
    assert line[dl.end :].split()[0] in ("The", "BP", "China's", "A", "Colombia's")


@pytest.mark.parametrize(
    "line",
    [
        "AND/OR - we said this is a thing here",  # no known place, a short line
        "McDonald's said on Monday that it would raise wages.",  # title case, no dash
        "TCP/IP stacks are hard to write.",
        "AC/DC - The band said on Monday that it would tour again next year.",  # no agency, no known places
    ],
)
def test_no_dateline_in_these(line: str) -> None:
    assert parse_dateline(line) is None


def test_place_case_keeps_a_clan_prefix_and_accents() -> None:
    assert place_case("McALLEN") == "McAllen"
    assert place_case("MacDILL AIR FORCE BASE, Fla.") == "MacDill Air Force Base, Fla."
    assert place_case("SAN JOSÉ, Costa Rica") == "San José, Costa Rica"
    assert place_case("LOS ANGELES/NEW YORK") == "Los Angeles/New York"
    assert place_case("MACKAY") == "Mackay"  # a Mac in capitals is the name's own letters
    assert place_case("McDONALD'S") == "McDonald's"


def test_places_joined_by_slashes_are_known_when_each_is() -> None:
    assert known_place("Los Angeles/New York")
    assert not known_place("and/or")


# --- NewsML in an HTML page (l3s_gn1 5ee66caf: AFP's item pasted into the page as markup) -----------

_NEWSML_PAGE = (
    "<html><head><title>New York City's carriage horses may disappear</title></head><body>"
    "<div><NewsML><NewsEnvelope><DateAndTime>20080101T064242Z</DateAndTime></NewsEnvelope><NewsItem>"
    "<Identification><NewsIdentifier><ProviderId>afp.com</ProviderId><DateId>20080101</DateId>"
    "<PublicIdentifier>urn:newsml:afp.com:20080101:080101062849.77i9bh87:1</PublicIdentifier>"
    "</NewsIdentifier><NameLabel>Lifestyle-US-tourism-animal-horses</NameLabel></Identification>"
    '<NewsManagement><NewsItemType FormalName="News" /><FirstCreated>20080101T064202Z</FirstCreated>'
    "<ThisRevisionCreated>20080101T064202Z</ThisRevisionCreated></NewsManagement><NewsComponent>"
    "<NewsLines><HeadLine>New York City's carriage horses may disappear</HeadLine>"
    "<ByLine>by Paola Messana</ByLine><DateLine>NEW YORK (AFP)</DateLine>"
    "<CopyrightLine>© 2008 AFP</CopyrightLine></NewsLines></NewsComponent></NewsItem></NewsML></div>"
    "<h1>New York City's carriage horses may disappear</h1>"
    "<p>A New York City tourist attraction, the carriage horses lined up at Central Park may soon become "
    "a thing of the past if the City Council adopts a proposal to ban it as a tradition cruel to animals.</p>"
    "<p>Council member Tony Avella, a Democrat, introduced the bill in mid-December and Council President "
    "Christine Quinn has yet to include it on the board's agenda on an unspecified date, said Avella's "
    "press office.</p>"
    "<p>The Horse and Carriage Association of New York representing carriage horse owners has the support "
    "of Mayor Michael Bloomberg, who considers the quaint transport an integral part of the Big Apple.</p>"
    "</body></html>"
)


def test_a_newsml_header_in_the_markup_gives_dateline_author_and_day() -> None:
    tree = parse_page(_NEWSML_PAGE)
    assert tree is not None
    lines = newsml_lines(tree)
    assert lines is not None and (lines.dateline, lines.byline) == ("New York", "by Paola Messana")
    art = extract(Document(id="5ee66caf", source="5ee66caf.html", kind="html", content=_NEWSML_PAGE))
    assert art.dateline == "New York"
    assert art.authors == ("Paola Messana",)
    assert (art.published, art.published_source) == ("2008-01-01", "newsml")


def test_a_page_without_newsml_has_no_newsml_lines() -> None:
    tree = parse_page("<html><body><p>LONDON (Reuters) - Shares fell on Monday.</p></body></html>")
    assert tree is not None and newsml_lines(tree) is None


@pytest.mark.parametrize(
    ("page", "place", "author", "day"),
    [
        ("ec407a8c-7d1b-4485-816d-39a1887f84b3", "Bangkok", "Boonradom Chitradon", "2008-01-18"),
        ("5ee66caf-3d1a-4ea1-ad1f-463367616102", "New York", "Paola Messana", "2008-01-01"),
    ],
)
@pytest.mark.parametrize("kind", ["text", "html"])
def test_the_dev_pages_with_a_newsml_header(
    shared: Path, kind: str, page: str, place: str, author: str, day: str
) -> None:
    # the dump prints the header as a line above the body, the HTML page as glued elements; both
    # were dated by nothing (dump) or by htmldate's 2006-11-24 (HTML), and the HTML had no dateline
    path = shared / "data" / "extraction" / "l3s_gn1" / kind / f"{page}.{'txt' if kind == 'text' else kind}"
    art = extract(Document(id=page, source=str(path), kind=kind, content=path.read_text(encoding="utf-8")))
    assert (art.dateline, art.authors) == (place, (author,))
    assert (art.published, art.published_source) == (day, "newsml")


# --- time notes inside a body (basil f506aafc, 1bb79cc1, 33521e65) ----------------------------------


@pytest.mark.parametrize(
    ("paragraph", "after"),
    [
        (
            "UPDATE 2:52 p.m. -- Additional records disclosed Wednesday revealed that expenses charged by "
            "Jackson and his wife to his campaign included $4,272.78 on a cruise.",
            "Additional records",
        ),
        (
            "UPDATE: 9 p.m. -- White House spokesman Eric Schultz said he hoped Wednesday's disclosure would "
            "put to rest the Benghazi questions.",
            "White House spokesman",
        ),
        (
            "UPDATE: 7:19 p.m. -- The Washington Post now reports that Grimm has already been indicted.",
            "The Washington Post",
        ),
        ("Posted at 10:30 AM: The governor signed the bill on Tuesday.", "The governor"),
    ],
)
def test_a_time_note_opening_a_paragraph_goes(paragraph: str, after: str) -> None:
    assert strip_timed_note(paragraph).startswith(after)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Updated | Thursday, August 30: Includes additional comments from Roy during the program.",  # no time
        "UPDATE: Richard Blumenthal defended himself against charges on Tuesday.",  # no time
        "Update (Dec. 6): This issue has been fixed.",
        "Updated MacPros and Xserves are shipping immediately.",
        "Posted by Eric Earling at December 29, 2007 12:03 PM | Email This",
        "Posted at 10:30 AM: 5 people were hurt in the blast.",  # a sentence opening on a digit
        "Updated 9: 06 AM",  # a stamp alone: read_stamp's
    ],
)
def test_what_is_no_time_note_stays(paragraph: str) -> None:
    assert strip_timed_note(paragraph) == paragraph


def test_a_records_update_paragraph_loses_its_time_note() -> None:
    lead = (
        "Former Rep. Jesse Jackson Jr. is expected to plead guilty to misusing campaign funds, his "
        "lawyers said on Friday in a statement issued after the court records were disclosed."
    )
    update = (
        "UPDATE 2:52 p.m. -- Additional records disclosed Wednesday revealed that expenses charged by "
        "Jackson and his wife to his campaign included $4,272.78 on the Navigator of the Seas cruise."
    )
    doc = record_document(
        {"id": "f506aafc", "title": "Jackson to plead guilty", "text": f"{lead}\n\n{update}"},
        fallback_id="0",
        source="docs.jsonl",
    )
    art = extract(doc)
    assert art.text.split("\n\n")[-1].startswith("Additional records disclosed Wednesday")


# --- notices about the page ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "For free access to this article, you must be a member of HeraldTribune.com.",  # l3s d234a669
        "Log in to access premium content and features on this site.",  # l3s e17661e3
        "Please create an account or login to read this story",  # l3s fb5075ce
        "To read this article in full you must be registered with the site.",  # l3s 7a4c1a97
        "We use cookies to ensure that we give you the best experience on our website.",
        "The requested URL /news/story.html was not found on this server.",
    ],
)
def test_a_notice_about_the_page_is_one(line: str) -> None:
    assert is_page_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        # news speaks of browsers, accounts and subscriptions, never of the page it is on
        "The second investigation centres on a complaint filed to the Commission by browser developer Opera.",
        "If you subscribe to Netflix, your price will rise by $1 next month, the company said.",
        "Hackers stole the passwords of 2 million accounts, the company said on Monday.",
        "This story has been updated to include comments from the mayor.",
        # somebody's words about a site are news
        "“Our website suffered an outage and customers could not log in,” the bank said.",
        "The bank says its website was down and customers could not log in to their accounts.",
    ],
)
def test_news_about_accounts_is_no_notice(line: str) -> None:
    assert not is_page_notice(line)


@pytest.mark.parametrize("kind", ["text", "html"])
def test_a_page_that_is_only_a_long_notice_is_no_article(kind: str) -> None:
    notice = "We use cookies to ensure that we give you the best experience on our website."
    content = notice if kind == "text" else f"<html><body><p>{notice}</p></body></html>"
    art = extract(Document(id="n", source=f"n.{kind}", kind=kind, content=content))
    assert art.dropped is not None and art.text == ""


def test_a_notice_under_an_article_leaves_its_body() -> None:
    body = (
        "Kentucky offensive coordinator Joker Phillips will eventually become the Wildcats' head coach "
        "following Rich Brooks' retirement.\n\n"
        "The 66-year-old Brooks has not set a timetable for his retirement, the university announced "
        "Friday in a news release.\n\n"
        "Phillips, who just completed his third season with the Wildcats, helped engineer a potent "
        "offensive attack featuring quarterback Andre Woodson."
    )
    page = (
        "<html><body><h1>Phillips to succeed Brooks</h1>"
        + "".join(
            f"<p>{p}</p>"
            for p in [*body.split("\n\n"), "Please create an account or login to read this story"]
        )
        + "</body></html>"
    )
    art = extract(Document(id="fb5075ce", source="fb5075ce.html", kind="html", content=page))
    assert "login" not in art.text and art.text.endswith("Andre Woodson.")


# --- one stamp reader -----------------------------------------------------------------------------

_LINES = [
    "11/01/2008 - 2:35:41 PM",  # a bare date line at the top
    "UPDATED 3: 09 AM EST Dec 19, 2008",  # a stamp with its label
    "Despite saying they had no plans to, the council voted on Thursday to raise the city's taxes.",
    "Sunday, March 17, 2013 | 5: 00 PM",  # a bare date line further down
]


def test_a_dumps_body_loses_labelled_stamps_and_bare_dates_at_its_top_only() -> None:
    first, stamps = stamp_lines(_LINES, clean=False)
    assert stamps == [0, 1]
    assert first == dt.date(2008, 12, 19)  # the bare date's day is not taken


def test_a_clean_text_loses_every_stamp_and_takes_the_first_day() -> None:
    first, stamps = stamp_lines(_LINES, clean=True)
    assert stamps == [0, 1, 3]
    assert first == dt.date(2008, 11, 1)


def test_the_publication_note_still_opens_a_text_only() -> None:
    line = (
        "ORIGINALLY PUBLISHED JANUARY 2021: In the months leading up to the November election, Parler grew."
    )
    assert strip_publication_note(line) == "In the months leading up to the November election, Parler grew."
