"""Cross-checked claims for one event: what several outlets share, what one says, where they differ.

In:  the Articles of ONE event, and `duplicate_of` (a copy's id -> its original's id, from dedup).
Out: a list of Claims: conflicts first, then corroborated, then single-source statements.

How:
  1. statements: each article's text is cut into sentences (analyse.sentences); a long sentence is
     cut again at a semicolon or a contrastive clause (", while", ", but", ...); statements of fewer
     than MIN_WORDS words are left out;
  2. words: content words only (English function words out), lower-cased, possessives and demonyms
     folded ("China's", "Chinese" -> "china"), cut to a light stem ("divestment" ~ "divest");
  3. alignment: the event's statements are TF-IDF vectors (IDF learnt from the event's own
     statements, so "Blinken" in every sentence weighs little and "balloon" much); two statements
     of different articles align when their cosine >= ALIGN_COSINE and they share >= MIN_SHARED
     content words, unless both give figures and none of them agree ("rose 37,000 to 412,000" /
     "rose by 2,000 to 373,000": two weeks' reports; clock times and years are no figures); below
     SURE_COSINE they must also share MIN_PLAIN_SHARED content words outside names (the event's
     names alone, "Perry ... Mitt Romney", are its topic, not one fact); aligned
     pairs are joined strongest first into claims, at most one statement of an article per claim;
  4. status: a claim is corroborated when its articles come from >= 2 independent outlets: a copy
     (a key of duplicate_of) counts as its original, articles of one outlet count once, an article
     without an outlet is its own outlet; else it is single-source, kept only when it is informative
     (a name, number or date, and a verb of something happening) and ranked by how much it carries;
  5. conflicts: in a pair of related statements of different outlets, a name, number, date or place
     of one and a different one of the other fill the same slot when the content words right around
     them agree ("his Chinese counterpart Chen Gang" / "his Chinese counterpart, Qin Gang"); a person
     named two ways anywhere in the event after the same role word ("Gov. Rick Perry" / "Gov. Oscar
     Perry") is one too. Names conflict only when one word is plainly different, not a spelling
     variant or short form ("Stacy"/"Stacey", "Chuck"/"Charles"). Guards
     against false conflicts: the other article must not give the value anywhere (one article just
     naming more people, two numbers about two things both stated), one name inside the other is the
     same person ("Steele" / "Michael Steele"), a hedged or round number within ROUND_TOLERANCE of the
     other agrees ("about 5,000" / "5,120"), numbers in different units or currencies are not compared,
     nor clock times and years ("6:41pm" / "18:41", "1950s" / "'50s"), nor a count of two things
     with a count of one ("420 passengers and crew" / "246 passengers"), nor spans of time counted
     up to the writing in reports written apart ("after four / eight days of riots"); two statements
     whose figures all differ, or whose dates all differ, report two things or two days, so their
     other values are not cross-checked; two names of one place are one ("Persian / Arabian Gulf");
  6. the claim text is the clearest wording of a group: the statement most like the others, without
     a leading pronoun or quotation mark, of a readable length.

Claims are capped at MAX_CLAIMS per event (conflicts and corroborated ones first).
"""

from __future__ import annotations

import datetime as dt
import gc
import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache
from operator import itemgetter
from typing import NamedTuple

import numpy as np
from scipy import sparse

from newsprism.analyse import places
from newsprism.analyse.leadin import cut_off, is_prose, shown
from newsprism.analyse.sentences import split_sentences
from newsprism.analyse.stopwords import ENGLISH_STOPWORDS, word_set
from newsprism.extract.textdate import MONTHS as _MONTHS
from newsprism.memo import looked_up
from newsprism.records import Article, Claim, ClaimStatus

__all__ = ["corroborate", "place_names"]

# Tuned on the seed events (../shared/seeds) and read by hand on ../shared/data/clustering/{basil,
# allsides} events; re-tune with bench/claims.py.
MIN_WORDS = 6  # shorter lines are captions, bylines and fragments ("Photo: Reuters"), not statements
LONG_SENTENCE = 40  # words; longer sentences are cut at clause level (they carry several statements)
MIN_CLAUSE = 8  # words; a clause shorter than this stays with its sentence
ALIGN_COSINE = 0.28  # TF-IDF cosine of two statements saying the same thing in two outlets' words
# (seed pairs 0.29-0.8); two sentences of one event about different things sit mostly below 0.25
NAME_WEIGHT = 1.5  # a shared name says more than a shared word ("his counterpart Wang Yi"); at 2 the
# names in every sentence ("US", "China") start to align sentences about different things
MIN_SHARED = 3  # content words two aligned statements must share: one or two shared names is a topic
SURE_COSINE = 0.5  # two statements this alike say one thing; below, they must share MIN_PLAIN_SHARED
MIN_PLAIN_SHARED = 2  # content words outside names: the event's names alone are its topic, no fact
RELATED_COSINE = 0.15  # a conflict needs related statements; the slot context decides the rest
NAME_VARIANT = 0.6  # letter similarity above which two words are one name spelt two ways
# ("Stacy"/"Stacey" 0.91, "Qaddafi"/"Gadhafi" 0.71); "Chen"/"Qin" 0.29
SLOT_CONTEXT = 2  # content words around a value that must agree for two values to fill one slot
ROUND_TOLERANCE = 0.1  # "about 5,000" and "5,120" agree: hedged or round figures are within 10%
DENSE_CELLS = 40_000  # statements x statements x words: under this (320 kB of products), an event's
# similarities are summed as dense arrays, faster than scipy's sparse products and their checks
MAX_CLAIMS = 30  # per event: a reader scans about a page; events of dozens of articles would
# otherwise list hundreds of single-source sentences
# An event of more articles is cross-checked on this many of them, spread evenly over it (originals
# before copies, which add no outlet): every pair of statements is compared (a dense matrix of their
# cosines, and aligned groups read pair by pair), so 250 articles of one story took 600 MB and 3,000
# would take tens of GB. The dev events hold at most 22 articles (heap-10000), and MAX_CLAIMS
# claims are told from a hundred outlets as well as from thousands.
MAX_ARTICLES = 100
# Up to this many statements, a group's cosines are read one pair at a time (numpy's indexing costs
# more than the few pairs of a claim of a handful of outlets); above, all at once
SMALL_GROUP = 12
PLACE_MIN_POPULATION = 0  # two names of one slot that are both places conflict whenever they
# differ (no allowance for spelling variants, as two people's names have); every city the gazetteer
# holds counts, as since the first claims: GeoNames' cities of 15,000 and more and the smaller
# capitals it adds ("Vaduz", "Valletta")

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d[\d,.]*")
# _WORD on a text whose letters are ASCII (_NOT_TYPOGRAPHIC): the same matches, a cheaper class test
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:['’\-][A-Za-z]+)*|\d[\d,.]*")
# English function words and news filler: never content, never a slot's context
_STOPWORDS = ENGLISH_STOPWORDS | word_set(
    """dr say told according one two three re ve ll d m although though however still even already
    yet recently earlier later meanwhile likely reportedly since among amid including"""
)
# words before a name that say what the person is ("Foreign Minister Wang Yi"): left out of the name.
# British honours too: "Lord Coe" (bbc) is "Sebastian Coe" (foxnews), not another Coe ("lady" is not
# one: "Lady Gaga")
_TITLES_TEXT = """
    president vice secretary minister prime foreign deputy chairman chairwoman chair chief spokesman
    spokeswoman spokesperson senator sen rep representative gov governor mayor general gen admiral
    adm commander director ambassador leader king queen prince princess pope judge justice attorney
    officer sergeant sgt lieutenant lt colonel col captain capt mr mrs ms dr professor prof former
    acting envoy premier chancellor speaker whip ceo founder adviser advisor counselor sheriff
    detective inspector superintendent commissioner coach manager chairperson executive lawyer
    officials official
    lord sir dame baroness baron
"""
_TITLES = frozenset(_TITLES_TEXT.split())
# adjective -> country, so "Chinese" and "China's" are one word (the commonest in English news)
_DEMONYMS = {
    "american": "us",
    "america": "us",
    "u.s": "us",
    "united": "us",  # "United States": "states" is then a stop-ish word shared by both
    "chinese": "china",
    "russian": "russia",
    "ukrainian": "ukraine",
    "british": "britain",
    "uk": "britain",
    "french": "france",
    "german": "germany",
    "japanese": "japan",
    "korean": "korea",
    "indian": "india",
    "iranian": "iran",
    "iraqi": "iraq",
    "israeli": "israel",
    "palestinian": "palestine",
    "syrian": "syria",
    "afghan": "afghanistan",
    "pakistani": "pakistan",
    "mexican": "mexico",
    "canadian": "canada",
    "european": "europe",
    "taiwanese": "taiwan",
    "turkish": "turkey",
    "egyptian": "egypt",
    "saudi": "saudi",
}
_SUFFIXES = ("ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly")
STEM_LENGTH = 6  # stems cut to 6 letters: "postponed" ~ "postpone", "divestment" ~ "divest"


# words two outlets use for one thing (one set per line, the first word stands for all): the
# commonest paraphrases of English news reports, so "postponed the trip" meets "canceled the visit"
_SYNONYM_TEXT = """
    visit trip tour
    cancel postpone delay scrap
    spy surveillance espionage
    weapon arms armament munitions
    law bill legislation measure act
    kill slay
    dead death die fatality
    attack assault strike raid
    aid assistance help support
    war conflict fight combat
    approve pass adopt
    ban prohibit outlaw
    talk negotiation discussion
    meet meeting
    arrest detain
    lawmaker congressman congresswoman
    election vote ballot
    leader head
    company firm
    soldier troop
    injure wound hurt
    president presidency
"""


def _light_stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'")
    if w in _DEMONYMS:
        return _DEMONYMS[w]
    for suffix in _SUFFIXES:
        if len(w) - len(suffix) >= 3 and w.endswith(suffix):
            if suffix == "s" and w[-2] in "su":
                break  # "pass", "status": no plural
            w = w[: -len(suffix)]
            break
    if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # "bann(ing)" -> "ban"
    return w[:STEM_LENGTH]


_SYNONYMS = {
    _light_stem(word): _light_stem(line.split()[0])
    for line in _SYNONYM_TEXT.strip().splitlines()
    for word in line.split()
}


@lru_cache(maxsize=1 << 16)  # a news vocabulary; every statement stems the same words again
def _stem(word: str) -> str:
    stem = _light_stem(word)
    return _SYNONYMS.get(stem, stem)


def _word(token: str) -> tuple[str | None, str | None]:
    """A token's stem as a content word and as a slot's context; None where it is neither (a
    number, a function word; titles are context but not content)."""
    # titles are no content: "US Secretary of State Antony Blinken" in every other sentence would
    # make them all alike
    w = token.lower().replace("’", "'").removesuffix("'s")
    if w[0].isdigit() or w in _STOPWORDS:
        return None, None
    return (None if w in _TITLES else _stem(w)), _stem(token)


# what a statement needs of each of its words, read once per word: its stems as content and context
# (_word), whether it starts with a digit and whether it holds a number word (_cores), and whether it
# is a slot's context (1) or not (0)
_Token = tuple[str | None, str | None, bool, bool, int]
# a statement's words (_WORD): where each starts, the word, and what it is (_Token)
_Words = tuple[list[int], list[str], list[_Token]]
_TOKENS: dict[str, _Token] = {}  # a news vocabulary: every statement reads the same words again
_MAX_TOKENS = 1 << 17  # words kept; the dict starts again when full (a long run's rare words)


def _token(token: str) -> _Token:
    content, context = _word(token)
    return content, context, token[0].isdigit(), _holds_number_word(token), int(context is not None)


def _words(text: str) -> _Words:
    ascii_letters = text.isascii() or not _NOT_TYPOGRAPHIC.search(text)
    matches = list((_ASCII_WORD if ascii_letters else _WORD).finditer(text))
    tokens = list(map(re.Match.group, matches))
    read = looked_up(_TOKENS, _token, _MAX_TOKENS, tokens)
    return list(map(re.Match.start, matches)), tokens, read


# --- values: the names, numbers, dates and places a statement gives ----------------------------------

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DATE = re.compile(
    r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
    r"(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
    r"|\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|(?<![\w$.,-])(?P<lone_year>(?:19|20)\d\d)(?![\w%-]|,\d|\.\d)"
)
# a month alone needs a word that makes it a date: "in March", never "March on Washington", "May I"
_MONTH_CUE = re.compile(
    r"\b(?:in|since|until|till|by|from|last|next|early|late|mid|of|this|before|after)\s+$", re.I
)

_NUMBER_WORD_TEXT = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"
_NUMBER_WORDS = {w: i for i, w in enumerate(_NUMBER_WORD_TEXT.split())} | {
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
}
_MULTIPLIERS = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "mm": 1e6,  # "$160MM": sports and business writing
    "m": 1e6,
    "k": 1e3,
}
# A decimal's point may stand before a space: ECB+'s tokenised texts write "magnitude 5. 9" and "a
# deficit of 13. 6 percent". The sentence splitter cuts no sentence between a number and a number
# (analyse/sentences.py rule 3e: all 69 such cuts in the dev texts fell inside a number or a date;
# all 32 "N. M" in the ECB+ dev texts are decimals), so a statement holding digits, ". " and digits
# holds one number: read as two, "3. 8" gave 3 or 8 against another report's 5.6.
# Tokenised pages (T17's, in the heap) also put the space before the point or the thousands comma:
# "gallons/6 .36 million liters", "210,000 gallons/795 ,000 liters". Digits, " ." and digits, or
# digits, " ," and three digits, are one number there: prose writes a sentence's point or a clause's
# comma with a space after it (tokenised text with spaces on both sides), so a point or a comma with
# a space before it and a digit right after it is no stop and no list. heap-10000's texts hold 44
# " .N" and 72 " ,N" after digits, all inside numbers: the 41 and 16 read here (digits a number may
# start with; three digits after the comma) are decimals and thousands, the rest a range's high end
# ("12,000-19 ,000", not read, as "12,000-19,000") or a decimal comma ("11 ,7 million", not read).
# The dev texts' prose holds them only in timelines/t17 (53 and 30 read, all numbers; its one list,
# "H1 ,2,3", is not read: no three digits). Read as two, "6 .36 million liters" was 6 against
# another report's 4 ("4 .45 million") or 3
# A comma before one or two digits and a multiplier is a decimal comma ("11 ,7 million liters",
# "# 13,5 bn" in the heap's tokenised Reuters pages): a thousands group has three digits, and a
# list's comma or a clause's has a space after it, so "N,M million" with M of one or two digits is
# N.M million (read as 11, "11 ,7 million liters" was one more bare count)
_NUMBER = re.compile(
    r"(?P<hedge>\b(?:about|around|nearly|almost|approximately|roughly|some|over|more than|less than|"
    r"fewer than|at least|up to|an estimated|estimated|close to|upwards of|under|at most|above|below)\s+)?"
    r"(?P<currency>[$€£¥])?\s?"
    r"(?:(?<![\w.,-])(?P<digits>\d{1,3}(?: ?,\d{3})(?:,\d{3})*|\d+)(?P<decimals>\. ?\d+| \.\d+| ?,\d{1,2}(?=\s?(?:million|billion|trillion|bn)\b))?"
    r"(?P<ordinal>st|nd|rd|th)?"
    r"|\b(?P<word>" + "|".join(_NUMBER_WORDS) + r")\b)(?![\w.]*\d)"
    r"(?:[\s-]?(?P<mult>thousand|million|billion|trillion|bn|mm|m|k)\b)?"
    r"(?:\s?(?P<percent>%|percent\b|per cent\b))?"
    r"(?:-(?P<suffix>[a-z]+))?",
    re.I,
)
# measure words, one unit a line: its spellings and short forms ("pounds" / "lbs", "kilometres" / "km")
# name one unit, the first word's (6,811 "pounds per square inch" and about 6,800 "lbs per square inch"
# are one reading)
_MEASURE_TEXT = """
    mile
    kilometer kilometre km
    meter metre
    foot feet ft
    inch
    yard
    pound lb
    kilogram kg
    gram
    ton
    tonne
    acre
    hectare
    degree
    celsius
    fahrenheit
    gallon
    liter litre
    barrel
    hour
    minute
    second
    day
    week
    month
    year
    mph
"""
# a measure word's singular and plural: _stem cuts "miles" to "mil", "minutes" to "minut", "degrees"
# to "degre", "acres" to "acr" (its suffix "es"), which "mile" never is: both forms' stems name the
# unit, so "1 mile" and "2 miles" are compared (and "minus 17 degrees", see _MINUS). "tonnes" is cut
# to "ton", a unit of its own: the unit listed first keeps its stem
_MEASURES: dict[str, str] = {}
for _line in _MEASURE_TEXT.strip().splitlines():
    for _w in _line.split():
        for _form in (_w, _w + "s"):
            _MEASURES.setdefault(_stem(_form), _stem(_line.split()[0]))
