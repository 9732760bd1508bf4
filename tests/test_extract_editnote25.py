"""Editors' notes about the piece leave the body (extract25: extract.editnote), in every reading
path; and the page-notice test's cheaper form (prose.is_page_notice) still tells the same lines."""

from __future__ import annotations

import pytest

from newsprism.extract import extract
from newsprism.extract.editnote import strip_editors_note
from newsprism.extract.prose import is_page_notice
from newsprism.records import Document

# --- whole paragraphs that are a note --------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        # cleanportaleval washingtonpost_com_blog1_12 (its gold body leaves the line out)
        "This post has been updated since it was first published.",
        # htmldate wired_co_uk, after textdate.strip_timed_note took its stamp
        "This article has been updated to reflect that the Technology Policy Institute counts "
        "Facebook among its donors.",
        # basil ae243a95: the three paragraphs of one correction
        "This post has been revised to reflect the following correction:",
        "Correction: December 1, 2010",
        "Because of an editing error, an earlier version of this post said that Senator Harry Reid was "
        "from Arizona. He is from Nevada.",
        # basil 58ed2376: the right fact is the correction's, the wrong one no claim of the story
        "CORRECTION: This article originally said the Super Bowl is set to be held in Tempe, Ariz. It "
        "will be held in Glendale, Ariz.",
        # basil 6b541575, ecbplus 16_4: a label left alone
        "UPDATE:",
        # an update stamp that says what was added
        "Updated at 10:30 a.m. with comments from the mayor.",
        "Update: This story has been updated with comments from the governor.",
    ],
)
def test_a_paragraph_that_is_a_note_goes(paragraph: str) -> None:
    assert strip_editors_note(paragraph) == ""


# --- notes inside a long paragraph (t17's one-line dumps) ---------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "left"),
    [
        # t17 bpoil_guardian/1012: the note runs to "This has been corrected."
        (
            "Oil could begin lapping the shoreline by tomorrow . cents This article was amended on 6 May "
            '2010 . The original said that a leaking well was spewing " 5,000 gallons ( 23,000 litres ) '
            'a day into the Gulf of Mexico " . This has been corrected .',
            "Oil could begin lapping the shoreline by tomorrow .",  # the bullet goes with its note (extract28)
        ),
        # bpoil_guardian/2098: a note of one sentence before the story goes on
        (
            "BP was sued by the government . cents This article was amended on 16 December 2010 . "
            "Yesterday 's suit had been long expected .",
            "BP was sued by the government . Yesterday 's suit had been long expected .",
        ),
        # H1N1_guardian/654: the sentence that goes on with the note goes with it
        (
            'Data will be published . " cents This article was amended on Friday 29 May 2009 . In the '
            "article above a quote from the Health Protection Agency was added to clarify their current "
            "position .",
            'Data will be published . "',
        ),
        # bpoil_guardian/656: a live blog's correction, then its news
        (
            "BP is unwilling to say the well is capped . An earlier version of this story termed the effort "
            '" successful . " Officials clarified that neither government nor BP had declared a success .',
            "BP is unwilling to say the well is capped . Officials clarified that neither government nor BP "
            "had declared a success .",
        ),
        # t17 bpoil_washingtonpost/1091: the right fact goes with the correction
        (
            "An earlier version of this op-ed referred to the Natural Resources Damages Assessment process "
            "as prescribed by the Ocean Pollution Act of 1990 . It is the Oil Pollution Act of 1990 . "
            + "The Gulf of Mexico has been inundated with the equivalent of more oil . "
            * 8,
            ("The Gulf of Mexico has been inundated with the equivalent of more oil . " * 8).strip(),
        ),
        # an update note opening a paragraph leaves the news after it
        (
            "Updated to include a statement from police. The fire started at noon.",
            "The fire started at noon.",
        ),
    ],
)
def test_a_note_inside_a_paragraph_goes_alone(paragraph: str, left: str) -> None:
    assert strip_editors_note(paragraph) == left


# --- what is no note -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        # the piece's own news after a label (basil 85475456; cleanportaleval gold)
        "UPDATE: Richard Blumenthal defended himself against charges that he repeatedly made misleading "
        "comments about his military service.",
        "Update: Williamson called from the road to tell us more about the photo. He shot it with a Nikon "
        "D700, using a 28 millimeter lens.",
        "Update: We are continuing to work on technical issues that may prevent readers from consistently "
        "getting the page of their choice. We will update this post when those issues are resolved.",
        # a day before the editor's words on the whole piece: the cleanportaleval gold keeps it
        "Updated | Thursday, August 30: Includes additional comments from Roy during the program "
        "clarifying his remark.",
        # news: an update that is no stamp, a law's article, "this" inside a sentence
        "Updated figures from the ministry, with new totals, were released Tuesday.",
        "The article was amended in 2005 by parliament.",
        "This article was amended in 2008 to lower the penalty for insulting Turkishness.",
        "He said this article was amended without a vote.",
        "Editor's note: John Smith is a former ambassador to Iraq.",
        # where the piece first ran is no correction (heap-10000's syndicated copies)
        "This article originally appeared on Harbor Chronicle.",
    ],
)
def test_news_is_no_note(paragraph: str) -> None:
    assert strip_editors_note(paragraph) == paragraph


# --- every reading path ----------------------------------------------------------------------------

_BODY = [
    "Kentucky offensive coordinator Joker Phillips will eventually become the Wildcats' head coach "
    "following Rich Brooks' retirement, the university said on Friday.",
    "The 66-year-old Brooks has not set a timetable for his retirement, the university announced "
    "Friday in a news release.",
    "Phillips, who just completed his third season with the Wildcats, helped engineer a potent "
    "offensive attack featuring quarterback Andre Woodson.",
]
_NOTE = "Correction: An earlier version of this story said Brooks was 67. He is 66."


@pytest.mark.parametrize("kind", ["text", "html", "record"])
def test_a_correction_under_an_article_leaves_its_body(kind: str) -> None:
    paragraphs = [*_BODY, _NOTE]
    if kind == "html":
        content = (
            "<html><body><h1>Phillips to succeed Brooks</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs)
            + "</body></html>"
        )
    else:
        content = "Phillips to succeed Brooks\n\n" + "\n\n".join(paragraphs)
    doc = Document(
        id="c",
        source=f"c.{'html' if kind == 'html' else 'txt'}",
        kind="html" if kind == "html" else "text",
        content=content,
        title="Phillips to succeed Brooks" if kind == "record" else None,
        from_record=kind == "record",
    )
    art = extract(doc)
    assert art.kept
    assert "67" not in art.text and art.text.endswith("Andre Woodson.")


# --- the page notice, made cheaper ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("Log in to access premium content and features on this site.", True),
        ("For free access to this article, you must be a member of HeraldTribune.com.", True),
        ("We use cookies to ensure that we give you the best experience on our website.", True),
        ("We use cookies to ensure that we give you the best experience on OUR WEBSITE.", True),
        # "our" inside "your", no page noun: the scans stop it before the patterns
        ("Enable JavaScript in your browser to continue.", False),
        ("Four hours later the account was closed.", False),
        # "our site" reported as somebody's words
        ("“Our website went down and customers could not log in,” the bank said.", False),
    ],
)
def test_the_page_notice_reads_as_before(line: str, notice: bool) -> None:
    assert is_page_notice(line) is notice
    assert is_page_notice(line, line.lower()) is notice
