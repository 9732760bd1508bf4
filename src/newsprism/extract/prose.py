"""Text that is already an article body (a JSONL export's `text`, a feed item) -> Article.

A scraper dump is a page rendered to text: a block of paragraphs wrapped in many short lines of
furniture (navigation, share icons, related links). An export's `text` field is the paragraphs
alone, sometimes on a single line. The line classifier of extract.text is trained on dumps and
would drop a one-line article as furniture, so `is_clean_body` tells the two apart by shape and
`read_clean_text` keeps clean text whole:

    markup     a text that is mostly HTML tags is the page itself (a page saved as text whose
               `<title>` was left open, so that the file opens with words): it is read as HTML
    furniture  whole lines of page furniture are dropped (`is_furniture_line`: "Advertisement",
               "Story continues below advertisement", "Read more: ...", "Sign up for our ...")
    title      1. doc.title  2. a headline-like first line above prose paragraphs
    published  1. doc.published  2. a stamp line  3. the dateline's month and day with a year from
               the text  4. a stamp glued to the opening (`textdate.opening_stamp_date`: a full
               date with its clock, "Susan Watts | 18:00 UK time , Saturday , 25 April 2009 ...")
    dateline   an opening "WASHINGTON (Reuters) -" / "New Delhi, April 24:" (its place)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from newsprism.extract.editnote import read_paragraphs
from newsprism.extract.language import detect_language
from newsprism.extract.sitenames import word_count
from newsprism.extract.textdate import (
    dated_or_known,
    opening_stamp_date,
    parse_dateline,
    stamp_lines,
    strip_publication_note,
    strip_title_date,
    year_from_context,
)
from newsprism.extract.textlines import NAV_WORDS, STOPWORDS
from newsprism.records import Article, Document

__all__ = [
    "brief_start",
    "is_clean_body",
    "is_furniture_line",
    "is_page_notice",
    "read_clean_text",
    "site_self",
]

# A line of prose has at least this many words. Furniture lines ("Share this", "Related stories",
# "Home | News | Sport") have one to five; headlines and subheads rarely pass ten.
PROSE_LINE_WORDS = 12
# A record of an export is clean unless it is plainly a page dump: at least DUMP_MIN_LINES lines,
# DUMP_SHORT_SHARE or more of them short. Measured on ../shared/data: 93% of the l3s_gn1 and all
# cleanportaleval text dumps have 60% short lines or more; the exports (clustering, quotes,
# timelines) have short lines where they keep one sentence or subhead a line, but rarely 15 lines
# with 60% short.
DUMP_MIN_LINES = 15
DUMP_SHORT_SHARE = 0.6
# A text of at most BRIEF_MAX_LINES lines whose lines are sentences (SENTENCE_MIN_WORDS words or
# more, ending on a stop) under at most one headline is a brief (brief_start), read whole. A brief
# of wire copy runs two to six paragraphs; the dev sets' text dumps have 30 lines or more.
BRIEF_MAX_LINES = 12
SENTENCE_MIN_WORDS = 5
# ... and one body line at least a lead: a line of prose, or a sentence of this many words or more,
# the shortest paragraph extract.text anchors a body on (its ANCHOR_MIN_WORDS). A brief of one
# short sentence is still news ("The Golden Globes full-scale telecast has been canceled.",
# "Israel midfielder Tamir Cohen has agreed terms with Bolton.": 8 and 9 words); a line of fewer
# words is a credit, a greeting or a deck ("Courtesy of International Paper Co.", "Welcome to Ask
# The Post.", "Unveils prototype with promise of double mileage.": 5 to 7 words)
LEAD_MIN_WORDS = 8
# A first line this short, with no closing full stop, above prose is the export's headline.
HEADLINE_MAX_WORDS = 25
# ... and a brief's headline at most this many characters (25 words of about 8 characters each).
HEADLINE_MAX_CHARS = 200
# Characters of the body given to language identification (see extract.text).
LANGUAGE_SAMPLE_CHARS = 300

# A line of page furniture has at most this many words when it is made of furniture words alone
# ("Advertisement", "Story continues below advertisement", "Share this", "Read more").
FURNITURE_MAX_WORDS = 6
# A call to action or a legal notice that opens a line makes it furniture up to this many words
# ("Sign up for our daily newsletter to get the latest headlines in your inbox.").
FURNITURE_NOTICE_MAX_WORDS = 40
# Lines longer than these (characters) are too long for either kind: they are not looked at. About
# FURNITURE_MAX_WORDS and FURNITURE_NOTICE_MAX_WORDS words' length, read first: a line's length
# costs nothing, its words a regex pass, and most lines of an article are longer paragraphs.
FURNITURE_MAX_CHARS = 80
FURNITURE_NOTICE_MAX_CHARS = 400

# A text is an HTML page when it holds at least MARKUP_MIN_TAGS tags that make up MARKUP_MIN_SHARE
# of its characters or more. l3s_gn1's eight text dumps that are one line of a page's raw markup
# have 460 to 1,701 tags, 63% to 78% of their characters; the other clean texts of the dev sets
# and heap-10000 (14,540) have at most 6 tags, at most 11% of their characters.
MARKUP_MIN_TAGS = 20
MARKUP_MIN_SHARE = 0.3

_WORD = re.compile(r"\w+")
_TAG = re.compile(r"<[A-Za-z/!][^<>]{0,500}>")
# Words of page furniture: the line classifier's (extract.textlines: navigation, sharing, ads,
# legal) and its function words, and the words of an advertisement's or a jump's marker.
_FURNITURE_WORDS = NAV_WORDS | STOPWORDS | frozenset(
    ["ad", "ads", "advert", "story", "article", "continue", "continues", "continued", "reading", "read",
     "scroll", "us"]
)  # fmt: skip
_FURNITURE_TOKEN = re.compile(r"[a-z]+(?:['’-][a-z]+)*")
# a newspaper's print note: "A version of this article appears in print on October 12, 2012, on
# page A16 of the New York edition with the headline: ..." (the page's, not the story's)
PRINT_NOTE = r"a version of this (?:article|story|review|column|essay) appear(?:s|ed) in print\b"
# A line opening with a call to action ("Read more: ...", "Click here to ...", "Follow us on ...")
# or a copyright notice ("Copyright 2010 ...", "© Reuters 2008"), or one that reserves all rights,
# or a print note.
_FURNITURE_NOTICE = re.compile(
    r"(?:read more|continue reading|(?:click|tap) here|sign up|subscribe (?:to|now|today|here)|"
    r"(?:follow|like|join) us|share this|e-?mail this|print this|download (?:our|the) app|"
    r"copyright\b\W*(?:©\s*|\(c\)\s*)?(?:19|20)\d\d|©|\(c\)\s*(?:19|20)\d\d|"
    rf"{PRINT_NOTE})",
    re.IGNORECASE,
)
_RIGHTS_RESERVED = re.compile(r"\ball rights reserved\b", re.IGNORECASE)
# A line of furniture words that ends as a sentence is somebody's words ("See you there.", "Follow
# me!") or a snippet's cut ("YouTube will...", "The latest..."), and one that ends in a colon a
# label of what follows ("CONTACT:").
_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", "…", ":")
# PROSE_LINE_WORDS words or more: one search that stops at the twelfth word, where counting all
# of a one-line record's words (_WORD.findall) read the whole article. A match starts only at a
# word's start ((?<!\w)): one from inside a word is one from its start too, and without the
# lookbehind search() retried from every letter of a long word (a 50,000-letter line: 10 s)
_PROSE_LINE = re.compile(rf"(?<!\w)\w++(?:\W++\w++){{{PROSE_LINE_WORDS - 1}}}")
_SPACE = re.compile(r"[ \t\u00a0]+")
_SENTENCE_STOP = (".", "!", "?", '"', "”", "’")
# the full stops of Chinese and Japanese (ideographic and fullwidth), before any closing quote
_CJK_SENTENCE_STOP = ("。", "！", "？", "。」", "。”", "！」", "？」")
_OPENING_MARKS = "\"“‘'("
# a brand spelt with a lower-case first letter and a capital inside ("iTunes", "eBay", "iPhone"):
# news style keeps its spelling at a sentence's start
_BRAND_START = re.compile(r"[a-z]{1,2}[A-Z]")
# A full stop at a line's end, closing quotes and brackets after it
_FULL_STOP_END = re.compile(r"\.[\"”’')\]]*$")


def _lines(text: str) -> list[str]:
    if "  " in text or "\t" in text or "\u00a0" in text:  # else every run is one space already
        text = _SPACE.sub(" ", text)  # none of [ \t\u00a0] breaks a line: the same as line by line
    return [s for s in map(str.strip, text.splitlines()) if s]


def _is_prose(line: str) -> bool:
    return _PROSE_LINE.search(line) is not None


def is_furniture_line(line: str) -> bool:
    """Whether a whole line (stripped) is page furniture: an advertisement's or a jump's marker, a
    page tool, a call to action or a copyright notice, never a line of the article's own text.

    Either every word is a furniture word (`textlines.NAV_WORDS`, function words and a few
    markers), one of them no function word, in at most FURNITURE_MAX_WORDS words and without a
    sentence's end; or the line opens with a call to action or a copyright notice, or reserves all
    rights anywhere in it ("... (C) 2008 Lucasfilm ... All rights reserved"), in at most
    FURNITURE_NOTICE_MAX_WORDS words.
    """
    if len(line) > FURNITURE_NOTICE_MAX_CHARS:  # a paragraph: most lines of an article
        return False
    low = None
    if len(line) <= FURNITURE_MAX_CHARS and not line.endswith(_SENTENCE_END):
        low = line.lower()
        words = _FURNITURE_TOKEN.findall(low)
        if (
            words
            and len(words) <= FURNITURE_MAX_WORDS
            and all(w in _FURNITURE_WORDS for w in words)
            and not all(w in STOPWORDS and w not in NAV_WORDS for w in words)
        ):
            return True
    if _FURNITURE_NOTICE.match(line) is None and not (
        ("eserved" in line or "ESERVED" in line) and _RIGHTS_RESERVED.search(line)
    ):
        return is_page_notice(line, low)
    return len(_WORD.findall(line)) <= FURNITURE_NOTICE_MAX_WORDS


# A notice about the page itself, not the story: a line that names how the page works or who may
# read it (cookies, JavaScript, a browser, logging in or signing up, an account or password, a
# membership, subscription or registration, a page or URL not found) and the page it is on (this
# or our page, site, website, article, story, server or content; premium content). "For free
# access to this article, you must be a member of HeraldTribune.com.", "Log in to access premium
# content and features on this site.", "Please create an account or login to read this story",
# "To read this article in full you must be registered with the site." (l3s_gn1 d234a669,
# e17661e3, fb5075ce, 7a4c1a97), "We use cookies to ensure that we give you the best experience
# on our website.", "The requested URL was not found on this server.". Both are needed: news
# speaks of browsers, accounts and subscriptions ("a Norwegian maker of a Web browser", "If you
# subscribe to Netflix, your price will rise"), never of the page it is printed on. No line of the
# dev sets' gold bodies (l3s_gn1, cleanportaleval) or of the modern silver is one; 49 lines of
# the dev text dumps are, every one a notice or a site's footer. A page that is only a notice
# (however long) is then no article.
_PAGE_MECHANISM = re.compile(
    r"\b(?:cookies?|javascript|browser|log(?:ged)?[\s-]?in|login|sign(?:ed)?[\s-]?(?:in|up)|account|"
    r"password|members?(?:hip)?|subscri\w+|regist(?:er|ered|ration)|not\s+found|URL)\b",
    re.IGNORECASE,
)
# searched in the line's lower case (a case-blind pattern cost three times as much)
_THIS_PAGE = re.compile(
    r"\b(?:(?:this|our)\s+(?:page|site|website|web\s+site|article|story|server|content)|premium\s+content)\b"
)
PAGE_NOTICE_MAX_CHARS = 250  # a notice is a sentence or two (the dev dumps' longest: 203 characters)
# A notice speaks for the page; a line that quotes or reports somebody's words is news about a site
# ("“Our website went down and customers could not log in,” the bank said.")
_REPORTED = re.compile(r"[\"“”]|\b(?:said|says|told)\b")


# A call to use the site's own services, which no article makes of its reader: a link's prompt
# ("Click here for free Newsletter subscription!", "Click here to get News24 headlines on your
# Facebook profile."), the site's newsletters and alerts ("Keep up to date with the news. Receive
# our free E-Newsletters", "Start Receiving PR-inside.com News Headlines per email.", "... the news
# alerts free service", "Recieve full access to all new and archived articles, unlimited portfolio
# tracking, e-mail alerts, custom newswires and RSS feeds - and more!"), its forum ("Discuss this story on the Ontario Hockey League message
# board..."), readers' tips, uploads and views ("When news happens: send photos, videos & tip-offs
# to ...", "If you have any news tips that you would like us to follow up on, ... contact us at
# ...", "Submit your Pics: Upload photos and browse others in our Pics section.", "We'd like your
# thoughts on this story.", "Send in your opinions, rants, praise or ..."). None of these phrases
# is in a line of the dev sets' gold bodies (l3s_gn1, cleanportaleval); 244 lines of their dumps
# hold one (bench/README.md, extract30). News that reports such a call quotes somebody ("'Click
# here to claim your prize,' the e-mail said."): a line with said/says/told is no notice.
_SITE_APPEAL = re.compile(
    r"\bclick here\b|\b(?:our|free) (?:free )?e-?newsletters?\b|\bnewsletter subscription\b|"
    r"\bheadlines (?:per|by|via) e-?mail\b|\be-?mail alerts\b|\bnews alerts? (?:free )?service\b|"
    r"\bdiscuss this (?:story|article)\b|"
    r"\btip-?offs\b|\bnews tips\b|\bsubmit your (?:pics|photos|pictures|videos|stories)\b|"
    r"\bupload (?:your )?(?:pics|photos|pictures|videos)\b|\byour thoughts on this (?:story|article)\b|"
    r"\bsend in your (?:opinions|views|comments)\b|\bsend (?:us )?(?:your )?(?:photos|pictures|pics|videos)\b"
)
# ... and its contests, its other editions and its log-in ("Enter here for your chance to win tickets
# to see Blue Man Group live", "For all your New York City news in Spanish, watch NY1 Noticias ...",
# "Take NY1 News with you on your browser-equipped handheld ...", l3s_gn1 abfad90a; "... simply login
# to your account using your email and password below", fb5075ce); "Thanks for all your help" opens
# no line (t17 bpoil_guardian/1379). Each holds "your": only a line with it is searched.
_SITE_OFFER = re.compile(
    r"\byour chance to win\b|^for all your\b|^take .{1,30} with you on your\b|\blog ?in to your account\b"
)
_SAID = re.compile(r"\b(?:said|says|told)\b")
# a line the article attributes to someone, whom it quotes or who adds, writes or states it ("… , a
# spokesman added", "according to a statement"): the site's own box and notes attribute nothing
_ATTRIBUTED = re.compile(r"\b(?:said|says|told|added|adds|wrote|writes|according to)\b|[\"“”]")
# The site speaking of itself, as a publisher, not of the news: who publishes it ("A publication by
# the News One Publishing Group.", "Our online news publishes a local news story regularly.") or
# where its story comes from and why it runs ("This story is sourced direct from an overseas news
# agency as an additional service to readers."), or its disclaimer of what it prints. Such a line
# is the site's box or an agency's or the site's note under the article. None of these shapes is
# in a text of the dev sets (gold bodies, records of clustering, quotes, timelines and summaries
# sets) or of heap-10000; 44 lines of the l3s_gn1 dumps are (30 of a site's box or an agency's note
# on 16 pages, 14 disclaimers; bench/README.md, extract31).
_SITE_SELF = re.compile(
    r"^a publication (?:by|of)\b|"
    # the owner in the site's box ("A division of Transcontinental Media Inc.", "A subsidiary of The
    # McClatchy Company", l3s_gn1 b8702037, b4fba381) and what it does ("BBC Monitoring selects and
    # translates news from radio, television, press, news agencies and the internet ...", 137e6374)
    # (the owner's name alone, a firm's last word ending the line: not the news of an army's or a
    # firm's unit, "A division of about 10,000 American troops will take over the base")
    r"^a (?:division|subsidiary) of (?:\S+ ){0,4}(?:inc|ltd|llc|plc|corp|corporation|company|group|media)\.?$|"
    r"\bselects and translates news\b|"
    # (its source after it, "by", "from": "This report was provided to Congress" is news)
    r"^this (?:story|article|report|item) (?:is|was|has been) (?:sourced|provided|supplied|syndicated)"
    r"(?: direct(?:ly)?)? (?:by|from|courtesy|through)\b|"
    r"\b(?:a|an additional) service to (?:our )?readers\b|"
    r"\bour (?:online )?(?:news(?:paper)?|paper|site|website|edition) (?:publishes|brings|offers|provides)\b|"
    # its disclaimer of what it prints ("The opinions expressed in this release are those of the
    # organization issuing it, and do not necessarily reflect the thoughts or opinions of OurSports
    # Central", "The following are comments from the readers. In no way do they represent the view of
    # NWHerald.com"); a columnist's "The opinions expressed are his own" is none
    r"\bin no way do(?:es)? (?:they|it|this|these) represent\b|"
    r"\b(?:opinions?|views?) expressed (?:in|on|at|by) .{0,80}?\b(?:do|are) not (?:necessarily|endorsed)\b"
)


def _site_appeal(low: str) -> bool:
    """Whether the lowered line calls the reader to the site's services (_SITE_APPEAL, _SITE_OFFER)."""
    # each of the pattern's words found by a C-level scan first: most lines hold none of them
    appeal = (
        "click" in low
        or "letter" in low
        or "headlines" in low
        or "alert" in low
        or "discuss" in low
        or "tip" in low
        or "submit" in low
        or "upload" in low
        or "thoughts" in low
        or "send" in low
    ) and _SITE_APPEAL.search(low) is not None
    offer = "your" in low and _SITE_OFFER.search(low) is not None
    return (appeal or offer) and _SAID.search(low) is None