# what a hedge says about the figure it hedges: a bound or an approximation
_HEDGES = {
    # "above" and "below" a figure bound it as "over" and "under" do ("winds above 39 mph" / "winds above
    # 40 mph": two lower bounds, no dispute)
    **dict.fromkeys(["more than", "over", "at least", "upwards of", "above"], "at least"),
    **dict.fromkeys(
        ["less than", "fewer than", "under", "up to", "nearly", "almost", "at most", "below"], "at most"
    ),
    **dict.fromkeys(
        ["about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "close to"],
        "about",
    ),
}
_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*")
_PRONOUN_START = re.compile(r"^(?:[“\"‘']|(?:He|She|It|They|We|I|You|This|That|These|Those|His|Her|Their)\b)")


class _Value(NamedTuple):
    """One filler of a slot: `kind` is name, number or date (places are names found in a gazetteer).
    A named tuple: built ~77,000 times a pass over the 10k heap's events, it costs a third of a frozen
    dataclass; values are never compared or hashed."""

    kind: str
    text: str  # as written
    key: tuple[str, ...]  # name: lower-cased words; date: (month, day, year) "" when not given
    number: float = 0.0
    unit: str = ""  # currency, "%", ordinal, "-day": numbers in different units are never compared
    hedge: str = ""  # "at least", "at most" or "about" when the figure is hedged ("more than 1,000"),
    # "range" for a range ("$140-150 million": `number` is its low end, `upper` its high end)
    before: tuple[str, ...] = ()  # content words right before and after the value in its statement
    after: tuple[str, ...] = ()
    upper: float = 0.0
    running: bool = False  # a span of time a happening has lasted so far ("after eight days of riots")


# Every _DATE match holds a month's first three letters, "day" (a weekday) or a year's "19" or "20":
# a text with none of them (most statements) is passed over by this cheaper test.
_DATE_CUE = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day|19|20")


# No cue is a prefix of another's suffix, so _DATE_CUE.finditer finds every one; a match starts at
# its cue (a month, a year) or at most _DATE_CUE_OFFSET before it (the "day" of "Wednesday").
_DATE_CUE_OFFSET = max(map(len, _WEEKDAYS)) - len("day")


def _date_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of _DATE.finditer(text), the search started near each cue (_DATE_CUE) instead of
    tried at every position: no match starts before the first cue at or after the end of the last
    match less _DATE_CUE_OFFSET (most statements have none)."""
    end = 0
    for cue in _DATE_CUE.finditer(text):
        if cue.start() < end:
            continue
        m = _DATE.search(text, max(end, cue.start() - _DATE_CUE_OFFSET))
        if m is None:
            return
        yield m
        end = m.end()


def _dates(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for m in _date_matches(text):
        if m["weekday"]:
            key: tuple[str, ...] = ("weekday", m["weekday"].lower(), "")
        elif m["lone_year"]:
            key = ("", "", m["lone_year"])
        else:
            if not (m["day"] or m["year"] or _MONTH_CUE.search(text[: m.start()])):
                continue
            key = (str(_MONTHS[m["month"].lower()]), m["day"] or "", m["year"] or "")
        found.append((m.start(), m.end(), key))
    return found


# Every _NUMBER match holds a digit or a number word (its core), at most _CORE_OFFSET characters
# after its start: the optional hedge ("approximately"), one space, a currency sign and a space. Its
# optional parts let it start almost anywhere, so trying every position of a text is slow; the search
# starts just before each core instead (a text without one, most statements, is passed over).
_CORE_OFFSET = max(map(len, _HEDGES)) + 3
_HEDGE_ENDS = tuple(sorted({hedge.split()[-1] for hedge in _HEDGES}))  # a hedge's last word
_WORD_RUN = re.compile(r"\w+")
_NUMBER_WORD_SET = frozenset(_NUMBER_WORDS)
_NUMBER_CORE = re.compile(r"\d|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.I)  # as in _NUMBER
_SPACE_RUN = re.compile(r"\s\s")
_JOINER = re.compile(r"['’\-]")  # inside a word of _WORD ("twenty-one", "don't")
# a character other than ASCII and the typographic marks of news text: curly quotes, dashes, the
# ellipsis and the no-break space are no word characters and lower-case to themselves, so a text
# without any other is read as an ASCII one (the slow number search is for the rest)
_NOT_TYPOGRAPHIC = re.compile(r"[^\x00-\x7f’‘“”—–…\xa0]")


def _holds_number_word(word: str) -> bool:
    return not _NUMBER_WORD_SET.isdisjoint(_JOINER.split(word.lower()))


def _cores(text: str, words: _Words) -> list[int]:
    """Where a _NUMBER match's digits or number word may start, in order, given the text's words:
    every digit run that may begin a match, every number word."""
    if not text.isascii() and _NOT_TYPOGRAPHIC.search(text):
        return [m.start() for m in _NUMBER_CORE.finditer(text)]
    # a match's digits follow no word character, dot, comma or hyphen: the start of a word of _WORD
    starts, _, read = words
    cores = list(itertools.compress(starts, map(itemgetter(2), read)))
    # a number word is a word of _WORD or a part of one between hyphens and apostrophes; ASCII
    # letters: lower-casing is exactly _NUMBER's case-blind matching, and keeps every position
    if any(map(itemgetter(3), read)):
        cores += [m.start() for m in _WORD_RUN.finditer(text.lower()) if m.group() in _NUMBER_WORD_SET]
        cores.sort()
    return cores


def _number_matches(text: str, cores: list[int]) -> Iterator[re.Match[str]]:
    """The matches of _NUMBER.finditer(text), given the positions where a match's digits or number
    word may start (_cores): no match starts before the first core at or after the end of the last
    match less _CORE_OFFSET, so the search starts there."""
    if _SPACE_RUN.search(text):  # a hedge's space may be longer than one character
        yield from _NUMBER.finditer(text)
        return
    end = 0
    for core in cores:
        if core < end:
            continue
        start = max(end, core - _CORE_OFFSET)
        if start < core - 2:
            # without a hedge a match starts at most a currency sign and a space before its core;
            # a hedge ends in one of _HEDGE_ENDS right before them (ASCII: lower() is _NUMBER's
            # case-blind matching), so when the text before the core does not, the search starts
            # there (each position tried costs _NUMBER's alternatives)
            window = text[start:core]
            if window.isascii() and not window.rstrip().rstrip("$").rstrip().lower().endswith(_HEDGE_ENDS):
                start = core - 2
        m = _NUMBER.search(text, start)
        if m is None:
            return
        yield m
        end = m.end()


# the word after a figure: "5 miles", or glued to it: "110km", "10,000ft", "50mph" (British and
# agency style; read as a bare count, "about 30 miles ( 50km )" made the article state "about 50" of
# anything, and "Seventy vessels" no longer conflicted with another report's "49 vessels")
_MEASURE_WORD = re.compile(r"\s*([a-z]+)")
# a bare count after "minus" is a temperature below zero: the one quantity news writes as "minus N"
# without its unit ("Outside temperatures were minus 20" beside "temperatures of minus 17 degrees"),
# so it takes the unit "degree"; a sum's "minus" is arithmetic, rare in reports
_MINUS = re.compile(r"(?:^|\W)minus\s$", re.I)
# "3.8 degrees on the Richter scale" (Iranian and Chinese agencies' English) is a magnitude, the
# same figure as "a quake measuring 3.8 on the Richter scale": no unit
_RICHTER = re.compile(r"\s+on\s+the\s+richter\b", re.I)
# a figure in brackets right after another figure with its unit is that amount converted ("more
# than 110km ( 70 miles )", "up to 40,000 barrels ( 1.68 million gallons"): it takes its hedge; so
# does a figure right after another figure's unit word and a slash, the same amount in another unit
# ("up to 40,000 barrels ( 1.68 million gallons/6 .36 million liters )", Reuters' style in the heap)
_CONVERSION = re.compile(r"\s*[a-z]*\s*\(\s*|\s*[a-z]+\s?/\s?", re.I)
# a figure right before "-N" is the first of a pair: a record ("2-8", wins and losses), a score, a
# vote, a range of counts ("15-20 people"); its second figure is not read (a number right after "-"
# is no match), so it is compared only with another pair's first figure, never with a lone count
# ("2-8 in their last ten" / "losing eight of their last 10": 2 wins, 8 losses)
_PAIR_END = re.compile(r"\s?[-–]\s?\d")
# a bare count before a model's name counts that model, a part of its kind: "seven AK-47 assault
# rifles" (and two other rifles) against "nine assault rifles" are two counts, compared only with
# another count of a model ("12 AK 47 guns"). Only a bare count: "$300 billion COVID-19 stimulus
# bill" is an amount, the name after it no model. Not "two other rifles" (the rest): tried, it let
# statements with "three other states" align with unrelated figures (heap-10000)
_MODEL_COUNT = re.compile(r"\s+[A-Z]{1,5}\s?-?\s?\d+")
# a figure before "of" and another figure counts a part of that whole ("eight of their last 10 games",
# "two of the 12 victims", "28 of his 68 punches"): it is compared only with another such part, never
# with a count of the whole or of another part ("dropped their last three")
_PART_OF = re.compile(
    r"\s+of\s+(?:(?:the|their|his|her|its|our|your|last|first|next|past|final)\s+){0,2}"
    r"(?:\d|(?:" + "|".join(_NUMBER_WORDS) + r")\b)",
    re.I,
)
# the high end of a range of money or of large amounts right after its low end: "$140-150 million",
# "$140- $150 million", "3–4 million" (a score "4-3" has no currency and no multiplier: no range)
_RANGE_END = re.compile(
    r"\s?[-–]\s?(?P<currency>[$€£¥])?(?P<digits>\d{1,3}(?: ?,\d{3})(?:,\d{3})*|\d+)(?P<decimals>\.\d+| \.\d+)?(?![\w.]*\d)"
    r"(?:[\s-]?(?P<mult>thousand|million|billion|trillion|bn|mm|m|k)\b)?",
    re.I,
)


_Figure = tuple[int, int, str, float, str, str, float, bool]


def _figure_value(digits: str, decimals: str | None = None) -> float:
    """The value of a figure's digits and decimals as _NUMBER reads them, thousands commas and a
    tokenised text's spaces ("795 ,000", "6 .36", "3. 8") left out, a decimal comma read as a point
    ("11 ,7 million")."""
    return float((digits.replace(",", "") + (decimals or "").replace(",", ".")).replace(" ", ""))


def _numbers(text: str, taken: list[tuple[int, int]], words: _Words) -> list[_Figure]:
    """The figures of a statement outside the `taken` spans: start, end, text, value, unit, hedge,
    a range's high end (0 when it is no range) and whether it is a running span (_Value.running)."""
    found: list[_Figure] = []
    cores = _cores(text, words)
    if not cores:  # no digit, no number word: no match (most statements)
        return found
    range_end = 0
    inside = _inside(taken)
    for m in _number_matches(text, cores):
        start = (
            m.start("currency") if m["currency"] else m.start("digits") if m["digits"] else m.start("word")
        )
        if start < range_end or inside(start):
            continue  # the high end of a range read with its low end, or part of a date
        if m["word"]:
            if m["word"].lower() == "one" and not (m["mult"] or m["percent"] or m["suffix"]):
                continue  # "one of the", "no one": hardly ever a count
            value = float(_NUMBER_WORDS[m["word"].lower()])
        else:
            value = _figure_value(m["digits"], m["decimals"])
        mult = (m["mult"] or "").lower()
        if mult in ("mm", "m", "k") and not m["currency"]:
            mult = ""  # "5 m" is metres, "5 mm" millimetres, "5k" a run: only "$5m" is money
        hedge, end, upper = _HEDGES.get((m["hedge"] or "").strip().lower(), ""), m.end(), 0.0
        high = _range_end(m, mult, text)
        if high and value * _MULTIPLIERS.get(high[1], 1.0) < high[0]:  # "$20-10 million" is no range
            upper, end, hedge = high[0], high[2], "range"
            mult = high[1]  # "$140-150 million": the low end takes the high end's multiplier
            range_end = end
        elif text.startswith(_RANGE_JOINTS, m.end()) and (count_high := _count_range(m, value, text)):
            upper, end, hedge = *count_high, "range"  # "four to six months", "between four and seven days"
            range_end = end
        value *= _MULTIPLIERS.get(mult, 1.0)
        unit = (m["currency"] or "") + ("%" if m["percent"] else "") + ((m["ordinal"] or "") and "th")
        unit += "-" + _stem(m["suffix"]) if m["suffix"] else ""
        if hedge != "range" and _PAIR_END.match(text, end):
            unit += " pair"  # "just 2-8 in their last ten", "a 52-48 vote": one of two figures
        elif _PART_OF.match(text, end):
            unit += " of"  # "eight of their last 10 games": a part of a whole the text counts
        elif not unit and not mult and _MODEL_COUNT.match(text, end):
            unit += " model"  # "seven AK-47 assault rifles": a part of "nine assault rifles"
        measure = _MEASURE_WORD.match(text, end)
        running = False
        if (
            measure
            and (stem := _stem(measure.group(1))) in _MEASURES
            and not (_MEASURES[stem] == "degree" and _RICHTER.match(text, measure.end()))
        ):
            unit += " " + _MEASURES[stem]  # "5 miles" and "8 kilometers" are not compared
            if measure.group(1) in _SPAN_WORDS:
                unit += _anchor(text, m.start("hedge") if m["hedge"] else start, measure.end())
                running = _OF_HAPPENING.match(text, measure.end()) is not None
        elif not unit and not mult and _MINUS.search(text[max(0, start - len("minus ") - 1) : start]):
            unit += " degree"  # "temperatures were minus 20": as "minus 17 degrees" (see _MINUS)
        elif (
            not unit
            and not mult
            and text.find(" and ", end, end + COUNT_AND_REACH) >= 0
            and _counts_two(text, end)
        ):
            unit += " and"  # "420 passengers and crew": compared only with another count of two
        if not hedge and found and found[-1][5] and _CONVERSION.fullmatch(text, found[-1][1], start):
            hedge = found[-1][5]  # "more than 110km ( 70 miles )": more than 70 miles too
        found.append((start, end, text[start:end].strip(), value, unit.lower(), hedge, upper, running))
    if any(f[4] == " model" for f in found) and not any(f[4] == "" for f in found):
        # a model's count is a part of its kind beside another bare count ("seven AK-47 assault
        # rifles, two other rifles"); alone it counts the whole ("12 COVID-19 deaths")
        found = [(*f[:4], "", *f[5:]) if f[4] == " model" else f for f in found]
    return found


# a span of time is either a duration ("for four weeks", "five days of rioting") or an offset from a
# moment: the writing ("eight days ago", "in about 30 days") or a named one ("nine days before
# Obama's inauguration", "gave up two hours later"). Each report picks its own moment, so an offset
# is compared only with an offset of the same kind (its anchor word is part of its unit)
#
# A span counted up to the writing changes with the day it is written: "eight days ago", "another
# 48 hours", "the past 24 hours", and the running length of a happening, "after eight days of
# rioting" ("four days of the worst riots" a day earlier). Two such counts are compared only when
# the reports were written less than one of the span's units apart (_written_apart). "58 days into
# his presidency" counts from a named moment: compared only with another "into".
_SPAN_TEXT = "minute minutes hour hours day days week weeks month months year years"
_SPAN_WORDS = frozenset(_SPAN_TEXT.split())
_AFTER_ANCHOR = re.compile(r"\s+(ago|before|after|later|earlier|since|into)\b", re.I)
_BEFORE_ANCHOR = re.compile(r"\b(in|within|another|past|last)\s+(?:the\s+)?$", re.I)
_OF_HAPPENING = re.compile(r"\s+of\s+(?![\d$€£¥])", re.I)  # "eight days of the worst riots"
ANCHOR_WINDOW = 16  # characters before a span's figure read for its anchor word: "another ", "within the "
# the anchors counted from the writing (or from the moment a speaker says "another 48 hours"); a
# window ahead ("in / within 30 days") is the one a decision or a plan set, which every report
# repeats as announced
_WRITING_ANCHORS = frozenset(["ago", "since", "another", "past", "last"])
# each span word's length in days (stems, as in a number's unit)
_SPAN_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}
# the days between two reports of one event when either date is unknown: a few days, the time
# most reports of one happening are written in (so a count of days or hours from the writing is
# not compared, one of weeks or longer is)
UNKNOWN_GAP_DAYS = 3


