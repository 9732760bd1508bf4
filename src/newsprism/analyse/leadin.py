"""What a page puts before a sentence that is not the sentence, and lines that are no prose.

cut_lead_in(sentence) -> str: the sentence as a reader should see it in a summary, a claim or a
timeline, with what the page put before it cut:
  - a source credit: "(CNN) -", "(Reuters) —", "( AP ) "; a photo's or video's credit in brackets
    ("( AP Photo/Eric Gay ) ", "( Alex Brandon/associated Press ) ", "( YouTube ) "), a Reuters story's
    id ("( ID : nL7284492 ) "), a wire's copyright as one word ("AP2010 "), or its bare name ("AP
    Anadarko Petroleum Corp. ..."); a photo's credit line glued before it ("Photograph : Dave Martin/AP ");
  - a wire's web dateline with its stamp and whatever the page glued before it: "By Maggie Fox,
    Health and Science Editor WASHINGTON | Mon Mar 2, 2009 4:23pm EST WASHINGTON (Reuters) - ";
  - a dateline: in capitals ("WASHINGTON —", "BEIJING, June 18 (Reuters) -"), or a known place in
    title case (extract.textdate.parse_dateline: "Beijing: US Secretary of State ...",
    "Washington — The Senate voted ...");
  - a section label: a label in capitals ("UPDATE:", "CORRECTION:") or one of the explainer labels
    of SECTION_LABELS ("Why it matters:", "The big picture:").
Nothing is cut when what follows would not start like a sentence (a capital, a quote or a digit).

balance_quotes(sentence) -> str: a sentence cut out of a longer quotation gets the quotation mark
it lost ('It involves risks to our forces," Biden said.' -> '"It involves risks to our forces,"
Biden said.'; '"I will not bring dishonor to it.' -> '"I will not bring dishonor to it."').

is_prose(sentence) -> bool: whether a line reads as prose, i.e. holds at least MIN_PROSE_WORDS
words in lower case (every word of a script without case, like Arabic's), or one fewer when it
holds no digit ("Other Republicans quickly criticized Mr. Braley."). A page's stamp ("Posted: 04 /
9 / 2012 8: 33 am Updated: ...", "Originally published 05 / 03 / 2013 at 10: 20 AM EDT") always
holds digits; a headline in title case ("Kraft Shooting: Yvonne Hiller Charged With Two Counts Of
Murder") or a label line has no word in lower case.

shown(sentence) -> str: a statement as a claim or a timeline entry shows it, cut_lead_in then
balance_quotes.
"""

from __future__ import annotations

import re

from newsprism.extract.textdate import parse_dateline

__all__ = [
    "MIN_PROSE_WORDS",
    "SECTION_LABELS",
    "balance_quotes",
    "cut_lead_in",
    "cut_off",
    "is_prose",
    "shown",
]

# A sentence of six words or more (the shortest statement or summary sentence) nearly always has
# three in lower case, or two without a number; a chronology's terse item ("May 2 - Obama visits the
# Gulf Coast .", T17) has two and a number and is lost with the stamps.
MIN_PROSE_WORDS = 3

