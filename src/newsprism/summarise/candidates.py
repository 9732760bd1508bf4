"""Step 1, candidates: an article's sentences in, the sentences a summary may print out
(_Candidate, each with its stemmed words read once), by _article_candidates(index, sentences).

Each sentence is cleaned (_clean: its dateline or credit, a leading connective, a leading or
trailing attribution clause cut), then left out when it is junk (_is_junk: bylines, credits, calls
to action, questions to the reader, fragments, captions, quotes without a speaker), a repeat of an
earlier sentence of its article, opens on a pronoun that leans on the sentence before
(_ANAPHOR_START) or speaks in the writer's own voice (_writers_voice). Beside each, its main clause
alone when a trailing participle, relative or appositive clause can go (_shortened), unless the
part kept is an opening clause alone (_opening_alone). Whether a later sentence of an article leans
on the text before it (_leans_back: "The children were ...", "Woods, 45, ...") tells which may
open a summary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsprism.analyse.datewords import MONTH as _MONTH
from newsprism.analyse.datewords import WEEKDAY as _WEEKDAY
from newsprism.analyse.entities.vocabulary import _is_given_name
from newsprism.analyse.leadin import cut_lead_in, cut_off, is_prose
from newsprism.analyse.stopwords import ENGLISH_STOPWORDS, word_set

from .words import _QUOTES, _TOKEN, _reading

# Tuned on NeuS dev groups 300-1299 (`bench/summaries.py --start 300 --limit 1000`); each moved
# ROUGE by less than 0.003 within the ranges tried, so they are set by reason first.
MIN_WORDS = 6  # shorter sentences are fragments or captions ("Read more.", "Photo: AP"); 4-9 tried
MAX_WORDS = 80  # longer "sentences" are run-on lists or failed splits; 50-80 tried
MIN_CLAUSE = 8  # a main clause cut from its sentence keeps at least this many words (6-10 tried)


@dataclass(frozen=True, slots=True)
class _Candidate:
    article: int  # index of the source article
    position: int  # index of the sentence in its article
    text: str  # the sentence as it will be printed (dateline and attribution cut)
    n_words: int
    terms: frozenset[str]  # stemmed content words
    concepts: frozenset[str]  # terms and content bigrams
    # every word stemmed, function words too, in order (counted by _clipped_sums)
    stems: tuple[str, ...]


# --- cleaning: datelines, attribution, junk -------------------------------------------------------

# A connective with no comma after it goes only when it does not bind the next word into a phrase
# ("Now that ...", "So far ...", "Instead of ...", "Also named ..." lose their sense without it).
_LEADING_CONNECTIVE = re.compile(
    r"^(?:(?:But|And|So|Yet|Still|Meanwhile|However|Instead|Also|Now|Indeed|Moreover) ?,"  # "However , ": tokenised
    r"|(?:But|And|Yet|Meanwhile|However|Indeed|Moreover)\b"
    r"|(?:So|Still|Instead|Also|Now)\b(?!\s+(?:that|far|of|what|who|much|many|long|too|does|named|needed)\b))"
    r"\s+(?=\w)"
)
# ", according to ..." takes the fewest characters that reach the end: the sentence's stop stays
# (a greedy [^,]{3,80} took it too, and the cut sentence read as one the page cut off: 62 of 122
# stopless summary sentences on heap-10000's first 1,500 records, most of NeuS dev's run-ons).
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?:according to [^,]{3,80}?|(?:the |The )?[A-Z][\w.&’' -]{1,40} (?:reported|reports|first reported|has learned|learned)(?: [a-zA-Z]+)?)(?=[.!]?[\"”]?$)"
)
_LEADING_ATTRIBUTION = re.compile(r"^According to [^,]{3,80},\s+(?=\w)")
_JUNK = re.compile(
    r"^(?:by [A-Z][\w.’' -]+$|photo|image|video|watch|listen|read more|related|click|sign up|subscribe|follow|"
    r"share|advertisement|getty images|ap photo|file photo|copyright|©|this story|this article|"
    r"editor'?s note|update:|updated)",
    re.IGNORECASE,
)
# page furniture anywhere in the sentence
_FURNITURE = re.compile(
    r"\b(?:uses? cookies|cookie policy|all rights reserved|sign up for|subscribe to|newsletter|most read|"
    r"read more (?:on|at|about|in) (?:our|this)|on our [\w ]{1,30} page"
    # a comments section's disclaimer ("Views expressed in the comments do not represent those of Reuters .")
    r"|views expressed\b.{0,40}\bdo(?:es)? not (?:necessarily )?(?:represent|reflect)"
    # its policy ("We welcome comments that advance the story through relevant opinion , anecdotes ,
    # links and data .", "We welcome comments on our articles for a limited period ...": Reuters)
    r"|we welcome comments"
    # a print edition's or a correction's notice ("A version appeared on p7 of the Main section section of
    # the Guardian on ...", "This article was amended on Friday 29 May 2009 ."): 77 sentences of heap-10000,
    # all read, all such notices, 3 with a sentence of news glued before the notice)
    r"|a version appeared (?:on p\d+|in the)|this article was (?:amended|updated|corrected) on"
    # the Guardian's boxes under a story ("Our selection of best buys", "Follow the latest environment
    # news , comment and analysis on Twitter"): 58 on heap-10000's pages
    r"|our selection of best buys|follow the latest [a-z]+ news)\b",
    re.IGNORECASE,
)
# Every _FURNITURE match holds one of these: an ASCII text (where IGNORECASE is plain ASCII case)
# holding none of them lower-cased is no furniture, told without the regex's slow scan.
_FURNITURE_WORDS = (
    "cookie",
    "rights reserved",
    "sign up for",
    "subscribe to",
    "newsletter",
    "most read",
    "read more",
    "on our ",
    "views expressed",
    "welcome comments",
    "version appeared",
    "article was",
    "best buys",
    "follow the latest",
)
# A page's contact and credit lines, which tell the reader how to reach the paper or who wrote the
# story, never what happened (_contact): an e-mail address ("Christopher L. Gasper can be reached at
# cgasper@globe.com .", "joelconnelly @ seattlepi.com"), a telephone number ("call the local news
# desk at 202.334.7300", "1-888-775-2770"), "can be reached at", "contact me/us/this reporter", a
# wire's credit in brackets ("( Reporting by Maggie Fox ; Editing by Sandra Maler ) An ultra-low
# latency infrastructure for electronic trading ...": Reuters' pages glue an advertisement after it),
# "... contributed to this report", a call to visit a web site ("For more information, please visit
# http://www.lge.com ."), "Fox Forum is on Twitter ." Of the 98,158 distinct sentences of heap-10000
# and NeuS dev, these mark 243, all read: each is such a line, or a run of a page's lines closing on
# one ("... Letters for publication should be sent to : letters@guardian.co.uk"). A site named in
# news ("... on the state 's website , www.visitflorida.com .") is no call to visit it, and stays.
_EMAIL = re.compile(r"[\w.+-] ?@ ?[\w-]+(?: ?\. ?[\w-]+)*\.[a-z]{2,}\b")
_PHONE = re.compile(r"\d{3}[.-]\d{3}[.-]\d{4}\b|\(\d{3}\) ?\d{3}-\d{4}\b")
# "contact us" told how: "Contact this reporter at ...", "Feel free to contact me at :", "To contact the
# reporter on this story:"; not a quotation's "If ( the Russians ) want to contact us ( or ..."
_CONTACT_ME = re.compile(
    r"\b[Cc]ontact (?:me|us|them|this reporter|the reporter|the writer)(?: at| on| via| by|:)"
)
# (a credit's first word capitalised, as wires write it: a news aside in brackets, "( compiled by the
# Labor Department )", "( research funded by the NIH )", is no credit)
_WIRE_CREDIT = re.compile(
    r"\(\s*(?:[Aa]dditional (?:[Rr]eporting|[Ee]diting|[Ww]riting|[Rr]esearch)|Reporting|Editing|Writing|Compiled"
    r"|Research)\b[^()]{0,20}\bby\b"
)
# (with "the", only as the line's end: "Three universities contributed to the report , which found ..."
# is news)
_CONTRIBUTED = re.compile(
    r"\bcontributed (?:reporting|(?:reporting )?to (?:this (?:report|story|article)\b|the (?:report|story|article)"
    r"\s*\.?\s*$))"
)
# "can be reached" told how: not an agreement's ("a deal can be reached by Friday") nor a place's ("The
# wellhead can be reached only by robot submarines")
_REACHED = re.compile(r"\bcan be (?:reached|contacted) (?:at|on|via|by (?:e-?mail|phone|telephone))\b")
_VISIT_SITE = re.compile(
    r"\b(?:[Vv]isit|[Gg]o to|[Ll]og on ?to|can be found|[Ll]earn more|[Ff]ind out more)\b:?\s+(?:[\w']+ ){0,10}?(?:at:? )?"
    r"(?:https?://|www\.)"
)
_ON_SOCIAL = re.compile(r"\bis on (?:Twitter|Facebook)\s*\.?$")


def _contact(text: str) -> bool:
    """Whether the sentence is a page's contact or credit line, not news: each regex is asked only
    of the sentences holding what its matches hold (most hold none: a third of the time of one
    regex of them all, 0.17 s against 0.56 s for heap-10000's sentences)."""
    return bool(
        ("@" in text and _EMAIL.search(text))
        or ("can be " in text and _REACHED.search(text))
        or ("ontact" in text and _CONTACT_ME.search(text))
        or ("(" in text and " by" in text and _WIRE_CREDIT.search(text))
        or ("contributed" in text and _CONTRIBUTED.search(text))
        or (("www." in text or "http" in text) and _VISIT_SITE.search(text))
        or ("is on " in text and _ON_SOCIAL.search(text))
        or (_may_hold_phone(text) and _PHONE.search(text))
    )


def _may_hold_phone(text: str) -> bool:
    """Whether the text holds what a telephone number of _PHONE holds: two hyphens, or two full
    stops besides the sentence's own, or a bracket (str.count, not a regex: most sentences fail)."""
    return text.count("-") >= 2 or text.count(".") >= 3 or "(" in text


# an article or conjunction right before the final stop: the sentence was cut short
_DANGLING_END = re.compile(r"\s(?:a|an|the|and|or|but)[.!][\"'’”]?$")
# characters of a sentence's end that _DANGLING_END reads: its longest match (" but.”") is 6
DANGLING_END_CHARS = 8
# a full stop inside the sentence before an opening quote and a lower-case word: the page lost a
# word before the stop and ran on ("areas where the two superpowers can. “coexistence.”", the
# seeds' 001 page), so the sentence says half of something; a new sentence opens on a capital
# (a word of three letters or more before the stop, so not "7 a.m. “due to" nor "vs. “big", the
# two heap-10000 sentences of 109,956 a one-letter rule caught)
_BROKEN_STOP = re.compile(r"\b[a-z]{3,}\. [“\"‘] ?[a-z]")
_LOWER_START = re.compile(r"(?<![^\W_])[a-z]")  # a word that opens on an ASCII lower-case letter


# A page's time stamp glued to its first sentence by the extractor: a date (weekday first or not),
# then a clock time, with "Last updated at" between them and a zone and the "Help" link after them
# as the BBC prints them ("Sunday 26 April 2009 11.25 BST An electron micrograph ...", "6 January
# 2011 Last updated at 12:45 GMT Help Shares in BP ..."; heap-10000). The clock time is required: a
# date and a time with nothing between them open no sentence of prose, while a date alone may
# ("26 April 2009 was the day ..."). A capital must follow, the sentence the stamp sat on. A
# tokenised page spaces its commas and The Washington Post puts a semicolon before the time
# ("Wednesday , May 26 , 2010 ; 7:59 PM BP 's head of safety ..."), a Reuters blog a dash after the
# zone ("May 15 , 2009 14:06 UTC -- Paul Sousa is ..."), Fox News its writer after a bar ("June 28 ,
# 2010 - 6:39 AM | by : Jonathan Serrie Gulf Coast states have ..."): 62 of heap-10000's sentences
# opened on one of these (12 of its summaries printed one), all read, all a stamp before the lead.
_TIME_STAMP = re.compile(
    rf"^(?:{_WEEKDAY}\s*,?\s+)?"
    rf"(?:\d{{1,2}}\s+{_MONTH}\s*,?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}\s*,?\s+\d{{4}})\s*[,;]?\s+"
    r"(?:[-|]\s+)?(?:(?:Last\s+)?(?:[Uu]pdated|[Pp]ublished)(?:\s+at|\s+on)?:?\s+)?"
    r"\d{1,2}[.:]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
    r"(?:\s+(?:BST|GMT|UTC|CET|CEST|[ECMP][SD]?T))?(?:\s+Help)?(?:\s+[-–—]+)?"
    r"(?:\s*\|\s*by\s*:\s*[A-Z][a-z]+\s+[A-Z][\w’'-]+)?"  # Fox News' writer: "6:39 AM | by : Jonathan Serrie"
    r"\s+(?=[A-Z\"“‘])(?![AaPp]\.?[Mm]\b)"  # (not before the time's "AM")
)
# The same stamp inside a sentence, as The Guardian prints it after the headline and standfirst (the
# extractor glues the three, then the caption or the lead, into one "sentence": "BP contingency plan
# for dealing with oil spill was riddled with errors Document approved by ... Wednesday 9 June 2010
# 19.00 BST Contract workers from BP use skimmers ...", bpoil_guardian/1979): a page's header, junk.
# Of heap-10000's candidates, 45 hold one, all read: all such headers, 14 ending on the stamp, 19 on
# a caption, 12 running on into the lead (which would open a summary glued to the header).
_GLUED_STAMP = re.compile(
    rf"\s(?:{_WEEKDAY}\s+)?\d{{1,2}}\s+{_MONTH}\s+\d{{4}}\s+\d{{1,2}}[.:]\d{{2}}\s+(?:BST|GMT)\b"
)
# A byline glued to the first sentence: "By" and one or two names of two capitalised words each
# ("By Niu Shuping and Ken Wills Nevermind that ...", heap-10000), then the sentence's capital. Two
# words a name, so a name of three loses its last word to the sentence; the sentence must then go
# on in lower case (its second word), so "By Christmas Day Apple had sold ..." would be cut but
# "By Monday the ..." never is (a lower-case third word); a month or weekday is no first name.
_NAME = rf"(?!{_WEEKDAY}\b)(?!{_MONTH}\b)[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][\w’'-]+"
# The BBC's byline adds the writer's post and "BBC News" ("By Pallab Ghosh Science correspondent ,
# BBC News A study ..."): cut with it; a post that goes on with a place ("..., BBC News, Lake
# Baikal The subs ...") leaves no telling where the place ends, so the byline stays (never cut to
# leave "Science reporter, ..." opening the sentence).
_POST = r"(?:[A-Z][a-z]+\s+){0,3}(?:[a-z]+\s+)?(?:reporter|correspondent|editor|writer)\b"
_BYLINE = re.compile(
    rf"^By\s+{_NAME}(?:(?:,\s+|\s+and\s+){_NAME})?(?:\s+{_POST}\s*,\s*BBC News(?!\s*,))?"
    rf"\s+(?!{_POST})(?=[A-Z][a-z]*\s+[a-z])"
)

# A page's headline glued before its first sentence, ending on a phrase in the tokenised page's single
# quotes, right before a capital ("BP oil leak plug ` going as planned ' The oil company BP says ...",
# "BP oil spill a result of ` poor decision making ' The disastrous BP oil spill ...": the BBC's and
# the Guardian's pages): in prose a quotation is followed by a mark or goes on in lower case. Of
# heap-10000's and NeuS dev's articles, 28 open so, all read: all a headline (after it, 3 the lead,
# the others a standfirst or a caption before the lead, or a time stamp: what _is_junk reads then).
# Not a sentence of prose with a term in scare quotes, one word, before a name ("to fight a ` deadly '
# H1N5 flu", "As for ` sacking ' Tony Hayward", "By ` independent ' I mean": a headline quotes a claim,
# two words or more), nor one inside a quotation, a double mark before its single one ("" I have to
# challenge the word ` exercise , ' Doug , " Landry said", "we talk about ` remember back when , " '
# Gov. Bob Riley said"): no headline holds one.
_QUOTED_HEADLINE = re.compile(r"[^`.\"“”]{3,120}` (?:[^`'\"“” ]+ ){2,16}' (?=[A-Z])")

# what a sentence _TIME_STAMP or _BYLINE can cut opens with, when not a digit: most sentences are
# passed over without either regex
_STAMP_OPENINGS = (
    "By ",
    *("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    *("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
)


# A photo's caption or credit the extractor left among a page's sentences (heap-10000: "A sea turtle
# covered in oil ... swims off Grand Terre Island , Louisiana in this June 8 , 2010 file photo .",
# "May 4 : Workers put the finishing touches on the Pollution Control Dome ...", "( AP Photo )
# Louisiana officials plan to ..."): a summary printed them as news (_caption; the credit is
# analyse.leadin's to cut).
_PHOTO_NAMED = re.compile(
    r"\b[Ii]n this (?:[\w,-]+ ){0,5}(?:photo|picture|image|photograph)\b"
    r"|\b(?:[Ff]ile|[Hh]andout) (?:photo|picture|image|photograph)\b|^(?:Picture|Photo|Image) of\b"
)
# the day and a colon opening it, after an agency's credit or not ("( AP ) May 28 : ...")
_DAY_COLON = re.compile(rf"(?:\(\s*[A-Z]{{2,}}\s*\)\s*)?{_MONTH}\s+\d{{1,2}}(?:\s*,\s*\d{{4}})?\s*:\s")
# A caption's other form tells what the picture shows in the present tense and ends on the day it
# was taken, with no preposition before it ("Tourists wearing masks walk down the street in Osaka May
# 15 , 2009 .", "Rep. Joseph Cao speaks at a House Energy and Commerce Committee hearing June 15 ."):
# news tells of that day with "on" or in the past ("The spill happened April 20 .", "He will be
# sentenced May 3.", "... a deal announced Oct. 12.", "... set to expire Nov. 30 .").
_DATE_END = re.compile(rf"([\w’'-]+),?\s+{_MONTH}\s+\d{{1,2}}(?:\s*,\s*\d{{4}})?\s*\.?$")
# the words before a day that make it the day of a happening, not of a picture
_BEFORE_A_DAY = word_set(
    """on by until till since before after from to through for in of at than between and or as starting
    beginning ending dated effective ended least expire expires begin begins start starts end ends close
    closes open opens taken held heard begun set due"""
)
_NOT_NOW = re.compile(
    r"\b(?:was|were|had|has|have|will|would|could|should|can|may|might|must|said|says|told|did|been|"
    r"being|ago|since|made|took|came|went|got|(?:set|expected|due|scheduled|going|plans?|planned) to)\b"
)
_PAST = re.compile(r"\b[a-z]{3,}ed\b")
_PRESENT_PASSIVE = re.compile(r"\b(?:is|are) [a-z]+ed\b")  # "A BP logo is seen ...", "... is pictured"
# where a person stands in the picture, after the name: "Stanley Murray , left , father of Chad Murray
# ...", "Sen. David Vitter ( R-La . ) , center , listens", "Carl-Henric Svanberg ( left ) , CEO Tony
# Hayward and ...", "Heather Nevill ( L ) and rescue worker ..." (not "( R )", a Republican's mark).
# Of heap-10000's and NeuS dev's sentences, 16 hold one, all read: 15 captions, 1 a caption that tells
# news ("Graeme Pacitti ( right ) became the rst to catch the virus ...", H1N1_guardian/192)
_PLACED = re.compile(
    r"(?:[A-Z][\w.'’-]*|\))\s*(?:,\s*(?:(?:far|second from|top|bottom|background|foreground|front|back) )?"
    r"(?:left|right|center|centre)\s*,|\(\s*(?:(?:far|second from) )?(?:left|right|center|centre|L)\s*\))"
)


# A caption's third form tells what is seen, with no day: someone or something unnamed (an indefinite
# subject, or people in the plural) doing what a picture shows, in the present tense, at a place
# that ends the sentence ("A Roma woman with a child passes a logo of the European Commission in
# Brussels.", wsj_brussels_12; "People cross a normally busy street in Mexico City ."; "A BP worker
# inspects a segment of pipeline in Prudhoe Bay in Alaska , ..."). News in the present tense says
# who ("BP says ..."), or carries an auxiliary or "said". Of heap-10000's and NeuS dev's 17,707
# articles' sentences, 10 are so, all read: all captions (none was caught before).
_SCENE_VERBS = (
    r"walks?|passes|stands?|sits?|looks?(?! like)|holds?|waits?|rides?|carries|carry|poses?|gathers?|watch(?:es)?|"
    r"cleans?|wears?|picks?|prays?|rests?|lies|lie|works?|plays?|queues?|arrives?|leaves?|crosses|cross|smiles?|"
    r"reads?|uses?|sprays?|inspects?|collects?|removes?|moves?|lays?|attends?|checks?|skims?|wades?|sails?|floats?"
)
_SCENE = re.compile(
    r"(?:A|An|Workers|People|Protesters|Demonstrators|Residents|Tourists|Children|Men|Women|Volunteers|Soldiers)"
    rf"(?: [\w-]+){{0,6}}? (?<! to )(?:{_SCENE_VERBS})\b"  # (no infinitive: "An attempt to use a ... dome failed")
    r"(?!.*\b(?:said|says|was|were|had|has|have|will|would|is|are|can|could)\b)"
    r".* (?:in|near|at|off|on|outside|inside) (?:the )?[A-Z][^.]*\.$"
)
_SCENE_SUBJECTS = (
    *("A ", "An ", "Workers", "People", "Protesters", "Demonstrators", "Residents", "Tourists"),
    *("Children", "Men ", "Women", "Volunteers", "Soldiers"),
)

# A caption's fourth form says what is seen, in the present passive ("Boats are seen spraying water on an
# oil and gas platform ...", bpoil_foxnews/1258; "Oil sheen is seen among vessels assisting near the
# source ...", "A BP logo is seen on a petrol station in London ..."): its subject, with no comma or quote,
# is seen, pictured or shown doing something or at a place. News says "is seen as" or "seen by many", a
# forecast after a clause ("..., and most of the country 's future output growth is seen coming from ...":
# a comma before), or a video's scene ("is seen in an amateur video grabbing ...": _FILMED). Of heap-10000's
# and NeuS dev's sentences, 54 hold "is/are seen/pictured/shown" not before "as" (all read): _SEEN takes 7,
# all captions; of the others 22 were captions caught before (a day and a colon first), 25 news or other.
_SEEN = re.compile(
    r"[A-Z][^,;:\"“”]{0,120}? (?:is|are) (?:seen|pictured|shown) "
    r"(?:[a-z]+ing|in|on|at|near|among|from|over|below|off|along|during|outside|inside)\b"
)
_FILMED = re.compile(r"\b(?:video|footage|film|tape|camera)\b")

# A video's or a link's teaser: a person named, or a video or podcast, "explains how ...", "shows what
# ..." in the present tense, the whole sentence ('" Moneyless man " Mark Boyle explains how he eats after
# giving up all forms of money .', bpoil_guardian/2047, the page's other item; "BP 's Doug Suttles explains
# how the cap is meant to operate", a BBC video's caption; "A new Guardian video shows how swine flu fears
# have spread ..."). Not prose whose subject is a thing that explains ("This incident shows why ...",
# "Trump's order reveals how ...") or a pronoun ("He explains what he ca n't do"). Of heap-10000's and
# NeuS dev's sentences, 14 hold such a verb before "how", "why" or "what" (read): these 5 are teasers or
# captions; not 'explains why : More than 1,400 ...', which goes on to say it, nor a film's review ("A new
# documentary shows what disaster recovery looks like ...": summary29's test holds it news).
_TEASER = re.compile(
    r"(?:(?:[A-Z][\w’'-]* ){0,3}(?:[\w’'-]+ ){0,2}(?:video|podcast|slideshow|gallery)"
    r"|(?:[^,.;:]{0,40} )?[A-Z][a-z]+ [A-Z][a-z’'-]+)"
    r" (?:explains|describes|shows|reveals|looks at|talks about) (?:how|why|what)\b(?!\s*:)"
)


def _may_tease(text: str) -> bool:
    """Whether the text holds a verb _TEASER matches: its regex is asked only of those."""
    return (
        " explains " in text
        or " shows " in text
        or " describes " in text
        or " reveals " in text
        or " looks at " in text
        or " talks about " in text
    )


def _caption(text: str) -> bool:
    """Whether a sentence is a photo's caption: it names the photo or image it is under
    (_PHOTO_NAMED), shows an unnamed someone at a place in the present tense (_SCENE), opens on
    the day and a colon (_DAY_COLON), places a person in the picture
    (_PLACED: "Tony Hayward , left , listens to ..."), or tells what is seen in the present
    tense and ends on the day, with no preposition before it (_DATE_END): "Oil floats around a rig at
    the site of the Deepwater Horizon oil spill in the Gulf of Mexico May 31 .". Each regex is asked
    only of the sentences that hold what its matches hold (a photo word; a bracket or a month's
    capital first; a digit last): the three cost a fifth of summarise's time when asked of all."""
    if ("hoto" in text or "mage" in text or "icture" in text) and _PHOTO_NAMED.search(text):
        return True
    if text.startswith(_SCENE_SUBJECTS) and _SCENE.match(text):
        return True
    if _may_tease(text) and _TEASER.match(text):
        return True
    if (" seen " in text or " pictured " in text or " shown " in text) and _SEEN.match(text):
        return not _FILMED.search(text)
    if text[:1] in "(JFMASOND" and _DAY_COLON.match(text):
        return True
    if (
        "left" in text or "right" in text or "cent" in text or "( L )" in text or "(L)" in text
    ) and _PLACED.search(text):
        return True
    if not text.rstrip(" .")[-1:].isdigit():
        return False
    day = _DATE_END.search(text)
    if day is None or day[1].lower() in _BEFORE_A_DAY or re.fullmatch(_WEEKDAY, day[1]):
        return False
    if _NOT_NOW.search(text):
        return False
    return not _PAST.search(text, 0, day.end(1)) or bool(_PRESENT_PASSIVE.search(text))


def _clean(sentence: str) -> str:
    """The sentence as it should read in a summary: the credit, dateline or section label before it
    (analyse.leadin.cut_lead_in), a page's time stamp or byline glued to it, a leading connective and a trailing or leading attribution clause
    cut ("..., the Post reported." reads as the fact it reports)."""
    text = cut_lead_in(sentence)  # "( AP Photo ) Louisiana officials plan ..." too
    if text[:1].isdigit() or text.startswith(_STAMP_OPENINGS):
        stamped = text
        text = _BYLINE.sub("", _TIME_STAMP.sub("", text))  # the page's time stamp, then its byline
        if text != stamped:
            text = cut_lead_in(text)  # the dateline after them ("... 3:26 PM BATON ROUGE -- For some ...")
    if "` " in text:
        text = _QUOTED_HEADLINE.sub("", text, count=1) if _QUOTED_HEADLINE.match(text) else text
    text = _LEADING_ATTRIBUTION.sub("", text)
    text = _LEADING_CONNECTIVE.sub("", text)
    text = _TRAILING_ATTRIBUTION.sub("", text)
    text = text.strip()
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text


def _furniture(text: str) -> bool:
    """_FURNITURE.search(text), skipped where no furniture word is in an ASCII text."""
    if text.isascii() and not _holds_furniture_word(text.lower()):
        return False
    return bool(_FURNITURE.search(text))


def _holds_furniture_word(lowered: str) -> bool:
    """any(w in lowered for w in _FURNITURE_WORDS), tested one after the other: a fifth faster
    than the generator, on every sentence of every event."""
    return (
        "cookie" in lowered
        or "rights reserved" in lowered
        or "sign up for" in lowered
        or "subscribe to" in lowered
        or "newsletter" in lowered
        or "most read" in lowered
        or "read more" in lowered
        or "on our " in lowered
        or "views expressed" in lowered
        or "welcome comments" in lowered
        or "version appeared" in lowered
        or "article was" in lowered
        or "best buys" in lowered
        or "follow the latest" in lowered
    )


def _is_junk(text: str, n: int | None = None) -> bool:
    """Bylines, credits, calls to action, questions to the reader, fragments, photo captions
    (_caption), contact and credit lines (_contact), context-free quotes.
    `n`: len(text.split()), when known."""
    if n is None:
        n = len(text.split())
    if n < MIN_WORDS or n > MAX_WORDS:
        return True
    bare = text.rstrip(_CLOSING_CHARS)
    if _JUNK.match(text) or _furniture(text) or bare.endswith("?") or _contact(text):
        return True
    if text.isupper() or not any(c.isalpha() for c in text) or _title_case(text):
        return True  # no word in lower case: a headline in title case, a time stamp, a list of names
    if bare.endswith(("...", "…")):
        return True  # cut off by the page or the feed ("...wrote Fauci personally to thank him for...")
    if ":" in text and (_FACT_BOX.search(text) or _CAPITALS_AFTER_COLON.search(text)):
        return True
    if text.startswith("By ") and _PLACED_BYLINE.match(text):
        return True
    if text.endswith(":"):
        # it announces what follows, which the summary does not carry ("Sergio Gor, wrote:", "Here's a
        # rundown of some of the bill's highlights:"): 17 of the 19 NeuS candidates read were no more
        return True
    if _DANGLING_END.search(text[-DANGLING_END_CHARS:]):
        return True  # cut off before its object ("he pointed a." where the page has "a .38-caliber gun")
    if ". " in text and _BROKEN_STOP.search(text):
        return True
    if _caption(text) or (("BST" in text or "GMT" in text) and _GLUED_STAMP.search(text)):
        return True
    # each quote mark of _QUOTES counted once
    opening, closing = text.count("“"), text.count("”")
    quotes = text.count('"') + opening + closing
    if (quotes % 2 == 1 and not opening and not closing) or opening != closing:
        return True  # a quote the splitter cut in two: it opens and never closes, or the reverse
    if ("(" in text or ")" in text) and (
        text.count("(") != text.count(")") or text.find(")") < text.find("(")
    ):
        # so a bracket: at a ticker's stop ("... owned by Transocean ( RIG ." / "N ) oil spill in the
        # Gulf ...", "N ) has long linked ... Exxon Mobil ( XOM ."), or a list's "3 )", a reader's ": - )".
        # Of heap-10000's and NeuS dev's 82,377 candidates, 317 hold an unpaired one; of 40 read
        # (random), 38 were broken so, 2 whole with a stray bracket
        return True
    if text[0] in _QUOTES and text.rstrip(".!").endswith(tuple(_QUOTES)) and quotes <= 2:
        return True  # a quote alone, with no speaker to give it context
    return bool(text[-1].isalnum() and n < 12)  # a short line with no final stop: a caption


# A review's fact box, its labels before their values ("THE DIVING BELL AND THE BUTTERFLY Rating: 3 1/2
# out of 4 stars.", "Rated: PG-13 for nudity, sexual content, language.", l3s_gn1-2b728946: the film's
# title in capitals glued before the first): a card, not a sentence.
_FACT_BOX = re.compile(r"\b(?:Rating|Rated|Running time|Runtime|Starring|Genre|MPAA rating)\s?:\s")

# A label, then a headline or a question quoted in capitals ("In the New York Daily News : SWINE FLU SPREADS
# !", a press review, H1N1_reuters/679; "Here are some questions and answers about the outbreak : HOW MANY
# PEOPLE HAVE DIED ?"; "Photograph : SEAN GARDNER/REUTERS"): two words in capitals or more after the colon,
# none in lower case to its end. Of heap-10000's and NeuS dev's sentences, 14 end so (read): all a label and
# a heading, a credit, a listing ("Radio: WONE-AM (980), WIZE-AM (1340)") or a shout, none news.
_CAPITALS_AFTER_COLON = re.compile(r":\s+(?=[^a-z]*[A-Z]{2,}[^a-z]* [^a-z]*[A-Z]{2,})[^a-z]+$")
# The BBC's byline with a place after "BBC News" ("By Caroline Duffield BBC News , Niger Delta Campaigners
# say there are 300 oil spills every year in the Delta Visitors to ...", bpoil_bbc/1066): _BYLINE leaves
# it (no telling where the place ends), and after the place the page glues a caption, then the lead. Of
# heap-10000's and NeuS dev's sentences, 9 open so (read): 6 the byline alone, 3 a byline, a place, a
# caption and the lead glued (bpoil_bbc/1066, /1678, /1956): no sentence to print.
_PLACED_BYLINE = re.compile(r"By [A-Z][^.,]{3,80}BBC News\s*,\s*[A-Z]")

# what may close a sentence after its final stop: quote marks, apostrophes, spaces
_CLOSING_CHARS = _QUOTES + "'’ "


def _title_case(text: str, little: frozenset[str] = frozenset()) -> bool:
    """Every word opens on a capital or a digit: a headline in title case, a time stamp, a list of
    names, never a sentence (a script without case has no capitals, so it is not this). `little`:
    words that may be in lower case too (_NAME_WORDS)."""
    for lower in _LOWER_START.finditer(text):
        word = _TOKEN.match(text, lower.start())
        if word is None or word[0] not in little:
            return False  # most text, told at its first word in lower case
    return all(w[0].isupper() or w[0].isdigit() or w in little for w in _TOKEN.findall(text))


# The little words a name writes in lower case ("The National Association of Pension Funds ( NAPF
# )"): a head (_shortened) with nothing else in lower case is a subject alone, its predicate cut.
_NAME_WORDS = word_set("a an the of and for in on at to by de du la le von van der")


# The Guardian prints a photo's credit as a line of its own after the caption ("A BP petrol station
# closed due to a Greenpeace protest , in Camden , London , 27 July 2010 ." then "Photograph :
# Facundo Arrizabalaga/EPA", bpoil_guardian/93), the page's headline, standfirst and time stamp often
# glued before the caption as one sentence ("BP falls out of index of top 100 brands after ... Up in
# smoke : the Deepwater Horizon disaster caused ...", bpoil_guardian/883). A caption tells what a
# picture shows, in words of its own, so the sentence before such a line is no candidate (_captioned):
# 229 of heap-10000's sentences, all on Guardian pages (138 an article's first, glued to its headline);
# 56 read (every fourth): all captions. "Photo :" opens a caption instead (Reuters): not this.
_CREDIT_LINE = re.compile(r"Photographs?\s*:")


def _captioned(sentences: Sequence[str], position: int) -> bool:
    """Whether the sentence at `position` is a caption: the next one is a photo's credit line
    (_CREDIT_LINE)."""
    return position + 1 < len(sentences) and _CREDIT_LINE.match(sentences[position + 1]) is not None


# A page's headline, or the caption of the picture under it, glued before the article's first sentence
# with no stop between them, as the BBC's tokenised pages print them ("Swine flu cases close UK school
# Another nine UK cases of swine flu have been confirmed ...", H1N1_bbc/123; "Managing director Bob
# Dudley is taking over responsibility for BP 's Gulf of Mexico operation This is not the first time
# ...", bpoil_bbc/1213): a headline has no stop, so the lead's first word follows the headline's last.
# Where prose goes on in lower case, a capital after a lower-case word that is no function word is
# the lead's first word when it is a word that opens sentences (_GLUED_OPENERS) or a common noun the
# article writes in lower case elsewhere and never capitalised after a lower-case word but here
# ("school Another nine", "cap Engineers have made", "month The first oil"), and the next word, for
# a noun, goes on in lower case and is not "of" (a name: "the federal Bureau of Prisons", "said he
# fired Secretary of Defense Mark Esper"). Both sides hold words enough: the headline three, the
# lead MIN_WORDS.
_GLUED_OPENERS = frozenset(
    ("The", "This", "These", "Those", "A", "An", "Another", "It", "He", "She", "They", "We", "There")
    + ("Its", "His", "Her", "Their", "Some", "Many", "Most")
)
# the past of a verb of telling, not in "-ed", whose object a name opening on "The" may be (_glued_head)
_TELLING_PAST = frozenset(("told", "said", "wrote"))
_HEADLINE_WORDS = 3  # the fewest words a headline or a caption glued before a lead holds
# After a headline glued before it, a caption that ends on who says it ("BP suffers third rating downgrade
# || The Gulf of Mexico oil disaster could cost BP $ 40bn , analysts say || Moody 's downgraded BP 's
# creditworthiness ...", bpoil_bbc/461): a lead is glued after "say" or "says" at a capital that is no
# day (news writes ", officials said Monday"). Of the 149 first sentences of heap-10000's and NeuS dev's
# articles _glued_head cuts, 1 goes on so; of all 11,838 first sentences, no other.
_CAPTION_SAYS = re.compile(
    rf"[^.!?]{{10,}}?, (?:[\w'-]+ ){{1,3}}says? (?!{_WEEKDAY}\b)(?!{_MONTH}\b)(?=[A-Z])"
)
_WORD = re.compile(r"\S+")


def _glued_head(text: str, article: str) -> int:
    """Where the article's first sentence starts after a headline or caption glued before it
    (_GLUED_OPENERS' comment), or 0."""
    words = list(_WORD.finditer(text))
    for k in range(_HEADLINE_WORDS, len(words) - MIN_WORDS + 1):
        before, word = words[k - 1][0], words[k][0]
        if any(c in before for c in ".!?"):
            return 0  # a stop before: the headline would have ended there
        if not (before.isalpha() and before[0].islower()) or before in ENGLISH_STOPWORDS:
            continue
        if not (word[0].isupper() and word[1:].isalpha() and word[1:].islower()) and word not in ("A",):
            continue
        after = words[k + 1][0]
        if word in _GLUED_OPENERS:
            # a name that opens on "The" after a verb or written so again: "accused The New York Times of",
            # "told The Times", an infinitive's object ("banded with the Travis Manion Foundation to found
            # The Honor Project and encourage Americans", AllSides 5996_right)
            name = (
                before.endswith("ed")
                or before in _TELLING_PAST
                or words[k - 2][0] == "to"
                or _named_after_lower(f"{word} {after}", article)
            )
            if after[0].isupper() and name:
                continue
            if after[0].isalnum() or after[0] in _QUOTES:  # not "influenza A ( H1N1 )"
                return words[k].start()
            continue
        if (
            after[0].islower()
            and after != "of"
            and _in_lower_case(word.lower(), article)
            and not _named_after_lower(word, article)
        ):
            return words[k].start()
    return 0


def _named_after_lower(name: str, article: str) -> bool:
    """Whether the article writes `name` capitalised after a lower-case word more than once: the
    word or words of a name (the one glued place is one)."""
    return len(re.findall(rf"\b[a-z]+,? {re.escape(name)}\b", article)) > 1


# A subheading in capitals glued before the sentence under it ("NEW CAP FOR LEAKING OIL WELL Once the tests
# have been ...", bpoil_bbc/1327; "MORE MONEY MAY BE NEEDED Feinberg told CBS News ...", Reuters): three
# words or more in capitals, one of four letters or more, the last no function word, then a word in
# title case. After an article's first sentence only: a first sentence opening so is a lead written in
# capitals ("CHINA AND THE WORLD Health Organization ..."). summary30 read 23 of heap-10000's sentences so
# (13 texts): all subheadings.
_SUBHEADING = re.compile(
    r"(?=(?:[A-Z0-9'’-]+\s+)*[A-Z]{4})(?:[A-Z0-9][A-Z0-9'’-]*\s+){3,}"
    r"(?<!\bTHE )(?<!\bOF )(?<!\bAND )(?<!\bFOR )(?<!\bTO )(?<!\bIN )(?<!\bON )(?<!\bA )(?=[A-Z][a-z])"
)


def _article_candidates(index: int, sentences: Sequence[str]) -> Iterable[_Candidate]:
    seen: set[str] = set()
    for position, sentence in enumerate(sentences):
        if _captioned(sentences, position):
            continue
        text = _clean(sentence)
        if position == 0:
            article = " ".join(sentences)
            # a headline, then a caption: "... for swine flu A second child is ... for swine flu A further 34"
            if cut := _glued_head(text, article):
                while cut:
                    text = _clean(text[cut:])
                    cut = _glued_head(text, article)
                if says := _CAPTION_SAYS.match(text):
                    text = text[says.end() :]
        elif position and text[:4].isupper() and (heading := _SUBHEADING.match(text)):
            text = text[heading.end() :]
        n = len(text.split())
        if _is_junk(text, n) or text in seen or _ANAPHOR_START.match(text) or _writers_voice(text):
            continue
        seen.add(text)
        for variant in (text, *_shortened(text)):
            terms, concepts, stems = _reading(variant)
            yield _Candidate(
                article=index,
                position=position,
                text=variant,
                n_words=n if variant is text else len(variant.split()),
                terms=terms,
                concepts=concepts,
                stems=stems,
            )


# A page's label before a bar, one word in title case ("Article | What do you call a gigantic
# man-made disaster ...", bpoil_washingtonpost/759; "Updated | Thursday, August 30: ..."): its kind of
# item or its state, not the text. A dateline before a bar is in capitals ("HOUSTON | Thu May 6 ...")
# and cut_lead_in's.
_PAGE_LABEL = re.compile(r"[A-Z][a-z]+ \| (?=\S)")


def _first_lines(sentences: Sequence[str], words: int) -> list[str]:
    """An article's first lines a reader can read, about `words` words, for an event none of whose
    sentences is a candidate (a page of captions, teasers or headlines run together, a question and
    its answer): cleaned, MIN_WORDS words or more, prose (analyse.leadin.is_prose), no furniture,
    contact line, credit, call to action or video's teaser (_TEASER); after the first, none cut off
    by an ellipsis (a teaser). One longer than MAX_WORDS (headlines with no stop between them) is cut to `words`
    words and an ellipsis. Empty when no line is so."""
    lines: list[str] = []
    total = 0
    for sentence in sentences:
        text = _clean(sentence)
        if " | " in text[:20]:
            text = _PAGE_LABEL.sub("", text, count=1) if _PAGE_LABEL.match(text) else text
        n = len(text.split())
        if n < MIN_WORDS or not is_prose(text) or _JUNK.match(text) or _furniture(text) or _contact(text):
            continue
        if _may_tease(text) and _TEASER.match(text):
            continue  # another item's teaser (bpoil_guardian/2047: a caption of the spill, then one of a video)
        if lines and (cut_off(text) or total + n > words):
            break
        if n > MAX_WORDS:
            text, n = " ".join(text.split()[:words]) + " …", words
        lines.append(text)
        total += n
        if total >= words:
            break
    return lines


def _first_told(sentences: Sequence[str]) -> int | None:
    """The position of the article's first sentence that is not junk (_is_junk, once cleaned): its
    lead, or what opens it after a byline or a headline, a sentence that leans on none before it.
    None when every sentence is junk."""
    return next(
        (
            k
            for k, sentence in enumerate(sentences)
            if not _is_junk(_clean(sentence)) and not _captioned(sentences, k)
        ),
        None,
    )


# A later sentence of an article that leans on an earlier one (_leans_back), which a summary must not
# open on. 1. A definite subject of common nouns alone, right before its verb, names a thing told
# before ("The children were with the Sunrise Movement ...", "The move comes as ...", "The first
# alternative is ...", "The system collects ..."); with a name, a number or a phrase of its own it
# need not ("The U.S. reported ...", "The number of U.S. cases ...", "The latest data from ..."). So
# does "Other" or "Others" opening it ("Other new signings include ...").
_DEFINITE_SUBJECT = re.compile(
    r"^(?:Other|Others)\b"  # "Other new signings include ..."
    r"|^(?:One|Two|Three|Some|Many|Several) such\b"  # "One such group Support BP calls itself ..."
    r"|^(?:The|Such|Another) (?:[a-z][\w-]* ){0,2}[a-z][\w-]* "
    r"(?:(?:now|also|then|still|already|just|later|reportedly|further|initially|eventually|soon|first|only) )?"
    r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|came|comes|come|"
    r"became|becomes|began|begins|went|goes|said|says|told|made|makes|took|takes|sent|won|lost|[a-z]+ed|[a-z]+s)\b"
    r"|^The (?:[a-z][\w-]* ){0,2}[a-z][\w-]*, (?:who|whose|which)\b"  # "The manager, whose side ..."
    # a bare plural of a group's people, its group told before ("Members have been increasingly vocal
    # ...", bpoil_reuters/1496 after "One such group ..."; "Delegates will seek an agreement ...",
    # "Backers said ..."), not with its own phrase ("Delegates at the annual convention of ...",
    # "Supporters and detractors ...", "Participants included ...")
    r"|^(?:Members|Supporters|Participants|Delegates|Backers|Followers|Attendees|Organi[sz]ers) "
    r"(?!(?:of|at|and|or|from|in|for|to|who|with|on|include|included|including)\b)[a-z]+\b"
)
# 2. An adverb that adds to something told ("Rev. Barber also spoke about ...", "Harry Reid's legacy
# is thus cemented", "..., too."; not "not only ... but also"), "these" or "those" pointing back
# ("... provided another one of these moments"), a pointer to what follows in the article ("Here
# are five ..."), or an opening connective that _clean leaves, which ties the sentence to the one
# before ("As a result, travelers ... may want to cancel", "By contrast , he writes that").
# "Those" with its own clause or phrase after it points at nothing before: it is the people the
# phrase describes ("allowing those without legal immigration status to apply", "families of those
# who died", "help those struggling to repay", "those most at risk") or stands for a noun of its own
# sentence ("Supermarkets in Abu Dhabi ... and those in Dubai"); a participle before a noun still
# points back ("those striking words"). Nor does "these days" (now).
# (the opening connectives: _clean cuts "But", "However", "Meanwhile" ... itself)
_CONNECTIVES = (
    "As a result",
    "Regardless",
    "Nonetheless",
    "Nevertheless",
    "Even so",
    "In addition",
    "Additionally",
    "In turn",
    "By contrast",
    "In contrast",
    "On the other hand",
    "Consequently",
    "Therefore",
    "Hence",
    "Accordingly",
    "Otherwise",
    "Besides",
    "For example",
    "For instance",
    "Then again",
    "Even then",
    "After that",
    "Since then",
    "In response",
)
# (an apposition's "also known as" names a thing by its other name, adding nothing to a sentence
# before: "the new H1N1 strain, also known as swine flu"; "It was also known as ..." adds)
_ADDING = re.compile(
    r"(?<!but )\b(?:also(?!(?:(?<=[,(\-] also)|(?<=\(also)) known as\b)|thus|likewise|similarly|moreover|furthermore|"
    r"these(?! days)|those(?! (?:(?:who|whom|whose|"
    r"with|without|within|in|on|at|of|from|for|under|over|most|least|still|already)\b"
    r"|[a-z]+(?:ing|ed)(?: (?:to|in|on|at|by|with|for|from|and|or|as|during|after|when)\b| ?[,.;]))))\b"
    r"|,? (?:too|as well)[.!]?[\"”’]?$"
    r"|^Here(?:['’]s| is| are)\b"
    rf"|^(?:{'|'.join(_CONNECTIVES)}) ?,"
)
# 3. A person named by the last word of a name the article gave in full before ("Schiff, a California
# Democrat, said ..." after "Adam Schiff"; "Woods, 45, sustained ..."; "Mr Saqib says ..."): the one
# capitalised word opening the sentence, after a title, not followed by another.
_SHORT_NAME = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s+)?([A-Z][a-z][\w’'-]*?)(?:['’]s)?(?=[,\s])(?!\s+[A-Z])"
)


