"""extract.dates (dates27): a page parsed as the extractor parses it (an unclosed <title> no longer
swallows the page), a day-month-year date written with hyphens, and a numeric date that reads both
ways settled by the weekday named beside it. Pages made up, their lines from l3s_gn1 pages."""

from newsprism.extract.dates import html_publication_date, parse_date_text

MENU = "<p>" + " | ".join(f"Section {i}" for i in range(40)) + "</p>"
STORY = (
    "<p>HONOLULU _ South Korean golfer Choi Kyung-ju Sunday won the PGA Tour Sony Open, beating South "
    "Africa's Tim Clark by three strokes at Waialae Country Club.</p>"
)


def test_an_unclosed_title_does_not_hide_the_page() -> None:
    # l3s_gn1 082e02bd: the <title> has no end tag, so a plain parse reads the whole page as title
    # text and finds no visible date; the extractor's parse closes it
    page = (
        "<html><head><title>Korean Golfer Choi Kyung-ju Wins 7th US PGA Title(The Korea Times)"
        "<script>var a = 1;</script></head><body>" + MENU + "<h1>Korean Golfer Choi Kyung-ju Wins 7th US PGA "
        "Title</h1><p>By Kim Tong-hyung Staff Reporter, Monday, January 14, 2008</p>"
        + STORY
        + "</body></html>"
    )
    assert html_publication_date(page, extensive=False) == ("2008-01-14", "headline")


def test_a_numeric_date_with_hyphens_is_read() -> None:
    page = (
        "<html><head><title>Korean Golfer Choi Kyung-ju Wins 7th US PGA Title</title></head><body>"
        + MENU
        + "<p>01-14-2008 15:45</p><h1>Korean Golfer Choi Kyung-ju Wins 7th US PGA Title</h1>"
        + STORY
        + "</body></html>"
    )
    assert html_publication_date(page, extensive=False) == ("2008-01-14", "headline")
    # day first where the first number cannot be a month ("Posted on: 17-01-2008"); never a piece
    # of a longer run of numbers (a phone number, an ISO day)
    assert parse_date_text("Posted on: 17-01-2008 in Entertainment") == [("2008-01-17", 11)]
    assert parse_date_text("call 555-12-10-2007 now") == []
    assert parse_date_text("2007-12-10") == [("2007-12-10", 0)]


def test_a_weekday_beside_a_numeric_date_names_its_reading() -> None:
    # l3s_gn1 5906d5db: 8 January 2008 was a Tuesday, 1 August 2008 a Friday
    line = "Strait of Hormuz 01-08-2008 Washington on Tuesday warned Iran again"
    assert parse_date_text(line)[0][0] == "2008-01-08"
    assert parse_date_text(line.replace("01-08-2008", "01/08/2008"))[0][0] == "2008-01-08"
    # no weekday: the page's own order (no month name here: day first, as before)
    assert parse_date_text("Strait of Hormuz 01/08/2008 Washington warned Iran again")[0][0] == "2008-08-01"
    # a weekday that fits both readings or neither decides nothing
    assert parse_date_text("Strait of Hormuz 01/08/2008 on Sunday")[0][0] == "2008-08-01"


def _star(published: str) -> str:
    return (
        "<html><head><title>Devils on cloud nine after surprising start</title></head><body>"
        "<p>Make us your home page Tue, January 15, 2008</p>" + MENU + "<h1>Devils on cloud nine after "
        f"surprising start</h1><p>By Patrick Finley Arizona Daily Star Tucson, Arizona | Published: {published}"
        "</p><p>TEMPE - Before the season, the Sun Devils were picked to finish in the middle of the Pac-10, "
        "and now they are blowing away last year's start.</p></body></html>"
    )


def test_a_numeric_date_is_not_read_after_the_day_the_masthead_served_the_page() -> None:
    # l3s_gn1 48101d52: 1 September 2008 is after the masthead's 15 January; 9 January is not
    assert html_publication_date(_star("01.09.2008"), extensive=False)[0] == "2008-01-09"
    assert html_publication_date(_star("1/10/2008"), extensive=False)[0] == "2008-01-10"
    # a date that reads one way only, or both readings before the masthead's day: as written
    assert html_publication_date(_star("13.01.2008"), extensive=False)[0] == "2008-01-13"
    assert html_publication_date(_star("02.01.2008"), extensive=False)[0] == "2008-01-02"