def site_self(low: str) -> bool:
    """Whether the lowered line is the site speaking of itself as a publisher (_SITE_SELF)."""
    return (
        (
            "publi" in low
            or low.startswith(("a division of", "a subsidiary of"))
            or "translates" in low
            or "service" in low
            or "our " in low
            or "sourced" in low
            or "provided" in low
            or "expressed" in low
            or "no way" in low
        )
        and _SITE_SELF.search(low) is not None
        and _ATTRIBUTED.search(low) is None
    )


def is_page_notice(line: str, low: str | None = None) -> bool:
    """Whether the stripped `line` is a notice about the page it is on (_PAGE_MECHANISM and
    _THIS_PAGE), a call to the site's services (_SITE_APPEAL) or the site speaking of itself as a
    publisher (_SITE_SELF), never the article's text. `low` is line.lower() when the caller has
    it."""
    if len(line) > PAGE_NOTICE_MAX_CHARS:
        return False
    if low is None:
        low = line.lower()
    if _site_appeal(low) or site_self(low):
        return True
    # the words a _THIS_PAGE match must hold, each found by a C-level scan first: its determiner,
    # then its noun ("website", "web site" hold "site"). Most lines stop at the first test; "our"
    # is in "your", "hour", "four", and the nouns stop most of those (on the dev inputs and
    # heap-10000, 9,115 of 56,520 lines pass the first test, 2,124 both)
    if "this" not in low and "our" not in low and "premium" not in low:
        return False
    if (
        "page" not in low
        and "site" not in low
        and "article" not in low
        and "story" not in low
        and "server" not in low
        and "content" not in low
    ):
        return False
    return (
        _THIS_PAGE.search(low) is not None
        and _PAGE_MECHANISM.search(line) is not None
        and _REPORTED.search(line) is None
    )


