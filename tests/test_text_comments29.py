"""extract29: readers' comments in text dumps (extract.text).

- A thread signed under each comment ("Posted by: Sean | Jan 10, 2008 4:49:12 PM", l3s_gn1
  3810ea2e) starts at its first comment, the prose line right above the first signature, when the
  first comment has no heading above it; where a comment heading stands between the first two
  signatures, the first signature closed the post itself and stays the cut (l3s_gn1 e906b620).
- "Have your say" in sentence case heads the Daily Mail's and Times Online's readers' thread (l3s_gn1
  46956db6, 64cc1937, 66cd868e, 8863053e) and ends the article; the BBC's inline "HAVE YOUR SAY" box
  and its "Have Your Say" menu item (l3s_gn1 f3797c1d) do not.
"""

from __future__ import annotations

from pathlib import Path

from newsprism.extract import extract
from newsprism.records import Document

_STORY = [
    "Say Hello To the World's Cheapest Car - The $2,500 Nano",
    "Tata Motors unveiled its $2,500 Nano with much ado - and with the theme to a space film blaring in the "
    "background - in New Delhi on Thursday.",
    "Tata has been ginning up hype for the Nano for more than a year, promising that it would motorize the "
    "masses of India, and there has been no end of rumor about what the car would be like.",
    "The Nano is 10 feet long, 5 feet wide and 5 feet tall, and it has a small engine in the back that the "
    "company says will give it about 50 miles to the gallon on the road.",
    "Don't expect to see a Nano tooling around your neighborhood, though. The car almost certainly would not "
    "meet the emissions and safety regulations of the United States.",
]
_SIGNED_THREAD = [
    "Like dude, that thing is TOTALLY unsafe! Like, what if a freight train hits it? Indians need to drive "
    "bigger cars because they are so much safer, and that is the end of it.",
    "Posted by: Sean | Jan 10, 2008 4:49:12 PM",
    "I would be interested in a dealership, fifty miles a gallon is sweet. Good luck and peace to all of you.",
    "Posted by: dan | Jan 10, 2008 6:02:53 PM",
    "I just hope that the motor can put on a few more miles than a lawn mower does before it gives up.",
    "Posted by: Hank | Jan 10, 2008 7:12:01 PM",
]


def _read(lines: list[str]) -> str:
    return extract(Document(id="t", source="x", kind="text", content="\n\n".join(lines))).text


def test_the_first_signed_comment_goes_with_the_thread() -> None:
    text = _read(_STORY + _SIGNED_THREAD)
    assert "emissions and safety regulations" in text
    assert "TOTALLY unsafe" not in text and "dealership" not in text and "Posted by" not in text


def test_a_post_signed_over_a_comment_heading_keeps_its_last_line() -> None:
    # l3s_gn1 e906b620: the post's own signature, then "Comments" over the readers' signed comments
    post = [*_STORY, "Posted by Eric Earling at December 29, 2007 12:03 PM | Email This", "Comments"]
    text = _read(post + _SIGNED_THREAD)
    assert "emissions and safety regulations" in text
    assert "TOTALLY unsafe" not in text and "dealership" not in text


_ARTICLE = [
    "Camilla's cursed cruise ship is struck by winter sickness bug",
    "More than a hundred passengers aboard the Queen Victoria have fallen ill with a winter sickness "
    "bug on the liner's maiden voyage, Cunard said yesterday.",
    "The ship, which the Duchess of Cornwall named last month, docked in Malta where the sick were "
    "treated in their cabins and public areas were disinfected.",
    "Cunard said the outbreak was under control and that the cruise would continue as planned, with "
    "extra cleaning crews brought on board.",
]
_THREAD = [
    "Have your say",
    "I got a similar bug on a Celebrity cruise a couple of years ago. I doubt that I will ever go on "
    "another one. I am still taking medication because of it.",
    "Blake B, los angeles,",
    "I was on the maiden voyage of the Queen Victoria and did not see one person use the antiseptic "
    "handwash provided in all areas of the buffet.",
    "Frances McErlane, Mallorca, Spain",
]


def test_a_thread_under_have_your_say_ends_the_article() -> None:
    text = _read(_ARTICLE + _THREAD)
    assert "extra cleaning crews" in text
    assert "Celebrity cruise" not in text and "McErlane" not in text and "Have your say" not in text


def test_the_bbcs_inline_box_and_menu_item_are_no_end(shared: Path) -> None:
    # l3s_gn1 f3797c1d: the menu's "Have Your Say" above the story, the box's "HAVE YOUR SAY" inside it
    path = next((shared / "data" / "extraction" / "l3s_gn1" / "text").glob("f3797c1d*"))
    doc = Document(id="f3797c1d", source=str(path), kind="text", content=path.read_text(encoding="utf-8"))
    text = extract(doc).text
    assert "the political process is working in Iraq" in text
    assert "Meanwhile, Mr Bush said there had been a dramatic improvement" in text


def test_a_user_comments_heading_ends_the_article(shared: Path) -> None:
    # l3s_gn1 693c707d: "User Comments", a stamp and "1. By pHaT-aNt_" over the first comment
    path = next((shared / "data" / "extraction" / "l3s_gn1" / "text").glob("693c707d*"))
    doc = Document(id="693c707d", source=str(path), kind="text", content=path.read_text(encoding="utf-8"))
    text = extract(doc).text
    assert "Good things come to those who wait!" in text
    assert "Shhheeesh" not in text
