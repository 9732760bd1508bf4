"""The page's furniture after the story, inside a paragraph (extract.pageend, extract27): a readers'
comment thread, a contact footer, a print credit, the site's credit and a comments notice end the
body of a page saved as one line; a syndication credit closing a copy leaves it. And an update note
without a full stop ends at its stamp (extract.editnote), not in the footer after it. Real cases
from the dev sets (timelines/t17, heap-10000's copies)."""

from __future__ import annotations

import pytest

from newsprism.extract import extract
from newsprism.extract.editnote import read_editors_notes
from newsprism.extract.html import read_html
from newsprism.extract.pageend import cut_page_end, read_page_end, strip_syndication
from newsprism.extract.prose import read_clean_text
from newsprism.extract.text import read_text
from newsprism.records import Document

# t17 bpoil_guardian/422: the story's end, the update note without a stop, the page's footer
_STORY_422 = (
    "Many will argue that BP deserves to die , and anger is entirely understandable . But critics should "
    "be careful what they wish for . America is a nation with a tradition of due process and everybody "
    'even " big oil " is entitled to a fair trial .'
)
# the list bullet ("cents") that opened the note's item: it goes with the note (extract28)
_BULLET = " cents"
_NOTE_422 = "This article was updated at 1pm on 10 June 2010"
_FOOTER = (
    "Letters for publication should be sent to : letters@guardian.co.uk If you need help using the site "
    ": userhelp@guardian.co.uk Call the main Guardian and Observer switchboard : Has US bloodlust for BP "
    "gone too far ? | Andrew Clark This article was published on guardian ."
)


# --- task 1: an update note ends at its stamp ------------------------------------------------------


def test_an_update_note_without_a_stop_ends_at_its_stamp() -> None:
    kept, notes = read_editors_notes(f"{_STORY_422}{_BULLET} {_NOTE_422} {_FOOTER}")
    assert notes == (_NOTE_422,)
    assert kept == f"{_STORY_422} {_FOOTER}"
    # at the paragraph's end, with no stop, it is the note too
    assert read_editors_notes(f"{_STORY_422}{_BULLET} {_NOTE_422}") == (_STORY_422, (_NOTE_422,))


@pytest.mark.parametrize(
    "paragraph",
    [
        # a stop after the stamp: the sentence ends there, as before
        "This article was updated at 1pm on 10 June 2010. The company said it would appeal.",
        # an update's purpose after the stamp
        "This article was updated on 10 June 2010 to reflect the company's statement.",
    ],
)
def test_an_update_note_with_a_stop_or_a_purpose_reads_as_before(paragraph: str) -> None:
    kept, notes = read_editors_notes(paragraph)
    assert notes and notes[0].startswith("This article was updated")
    assert "appeal" in kept or not kept


def test_the_guardian_dump_keeps_its_story_and_its_note_without_the_footer() -> None:
    doc = Document(
        id="bpoil_guardian/422",
        source="docs.jsonl#line 1",
        content=f"{_STORY_422}{_BULLET} {_NOTE_422} {_FOOTER}",
        from_record=True,
        title="Has US bloodlust for BP gone too far?",
    )
    art = extract(doc)
    assert art.text == _STORY_422
    assert art.corrections == (_NOTE_422,)