def is_clean_body(text: str, *, from_record: bool = False) -> bool:
    """True when `text` reads as the article body alone, with no page furniture around it.

    A saved page (`from_record` False) is clean only when every line is prose; a record of an
    export is clean unless it has the shape of a page dump.
    """
    lines = _lines(text)
    if not lines:
        return False
    if not from_record:
        return all(map(_is_prose, lines))
    # a short record ("Named Maurice Cheeks coach.") is still an article: nothing is lost
    if len(lines) < DUMP_MIN_LINES:
        return True
    short = len(lines) - sum(map(_is_prose, lines))
    return short < DUMP_SHORT_SHARE * len(lines)


def _is_sentence(line: str) -> bool:
    """A line that is one or more whole sentences: SENTENCE_MIN_WORDS words or more, opening on a
    capital, a digit or a brand written with a lower-case first letter ("iTunes is Apple's online
    music store.", after any quotation mark) and ending on a sentence's stop, no furniture. A line
    in Chinese or Japanese ends on its script's stop ("。") and has no capitals; its words are its
    characters (_words). robust26's enc2/zh_utf8.txt, a headline over one paragraph of three
    sentences, was dropped: its "words" were the 6 runs between its commas and stops."""
    if line.endswith(_CJK_SENTENCE_STOP):
        return _words(line) >= SENTENCE_MIN_WORDS
    if not line.endswith(_SENTENCE_STOP) or len(_WORD.findall(line)) < SENTENCE_MIN_WORDS:
        return False
    opening = line.lstrip(_OPENING_MARKS)
    capital = opening[:1].isupper() or opening[:1].isdigit() or _BRAND_START.match(opening) is not None
    return capital and not is_furniture_line(line)


