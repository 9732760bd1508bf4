"""A site's clock in the navigation bar is the day the page was served, no publication date."""

from __future__ import annotations

from newsprism.extract.dates import html_publication_date

# made up after sportinglife's pages (l3s_gn1 5bc1e7d3): the clock in the navigation bar, and the
# site's other stories' links, their days written yy/mm/dd in the path
_PAGE = """<html><head><title>Newcastle news</title></head><body>
<table><tr><td class="horinavbackground"><div class="clock">&nbsp;15/01/08&nbsp;15:05&nbsp;</div></td></tr></table>
<h2>Newcastle eye new boss</h2>
<p>Newcastle are weighing up their options after the departure of their manager this week, with
the board expected to meet again before the weekend.</p>
<a href="story_get.cgi?STORY_NAME=soccer/08/01/14/manual_133239.html">Cup draw</a>
</body></html>"""


def test_site_clock_is_no_publication_date() -> None:
    # not the clock's day, nor the links' "08/01/14" read as 8 January 2014 (htmldate's reading
    # once the clock is gone): the clock says the page was served on 15 January 2008
    day = html_publication_date(_PAGE)[0]
    assert day is None or day < "2008-01-15"


def test_clock_icon_beside_a_date_line_is_kept() -> None:
    # made up: an icon's class word "fa-clock" beside the real date line
    page = """<html><body><h1>Zoo opens new tower</h1>
<div class="meta"><i class="fa fa-clock"></i> 12.03.2020</div>
<p>The zoo opened its new tower to visitors on Thursday, after two years of building work.</p>
</body></html>"""
    assert html_publication_date(page)[0] == "2020-03-12"
