"""Quote spans (1): quote marks paired into spans, and titles in quote marks that are no quotes.

1. Quote spans.
   a. Quote marks are paired line by line (a line is a paragraph): curly marks by their shape,
      straight ones by the side their space is on, then in turn. A quote left open at the end of a
      paragraph continues into the next one when that one opens with a quote mark (the newswire
      convention for a quote that runs over paragraphs): the whole passage is one quote. A double
      quote left open also runs over the lines with no mark after it (ECB+ writes one sentence a
      line) when the first line with a double mark, at most MAX_UNMARKED_LINES on, closes it. Single
      marks (British and international English: ‘We will not back down,’ said ...; 'It was great,'
      Ferguson said) are quote marks too, though most of them are apostrophes (it’s, O’Brien, dogs’,
      the ’90s, rock ’n’ roll, 'em): one opens a quote only where its paragraph closes it, or where
      the next paragraph opens with one (a quote over paragraphs); a closing mark with a word after
      it (the dogs’ home, called it ‘a disgrace’ and) closes only when no surer one follows. Marks
      of the other kind inside a quote are a quote within it (“… ‘assault weapons’ …”); ‘‘ and ’’
      are a double mark. A straight double mark with a space on each side after a paragraph's
      dateline in capitals is an em-dash that the page's encoding lost (AP: `STOCKHOLM " Swedish
      Prime Minister ...`), no mark; a question mark after a full stop or a comma and before a space
      inside a double quote its paragraph leaves open is a closing mark the encoding lost (`“…
      unless you count the dead vote.? In 2013, he wrote`).
   b. A short span in title case that names a show, a book or an ad (`said on NBC's “Meet the
      Press”`, `starred in "American Pie"`, `the “Today” show`, `the ad titled “Strong”`), a work after its author's possessive
      (`Pablo Neruda’s “Keeping Quiet,”`), a work after "sequel to" or "star of", an event named
      in title case (`a “Make America Great Again” rally`, `a White House “Social Media Summit”`), or
      a nickname (William "Mo" Cowan) is no quote: nobody said it; nor is a headline, of any length
      and case (`under the headline “…”`, `a piece headlined "…"`); a title may open with a number
      (`film “1917”`, `on “60 Minutes”`), and after "titled" hold words in lower case (`is titled
      “If Indeed I am Ill, Brother.”`); two spans in title case side by side in a list are names too (`as well as “Joker,” “Marriage Story,” and`,
      `"Van Wilder" and "The Big Lebowski"`); a list of places is none (`dealt with in "New York,
      Seattle, or Minneapolis."`). Its cue still serves the quotes after it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from operator import attrgetter

from newsprism.analyse.sentences import split_sentences

from .lexicon import _places
from .patterns import (
    _DATELINE_DASH,
    _GIVEN_NAME_END,
    _LINE,
    _PARAGRAPH_BREAK,
    _QUOTE_HOLE,
    _SURNAME_START,
    _VERB,
    _WORD,
    MAX_DATELINE_CHARS,
)
from .statements import _STOPWORDS

# --- 1. quote marks ------------------------------------------------------------------------------
_OPENING = "“«„"
_CLOSING = "”»"
_DOUBLE = '"“”«»„'
# double marks; single curly marks (‘We will not back down,’ said ...) and straight ones ('...,'
# Ferguson said), which are apostrophes too (it’s, dogs’, O'Brien); two single curly marks that stand
# for a double one (‘‘Match Point,’’); not an apostrophe inside a word (it’s, O'Brien), which neither
# opens nor closes a quote (_single_side). Each regex opens with a class of characters, which the
# regex engine skips to (alternatives would make it try every position: 2x slower over heap texts).
_MARKS = re.compile(r"[\"“”«»„‘’'](?!(?<=\w[’'])\w)")
# the same for a paragraph where no single quote opens: ’ only as the first of ’’
_MARKS_BUT_SINGLE = re.compile(r"[\"“”«»„‘’](?!(?<=’)(?:[^’]|$))")
# a character before an opening mark / after a closing mark
_OPEN_BEFORE = set(" \t([{—–-/")
_CLOSE_AFTER = set(" \t.,;:!?)]}—–-/'’")
# ... of a single mark, which may stand inside a double quote or hold one (‘He said “no”’)
_SINGLE_OPEN_BEFORE = _OPEN_BEFORE | set('“"')
_SINGLE_CLOSE_AFTER = (_CLOSE_AFTER - set("'’")) | set('”"')
# a single mark before these opens no quote: a decade ('90s; not a number: ‘35 years of experience’),
# an elision ('em, ‘til, 'cause, 'Tis), a contraction that tokenisation split off (Ma 's, they 're)
_ELIDED_AFTER = re.compile(r"\d\ds\b|(?i:n['’‘]|em|til|cause|cos|tis|twas|bout)\b|(?:s|re|ve|ll|d|m|t)\b")
# ... nor closes one after: a contraction split off ("don’ t", "What’ s")
_CONTRACTION_AFTER = re.compile(r" (?:s|re|ve|ll|d|m|t)\b")
# a straight mark that may open a quote (_single_side)
# (the mark first, the character before it looked at after: the regex engine then skips from mark
# to mark)
_STRAIGHT_OPENING = re.compile(rf"'(?<![^\s(\[{{—–\-/“\"]')(?!{_ELIDED_AFTER.pattern})[^\W_]")
# a word after a closing single mark and a space ("the dogs’ home", "called it ‘a disgrace’ and"): an
# apostrophe or a closing mark, told by the marks after it (_single_close)
_WORD_AFTER = re.compile(r" \w")

# --- 1b. titles -----------------------------------------------------------------------------------
# A quoted span in title case of at most this many words may be the title of a show, a book or an
# ad ("Meet the Press", "The Book of Mormon"); the longest titles in BASIL dev have five words
MAX_TITLE_WORDS = 6
# ... and up to this many right after the word of its medium (_long_title: "the screening of " If God
# Is Willing And Da Creek Do n't Rise , "", ten words), where a statement in title case is unlikely
MAX_LONG_TITLE_WORDS = 12
# what a title is the title of: written before it ("the CNN program “State of the Union”", "the
# ad titled “Strong”") or after it ("the “Today” show", "a “Daily Show” sketch")
_MEDIA = (
    r"show|program|programme|series|broadcast|sketch|episode|segment|host|anchor|star|book|novel|"
    r"film|movie|documentary|drama|sitcom|musical|play|album|song|magazine|newspaper|column|ad|spot|"
    r"commercial|video|thriller|biopic|comedy|poem|anthology|opera|painting|podcast|memoir|adaptation|"
    r"remake|sequel|prequel|trilogy|miniseries|franchise|exhibition|single|premiere|screening"
)
# before the opening mark: "on", "in" or "titled" with the outlet between ("Speaking on ABC’s", "said
# on the Fox News program", "starred in"), or a medium ("the Broadway show", "an episodic drama like",
# "the sequel to", "an episode of"); a
# capitalised word of three small letters or more and a full stop ends a sentence, no outlet ("voted
# on Tuesday. “Yes,” said")
_TITLE_BEFORE = re.compile(
    rf"(?:\b(?:[Oo]n|[Ii]n|titled|entitled)|\b(?:{_MEDIA})(?:\s+(?:titled|entitled|called|like|to|of))?)"
    rf"(?:\s+(?:the|a|an|[A-Z][\w.&\-]*(?<![a-z]{{3}}\.)(?:[’']s?)?))*(?:\s+(?:{_MEDIA}))?\s*[,:]?\s*$"
)
_TITLED_BEFORE = re.compile(r"\b(?:titled|entitled)\s*[,:]?\s*$")
# the word of a medium right before the opening mark, maybe with "of", "titled" or "called" (_long_title)
_MEDIUM_RIGHT_BEFORE = re.compile(
    rf"\b(?:{_MEDIA})(?:[^\S\n]+(?:titled|entitled|called|of))?[^\S\n]*[,:]?[^\S\n]*$"
)
MAX_MEDIUM_RIGHT_BEFORE_CHARS = 32
# a headline, of any length and case, right after "headline" or "headlined" (`published an opinion
# column at The Root under the headline “Juneteenth Is More Than a Federal Holiday. We...`, "a story
# headlined “…”"): a page's title, not words someone said; the ends of the text before such a quote
# (a space before its mark or none, a comma or a colon, tokenized or not)
_HEADLINE_BEFORE = tuple(
    f"{word}{mark}{space}"
    for word in ("headline", "headlined")
    for mark in ("", ",", ":", " ,", " :")
    for space in ("", " ")
)
# the four characters before the last of each of them (_titles asks first: a text that ends so ends
# with one of them only then)
_HEADLINE_ENDS = frozenset(end[-5:-1] for end in _HEADLINE_BEFORE)
# a work one goes to see at a place, in any case ("After seeing “between a whisper and a cry” at the
# ICA LA"): a gerund of seeing before it, "at" and a capitalised name after it (not "he saw “oil
# for miles”", "seeing “dead people everywhere.”")
_SEEN_BEFORE = re.compile(r"\b(?:seeing|watching|viewing|visiting)[^\S\n]*$")
_VENUE_AFTER = re.compile(r",?[^\S\n]+at[^\S\n]+(?:the[^\S\n]+)?[A-Z]")
# the people of a show that _MEDIA names too: after a title they are its makers (_MAKER_AFTER)
_SHOW_PEOPLE = r"host|anchor|star"
# (or its plural right after the closing mark: `a fixture of “Hockey Night in Canada” broadcasts`)
_TITLE_AFTER = re.compile(
    rf"[,.]?\s*(?!(?:{_SHOW_PEOPLE})s?\b)(?:{_MEDIA})\b|[^\S\n]+(?!(?:{_SHOW_PEOPLE})s\b)(?:{_MEDIA})s\b"
)
# one who made a work or hosts it or stars in it, right after its title with no mark between
# ("Twilight" director Catherine Hardwicke, the "Love Actually" actress, 'South Park' creators, the
# “Good Morning America” host): not after a quote that ends with a mark of its own (`“Great,”
# director Ron Howard said`, `“Absolutely,” host Sean Hannity said`)
_MAKER_AFTER = re.compile(
    r"[^\S\n]+(?:director|actor|actress|creator|producer|filmmaker|screenwriter|writer|author|co-star|"
    rf"{_SHOW_PEOPLE})s?\b"
)
_OWN_MARK = re.compile(r"[.,;:!?]")
# an event that a name in title case names, right after it with no mark between (`a “Make America
# Great Again” rally`, `the “Commander-in-Chief” forum`, `a "Salute to America" event`, `its “Just Do
# It” campaign`, `the "Gary Ross Is Boss" campaign`) or as its
# last word (`a White House “Social Media Summit”`): a name, nobody's words; as for _MAKER_AFTER,
# not a quote that ends with a mark of its own (`“Great,” rally organisers said`)
_EVENTS = (
    r"event|rally|forum|summit|conference|convention|festival|ceremony|parade|gala|concert|march|tour|"
    r"meetup|fundraiser|vigil|telethon|expo|campaign"
)
_EVENT_AFTER = re.compile(rf"[^\S\n]+(?:{_EVENTS})s?\b")
_EVENT_WORD = re.compile(rf"(?:{_EVENTS})s?")
# the last word of a law's, a plan's or a programme's name in title case (`their "Justice Act" police
# reform legislation`, `his “America First Healthcare Plan”`, `the " Project Execution Plan "`), as
# an event's is: a name, when the quote ends with no mark of its own ("Stick to the Plan," he said)
_NAMED_LAST = re.compile(
    rf"(?:{_EVENTS})s?|act|plan|program|programme|initiative|project|accord|agreement|doctrine|amendment"
)
# words before "March" the month, not a march ("We Will Meet in March", "the Ides of March")
_MONTH_BEFORE = frozenset(
    {"in", "of", "by", "until", "since", "from", "through", "before", "after", "last", "next"}
)
# a work that wins or is up for an award (`"Sicko" was best documentary feature`, `“Atonement” won the
# best-picture prize`, "“Roma” was nominated for")
_AWARD_AFTER = re.compile(
    r"[^\S\n]+(?:(?:won|wins|took|takes|was|is)[^\S\n]+(?:the[^\S\n]+)?best\b|(?:was|is|were|are)[^\S\n]+nominated\b)"
)
# a show told something, in title case right after "told" (`Mick Mulvaney told "Fox News Sunday" that`,
# `Trump told “Fox & Friends”`, `he told "Today."`); words told someone are in lower case ("had been told
# “go back where you came from”")
_TOLD_BEFORE = re.compile(r"\btold[^\S\n]*$")
# a broadcaster's or a body's acronym and its possessive (`told CNN's "State of the Union"`, `CBS's
# "60 Minutes" aired`, "the NHL's ‘Three Stars’"), the possessive split off by a tokenized page
# (`Markey told NBC 's " Meet the Press . "`, `Dudley said on ABC 's " Good Morning America "`): a
# name of its show, list or slogan
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,6}[^\S\n]?[’']s[^\S\n]*$")
# a group that someone leads or belongs to (`named ... as the leader of "Al-Qaida in Yemen."`, "a
# member of “Extinction Rebellion”"): a name
_GROUP_OF_BEFORE = re.compile(
    r"\b(?:leaders?|head|chief|founders?|members?|wing|branch|affiliate|offshoot|arm)[^\S\n]+of[^\S\n]*$"
)
# a show named as the place of an interview ("an exclusive “Fox & Friends” interview", "in an
# interview with “Axios on HBO”", "in an interview Friday morning with “Fox & Friends,”")
_INTERVIEW_BEFORE = re.compile(r"\binterview(?:\s+[\w’']+){0,3}?\s+(?:with|on)\s*$")
_INTERVIEW_AFTER = re.compile(r"[,.]?\s*interviews?\b")
# a title in apposition to what it is ("“Catch and Kill,” an upcoming book by Farrow"): an
# indefinite article and at most two words before the medium
_TITLE_APPOSITION = re.compile(
    r",?\s*an?\s+(?:[\w\-]+\s+){0,2}?(?:book|novel|memoir|film|movie|documentary|show|program|"
    r"programme|series|album|song|play|musical|podcast)\b"
)
# a title in apposition after what it is, closed by a comma (`Hillary Clinton’s book on her 2016
# election loss, “What Happened,” hits bookshelves`): the medium, at most MAX_MEDIUM_WORDS words that
# run on from it, a comma; a comma closes the span too, inside its mark or after it (_is_title)
MAX_MEDIUM_WORDS = 6
_MEDIUM_BEFORE = re.compile(
    rf"\b(?:{_MEDIA})\b(?:[^\S\n]+[\w’'\-]+){{0,{MAX_MEDIUM_WORDS}}}[^\S\n]*,[^\S\n]*$"
)
# a work after its author's possessive, the author named with a given name and a surname at least
# ("Pablo Neruda’s “Keeping Quiet,”", "John Okrent's “Two Days in March”"): one capitalised word alone
# may be a contraction that opens a sentence ("It's", "That's")
_AUTHOR_BEFORE = re.compile(r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)+(?:[’']s|s[’'])\s*$")
# words in title case right after "the" name a thing ("the threat from the “Loop Current”", "a
# solution for the “Dreamers”", "the “Romney-Ryan” plan"), unless a speech or label verb comes
# within MAX_NAMED_THE_CHARS before ("is calling the city's vaccine passport the “Key to NYC
# Pass”": the mayor's name for it)
# ... nor when the span reads as a clause, an auxiliary or a form of "be" after its first word (`his
# office said late on Tuesday night that the "Election Was Stolen From Us."`: a statement in title
# case, its verb beyond MAX_NAMED_THE_CHARS); a name of a thing is a noun phrase
_THE_ENDS = tuple(f"{the}{space}" for the in ("the", "The") for space in (" ", ""))
MAX_NAMED_THE_CHARS = 60
_CLAUSE_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "am", "will", "would", "has", "have", "had", "can", "could"}
    | {"should", "must", "does", "did", "isn't", "wasn't", "won't", "can't", "don't", "doesn't"}
)
# words in title case after a name and "for" (a credit, an award or a word's meaning: "George Clooney
# for “Michael Clayton”", "he won a Tony for “The Boy From Oz”", `Perdido -- Spanish for " Lost "`),
# "from" (`a rush transcript from " Hannity "`, "flops from ‘‘Miami Vice’’ to", "its outlook to
# “Negative” from “Stable”") or "the set of" (`on the set of "Dawson's Creek"`): a work's name or a
# label, not words someone said
_WORK_BEFORE = re.compile(r"(?:\b[A-Z][\w’'\-]*[^\S\n]+for|\bfrom|\bset[^\S\n]+of)[^\S\n]*$")
# what stands between two titles side by side in a list: a comma, "and", "or", "as well as" (at most
# MAX_LIST_BETWEEN_CHARS characters)
MAX_LIST_BETWEEN_CHARS = 14
_LIST_BETWEEN = re.compile(r"[,;]?[^\S\n]*(?:(?:and|or|as well as|&)[^\S\n]+)?")
_TITLE_SMALL_WORDS = frozenset(
    ["a", "an", "the", "of", "and", "or", "on", "in", "to", "for", "at", "by", "with", "but", "from", "as"]
) | {"&"}  # "Fox & Friends"


def _titles(text: str, spans: Sequence[_Span]) -> list[bool]:
    """Whether each span is a title or a nickname (_is_title), or one of two in title case side by
    side in a list (`as well as “Joker,” “Marriage Story,” and`): names, not words someone said."""
    found = [_title_words(text, span) for span in spans]
    titles = [
        f is not None
        and _is_title(text, span, f)
        or _seen_work(text, span)
        # (the four characters before the mark's space first: few quotes have a headline's)
        or text[span.outer_start - 5 : span.outer_start - 1] in _HEADLINE_ENDS
        and text.endswith(_HEADLINE_BEFORE, 0, span.outer_start)
        or f is None
        and _long_title(text, span)
        for span, f in zip(spans, found, strict=True)
    ]
    for i in range(len(spans) - 1):
        first, second = spans[i], spans[i + 1]
        if (
            second.outer_start - first.outer_end <= MAX_LIST_BETWEEN_CHARS
            and _LIST_BETWEEN.fullmatch(text, first.outer_end, second.outer_start)
            and _title_cased(text, first, found[i])
            and _title_cased(text, second, found[i + 1])
        ):
            titles[i] = titles[i + 1] = True
    return titles


def _long_title(text: str, span: _Span) -> bool:
    """Whether a span in title case longer than MAX_TITLE_WORDS, up to MAX_LONG_TITLE_WORDS, follows
    the word of its medium (`The actor was talking during the screening of " If God Is Willing And Da
    Creek Do n't Rise , " a fim by director Spike Lee`): a work's long title, no one's words."""
    if (
        _MEDIUM_RIGHT_BEFORE.search(
            text, max(0, span.outer_start - MAX_MEDIUM_RIGHT_BEFORE_CHARS), span.outer_start
        )
        is None
    ):
        return False
    words = text[span.start : span.end].rstrip(".,;:!? ").split(maxsplit=MAX_LONG_TITLE_WORDS)
    if not MAX_TITLE_WORDS < len(words) <= MAX_LONG_TITLE_WORDS or not words[0][:1].isupper():
        return False
    return _in_title_case(words)


def _seen_work(text: str, span: _Span) -> bool:
    """Whether the span is a work one goes to see at a place, in any case, of at most
    MAX_TITLE_WORDS words (_SEEN_BEFORE, _VENUE_AFTER)."""
    return (
        _VENUE_AFTER.match(text, span.outer_end) is not None
        and _SEEN_BEFORE.search(text, max(0, span.outer_start - 12), span.outer_start) is not None
        and len(text[span.start : span.end].split(maxsplit=MAX_TITLE_WORDS)) <= MAX_TITLE_WORDS
    )


def _title_words(text: str, span: _Span) -> tuple[list[str], bool] | None:
    """The words of a span short enough to be a title that opens with a capital or a number (a
    title may: the film “1917”), punctuation at its end left out, and whether they are in title
    case (each opens with a capital or a number or is a small word or a dash: "The Book of Mormon",
    "X - Men"); None for any other span."""
    # (a long quote is not split to its last word: one more than MAX_TITLE_WORDS tells)
    words = text[span.start : span.end].rstrip(".,;:!? ").split(maxsplit=MAX_TITLE_WORDS)
    if not 1 <= len(words) <= MAX_TITLE_WORDS or not words[0][:1].isalnum() or words[0][:1].islower():
        return None
    return words, _in_title_case(words)


def _in_title_case(words: list[str]) -> bool:
    """Each word opens with a capital or a number, or is a small word, a dash or a word's ending
    split off ("The Book of Mormon", "X - Men", "Ocean 's Eleven")."""
    return all(
        w[:1].isupper()
        or w[:1].isdigit()
        or w.lower() in _TITLE_SMALL_WORDS
        or w in _TITLE_DASHES
        or w in _CLITICS
        for w in words
    )


# a dash that tokenisation split off inside a title ("‘X - Men: First Class’"): no word to be in title case
_TITLE_DASHES = frozenset({"-", "–", "—", "--"})
# a word's ending that tokenisation split off ("Ocean 's Eleven", "Da Creek Do n't Rise"): part of the
# word before it, in title case when that word is
_CLITICS = frozenset({"'s", "’s", "n't", "n’t", "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'d", "’d"})


def _title_cased(text: str, span: _Span, found: tuple[list[str], bool] | None) -> bool:
    """A short span in title case (`found` is _title_words' for it) that is no exclamation (`calling
    them “Fake News” and “Presidential Harassment!”` are words someone said)."""
    return found is not None and found[1] and not text[span.start : span.end].rstrip().endswith("!")


def _is_title(text: str, span: _Span, found: tuple[list[str], bool]) -> bool:
    """A quoted span that names a show, a book or an ad ("Meet the Press", “Today” show) or is a
    nickname inside a name (William "Mo" Cowan): a name, not words someone said (1b). `found` is
    _title_words' for the span."""
    words, title_case = found
    if not title_case:
        # not in title case: a title only when "titled" brings it in (`is titled “If Indeed I am Ill,
        # Brother.”`; the 14 characters before the mark hold "entitled" and a colon)
        return _TITLED_BEFORE.search(text, max(0, span.outer_start - 14), span.outer_start) is not None
    # (the line break searched for in the 80 characters only: not back to the start of a long line)
    line_start = text.rfind("\n", max(0, span.outer_start - 80), span.outer_start) + 1
    before = text[max(line_start, span.outer_start - 80) : span.outer_start]
    after = text[span.outer_end : span.outer_end + 20]
    if len(words) == 1 and _GIVEN_NAME_END.search(before) and _SURNAME_START.match(after):
        return True  # a nickname between a given name and a surname
    # a list of places someone named is no title (`dealt with in "New York, Seattle, or
    # Minneapolis."`): asked last, of the few spans the tests before it find titles
    return bool(
        _TITLE_BEFORE.search(before)
        or _TITLE_AFTER.match(after)
        or (_MAKER_AFTER.match(after) is not None or _EVENT_AFTER.match(after) is not None)
        and _OWN_MARK.search(text, span.end - 1, span.outer_end) is None
        or len(words) > 1
        and _NAMED_LAST.fullmatch(words[-1].lower()) is not None
        and _OWN_MARK.search(text, span.end - 1, span.outer_end) is None
        and not (words[-1] == "March" and words[-2].lower() in _MONTH_BEFORE)
        or _INTERVIEW_BEFORE.search(before)
        or _INTERVIEW_AFTER.match(after)
        or _AWARD_AFTER.match(after)
        or _TOLD_BEFORE.search(before)
        or _ACRONYM_BEFORE.search(before)
        or _GROUP_OF_BEFORE.search(before)
        or _TITLE_APPOSITION.match(text, span.outer_end, span.outer_end + 40)
        or _AUTHOR_BEFORE.search(before)
        or _MEDIUM_BEFORE.search(before) is not None
        and "," in text[span.outer_end - 3 : span.outer_end + 2]
        or _WORK_BEFORE.search(before)
        or _named_before_noun(text, span, before, after)
        or before.endswith(_THE_ENDS)
        and _VERB.search(before, max(0, len(before) - MAX_NAMED_THE_CHARS)) is None
        and not any(w.lower().rstrip(".,;:!?") in _CLAUSE_AUXILIARIES for w in words[1:])
    ) and not (len(words) > 1 and _place_list(words))


# a name in title case that an article opens and a noun follows with no mark between (`The Abbey
# introduced a "Chick-for-Gay" sandwich`, `a " Shrek " drinking glass`, `gets a " F " grade`): the
# noun's modifier, a thing's name (_named_before_noun)
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)[^\S\n]*$")
_WORD_AFTER_NAME = re.compile(r"[^\S\n]+([a-z][a-z\-]+)\b")
# adverbs of time and place that no noun is (_STOPWORDS has "again", "too", "here", "there"): a quote
# ends before them (`called the spill a "Katrina of the Gulf" yesterday`, `a "Failure Of Leadership"
# everywhere he looked`), no modifier
_ADVERBS_AFTER = frozenset(
    {"yesterday", "today", "tonight", "tomorrow", "now"}
    | {"instead", "earlier", "later", "everywhere", "anyway"}
)