# A notice to the reader, which a saved page of one short sentence (a lead by LEAD_MIN_WORDS, no
# prose line) may be and no brief is: it addresses the reader or speaks of the page or site it is
# on ("We use cookies on this website to improve it.", "Sorry, this page could not be found on our
# site.", "You must be logged in to read this article."). A news brief of one sentence reports in
# the third person ("The Golden Globes full-scale telecast has been canceled.")
_READER_NOTICE = re.compile(
    r"\b(?:you|your|yours|cookies?|javascript|browser|log(?:ged)?\s+in|sign(?:ed)?\s+in|subscrib\w*"
    r"|(?:this|our)\s+(?:page|site|website|web\s+site|article|story))\b",
    re.IGNORECASE,
)


def _is_lead(line: str) -> bool:
    """A line that can carry a brief: prose, or a sentence of LEAD_MIN_WORDS words or more."""
    return _is_prose(line) or (_is_sentence(line) and _words(line) >= LEAD_MIN_WORDS)


def _words(line: str) -> int:
    """The words of a line: its runs of letters and digits, but a Chinese or Japanese sentence's
    characters (sitenames.word_count): there a run is a whole clause between punctuation marks."""
    return word_count(line) if line.endswith(_CJK_SENTENCE_STOP) else len(_WORD.findall(line))