def _anchor(text: str, start: int, end: int) -> str:
    """The anchor word of the span of time written at text[start:end] (its hedge, figure and
    measure word) when it is an offset from a moment or a running length: " ago", " before", ...
    (the word after it), " in" ("in / within N days"), " another", " next", ... (the word before
    it); "" for a duration ("for four weeks", "after eight days of riots": _Value.running)."""
    after = _AFTER_ANCHOR.match(text, end)
    if after:
        return " " + after.group(1).lower()
    before = _BEFORE_ANCHOR.search(text, max(0, start - ANCHOR_WINDOW), start)
    if before:
        word = before.group(1).lower()
        return " in" if word == "within" else " " + word
    return ""


def _written_apart(a: _Value, b: _Value, day_a: int | None, day_b: int | None) -> bool:
    """Whether two spans of time of one unit (a's is b's), one of them counted up to the writing or
    a running length, were written far enough apart for their counts to differ: a unit or more
    (UNKNOWN_GAP_DAYS where a date is unknown)."""
    words = a.unit.split()
    if words and words[-1] in _WRITING_ANCHORS:
        words.pop()
    elif not (a.running or b.running):
        return False
    if not words or words[-1] not in _SPAN_DAYS:
        return False
    gap = UNKNOWN_GAP_DAYS if day_a is None or day_b is None else abs(day_a - day_b)
    return gap >= _SPAN_DAYS[words[-1]]