# 4. A pronoun subject after an opening phrase ("A graduate of Cambridge University , he joined BP 30
# years ago .", "While at Amoco , he negotiated ...", "After a 20-day march through the jungle, they
# were freed"): _ANAPHOR_START's pronoun, the phrase before it.
_PRONOUN_AFTER_OPENING = re.compile(r"[A-Z][^,\"“”]{0,60}, (?:he|she|they|it|his|her|their) [a-z]")


def _may_add(text: str) -> bool:
    """Whether the text holds a word _ADDING matches: its regex is asked only of those."""
    return (
        "also" in text
        or "thus" in text
        or "these" in text
        or "those" in text
        or "too" in text
        or "as well" in text
        or "likewise" in text
        or "similarly" in text
        or "moreover" in text
        or "furthermore" in text
        or text.startswith(("Here", *_CONNECTIVES))
    )


def _leans_back(text: str, article: str, start: int) -> bool:
    """Whether a sentence that is not its article's first reads as going on from the article's text
    before it (`article`, up to `start`): a definite subject of common nouns (_DEFINITE_SUBJECT), an
    adverb that adds (_ADDING, outside quotes), or a person named by the surname of a name given
    before it in full (_SHORT_NAME), or a pronoun after an opening phrase (_PRONOUN_AFTER_OPENING). A
    summary opening on it leaves its reader asking which, who or what else."""
    if _DEFINITE_SUBJECT.match(text) or ("," in text and _PRONOUN_AFTER_OPENING.match(text)):
        return True
    if _may_add(text) and _ADDING.search(text) and _ADDING.search(_unquoted(text)):
        return True
    name = _SHORT_NAME.match(text)
    if name is None or name[1].lower() in ENGLISH_STOPWORDS:  # "The report ...", "Some are ..."
        return False
    # (a title before it makes the word a surname: "Mr Obama is ...", "Ms. Ott , do you ...")
    common = not name.start(1) and _in_lower_case(name[1].lower(), article)
    return _named_before(name[1], article, start, common=common)


