"""The page's furniture after the story, inside a paragraph: where the article ends on a page that a
scraper saved as one long line, and the credits that close a syndicated copy.

A dump of a whole page on one line (t17's Guardian and BBC pages, their heap-10000 copies) has no
line breaks for the line model to weigh: the story runs on into what the page prints under it. These
marks say that the story is over, and what follows each is the page's, never the story's:
- a reader's comment under its header: "At 5:49 pm on 05 May 2009 , GiniaHickley wrote : ...", "At
  16:20 1st Jun 2010 , Paul wrote : ..." (the BBC's blogs and "Have Your Say" debates: 18 t17 pages,
  up to 101,080 characters of which the post is 2,640; with "This comment was removed because the
  moderators found it broke the House Rules" and the blog's own promotion after the thread), or
  over its signature: "Posted by : rallyart2012 | April 30 , 2010 12:27 PM | Report abuse" (the
  Washington Post's blogs), "May 24 , 2010 6:19 pm EDT -- Report as abuse" (Reuters): the first
  comment, before its signature, cannot be told from the story's end and stays, but for a blog
  post's closing byline with its time ("By Chris Cillizza | May 27 , 2010 ; 2:08 PM ET", the
  Washington Post's blogs), which ends the post;
- the paper's contact footer: "Letters for publication should be sent to : letters@guardian.co.uk If
  you need help using the site : userhelp@guardian.co.uk Call the main Guardian and Observer
  switchboard : <the headline> This article was published on guardian.co.uk ..." (27 t17 pages):
  an address for the reader's letters is no part of any story;
- a print credit: "A version appeared on p27 of the Main section section of the Guardian on ...",
  "This article appeared on p28 of the Main section ..." (88 t17 pages): where the story ran in
  print, after its last line; the page's Twitter feeds and teasers follow it;
- the page's credit to its own site: "This article was published on guardian.co.uk at ..." (which
  the dumps print as "This article was published on guardian ."), after a copy of the headline;
- a comment thread's notice: "We welcome comments that advance the story through relevant opinion
  ... Views expressed in the comments do not represent those of Reuters." (t17's Reuters pages, the
  readers' comments follow), "This discussion is now closed. We welcome comments on our articles for
  a limited period after their publication." (Reuters, after a thread), "This debate is now closed.
  Thank you for your comments." (the BBC's).
The paragraph is cut there, and the paragraphs after it go too (`read_page_end`): the footer and
the comment thread close the page.

A syndication credit closes a copy: "This article originally appeared on Lakeside Tribune." (30 of
heap-10000's copies), "This story was produced by ProPublica in partnership with the Guardian",
"This article is republished from The Conversation under a Creative Commons license." It names who
first ran the story, not a fact of it: it leaves the body as its own sentence, the paragraph's last
(or the whole paragraph), and the rest stays.

None of these is an editor's note (extract.editnote, `Article.corrections`): they tell where the
page or the copy came from, not that the story was changed or wrong, so a reader loses nothing
when they go; they are dropped, as the page's other furniture is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["cut_page_end", "drop_closing_bullet", "read_page_end", "strip_link_labels", "strip_syndication"]

# a reader's comment header: "At <time>[ am|pm] [on] <day>[st|nd|rd|th] <month> <year> , <name>
# wrote :" (the name a handle of one or two words); a stamp, then a name, then "wrote": a story
# quoting a letter ("In a letter, he wrote: ...") has no stamp before its writer. The stamp's month
# is the BBC's three letters ("02 Jun 2009", "29th Apr 2009": all 1,584 headers of t17 and
# heap-10000): a story quoting a dated email writes the month out ("At 8:45 pm on 14 April 2010,
# Brian Morel wrote: ...", review23), and its text goes on after it. May is written out in three
# letters too ("At 8:45 pm on 14 May 2010, Brian Morel wrote: ..."): a header in May opens a thread
# only when another header follows it (a thread is a list of comments: each of the 9 of t17's and
# heap-10000's 42 threads that open in May has more headers after its first), see _thread_opens
_COMMENT_HEADER = (
    r"\bAt \d{1,2}[:.]\d\d(?:\s?[ap]\.?m\.?)?(?:\s+on)?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?P<month>[A-Z][a-z]{2})"
    r"\s+(?:19|20)\d\d\s*,\s*[^\s,:]+(?:\s[^\s,:]+)?\s+wrote\s*:"
)
_COMMENT_HEADER_RE = re.compile(_COMMENT_HEADER)
# a paper's address for the reader's letters, written out to the reader: the contact footer
# ("Letters for publication should be sent to : letters@guardian.co.uk", all 41 of t17 and
# heap-10000). Not "Comments should be sent to planning@..." nor "Complaints should be emailed to
# ...": a story about a plan or a consultation tells its readers where to write, and goes on (review23)
_CONTACT_FOOTER = (
    r"\bLetters\s+for\s+publication\s+should\s+be\s+"
    r"(?:sent|e-?mailed|addressed)\s+to\s*:?\s*\S+@"
)
# a print credit: "A version appeared on p27 of the Main section", "This article appeared on p28
# of ...", "A version of this article appeared on page 12 of ..." (the paper's "p27", or a credit
# naming this piece: all 175 of t17 and heap-10000 are "p<n>"); not "A version appeared on page 3 of
# the Courier on 12 May, and was shared widely", a story about another paper's report (review23)
_PRINT_CREDIT = (
    r"\b(?:(?:A\s+version|This\s+(?:article|story))\s+appeared\s+on\s+p\d+"
    r"|(?:A\s+version\s+of\s+this\s+(?:article|story)|This\s+(?:article|story))\s+appeared\s+on\s+"
    r"p(?:age\s*)?\d+)\s+of\s+the\b"
)
# where the page credits its own site ("... | Simon Jenkins This article was published on guardian .
# A version appeared on p29 ...": the site's name or address in lower case, then a stop or "at")
# (the site's "at" before the time it ran, "at 14.41 BST", or a stop that ends the sentence, not one
# inside the address: not "was first published on valleytimes.co.uk at the start of the year, and
# led to a government inquiry", review23)
_SITE_CREDIT = (
    r"\bThis\s+(?:article|story)\s+was\s+(?:first\s+)?published\s+on\s+[a-z][\w-]*(?:\s?\.\s?[a-z]{2,3})*"
    r"\s*(?:\.(?!\S)|\bat\s+\d)"
)
# a comment thread's opening or closing notice: "We welcome comments that advance the story ...
# Views expressed in the comments do not represent those of Reuters." (t17's Reuters pages, the
# readers' comments after it), "This debate is now closed . Thank you for your comments ." (BBC)
# (the notice's own words, not "We welcome comments from the public, the agency said"; and the page
# closing its thread, "This debate is now closed", not a speaker quoted saying so after a quote mark
# or a colon; the notice is a sentence of its own, "This debate is now closed ." as all 576 of t17 and
# heap-10000 are, not a speaker's words running on: "This debate is now closed, she told the
# chamber", review23)
_COMMENTS_NOTICE = (
    r"\bWe\s+welcome\s+comments\s+(?:that\s+advance\s+the\s+story|on\s+our\s+articles)\b"
    r"|\bViews\s+expressed\s+in\s+the\s+comments\b"
    r"|(?<![\"“:]\s)(?<![\"“:])\bThis\s+(?:discussion|debate|comment\s+thread)\s+is\s+now\s+closed\s*\."
)
# a reader's comment under its signature, a link to report it: "Posted by : rallyart2012 | April 30 ,
# 2010 12:27 PM | Report abuse" (t17's Washington Post blogs), "Posted by kiwidave | Report as
# abusive", "May 24 , 2010 6:19 pm EDT -- Report as abuse" (Reuters); the comment's words come before
# its signature, so the first comment stays, the thread after it goes
_COMMENT_SIGNATURE = (
    r"(?:\bPosted\s+by\s*:?\s*[^\s|]+\s*\|\s*(?:[^|\n]{0,40}\|\s*)?"
    r"|\b[A-Z][a-z]{2}\s+\d{1,2}\s*,\s*\d{4}\s+\d{1,2}:\d\d\s*[ap]m\s+[A-Z]{2,4}\s+--\s+)"
    r"Report\s+(?:as\s+)?abus(?:e|ive)\b"
)
# each mark with the word it holds, and how far before and after that word it may reach: a mark is
# looked for only around its word, which a C-level scan finds (a pattern of six branches searched
# along a whole page of one line cost heap-10000's records 2.2 times their reading time)
# a blog post's closing byline with its time: "By Chris Cillizza | May 27 , 2010 ; 2:08 PM ET" (t17's
# Washington Post blogs: 11 pages, each followed by the readers' comments, with or without their
# signatures: "By Michael Cavna | June 15 , 2010 ; 9:10 AM ET Here 's the one I did for Transport
# Topics ... Posted by : shadow27 | ... | Report abuse"); a byline opening the page is no end, so
# POST_MIN_CHARS of the story come before it (t17's shortest post: 949 characters)
_POST_SIGNATURE = (
    r"\bBy\s+[A-Z][\w.'’ -]{2,60}?\s+\|\s+[A-Z][a-z]+\.?\s+\d{1,2}\s*,\s*\d{4}\s*[;,]\s*"
    r"\d{1,2}:\d\d\s*[AP]M\s+[A-Z]{2,4}\b"
)
POST_MIN_CHARS = 500
_POST_SIGNATURE_RE = re.compile(_POST_SIGNATURE)
# A link's label for screen readers, which the page hides and a scraper keeps inside the sentence:
# "US employers added 224,000 jobs Opens a New Window. in June" (Fox Business's records: 5 texts of
# heap-10000, 2 to 9 links each; its stop read as a sentence's end, "the Federal Reserve Opens" made
# a claim). The other forms sites write, in brackets ("(opens in new window)", "(Opens in a new
# tab)", "(this link opens in a new window)": WordPress's and the BBC's labels) or in title case
# ("Opens in a New Tab"); the title-case label's stop goes only inside a sentence (before a lower-case
# word or a mark), since before a capital or at the end it may be the sentence's own. In lower case
# and out of brackets it is prose: "The ruling opens a new window for the talks". Spaces before it
# go, not a line break (corroborate strips a whole text's paragraphs with it).
_LINK_LABEL = re.compile(
    r"[ \t]*\((?:this link )?[Oo]pens (?:in )?(?:an? )?new (?:browser )?(?:window|tab)\)"
    r"|[ \t]*\bOpens (?:in )?(?:a )?New (?:Window|Tab)(?:\.(?=[ \t]*[a-z,;:’'\"”)]))?"
)
# ... every form of which holds "[Oo]pens in ", "[Oo]pens a(n) " or "[Oo]pens [Nn]ew " (the title
# case's "Opens New Tab")
_LINK_LABEL_CUE = re.compile(r"pens (?:in |an? |[Nn]ew )")
# T17's Guardian dumps write a list's bullet ("•") as the word "cents": one left at a paragraph's
# end, after a stop, opened the item that a cut took away ("... can not be permitted . cents This
# article was amended on ...", 9 t17 bodies and their heap-10000 copies)
_BULLET_END = re.compile(r"(?<=[.!?\"”’'])\s+cents$")

_MARKS = (
    ("wrote", 160, 120, _COMMENT_HEADER_RE),
    ("Report", 160, 120, re.compile(_COMMENT_SIGNATURE)),
    ("should", 60, 120, re.compile(_CONTACT_FOOTER)),
    ("appeared", 60, 120, re.compile(_PRINT_CREDIT)),
    ("published", 60, 120, re.compile(_SITE_CREDIT)),
    ("omments", 60, 120, re.compile(_COMMENTS_NOTICE)),  # "We welcome comments", "... in the comments"
    ("now closed", 60, 120, re.compile(_COMMENTS_NOTICE)),
    ("M ET", 120, 20, _POST_SIGNATURE_RE),  # the last one: _last_post_end
)

# a syndication credit, the paragraph's last sentence: who first ran the story (module docstring);
# its name may hold a stop before no space ("guardian.co.uk"), no sentence may follow it
# ("This" names the piece: "The report first appeared in a local paper, ..." is the story's)
_PIECE = r"(?:article|story|post|piece|column)"
_SYNDICATION = re.compile(
    rf"(?:^|(?<=[.!?\"”]\s))This\s+{_PIECE}\s+(?:"
    r"(?:was\s+)?(?:originally|first)\s+(?:appeared|published|ran)(?P<verb>)\s+(?:on|in|at|by)\s+"
    r"|(?:was|is)\s+(?:re)?published\s+(?:from|with\s+permission\s+(?:of|from))\s+"
    r"|was\s+(?:produced|reported)\s+(?:by|for)\s+[^.!?\n]{1,80}?\s+in\s+partnership\s+with\s+"
    r")(?:[^.!?\n]|\.(?=\S)){1,150}[.!]?\s*$"
)
# when the piece first ran, not where: "This story was first published on May 12, 2020.", "... on
# Monday", "... in 2009" is the page's note of its own time, which the body keeps (only a name after
# the verb, a paper or a site, makes a credit: "originally appeared on Lakeside Tribune")
_WHEN_FIRST = re.compile(
    r"\s+(?:on|in|at)\s+(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
    r"\.?\s+\d)"
)
_SYNDICATION_WORDS = ("appeared", "published", "partnership", "first ran", "originally ran")
# the longest credit the pattern takes: "This story was produced by " and an 80-character name, "in
# partnership with " and 150 characters
SYNDICATION_MAX_CHARS = 400


def cut_page_end(paragraph: str) -> tuple[str, bool]:
    """(`paragraph` without the page's furniture after the story, when a mark of the page's end
    (module docstring) starts in it, the text before the first kept; whether the page ended in it)."""
    end = len(paragraph) + 1
    for word, before, after, mark in _MARKS:
        if word == "M ET":
            end = min(end, _last_post_end(paragraph))
            continue
        at = paragraph.find(word)
        while at >= 0 and at - before < end:
            m = mark.search(paragraph, max(0, at - before), at + len(word) + after)
            if m is not None and (mark is not _COMMENT_HEADER_RE or _thread_opens(paragraph, m)):
                end = min(end, m.start())
                break
            at = paragraph.find(word, at + 1)
    if end <= len(paragraph):
        return drop_closing_bullet(paragraph[:end].rstrip()), True
    return paragraph, False


def _thread_opens(paragraph: str, header: re.Match[str]) -> bool:
    """Whether a comment's header opens the thread: any month but May (written out, a story's
    quoted email, review23), or another header after it (a thread lists comments)."""
    return header["month"] != "May" or _COMMENT_HEADER_RE.search(paragraph, header.end()) is not None


def _last_post_end(paragraph: str) -> int:
    """Where the last closing byline of a blog post starts (len + 1 when none): a blog's page may
    list several posts, each closed by its byline; the readers' comments come after the last (all
    11 t17 pages with one print one post). POST_MIN_CHARS of story come before it."""
    at = paragraph.rfind("M ET")
    while at >= POST_MIN_CHARS:
        m = _POST_SIGNATURE_RE.search(paragraph, max(POST_MIN_CHARS, at - 120), at + 24)
        if m is not None:
            return m.start()
        at = paragraph.rfind("M ET", 0, at)
    return len(paragraph) + 1


def drop_closing_bullet(text: str) -> str:
    """`text` without a list bullet written "cents" left at its end after a stop (_BULLET_END)."""
    return _BULLET_END.sub("", text) if text.endswith("cents") else text


def strip_syndication(paragraph: str) -> str:
    """`paragraph` without a syndication credit as its last sentence ("" when it was the whole)."""
    # the credit closes the paragraph, and is shorter than SYNDICATION_MAX_CHARS: only the
    # paragraph's end is read
    start = max(0, len(paragraph) - SYNDICATION_MAX_CHARS)
    tail = paragraph[start:]
    if "This" in tail and any(word in tail for word in _SYNDICATION_WORDS):
        m = _SYNDICATION.search(paragraph, start)
        if m is not None and (m.start("verb") < 0 or not _WHEN_FIRST.match(paragraph, m.end("verb"))):
            return paragraph[: m.start()].rstrip()
    return paragraph


def strip_link_labels(paragraph: str) -> str:
    """`paragraph` without the labels its links carry for screen readers (_LINK_LABEL)."""
    # the label's cue found first (a literal-led search, as fast as a scan for one word): the label's
    # regex, which may open on a space, would be tried at every character of every paragraph
    if _LINK_LABEL_CUE.search(paragraph) is not None:
        return _LINK_LABEL.sub("", paragraph).strip()
    return paragraph


def read_page_end(paragraphs: Iterable[str]) -> list[str]:
    """The paragraphs up to the page's end (cut_page_end), each without a closing syndication
    credit; the emptied ones are left out."""
    out = []
    for paragraph in paragraphs:
        kept, ended = cut_page_end(paragraph)
        kept = strip_syndication(kept)
        if kept:
            out.append(kept)
        if ended:
            break
    return out
