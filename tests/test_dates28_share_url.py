"""A page that says nothing of its day but its share buttons' links to its own address."""

from __future__ import annotations

from newsprism.extract.dates import html_publication_date

_SHARE = "http://www.facebook.com/sharer.php?u=http://www.sportinglife.com/story_get.cgi?STORY_NAME=soccer/{}/SOCCER_Watford.insdat"


def _page(*share_days: str, date_line: str = "") -> str:
    # made up after sportinglife's pages (l3s_gn1 66bf2973): the site's clock, the story, its share
    # links, whose path holds its day yy/mm/dd
    links = "".join(f'<a href="{_SHARE.format(day)}">Facebook</a>' for day in share_days)
    return (
        '<html><body><div class="clock">15/01/08 15:05</div><h2>Hornets snub Fulham bid</h2>'
        f"{date_line}<p>Watford have turned down an offer from Fulham for their striker, the club said on"
        f" Thursday.</p>{links}</body></html>"
    )


def test_the_share_links_date_a_page_that_says_nothing_else() -> None:
    assert html_publication_date(_page("08/01/10")) == ("2008-01-10", "share-url")


def test_share_links_that_disagree_date_nothing() -> None:
    assert html_publication_date(_page("08/01/10", "08/01/11"))[0] is None


def test_a_date_line_on_the_page_comes_first() -> None:
    page = _page("08/01/10", date_line="<p class='date'>Published: 11 January 2008</p>")
    assert html_publication_date(page)[0] == "2008-01-11"