def _opens_on_dateline(line: str) -> bool:
    """Whether `line`, ending as a sentence, opens on a dateline of a known place, or one with an
    agency or a date (brief_start)."""
    dl = parse_dateline(line) if line.endswith(_SENTENCE_STOP) else None
    return dl is not None and (bool(dl.agency) or dated_or_known(dl))


def _asks_or_exclaims(line: str) -> bool:
    """A short sentence (under PROSE_LINE_WORDS words) that ends on no full stop: a question, a
    cry or a quote ("Do sub-notebooks threaten the MacBook Air?", "'RSP to follow own policy'").
    Headlines keep no full stop (news style) but keep these marks: over the body of a brief such
    a line is its headline. Of the dev sets' short sentence-like headlines 21 of 23 end so, of
    their short first paragraphs 3 of 14 (all three questions)."""
    return not _is_prose(line) and _FULL_STOP_END.search(line) is None


def brief_start(text: str) -> int | None:
    """Where the body of a brief starts among its non-empty lines, or None when `text` is no brief.

    A brief is a short text that is a whole article (a wire brief: "KIEV (AP) - Several people were
    injured ...", "Police sealed off the area."): at most BRIEF_MAX_LINES lines, under at most one
    headline line, every body line a sentence or a line of prose, one at least a lead (_is_lead:
    prose, or a sentence of LEAD_MIN_WORDS words). It is 1 under a headline, 0 when the first
    line is a sentence of the body already: a dateline's (however short), or one that ends on a
    full stop or runs to a prose line's length. The line
    model of extract.text learnt pages wrapped in furniture: in a brief it found no body, or some
    of its paragraphs only (a last short one lost), and a brief with no headline gave its first
    paragraph as the title. extract.text reads every line of a brief from here on as its body."""
    lines = _lines(text)
    if not lines or len(lines) > BRIEF_MAX_LINES:
        return None
    first = lines[0]
    # a dateline opens the body, however short its sentence ("ANAHEIM — So, meet Illinois."): a
    # known place's, or one with an agency or a date. Other capitals before a dash may be a label
    # over the headline that parse_dateline takes for a town ("HEART OF EMPIRE - ...")
    dated = _opens_on_dateline(first)
    headline = (
        not dated
        and len(first) <= HEADLINE_MAX_CHARS
        and (not _is_sentence(first) or _asks_or_exclaims(first))
        and not is_furniture_line(first)
        and len(_WORD.findall(first)) <= HEADLINE_MAX_WORDS
    )
    start = 1 if headline else 0
    body = lines[start:]
    # the dateline's line ends as a sentence but may be shorter than one, under a headline too
    # ("Lassen: There's much to learn about Illinois" over "ANAHEIM — So, meet Illinois.")
    tested = body[1:] if body and (dated if start == 0 else _opens_on_dateline(body[0])) else body
    if len(body) == 1 and not _is_prose(body[0]) and _READER_NOTICE.search(body[0]):
        return None  # one short sentence to the reader: a notice (_READER_NOTICE)
    if any(map(_is_lead, body)) and all(_is_prose(s) or _is_sentence(s) for s in tested):
        return start
    return None