# --- task 2 and 3: where the page ends --------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        # t17 H1N1_bbc/113: a BBC blog's comment thread (41,752 characters, the post 4,267)
        (
            "But I worry that you can . At 5:49 pm on 05 May 2009 , GiniaHickley wrote : I like it when you "
            "get hot drinks . At 02:17 am on 19 May 2009 , pattang wrote : This comment was removed because "
            "the moderators found it broke the House Rules .",
            "But I worry that you can .",
        ),
        # t17 bpoil_bbc/1671: the other header ("16:20 1st Jun 2010")
        (
            "It 's difficult to see how Mr Hayward 's tenure at BP can extend beyond this crisis . At 16:20 "
            "1st Jun 2010 , Paul wrote : Who else to blame ?",
            "It 's difficult to see how Mr Hayward 's tenure at BP can extend beyond this crisis .",
        ),
        # t17 bpoil_guardian/132: the contact footer
        (
            "If Obama can seize the moment , this oil spill could help reverse the slide of US "
            f"environmentalism {_FOOTER} A version appeared on p30 of the Main section section of the "
            "Guardian on 10.02 BST on Thursday 3 June 2010 Comment is free on Twitter",
            "If Obama can seize the moment , this oil spill could help reverse the slide of US "
            "environmentalism",
        ),
        # t17 bpoil_guardian/32 and H1N1_guardian/645: print credits, the page's feeds after them
        (
            "BP , in particular , was singled out over fatal accidents in Texas . A version appeared on p18 "
            "of the Main section section of the Guardian on 09.26 BST on Wednesday 12 May 2010 The latest "
            "news and comment from our team of reporters",
            "BP , in particular , was singled out over fatal accidents in Texas .",
        ),
        (
            "A panic stoked in order to posture and spend This article appeared on p29 of the Main section "
            "section of the Guardian on 00.01 BST on Wednesday 29 April 2009 .",
            "A panic stoked in order to posture and spend",
        ),
        # t17 bpoil_guardian/73: the site's credit after the headline's copy
        (
            "But hysteria did the real damage in the Gulf | Simon Jenkins This article was published on "
            "guardian .",
            "But hysteria did the real damage in the Gulf | Simon Jenkins",
        ),
        # t17 bpoil_reuters/451 and H1N1_bbc/278: a comment thread's notice
        (
            "BP said it started a second system on Wednesday . We welcome comments that advance the story "
            "through relevant opinion , anecdotes , links and data . Views expressed in the comments do not "
            "represent those of Reuters . I think we need stand behind Mr. Obama .",
            "BP said it started a second system on Wednesday .",
        ),
        (
            "If you have a large file you can upload here . This debate is now closed . The extensive media "
            "coverage of swine flu is a welcome distraction .",
            "If you have a large file you can upload here .",
        ),
    ],
)
def test_the_page_ends_in_the_paragraph(paragraph: str, kept: str) -> None:
    assert cut_page_end(paragraph) == (kept, True)


@pytest.mark.parametrize(
    "paragraph",
    [
        # a story quoting a writer: no stamp before the name (t17 bpoil_foxnews/1360, H1N1_guardian/845)
        'In a letter to Feinberg , Gillers wrote : " You are not in an attorney-client relationship with BP . "',
        'In a newspaper column , the former Cuban leader wrote : " Mexican authorities did not inform the world "',
        "At 10:15 am on Monday , officials said the well was capped .",
        # no address: the story's words
        "The agency said comments should be sent to the regional office by Friday.",
        "The op-ed was published on Monday in the Times.",
        "The debate over drilling is now closed, the senator said, and the bill will pass.",
        "Officials said the ban on new permits is closed to debate.",
        "The debate is closed, the minister said.",
        'The minister said : " This debate is now closed . " The opposition walked out .',
        '"We welcome comments from the public," the agency said.',
    ],
)
def test_the_storys_words_are_no_page_end(paragraph: str) -> None:
    assert cut_page_end(paragraph) == (paragraph, False)


def test_the_paragraphs_after_the_end_go_too() -> None:
    paragraphs = [
        "The well was capped on Thursday .",
        "BP shares rose . A version appeared on p14 of the Main section section of the Guardian on 01.32 BST",
        "Follow the latest environment news on Twitter",
        "This article originally appeared on Capital Gazette.",
    ]
    assert read_page_end(paragraphs) == ["The well was capped on Thursday .", "BP shares rose ."]


# --- syndication credits -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        # heap-10000's copies: the credit is its own paragraph
        ("This article originally appeared on Lakeside Tribune.", ""),
        # closing a paragraph
        (
            "He was reduced to supplying fuel. This article originally appeared on The Observer Online.",
            "He was reduced to supplying fuel.",
        ),
        # l3s_gn1 d1ef797a (the gold leaves it out), htmldate chocolate_com
        ("This article was originally published on page 20 of The Pretoria News on January 16, 2008", ""),
        (
            "This article was originally published on coolimba and has been republished here with permission.",
            "",
        ),
        ("This article is republished from The Conversation under a Creative Commons license.", ""),
        ("This story was produced by ProPublica in partnership with the Guardian.", ""),
    ],
)
def test_a_syndication_credit_leaves_the_body(paragraph: str, kept: str) -> None:
    assert strip_syndication(paragraph) == kept


@pytest.mark.parametrize(
    "paragraph",
    [
        # heap-10000 train-879-2: a credit mid-paragraph, the story after it, stays
        'Who is Marie Yovanovitch? originally appeared on abcnews.go.com Her friends all know her as "Masha."',
        "This article originally appeared on Harbor Chronicle. Then the mayor spoke.",
        # the story's words (heap-10000, t17)
        "The vaccine, which was produced by Pfizer and BioNTech, was shipped across the country.",
        "Shell, which works in partnership with the Nigerian government in the delta, says so.",
        "The report first appeared in a local paper, and was then picked up by the wires.",
    ],
)
def test_the_storys_words_are_no_syndication_credit(paragraph: str) -> None:
    assert strip_syndication(paragraph) == paragraph


