"""extract32: a short Chinese text is read, not told "does not read Chinese"; a made-up Chinese dump
whose title line sits above the menu is dated from the line under its printed headline; the link
labels for screen readers that Fox Business's records keep inside sentences go; a sentence a dump
breaks across two lines (an advertisement between the halves) is kept whole; an HTML page's
author box (a closing paragraph opening with the byline's name) goes, as a dump's line does."""

from __future__ import annotations

import numpy as np

from newsprism.extract import extract
from newsprism.extract.html import _without_author_box
from newsprism.extract.text import _join_broken_sentences
from newsprism.records import Document
from test_extract31_unspaced import _ZH as _ZH_TITLE_LINE  # extract31's cjk/zh2.txt (made up)

# robust26's enc2/zh_utf8.txt (made up): a headline over one paragraph of three sentences
_ZH_SHORT = (
    "北京预算\n\n北京市议会周二批准了明年的新预算，官员在一份声明中表示。该预算将用于改善交通和教育。"
    "北京市议会周二批准了明年的新预算，官员在一份声明中表示。\n"
)


def _read(content: str, *, from_record: bool = False) -> object:
    return extract(Document(id="t", source="t.txt", kind="text", content=content, from_record=from_record))


def test_short_chinese_text_is_read_as_a_brief() -> None:
    article = _read(_ZH_SHORT)
    assert article.dropped is None
    assert article.title == "北京预算"
    assert article.text.startswith("北京市议会周二批准了明年的新预算")
    assert article.language == "zh"


def test_english_brief_of_the_same_shape_still_read() -> None:
    # the control: the English text of the same shape was read before too (made up)
    article = _read(
        "Beijing budget\n\nThe Beijing city council on Tuesday approved the new budget for next year, "
        "officials said in a statement. The budget will be used to improve transport and education.\n"
    )
    assert article.dropped is None
    assert article.title == "Beijing budget"


def test_chinese_title_line_over_the_menu_dated_under_the_printed_headline() -> None:
    article = _read(_ZH_TITLE_LINE)
    assert article.title == "国务院召开常务会议部署稳就业工作"
    assert article.published == "2024-03-15"
    assert article.text.startswith("新华社北京3月15日电")


def test_link_labels_for_screen_readers_leave_the_sentence() -> None:
    # a Fox Business record of heap-10000 ("US job growth rebounds with 224,000 created in June")
    text = (
        "US employers added 224,000 jobs Opens a New Window. in June, beating Wall Street Opens a New "
        "Window. ’s expectations of 160,000 likely quelling some concerns about an impending economic "
        "slowdown on the eve of the Federal Reserve Opens a New Window. meeting."
    )
    article = _read(text, from_record=True)
    assert "Opens a New Window" not in article.text
    assert article.text.startswith("US employers added 224,000 jobs in June, beating Wall Street ’s")
    assert article.text.endswith("the Federal Reserve meeting.")


def test_a_sentence_broken_by_an_advertisement_is_kept_whole() -> None:
    # l3s_gn1 e7742edd's last lines: the line model kept the first half only
    lines = [
        "Phoenix outshot Vancouver 38-20.",
        "Notes:@ For the first time in his 1 1/2 seasons with Vancouver, G Roberto",
        "Advertisement",
        "Luongo didn't start a home game. Luongo was given the night off as the Canucks were playing "
        "their third game in four nights.",
        "Print Email Return to Top",
    ]
    mask = np.array([True, True, False, False, False])
    _join_broken_sentences(lines, mask, set())
    assert mask.tolist() == [True, True, False, True, False]


def test_a_sentence_broken_above_the_first_kept_line_is_kept_whole() -> None:
    # made up, in the shape of l3s_gn1 f4d9f949: the kept half opens in lower case
    lines = [
        "Emery, McGrattan 'sort things out'",
        "Ray Emery, the Ottawa Senators always controversial goaltender, is in the spotlight yet again, "
        "this time for fighting with his teammate and his best friend on the ice in",
        "practice yesterday at Scotiabank Place, where the club trains on Mondays.",
    ]
    mask = np.array([False, False, True])
    _join_broken_sentences(lines, mask, {0})
    assert mask.tolist() == [False, True, True]


def test_a_sports_reports_half_sentence_above_the_body_is_kept() -> None:
    # l3s_gn1 6150b773: the line model kept the second half only; the first holds few function words
    lines = [
        "Dominating defense, balanced scoring and another double-digit victory.",
        "Jazmine Jackson scored 15 points as the Irish (14-0, 4-0 West Catholic Athletic League) knocked "
        "off up-and-coming Valley Christian",
        "51-35 Friday. Ki-Ki Moore added 14 for Sacred Heart, which on Wednesday became the top-ranked "
        "team in the USA Today Super 25 poll.",
    ]
    mask = np.array([False, False, True])
    _join_broken_sentences(lines, mask, set())
    assert mask.tolist() == [False, True, True]


def test_a_caption_above_the_lead_is_no_broken_sentence() -> None:
    # l3s_gn1 104ac8ce: a caption ends on a word too, over a lead that opens on a capital
    lines = [
        "Ahmadinejad is the first Iranian leader to attend the GCC summit in the Gulf state",
        "Gulf leaders have ended their summit in Qatar reiterating their desire for a peaceful solution to "
        "the conflict over Iran's nuclear ambitions.",
    ]
    mask = np.array([False, True])
    _join_broken_sentences(lines, mask, set())
    assert mask.tolist() == [False, True]


def test_a_line_ending_on_a_stop_is_no_broken_sentence() -> None:
    # the control: the last kept line ends its sentence, so the prose after it is left to the model
    lines = [
        "Phoenix outshot Vancouver 38-20 and won the game in front of a full house at GM Place.",
        "Advertisement",
        "Luongo didn't start a home game. Luongo was given the night off as the Canucks were playing "
        "their third game in four nights.",
    ]
    mask = np.array([True, False, False])
    _join_broken_sentences(lines, mask, set())
    assert mask.tolist() == [True, False, False]


def test_an_html_pages_author_box_goes_as_a_dumps_does() -> None:
    # l3s_gn1 08ba0529's last paragraphs: the byline's author described under the story
    text = (
        "The Dell relationship might be particularly helpful given the virtualization focus of the "
        'AX4. "Dell has said in the past that it\'s the largest seller of VMware," King said.\n\n'
        "Dan Muse is executive editor of internet.com's Small Business Channel, EarthWeb's Networking "
        "Channel and ServerWatch."
    )
    assert _without_author_box(text, ("Dan Muse",)) == text.split("\n\n")[0]
    # the control: a closing paragraph on someone else stays, as does one with no byline to match
    assert _without_author_box(text, ("John Harris",)) == text
    assert _without_author_box(text, ()) == text