# A wire story's credit line: "(Reporting by Susan Cornwell; Editing by Tim Dobbyn)", "Reporting by
# staff; editing by the news desk.": its names capitalised, or the staff or the desk. It closes the
# story, and l3s_gn1's gold keeps it there (7 of its 10 pages that print one); one opening a text is
# another part of the page moved up (heap-10000: 23 records open on one, their outlet's boilerplate)
_WIRE_CREDIT = re.compile(
    r"\(?(?i:additional )?(?i:reporting|writing) by (?:[A-Z]|staff\b)[^;()]{0,80}[;,] "
    r"(?i:additional reporting|writing|editing) by (?:[A-Z]|the\b)[^()]{0,120}\)?\.?"
)


def _without_stamps(lines: list[str]) -> tuple[str | None, list[str], tuple[str, ...]]:
    """(the first stamp's date as YYYY-MM-DD, `lines` without their stamp lines, the editors' notes
    taken out of them: editnote.read_editors_notes). A stamp
    ("PUBLISHED: THURSDAY, MAY 2, 2013, 1: 32 PM", textdate.stamp_lines of a clean text) is
    furniture, yet the day it gives is the page's: it stays as the published date (the first
    stamp's, as the one a reader sees first: an update stamp alone dates a page as cluster.timing
    read it from the text). A publication note opening the text goes too
    (textdate.strip_publication_note), and so does a wire credit (_WIRE_CREDIT), and a time note
    opening any line (strip_timed_note)."""
    first, stamps = stamp_lines(lines, clean=True)
    dropped = set(stamps)
    kept = [line for i, line in enumerate(lines) if i not in dropped]
    if kept:  # a republished text's note opens it: "ORIGINALLY PUBLISHED JANUARY 2021: ..."
        kept[0] = strip_publication_note(kept[0])
    if len(kept) > 1 and _WIRE_CREDIT.fullmatch(kept[0]):
        kept = kept[1:]  # a wire credit closes a story: one opening the text is out of place
    # a running story's time note opens any paragraph ("UPDATE 2:52 p.m. -- ...", strip_timed_note),
    # and an editor's note about the piece is no part of it (editnote.read_paragraphs)
    lines, corrections = read_paragraphs(kept)
    return first.isoformat() if first else None, lines, corrections


