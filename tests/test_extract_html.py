"""Unit tests for newsprism.extract.html and its helpers (html_blocks, html_body, html_meta)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.extract import extract
from newsprism.extract.html import read_html
from newsprism.extract.html_blocks import page_blocks, parse_page
from newsprism.extract.html_body import choose_text
from newsprism.extract.html_meta import (
    PageMeta,
    _date_line,
    _site_names,
    clean_author,
    headline,
    outlet,
    page_meta,
    trim_title,
)
from newsprism.records import Article, Document

PARAGRAPHS = [
    "The finance ministers of the seven largest economies met in Rome on Tuesday to discuss the "
    "slowing global economy and the rising price of oil, officials said after the meeting.",
    "They agreed that central banks should keep a close eye on inflation, which has climbed in "
    "most member countries over the past year, and that governments should avoid new trade barriers.",
    "Several ministers said the talks had been frank but constructive, and that a joint statement "
    "would be published later in the week once the remaining wording had been settled.",
    "Analysts said markets were unlikely to react strongly, since most of the measures discussed "
    "had already been announced by individual governments in recent months.",
]


def news_page(*, head: str = "", before: str = "", after: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<html><head><title>Ministers meet in Rome | The Daily Example</title>{head}</head><body>"
        '<div id="nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>'
        '<li><a href="/sport">Sport</a></li></ul></div>'
        f'<div class="article"><h1>Ministers meet in Rome</h1>{before}{body}{after}</div>'
        '<div id="footer"><p>© 2008 The Daily Example. All rights reserved.</p></div>'
        "</body></html>"
    )


def html_doc(content: str, **kw: object) -> Document:
    return Document(id="p1", source="test", kind="html", content=content, **kw)  # type: ignore[arg-type]


def test_body_headline_and_paragraphs() -> None:
    art = read_html(html_doc(news_page(), url="https://www.example.com/world/rome.html"))
    assert art.title == "Ministers meet in Rome"
    assert art.text.split("\n\n") == PARAGRAPHS
    assert art.outlet == "example.com"
    assert art.language  # set by extract.language from the body
    assert art.extra["html_body_method"] == "scorer"
    assert "All rights reserved" not in art.text
    assert "Home" not in art.text


def test_script_in_body_never_leaks() -> None:
    script = '<script>var secretTrackingCode = "leak"; document.write("LEAKED TEXT");</script>'
    style = "<style>.x { color: red; }</style>"
    art = read_html(html_doc(news_page(before=script + style, after="<noscript>enable js</noscript>")))
    assert art.text
    for leak in ("secretTrackingCode", "LEAKED", "document.write", "color: red", "enable js"):
        assert leak not in art.text
    tree = parse_page(news_page(before=script))
    assert tree is not None
    for block in page_blocks(tree):
        assert "secretTrackingCode" not in block.text


def test_container_metadata_wins() -> None:
    doc = html_doc(news_page(), title="Given title", published="2008-01-15", outlet="Wire", authors=("A B",))
    art = read_html(doc)
    assert (art.title, art.published, art.outlet, art.authors) == (
        "Given title",
        "2008-01-15",
        "Wire",
        ("A B",),
    )
    assert art.published_source == "container"


def test_byline_gives_clean_author() -> None:
    page = news_page(before='<p class="byline">By JOHN SMITH, Associated Press Writer</p>')
    art = read_html(html_doc(page))
    assert art.authors == ("John Smith",)
    assert "JOHN SMITH" not in art.text


def test_meta_author_and_site_name() -> None:
    head = '<meta name="author" content="Jane Doe"><meta property="og:site_name" content="Example News">'
    art = read_html(html_doc(news_page(head=head)))
    assert art.authors == ("Jane Doe",)
    assert art.outlet == "Example News"


def test_json_ld_headline_authors_publisher() -> None:
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"headline": "Ministers meet in Rome", "author": [{"@type": "Person", "name": "Ann Lee"}, '
        '{"@type": "Person", "name": "Bo Chan"}], "publisher": {"@type": "Organization", "name": "Example Times"}}'
        "</script>"
    )
    tree = parse_page(news_page(head=ld))
    assert tree is not None
    meta = page_meta(tree)
    assert meta.ld_headline == "Ministers meet in Rome"
    assert meta.ld_authors == ("Ann Lee", "Bo Chan")
    assert outlet(meta, None) == "Example Times"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("By JOHN SMITH", "John Smith"),
        ("By Jane Doe, Staff Writer", "Jane Doe"),
        ("Posted by Mary O'Neil on January 5, 2008", "Mary O'Neil"),
        ("By: Tom Brown - The Daily Example", "Tom Brown"),
        ("Jane Doe | 12/01/2008", "Jane Doe"),
        ("By DAVID B. CARUSO - Associated Press Writer", "David B. Caruso"),
        ("The Daily Example", None),
        ("Julian Linden in Sydney", "Julian Linden"),
        ("PR Newswire", None),
        ("CBSNews", None),
        ("jrmylmb", None),
        ("The Times-Picayune", None),
        ("Washington Post editors", None),
        ("Click here to read more about this story", None),
        ("", None),
    ],
)
def test_clean_author(raw: str, expected: str | None) -> None:
    assert clean_author(raw, outlet_name="The Daily Example") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Taiwan vote may boost ties with China | Seattle Times Newspaper",
            "Taiwan vote may boost ties with China",
        ),
        (
            "CDMA closure delayed at least three months | Herald Sun",
            "CDMA closure delayed at least three months",
        ),
        ("Reuters - Oil hits record high on supply fears", "Oil hits record high on supply fears"),
        ("Headline without a suffix", "Headline without a suffix"),
        ("BBC NEWS | Business | Banks cut rates again", "Banks cut rates again"),
    ],
)
def test_trim_title(title: str, expected: str) -> None:
    assert trim_title(title, ["Reuters"]) == expected


def test_headline_prefers_block_the_title_contains() -> None:
    tree = parse_page(
        "<html><head><title>SFGate: Daily Dish : Ronson Denies Winehouse Affair</title></head><body>"
        "<div class='masthead'>SFGate: Daily Dish</div><h2>Ronson Denies Winehouse Affair</h2>"
        f"<p>{PARAGRAPHS[0]}</p></body></html>"
    )
    assert tree is not None
    blocks = page_blocks(tree)
    assert headline(page_meta(tree), blocks, 2) == "Ronson Denies Winehouse Affair"
    assert headline(PageMeta(), [], None) is None


def test_outlet_from_url_and_none() -> None:
    assert outlet(PageMeta(), "http://www.kansascity.com/news/x.html") == "kansascity.com"
    assert outlet(PageMeta(meta={"application-name": "Sun"}), None) == "Sun"
    assert outlet(PageMeta(), None) is None
    assert outlet(PageMeta(canonical="https://www.seattletimes.com/a.html"), None) == "seattletimes.com"
    assert outlet(PageMeta(canonical="/relative/a.html"), None) is None
    assert outlet(PageMeta(), "news.example.org/story/1") == "news.example.org"
    assert outlet(PageMeta(), "http://[bad") is None


@pytest.mark.parametrize(
    "content",
    [
        "",
        "   ",
        "<html></html>",
        "<<<>>>",
        "\x00\x01binary",
        '<?xml version="1.0" encoding="utf-8"?><html><p>x</p>',
        "<html><body><p>Only one short line.</p></body></html>",
        "<script>alert(1)</script>",
        "plain text, no tags",
    ],
)
def test_empty_or_garbage_html_gives_empty_article(content: str) -> None:
    art = read_html(html_doc(content))
    assert isinstance(art, Article)
    assert art.text == "" or len(art.text.split()) < 10
    dropped = extract(html_doc(content))
    assert dropped.dropped is not None or dropped.text


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(max_size=400)
    | st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<div>",
                "<br>",
                "<a href='x'>",
                "</a>",
                "<script>",
                "</script>",
                "<h1>",
                "word ",
                "&amp;",
                "<!--",
                "-->",
                "<table><tr><td>",
                "\u00e9",
                "\x00",
            ]
        ),
        max_size=60,
    ).map("".join)
)
def test_any_string_gives_an_article(content: str) -> None:
    art = read_html(html_doc(content))
    assert isinstance(art, Article)
    assert isinstance(art.text, str)


STORY = " ".join(PARAGRAPHS)
INDEX = (
    "Ticket prices for the best seats at West End theatres rise to nearly eighty pounds, according to "
    "an industry newspaper. A missing painting is sought by the BBC. The Rijksmuseum is set for a "
    "grand reopening after ten years of building work."
)
OTHER = (
    "Storms closed three motorways overnight. Police urged drivers to stay at home while crews cleared "
    "fallen trees, and rail operators cancelled most morning services across the region."
)


@pytest.mark.parametrize(
    ("scored", "traf", "read", "method"),
    [
        (STORY, OTHER, OTHER, "scorer"),  # 1. the scorer's blocks
        ("", STORY, "", "trafilatura"),  # 2. only one extractor found text
        ("", None, STORY, "readability"),  # 2. trafilatura not asked
        ("", STORY, STORY + " " + PARAGRAPHS[0], "readability"),  # 2. they agree: the longer
        ("", STORY, OTHER, "trafilatura"),  # 2. a stray fragment beside a text four times longer
        ("", STORY, OTHER + " " + INDEX, "none"),  # 3. they contradict each other: an index page
        ("short", "too short", "", "none"),  # 3. nothing anywhere
    ],
)
def test_body_fallbacks(scored: str, traf: str | None, read: str, method: str) -> None:
    text, got = choose_text(scored, traf, read)
    assert got == method
    assert (text == "") == (method == "none")


def _headline_of(page: str, body_opening: str) -> str | None:
    """`headline` on a page whose body starts at the block that opens with `body_opening`."""
    tree = parse_page(page)
    assert tree is not None
    blocks = page_blocks(tree)
    start = next(i for i, b in enumerate(blocks) if b.text.startswith(body_opening))
    body = "\n\n".join(b.text for b in blocks[start:])
    return headline(page_meta(tree), blocks, start, body)


# Snippets of l3s_gn1 pages (../shared/data/extraction/l3s_gn1/html), cut down to the blocks around
# the headline; the <title>s and texts are the pages' own.
MCGOVERN = (
    "For the first time in a decade, former winner Jim McGovern back on tour",
    "<html><head><title>Charleston Daily Mail</title></head><body>"
    "<div>Tuesday January 15, 2008 3:42 pm</div>"
    "<div><a href='/news'>News</a> <a href='/sports'>Sports</a> <a href='/wvu'>WVU Sports</a></div>"
    "<div>For the first time in a decade, former winner Jim McGovern back on tour</div>"
    "<p>By DOUG FERGUSON</p><p>AP Golf Writer</p>"
    "<p>HONOLULU (AP) -- The PGA Tour has 22 rookies at the Sony Open. That doesn't include Jim "
    "McGovern.</p></body></html>",
    "HONOLULU",
)
BBC_NO_TITLE = (
    "Gulf states urge peace with Iran",
    "<html><head></head><body><table><tr><td>Last Updated: Tuesday, 4 December 2007, 17:04 GMT</td>"
    "<td><a href='/mail'>E-mail this to a friend</a></td><td><a href='/print'>Printable version</a></td>"
    "</tr></table><div>Gulf states urge peace with Iran</div>"
    "<div>Ahmadinejad is the first Iranian leader to attend the GCC summit</div>"
    "<table><tr><td>Gulf leaders have ended their summit in Qatar reiterating their desire for a "
    "peaceful solution to the crisis over Iran's nuclear programme.</td></tr></table></body></html>",
    "Gulf leaders",
)
CLUBCALL_SECTION = (
    "Dowling set for absence",
    "<html><head><title>clubcall - Rugby Union news, results, reports, 6 Nations, British Lions</title>"
    "</head><body><table><tr><td><a href='/rugby'>Rugby Union</a></td><td><a href='/news'>News</a></td>"
    "<td><a href='/league'>Rugby League</a></td></tr>"
    "<tr><td>Rugby Union</td></tr><tr><td>Dowling set for absence</td></tr>"
    "<tr><td>2007-12-30 14:49:00.0</td></tr><tr><td>Munster star Ian Dowling is set to spend a "
    "spell on the sidelines after sustaining a knee injury.</td></tr></table></body></html>",
    "Munster star",
)
ALL_CAPS_LABEL = (
    "Cassio and Cornthwaite return for Glory clash",
    "<html><head><title>SportsAustralia.com :: News Article</title></head><body>"
    "<div>NEWS ARTICLE</div><h3>Cassio and Cornthwaite return for Glory clash</h3>"
    "<div>Adelaide United</div><div>Tuesday January 8, 2008</div>"
    "<p>Adelaide United FC defenders Cassio and Robert Cornthwaite will be available this Sunday "
    "Night to take on Perth Glory.</p></body></html>",
    "Adelaide United FC",
)
SITE_TITLE_NO_SHARED_WORD = (
    "Sri Lankan cricket chief resigns",
    "<html><head><title>The Independent on Saturday</title></head><body>"
    "<div><a href='/news'>News</a> | <a href='/opinion'>Opinion</a></div>"
    "<h1>Sri Lankan cricket chief resigns</h1><div>31 December 2007, 12:20</div>"
    "<div>Colombo - Sri Lanka's cricket chief Jayantha Dharmadasa on Monday stepped down, clearing "
    "the way for Arjuna Ranatunga to take over.</div>"
    "</body></html>",
    "Colombo",
)
# cleanportaleval tv_msnbc_com_news_12: a JSON-LD headline without the site suffix, a "share" heading
MSNBC_TOOL_HEADING = (
    "What we’re reading: Thursday, May 23, 2013",
    "<html><head><title>What we’re reading: Thursday, May 23, 2013 — MSNBC</title>"
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
    '"What we’re reading: Thursday, May 23, 2013"}</script></head><body>'
    "<h1>What we’re reading: Thursday, May 23, 2013</h1><h4>Share this with friends</h4>"
    "<p>President Obama is making a wide-ranging speech at the National Defense University, "
    "discussing the detention facility in Guantanamo Bay.</p></body></html>",
    "President Obama",
)

# the <title>'s long part is the site's description, sharing one word ("Pakistan") with the body;
# the headline above the body shares all of its words
SITE_DESCRIPTION_TITLE = (
    "Church holds service to condole Benazir’s death",
    "<html><head><title>Daily Times - Leading News Resource of Pakistan</title></head><body>"
    "<div><a href='/b'>Briefs</a> <a href='/f'>Foreign</a> <a href='/e'>Editorial</a></div>"
    "<div>Monday, January 14, 2008</div><div>Share this story!</div>"
    "<div>Church holds service to condole Benazir’s death</div>"
    "<p>LAHORE: A condolence reference for former Pakistan People’s Party (PPP) chairperson Benazir "
    "Bhutto was held at St Johns Catholic Church, Yuhanabad, on Sunday. The service was led by Father "
    "Emanuel Asi and the programme was arranged by PPP workers.</p></body></html>",
    "LAHORE",
)
# a block repeating the whole <title>, site and section included, above the headline itself
TWO_LEVEL_PREFIX = (
    "John McHale, 86: Expos' first president",
    "<html><head><title>TheStar.com | Sports | John McHale, 86: Expos' first president</title></head>"
    "<body><div><a href='/h'>Hockey</a> | <a href='/b'>Baseball</a></div><div>obituary</div>"
    "<div>TheStar.com | Sports | John McHale, 86: Expos' first president</div>"
    "<p>John McHale, who was president of the Montreal Expos when they entered the major leagues "
    "as an expansion team in 1969, has died. He was 86.</p></body></html>",
    "John McHale, who",
)
# the heading nearest the body is its deck, a sentence; a photo caption ends in an agency's credit
DECK_AND_CAPTION = (
    "James Harden Earns Pac-10 Player of the Week",
    "<html><head><title>CSTV.com: #1 in College Sports</title></head><body>"
    "<h1>James Harden Earns Pac-10 Player of the Week</h1>"
    "<h2>Freshman only player in the league ranked in top ten of each shooting category.</h2>"
    "<div>The defence ministry said troops had killed at least 33 separatists [EPA]</div>"
    "<p>Sun Devil freshman James Harden has been named the U.S. Bank Pacific-10 Conference Men's "
    "Basketball Player of the Week, Commissioner Tom Hansen announced today.</p></body></html>",
    "Sun Devil",
)
# an AFP feed's machine id above the body, and a logo's spaced-out letters, are no headlines
MACHINE_ID = (
    "DiCaprio attacker’s extradition sought",
    "<html><head></head><body><div>e C e n t r a l</div>"
    "<div>20080101T064242Zafp.com20080101080101062849.77i9bh871urn:newsml:afp.com:20080101</div>"
    "<div>DiCaprio attacker’s extradition sought</div>"
    "<p>A woman who fled to Canada after slashing Leonardo DiCaprio with a broken beer bottle at a "
    "party in 2005 could be extradited back to the US. DiCaprio suffered an injury, and the "
    "attacker fled.</p></body></html>",
    "A woman who",
)
# "World Soccer" is the site's name, written in capitals elsewhere on the page
NAME_IN_CAPITALS_ELSEWHERE = (
    "Grant admires never-say-die Chelsea",
    "<html><head><title>World Cup Soccer. All the top world soccer news daily. News from international "
    "soccer. World Cup 2010, Euro 2008, champion's league.</title></head><body><div>WORLD SOCCER</div>"
    "<div><a href='/n'>News</a></div><h1>Grant admires never-say-die Chelsea</h1><div>First Published: "
    "Jan 09, 2008</div><h2>World Soccer</h2><p>Avram Grant believes Chelsea's never-say-die spirit will "
    "help his side reach a third League Cup final in four seasons.</p></body></html>",
    "Avram Grant",
)

# two headings in a row above the body: the headline, then its deck (nearer the body)
HEADLINE_OVER_DECK = (
    "Pakistan Muslims recall Bhutto",
    "<html><head><title>In remembering Bhutto, local Pakistanis cite nation's 'Kennedy moment' - The "
    "Boston Globe</title></head><body><div><a href='/'>Home</a> / <a href='/news'>News</a></div>"
    "<h1>Pakistan Muslims recall Bhutto</h1><h2>Leader memorialized at prayer service</h2>"
    "<div>Globe Staff / December 31, 2007</div>"
    "<p>WAYLAND - Bowed down on bended knee, Muslim mourners rocked gently back and forth as they "
    "recited passages from the Koran under their breath, remembering Bhutto.</p></body></html>",
    "WAYLAND",
)
# a heading apart from the headline's run (a sub-heading of the sidebar) is not the run's first
SEPARATE_HEADINGS = (
    "Hellga on American Gladiators",
    "<html><head><title>CanMag</title></head><body><h2>Funny Videos</h2><div>Stay with us</div>"
    "<h1>Hellga on American Gladiators</h1><div>January 7, 2008</div>"
    "<p>Hellga may be the most intimidating American Gladiator that the female contestants will "
    "face, a bodybuilder with bulk comparable to the men.</p></body></html>",
    "Hellga may",
)
# AFP's NewsML header printed as one block: the headline sits between its timestamps and byline
NEWSML_HEADER = (
    "Thai court clears way for Thaksin allies to form govt",
    "<html><head></head><body><div><a href='/m'>MAIL THIS STORY</a></div>"
    "<div>20080118T125454Zafp.com20080118080118104718.c1crj20l2urn:newsml:afp.com:20080118:"
    "080118104718.c1crj20l:2Thailand-politics20080118T105102Z20080118T125439ZThai court clears way "
    "for Thaksin allies to form govtby Boonradom ChitradonBANGKOK (AFP)© 2008 AFPThailand-politics "
    "2ndlead-WRAP</div><p>Thailand's Supreme Court on Friday cleared the way for allies of ousted "
    "premier Thaksin Shinawatra to form a government, rejecting legal challenges.</p></body></html>",
    "Thailand's",
)

# the headline sits above six related-story links, more than eight blocks before the body; the
# <title> names only the paper
RELATED_LINKS_BETWEEN = (
    "Ronaldo could earn greater fortune at Real",
    "<html><head><title>Cape Argus</title></head><body>"
    "<h1>Ronaldo could earn greater fortune at Real</h1><div>30 December 2007, 12:38</div>"
    "<h3>Related Articles</h3>"
    + "".join(
        f"<div><a href='/r{i}'>{t}</a></div>"
        for i, t in enumerate(
            [
                "Ronaldo needs silverware to underline ability",
                "Ronaldo 'absolutely perfect' for Fergie",
                "Ronaldo doesn't dive, he's too quick - Giggs",
                "Fergie fumes in Ronaldo dive row",
                "Ronaldo is world talent - Ferguson",
                "Ronaldo double seals the deal for Manchester",
                "Ronaldo scores twice against Birmingham",
            ]
        )
    )
    + "<p>Spanish champions Real Madrid have said they are prepared to pay up to 70 million euros "
    "for Manchester United winger Cristiano Ronaldo, a fortune for any player.</p></body></html>",
    "Spanish champions",
)

# the <title> cuts the headline short; the heading nearest the body is its deck, and the headline
# stands above share tools
TITLE_CUT_SHORT = (
    "Foxy Brown Asks For Early Release From Prison, Says Her 'Health Is In Jeopardy': Report",
    "<html><head><title>Foxy Brown Asks For Early Release From Prison - News Story | Music, Celebrity, "
    "Artist News | MTV News</title></head><body><div>Jan 16 2008 2:48 PM EST</div>"
    "<h1>Foxy Brown Asks For Early Release From Prison, Says Her 'Health Is In Jeopardy': Report</h1>"
    "<div>Views</div><div>2,731</div><div><a href='/s'>Send to Friend</a></div>"
    "<h2>Rapper's attorney reportedly says further ear damage 'will have dire consequences.'</h2>"
    "<div>By Kurt Orzeck</div>"
    + "".join(f"<div><a href='/t{i}'>{t}</a></div>" for i, t in enumerate(["Digg", "Newsvine", "Print"]))
    + "<p>Foxy Brown, who experienced deafness for a year before having surgery for sudden hearing "
    "loss in 2006, is pleading with a judge for an early release from prison.</p></body></html>",
    "Foxy Brown, who",
)
# the heading prints a date before the headline that the <title> gives
DATE_BEFORE_HEADING = (
    "Jeremy Clarkson ripped off",
    "<html><head><title>Jeremy Clarkson ripped off - Digital Lifestyle - Macworld UK</title></head>"
    "<body><div><a href='/d'>Digital Lifestyle</a> &gt; <a href='/n'>News</a></div>"
    "<h1>Wednesday, 09 January 2008 Jeremy Clarkson ripped off</h1>"
    "<h2>Top Gear presenter fails to make his point</h2><div>Andrew Hendry, Computerworld</div>"
    "<p>BBC presenter Jeremy Clarkson has lost 500 pounds after publishing his bank details in a "
    "British newspaper in a naive attempt to prove a point.</p></body></html>",
    "BBC presenter",
)

# a headline naming a year is no date line; a copyright line and a wire slug with a year are
YEAR_IN_HEADLINE = (
    "Magellan(R) Comes Out in Force at CES 2008 (2º)",
    "<html><head><title>Noticias Infobolsa / Titulares</title></head><body>"
    "<div><a href='/a'>AGENDA</a></div><div>© 2008 Infobolsa Titulares</div>"
    "<div>Magellan(R) Comes Out in Force at CES 2008 (2º)</div>"
    "<p>07/01/2008 20:12:00 Business Wire Magellan RoadMate(R) Line Expands with Five New Solutions: "
    "Magellan will add five new additions to its RoadMate line of portable navigation.</p></body></html>",
    "07/01/2008",
)


@pytest.mark.parametrize(
    ("expected", "page", "body_opening"),
    [
        MCGOVERN,
        BBC_NO_TITLE,
        CLUBCALL_SECTION,
        ALL_CAPS_LABEL,
        SITE_TITLE_NO_SHARED_WORD,
        MSNBC_TOOL_HEADING,
        SITE_DESCRIPTION_TITLE,
        TWO_LEVEL_PREFIX,
        DECK_AND_CAPTION,
        MACHINE_ID,
        NAME_IN_CAPITALS_ELSEWHERE,
        HEADLINE_OVER_DECK,
        SEPARATE_HEADINGS,
        NEWSML_HEADER,
        RELATED_LINKS_BETWEEN,
        TITLE_CUT_SHORT,
        DATE_BEFORE_HEADING,
        YEAR_IN_HEADLINE,
    ],
    ids=[
        "site-title",
        "no-title",
        "section-link",
        "caps-label",
        "unrelated-title",
        "tool-heading",
        "site-description",
        "two-level-prefix",
        "deck-and-caption",
        "machine-id",
        "name-in-capitals",
        "headline-over-deck",
        "separate-headings",
        "newsml-header",
        "related-links-between",
        "title-cut-short",
        "date-before-heading",
        "year-in-headline",
    ],
)
def test_headline_passes_over_site_and_section_names(expected: str, page: str, body_opening: str) -> None:
    assert _headline_of(page, body_opening) == expected


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Winona Daily News", True),
        ("Local Sports Wire", True),
        ("TOP STORIES", True),
        ("Goal.com", True),
        ("Bloomberg.com: Muse", True),
        ("Rugby Union", True),  # a menu link of the page below
        ("Chelsea", True),  # a short segment of the page's <title>
        ("HITZFELD BEGINS SWISS TALKS", False),  # an all-caps headline of four words
        ("Red-hot frontrunners", False),
        ("Groban CD breaks Christmas record", False),
        ("Some Subscribers Can Now Watch HBO Online", False),
    ],
)
def test_site_and_section_names(text: str, named: bool) -> None:
    tree = parse_page(
        "<html><head><title>Goal.com - Chelsea - Cole: Winning Carling Cup Would Give Chelsea Momentum"
        "</title></head><body><ul><li><a href='/r'>Rugby Union</a></li><li><a href='/g'>Golf</a></li>"
        "</ul><p>Talking of Chelsea's Carling Cup challenge against Everton.</p></body></html>"
    )
    assert tree is not None
    assert _site_names(page_meta(tree), page_blocks(tree)).named(text) is named


@pytest.mark.parametrize(
    ("text", "date_line"),
    [
        ("Published: January 9, 2008", True),
        ("Jan 16 2008 2:48 PM EST", True),
        ("January 9th, 2008 by Ed Kent", True),
        ("© 2008 The Daily Example", True),
        ("Copyright 2008 Associated Press All rights reserved", True),
        ("p0734 BC-Yemen-Attack 3rdLd-Writethru 01-18 0726", True),
        ("Magellan(R) Comes Out in Force at CES 2008", False),
        ("Melting polar cap No. 1 weather story of 2007", False),
        ("Wii tops console poll", False),
    ],
)
def test_date_line(text: str, date_line: bool) -> None:
    assert _date_line(text, re.findall(r"\w+", text)) is date_line


_OVERLAY_PAGE = (
    '<html><body class="no-cookie"><div class="modal fade"><div class="modal-body">'
    "<p>Our weekly email newsletter, delivered every Friday to your inbox.</p>"
    "<p>Dein Browser ist leider veraltet. Lade einen neueren Browser herunter.</p></div></div>"
    '<article class="post category-newsletter"><p>The council voted on Tuesday to close the old bridge.</p>'
    '</article><div class="cookie-banner">We use cookies.</div></body></html>'
)


def test_overlay_boxes_are_marked() -> None:
    blocks = page_blocks(parse_page(_OVERLAY_PAGE))
    marked = {b.text[:12]: b.overlay for b in blocks}
    # a modal's and a cookie banner's blocks are; <body>'s page state and a post category are not
    assert marked == {"Our weekly e": True, "Dein Browser": True, "The council ": False, "We use cooki": True}


def test_overlay_blocks_only_readability_took_are_dropped() -> None:
    from newsprism.extract.html_body import _BlockView, _unconfirmed_overlays

    blocks = page_blocks(parse_page(_OVERLAY_PAGE))
    traf = "Dein Browser ist leider veraltet. Lade einen neueren Browser herunter.\nThe council voted."
    # the newsletter box trafilatura did not take goes; the one it took and the article stay
    assert _unconfirmed_overlays(_BlockView(blocks), {0, 1, 2}, traf) == {0}
    assert _unconfirmed_overlays(_BlockView(blocks), {2}, None) == set()


def test_post_state_classes_give_no_hint_words() -> None:
    page = (
        '<html><body><article class="post-7 post type-post format-video has-post-thumbnail '
        'category-media tag-comments"><div class="entry-content">'
        "<p>The council voted on Tuesday to close the old bridge.</p></div></article>"
        '<figure class="wp-caption"><figcaption>A photo of the bridge.</figcaption></figure></body></html>'
    )
    hints = [b.hints for b in page_blocks(parse_page(page))]
    # WordPress's post_class() states (has-post-thumbnail, format-video, category-media, tag-comments)
    # describe the post, not the element: the paragraph gets only "post" and "entry content" words;
    # a real caption element keeps its own
    assert hints[0] == frozenset({"post", "entry", "content"})
    assert {"wp", "caption"} <= hints[1]


# Modern pages (../shared/data/dates/htmldate/html, 2019-2023) whose og:title gives the headline
# alone, cut down to the blocks around it: a short headline that the <title>'s short segment or a
# breadcrumb link also names is the page's own, not a section's name.
GREENPEACE_BREADCRUMB = (
    "Indonesia",
    "<html><head><title>Indonesia | Greenpeace International</title>"
    "<meta property='og:title' content='Indonesia'>"
    "<meta property='og:site_name' content='Greenpeace International'></head><body>"
    "<ul><li><a href='/'>Home</a></li><li><a href='/f'>Forests</a></li><li><a href='/i'>Indonesia</a></li></ul>"
    "<h1>Indonesia</h1><h2>Indonesia is a treasure chest of biodiversity; it is home to between 10 "
    "and 15 per cent of known plant, mammal and bird species.</h2>"
    "<p>The mass destruction of Indonesia's rainforests and carbon-rich peatlands for palm oil and "
    "pulp and paper goes on.</p></body></html>",
    "Indonesia is a treasure",
)
WIKI_SITE_SUFFIX = (
    "Penny",
    "<html><head><title>Penny - Stardew Valley Wiki</title>"
    "<meta property='og:title' content='Penny - Stardew Valley Wiki'>"
    "<meta property='og:site_name' content='Stardew Valley Wiki'></head><body>"
    "<ul><li><a href='/p'>Penny</a></li><li><a href='/s'>Sam</a></li></ul>"
    "<p>Penny lives with her mom, Pam, in a little trailer by the river, and looks after the "
    "children of the town.</p></body></html>",
    "Penny lives",
)


@pytest.mark.parametrize(
    ("expected", "page", "body_opening"),
    [GREENPEACE_BREADCRUMB, WIKI_SITE_SUFFIX],
    ids=["breadcrumb-link", "wiki-suffix"],
)
def test_headline_that_og_title_gives_alone(expected: str, page: str, body_opening: str) -> None:
    assert _headline_of(page, body_opening) == expected


def test_heading_loses_a_domain_suffix_not_an_all_caps_section() -> None:
    page = (
        "<html><head><title>Was wir über uns nicht hören wollen | Interscenario</title>"
        "<meta property='og:site_name' content='Interscenario'></head><body>"
        "<h1>Was wir über uns nicht hören wollen | FASSETTE.NET</h1>"
        "<p>So wie wir heute mit zwischenmenschlichen Beziehungen umgehen, so wollen wir auch "
        "Politik machen, und was wir über uns nicht hören wollen, hören wir nicht.</p></body></html>"
    )
    assert _headline_of(page, "So wie wir") == "Was wir über uns nicht hören wollen"
    review = page.replace("| FASSETTE.NET", "").replace(">Was", ">MOVIE REVIEW - Was")
    assert _headline_of(review, "So wie wir") == "MOVIE REVIEW - Was wir über uns nicht hören wollen"


def test_first_h1_that_is_a_segment_of_og_title_is_the_headline() -> None:
    page = (
        "<html><head><title>Bielersee-Winterhechte | petri-heil.ch | Dein Schweizer Fischereimagazin</title>"
        "<meta property='og:title' content='Bielersee-Winterhechte | petri-heil.ch | Dein Schweizer "
        "Fischereimagazin'></head><body><h1>Bielersee-Winterhechte</h1>"
        "<p>Im Winter ziehen die Hechte im Bielersee in die Tiefe, und wer sie fangen will, braucht "
        "Geduld und warme Kleider.</p></body></html>"
    )
    assert _headline_of(page, "Im Winter") == "Bielersee-Winterhechte"


def test_blocks_trafilatura_took_between_kept_paragraphs_join() -> None:
    from newsprism.extract.html_body import _between_kept, _BlockView

    lead = "The council voted on Tuesday to close the old bridge to all traffic for the winter months."
    rest = "Engineers found cracks in two of its piers last spring, and repairs will start in March."
    page = (
        f"<html><body><div><p>{lead}</p><h2>Cracks in the piers</h2>"
        '<p><a href="/a">Related: the bridge in 1910</a></p>'
        f"<p>{rest}</p><p>Other news</p><h2>Weather</h2><p>Sunny and mild.</p></div></body></html>"
    )
    tree = parse_page(page)
    assert tree is not None
    blocks = page_blocks(tree)
    texts = [b.text for b in blocks]
    traf = "\n".join(texts)  # trafilatura took everything
    first, heading, link, last = (
        texts.index(t) for t in (lead, "Cracks in the piers", "Related: the bridge in 1910", rest)
    )
    # the subheading joins; the link line (mostly link text) does not; nothing after the last kept paragraph
    assert _between_kept(_BlockView(blocks), {first, last}, traf) == {heading}
    # trafilatura did not take the subheading: nothing joins
    assert _between_kept(_BlockView(blocks), {first, last}, f"{lead}\n{rest}") == set()
    # a kept block under a sentence (a stray headline) does not open a gap
    assert _between_kept(_BlockView(blocks), {first, texts.index("Other news")}, traf) == set()


def test_boxes_in_the_article_that_trafilatura_left_are_dropped() -> None:
    from newsprism.extract.html_body import _BlockView, _foreign_boxes

    intro = "A council decision this week closes one of the city's oldest bridges for the winter."
    lead = "The council voted on Tuesday to close the old bridge to all traffic for the winter months."
    promo = "Try the Gazette for ten weeks for ten euros and read the city's news every morning first."
    rest = "Engineers found cracks in two of its piers last spring, and repairs will start in March."
    last = "A council spokesman said the bridge would reopen in April if the repairs went to plan."
    bio = "Jane Doe has covered the city council for the Gazette since 2012 and lives by the river."
    page = (
        f'<html><body><article class="post"><p class="teaser">{intro}</p><div class="entry-content">'
        f'<p>{lead}</p><div class="ad-box"><p>{promo}</p></div><p>{rest}</p></div>'
        f'<p>{last}</p><div class="author-box"><p>{bio}</p></div></article></body></html>'
    )
    tree = parse_page(page)
    assert tree is not None
    blocks = page_blocks(tree)
    texts = [b.text for b in blocks]
    kept = set(range(len(blocks)))
    traf = f"{lead}\n{rest}"
    # the promo box and the author box (class words the article's blocks lack) go; the lead above
    # the first paragraph and the last line, in the article's own elements, stay though
    # trafilatura left them too
    assert _foreign_boxes(_BlockView(blocks), kept, traf) == {texts.index(promo), texts.index(bio)}
    # trafilatura took the boxes: they stay
    assert _foreign_boxes(_BlockView(blocks), kept, f"{traf}\n{promo}\n{bio}") == set()
    # trafilatura took no kept paragraph: nothing to compare with
    assert _foreign_boxes(_BlockView(blocks), kept, "Weather: sunny and mild.") == set()


def test_link_lines_below_the_article_in_its_own_element_are_dropped() -> None:
    from newsprism.extract.html_body import _BlockView, _foreign_boxes

    lead = "The council voted on Tuesday to close the old bridge to all traffic for the winter months."
    rest = "Engineers found cracks in two of its piers last spring, and repairs will start in March."
    teaser = "▲ Ten bridges in the region that you can still cross this winter"
    page = (
        f'<html><body><div class="par">{lead}<br>{teaser.replace("▲ ", "▲ <a href=/x>")}</a><br>{rest}'
        f"<br>{teaser.replace('▲ ', '▲ <a href=/y>')}</a></div></body></html>"
    )
    tree = parse_page(page)
    assert tree is not None
    blocks = page_blocks(tree)
    kept = set(range(len(blocks)))
    # the link line below the last paragraph trafilatura took goes; the one between its paragraphs stays
    assert _foreign_boxes(_BlockView(blocks), kept, f"{lead}\n{rest}") == {len(blocks) - 1}


def test_a_text_of_blocks_no_extractor_took_is_no_scorer_text() -> None:
    from newsprism.extract.html_body import _any_taken, _BlockView

    review = "Ich kann die Meinung von Dieter nicht nachvollziehen, der Kaffee ist der beste, den ich kenne."
    product = "Diese Bohnen stammen aus der Region Sidamo in Äthiopien und werden in Hamburg geröstet."
    tree = parse_page(f"<html><body><p>{product}</p><div class='review'><p>{review}</p></div></body></html>")
    assert tree is not None
    blocks = page_blocks(tree)
    # the scorer kept only the review, which neither extractor took
    assert not _any_taken(_BlockView(blocks), [1], product, "")
    # one kept block an extractor took is enough
    assert _any_taken(_BlockView(blocks), [0, 1], "", product)
    assert _any_taken(_BlockView(blocks), [], "", "")


def test_a_block_elements_own_class_words_reach_its_last_text() -> None:
    page = (
        '<html><body><div class="entry"><p>The council voted on Tuesday.</p>'
        '<div class="postmetadata">Filed under <a href="/c/news">News</a> on 6 May 2014.</div>'
        "</div></body></html>"
    )
    blocks = page_blocks(parse_page(page))
    # the text after the link is flushed when the <div> closes: with the div's own words, as the
    # text before its first child would be
    assert blocks[-1].text == "Filed under News on 6 May 2014."
    assert "postmetadata" in blocks[-1].hints


@pytest.mark.parametrize(
    ("text", "is_tool"),
    [
        ("Refer to a friend", True),
        ("Send this to a friend", True),
        ("Tell a friend", True),
        ("E-mail this story", True),
        ("Losing a friend", False),
        ("A friend in need at the border", False),
    ],
)
def test_page_tools_are_no_headlines(text: str, is_tool: bool) -> None:
    # l3s_gn1 ce6830ee: "Refer to a friend" was the headline of a page whose title is a wire slug
    from newsprism.extract.html_meta import _tool

    assert _tool(text) is is_tool