def _in_lower_case(low: str, article: str) -> bool:
    """Whether the article writes the word in lower case, as a word of its own: a common noun's
    capital opening a sentence ("Police said ...", "Health officials ...", "Oil is ..."), no surname."""
    at = article.find(low)
    while at >= 0:
        after = at + len(low)
        if not (at and (article[at - 1].isalnum() or article[at - 1] in "_.’'-/@")) and not (
            after < len(article) and (article[after].isalnum() or article[after] in "_’'-")
        ):
            return True
        at = article.find(low, after)
    return False


def _named_before(name: str, article: str, end: int, common: bool = False) -> bool:
    """Whether `name` is the last word of a fuller name in article[:end]: after white space, a word
    holding a capital ("Tiger Woods", "Sen. Schiff"); with `common` (a word the article writes in
    lower case too), after a given name or its middle initial only ("Kent Wells" for "Wells said",
    "Michael D. Brown" for "Brown said"), not "State Police" for "Police said", "Public Health" for
    "Health officials ...". A search, not a regex: compiled for each name, a regex cost most of
    _leans_back's time."""
    at = article.find(name, 0, end)
    while at >= 0:
        after = at + len(name)
        if after == len(article) or not (article[after].isalnum() or article[after] == "_"):
            space = at
            while space > 0 and article[space - 1].isspace():
                space -= 1
            word = space
            while word > 0 and (article[word - 1].isalnum() or article[word - 1] in "_.’'-"):
                word -= 1
            if (
                space < at
                and any(c.isascii() and c.isupper() for c in article[word:space])
                and (
                    not common
                    or _is_given_name(article[word:space].lower())
                    or _initialled(article, word, space)
                )
            ):
                return True
        at = article.find(name, at + 1, end)
    return False


