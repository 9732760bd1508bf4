"""extract.dates: a teaser's date (another story's, beside its linked headline) is no date line of
the page's headline, and the headline's window is measured in the text a reader sees, not in the
source's indentation (l3s_gn1 9f873f81, 1ef621ac, 4e3ee06c)."""

from lxml import html as lxml_html

from newsprism.extract.dates import _reading_offsets, html_publication_date, page_date_evidence

INDENT = "\n" + " " * 60  # a template's indentation, repeated between its cells


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def _evidence(html: str) -> dict[str, str]:
    return page_date_evidence(lxml_html.document_fromstring(html))


def test_an_also_read_box_under_the_headline_is_no_date_line() -> None:
    # 9f873f81 (Hindustan Times): the site's date, the <h1>, an "ALSO READ" box of linked headings
    # each with its date, then the PTI line 2,200 source characters (400 of text) further down
    html = _page(
        "Fire in Burrabazar rages amidst fear building might collapse - Hindustan Times",
        "<div class='masthead'>Wednesday, January 16, 2008</div>"
        + "<p>"
        + "Section name " * 20
        + "</p>"
        + "<div id='story'><h1>Fire in Burrabazar rages amidst fear building might collapse</h1>"
        + "<div class='module'><h3>ALSO READ</h3>"
        + "<div class='item'><h2><a href='/a'>Fire at Burrabazar building yet to be controlled</a></h2>"
        + "<div class='d'> January 14, 2008</div></div>"
        + "<div class='item'><h2><a href='/b'>4,000 shops gutted in Kolkata fire</a></h2>"
        + "<div class='d'> January 12, 2008</div></div></div>"
        + INDENT * 35
        + "<div class='ni'><span>Press Trust Of India</span><div class='nidate'>"
        + "<span>Kolkata, January 13, 2008</span></div></div>"
        + "<p>The Army has been called in to assist the firemen as the market building burns.</p></div>",
    )
    found = _evidence(html)
    assert found["headline"] == "2008-01-13"
    assert html_publication_date(html, extensive=False)[0] == "2008-01-13"


def test_a_related_link_before_its_date_is_a_teaser() -> None:
    # 1ef621ac (earthtimes): the related article's link and date share a deeper table cell with the
    # headline than the story's own "Posted : Mon, 31 Dec 2007" line does
    html = _page(
        "Vardan loses in first round of Chennai Open : India Sports",
        "<table><tr><td><h1>Vardan loses in first round of Chennai Open</h1>"
        + "<table><tr><td><table><tr><td><table><tr><td><p>Related Articles</p></td></tr>"
        + "<tr><td><font><a href='/articles/166023.html'> - Tough draw for Indians at Chennai Open</a> |"
        + " 29 Dec 2007</font></td></tr></table></td></tr></table></td></tr></table></td></tr>"
        + "<tr><td><font><strong>Posted :</strong> Mon, 31 Dec 2007 16:00:00 GMT</font></td></tr></table>"
        + "<p>Vardan lost in the first round of the Chennai Open on Monday, his coach said.</p>",
    )
    assert _evidence(html)["headline"] == "2007-12-31"


def test_a_byline_link_is_no_teaser_headline() -> None:
    # an author's name of four words, linked, beside the page's own date line
    html = _page(
        "Trump no longer at risk of infecting others, doctor says",
        "<div class='head'><h1>Trump no longer at risk of infecting others, doctor says</h1></div>"
        + "<div class='meta'><div class='byline-dateline'><a href='/author/jvp'>José Volta e Pinto</a>"
        + " 11 October 2020, 8:34</div></div>"
        + "<p>The president's doctor said on Saturday he was no longer a risk to others.</p>",
    )
    assert _evidence(html)["headline"] == "2020-10-11"


def test_a_heading_with_a_linked_name_is_a_byline() -> None:
    # newrepublic: <h3>By <a>Ganesh Sitaraman</a></h3> beside the date: the link is not the heading
    html = _page(
        "The Collapse of Neoliberalism",
        "<div class='top'><h1>The Collapse of Neoliberalism</h1></div>"
        + "<div class='article-meta'><h3>By <a href='/authors/gs'>Ganesh Sitaraman</a></h3>"
        + "<time>December 23, 2019</time></div>"
        + "<p>The era of neoliberalism is over, and the question is what comes next for the country.</p>",
    )
    assert _evidence(html)["headline"] == "2019-12-23"


def test_links_after_the_date_line_are_its_own() -> None:
    # Fairfax: "19 January 2008 - 5:57PM" then "View all news | Send to a friend | Print"
    html = _page(
        "Bush urges stimulus package",
        "<div class='top'><h1>Bush urges stimulus package</h1></div>"
        + "<table><tr><td class='StandardText'>19 January 2008 - 5:57PM</td>"
        + "<td><a href='/news/world/'>View all news</a> | <a href='/email?id=1'>Send to a friend</a>"
        + " | <a href='/print?id=1'>Print</a></td></tr></table>"
        + "<p>President George W. Bush urged Congress to pass a stimulus package quickly.</p>",
    )
    assert _evidence(html)["headline"] == "2008-01-19"


def test_reading_offsets_read_a_run_of_white_space_as_one_space() -> None:
    text = "ab   cd \n\n  ef"
    read_at = _reading_offsets(text)
    assert [read_at(text.index(c)) for c in "abcdef"] == [0, 1, 3, 4, 6, 7]
    # an offset inside a run (a piece that starts with indentation) reads as the run's space
    assert read_at(9) == 6
