"""Publication date of an HTML page: a date line's first date before an update, machine timestamps
in the text, and slash dates that read both ways (day first or month first)."""

from __future__ import annotations

from datetime import date

import pytest

from newsprism.extract.dates import html_publication_date, page_date_evidence, parse_date_text
from newsprism.extract.html_blocks import parse_page

TODAY = date(2024, 6, 1)


def page(head: str = "", body: str = "") -> str:
    return f"<html><head><title>t</title>{head}</head><body>{body}</body></html>"


def evidence(html: str, today: date = TODAY) -> dict[str, str]:
    return page_date_evidence(parse_page(html), today=today)


# the meta tags name the last revision (published and modified the same second), the date line the
# first publication, then "Updated" (reuters.com, 2020)
REVISED = page(
    '<meta property="og:article:published_time" content="2020-01-20T09:49:32+0000">'
    '<meta property="og:article:modified_time" content="2020-01-20T09:49:32+0000">',
    '<div class="header"><div class="channel">Entertainment News</div>'
    '<div class="ArticleHeader_date">January 19, 2020 /  12:25 PM / Updated 8 hours ago</div>'
    "<h1>Parasite scores historic upset at SAG awards</h1></div>"
    "<p>LOS ANGELES (Reuters) - The South Korean film Parasite won the top prize.</p>",
)


def test_the_date_an_update_follows_is_the_publication() -> None:
    assert evidence(REVISED)["label"] == "2020-01-19"
    assert html_publication_date(REVISED, extensive=False)[0] == "2020-01-19"


@pytest.mark.parametrize(
    "line",
    [
        "April 21, 2020 at 5:52 pm   Updated April 22, 2020 at 7:07 am",
        "Published: 22:00 GMT, 26 September 2020 | Updated: 08:39 GMT, 28 September 2020",
        "Eingetragen am 3. Januar 2020, aktualisiert am 4. Januar 2020",
        "Tuesday, January 8, 2008 - Updated 7d 0h ago",
        "Created: 1/10/2008 4:09 PM Updated: 1/11/2008 4:11 PM",
    ],
)
def test_first_date_of_a_published_and_updated_line(line: str) -> None:
    found = evidence(page(body=f"<div>{line}</div><p>Some article text follows here.</p>"))
    assert found["label"] == parse_date_text(line, today=TODAY)[0][0]


@pytest.mark.parametrize(
    "line",
    [
        # BBC: the date is the update's, "Last updated at" goes on with only its clock
        "17 February 2013 Last updated at 22:15 GMT",
        # an update label before the date dates the update
        "Updated: 17 February 2013",
        # prose: a date and, later in the sentence, an updated something
        "On 17 February 2013 the council published its updated plan",
    ],
)
def test_no_publication_label_from_an_update(line: str) -> None:
    assert "label" not in evidence(page(body=f"<div>{line}</div><p>More text.</p>"))


def test_a_machine_timestamp_in_the_text_is_no_date_line() -> None:
    # schema markup left in the page's text (hidden by its style sheet): drk.de, 2021
    html = page(
        body='<div><span itemprop="headline">Report</span>'
        '<time itemprop="datePublished" datetime="2021-10-27T20:35:36+01:00">2021-10-27T20:35:36+01:00'
        "</time></div><h1>Report</h1>"
        '<p class="c-article__meta">Berlin, 28.10.2021, 058/21</p><p>The text of the release.</p>'
    )
    found = evidence(html)
    assert found["itemprop"] == "2021-10-27"  # the markup still counts, once, as markup
    assert found["first-visible"] == found["headline"] == found["byline"] == "2021-10-28"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # no sign: day first, as most of the world writes it
        ("01/08/2008", ["2008-08-01"]),
        ("07/01/2008 20:12:00 Business Wire", ["2008-01-07"]),
        # one way only: as it must be read
        ("12/28/2007", ["2007-12-28"]),
        ("28/12/2007", ["2007-12-28"]),
        # an American zone after the clock, or before the date
        ("01/09/2008 09:37:25 PM PST LOS ANGELES", ["2008-01-09"]),
        ("1/10/2008, 3:50 a.m. EST By MARK S", ["2008-01-10"]),
        ("Posted at 12:20 AM ET, 11/01/2011", ["2011-11-01"]),
        # a.m./p.m. alone is no sign (breakingnews.ie writes "20:26 PM")
        ("08/11/2023 | 20:26 PM", ["2023-11-08"]),
        # the page's own unambiguous slash dates set its convention
        ("Posted 12/28/2007. Updated 01/08/2008", ["2007-12-28", "2008-01-08"]),
        ("Posted 28/12/2007. Updated 01/08/2008", ["2007-12-28", "2008-08-01"]),
    ],
)
def test_slash_dates_that_read_both_ways(text: str, days: list[str]) -> None:
    assert [day for day, _ in parse_date_text(text, today=TODAY)] == days