def _split_headline(lines: list[str]) -> tuple[str | None, list[str]]:
    """A short first line above prose is the headline; above more short lines it may be a date or
    a kicker, and stays in the text."""
    first, rest = lines[0], lines[1:]
    if first.endswith((".", '"', "”", ":")) or not any(map(_is_prose, rest)):
        return None, lines
    if len(_WORD.findall(first)) <= HEADLINE_MAX_WORDS:
        return first, rest
    return None, lines


def _dateline_date(body: str) -> tuple[str | None, str | None]:
    """(the dateline's place, its date as YYYY-MM-DD when the text gives the year)."""
    dl = parse_dateline(body[:200])
    if dl is None:
        return None, None
    if dl.month and dl.day:
        year, _ = year_from_context(dl.month, dl.day, body, body)
        if year:
            try:
                return dl.place, dt.date(year, dl.month, dl.day).isoformat()
            except ValueError:
                pass
    return dl.place, None


def _is_markup(text: str) -> bool:
    """Whether the text is an HTML page's markup (MARKUP_MIN_TAGS, MARKUP_MIN_SHARE)."""
    if text.count("<") < MARKUP_MIN_TAGS:  # one C-level scan clears almost every text
        return False
    tags = _TAG.findall(text)
    return len(tags) >= MARKUP_MIN_TAGS and sum(map(len, tags)) >= MARKUP_MIN_SHARE * len(text)


