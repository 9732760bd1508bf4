"""extract.dates: the headline is found by the page's own <title>, so a masthead's date (the day the
site served the page) above it does not win over the story's date line (l3s_gn1 pages of 2008)."""

from lxml import html as lxml_html

from newsprism.extract.dates import html_publication_date, page_date_evidence


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


FILLER = "<p>" + "Menu item " * 30 + "</p>"


def test_no_h1_masthead_above_the_title_headline() -> None:
    # 022b482d: no <h1>; "Tuesday, January 15, 2008 Weather" in the page's info bar
    html = _page(
        "Chelsea hoping to sign Anelka before weekend - Soccer - Sport",
        '<div id="infoBar"><p class="quickWeather">Tuesday, January 15, 2008</p> Weather: Hi 7C</div>'
        + FILLER
        + '<div class="article"><b>Chelsea hoping to sign Anelka before weekend</b>'
        + '<p class="deck">Wednesday, January 09, 2008</p>'
        + "<p>Chelsea are hoping to complete the signing of Nicolas Anelka in time for this "
        + "weekend's Premier League match, the club said.</p></div>",
    )
    assert html_publication_date(html, extensive=False)[0] == "2008-01-09"


def test_site_name_h1_is_not_the_headline() -> None:
    # 234b1541: <h1>The Columbus Dispatch</h1> is the logo; the <title> is the story's headline
    html = _page(
        "Seattle QB beats media blitz",
        "<h1>The Columbus Dispatch</h1><p>Columbus, Ohio | Jan 15, 2008 | Text-only version</p>"
        + FILLER
        + "<td><b>Seattle QB beats media blitz</b><p>Tuesday, January 8, 2008 3:20 AM By John Smith</p>"
        + "<p>Seattle quarterback Matt Hasselbeck is eager to return to the scene.</p></td>",
    )
    assert html_publication_date(html, extensive=False)[0] == "2008-01-08"


def test_section_label_h1_then_the_headline_h1() -> None:
    # 35ece29f: "Tennis Story" and the site's clock above the story's own <h1>
    html = _page(
        "Federer aiming for more titles",
        FILLER
        + '<div id="topbar"><span><h1>Tennis Story</h1></span>'
        + '<span><span id="label1">15 January 2008 16:22 BST</span></span></div>'
        + '<div id="centerbar"><div id="fullitem"><h1>Federer aiming for more titles</h1>'
        + "<div>Saturday, 05 Jan 2008 20:43</div>"
        + "<p>Roger Federer is aiming for more titles this season, he said.</p></div></div>",
    )
    assert html_publication_date(html, extensive=False)[0] == "2008-01-05"


def test_a_masthead_outside_the_article_container_is_passed_over() -> None:
    # 4a3cd9c0 (NY Daily News): the site's date in the page header, the nearest date to the <h1>,
    # and the story's date stamp in the article's own container
    html = _page(
        "Golden Globes show nixed by strike",
        '<div id="wrapper"><div id="nydn-header"><div id="nydn-datetime">Tuesday, January 15, 2008'
        + '</div></div><div id="content-shell"><div class="article" id="section-a">'
        + "<h1>Golden Globes show nixed by strike</h1>"
        + "<p>"
        + "Share this story with friends and family. " * 6
        + "</p>"
        + '<p class="datestamp">Tuesday, January 8th 2008, 4:00 AM</p>'
        + "<p>The Golden Globes full-scale telecast has been canceled.</p></div></div></div>",
    )
    assert html_publication_date(html, extensive=False)[0] == "2008-01-08"


def test_a_two_word_h1_in_the_title_outranks_the_site_name() -> None:
    # ejwue_de: the <h1> "Faire Lieferketten" stays the headline, not the site's longer name that
    # the <title> holds too
    html = _page(
        "Faire Lieferketten - Evangelisches Jugendwerk in Württemberg",
        "<p>Evangelisches Jugendwerk in Württemberg</p>"
        + FILLER
        + "<p>05.02.2020 - Redaktion: Eberhard Fuhr</p><h1>Faire Lieferketten</h1>"
        + "<p>Der Weltdienst lädt vom 6. - 7. März 2020 zum Aktionsworkshop ein.</p>",
    )
    assert html_publication_date(html, extensive=False)[0] == "2020-02-05"


def test_a_date_the_story_tells_of_is_no_date_line() -> None:
    # d88957f2: the only date under the headline is in a sentence of the story
    html = _page(
        "Minnesota Timberwolves At Phoenix Suns - NBA News Story",
        "<h1>NBA</h1>"
        + "<h1>Minnesota Timberwolves At Phoenix Suns</h1>"
        + "<p>The Timberwolves have dropped 14 in a row as the visitor.</p>"
        + "<p>Minnesota's only road victory was against the Hornets on November 26, 2007 at New "
        + "Orleans Arena.</p>",
    )
    assert "headline" not in page_date_evidence(lxml_html.document_fromstring(html))