# Explainer sites' section labels (Axios's "smart brevity" and its followers), read on the dev
# sets' events: they open a paragraph and say what kind of sentence follows, not what happened.
SECTION_LABELS = (
    "why it matters",
    "the big picture",
    "big picture",
    "driving the news",
    "state of play",
    "what to watch",
    "what's next",
    "what’s next",
    "between the lines",
    "the bottom line",
    "bottom line",
    "by the numbers",
    "the backstory",
    "flashback",
    "go deeper",
    "zoom in",
    "zoom out",
    "yes, but",
    "the other side",
    "what they're saying",
    "what they’re saying",
    "catch up quick",
    "the latest",
    "the context",
    "context",
    "background",
    "details",
)
_LABEL = re.compile(
    "^(?:" + "|".join(re.escape(label) for label in SECTION_LABELS) + r"):\s+(?=[A-Z0-9\"“‘'])",
    re.IGNORECASE,
)
# a label or dateline in capitals, an agency's credit, or both: "WASHINGTON —", "UPDATE:", "(AP) -";
# not a tabloid lead's capitals, which open with an article ("A FIRE - BOMB attack on a bank ...")
_CAPITALS = re.compile(
    r"^(?!A )(?:[A-Z][A-Z.'’ ,-]{2,40}\s*)?(?:\([A-Za-z. ]{2,20}\))?\s*[-–—:]+\s+(?=[A-Z\"“])"
)
# a wire's web dateline and whatever the page glued before it (a byline, a headline, a caption):
# "NUSA DUA, Indonesia | Mon May 4, 2009 6:47am EDT NUSA DUA, Indonesia (Reuters) - "
_WIRES = r"Reuters|AP|AFP|UPI|Bloomberg"
# a wire's credit in its brackets, a Reuters service's too ("( Reuters Life ! )", "( Reuters Legal )")
_CREDIT = rf"\(\s*(?:{_WIRES})(?: (?:Life ?!|Legal|Health))?\s*\)"
_WEB_DATELINE = re.compile(rf"^[^|]{{0,250}}\|[^|()]{{5,80}}{_CREDIT}\s*[-–—]+\s+(?=[A-Z\"“])")
# a source credit: a wire's or CNN's
_SOURCE_PREFIX = re.compile(rf"^\((?:CNN|{_WIRES})\)\s*[-–—]*\s*")
# A credit in brackets that a tokenised page (spaces inside the brackets) or a photo's caption put
# before the sentence: a wire's ("( AP ) ", "( Reuters ) "), a photo's or video's ("( AP Photo/Eric
# Gay ) ", "( Alex Brandon/associated Press ) ", "( Reuters Photo ) ", "( YouTube ) ", "( Oliver Munday
# for The Washington Post ) "), or a Reuters story's id ("( ID : nL7284492 ) ", "( nN07171381 ) "): of
# the 113,639 distinct sentences of heap-10000, NeuS dev and T17, 86 opened so and 5 on "AP2010"
# (below), all read, all credits or ids; the other brackets opening a sentence were list numbers
# ("( 1 ) "), a verse's reference or an aside, and stay.
_CREDITED = r"Photos?|Photograph|Associated Press|Washington Post|Getty Images|YouTube|Video"
_BRACKET_CREDIT = re.compile(
    rf"^\(\s*(?:(?:CNN|{_WIRES})(?: Photo)?|[^()]{{0,60}}?\b(?:{_CREDITED})\b[^()]{{0,40}}?|IDn? : \w+|n[A-Z]{{1,3}}\w{{6,}})"
    r"\s*\)\s*[-–—:]*\s*(?=[A-Z\"“])"
)
# A wire's copyright glued before the sentence, its name and year as one word ("AP2010 ON THE GULF OF
# MEXICO -- Political patience was whittling away ...", "AP2010 President Obama will address ...":
# Fox News's pages on heap-10000, under each photo)
_WIRE_YEAR = re.compile(rf"^(?:{_WIRES})(?:19|20)\d\d\s+(?=[A-Z\"“])")
# The same pages' photo credit, the wire's bare name, glued before the next sentence ("AP Anadarko Petroleum
# Corp. , which owns a quarter of BP PLC 's blown-out oil well ...", bpoil_foxnews/1235; "Reuters BP 's
# embattled boss ...", "AFP/Getty Images NEW ORLEANS -- The best ..."). Not a writer's title or an edition
# ("AP Business Writer Kelly Olsen ... contributed", "Reuters UK Legal drilling battle ...", a link list),
# nor a photo's credit with its photographer ("AP Photo/Dave Martin As much as ...": where the name ends is
# not told). Of heap-10000's and NeuS dev's sentences, 73 open so (all read): 71 a credit, then a sentence,
# a dateline or a caption; 2 a prize's name ('Reuters " Journalist of the Year " Winners : ...', a page of
# prizes: junk either way).
_GLUED_WIRE = re.compile(
    r"^(?:AP|Reuters|AFP(?:/Getty Images)?)\s+"
    r"(?!(?:Photo|PHOTO|Graphic|Business|Writer|Television|UK|US|India|Canada|Africa)\b)(?=[A-Z0-9\"“])"
)
# The Guardian prints a photo's credit as a line of its own, under the caption ("Photograph :
# Dave Martin/AP"), which the extractor glues to the sentence after it, most often the article's
# lead ("Photograph : Dave Martin/AP BP 's under-fire chief executive Tony Hayward has admitted ...").
# The credit ends on the agency (after the photographer's name and a slash, or alone); without one
# known, where the credit ends is not told ("Photograph : Graeme Robertson The ...": left whole).
# Of heap-10000's sentences, 235 open on such a line, 178 with a sentence glued after an agency of
# _PHOTO_AGENCIES (30 read at random: each an article's lead or a paragraph's first sentence); the
# others are a credit line alone, or a credit with no agency or none known ("Spillcam", "Nasa").
_PHOTO_AGENCIES = (
    r"AP|Associated Press|Reuters|REUTERS|AFP|EPA|PA|Getty [Ii]mages|Getty|Corbis|Rex Features|Bloomberg"
)
# before the agency, up to three parts each closed by a slash, a name of up to five words ("Carl de
# Souza/", "US coastguard/", "Win McNamee/pool/")
_CREDITED_PART = r"(?:[^\s/]+\s+){0,4}[^\s/]+/"
_PHOTO_CREDIT_LINE = re.compile(
    rf"^Photographs?\s*:\s*(?:{_CREDITED_PART}){{0,3}}(?:{_PHOTO_AGENCIES})\s+(?=[A-Z0-9\"“‘])"
)
# a wire's dateline in capitals and its credit, with what a page without "|" glued before it (a
# stamp, a byline, a headline's bullets, a "( Repeats ... )" note): "2009 04 25 08:50 JST By Alistair
# Bell MEXICO CITY ( Reuters ) - ", "* Virus detected in traveller ... ISTANBUL , May 16 ( Reuters ) - "
# (T17: 6 of the 138 entries of the timeline command were a lead run into such a header). The credit
# is found first, within GLUED_REACH characters; the dateline is read in the DATELINE_CHARS before it.
# GLUED_REACH: of the 954 sentences of the dev sets and heap-10000 with such a dateline and credit
# after their start, the farthest credit stands 351 characters in ("UPDATE 4-US says most BP spill
# oil is gone ...", four bullets, an "( Updates with ... )" note, a byline with its title), and all
# 10 beyond 300 are headers of that kind; 600 leaves room for a fifth bullet and a longer note. The
# longest dateline there, "NEUVILLE-SUR-SAONE , France , May 12", is 36 characters
_WIRE_CREDIT = re.compile(rf"{_CREDIT}\s*[-–—]+\s+(?=[A-Z\"“])")
_DATELINE_BEFORE_CREDIT = re.compile(
    r"\b[A-Z][A-Z.'’/-]+(?:(?:\s*,\s*|\s+)[A-Z][A-Za-z.'’/-]*){0,4}(?:\s*,\s*[A-Z][a-z]+\.?\s+\d{1,2})?\s*\Z"
)
GLUED_REACH = 600
DATELINE_CHARS = 60
_STARTS_LIKE_A_SENTENCE = re.compile(r"[A-Z0-9\"“‘']")
_DIGIT = re.compile(r"\d")
_QUOTE_MARKS = '"“”'  # tested with `in` first: cheaper than a search
_QUOTE_MARK = re.compile(f"[{_QUOTE_MARKS}]")
_SPACED_QUOTE = re.compile(r'(?:^|\s)"(?:\s|$)')