# a given name and its middle initial ("Michael D. Brown", "George W. Bush"), right before a surname
_INITIALLED = re.compile(r"([A-Z][a-z]+)\s+[A-Z]\.")


def _initialled(article: str, word: int, space: int) -> bool:
    """Whether article[word:space] is a middle initial after a given name: a person's name goes on
    there (not "Plan B. However ...", an initial ending a sentence)."""
    start = max(0, article.rfind(" ", 0, max(0, word - 1)) + 1)
    m = _INITIALLED.fullmatch(article, start, space)
    return m is not None and _is_given_name(m[1].lower())


_CLAUSE_CUT = re.compile(
    r",\s+(?=(?:a|an|the|which|who|whom|whose|where|while|as|after|before|amid|despite|according|"
    r"including|with|saying|citing|[a-z]+ing)\b)"
)


def _shortened(text: str) -> list[str]:
    """The sentence's main clause when a trailing clause can go: cut at the first comma that opens a
    participle, relative or appositive phrase, leaving at least MIN_CLAUSE words."""
    for m in _CLAUSE_CUT.finditer(text):
        head = text[: m.start()].rstrip()
        balanced = head.count("(") == head.count(")") and sum(head.count(q) for q in _QUOTES) % 2 == 0
        if len(head.split()) >= MIN_CLAUSE and balanced and not _INSERTED.match(text, m.end()):
            if _opening_alone(head):
                continue  # the opening clause alone: its main clause is the part cut
            if _title_case(head, _NAME_WORDS) or _opening_then_name(head):
                # the subject alone, a name, its predicate after a clause _INSERTED does not know:
                # "The National Association of Pension Funds ( NAPF ) , which represents ..., estimates"
                return []
            head = head.rstrip(",;:")
            return [head if head.endswith(".") else head + "."]  # "Cameron, La.", not "La.."
    return []


