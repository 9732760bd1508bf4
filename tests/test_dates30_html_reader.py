"""The HTML reader where it was wrong and the text reader right (session 29, dates30): a story's date
line in a class named for comments' style, a site's update bar, a title shown as a list's current
item, a site's name as the only <h1>, htmldate echoing a modification date, and the bare word "date"
after another word. Each page is cut from the dev page named in its test, its phrases kept."""

from __future__ import annotations

from newsprism.extract.dates import html_publication_date, page_date_evidence
from newsprism.extract.html_blocks import parse_page

# a paragraph of prose, as a story's body has (the reader looks for one after a headline)
_BODY = (
    "<p>Somali gunmen seized the acting Libyan ambassador and a colleague while they shopped in"
    " Mogadishu's busy Bakara market on Saturday but freed them hours later, embassy staff said, and"
    " the police went on looking for the men who held them for most of the afternoon.</p>"
)


def _html(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def test_a_story_date_class_beside_a_comments_style_class() -> None:
    # l3s_gn1 5d341f23 (swissinfo): the date line's second class names its comments' grey italics;
    # the digest's other stories (15 January) follow the story
    page = _html(
        "Somali gunmen briefly kidnap Libyan diplomats",
        '<div>Tuesday 15.01.2008</div><div><span class="story-date comments-grey-italic">January 5, 2008'
        " - 6:11 PM</span></div><h1>Somali gunmen briefly kidnap Libyan diplomats</h1>"
        + _BODY
        + '<div class="digest"><p>SWISS NEWS DIGEST</p><p>January 15, 2008 - 3:02 PM</p>'
        "<p>January 15, 2008 - 11:16 AM</p></div>",
    )
    assert html_publication_date(page, extensive=False)[0] == "2008-01-05"
    # a comment's own date stays furniture
    page = _html(
        "Storm hits the coast",
        "<h1>Storm hits the coast</h1><p>Tuesday 15 January 2008</p>"
        + _BODY
        + '<div><span class="comment-date comments-grey">January 17, 2008</span></div>',
    )
    assert "2008-01-17" not in page_date_evidence(parse_page(page)).values()


def test_a_sites_last_update_is_no_date_of_the_story() -> None:
    # l3s_gn1 62915fb3 (The Times, South Africa): the status bar's label and date are two elements
    # indented apart; the story's "Published: Jan 14, 2008" below it
    page = _html(
        "The Times - Article",
        '<table><tr><td class="LeftStatusBar">\n'
        + " " * 40
        + "Site last Updated: \n"
        + " " * 40
        + '<span id="ctl00_lblLastUpdated"><b>Jan 15 2008  4:36PM</b></span></td></tr></table>'
        '<table><tr><td class="ArticleHead">Mbeki puts top  cop on leave</td></tr><tr><td class="Byline">'
        'MPUMELELO MKHABELA</td><td class="Published"><font class="PublishedHead">Published:</font>'
        '<font class="PublishedDate">Jan 14, 2008</font></td></tr></table>' + _BODY,
    )
    evidence = page_date_evidence(parse_page(page))
    assert evidence.get("first-visible") == "2008-01-14"
    assert evidence.get("byline") == "2008-01-14"
    assert html_publication_date(page, extensive=False)[0] == "2008-01-14"


def test_a_pages_own_last_updated_stamp_still_dates_it() -> None:
    # l3s_gn1 9858dfc5 (Bloomberg): the story's only date line is its update stamp
    page = _html(
        "Stocks fall",
        "<h1>Stocks fall</h1><p>By Jane Doe</p><p>Last Updated: January 11, 2008 11:43 EST</p>" + _BODY,
    )
    assert page_date_evidence(parse_page(page)).get("first-visible") == "2008-01-11"


def test_the_title_as_a_news_lists_unlinked_item_is_not_the_headline() -> None:
    # l3s_gn1 cd49f963: the list of recent news shows the story's title in bold among links under
    # "10 January"; the archive's "Betting News by Date" days; the story and its date line below
    title = "Shearer and Redknapp play down Newcastle links"
    page = _html(
        title,
        "<table><tr><td><h2>15 January</h2><p><a href='/a'>Sharapova and Davenport clash hits Australian"
        " Open odds</a></p><h2>10 January</h2><p><a href='/b'>Big Brother contestants hit by McCririck"
        f" trick</a></p><p><b>{title}</b></p><p><a href='/c'>Daniel Day-Lewis favourite to land Globe</a>"
        "</p><p>Betting News by Date</p><p><a href='/d'>Tuesday 15 January 2008</a></p><p><a href='/e'>"
        "Monday 14 January 2008</a></p></td><td><font size=4>Shearer And Redknapp Play Down Newcastle"
        " Links</font><p><i>Thursday 10 January 2008 at 12:46</i></p><p>Early front-runners for the"
        " vacant managerial post at Newcastle United, Alan Shearer and Harry Redknapp, have distanced"
        " themselves from the job.</p></td></tr></table>",
    )
    evidence = page_date_evidence(parse_page(page))
    assert evidence.get("headline") == "2008-01-10"
    assert "label" not in evidence  # "by Date" is no label of the page's date


def test_the_bare_word_date_is_a_label_with_its_colon_or_alone() -> None:
    def label(line: str) -> str | None:
        page = _html("Storm hits the coast", f"<h1>Storm hits the coast</h1>{_BODY}<div>{line}</div>")
        return page_date_evidence(parse_page(page)).get("label")

    # dates/htmldate 1687351353: a legal notice's "Effective Date" (its gold: no date)
    assert label("Document # 202020701296 Effective Date \n Saturday, July 25, 2020") is None
    # l3s_gn1 b16f4a95 "Writer: Hughes Da Man Date: Sunday ...", dates/htmldate dw_com's "Date" alone
    assert label("Writer:  Hughes Da Man Date: Sunday, January 6, 2008") == "2008-01-06"
    assert label("Guinée-Conakry\n \n Date \n 23.05.2011") == "2011-05-23"
    assert label("Published Date:  \n 11/01/2008") is not None


def test_the_sites_name_in_its_only_h1_is_no_headline() -> None:
    # l3s_gn1 fcb21363 (Winnipeg Free Press): the <h1> links to the front page, the masthead's day
    # under it; the editorial's <h3> and its date line further down
    page = _html(
        "Winnipeg Free Press",
        '<div id="header"><h1><span><a href="/front"></a></span>Winnipeg Free Press Live</h1>'
        '<ul><li id="date">Monday, January 14, 2008</li><li>School Day 6</li></ul></div>'
        '<div id="content_top"><h2>Editorials</h2></div><div id="content_body"><h3>Capping the deal</h3>'
        "<p class='date'>Mon Jan  7 2008</p><p class='first'>David Asper's plan to build a new"
        " $145-million stadium and retail complex just got a lot more interesting. Mr. Asper says he's"
        " prepared to add a $1.8 million inflatable roof at his own cost so the stadium can be used year"
        " round.</p></div>",
    )
    assert page_date_evidence(parse_page(page)).get("headline") == "2008-01-07"


def test_htmldate_echoing_the_modification_date_votes_once() -> None:
    # l3s_gn1 c0804a24 (The Times of India): an HTTP Last-Modified two days after the story's date
    # line; htmldate, finding no original date, falls back on it
    page = (
        '<html><head><meta http-equiv="Last-Modified" content="16 Jan, 2008 0016hrs IST">'
        "<title>Kat to go to London... with Sallu</title></head><body><span><arttitle>Kat to go to"
        ' London... with Sallu</arttitle></span><br><span class="headingnext">14 Jan 2008, 0000 hrs'
        " IST</span>" + _BODY + "</body></html>"
    )
    assert html_publication_date(page) == ("2008-01-14", "headline")


def test_the_headline_between_share_links_is_kept_over_a_lists_link() -> None:
    # dates/htmldate 1728970162 (money.udn.com): the story's <h2> stands between its menu's and its
    # share bar's links; a list further down, past the story, links to the same story by its title
    title = "索尼、鎧俠業績遭波及 已向美申請供貨華為"
    page = _html(
        f"{title} | 兩岸焦點 | 經濟日報",
        "<div><a href='/money/cate/5591'>理財</a></div><div id='story_body_content'>"
        f"<h2 id='story_art_title'>{title}</h2><ul class='shareBar'><li><a href='#'>分享</a></li></ul>"
        "<div class='story_bady_info'><span class='story_bady_info_author'>2020-10-04 19:37</span></div>"
        "<p>日本索尼和鎧俠的業績受到美國對華為禁令的波及，兩家公司已向美國政府申請繼續向華為供貨，"
        "業界人士認為審批結果將影響日本半導體供應鏈的前景，市場正密切關注美方的回應與後續的發展。"
        "分析師指出，禁令實施後相關企業的營收可能大幅下滑，短期內難以找到替代的大型客戶。</p>"
        + "<p>索尼表示，公司正與美國政府溝通，希望盡快取得許可，以維持對主要客戶的出貨與服務。</p>"
        * 4
        + "</div>"
        f"<dl><dt><a href='/money/story/5603/4909425'>{title}</a></dt><dt><a href='/x'>傳陳同佳律師將見台官方"
        " 陸委會：目前沒訊息</a></dt></dl>",
    )
    assert page_date_evidence(parse_page(page)).get("headline") == "2020-10-04"