def _named_before_noun(text: str, span: _Span, before: str, after: str) -> bool:
    """Whether a span in title case stands between an article and a word in lower case that is no
    stop word or speech verb, no mark of its own at its end: a name that modifies the noun after
    it, not words someone said ("a “Mr. Grimsdale” wrote" is a writer's name)."""
    if not _ARTICLE_BEFORE.search(before) or _OWN_MARK.search(text, span.end - 1, span.outer_end):
        return False
    if not any(c.isupper() for c in text[span.start : span.end]):
        return False  # (no name: `there 's a " 1 in 3 " chance`, a figure someone gave)
    m = _WORD_AFTER_NAME.match(after)
    return (
        m is not None
        and m[1] not in _STOPWORDS
        and m[1] not in _ADVERBS_AFTER
        and _VERB.match(after, m.start(1)) is None
    )


def _place_list(words: list[str]) -> bool:
    """A title's words are a list of two places or more that the gazetteer knows, commas, "and" or
    "or" between ("New York, Seattle, or Minneapolis")."""
    parts = _LIST_PARTS.split(" ".join(words))
    return len(parts) > 1 and all(part.casefold() in _places() for part in parts)


# what stands between the places of a list (_place_list)
_LIST_PARTS = re.compile(r", (?:(?:and|or) )?| (?:and|or) ")