# A sentence that opens on a subordinator or an adverbial phrase ("Though Weiner's office had earlier
# responded to media inquiries, a few details ...", "With the recall election less than two weeks
# away, the governor ...", "Speaking to the Wall Street Journal in an interview, he ...") has its
# main clause after the opening's comma: cut at that comma, the head is the opening alone, a clause
# no reader can take as a fact ("After three days of arguments from the House impeachment
# managers."). Of NeuS's shortened heads with no comma that open so (bench/summary_fragments.py
# --heads), every one read was such a fragment but "In a statement it said ..." (a comma missing).
# Not "At": "At least 16 other states are considering ..." is a subject. A whole sentence opening so
# is left alone: without a comma its main clause follows a dash or the comma is missing ("When
# President Trump derides the media ... — as he's doing more frequently — he's not just ...").
_ADVERBIAL_OPENING = re.compile(
    r"(?:(?:Even|Just) )?(?:Though|Although|Because|While|Whereas|Unless|Since|If|When|Whenever|As|Once|Until|"
    r"After|Before)\b"
    r"|(?:In|On|For|With|Without|During|Despite|Amid|Following|Under|Given|Asked|Speaking|Citing)\b"
    r"|Just [\w ]{1,20} (?:after|before)\b"  # "Just hours after being the site of a historic siege."
)
# A participle before a preposition or determiner opens a participial phrase ("Battered by months of
# protests ...", "Already facing stiff opposition from ...", "Urging the court to ..."), unless the
# head holds an auxiliary: then the -ing word is a gerund subject ("Failing to vote can lead to ...",
# "Wearing a cloth mask ... can significantly decrease ..."). Of NeuS's comma-free heads so opening, 10
# were such phrases, 2 gerund subjects (both with "can"). Place names ending so are no participle.
_PARTICIPLE_OPENING = re.compile(
    r"(?!Beijing|Wyoming|Reading|Sterling|Ewing)[A-Z][a-z]+(?:ing|ed) "
    r"(?:to|about|at|on|in|with|from|for|by|that|the|a|an|his|her|their|its|over|into|up|out|as|after|under)\b"
    r"|(?:Already|Still) [a-z]+(?:ing|ed)\b"
)
# An adverb set off by commas after the opening ("For the next week to 10 days , though , the weather
# and seas are expected to be calm ...", bpoil_washingtonpost/356; "In a filing with the Interior
# Department, however, the ... Council noted ..."): its comma is not the main clause's.
_ADVERB_SET_OFF = re.compile(
    r",\s+(?:though|however|meanwhile|then|too|instead|moreover|therefore|nonetheless)$"
)
_AUXILIARY = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|does|did|do)\b"
)