def test_a_paragraph_opening_with_its_day_goes_on_as_prose() -> None:
    # 68e659b0: "January 10, 2008. A Thursday like never before." opens a column's paragraph; the
    # masthead's day stays the page's first date
    html = _page(
        "The Hindu Business Line : A new car, a new way",
        "<p>Business Daily</p><p>Monday, Jan 14, 2008</p>"
        + FILLER
        + "<b>A new car, a new way</b>"
        + "<p>January 10, 2008. A Thursday like never before. Ratan Tata's dream car for the "
        + "masses is unveiled in front of a packed audience at Pragati Maidan. The true people's "
        + "car can actually sit four persons and still travel around 22 kilometres.</p>",
    )
    assert html_publication_date(html, extensive=False)[0] == "2008-01-14"


def test_a_wire_dateline_opening_the_body_stays_the_date() -> None:
    # 01ccc7c5 (UN News): "16 January 2008 - The Security Council ..." goes on after a dash
    html = _page(
        "No agreement reached on Kosovo future status in Security Council",
        "<h1>No agreement reached on Kosovo future status in Security Council</h1>"
        + "<p>16 January 2008 \u2013 The Security Council today discussed the United Nations "
        + "peacekeeping mission in Kosovo, a Serbian province where ethnic Albanians outnumber "
        + "Serbs and other minorities by nine to one, with no agreement being reached.</p>",
    )
    assert html_publication_date(html, extensive=False)[0] == "2008-01-16"


def test_a_page_writing_month_names_first_reads_its_slash_dates_month_first() -> None:
    # 0acd5213 (a US blog): "01/07/2008 (6:00 pm)" beside comments "January 7, 2008 @ 8:21 pm"
    html = _page(
        "Former American Idol Jessica Sierra arrested",
        "<p>01/07/2008 (6:00 pm)</p><h1>Former American Idol Jessica Sierra arrested</h1>"
        + "<p>Trouble is striking our young female celebrities.</p>"
        + "<p>Comment by Dawn \u2014 January 7, 2008 @ 8:48 pm</p>",
    )
    assert html_publication_date(html, extensive=False)[0] == "2008-01-07"


def test_a_page_writing_days_first_keeps_its_slash_dates_day_first() -> None:
    html = _page(
        "Clarke misfires in Joburg",
        "<h1>Clarke misfires in Joburg</h1><p>10/01/2008</p>"
        + "<p>Darren Clarke is eight shots off the pace.</p><p>Next round on 12 January 2008</p>",
    )
    assert html_publication_date(html, extensive=False)[0] == "2008-01-10"


def test_a_british_clock_before_a_slash_date_reads_it_day_first() -> None:
    # d552f187 (the Telegraph): its readers' comments are stamped "January 6, 2008 2:09 PM"
    html = _page(
        "Empires are built on Harry Flashmans",
        "<h1>Empires are built on Harry Flashmans</h1>"
        + "<p>By William Langley Last Updated: 12:01am GMT 06/01/2008</p>"
        + "<p>Have your say.</p><p>Posted by Paul on January 6, 2008 2:09 PM</p>"
        + "<p>Posted by David on January 6, 2008 2:00 AM</p>",
    )
    assert html_publication_date(html, extensive=False)[0] == "2008-01-06"


def test_the_h1_holding_most_of_the_title_is_the_headline() -> None:
    # 3ecf8ed4: a section's <h1> ("News & Gossip") that the <title> names too, then the story's
    html = _page(
        "LA woman: actress Mischa Barton arrested on suspicion of drink driving - News & Gossip",
        '<div id="top"><div id="welcome"><div id="date">Thursday, January 17 2008</div></div></div>'
        + "<h1>News &amp; Gossip</h1>"
        + FILLER
        + "<h1>LA woman: actress Mischa Barton arrested on suspicion of drink driving</h1>"
        + '<p class="info"><em>Friday December 28 2007</em></p>'
        + "<p>ACTRESS Mischa Barton is now following down the well-worn jail path.</p>",
    )
    assert html_publication_date(html, extensive=False)[0] == "2007-12-28"


def test_a_date_holder_far_below_dated_headline_is_another_story_s() -> None:
    # f5c86ef9: the headline's date line, then a list of other stories' stamps in date holders
    news = "".join(
        f'<div class="item"><a>Other story {i}</a> <span class="date">Wed, Jan 16 2008, 07:{i:02d} GMT</span></div>'
        for i in range(10, 40)
    )
    html = _page(
        "Art project puts waterfalls in NYC river",
        "<h1>Art project puts waterfalls in NYC river</h1><p>Mon, Jan 14 2008, 19:53 GMT</p>"
        + "<p>"
        + "The artist said the waterfalls would run all summer long in the river. " * 25
        + "</p>"
        + news,
    )
    found = page_date_evidence(lxml_html.document_fromstring(html))
    assert found["headline"] == "2008-01-14"
    assert "byline" not in found