def test_a_reading_after_the_fetch_day_gives_way_to_the_other() -> None:
    # fetched on 12 January 2008: 1 October 2008 cannot be, 10 January can (a padded date: one
    # written without its zeros, "1/10/2008", is month first anyway, _SlashReader rule 5)
    assert parse_date_text("Created: 01/10/2008 4:09:14 PM", today=date(2008, 1, 13)) == [("2008-01-10", 9)]
    assert parse_date_text("Created: 01/10/2008 4:09:14 PM", today=date(2009, 1, 13)) == [("2008-10-01", 9)]


def test_a_slash_date_reads_as_the_day_the_metadata_states() -> None:
    assert parse_date_text("12/07/2012", today=TODAY, stated=frozenset({"2012-12-07"})) == [("2012-12-07", 0)]
    assert parse_date_text("12/07/2012", today=TODAY, stated=frozenset({"2012-07-12"})) == [("2012-07-12", 0)]
    # both readings stated, or neither: the other rules decide
    assert parse_date_text("12/07/2012", today=TODAY, stated=frozenset({"2012-07-12", "2012-12-07"})) == [
        ("2012-07-12", 0)
    ]
    # msnbc.com: the <meta> day and the date under the headline, "12/07/2012", are one day
    html = page(
        '<meta property="article:published_time" content="2012-12-07T10:00:00-05:00">',
        "<h1>The fiscal cliff</h1><div>12/07/2012</div><p>We have been hearing about it endlessly.</p>",
    )
    found = evidence(html)
    assert found["headline"] == found["first-visible"] == "2012-12-07"
    assert html_publication_date(html, extensive=False)[0] == "2012-12-07"


def test_a_masthead_date_above_the_headline_is_not_the_article_date() -> None:
    # the Telegraph, 2008: the day the site served the page in its masthead, the story's own date
    # line under the headline
    masthead = "Make us your homepage Tuesday 15 January 2008" + " Home News Sport Business" * 20
    html = page(
        body=f"<div>{masthead}</div><h1>Lily Allen opens Harrods sale</h1>"
        "<div>By Laura Clout Last Updated: 2:55am GMT 29/12/2007</div>"
        "<p>Lily Allen opened the Harrods sale on Saturday.</p>"
    )
    found = evidence(html)
    assert found["headline"] == found["first-visible"] == "2007-12-29"
    assert html_publication_date(html, extensive=False)[0] == "2007-12-29"


def test_the_headline_date_is_the_nearest_one() -> None:
    # other stories' dates in a list just above the headline, the story's right under it
    html = page(
        body="<ul><li>Congress presses Selig 1/15/2008, 3:24 p.m. EST</li></ul>"
        "<h1>New life for McGovern</h1><div>1/10/2008, 6:07 p.m. EST</div>"
        "<p>HONOLULU (AP) The PGA Tour has 22 rookies at the Sony Open.</p>"
    )
    assert evidence(html)["headline"] == "2008-01-10"


def test_without_a_headline_date_the_first_date_stands() -> None:
    html = page(
        body="<div>Tuesday 15 January 2008</div>" + "<p>Words of the story. </p>" * 30 + "<h1>Title</h1>"
    )
    assert evidence(html)["first-visible"] == "2008-01-15"