def _opening_alone(head: str) -> bool:
    """The head (a sentence cut at a comma) is an opening clause or phrase and nothing after it: it
    opens so and holds no comma outside quotation marks (the opening's own comma was the cut), but
    that of an adverb set off after the opening (_ADVERB_SET_OFF: "For the next week , though")."""
    adverbial = _ADVERBIAL_OPENING.match(head)
    if not adverbial and not _PARTICIPLE_OPENING.match(head):
        return False  # most heads, told at once
    plain = _unquoted(head) if any(q in head for q in _QUOTES) else head
    plain = _ADVERB_SET_OFF.sub("", plain)
    return "," not in plain and (bool(adverbial) or not _AUXILIARY.search(plain))


def _opening_then_name(head: str) -> bool:
    """The head is an opening clause or phrase, a comma and a name alone: the subject, its predicate
    cut ("In a video posted on YouTube , Mike Ellis.", "Since the initial H5N1 deaths in Hong Kong in
    1997 , the WHO.", "As the slick slides toward Mississippi , Alabama and Florida."). An opening
    holding an auxiliary or a colon may be the main clause, the name after the comma its object's
    apposition ("As of 11 p. m. authorities were still searching for Jose Luis Orozco, 27.", "In the
    Gulf : BP named its first American CEO , Robert Dudley."). Of heap-10000's and NeuS dev's heads,
    24 are so, all read: all a fragment, the subject alone or the opening alone."""
    if ", " not in head or not _ADVERBIAL_OPENING.match(head):
        return False  # most heads, told at once
    opening, rest = head.split(", ", 1)  # not a number's comma ("£1,200")
    if ":" in opening or _AUXILIARY.search(opening):
        return False
    return _title_case(rest.strip().rstrip("."), _NAME_WORDS)