def cut_lead_in(sentence: str) -> str:
    """`sentence` without the credit, dateline or section label a page put before it (see the
    module's docstring); unchanged when it has none."""
    text = _SOURCE_PREFIX.sub("", sentence.strip())
    if text[:1] == "(":
        text = _BRACKET_CREDIT.sub("", text)
    if text[:5] == "Photo":
        text = _PHOTO_CREDIT_LINE.sub("", text)
    if text[:1] in "ARUB":  # what every wire of _WIRES opens on
        text = _WIRE_YEAR.sub("", text)  # "( AP ) AP2010 Executives from ..."
        text = _GLUED_WIRE.sub("", text)  # "AP Anadarko Petroleum Corp. , which owns ..."
    if "|" in text:
        text = _WEB_DATELINE.sub("", text)
    if "(" in text and (credit := _WIRE_CREDIT.search(text[:GLUED_REACH])) is not None:
        before = text[max(0, credit.start() - DATELINE_CHARS) : credit.start()]
        if credit.start() > 0 and _DATELINE_BEFORE_CREDIT.search(before):
            text = text[credit.end() :]
    text = _CAPITALS.sub("", text)
    if ":" in text:  # every label ends in one
        text = _LABEL.sub("", text)
    dateline = parse_dateline(text) if _may_hold_dateline(text) else None
    if dateline is not None and 0 < dateline.end < len(text):
        rest = text[dateline.end :].lstrip()
        if _STARTS_LIKE_A_SENTENCE.match(rest):
            text = rest
    return text


