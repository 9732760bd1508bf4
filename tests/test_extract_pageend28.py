"""extract28: the page-end classes session 22 left (extract.pageend, extract.editnote): a comment's
header in May needs the thread after it, a blog page of several posts keeps every post, a piece's own
note of when it first ran is no syndication credit, and T17's list bullet ("cents") goes with the
note or the furniture its item opened."""

from __future__ import annotations

from newsprism.extract import extract
from newsprism.extract.editnote import read_editors_notes, read_paragraphs
from newsprism.extract.pageend import cut_page_end, strip_syndication
from newsprism.records import Document

# --- a comment's header in May -------------------------------------------------------------------

# review23's story quoting a dated email, the email sent in May: "May" is three letters, as the BBC's
# comment headers write every month
_EMAIL = (
    "Internal emails released on Monday show that engineers warned of problems days before the explosion . "
    'At 8:45 pm on 14 May 2010 , Brian Morel wrote : " This has been a nightmare well . " Six days later '
    "the rig exploded , killing 11 workers ."
)


def test_a_quoted_email_sent_in_may_is_no_comment_thread() -> None:
    assert cut_page_end(_EMAIL) == (_EMAIL, False)
    doc = Document(id="e", source="e.jsonl#record 1", content=_EMAIL, title="Emails", from_record=True)
    assert "Six days later the rig exploded" in extract(doc).text


def test_a_thread_in_may_still_ends_the_page() -> None:
    # t17 bpoil_bbc's "Have Your Say" pages (headers in May, one after another)
    story = "BP says the cap is holding . "
    thread = (
        "At 10:14 am on 28 May 2010 , pzero wrote : I think BP is admirable . "
        "At 11:02 am on 28 May 2010 , Bob wrote : They said sorry and nothing else ."
    )
    assert cut_page_end(story + thread) == (story.rstrip(), True)
    # another month's header needs no thread after it
    one = "At 5:49 pm on 05 Jun 2009 , GiniaHickley wrote : I like it when you write ."
    assert cut_page_end(story + one) == (story.rstrip(), True)


# --- a blog page with several posts ----------------------------------------------------------------

_POST_1 = (
    "The BP oil spill has inspired a gusher of cartoons . Here 's a sampling of some faves . We 'll dub "
    "these The 10 Best BP Spill Cartoons -- at least so far . "
) * 5
_POST_2 = (
    "The relief well reached its target on Friday , officials said . The cement job will follow next week "
    "if the tests hold . "
) * 5


def test_a_blog_page_of_several_posts_keeps_them_all_and_ends_at_the_last_byline() -> None:
    # the Washington Post's blog pages (t17 bpoil_washingtonpost/2002's format): each post closes on
    # its byline with its time; the readers' comments follow the last one
    page = (
        f"{_POST_1}By Michael Cavna | June 15 , 2010 ; 9:10 AM ET {_POST_2}By Michael Cavna | June 16 , "
        "2010 ; 8:02 AM ET Here 's the one I did for Transport Topics : Posted by : shadow27 | June 16 , "
        "2010 11:03 AM | Report abuse"
    )
    kept, ended = cut_page_end(page)
    assert ended
    assert kept == f"{_POST_1}By Michael Cavna | June 15 , 2010 ; 9:10 AM ET {_POST_2}".rstrip()


# --- a piece's note of when it first ran -----------------------------------------------------------


def test_when_a_piece_first_ran_is_no_syndication_credit() -> None:
    for paragraph in (
        "The council will vote again in June. This story was first published on May 12, 2020.",
        "The council will vote again in June. This story was first published on Monday.",
        "The council will vote again in June. This article first appeared in 2009.",
    ):
        assert strip_syndication(paragraph) == paragraph
    # a paper or a site named: the credit goes, as before
    assert strip_syndication("He won. This article originally appeared on Lakeside Tribune.") == "He won."
    assert (
        strip_syndication("He won. This story was first published on May Day News.") == "He won."
    )  # "May" then a name, not a day


# --- T17's bullet "cents" -------------------------------------------------------------------------


def test_the_bullet_that_opened_an_editors_note_goes_with_it() -> None:
    # t17 bpoil_guardian/215: the note is cut out, its bullet stayed at the body's end
    story = (
        "BP , now the source of the last two great deadly US oil industry explosions , has shown us that this "
        "simply can not be permitted ."
    )
    note = (
        "This article was amended on 8 May 2010 to correct the figure given for BP 's total revenues in 2009 "
        "from $ 327bn to $ 239bn ."
    )
    kept, notes = read_editors_notes(f"{story} cents {note}")
    assert kept == story
    assert notes == (note,)
    # in the middle of a paragraph (t17 bpoil_guardian/2098): the text after the note stays
    kept, _ = read_editors_notes(f"{story} cents {note} Yesterday 's suit had been long expected .")
    assert kept == f"{story} Yesterday 's suit had been long expected ."


def test_the_bullet_before_the_page_end_goes_with_it() -> None:
    story = 'He said : " You violated that public trust . "'
    kept, _ = read_paragraphs(
        [f"{story} cents A version appeared on p27 of the Main section section of the Guardian"]
    )
    assert kept == [story]


def test_a_price_in_cents_stays() -> None:
    for paragraph in ("The shares rose 12 cents", "Petrol costs 99 cents . It rose 3 cents"):
        assert read_paragraphs([paragraph])[0] == [paragraph]