# An apposition or relative clause closed by a comma before the predicate goes on ("..., and
# Fauci, the US government's top scientist, was already under pressure"): not a trailing clause.
# The predicate opens on an auxiliary or a verb in the past, after an adverb or not ("Mr. Lyon, 23,
# and his co-workers in Fort Collins, Colo., who were temporarily laid off, worried about ...", NeuS
# train-1299: cut there, the head was the subject alone; "..., a medic in the platoon, told
# investigators", "..., who was contesting her 18th Open, finally pulled the pin"); a participle before
# "by" opens a phrase, not the predicate ("... cousin , which has developed resistance to ... Tamiflu ,
# made by Roche AG").
_PAST_VERB = (
    r"[a-z]+ed|said|told|wrote|took|made|gave|won|lost|left|met|saw|knew|thought|began|became|came|went|got|"
    r"held|kept|ran|sent|spent|built|brought|bought|found|fell|felt|paid|led|sold|stood|spoke|broke|chose|"
    r"drew|grew|rose|sought|struck|threw|wore|says|tells"
)
_INSERTED = re.compile(
    r"(?:a|an|the|who|which|whose|whom)\b[^,;:()]{1,80},\s+(?:(?:[a-z]+ly|also|then|now|still|later) )?"
    rf"(?:was|were|is|are|has|had|have|will|would|can|could|may|might|must|should|did|does|(?:{_PAST_VERB})(?! by))\b"
)