# a running tally is a count up to the moment of writing: "has taken the confirmed UK total to 28",
# "has now spread to 76 countries", "So far, Deepwater Horizon has spilled 21 million to 45 million
# gallons", "As of Nov. 18, the fund made payments to 86,728 individuals", a death toll. It grows
# from one day to the next, so a tally and a count of one slot written on other days report two
# moments ("total to 28" on May 5, "total to 34" on May 7), not a dispute: the counts of spans
# from the writing (_written_apart) in general. Counts of one day, or of a day unknown (no sign
# they were written apart), are still compared
# "total" as a count's noun ("the UK total to 34", "a total of"), not an adjective ("1 percent of
# total oil and gas output")
_TALLY = re.compile(
    r"\b(?:so far|thus far|to date|total (?:of|to|at|is|was|now|stands|rose|reached)|tally|toll|now|as of|"
    r"since it began)\b",
    re.I,
)


def _tallied_apart(a: _Statement, b: _Statement) -> bool:
    """Whether two statements' counts are running tallies of two days: either statement marks its
    count as one (_TALLY) and both were published, on days apart."""
    return (
        a.day is not None
        and b.day is not None
        and a.day != b.day
        and (_TALLY.search(a.text) is not None or _TALLY.search(b.text) is not None)
    )


# a count before two nouns joined by "and" may count both or only the first ("420 passengers and
# crew" / "246 passengers and most of its crew"): it is compared only with another such count. The
# second noun is bare (no article, no figure: "two people and a dog", "five dead and 20 injured"
# count one thing each) and no verb's participle ("12 people and injured 30")
COUNT_AND_REACH = 64  # characters after a figure holding _COUNT_AND's " and ": two words of 25 letters
_COUNT_AND = re.compile(r" (?:([a-z]{1,25}) )?([a-z]{1,25}) and ([a-z]+)\b(?![\s-]*\d)")


def _counts_two(text: str, end: int) -> bool:
    """Whether the figure ending at `end` counts two nouns joined by "and" (_COUNT_AND); asked only
    with " and " within COUNT_AND_REACH after it (most figures have none)."""
    m = _COUNT_AND.match(text, end)
    if m is None:
        return False
    other = m.group(3)
    return not (
        other in _STOPWORDS
        or other in _NUMBER_WORD_SET
        or other.endswith(("ed", "ing"))
        or any(w in _STOPWORDS for w in m.group(1, 2) if w)
    )


# the high end of a range of counts in words: "four to six months", "four or five", "between four
# and seven days"; "to" after a verb of change or "from" is a change ("rose 37,000 to 412,000")
_COUNT_RANGE_END = re.compile(
    r" (?-i:(?P<joint>to|or|and)) (?:(?P<digits>\d{1,3}(?:,\d{3})+|\d+)|(?P<word>"
    + "|".join(_NUMBER_WORDS)
    + r"))\b(?![\w.,]*\d)(?!\s?(?:%|percent|per cent|thousand|million|billion|trillion|bn)\b)",
    re.I,
)
_RANGE_JOINTS = (" to ", " or ", " and ")  # _COUNT_RANGE_END's joints: a quick test before it
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_CHANGE_WORD = re.compile(
    r"\b(?:from|by|rose|rise|rises|rising|fell|fall|falls|falling|climbed|dropped|jumped|increased|"
    r"decreased|declined|grew|slipped|edged|surged|soared|plunged|raised|lowered|reduced|cut|up|down|"
    r"went|moved|changed)\s+$",
    re.I,
)


def _count_range(m: re.Match[str], low: float, text: str) -> tuple[float, int] | None:
    """The high end of a range of counts whose low end is the plain _NUMBER match m (value `low`),
    and where it ends; None when m starts none. "to" and "or" join a range; "and" only after
    "between". Asked only with a joint right after m (_RANGE_JOINTS): most figures have none."""
    if m["currency"] or m["mult"] or m["percent"] or m["suffix"] or m["ordinal"] or m["decimals"]:
        return None
    if m["digits"] and _YEAR.fullmatch(m["digits"]):
        return None  # "2004 to 2008": years
    high = _COUNT_RANGE_END.match(text, m.end())
    if high is None:
        return None
    start = m.start("digits") if m["digits"] else m.start("word")
    before = text[max(0, start - ANCHOR_WINDOW) : start]
    if high["joint"].lower() == "and" and not _BETWEEN.search(before):
        return None
    if high["joint"].lower() == "to" and _CHANGE_WORD.search(before):
        return None
    value = _figure_value(high["digits"]) if high["digits"] else float(_NUMBER_WORDS[high["word"].lower()])
    return (value, high.end()) if value > low else None


def _range_end(m: re.Match[str], mult: str, text: str) -> tuple[float, str, int] | None:
    """The high end of a range whose low end is the _NUMBER match m (its multiplier `mult`): its
    value, the range's multiplier (m's when the high end has none) and where it ends; None when m
    starts no range of money or of large amounts ("$140-150 million", "3-4 million"; not "4-3")."""
    if not m["digits"] or m["percent"] or m["suffix"] or m["ordinal"]:
        return None
    high = _RANGE_END.match(text, m.end())
    if not high or (high["currency"] and high["currency"] != m["currency"]):
        return None
    high_mult = (high["mult"] or "").lower()
    if high_mult in ("mm", "m", "k") and not m["currency"]:
        high_mult = ""
    if mult and high_mult and mult != high_mult:
        return None
    if not (m["currency"] or mult or high_mult):
        return None
    high_mult = high_mult or mult
    value = _figure_value(high["digits"], high["decimals"])
    return value * _MULTIPLIERS.get(high_mult, 1.0), high_mult, high.end()


@lru_cache(maxsize=1 << 16)  # names come back sentence after sentence
def _name_word(word: str) -> bool:
    """Whether a capitalised word can be part of a name: not a pronoun's contraction ("I'd"), a
    party label ("D-Mass."), a hyphenated adjective ("Democratic-led"), a month or a weekday."""
    lowered = word.lower().replace("’", "'")
    return not (
        lowered.split("'")[0] in _STOPWORDS
        or lowered in _MONTHS
        or lowered in _WEEKDAYS
        or re.fullmatch(r"[DRI]-[A-Za-z.]+", word)
        or re.search(r"-[a-z]", word)
    )


_NON_SPACE = re.compile(r"\S+")


