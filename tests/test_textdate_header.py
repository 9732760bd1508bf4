"""extract.textdate: a caption's date is no date line, and a headline's own date line printed over it
comes before the site's masthead date further up (l3s_gn1 text dumps of 2008)."""

import datetime as dt

from newsprism.extract.textdate import above_headline_order, date_line_dates, find_dates, told_in_prose


def _first(line: str) -> bool:
    return told_in_prose(line, find_dates(line)[0])


def test_a_caption_sentence_tells_of_its_date() -> None:
    # 06c09282: the photo's caption between the headline and the body
    line = "Singer Amy Winehouse arrives at the MTV Movie Awards in Los Angeles, in this June 3, 2007, file photo."
    assert find_dates(line)[0].date == dt.date(2007, 6, 3)
    assert _first(line)


def test_date_lines_are_not_prose() -> None:
    for line in (
        "Posted at 6:18 a.m., Tuesday, January 8, 2008",
        "By Peter Sayer Paris | Monday, 14 January, 2008",
        "Last Updated: 2:55am GMT 29/12/2007",
        "Posted 7 January 2008.",
        # a wire's dateline opens its paragraph with the date
        "16 January 2008 \u2013 The Security Council today discussed the United Nations mission in Kosovo.",
    ):
        assert not _first(line), line


def test_the_lines_right_above_the_headline_come_first() -> None:
    lines = [
        "Hawai'i's Newspaper Online Tuesday, January 15, 2008",
        "Home",
        "News",
        "Sports",
        "Printable version E-mail this story",
        "Posted at 6:18 a.m., Tuesday, January 8, 2008",
        "Tennis: Top seed Bondarenko falls in Hobart tourney",
        "Associated Press",
    ]
    order = above_headline_order(lines, 6)
    assert order[:4] == [5, 4, 3, 2]
    assert sorted(order) == list(range(6))
    assert order[4:] == [0, 1]
    # no headline: nothing above it
    assert above_headline_order(lines, -1) == []


def test_a_caption_ending_with_its_date_is_prose() -> None:
    # e71be961 (CTV): the photo's caption above the headline, under the story's stamp
    line = "An air boat searches for a man who went missing while ice fishing on Lake Simcoe, Monday Jan. 7, 2008."
    assert _first(line)
    assert date_line_dates(line) == []
    assert [f.date for f in date_line_dates("Tue. Jan. 8 2008 5:10 PM ET")] == [dt.date(2008, 1, 8)]
    # a byline ending with its date is names, not running words
    assert not _first("By John Smith, Associated Press Writer, Staff, Jan. 8, 2008.")


def test_an_update_line_comes_after_the_other_lines_above_the_headline() -> None:
    # 5f4e6c44 (wnyt.com): "Posted at" four lines above the headline, "Updated at" three
    lines = [
        "wnyt.com - 'Alien vs. Predator: Requiem' is a true horror",
        "Make us your Homepage | Add to Favorites",
        "Posted at: 12/28/2007 06:23:34 PM",
        "Updated at: 01/02/2008 04:01:05 PM",
        "By: Jay Bobbin",
        "Print Story Email to a Friend",
        "'Alien vs. Predator: Requiem' is a true horror",
    ]
    order = above_headline_order(lines, 6)
    assert order.index(2) < order.index(3)
    assert order[:3] == [5, 4, 2]


def test_a_year_less_dateline_takes_the_year_nearest_the_page_s_latest_date() -> None:
    from newsprism.extract.textdate import year_from_context

    # c3ddd8a2 (oHeraldo): "MARGAO, DEC 30" on a page served on Tuesday, January 15, 2008
    page = "Goa's complete online news edition - Tuesday, January 15, 2008\nMARGAO, DEC 30 - Sunday saw ..."
    assert year_from_context(12, 30, page, page) == (2007, "page_date")
    # a date the body reports a week before the dateline's day keeps its year
    body = "WASHINGTON, June 18 (Reuters) - a week after the meeting planned for June 11, 2023 was put off."
    assert year_from_context(6, 18, body, body) == (2023, "page_date")
    # a page date on or after the day still decides first
    assert year_from_context(1, 14, "Posted January 15, 2008", "") == (2008, "page_date")