# A sentence opening on a pronoun or a demonstrative ("He said that...", "It was in reference to...")
# leans on a sentence before it that the summary does not carry: never chosen. Dev NeuS moves
# +0.001 or less on each ROUGE (bench/README.md), and the reader is spared "He" with no one named.
# "Both", "Neither" or "Each" right before a verb is a pronoun for people named before ("Both were at
# the White House on Sept. 26 when ..."), unlike "Both sides ..." or "Each year, ...".
_ANAPHOR_START = re.compile(
    r"^(?:He|She|It|They|This|That|These|Those|His|Her|Their|Its)\b"
    r"|^(?:Both|Neither|Each) (?:is|are|was|were|has|have|had|will|would|could|can|said|says|say)\b"
)
# The writer's own voice or a post pasted without quote marks: "I had three assignments there",
# "Trump is coming for your TikToks", "If you've been feeling anxiety ...". Not "(I-Vt.)", "World
# War I", "me-too". A neutral summary never speaks as I or to you (quoted speech in marks is
# attributed, and stays).
# (The lookahead of the first letters every alternative opens on lets the engine skip to them
# rather than test the lookbehinds at every position: the same matches, half the time.)
_VOICE = re.compile(
    r"(?=[IMmYy])(?<![(\w’'-])(?<!War )(?:I(?![-.\w’'])|I[’']m|[Mm]y|me|[Yy]ou|[Yy]our|[Yy]ou[’']re)\b(?!-)"
)


# a quote mark that opens a quotation, and the mark that closes it
_CLOSING_MARK = {"“": "”", '"': '"', "‘": "’"}
_OPENING_MARK = re.compile('[“"‘]')


# An interjection or a reply opening the sentence is the writer talking to the reader ("Well, it was
# a good idea while it lasted.", "Yes, that is a huge increase.", "Oh, not a theology based on the
# Bible."): all 19 NeuS candidates opening so read were a columnist's asides, none a fact.
_INTERJECTION = re.compile(
    r"(?:Oh|Ah|Wow|Well|Yes|No|Yeah|Hey|Okay|OK|Sure|Alas|Sadly|Frankly|Honestly|Seriously|Look|Listen)[,!] "
)


def _writers_voice(text: str) -> bool:
    """The sentence says I, me, my, you or your outside quote marks ('"I was talking about ...,"
    he said' is speech; 'so I'm guessing you're coming up short in the ‘good role model’
    department' is not), or opens on an interjection or a reply (_INTERJECTION)."""
    if _INTERJECTION.match(text):
        return True
    return bool(_VOICE.search(text)) and bool(_VOICE.search(_unquoted(text)))


def _unquoted(text: str) -> str:
    """The text with each quotation, from an opening mark to the first closing mark after it, as
    one space (re.sub(r'“[^”]*”|"[^"]*"|‘[^’]*’', " ", text), linear: the regex looked for a closing
    mark from every opening one without, 3 s for 100,000 of them). A mark with no closing mark after
    it has none after a later one of its kind either."""
    parts: list[str] = []
    done = 0  # text before this is in `parts`
    unclosed: set[str] = set()  # opening marks with no closing mark after the point reached
    at = _OPENING_MARK.search(text)
    while at is not None:
        start, mark = at.start(), at.group()
        end = -1 if mark in unclosed else text.find(_CLOSING_MARK[mark], start + 1)
        if end < 0:
            unclosed.add(mark)
            at = _OPENING_MARK.search(text, start + 1)
            continue
        parts += (text[done:start], " ")
        done = end + 1
        at = _OPENING_MARK.search(text, done)
    return "".join(parts) + text[done:] if parts else text