@dataclass(frozen=True, slots=True)
class _Span:
    """One quote: the quoted words' offsets (`start`, `end`) and the marks' (`outer_*`)."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    line: int  # index of the paragraph it opens in
    line_end: int  # index of the paragraph it closes in
    opens_line: bool  # the quote is the first thing in its paragraph
    # the furthest end (outer_end) of this quote and every one before it in the text's list: it
    # never falls along the list, so _blank finds by bisection the quotes that all end before a part
    # (set in texts of more than FEW_SPANS quotes; 0 in the others, which _blank goes through)
    reach: int = 0


_REACH = attrgetter("reach")
# _blank goes through the quotes of a text with at most this many from the first (speed only: for
# most texts that is cheaper than setting `reach` and bisecting)
FEW_SPANS = 16


# lines with no quote mark that a double quote left open may run over before the line that closes
# it (ECB+, one sentence a line: 223 of the 227 such quotes that close within 11 lines close within 3)
MAX_UNMARKED_LINES = 3


# ---------------------------------------------------------------------------------------------------
# 1. quote spans
# ---------------------------------------------------------------------------------------------------
_DETACHED_CLOSE = re.compile(r"(?:said|says|added|told|asked|explained|continued|wrote)\b")


def _mark_side(text: str, pos: int) -> str:
    """'open', 'close' or 'either' for the quote mark at `pos`, from its shape and its spaces."""
    ch = text[pos]
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    opens = (before.isspace() or before in _OPEN_BEFORE) and not after.isspace()
    closes = (after.isspace() or after in _CLOSE_AFTER) and not before.isspace()
    if ch in _OPENING:
        return "close" if closes and not opens and before.isalnum() else "open"
    if ch in _CLOSING:
        return "open" if opens and not closes else "close"
    if opens and not closes:
        # ECB+ detaches a closing mark from its quote and glues it to the verb: `progress, "said
        # Stefanski.`
        if ch == '"' and pos >= 2 and text[pos - 2] in ",.?!" and _DETACHED_CLOSE.match(text, pos + 1):
            return "close"
        return "open"
    if closes and not opens:
        return "close"
    if ch == '"' and before == " " and after == " ":
        return _tokenised_side(text, pos)
    return "either"


# A tokenised page (bpoil_*, copy-* pages: `" It seems clear , " said Plater .`) puts a space on
# each side of every straight double mark, so no mark tells its side and they pair in turn: one
# mark that the page lost (`" This is not just an environmental disaster , this is a legal
# disaster , Alabama Attorney General Troy King told reporters`) turns every quote after it in the
# paragraph, often the whole article, inside out (the narration quoted, the quotes not). A spaced
# mark closes where the tokens around it can only end a quote: a comma, a question or an
# exclamation mark before it (a quote's own end, newswire's `," he said`) and a speech verb within
# the few words after it that hold no punctuation (`, " said Plater`, `, " he told analysts`, `?
# " Mr Obama asked`), or a comma, a semicolon or a bracket right after it (`for miles " , said`): a
# quote opens with neither. A full stop before the mark tells nothing (`disaster . " It seems`
# opens), nor does a verb after a mark with no stop before it (`. " We said we would`). A spaced
# mark after a colon opens (`the former Cuban leader wrote : " Mexican authorities did not`): a
# quote that a colon brings in, whatever was left open before it (a newswire quote over paragraphs
# opens each paragraph with a mark and closes only the last, and a tokenised page that joins its
# paragraphs into one line leaves that mark over: `... this year . " I am not predicting`).
_TOKENISED_CLOSE = re.compile(r"[,;)]|(?:[\w'.\-]+ ){0,4}?" + _VERB.pattern)


def _tokenised_side(text: str, pos: int) -> str:
    """'close' for a straight double mark with a space on each side (a tokenised page's) that
    _TOKENISED_CLOSE finds closing, 'open' for one after a colon, else 'either'."""
    if text[pos - 2 : pos - 1] == ":":
        return "open"
    m = _TOKENISED_CLOSE.match(text, pos + 2)
    if m is None:
        return "either"
    return "close" if m.end() - pos == 3 or text[pos - 2 : pos - 1] in ",?!" else "either"


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, whitespace trimmed."""
    out = []
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _single_side(text: str, pos: int) -> str | None:
    """'open', 'close' or 'weak' for the single mark at `pos` (‘, ’ or '), None for an apostrophe
    (it’s, O'Brien, the ’90s, rock ’n’ roll). 'weak': a closing mark with a word after it, which may
    be an apostrophe ("the dogs’ home") or close a quote ("called it ‘a disgrace’ and")."""
    ch = text[pos]
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if ch != "’" and (before.isspace() or before in _SINGLE_OPEN_BEFORE) and after.isalnum():
        return None if _ELIDED_AFTER.match(text, pos + 1) else "open"
    if ch == "‘" or before.isspace() or not (after.isspace() or after in _SINGLE_CLOSE_AFTER):
        return None
    if before in "nN" and pos >= 2 and text[pos - 2] in "’‘'":  # rock ’n’ roll
        return None
    if _CONTRACTION_AFTER.match(text, pos + 1):
        return None
    return "weak" if before.isalnum() and _WORD_AFTER.match(text, pos + 1) else "close"


# one quote mark of a paragraph: (offset, end, family, side); family "double" (“ ” " « » „ and ‘‘ ’’),
# "curly" (‘ ’) or "straight" ('); side "open", "close", "either" (a straight double mark with no
# space to tell) or "weak" (see _single_side)
_Mark = tuple[int, int, str, str]


# a closing mark that a page's encoding made a question mark, after a full stop or a comma and
# before a space (`“poppycock, unless you count the dead vote.? In 2013, he wrote`): it closes a
# double quote its paragraph leaves open ("U.S.?" is a question)
_LOST_CLOSE = re.compile(r"(?<![A-Z])[.,]\?(?=\s)")


# a BBC pull quote, a quote the page repeats beside its text in a box, comes into a flattened page
# as `... its last words " End Quote Robert Peston BBC business editor Speculation also ...` (the
# box's `" Start Quote` before its first words is often lost with the box's markup): the straight
# mark before "End Quote" (or after "Start Quote") is the box's, not the article's, and pairing it
# with the article's own marks put every quote after it out of step (the narration quoted from
# "End Quote Robert Peston ..." on). The box's words are left unquoted: where they start is lost.
_PULL_QUOTE = re.compile(r"[^\S\n]?(?:End|Start)[^\S\n]Quote\b")


# feet, a foot's mark and inches right before a double mark (_line_marks): a height, whose mark is
# the inch's
_INCHES_BEFORE = re.compile(r"\d[’']\d{1,2}$")


def _line_marks(text: str, start: int, end: int, singles: bool = True) -> list[_Mark]:
    """The quote marks of a paragraph, apostrophes left out. With `singles` False (the text has no
    mark that may open a single quote) or none in the paragraph, no apostrophe is looked at."""
    if singles and (text.find("‘", start, end) >= 0 or _STRAIGHT_OPENING.search(text, start, end)):
        marks = _MARKS
    else:
        marks = _MARKS_BUT_SINGLE
    out: list[_Mark] = []
    for m in marks.finditer(text, start, end):
        pos, ch = m.start(), m[0]
        if out and out[-1][1] > pos:
            continue  # the second mark of ‘‘ or ’’
        if ch in "‘’" and text.startswith(ch, pos + 1):  # ‘‘ or ’’: a double mark
            out.append((pos, pos + 2, "double", "open" if ch == "‘" else "close"))
        elif ch in _DOUBLE:
            if (
                pos - start <= MAX_DATELINE_CHARS
                and ch == '"'
                and _DATELINE_DASH.fullmatch(text, start, pos + 2)
            ):
                continue  # "STOCKHOLM " Swedish Prime Minister ...": a dash that a page's encoding lost
            if ch == '"' and _PULL_QUOTE.match(text, pos + 1):
                continue  # a pull quote's furniture (_PULL_QUOTE)
            if (
                ch in '”"'
                and text[pos - 1 : pos].isdigit()
                and _INCHES_BEFORE.search(text, max(start, pos - 4), pos)
            ):
                continue  # a height's inch mark ("a 5’4” mass of dead energy", "A 5’7” dude"), no quote's
            out.append((pos, pos + 1, "double", _mark_side(text, pos)))
        elif (side := _single_side(text, pos)) is not None:
            out.append((pos, pos + 1, "straight" if ch == "'" else "curly", side))
    return out


def _line_opener(text: str, start: int) -> str | None:
    """The family of the mark that opens the paragraph at `start` ("double", "curly", "straight"),
    None when it opens with no opening mark."""
    ch = text[start : start + 1]
    if ch == "‘" and text.startswith("‘", start + 1) or ch and ch in _DOUBLE:
        return "double" if ch == "‘" or _mark_side(text, start) != "close" else None
    if ch in ("‘", "'") and _single_side(text, start) == "open":
        return "straight" if ch == "'" else "curly"
    return None


def _single_close(marks: list[_Mark], k: int) -> int | None:
    """The index of the mark that closes the single quote opened by marks[k]: the first closing mark
    of its family, or, before it and before the next opening mark, the first weak one ("the ‘experts’
    say it is ‘fine’": the weak mark closes; "‘The workers’ pay is too low,’ she said": it does not);
    None when the paragraph does not close it."""
    family = marks[k][2]
    weak = None
    for j in range(k + 1, len(marks)):
        _, _, its_family, side = marks[j]
        if its_family != family:
            continue
        if side == "close":
            return j
        if side == "open":
            break
        if weak is None:
            weak = j
    return weak


def _quote_spans(text: str, lines: list[tuple[int, int]]) -> list[_Span]:
    """The quotes of a text whose paragraphs are `lines` (_lines(text)). Double marks pair as they
    come; a single mark opens a quote only where the paragraph closes it, or where it is the
    paragraph's last mark and the next paragraph opens with a mark of its kind (a quote over
    paragraphs); marks of the other kind inside a quote are a quote within it."""
    spans: list[_Span] = []
    carried: _Span | None = None  # a quote left open at the end of the previous paragraph
    family = ""  # the kind of its marks
    # whether a single quote may open anywhere (most texts have none: each paragraph is not asked)
    singles = "‘" in text or _STRAIGHT_OPENING.search(text) is not None
    resume = -1  # a double quote left open goes on over lines with no mark up to this one
    for li, (ls, le) in enumerate(lines):
        if li < resume:
            continue
        if carried is not None and _line_opener(text, ls) != family and li != resume:
            if family == "double" and (close := _closing_line(text, lines, li)) is not None:
                resume = close
                if close > li:
                    continue
            else:
                spans.append(carried)  # not taken up by this paragraph: it ended with the last one
                carried = None
        prior, carried = carried, None  # the part of the quote this paragraph opens with
        marks = _line_marks(text, ls, le, singles)
        # an open double quote: its mark, where its words start, the part of it carried from before
        opened, words, first = -1, -1, None
        guessed = False  # the open quote's mark is a tokenised page's that may close as well
        # the index in `spans` of this paragraph's last quote that a tokenised page's spaced mark
        # closed, and that mark's offsets (a closing mark with no quote open turns it: see below)
        turned: tuple[int, int, int] | None = None
        if li == resume and prior is not None:  # the line that closes a quote over unmarked lines
            opened, words, first = ls, ls, prior
        k = 0
        while k < len(marks):
            pos, end, its_family, side = marks[k]
            k += 1
            head = prior if pos == ls else None
            if opened >= 0:
                if its_family != "double":
                    continue  # a single mark inside a double quote
                if side == "open":  # an opening mark inside an open quote: the first was never closed
                    # ... unless a colon brings in the new one and a tokenised page's spaced mark,
                    # which tells no side, opened the first (`who had . " I want to stress ...
                    # spreading . " The Health Protection Agency said : " We are`): that mark closed
                    # a quote (_tokenised_side) and no quote stands between it and the colon's
                    if not (guessed and first is None and text.startswith(': " ', pos - 2)):
                        spans.append(_left_open(text, opened, words, pos, li, ls, first)[0])
                    opened, words, first = pos, end, head
                    guessed = False
                else:
                    spans.append(_span(text, opened, words, end, end - pos, li, ls, first))
                    if guessed and first is None and side == "either" and text.startswith(" ", pos + 1):
                        turned = (len(spans) - 1, pos, end)
                    opened = -1
                continue
            if its_family == "double":
                if side == "close" and turned is not None and turned[0] == len(spans) - 1:
                    # a tokenised page's mark that can only close (_tokenised_side: `men , " Mr
                    # Benton said`) with no quote open: the spaced mark that closed the quote before
                    # opened this one (a mark the page lost put the pairing out of step: `found .
                    # " We saw a leak ... men , " Mr Benton said`); the words between the two
                    # spaced marks before it were narration, not a quote
                    spans[-1] = _span(text, turned[1], turned[2], end, end - pos, li, ls, None)
                    turned = None
                    continue
                if side != "close":
                    opened, words, first = pos, end, head
                    guessed = (
                        side == "either" and text.startswith(" ", pos + 1) and text.startswith(" ", pos - 1)
                    )
                continue
            if side != "open":
                continue
            j = _single_close(marks, k - 1)
            if j is not None:
                spans.append(_span(text, pos, end, marks[j][1], 1, li, ls, head))
                k = j + 1
            elif (
                li + 1 < len(lines)
                and _line_opener(text, lines[li + 1][0]) == its_family
                and all(m[2] != "double" and m[2] != its_family for m in marks[k:])
            ):  # a quote over paragraphs
                carried, family = _span(text, pos, end, le, 0, li, ls, head), its_family
                break
            elif head is not None:  # the last paragraph of a quote over paragraphs, never closed
                spans.append(_span(text, pos, end, le, 0, li, ls, head))
                break
        if opened >= 0:
            span, closed = _left_open(text, opened, words, le, li, ls, first)
            if closed:
                spans.append(span)
            else:
                carried, family = span, "double"
    if carried is not None:
        spans.append(carried)
    spans = [s for s in spans if _WORD.search(text, s.start, s.end)]
    if len(spans) > 1 and ' " ' in text:  # (a tokenised page's marks only)
        in_step = _turned_at_term(text, _turned_narration(text, spans))
        spans = [s for s in in_step if _WORD.search(text, s.start, s.end)]
    if len(spans) <= FEW_SPANS:
        return spans
    reach = 0
    for k, s in enumerate(spans):
        reach = max(reach, s.outer_end)
        spans[k] = _Span(s.start, s.end, s.outer_start, s.outer_end, s.line, s.line_end, s.opens_line, reach)
    return spans


# a reporter's sentence in a quote: one that opens with a name or a noun, no pronoun (a speaker says
# "He said ..." or "They said ..." of others: `They said they were very thorough on safety`), and
# reports someone's words in a clause (`Professor Ferguson said his findings confirmed`, `BP said the
# capping stack`, `Hayward told lawmakers BP was`): _turned_narration
_REPORTED = re.compile(
    r"(?:^|[.!?][^\S\n]+)(?!(?:He|She|They|I|We|You|It|That|This|There|And|But)\b)"
    r"(?:[A-Z][\w'’.\-]*[^\S\n]+){1,4}(?:said|says|told|noted|added|explained)[^\S\n]+(?!that[^\S\n]*,)[a-z]"
)
# a gap that is a bare cue, a name or a pronoun, a speech verb and at most two words before its stop
# (`" ... pay every legitimate claim . " Hayward said . " The President said we had to pay ... . " He
# added . " ...`): the quotes' attributions, the span between them a quote that reports another's
# words, no narration (_turned_narration)
_BARE_CUE = re.compile(
    r"[^\S\n]*(?:[A-Z][\w'’.\-]*[^\S\n]+){1,4}"
    + _VERB.pattern
    + r"(?:[^\S\n]+[a-z][\w'’-]*){0,2}[^\S\n]*[.]?[^\S\n]*$"
)
# where a quote's words start: a capital or a number (a new sentence), not a cue's comma or verb
_SENTENCE_START = re.compile(r"[^\S\n]*[A-Z0-9]")


def _turned_narration(text: str, spans: list[_Span]) -> list[_Span]:
    """A tokenised page's quotes turned back where its spaced marks paired out of step: a newswire
    quote over paragraphs opens each paragraph with a mark and closes only the last, and a page that
    joins them into one line pairs the marks in turn (`: " This virus ... population . " To put that
    into context , ... viruses . " His study suggests ... . Professor Ferguson said his findings
    confirmed that ... . " We really need to be prepared ... epidemic . " One of the key decisions
    ... "`): the narration between two quotes is read as a quote, the quotes beside it as none. A
    quote between spaced marks that holds a reporter's sentence (_REPORTED), with spaced marks on
    each side, is narration when the gaps beside it (up to a mark no quote took, at most) each
    open a sentence, end one and hold none: the gaps are the quotes (not a header that brings in a
    quote: `Good child care helps kids academically , reports Shirley Wang :`)."""
    out = [spans[0]]
    k = 1
    while k < len(spans) - 1:
        before, span, after = out[-1], spans[k], spans[k + 1]
        gaps = [(before.outer_end, span.outer_start), (span.outer_end, after.outer_start)]
        # (a mark between that no quote took ends the gap: `virus . " Today Cuba and Thailand`)
        gaps[1] = (gaps[1][0], text.find(' " ', *gaps[1]) + 1 or gaps[1][1])
        if (
            before.line_end == span.line == span.line_end == after.line
            and all(
                text[at - 1 : at + 2] == ' " '
                for at in (before.outer_end - 1, span.outer_start, span.outer_end - 1, after.outer_start)
            )
            and before.outer_end < span.outer_start
            and span.outer_end < after.outer_start
            and _REPORTED.search(text[span.start : span.end]) is not None
            and all(
                _SENTENCE_START.match(text, lo, hi) is not None
                and text[lo:hi].rstrip().endswith((".", "?", "!"))
                and '"' not in text[lo:hi]
                and _REPORTED.search(text[lo:hi]) is None
                and _BARE_CUE.match(text, lo, hi) is None
                for lo, hi in gaps
            )
        ):
            for lo, hi in gaps:
                out.append(_span(text, lo - 1, lo, hi + 1, 1, span.line, -1, None))
        else:
            out.append(span)
        k += 1
    out.extend(spans[k:])
    return out


# the words a quote does not end with right before its closing mark: an article, a preposition,
# "that", a form of "be" (`said she wanted the " strongest possible response "`: the mark opens the
# words after it): _turned_at_term
_OPEN_ENDS = frozenset(
    [
        "the",
        "a",
        "an",
        "that",
        "about",
        "of",
        "to",
        "as",
        "for",
        "with",
        "by",
        "from",
        "on",
        "in",
        "at",
        "his",
        "her",
        "its",
        "their",
        "was",
        "were",
        "is",
        "are",
        "be",
        "and",
        "or",
        "than",
        "into",
    ]
)
# a span this short that ends so is a fragment quoted inside a sentence (`said it has " plenty of "
# cash`, `was " just part of " a simulation`, `it was " unheard of " not to`), no narration: _opens_term
MIN_TURNED_WORDS = 6
# the words a turned mark opens, up to the next mark (a term or a clause), and the narration before it
# (a sentence or two: 130 characters in H1N1_guardian/636)
MAX_TURNED_CHARS = 300


def _opens_term(text: str, span: _Span) -> int | None:
    """Where the mark that closes `span` (a tokenised page's spaced mark) is closed in turn, when
    the span ends with a word no quote ends with (_OPEN_ENDS) and lower-case words follow its
    mark: the mark opens them, and the span is narration; None otherwise."""
    words = text[span.start : span.end].split()
    if (
        len(words) < MIN_TURNED_WORDS
        or span.end - span.start
        > MAX_TURNED_CHARS  # (a long statement with quotes inside it, its marks alike)
        or words[-1] not in _OPEN_ENDS
        or text[span.outer_end - 2 : span.outer_end + 1] != ' " '
        or not text[span.outer_end - 3 : span.outer_end - 2].isalpha()  # (`it is , " said`: a quote's comma)
        or _TOKENISED_CLOSE.match(text, span.outer_end + 1) is not None  # (`, " said Reddy`, `" he said`)
    ):
        return None
    if not text[span.outer_end + 1 : span.outer_end + 2].islower():
        return None
    return _next_mark(text, span)


def _next_mark(text: str, span: _Span) -> int | None:
    """The next spaced mark after a tokenised page's span closed by a spaced mark, in its paragraph
    and within MAX_TURNED_CHARS, when no cue comes before it (_CUE_INSIDE: `" this data , said Piers
    Chapman ... . "`: the page's mark misplaced before the quote's last words, no term)."""
    if text[span.outer_end - 2 : span.outer_end + 1] != ' " ':
        return None
    close = text.find(' " ', span.outer_end, span.outer_end + MAX_TURNED_CHARS) + 1
    if not close or "\n" in text[span.outer_end : close] or _CUE_INSIDE.search(text, span.outer_end, close):
        return None
    return close


# a comma and a speech verb a few words on: a cue, the end of a quote, not words in one (_next_mark)
_CUE_INSIDE = re.compile(r"[,?!][^\S\n]+(?:[\w'.\-]+[^\S\n]+){0,4}?" + _VERB.pattern)


def _turned_at_term(text: str, spans: list[_Span]) -> list[_Span]:
    """A tokenised page's narration read as a quote where a mark the page lost or added put its
    spaced marks out of step (`... its cause . " US Homeland Security Secretary Janet Napolitano said
    she wanted the " strongest possible response " from BP .`, `... black smoke " Transocean , which
    owned the Deepwater Horizon rig , said that " the procedures being conducted ... " . Halliburton
    also said it acted at the direction of BP and was " fully indemnified " by the oil giant`): a
    span that ends with a word no quote ends with, lower-case words after its mark (_opens_term), is
    narration; its closing mark opens the words after it, up to the next mark. A narration span
    whose opening mark that took (opening with a stop or in lower case) goes; the quote its own
    closing mark ends turns with it. The gap before the first, a sentence after a quote's stop with
    no mark (`procured . " Right now , treatment courses ... world . "`, the newswire's next
    paragraph of the quote), is that quote's."""
    out: list[_Span] = []
    taken = -1  # a mark a turned quote closed: the span it opens is narration
    for span in spans:
        if span.outer_start == taken:
            words = text[span.start : span.end].lstrip()
            if not (words[:1].islower() or words[:1] in ".,;:"):
                out.append(span)  # (a quote of its own, it seems: the turn stops)
                continue
            # narration from a taken mark on: its closing mark opens the words up to the next mark
            # (`... as " humbling " . He has already made a series of changes ... " Contrary to what
            # is sometimes said , BP is not widely seen over there as ...`)
            close = _next_mark(text, span)
            if close is not None:
                out.append(_span(text, span.outer_end - 1, span.outer_end, close + 1, 1, span.line, -1, None))
                taken = close
            continue
        close = _opens_term(text, span)
        if close is None:
            out.append(span)
            continue
        before = out[-1] if out else None
        if (
            before is not None
            and before.line_end == span.line
            and text[before.outer_end - 4 : before.outer_end + 1] in (' . " ', ' ? " ', ' ! " ')
            and text[span.outer_start - 1 : span.outer_start + 2] == ' " '
            and _SENTENCE_START.match(text, before.outer_end, span.outer_start) is not None
            and text[before.outer_end : span.outer_start].rstrip().endswith((".", "?", "!"))
            and '"' not in text[before.outer_end : span.outer_start]
            and "\n" not in text[before.outer_end : span.outer_start]
        ):
            out.append(
                _span(
                    text, before.outer_end - 1, before.outer_end, span.outer_start + 1, 1, span.line, -1, None
                )
            )
        elif _BROUGHT_IN.search(text, max(0, span.outer_start - 20), span.outer_start + 1) and (
            len(sentences := split_sentences(text[span.start : span.end])) > 1
        ):
            # a quote that a colon brings in, its closing mark lost, runs into the narration after
            # it (`Johnson noted : " I 'm pleased to share these significant supplies ... capital .
            # The mayor is " to ...`): the quote is cut at its first sentence's end
            out.append(
                _span(
                    text,
                    span.outer_start,
                    span.outer_start + 1,
                    span.start + sentences[0].end,
                    0,
                    span.line,
                    -1,
                    None,
                )
            )
        out.append(_span(text, span.outer_end - 1, span.outer_end, close + 1, 1, span.line, -1, None))
        taken = close
    return out


# a quote's opening mark after a colon or "said ," (_turned_at_term): a quote opens there
_BROUGHT_IN = re.compile(r"(?::|\b(?:said|says)[^\S\n]*,)[^\S\n]*\"$")


def _left_open(
    text: str, opened: int, words: int, end: int, line: int, line_start: int, first: _Span | None
) -> tuple[_Span, bool]:
    """A double quote opened at `opened` (its words from `words`) that no mark closes before `end`
    (the next opening mark or the paragraph's end): the span up to a closing mark that the page's
    encoding made a question mark (_LOST_CLOSE) and True, else the span up to `end` and False."""
    lost = _LOST_CLOSE.search(text, words, end)
    if lost is not None:
        return _span(text, opened, words, lost.end(), 1, line, line_start, first), True
    return _span(text, opened, words, end, 0, line, line_start, first), False


def _closing_line(text: str, lines: list[tuple[int, int]], li: int) -> int | None:
    """The line that closes a double quote left open before line `li`, where the lines between have
    no mark ("“No.\nI've done it.\nTrust me.\nI'm not just a party girl.”": ECB+ writes one
    sentence a line): the first line with a double mark, when that mark closes (or may, the line's
    only one) and it is at most MAX_UNMARKED_LINES after the quote's own; else None."""
    for j in range(li, min(li + MAX_UNMARKED_LINES + 1, len(lines))):
        marks = [m for m in _line_marks(text, *lines[j], singles=False) if m[2] == "double"]
        if marks:
            side = marks[0][3]
            return j if side == "close" or side == "either" and len(marks) % 2 else None
    return None


def _span(
    text: str,
    opened: int,
    inner_start: int,
    closed: int,
    mark: int,
    line: int,
    line_start: int,
    first: _Span | None,
) -> _Span:
    """The span between an opening mark at `opened` (its words from `inner_start`) and the end
    `closed`, after a closing mark of `mark` characters, or with `mark` 0 a paragraph end or the next
    opening mark (a double mark just before it is dropped); `first` is the part of the same quote
    carried from earlier paragraphs."""
    start, end = inner_start, closed - mark
    if not mark and end > start and text[end - 1] in _DOUBLE:
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if first is not None:
        return _Span(first.start, end, first.outer_start, closed, first.line, line, first.opens_line)
    return _Span(start, end, opened, closed, line, line, opened == line_start)


def _quote_text(text: str, span: _Span) -> str:
    """The quoted words, the paragraph breaks (and their opening marks) of a long quote made spaces."""
    quoted = text[span.start : span.end]
    # (a quote of one paragraph, most, has no break to look for)
    return (_PARAGRAPH_BREAK.sub(" ", quoted) if "\n" in quoted else quoted).strip()


def _sentence_at(starts: list[int], pos: int) -> int:
    """The index of the sentence holding `pos`: the last that starts at or before it (0 if none)."""
    return max(bisect_right(starts, pos) - 1, 0)


def _blank(text: str, start: int, end: int, spans: list[_Span]) -> str:
    """text[start:end] with every quote in it replaced by a hole. `spans` are in text order
    (_quote_spans): the first that starts at `end` or after ends the pass.

    In a text of more than FEW_SPANS quotes the pass starts at the first quote whose `reach` passes
    `start`: every quote before it ends at or before `start`, so (with start <= end, and each quote
    starting before it ends: _quote_spans keeps those with a word inside) none of them starts at
    `end` or after, and the pass would only have gone by them. It no longer goes over every quote
    before the part (20,000 quotes in one text took 15 s)."""
    parts, at = [], start
    for s in spans if len(spans) <= FEW_SPANS or start > end else _reaching(spans, start):
        if s.outer_start >= end:
            break
        if s.outer_end <= start:
            continue
        parts.append(text[at : max(s.outer_start, at)])
        parts.append(_QUOTE_HOLE)
        at = max(at, s.outer_end)
    parts.append(text[at:end])
    return "".join(parts)


def _reaching(spans: list[_Span], at: int) -> Iterator[_Span]:
    """The spans from the first whose `reach` passes `at` (_blank)."""
    for k in range(bisect_right(spans, at, key=_REACH), len(spans)):
        yield spans[k]