def read_clean_text(doc: Document) -> Article:
    if _is_markup(doc.content):
        # imported on use, as extract._read does: a run of texts never loads the HTML reader
        from newsprism.extract.html import read_html

        return read_html(replace(doc, kind="html"))
    lines = [line for line in _lines(doc.content) if not is_furniture_line(line)]
    stamp_date, lines, corrections = _without_stamps(lines)
    title = doc.title
    if title is None and lines:
        title, lines = _split_headline(lines)
        title = strip_title_date(title) if title else title
        if title is not None and not doc.from_record:
            # a saved text's first line may be its title line ("Attack in Kiev -- World"), whose
            # site name goes, or the headline as written ("McCarthy is not for sale - Hughes"),
            # read as a brief's is (imported on use, as read_html below)
            from newsprism.extract.text import brief_headline

            title = brief_headline(title)
    body = "\n\n".join(lines)
    place, date = _dateline_date(body)
    published: str | None
    source: str | None
    if doc.published:
        published, source = doc.published, "container"
    elif stamp_date:
        published, source = stamp_date, "stamp"
    elif date:
        published, source = date, "dateline"
    elif (opening := opening_stamp_date(body)) is not None:
        # a stamp glued to the text's opening ("WASHINGTON | Wed Apr 29 , 2009 6:57 pm BST ...")
        published, source = opening.isoformat(), "opening_stamp"
    else:
        published, source = None, None
    return Article(
        id=doc.id,
        source=doc.source,
        url=doc.url,
        title=title,
        text=body,
        published=published,
        published_source=source,
        dateline=place,
        outlet=doc.outlet,
        authors=doc.authors,
        language=detect_language(body[:LANGUAGE_SAMPLE_CHARS]),
        corrections=corrections,
    )