def _inside(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether a position lies in one of `spans` (start, end; they may overlap), by bisection: a
    scan of every span for every value cost figures x names (a 40k-character statement of "7 AK-47"
    took 0.75 s, 80k 15 s)."""
    if not spans:
        return lambda at: False
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach = list(itertools.accumulate((e for _, e in ordered), max))  # the furthest end so far

    def inside(at: int) -> bool:
        i = bisect_right(starts, at)
        return i > 0 and reach[i - 1] > at

    return inside


def _names(text: str, taken: list[tuple[int, int]], drop_first: bool) -> list[tuple[int, int, str]]:
    """The names of a statement outside the `taken` spans; `drop_first`: its first word is no name."""
    found = []
    inside = _inside(taken)
    for m in _NAME.finditer(text):
        at = m.start()
        span = _name_in(m.group(), drop_first and at == 0)
        if span is None:
            continue
        start, end = at + span[0], at + span[1]
        if not inside(start):
            found.append((start, end, text[start:end].rstrip(".")))
    return found


def _bare(word: str) -> str:
    return word.rstrip(".").removesuffix("'s").removesuffix("’s")


@lru_cache(maxsize=1 << 16)  # runs of capitalised words come back sentence after sentence
def _name_in(run: str, drop_first: bool) -> tuple[int, int] | None:
    """Where the name is in a run of capitalised words (None: it holds none): `drop_first` leaves
    out its first word (a sentence's first word the article does not capitalise elsewhere)."""
    words = [(w.start(), w.end(), _bare(w.group())) for w in _NON_SPACE.finditer(run)]
    if drop_first:
        words.pop(0)
    # titles and the words before them are the role, not the name: "US Secretary of State Antony Blinken"
    last_title = -1
    for i, w in enumerate(words):
        if w[2].lower() in _TITLES:
            last_title = i
    if 0 <= last_title < len(words) - 2 and words[last_title + 1][2] == "of":
        last_title += 2  # "Secretary of State", "Minister of Defence"
    words = words[last_title + 1 :]
    # a name ends at "of" ("Harry Reid of Nevada") and at any word that cannot be part of one
    # ("Obama Monday"); words that cannot start one are skipped ("I'd", "The")
    while words and (not _name_word(words[0][2]) or words[0][2] == "of"):
        words.pop(0)
    cut = next((i for i, w in enumerate(words) if w[2] == "of" or not _name_word(w[2])), len(words))
    words = words[:cut]
    if not words or (len(words) == 1 and (words[0][2].lower() in _DEMONYMS or len(words[0][2]) < 2)):
        return None  # "Chinese" is an adjective
    return words[0][0], words[-1][1]


@lru_cache(maxsize=1 << 16)  # names come back sentence after sentence
def _name_key(name: str) -> tuple[str, ...]:
    """Lower-cased words without accents, dots and possessives: "F.B.I." = "FBI", "Guantánamo" = "Guantanamo"."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = [w.replace(".", "").removesuffix("'s") for w in folded.lower().split()]
    return tuple(w for w in words if w)


def _values(text: str, drop_first: bool, words: _Words) -> tuple[_Value, ...]:
    dates = _dates(text)
    taken = [(s, e) for s, e, _ in dates]
    numbers = _numbers(text, taken, words)
    taken += [(s, e) for s, e, *_ in numbers]
    names = _names(text, taken, drop_first)
    if not taken and not names:
        return ()
    # slot context: content words outside every value (a neighbouring name is not context), found
    # around a value by bisection on their positions
    at, _, read = words
    # a word is context when it is one (1) and starts outside every value: the words starting in a
    # value's span are a run of them, found by bisection on their starts
    keep = bytearray(map(itemgetter(4), read))
    for s, e in taken + [(s, e) for s, e, _ in names]:
        i, j = bisect_left(at, s), bisect_left(at, e)
        keep[i:j] = bytes(j - i)
    starts = list(itertools.compress(at, keep))
    stems = list(itertools.compress(map(itemgetter(1), read), keep))
    found = [(s, e, "date", text[s:e], key, 0.0, "", "", 0.0, False) for s, e, key in dates]
    found += [
        (s, e, "number", figure, (), number, unit, hedge, upper, running)
        for s, e, figure, number, unit, hedge, upper, running in numbers
    ]
    found += [(s, e, "name", name, _name_key(name), 0.0, "", "", 0.0, False) for s, e, name in names]
    values = []
    for s, e, kind, written, key, number, unit, hedge, upper, running in found:
        i, j = bisect_left(starts, s), bisect_left(starts, e)
        before, after = tuple(stems[max(0, i - SLOT_CONTEXT) : i]), tuple(stems[j : j + SLOT_CONTEXT])
        values.append(_Value(kind, written, key, number, unit, hedge, before, after, upper, running))
    return tuple(values)


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Lower-cased names of countries, US states and the gazetteer's cities of at least
    PLACE_MIN_POPULATION people (analyse.places)."""
    names = {*places.country_names(), *places.us_state_names(), *places.city_names(PLACE_MIN_POPULATION)}
    return frozenset(n.lower() for n in names)


# --- statements ------------------------------------------------------------------------------------

_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?=(?:while|but|although|though|whereas|even as)\s)")
_EVENT_VERBS_TEXT = """
    met meet meets said says told announced signed approved passed killed died arrested charged won
    lost began begun took made went came left fell rose hit shot struck sent held led paid sold
    bought ran set put gave brought fought found kept spent stood saw became broke chose drew drove
    flew grew knew meant sought spoke wrote voted ruled launched raised cut agreed denied rejected
    called visited arrived landed resigned fired attacked warned urged
"""
_EVENT_VERBS = frozenset(_EVENT_VERBS_TEXT.split())
_LOWER_WORD = re.compile(r"[a-z]+")
_PAST_TENSE = re.compile(r"\b[a-z]{3,}ed\b")
_MODAL_VERB = re.compile(r"\b(?:will|would|plans? to|expected to|is to|are to|set to|likely to)\s+\w+", re.I)


class _Statement(NamedTuple):  # a named tuple as _Value: built for every statement, never compared
    article_id: str
    source: str  # the independent outlet it counts for
    outlet: str  # its own outlet (copies keep theirs): a conflict is between two outlets
    position: int  # index in its article: ledes come first
    text: str
    words: tuple[str, ...]  # its distinct content words, in text order
    weights: tuple[float, ...]  # each word's weight before its IDF: NAME_WEIGHT in a name, else 1
    values: tuple[_Value, ...]
    cut: bool = False  # the excerpt's last sentence, cut off mid-way ("... directing a review of the...")
    day: int | None = None  # its article's publication day (a date's ordinal), None when unknown


_Reading = tuple[tuple[str, ...], tuple[float, ...], tuple[_Value, ...]]  # words, weights, values


def _clauses(sentence: str, n_words: int) -> list[str]:
    """The clauses of MIN_WORDS words or more of a sentence of `n_words` words (at least MIN_WORDS)."""
    if n_words <= LONG_SENTENCE:
        return [sentence]
    pieces: list[str] = []
    last = 0
    for m in _CLAUSE_BREAK.finditer(sentence):
        piece, rest = sentence[last : m.start()], sentence[m.end() :]
        if len(piece.split()) >= MIN_CLAUSE and len(rest.split()) >= MIN_CLAUSE:
            pieces.append(piece.strip() + ("." if m.group().startswith(";") else ""))
            last = m.end()
    pieces.append(sentence[last:].strip())
    return [p[0].upper() + p[1:] for p in pieces if len(p.split()) >= MIN_WORDS]


def _read(clause: str, drop_first: bool) -> _Reading:
    """A statement's distinct content words, their weights and its values (none without content
    words); `drop_first`: its first word, capitalised as every sentence's, is no name (_names)."""
    words = _words(clause)
    distinct = dict.fromkeys(map(itemgetter(0), words[2]))
    distinct.pop(None, None)  # not a content word (_word)
    content = tuple(distinct)
    if not content:
        return (), (), ()
    values = _values(clause, drop_first, words)
    names = {_stem(w) for v in values if v.kind == "name" for w in v.key}
    weights = tuple([NAME_WEIGHT if w in names else 1.0 for w in content]) if names else (1.0,) * len(content)
    return content, weights, values


_FIRST_WORD = re.compile(r"[A-Z][\w'’.-]*")  # the first word of a _NAME run
# a blog post's filing line: "posted in Pedestrian Accidents on Wednesday, September 18, 2013"
_FURNITURE = re.compile(
    r"\b(?:[Pp]osted in|[Ff]iled under) (?:[A-Z][\w'’&-]*(?: and| &)? )+on (?:[A-Z][a-z]+day, )?"
    r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\.?$"
)  # it ends its line: "a video posted in Chicago on Monday showed ..." is prose


def _furniture(clause: str) -> bool:
    return ("osted in" in clause or "iled under" in clause) and _FURNITURE.search(clause) is not None


_CAPITALISED = re.compile(r"(?<=[a-z,;] )[A-Z][\w'’-]*")  # a capitalised word inside a sentence


def _statements(
    article: Article,
    source: str,
    read: Callable[[str, bool], _Reading] = _read,
) -> list[_Statement]:
    """An article's statements; `read` is _read, or a cache of it (an event's copies repeat lines)."""
    text = article.text or ""
    # words the article capitalises inside a sentence: a sentence's first word is a name only if in here
    capitalised = frozenset(_CAPITALISED.findall(text))
    capitalised |= frozenset(w.removesuffix("'s").removesuffix("’s") for w in capitalised)
    day = _day(article.published)
    out: list[_Statement] = []
    for sentence in split_sentences(text):
        words = sentence.text.split()
        if len(words) < MIN_WORDS:
            continue
        for clause in _clauses(" ".join(words), len(words)):
            if not is_prose(clause) or _furniture(clause):  # a stamp, a headline in title case,
                continue  # a label line, a blog's filing line
            # a sentence's first word is capitalised anyway: a name only if the article capitalises it elsewhere
            first = _FIRST_WORD.match(clause)
            content, weights, values = read(
                clause, first is not None and _bare(first.group()) not in capitalised
            )
            if content:
                out.append(
                    _Statement(
                        article.id,
                        source,
                        article.outlet or article.id,
                        len(out),
                        clause,
                        content,
                        weights,
                        values,
                        False,
                        day,
                    )
                )
    # the short tests first: the whole text is searched only when its last statement is cut off
    if (
        out
        and cut_off(out[-1].text)
        and cut_off(text)
        and text.rsplit(None, 1)[-1] == out[-1].text.split()[-1]
    ):
        out[-1] = out[-1]._replace(cut=True)
    return out


def _day(published: str | None) -> int | None:
    """A publication date's day (its ordinal), None when unknown or unreadable."""
    try:
        return dt.date.fromisoformat(published[:10]).toordinal() if published else None
    except ValueError:
        return None


def _informative(statement: _Statement) -> int:
    """How much a statement carries: its names, numbers and dates, plus one for an event verb; 0 when
    it has no value or no verb (opinion, colour, "It was a long day")."""
    values = len({v.text for v in statement.values})
    if not values:
        return 0
    lowered = statement.text.lower()
    # the search that stops at the first "-ed" word first: most statements with a verb have one
    verb = (
        bool(_PAST_TENSE.search(lowered))
        or not _EVENT_VERBS.isdisjoint(_LOWER_WORD.findall(lowered))
        or bool(_MODAL_VERB.search(statement.text))
    )
    return values + 1 if verb else 0


# --- conflicts -------------------------------------------------------------------------------------


def _same_slot(a: _Value, b: _Value) -> bool:
    """Two values fill one slot when SLOT_CONTEXT content words around them agree, one of them right
    next to both ("counterpart Chen Gang" / "counterpart, Qin Gang")."""
    if not (
        (a.before and b.before and a.before[-1] == b.before[-1])
        or (a.after and b.after and a.after[0] == b.after[0])
    ):
        return False
    return len(set(a.before) & set(b.before)) + len(set(a.after) & set(b.after)) >= SLOT_CONTEXT


def _within(hedged: _Value, other: _Value) -> bool:
    """Whether `other` is a figure the hedged one allows ("more than 1,000" allows 1,500)."""
    slack = ROUND_TOLERANCE * max(abs(hedged.number), abs(other.number))
    if hedged.hedge == "at least":
        return other.number >= hedged.number - slack
    if hedged.hedge == "at most":
        return other.number <= hedged.number + slack
    return abs(hedged.number - other.number) <= slack


def _bounds_meet(a: _Value, b: _Value) -> bool:
    """Whether a bound and another hedged figure can both be true: what each allows meets ("about
    5 million barrels" / "more than 4 million barrels": no dispute, though 4 million is no "about 5
    million" and "more than 4 million" does not say 5 million, the test of _agree_numbers, which
    also tells whether an article gives a figure: _Facts). Two approximations are left to
    _agree_numbers (ROUND_TOLERANCE of each other), and so are ranges."""
    if not (a.hedge and b.hedge) or a.hedge == b.hedge == "about" or "range" in (a.hedge, b.hedge):
        return False
    (low_a, high_a), (low_b, high_b) = _allowed(a), _allowed(b)
    return low_a <= high_b and low_b <= high_a


def _allowed(hedged: _Value) -> tuple[float, float]:
    """The lowest and highest figure a hedged value allows: an approximation's ROUND_TOLERANCE either
    side, a bound's own figure ("up to 5 million" and "more than 6 million" do not meet)."""
    low, high = _bounds(hedged)
    slack = ROUND_TOLERANCE * abs(hedged.number) if hedged.hedge == "about" else 0.0
    return low - slack, high + slack


def _bounds(value: _Value) -> tuple[float, float]:
    """The lowest and highest figure a value allows, its own rounding aside."""
    if value.hedge == "range":
        return value.number, value.upper
    if value.hedge == "at least":
        return value.number, float("inf")
    if value.hedge == "at most":
        return float("-inf"), value.number
    return value.number, value.number


# a figure's digits and decimal point, as written ("$ 20 billion" -> "20", "$69.6" -> "69.6")
_NOT_DIGIT = re.compile(r"[^\d.]")


def _scale_left_out(a: _Value, b: _Value) -> bool:
    """Whether two figures are one written with and without its multiplier: the same digits, one a
    thousand times the other or more ("$ 20 billion BP fund" / "$ 20 BP billion fund", "$1 trillion
    price tag" / "$1 recently price tag": the heap's copies move or swap the multiplier's word; a
    report that leaves it out or sets it apart gives the figure, not another one). A real
    disagreement changes the digits ("2,000" / "2 million", "20 million" / "18 million") or names
    another multiplier ("2 million" / "2 billion": both are read, both stay)."""
    small, big = (a.number, b.number) if a.number < b.number else (b.number, a.number)
    if small <= 0 or big < 999 * small:
        return False
    digits = _NOT_DIGIT.sub("", a.text)
    return digits != "" and digits == _NOT_DIGIT.sub("", b.text) and not (_has_scale(a) and _has_scale(b))


def _has_scale(value: _Value) -> bool:
    return any(c.isalpha() for c in value.text)


def _agree_numbers(a: _Value, b: _Value) -> bool:
    if a.hedge == "range" or b.hedge == "range":
        # a range agrees with a figure in it, a range it meets, or a hedged figure whose bound or
        # approximation (within ROUND_TOLERANCE) meets it; its own ends are written out: no slack
        (low_a, high_a), (low_b, high_b) = _bounds(a), _bounds(b)
        slack = ROUND_TOLERANCE * max(abs(x.number) if x.hedge not in ("", "range") else 0.0 for x in (a, b))
        return low_a <= high_b + slack and low_b <= high_a + slack
    if a.number == b.number or (a.hedge and a.hedge == b.hedge and a.hedge != "about"):
        return True  # two lower bounds (or two upper bounds) never contradict each other
    if a.hedge or b.hedge:
        return all(_within(x, y) for x, y in ((a, b), (b, a)) if x.hedge) or _scale_left_out(a, b)
    # a rounded figure agrees with a precise one that rounds to it ("5,000" / "5,012", "$95 billion" /
    # "$95.3 billion"); counts below 100 are exact ("60" / "61" differ)
    for rough, exact in ((a.number, b.number), (b.number, a.number)):
        if rough >= 100:
            digits = len(f"{rough:.15g}".rstrip("0").replace(".", "").lstrip("0")) or 1
            if float(f"{exact:.{digits}g}") == rough:
                return True
    return _scale_left_out(a, b)


# clock times, day-month dates ("9:40 p.m.", "0300 GMT", "10 Nov 11") and model names ("AK 47",
# "MH - 17": a number after capitals): their digits are no figures
_CLOCK = re.compile(
    r"\b\d{1,2}[:.]\s?\d\d(?!\d)|\b\d{1,4}\s?(?:[ap]\.?\s?m\b\.?|GMT|BST|UTC|[ECMP][SD]T)"
    r"|\b[A-Z]{2,5}(?:\s-\s|\s)\d+\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{2,4})?",
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")  # "the 1940s", "the 2004-05 season": a time, not a count


def _figures(statement: _Statement) -> dict[str, list[_Value]]:
    """A statement's figures by unit, clock times left out ("9:40 p.m.", "0300 GMT")."""
    figures: dict[str, list[_Value]] = {}
    if not any(v.kind == "number" for v in statement.values):
        return figures
    clocks = _clock_digits(statement.text)
    for v in statement.values:
        if _is_figure(v, clocks):
            figures.setdefault(v.unit, []).append(v)
    return figures


def _clock_digits(text: str) -> set[str]:
    """The digit runs of a text's clock times and day-month dates ("6:41pm", "0300 GMT")."""
    return {d for m in _CLOCK.finditer(text) for d in re.findall(r"\d+", m.group())}


def _is_figure(value: _Value, clocks: set[str]) -> bool:
    """Whether a value is a count or amount: a number that is no clock time's digits nor a year."""
    return value.kind == "number" and value.text not in clocks and not _YEAR.fullmatch(value.text)


def _other_figures(a: dict[str, list[_Value]], b: dict[str, list[_Value]]) -> bool:
    """Whether two statements give figures in one unit and none of them agree: they report
    different facts, whatever words they share ("rose 37,000 to 412,000" / "edged up to 373,000")."""
    if not a.keys() & b.keys():
        return False
    return not any(_agree_numbers(x, y) for xs in a.values() for x in xs for ys in b.values() for y in ys)


def _other_days(a: list[tuple[str, ...]], b: list[tuple[str, ...]]) -> bool:
    """Whether two statements give dates and none of them agree: they report two days."""
    return bool(a and b) and not any(_agree_dates(x, y) for x in a for y in b)


def _agree_dates(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if (a[0] == "weekday") != (b[0] == "weekday"):
        return True  # "Sunday" and "June 18" are not compared
    return all(x == y for x, y in zip(a, b, strict=True) if x and y)


def _kind(value: _Value) -> str:
    if value.kind == "name" and " ".join(value.key) in place_names():
        return "place"
    return value.kind


def _other_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names of one person slot that name two people: as many words, the same words in the same
    places but for one or more that are plainly different ("Chen Gang" / "Qin Gang"). Spelling and
    transliteration variants ("Stacy" / "Stacey", "Muammar" / "Moammar") and short forms ("Cy" /
    "Cyrus", "Chuck" / "Charles": same first letter) are the same name written two ways."""
    if len(a) != len(b) or len(a) < 2:
        return False
    pairs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if not pairs or 2 * len(pairs) > len(a):
        # little in common: two people who may both be in the story, or two things of one kind
        # that share only the kind's word ("Betty Ford Center" / "Cliffside Rehab Center")
        return False
    if any(x in b or y in a for x, y in pairs):
        return False  # a word moved: one name with a word added ("California's Betty Ford Center")
    if len(a) >= 3 and pairs == [(a[-1], b[-1])] and " ".join(a[:-1]) in place_names():
        # a place of two words or more and one word after it names a thing of that place (a paper,
        # a team): "Los Angeles Times" and "Los Angeles Angels" are two of the city's things, as
        # "New York Times" and "New York Post" are; a person's first name is seldom such a place
        return False
    return all(
        x[0] != y[0]
        and SequenceMatcher(None, x, y).ratio() < NAME_VARIANT
        and _NICKNAMES.get(x, x) != _NICKNAMES.get(y, y)
        for x, y in pairs
    ) and not _one_place(a, b)  # "Persian Gulf" / "Arabian Gulf" (_ONE_PLACE_TEXT)


# "Name, [age,] of " right before a place: the place is that person's home town
_HOME_BEFORE = re.compile(r"([A-Z][\w'’-]+),(?:\s+\d{1,3},)?\s+of\s+$")
HOME_WINDOW = 64  # characters before the place read for it: a long surname (30), ", 105, of "


def _home_of(text: str, value: _Value) -> str | None:
    """The person a place is the home town of ("LuAnn Marie Johnson, of Burnsville", "Anthony
    LaSalle, 36, of Minneapolis": the word before the comma), None when the text gives none. Each
    place written as a whole word is read, the first with a home town answers (one pattern compiled
    once, searched in the window before the place: a pattern per place cost 0.1 ms a call)."""
    at = text.find(value.text)
    while at >= 0:
        end = at + len(value.text)
        if end == len(text) or not (text[end].isalnum() or text[end] == "_"):
            m = _HOME_BEFORE.search(text, max(0, at - HOME_WINDOW), at)
            if m:
                return m.group(1)
        at = text.find(value.text, at + 1)
    return None


def _homes_of_two(text_a: str, a: _Value, text_b: str, b: _Value) -> bool:
    """Whether two places of one slot are the home towns of two people (a victim's and a driver's):
    each statement gives its place after another person's name, so they answer two questions."""
    if _kind(a) != "place" or _kind(b) != "place":
        return False
    home_a, home_b = _home_of(text_a, a), _home_of(text_b, b)
    return home_a is not None and home_b is not None and home_a != home_b


def _one_count(
    i: int,
    j: int,
    a: _Value,
    b: _Value,
    plain: _PlainWords,
    figures: Callable[[int], dict[str, list[_Value]]],
) -> bool:
    """Whether two figures of one slot of statements i and j can count one thing. The statements
    must share a plain word beyond the slot's own context ("15 miles north of Detroit" is an office,
    "50 miles north of Detroit" a motorist: two places), and two statements of several figures each
    of which none agree count two things ("six rifles, 12 magazines, 300 rounds" / "14 rifles,
    31 magazines, 923 rounds": two seizures)."""
    context = {*a.before, *a.after, *b.before, *b.after}
    if not (plain[i] & plain[j]) - context:
        return False
    fa, fb = figures(i), figures(j)
    several = sum(map(len, fa.values())) >= 2 and sum(map(len, fb.values())) >= 2
    return not (several and _other_figures(fa, fb))


# English first names and their common short forms of another first letter (one set per line, the
# first word stands for all): "William" / "Bill" Ingaldson is one person; a short form of the same
# first letter ("Chuck" / "Charles") is one already
_NICKNAME_TEXT = """
    william bill billy
    robert bob bobby
    richard dick
    edward ted ned
    theodore teddy
    margaret peggy
    elizabeth betty betsy liz beth libby
    john jack
    henry hank
    mary polly molly
    anthony tony
    andrew drew
    alexander sandy
    patricia trish
    catherine kate katie kathy
    katherine cathy cate
    letitia tish
"""
_NICKNAMES = {word: line.split()[0] for line in _NICKNAME_TEXT.strip().splitlines() for word in line.split()}

# Names of one place that two sides or two eras use (one place per line, its names between "|"):
# the geographic naming disputes and renamings English news writes both ways, where each outlet
# picks the name its side or its style guide uses ("the Persian Gulf" / "the Arabian Gulf", "Kiev" /
# "Kyiv"). Not names of two things of one kind: "Tony Award" / "Emmy Award" are two awards.
_ONE_PLACE_TEXT = """
    persian gulf | arabian gulf
    sea of japan | east sea
    falkland islands | falklands | malvinas islands | malvinas | islas malvinas
    myanmar | burma
    derry | londonderry
    north macedonia | macedonia
    eswatini | swaziland
    czechia | czech republic
    ivory coast | cote d'ivoire
    turkiye | turkey
    gulf of mexico | gulf of america
    denali | mount mckinley
    kyiv | kiev
    mumbai | bombay
    beijing | peking
    kolkata | calcutta
    chennai | madras
    ho chi minh city | saigon
"""
_ONE_PLACE = {
    _name_key(name.strip()): k
    for k, line in enumerate(_ONE_PLACE_TEXT.strip().splitlines())
    for name in line.split("|")
}


def _one_place(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two name keys are two names of one place (_ONE_PLACE_TEXT)."""
    place = _ONE_PLACE.get(a)
    return place is not None and place == _ONE_PLACE.get(b)


def _differ(a: _Value, b: _Value) -> bool:
    """Whether two values of one slot contradict each other."""
    if a.kind != b.kind:
        return False
    if a.kind == "number":
        return a.unit == b.unit and not _agree_numbers(a, b) and not _bounds_meet(a, b)
    if a.kind == "date":
        return not _agree_dates(a.key, b.key)
    if _kind(a) == "place" and _kind(b) == "place":
        return a.key != b.key and not _one_place(a.key, b.key)
    return _other_name(a.key, b.key)


@dataclass(frozen=True, slots=True)
class _Facts:
    """What one article states anywhere: a value it gives is no conflict with it."""

    text: str  # lower-cased words joined by single spaces, padded
    values: tuple[_Value, ...]

    def states(self, value: _Value) -> bool:
        if value.kind == "name":
            # or its plural: "the Tony Awards" an article hosted are the "Tony Award" another says he won
            name = " ".join(value.key)
            return f" {name} " in self.text or f" {name}s " in self.text
        if value.kind == "number":
            return any(
                v.kind == "number" and v.unit == value.unit and _agree_numbers(v, value) for v in self.values
            )
        return any(
            v.kind == "date"
            and (v.key[0] == "weekday") == (value.key[0] == "weekday")
            and _agree_dates(v.key, value.key)
            for v in self.values
        )


_FACT_WORD = re.compile(r"[\w'’-]+")
# a word's possessive ending, as removesuffix("'s") then removesuffix("’s") would take it off
_POSSESSIVE_END = re.compile(r"(?:’s's|'s|’s)(?= |$)")


def _facts(statements: Sequence[_Statement], article: Article) -> _Facts:
    # the words lower-cased together (joined by spaces, each is lower-cased as on its own) and their
    # possessive endings taken off by one substitution
    words = _POSSESSIVE_END.sub("", " ".join(_FACT_WORD.findall(article.text or "")).lower())
    return _Facts(f" {words} ", tuple(v for s in statements for v in s.values))


# --- alignment and claims --------------------------------------------------------------------------


def _sources(articles: Sequence[Article], duplicate_of: Mapping[str, str]) -> dict[str, str]:
    """Each article's independent source: its original's outlet (a copy counts as its original), or
    the original's id when the outlet is unknown."""
    by_id = {a.id: a for a in articles}
    sources = {}
    for article in articles:
        root, seen = article.id, {article.id}
        while root in duplicate_of and duplicate_of[root] not in seen:
            root = duplicate_of[root]
            seen.add(root)
        original = by_id.get(root)
        sources[article.id] = (original.outlet if original and original.outlet else None) or root
        if root == article.id and article.outlet:
            sources[article.id] = article.outlet
    return sources


# the number of content words two statements share, for pairs of them (rows, columns)
_Shared = Callable[[np.ndarray, np.ndarray], np.ndarray]


def _similarities(statements: Sequence[_Statement]) -> tuple[np.ndarray, _Shared]:
    """TF-IDF cosine for every pair of statements (dense: one event holds a few thousand statements at
    most), and the number of content words two statements share, counted for the pairs asked (only
    those of a high cosine are: a large event's n x n counts cost more than all of them).

    The sparse matrices are laid out by hand, in the order scipy's own construction, row sums and
    products would leave them in: every sum is then taken in the same order, so the cosines are the
    same to the last bit (ties between claims are decided on them, and re-rounded sums would decide
    them differently from one version to the next)."""
    # each statement's words in text order, numbered as the event meets them: the same sums every run
    words = [s.words for s in statements]
    vocabulary = dict(zip(dict.fromkeys(itertools.chain.from_iterable(words)), itertools.count()))
    cols = np.array(list(map(vocabulary.__getitem__, itertools.chain.from_iterable(words))))
    n, n_words = len(statements), len(vocabulary)
    rows = np.repeat(np.arange(n), list(map(len, words)))
    boost = np.array(list(itertools.chain.from_iterable(s.weights for s in statements)))
    df = np.bincount(cols, minlength=n_words)
    idf = np.log((1 + n) / (1 + df)) + 1
    # entries by statement, then word: each statement's norm is summed over its words in this order
    order = np.lexsort((cols, rows))
    row, col = rows[order], cols[order]
    weight = (boost * idf[cols])[order]
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(row, minlength=n), out=indptr[1:])
    norms = np.sqrt(np.add.reduceat(weight * weight, indptr[:-1]))
    weight = np.repeat(1 / np.maximum(norms, 1e-12), np.diff(indptr)) * weight
    if n * n * n_words <= DENSE_CELLS:
        return _dense_products(n, n_words, row, col, weight)
    # a pair's cosine is summed over its shared words from the one the event met last back to the
    # first; the transposed matrix holds each word's statements in order
    backwards = np.lexsort((-col, row))
    by_word = np.lexsort((row, col))
    word_indptr = np.zeros(n_words + 1, dtype=np.int64)
    np.cumsum(df, out=word_indptr[1:])
    vectors = sparse.csr_matrix((weight[backwards], col[backwards], indptr), shape=(n, n_words))
    transposed = sparse.csr_matrix((weight[by_word], row[by_word], word_indptr), shape=(n_words, n))
    cosine = (vectors @ transposed).toarray()
    binary = sparse.csr_matrix((np.ones(len(row)), col, indptr), shape=(n, n_words))

    def shared(rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        # whole counts: a sum of ones, exact in any order
        return np.asarray(binary[rows].multiply(binary[cols]).sum(axis=1)).ravel()

    return cosine, shared


def _dense_products(
    n: int, n_words: int, row: np.ndarray, col: np.ndarray, weight: np.ndarray
) -> tuple[np.ndarray, _Shared]:
    """_similarities' two products for a small event, without scipy's per-matrix checks: each pair's
    cosine is the running sum of its words' products from the last word back to the first (zero for
    a word one of them lacks, which leaves the sum as it is), so the same sums in the same order."""
    vectors = np.zeros((n, n_words))
    vectors[row, col] = weight
    backwards = vectors[:, ::-1]
    cosine = np.cumsum(backwards[:, None, :] * backwards[None, :, :], axis=2)[:, :, -1]
    present = (vectors > 0).astype(float)  # whole counts: a matrix product sums them exactly
    shared = present @ present.T
    return cosine, lambda rows, cols: shared[rows, cols]


class _PlainWords(dict[int, frozenset[str]]):
    """Each statement's content words outside its names, read when first asked for."""

    def __init__(self, statements: Sequence[_Statement]) -> None:
        super().__init__()
        self.statements = statements

    def __missing__(self, i: int) -> frozenset[str]:
        s = self.statements[i]
        self[i] = words = frozenset(w for w, weight in zip(s.words, s.weights, strict=True) if weight == 1.0)
        return words

    def shared(self, i: int, j: int) -> int:
        return len(self[i] & self[j])


def _clearest(members: Sequence[int], statements: Sequence[_Statement], cosine: np.ndarray) -> int:
    """The member most like the others, without a leading pronoun or quote, of a readable length."""
    if len(members) == 1:
        return members[0]
    # each member's mean cosine to the others, the others summed in order (left to right, as
    # Python's sum: its own cosine adds 0.0, which changes no sum of these non-negative cosines),
    # for the whole group at once: a claim of thousands of statements is read in C, not pair by pair
    # (a group of a handful of outlets pair by pair: numpy's indexing costs more than its few pairs)
    if len(members) <= SMALL_GROUP:
        likeness = {i: sum(cosine[i, j] for j in members if j != i) / (len(members) - 1) for i in members}
    else:
        among = cosine[np.ix_(members, members)]
        np.fill_diagonal(among, 0.0)
        means = np.cumsum(among, axis=1)[:, -1] / (len(members) - 1)
        likeness = dict(zip(members, means.tolist(), strict=True))

    def score(i: int) -> float:
        s = statements[i]
        n = len(s.text.split())
        return (
            likeness[i]
            - 0.2 * bool(_PRONOUN_START.match(s.text))
            - 0.1 * (n > 35 or n < 8)  # readable: one line, a full clause
            - 1.0 * s.cut  # a whole wording wherever there is one
        )

    return max(members, key=lambda i: (score(i), -i))


# a claim's rank, lowest first: (-sources, -mean cosine) or (-carried, first position), then its members
_Rank = tuple[float, float, tuple[int, ...]]


def corroborate(articles: Sequence[Article], duplicate_of: Mapping[str, str] | None = None) -> list[Claim]:
    """The claims of one event's articles: conflicts, then corroborated, then single-source statements
    (at most MAX_CLAIMS). `duplicate_of` maps a copy's id to its original's id (from dedup)."""
    if isinstance(articles, Article):
        raise TypeError("corroborate() takes the articles of one event (a list), not a single Article")
    # the collector is paused while the event is read: its statements, values and words (tens of
    # thousands of tuples, none in a reference cycle) all live until the claims are returned, and
    # the collector would walk them again and again, promoting them to older generations
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _corroborate(articles, duplicate_of)
    finally:
        if collecting:
            gc.enable()


def _corroborate(articles: Sequence[Article], duplicate_of: Mapping[str, str] | None) -> list[Claim]:
    duplicate_of = duplicate_of or {}
    articles = _cross_checked([a for a in articles if a.kept and a.text], duplicate_of)
    sources = _sources(articles, duplicate_of)
    read = cache(_read)  # copies in an event repeat their original's statements: each read once
    per_article = {a.id: _statements(a, sources[a.id], read) for a in articles}
    statements = [s for a in articles for s in per_article[a.id]]
    if not statements:
        return []
    cosine, shared = _similarities(statements)
    article_of = np.array(_article_indices(statements))

    # 3. claims: each statement with its best match in every other article it aligns with; a group
    # inside another one is the same claim
    rows, cols = np.nonzero(cosine >= ALIGN_COSINE)  # the other tests on these pairs only
    articles_of_match = article_of[cols]
    different = article_of[rows] != articles_of_match
    rows, cols, articles_of_match = rows[different], cols[different], articles_of_match[different]
    aligned = shared(rows, cols) >= MIN_SHARED
    rows, cols, articles_of_match = rows[aligned], cols[aligned], articles_of_match[aligned]
    # a pair below SURE_COSINE must share words beyond the names: the event's names alone (who, where)
    # align two statements that say different things of them
    loose = np.flatnonzero(cosine[rows, cols] < SURE_COSINE)
    if len(loose):
        plain = _PlainWords(statements)
        keep = np.ones(len(rows), dtype=bool)
        keep[loose] = [
            plain.shared(i, j) >= MIN_PLAIN_SHARED
            for i, j in zip(rows[loose].tolist(), cols[loose].tolist(), strict=True)
        ]
        rows, cols, articles_of_match = rows[keep], cols[keep], articles_of_match[keep]
    # two statements that both give figures must agree on one of them (_other_figures)
    figures = {i: f for i in np.unique(rows).tolist() if (f := _figures(statements[i]))}
    counted = np.zeros(len(statements), dtype=bool)
    counted[list(figures)] = True
    both = np.flatnonzero(counted[rows] & counted[cols])
    if len(both):
        keep = np.ones(len(rows), dtype=bool)
        keep[both] = [
            not _other_figures(figures[i], figures[j])
            for i, j in zip(rows[both].tolist(), cols[both].tolist(), strict=True)
        ]
        rows, cols, articles_of_match = rows[keep], cols[keep], articles_of_match[keep]
    # every aligned pair by statement, then article, the best cosine first (the first statement of
    # equal ones): the first pair of each statement and article is its best match there
    order = np.lexsort((cols, -cosine[rows, cols], articles_of_match, rows))
    rows, cols, articles_of_match = rows[order], cols[order], articles_of_match[order]
    first = np.ones(len(rows), dtype=bool)
    first[1:] = (rows[1:] != rows[:-1]) | (articles_of_match[1:] != articles_of_match[:-1])
    best: dict[int, list[int]] = {}
    for i, j in zip(rows[first].tolist(), cols[first].tolist(), strict=True):
        best.setdefault(i, [i]).append(j)
    groups = {tuple(sorted(members)) for members in best.values()}
    groups.update((i,) for i in range(len(statements)) if i not in best)
    containing: dict[int, list[frozenset[int]]] = defaultdict(list)
    for g in sorted(groups, key=len, reverse=True):
        members = frozenset(g)
        if not any(members < other for other in containing[g[0]]):
            for k in g:
                containing[k].append(members)
    kept = {m for ms in containing.values() for m in ms}
    in_claim = {k for m in kept if len(m) > 1 for k in m}
    kept = {m for m in kept if len(m) > 1 or next(iter(m)) not in in_claim}

    by_id = {a.id: a for a in articles}

    @cache  # an article's facts are read only where a conflict is to be checked against them
    def facts(article_id: str) -> _Facts:
        return _facts(per_article[article_id], by_id[article_id])

    conflicts = _conflicts(statements, cosine, facts)
    # the claims are ranked first and only those kept are written: MAX_CLAIMS in all, conflicts first
    room = max(MAX_CLAIMS - len(conflicts), 0)
    corroborated: list[tuple[_Rank, ClaimStatus]] = []
    single_source: list[tuple[int, ...]] = []
    for members in kept:
        ids = tuple(sorted(members))
        claim_sources = {statements[k].source for k in ids}
        if len(claim_sources) >= 2:
            # the pairs a < b, row by row (ids are sorted), summed as np.mean sums them
            if len(ids) <= SMALL_GROUP:
                mean = float(np.mean([cosine[a, b] for a in ids for b in ids if a < b]))
            else:
                mean = float(np.mean(cosine[np.ix_(ids, ids)][np.triu_indices(len(ids), 1)]))
            corroborated.append(((-len(claim_sources), -mean, ids), "corroborated"))
        else:
            single_source.append(ids)
    # groups may share statements, so the rank ends in the group's members: distinct for every group
    by_rank = itemgetter(0)
    claims: list[Claim] = []
    texts: set[str] = set()  # the wordings shown so far

    def take(candidates: list[tuple[_Rank, ClaimStatus]]) -> None:
        """Claims from the best-ranked candidates until there is no room. Groups overlap: two that
        show the same wording are one claim (an event's copies give each statement many groups),
        shown once. Sharing statements alone does not make two groups one claim: at half the
        smaller group's statements, distinct facts went too (mixed-dev: "A police station in
        Athens was firebombed on Saturday night" under the riots' other claims)."""
        for rank, status in sorted(candidates, key=by_rank):
            if len(claims) >= room:
                return
            claim = _claim(rank[-1], status, statements, cosine)
            if claim.text not in texts:
                claims.append(claim)
                texts.add(claim.text)

    take(corroborated)
    if len(claims) < room:  # single-source statements fill what is left, the most informative first
        single: list[tuple[_Rank, ClaimStatus]] = []
        for ids in single_source:
            if all(statements[k].cut for k in ids):
                continue  # half a sentence from one outlet: what it claims is cut off
            carried = max(_informative(statements[k]) for k in ids)
            if carried:
                single.append(((-carried, min(statements[k].position for k in ids), ids), "single_source"))
        take(single)
    return conflicts + claims


def _cross_checked(articles: list[Article], duplicate_of: Mapping[str, str]) -> list[Article]:
    """The articles an event is cross-checked on, in the event's order: all of them up to
    MAX_ARTICLES; beyond, MAX_ARTICLES originals spread evenly over the event where it has more
    originals than that, else every original and the first copies."""
    if len(articles) <= MAX_ARTICLES:
        return articles
    originals = [k for k, a in enumerate(articles) if a.id not in duplicate_of]
    if len(originals) > MAX_ARTICLES:
        chosen = [originals[k * len(originals) // MAX_ARTICLES] for k in range(MAX_ARTICLES)]
    else:
        copies = [k for k, a in enumerate(articles) if a.id in duplicate_of]
        chosen = originals + copies[: MAX_ARTICLES - len(originals)]
    return [articles[k] for k in sorted(chosen)]


def _claim(
    ids: tuple[int, ...], status: ClaimStatus, statements: Sequence[_Statement], cosine: np.ndarray
) -> Claim:
    """The claim of a group of statements: its clearest wording, each article's first statement."""
    evidence: dict[str, str] = {}
    for k in ids:
        evidence.setdefault(statements[k].article_id, statements[k].text)
    text = shown(statements[_clearest(ids, statements, cosine)].text)
    return Claim(text=text, status=status, article_ids=tuple(evidence), evidence=evidence)


def _article_indices(statements: Sequence[_Statement]) -> list[int]:
    index: dict[str, int] = {}
    return [index.setdefault(s.article_id, len(index)) for s in statements]


def _conflicts(
    statements: Sequence[_Statement],
    cosine: np.ndarray,
    facts: Callable[[str], _Facts],
) -> list[Claim]:
    """5. pairs of related statements of two outlets whose values of one slot contradict each other;
    pairs sharing a value are merged, so three outlets saying 60, 60 and 61 make one conflict.
    `facts` reads an article's _Facts."""
    found: list[tuple[tuple[int, str], tuple[int, str]]] = []
    outlets: dict[str, int] = {}
    outlet_of = np.array([outlets.setdefault(s.outlet, len(outlets)) for s in statements])
    # two values fill one slot only with a content word right next to both (_same_slot): statements
    # whose values have no such neighbour in common are passed over
    lasts = [{v.before[-1] for v in s.values if v.before} for s in statements]
    firsts = [{v.after[0] for v in s.values if v.after} for s in statements]
    has_neighbour = np.array([bool(b or a) for b, a in zip(lasts, firsts, strict=True)])
    clocks = cache(lambda i: _clock_digits(statements[i].text))
    plain = _PlainWords(statements)
    figures = cache(lambda i: _figures(statements[i]))
    dates = cache(lambda i: [v.key for v in statements[i].values if v.kind == "date"])
    # related pairs of two outlets (two outlets are two articles) among the statements with one
    with_neighbour = np.flatnonzero(has_neighbour)
    outlet_of = outlet_of[with_neighbour]
    related = np.triu(cosine[np.ix_(with_neighbour, with_neighbour)] >= RELATED_COSINE, 1)
    related &= outlet_of[:, None] != outlet_of[None, :]
    for i, j in with_neighbour[np.argwhere(related)].tolist():
        if lasts[i].isdisjoint(lasts[j]) and firsts[i].isdisjoint(firsts[j]):
            continue
        a, b = statements[i], statements[j]
        # only values next to a neighbour both statements have can fill one slot (_same_slot)
        last, first = lasts[i] & lasts[j], firsts[i] & firsts[j]
        b_values = [
            v for v in b.values if (v.before and v.before[-1] in last) or (v.after and v.after[0] in first)
        ]
        for va in a.values:
            if not ((va.before and va.before[-1] in last) or (va.after and va.after[0] in first)):
                continue
            for vb in b_values:
                if not (_same_slot(va, vb) and _differ(va, vb)):
                    continue
                if va.kind == "number" and not (_is_figure(va, clocks(i)) and _is_figure(vb, clocks(j))):
                    continue  # a clock time ("6:41pm" / "18:41") or a year ("1950s" / "'50s")
                if va.kind == "number" and not _one_count(i, j, va, vb, plain, figures):
                    continue
                if va.kind == "number" and _written_apart(va, vb, a.day, b.day):
                    continue  # "after eight days of riots" / "four days of riots" a day before
                if va.kind == "number" and _tallied_apart(a, b):
                    continue  # "the UK total to 28" / "the UK total to 34" two days later
                # two statements whose figures all differ report two things, and two whose dates
                # all differ report two days: their other values are not cross-checked ("the week
                # ended May 1 fell to 498,000" / "the week ended Oct. 9 fell to 293,000"; "23,725
                # barrels on Thursday" / "16,830 barrels on Wednesday")
                if va.kind != "number" and _other_figures(figures(i), figures(j)):
                    continue
                if va.kind != "date" and _other_days(dates(i), dates(j)):
                    continue
                if va.kind == "name" and _homes_of_two(a.text, va, b.text, vb):
                    continue  # "Johnson, of Burnsville" / "LaSalle, 36, of Minneapolis"
                if cosine[i, j] < ALIGN_COSINE and not (va.kind == "name" and _other_name(va.key, vb.key)):
                    continue  # the rest of the two statements must agree (a name conflict is
                    # surer: the two names share a word in the same place)
                if facts(b.article_id).states(va) or facts(a.article_id).states(vb):
                    continue  # each article gives both values: two things, not one disputed
                found.append(((i, va.text), (j, vb.text)))
    # a person named two ways anywhere in the event, with the same role right before the name
    # ("Gov. Rick Perry" / "Gov. Oscar Perry"): the statements need not be alike
    people: dict[tuple[int, str], list[tuple[int, _Value]]] = defaultdict(list)
    for i, s in enumerate(statements):
        for v in s.values:
            if v.kind == "name" and len(v.key) >= 2 and v.before:
                people[(len(v.key), v.key[-1])].append((i, v))
    for mentions in people.values():
        for (i, va), (j, vb) in itertools.combinations(mentions, 2):
            a, b = statements[i], statements[j]
            if a.outlet == b.outlet or va.before[-1] != vb.before[-1] or not _other_name(va.key, vb.key):
                continue
            if not (facts(b.article_id).states(va) or facts(a.article_id).states(vb)):
                found.append(((i, va.text), (j, vb.text)))
    # join conflicts that share a statement's value
    parent: dict[tuple[int, str], tuple[int, str]] = {}

    def root(node: tuple[int, str]) -> tuple[int, str]:
        # path halving: thousands of conflicts of one value no longer walk a chain each (the groups
        # are the same whatever node stands for them)
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for x, y in found:
        parent[root(x)] = root(y)
    groups: dict[tuple[int, str], list[tuple[int, str]]] = defaultdict(list)
    for node in sorted(parent):
        groups[root(node)].append(node)
    claims = []
    for nodes in sorted(groups.values()):
        ids = sorted({i for i, _ in nodes})
        values: dict[str, str] = {}
        evidence: dict[str, str] = {}
        for i, value in nodes:
            values.setdefault(statements[i].article_id, value)
            evidence.setdefault(statements[i].article_id, statements[i].text)
        if len(set(values.values())) < 2:
            continue
        text = shown(statements[_clearest(ids, statements, cosine)].text)
        claims.append(
            Claim(text=text, status="conflict", article_ids=tuple(values), values=values, evidence=evidence)
        )
    return claims