# What every dateline parse_dateline can return with a body after it (end > 0) holds, read off its
# patterns (extract.textdate._DATELINE_PATTERNS): the colon form a colon; the capitals form a dash
# ("–", "—", "―", "--"), a hyphen or underscore with white space before it or a hyphen with white
# space after it, or, with no dash, a bracket or slash before the body (")", "/PRNewswire/"); the
# title-case form a bracket or a dash of those kinds. A sentence with none of these holds no
# dateline: parse_dateline is not called (most summary sentences; 0.55 s of summarise's 7.3 s on
# heap-10000 was that call), and what cut_lead_in returns is the same.
_DATELINE_MARKS = ":()/–—―"  # tested with `in` one by one: a C-level scan each, cheaper than a search
_SPACED_HYPHEN = re.compile(r"--|\s[-_]|-\s")


def _may_hold_dateline(text: str) -> bool:
    """Whether `text` can open with a dateline parse_dateline reads with a body after it (see
    _DATELINE_MARKS); False only when it cannot."""
    if len(text) < 4 or not text[0].isupper():
        return False  # parse_dateline's own first test
    for mark in _DATELINE_MARKS:
        if mark in text:
            return True
    return ("-" in text or "_" in text) and _SPACED_HYPHEN.search(text) is not None


def balance_quotes(sentence: str) -> str:
    """`sentence` with the opening or closing quotation mark a cut out of a longer quotation lost."""
    if not any(mark in sentence for mark in _QUOTE_MARKS) or _SPACED_QUOTE.search(sentence):
        return sentence  # none, or a tokenised text's marks (' " event-driven " ', T17): no telling
    depth, lost_open = 0, False
    for m in _QUOTE_MARK.finditer(sentence):
        if _opens_quote(sentence, m.start()):
            depth += 1
        elif depth:
            depth -= 1
        else:
            lost_open = True  # a closing mark before any opening one: the quotation began earlier
    curly = "“" in sentence or "”" in sentence
    if lost_open:
        sentence = ("“" if curly else '"') + sentence
    if depth == 1:
        end = len(sentence.rstrip())
        sentence = sentence[:end] + ("”" if curly else '"') + sentence[end:]
    return sentence


def _opens_quote(text: str, at: int) -> bool:
    """Whether the quotation mark at `at` opens a quotation: a curly opening mark, or a straight one
    at the start or after a space or bracket and before a word."""
    mark = text[at]
    if mark in "“”":
        return mark == "“"
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-") and not after.isspace()


def is_prose(sentence: str) -> bool:
    """Whether `sentence` holds MIN_PROSE_WORDS words in lower case (or in a script without case),
    or one fewer and no digit."""
    # not cached: half the digest's calls repeat a sentence (corroborate's, then timeline's), but an
    # lru_cache saved 0.06 of the 10k heap's 45 s and cost 0.01 s on T17's timelines (few repeats)
    lower = 0
    for word in sentence.split():
        if word.islower() or (word.isalpha() and word.upper() == word.lower()):  # Arabic, Hebrew: no case
            lower += 1
            if lower >= MIN_PROSE_WORDS:
                return True
    return lower == MIN_PROSE_WORDS - 1 and not _DIGIT.search(sentence)


# a sentence that stops mid-way in an ellipsis: an excerpt's end (roundups such as AllSides' end 45%
# of mixed-dev's texts so), "... directing a review of the legality..."; "Food and Drug
# Administration...." ends its sentence first
_CUT_OFF = re.compile(r"(?:[^\W_]|[,;:%—–-])\s?(?:\.{3}|…)[\"”’']?\s*$")
# the longest match of _CUT_OFF before its trailing white space: a letter, a space, three dots and
# a quote mark; searching only that far from the end gives the same answer without a scan of the
# whole sentence (search() tried every position: 0.55 s over the 10k heap's sentences, now 0.06 s)
CUT_OFF_CHARS = 6


def cut_off(sentence: str) -> bool:
    """Whether `sentence` stops mid-way in an ellipsis: what it says is cut off."""
    return _CUT_OFF.search(sentence, max(0, len(sentence.rstrip()) - CUT_OFF_CHARS)) is not None


def shown(sentence: str) -> str:
    """`sentence` as a claim or a timeline entry shows it: without the credit, dateline or label the
    page put before it (cut_lead_in), its quotation marks whole (balance_quotes)."""
    return balance_quotes(cut_lead_in(sentence))