# --- every reading path -------------------------------------------------------------------------------

_BODY = [
    "Kentucky offensive coordinator Joker Phillips will eventually become the Wildcats' head coach "
    "following Rich Brooks' retirement, the university said on Friday.",
    "The 66-year-old Brooks has not set a timetable for his retirement, the university announced in a "
    "statement released late on Friday afternoon.",
    "Phillips, a former Kentucky receiver, has been on the staff for seven seasons and was named the "
    "head coach in waiting after a long search.",
]
_TAIL = [
    "We welcome comments that advance the story through relevant opinion, anecdotes, links and data.",
    "I think the coach deserves it after all these years.",
    "This article originally appeared on Harbor Chronicle.",
]


def test_a_clean_text_ends_at_the_page_end() -> None:
    doc = Document(
        id="c",
        source="c.jsonl#line 1",
        content="\n\n".join(_BODY + _TAIL),
        title="Phillips",
        from_record=True,
    )
    assert read_clean_text(doc).text == "\n\n".join(_BODY)


def test_a_dump_ends_at_the_page_end() -> None:
    content = "Phillips to succeed Brooks at Kentucky\n\n" + "\n\n".join(_BODY + _TAIL) + "\n"
    art = read_text(Document(id="d", source="d.txt", content=content))
    assert "welcome comments" not in art.text and "deserves" not in art.text and "Harbor" not in art.text
    assert "head coach in waiting" in art.text


def test_an_html_page_ends_at_the_page_end() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in _BODY + _TAIL)
    html = (
        "<html><head><title>Phillips to succeed Brooks at Kentucky</title></head><body><article>"
        f"<h1>Phillips to succeed Brooks at Kentucky</h1>{paragraphs}</article></body></html>"
    )
    art = read_html(Document(id="h", source="h.html", kind="html", content=html))
    assert "head coach in waiting" in art.text
    assert "welcome comments" not in art.text and "deserves" not in art.text and "Harbor" not in art.text


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        # t17 bpoil_washingtonpost/617: the post's signature, then the thread
        (
            "Offer them in the comments section below . By Chris Cillizza | May 27 , 2010 ; 2:08 PM ET "
            "Posted by : raynetherwood | May 30 , 2010 1:59 PM | Report abuse How long has BP been in business ?",
            "Offer them in the comments section below . By Chris Cillizza | May 27 , 2010 ; 2:08 PM ET",
        ),
        # t17 bpoil_reuters/347 and /1349
        (
            "Obama has done all he could . Posted by Fishrl | Report as abusive What CAN he do ?",
            "Obama has done all he could .",
        ),
        (
            'Perhaps BP will rename it " Beyond the Gulf " . May 24 , 2010 6:19 pm EDT -- Report as abuse This '
            "discussion is now closed .",
            'Perhaps BP will rename it " Beyond the Gulf " .',
        ),
    ],
)
def test_a_comments_signature_ends_the_page(paragraph: str, kept: str) -> None:
    assert cut_page_end(paragraph) == (kept, True)


def test_a_story_about_abuse_reports_is_no_signature() -> None:
    paragraph = "Posted by the ministry on Monday, the report on abuse in care homes was read by thousands."
    assert cut_page_end(paragraph) == (paragraph, False)


# t17 bpoil_washingtonpost/2002 (the post 949 characters, shortened here) and /281
_CARTOONS = (
    "The BP oil spill has inspired a gusher of cartoons . Here 's a sampling of some faves . We 'll dub "
    "these The 10 Best BP Spill Cartoons -- at least so far . More swell ones are sure to bubble up . "
) * 4


def test_a_blog_posts_closing_byline_ends_the_post_before_the_first_comment() -> None:
    paragraph = (
        f"{_CARTOONS}By Michael Cavna | June 15 , 2010 ; 9:10 AM ET Here 's the one I did for Transport "
        "Topics a couple weeks back : Posted by : shadow27 | June 15 , 2010 11:03 AM | Report abuse"
    )
    assert cut_page_end(paragraph) == (_CARTOONS.rstrip(), True)
    # the comments without their signatures (bpoil_washingtonpost/281)
    paragraph = f"{_CARTOONS}By Ezra Klein | May 14 , 2010 ; 7:15 AM ET Regarding the above comments about"
    assert cut_page_end(paragraph) == (_CARTOONS.rstrip(), True)


def test_a_byline_opening_the_page_is_no_end() -> None:
    paragraph = f"Cartoons of the spill By Michael Cavna | June 15 , 2010 ; 9:10 AM ET {_CARTOONS}"
    assert cut_page_end(paragraph) == (paragraph, False)
