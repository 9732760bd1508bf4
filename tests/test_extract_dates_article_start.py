"""extract.dates: where the story starts on a page whose <title> and <h1> do not say (l3s_gn1 pages
of 2008, dates26): a headline the markup names, a story's first <h2>-<h4>, an article container with a
navigation-like name, the date line under a long headline, and a wire's dateline with no year."""

from lxml import html as lxml_html

from newsprism.extract.dates import page_date_evidence, parse_date_text


def _evidence(html: str) -> dict[str, str]:
    return page_date_evidence(lxml_html.document_fromstring(html))


MENU = "<p>" + " | ".join(f"Section {i}" for i in range(40)) + "</p>"
BODY = (
    "<p>NEWMARKET -- Rob Ramage's reputation as an exemplary citizen was trumped by a judge's desire to "
    "send a message to drinking drivers, and the former player was sentenced to four years in prison "
    "for the crash that killed his friend.</p>"
)


def test_a_headline_named_by_its_class_anchors_the_date_line() -> None:
    # 41caaf23: no <title>, no <h1>; a promo's "mainheadline" above the masthead has no body after
    # it, the story's "article_headline" does
    html = (
        "<html><body>"
        '<span class="mainheadline">Loads of laughs! City columnist helps you through the day</span>'
        "<p>Sunday, 20 January, 2008</p>" + MENU + '<div class="article_body"><div class="article_headline">'
        "<b>Slammer for Rammer</b></div> Fri, January 18, 2008<br>" + BODY + "</div></body></html>"
    )
    found = _evidence(html)
    assert found["headline"] == "2008-01-18"
    assert found["first-visible"] == "2008-01-18"
    assert "byline" not in found or found["byline"] == "2008-01-18"


def test_a_sub_headline_or_a_linked_one_is_no_headline() -> None:
    html = (
        "<html><body><p>Sunday, January 20, 2008</p>"
        + MENU
        + '<span class="subheadline">Josh Pringle writes '
        'on the week</span><span class="headline"><a href="/x">Toskala gets first shootout win</a></span>'
        + BODY
        + "</body></html>"
    )
    assert "headline" not in _evidence(html)


def test_a_story_heading_anchors_when_nothing_else_does() -> None:
    # a5446936: <h4> over the story, the site's date above a list of teasers
    html = (
        "<html><head><title>Mangalorean.Com- Serving Mangaloreans</title></head><body><p>Jan 15, 2008</p>"
        + MENU
        + "<h4>Scotland Yard makes no headway in Benazir murder probe</h4><p>Print article | E-mail</p>"
        "<p><strong>Islamabad, Jan 14 </strong>(IANS) The Scotland Yard team probing the murder of "
        "Pakistan's former prime minister Benazir Bhutto is facing lots of difficulties in the investigation "
        "owing to the lack of evidence at the assassination site, a newspaper said on Monday.</p></body></html>"
    )
    found = _evidence(html)
    assert found["headline"] == "2008-01-14"
    assert found["first-visible"] == "2008-01-14"


def test_an_article_container_with_a_nav_name_holding_the_titled_headline_is_read() -> None:
    # 9823a7f0: the Toronto Star's article in "..._NavWebPart_Article" (an ASP.NET control's type)
    html = (
        "<html><head><title>TheStar.com | Sports | John McHale, 86: Expos' first president</title></head>"
        '<body><p>Sunday, January 20, 2008 | Today\'s Star</p><div id="ctl00_MainNav_NavWebPart_Tabs">'
        + MENU
        + '</div><div id="ctl00_ContentPlaceHolder_article_NavWebPart_Article"><span class="headlineArticle">'
        "John McHale, 86: Expos&#39; first president</span><p>Jan 17, 2008 04:05 PM</p>" + BODY + "</div>"
        '<div id="ctl00_footer_NavWebPart_Footer"><span class="headline">Other story on the site</span>'
        "<p>January 19, 2008</p></div></body></html>"
    )
    found = _evidence(html)
    assert found["headline"] == "2008-01-17"
    assert found["first-visible"] == "2008-01-17"


def test_the_date_line_under_a_long_headline_beats_a_masthead_as_far_above_its_start() -> None:
    # e5a0cea3, 6f9799e1: the Pittsburgh Tribune's site bar above the <h1>, the same cell
    html = (
        "<html><body>" + MENU + "<td><div>Subscribe Now || Contact Staff || Tuesday, January 15, 2008 || "
        "Terms of Service</div><a href='/'>Back to headlines</a> Larger text Smaller text"
        "<h1>'No Country for Old Men,' 'Hairspray' and 'Juno' win at Critics' Choice Awards</h1>"
        "<table><tr><td><span>By The Associated Press</span><span><i>Tuesday, January 8, 2008</i></span>"
        + BODY
        + "</td></tr></table></td></body></html>"
    )
    found = _evidence(html)
    assert found["headline"] == "2008-01-08"
    # with the date line under the headline, the bar's date above it is no first date of the story
    assert found["first-visible"] == "2008-01-08"


def test_a_wire_dateline_with_no_year_takes_the_year_of_the_page() -> None:
    # 609e485c, c3ddd8a2: oHeraldo's masthead is the page's only full date
    def page(dateline: str, day: str) -> str:
        return (
            "<html><head><title>oHERALDo :: 13 hurt as plane crash-lands at Heathrow</title></head><body>"
            f"<p>Goa's complete online news edition - {day}</p>" + MENU + "<strong>13 hurt as plane "
            f"crash-lands at Heathrow</strong><div>{dateline} A British Airways plane crash-landed short of "
            "a runway at Heathrow Airport today, causing minor injuries to 13 people.</div></body></html>"
        )

    assert _evidence(page("LONDON, JAN 17 (PTI) —", "Sunday, January 20, 2008"))["headline"] == "2008-01-17"
    # a day after the masthead's in its year is the year before's
    assert _evidence(page("MARGAO, DEC 30 —", "Tuesday, January 15, 2008"))["headline"] == "2007-12-30"
    # no full date on the page, no year to give it
    html = page("LONDON, JAN 17 (PTI) —", "Sunday").replace("Sunday</p>", "today</p>")
    assert "headline" not in _evidence(html)


def test_a_space_before_the_comma_of_a_written_date() -> None:
    # f70d2b06: The Telegraph (Calcutta)'s "Today's Edition | Monday , December 31 , 2007"
    assert [day for day, _ in parse_date_text("Today's Edition | Monday , December 31 , 2007 |")] == [
        "2007-12-31"
    ]


def test_a_date_a_period_starts_from_is_no_day_of_the_page() -> None:
    # 6958faf6: The Telegraph (Calcutta)'s "ARCHIVES Since 1st March, 1999" above every headline
    html = (
        "<html><head><title>The Telegraph | Sports | Tour to continue for now, says BCCI</title></head><body>"
        "<p>Today's Edition | Wednesday , January 9 , 2008 | Advertise with us</p>"
        + MENU
        + MENU
        + MENU
        + "<p>ARCHIVES Since 1st March, 1999</p><div><b>Tour to continue for now, says BCCI</b></div>"
        + BODY
        + "</body></html>"
    )
    found = _evidence(html)
    assert "headline" not in found
    assert found["first-visible"] == "2008-01-09"
    # ... but a page online since a day is dated by it (8a7a23cf)
    html = html.replace("ARCHIVES Since 1st March, 1999", "Article online since January 10th 2008, 0:00")
    assert _evidence(html)["headline"] == "2008-01-10"
