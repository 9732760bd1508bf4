"""Time expressions in English news text, resolved against the publication date.

find_time_expressions(text, published) -> list[TimeExpression]: every date phrase of `text` in
order, without overlap, each with its offsets and its value as precise as the phrase allows:
"2024-04-21" (day), "2024-04" (month) or "2024" (year); `precision(value)` tells which.

How a phrase is found: a handful of compiled patterns, one per kind of phrase, each scanned over
the whole text from the phrase's head word (what stands before the head is read backwards); where
two matches overlap the longer wins ("Sunday, April 21, 2024" over "Sunday").
The phrase excludes its preposition ("on Sunday" -> "Sunday") but keeps its modifier ("last
Sunday", "early April", "earlier this year"), as TIMEX3 extents do.

How a phrase is resolved (`published` is the anchor, "YYYY-MM-DD" or a timestamp that starts so):
  1. explicit dates with a year ("April 24, 2024", "24 April 2024", "2024-04-24", "4/24/2024" in
     US order unless the first number is over 12, "April 2024", "2023") need no anchor;
  2. a day and month without a year ("April 24", "Apr. 24") take the year that puts them nearest
     the publication date, unless the sentence's tense says past (then not more than SLACK_DAYS
     after it) or future (not more than SLACK_DAYS before it);
  3. a month alone ("in February") is the most recent such month not after the publication month,
     or, when the sentence speaks of the future ("will ... in February"), the first not before it;
     "last February" / "next February" are the nearest strictly before / after;
  4. a weekday ("on Sunday", "Monday night") is the most recent such day on or before publication,
     or the first on or after it when the sentence speaks of the future; "last" / "next" Sunday
     are strictly before / after; "this Sunday" is future unless the sentence is past; a future
     of a past ("was to be launched Thursday night", "said he would vote on Wednesday") is the
     first on or after the day it was told: the day its sentence names before the cue ("said
     Tuesday she would ..."), else the day before publication (_speech_day);
  5. yesterday, today, tonight, tomorrow, last night, this morning: a day off publication, or off
     the day before it when the story was filed in the night (a clock before NIGHT_END_HOUR in
     the article's stamp line or in a `published` timestamp: "tonight" is then the writer's);
  6. last/this/next month and year, earlier/later this month or year: the month or year;
     weeks have no place in the format, so "last week", "this week", "next week" and "two weeks
     ago" give the MONTH of that week (the month of its Thursday, as ISO 8601 assigns weeks);
  7. "N days/weeks/months/years ago": publication minus N units, at the unit's precision (weeks
     as months, as above);
  8. phrases anchored on another date of the story ("three days later", "the next day", "a week
     earlier") count from the nearest expression before them in the same text that is as
     precise as their unit: days and weeks from the last day ("on 20 April ... two days later"),
     months from the last month or day ("In May ... a month later"), years from the last date of
     any precision ("in 1957, only to return 20 years later"); they are left out when there is
     none (counting from publication would be wrong more often than right: such phrases narrate
     a past sequence), and so is a count of years that lands after the publication year ("the
     Exxon Valdez -- 20 years later", counted from an unnamed past).
The tense of a sentence is read from the nearest cue word before the phrase in its sentence
("will", "would be released", "is expected to", "next" -> future; "was", "said", "had",
"since", "-ed" verbs -> past; a present perfect, "to be sealed" -> no cue), or the nearest after it when there is none before or when the
phrase opens a "when" clause ("in November, when the US will host ...") or a fact the clause takes as
granted (", despite the company's commitment on Wednesday": a future cue does not reach it).
Chronology items ("April 30 - An Obama aide says ...") read in the past, a schedule's ("July 4 - The
president will visit ...") ahead, and each later item keeps the way the list runs.
A period's end ("until 6 May", "through November") is not bounded by a past verb (PERIOD_END), nor is
what a past act came "ahead of" ("released a letter ahead of Thursday's hearing": AHEAD_OF); the cue after
a phrase is not looked for past the end of the quotation that holds it (QUOTE_END); a date
of an accident, attack, death or outcome ("Thursday's accident", "the April 20 explosion") is past
whatever its clause says (HAPPENED); "the Sept. 11 attacks" are 2001's (SEPT_11); a choice of weekdays
("on Monday or Tuesday") is a plan's (CHOICE_OF_DAYS); and a range ("from Thursday through Saturday")
reads forward (RANGE).

Without a publication date only phrases that carry their year are kept (1 above).
What is not a date: "may be", "the march", "Theresa May" (an ambiguous month name needs a
preposition or modifier before it when it stands alone), "Sunday Times" (a weekday followed by
a capitalised word), years inside other numbers ("2,023", "$2000", phone numbers) or counting
something ("2000 people"), times of day alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from newsprism.analyse.given_names import census_given_names
from newsprism.analyse.numberwords import TENS as _TENS
from newsprism.records import TimeExpression

__all__ = [
    "SEPT_11",
    "PERIOD_JOINT_CHARS",
    "ZONES",
    "Precision",
    "Tense",
    "comments_start",
    "ends_period",
    "find_time_expressions",
    "opens_period",
    "precision",
    "tense",
]

Precision = Literal["year", "month", "day"]

# A day and month without a year may lie a few days after publication although the sentence is in
# the past tense (the page date is the first edition's, a wire story dated in another time zone):
# seen in the T17 articles ("said on April 25" in a story dated the 24th). A week covers that.
SLACK_DAYS = 7

# How far back and ahead of a phrase its sentence is searched for a tense cue; a sentence of news
# prose is rarely longer than this (and a missed boundary only widens the search).
SENTENCE_REACH = 250

_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
_MONTH_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# month names that are also common words or first names: alone, they need a cue before them
_AMBIGUOUS_MONTHS = frozenset({"march", "april", "may", "june", "august"})
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_WEEKDAYS_BY_PREFIX = {name[:3]: number for name, number in _WEEKDAYS.items()}
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}


def _title_or_upper(words: object) -> str:
    """An alternation of each word in Title case and in upper case (month names are never
    lower case in edited prose: "may" and "march" are verbs)."""
    names = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(f"{w.title()}|{w.upper()}" for w in names)


_MONTH = rf"(?:{_title_or_upper(_MONTHS)})"
# abbreviations take a dot, written or tokenised ("Jan. 6", "Jan . 6"), and only count before a day
# or a year; full names come first so that "January" is not read as "Jan"
_ANY_MONTH = "(?:{})".format(
    "|".join(
        [rf"{name}\b" for name in _title_or_upper(_MONTHS).split("|")]
        + [rf"{name}\b(?:\s?\.)?" for name in _title_or_upper(_MONTH_ABBREVIATIONS).split("|")]
    )
)
_WEEKDAY = rf"(?:{_title_or_upper(_WEEKDAYS)})"
_WEEKDAY_ABBR = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b(?:\s?\.)?"
_DAY = r"\d\d?(?:st|nd|rd|th)?(?![\d:])"  # 1..31 is checked when the date is built
_YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
_COMMA = r"\s*,?\s*"  # "April 24, 2024" and the tokenised "April 24 , 2024"
_NUMBER_WORD = (
    r"(?:\d{1,2}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:a\s+)?couple(?:\s+of)?)"
)

# One pattern per kind of phrase, each starting at the phrase's head word (a month, a weekday, a
# digit, "yesterday" ...): a pattern whose first item is a literal or a character class lets the
# regex engine skip ahead to the candidates instead of trying every position, which makes the scan
# about ten times faster than one starting with \b or a modifier. What may stand before the head
# (a modifier, a weekday before a date, characters that rule a number out) is checked afterwards.
_PATTERNS: dict[str, re.Pattern[str]] = {
    "iso": re.compile(r"(?P<y>\d\d\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?![\d-])"),
    "numeric": re.compile(
        r"(?P<a>\d\d?)(?:/(?P<b>\d\d?)/(?P<y>\d{4}|\d\d)(?![\d/])|\.(?P<mm>\d\d?)\.(?P<yy>\d{4})(?![\d.]))"
    ),
    "month_day": re.compile(
        rf"(?P<m>{_ANY_MONTH})\s*(?:the\s+(?=\d+(?:st|nd|rd|th)))?(?P<d>{_DAY})(?:{_COMMA}(?P<y>{_YEAR}))?"
    ),
    "day_month": re.compile(rf"(?P<d>{_DAY})(?:\s+of)?\s+(?P<m>{_ANY_MONTH})(?:{_COMMA}(?P<y>{_YEAR}))?"),
    "month_year": re.compile(rf"(?P<m>{_ANY_MONTH}){_COMMA}(?:of\s+)?(?P<y>{_YEAR})"),
    "month": re.compile(
        rf"(?P<m>{_MONTH})\b"
        # the year of a range's end ("between January and March 2003")
        rf"(?:(?=\s*(?:and|to|or|through|until|-|–)\s*(?:early\s+|late\s+|mid-?)?{_ANY_MONTH}{_COMMA}(?:of\s+)?(?P<ry>{_YEAR})))?"
    ),
    "weekday": re.compile(rf"(?P<w>{_WEEKDAY})\b(?:\s+(?P<part>night|morning|afternoon|evening))?"),
    "day": re.compile(
        r"(?P<word>yesterday|today|tomorrow|tonight|Yesterday|Today|Tomorrow|Tonight|last night|Last night"
        r"|this morning|this afternoon|this evening|This morning|This afternoon|This evening)"
        r"(?:\s+(?:morning|afternoon|evening|night))?\b"
    ),
    "relative": re.compile(
        r"(?P<mod>last|this|next|Last|This|Next|earlier this|later this|Earlier this|Later this)"
        r"\s+(?P<unit>week|month|year)\b"
    ),
    # "two days ago", "three days later": the head is the unit, the count stands before it
    "ago": re.compile(r"(?P<unit>day|week|month|year)s?\s+ago\b"),
    "later": re.compile(r"(?P<unit>day|week|month|year)s?\s+(?P<dir>later|earlier)\b(?!\s+than)"),
    "next_day": re.compile(
        r"(?:the|The)\s+(?:(?P<dir>next|following|previous)\s+day\b|day\s+(?P<dir2>before|after)(?=\s*[,.;:]))"
    ),
    "year": re.compile(rf"(?P<y>{_YEAR})\b(?![%]|[.,:/]\d|-(?!(?:1[89]|20)\d\d\b)\d{{3,}}|\s\d)"),
}
# characters that may not stand right before the head (besides letters and digits)
_NOT_BEFORE = {
    "iso": "-",
    "numeric": "/.-",
    "day_month": ",.$£€",
    "year": ",.$£€#/:'’",
}
# what may stand before the head and belongs to the phrase; its group 1 is the resolver's `mod`
_WEEKDAY_BEFORE = re.compile(rf"(?<!\w)({_WEEKDAY}|{_WEEKDAY_ABBR})\s*,?\s*$")
_COUNT_BEFORE = re.compile(rf"(?<![\w-])({_NUMBER_WORD})\s+$", re.IGNORECASE)
_PREFIXES = {
    "ago": _COUNT_BEFORE,
    "later": _COUNT_BEFORE,
    "month_day": _WEEKDAY_BEFORE,
    "day_month": re.compile(rf"(?<!\w)({_WEEKDAY}|{_WEEKDAY_ABBR}|the)\s*,?\s*$"),
    "month": re.compile(r"(?<!\w)(last|next|this|early|late|mid|earlier|later|Early|Late|Mid)[-\s]+$"),
    "weekday": re.compile(r"(?<!\w)(last|next|this|Last|Next|This)\s+$"),
}
_PREFIX_REQUIRED = frozenset({"ago", "later"})
PREFIX_REACH = 16  # longest prefix: "Wednesday , ", "a couple of " and a little

# Words (or marks) without which a kind's pattern cannot match (every match holds one): a text that holds none
# is not scanned for that kind. Looking for a few words costs a fraction of a pattern's scan, and
# most texts lack most kinds (of 2,527 texts of the 10k heap 8% hold "ago", 36% a month's name).


def _holds_any(*words: str) -> Callable[[str], bool]:
    return lambda text: any(word in text for word in words)


# the names and abbreviations of months all start so; one scan for all is faster than 24 `in`
_MONTH_START = re.compile(
    "|".join(
        f"{m}|{m.upper()}"
        for m in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    )
)
_HOLDS_MONTH = _MONTH_START.search
_GATES: dict[str, Callable[[str], object]] = {
    # the digits-first dates by what follows their first number, searched from the rarer mark
    # (every "-" or "/") instead of from every digit: 5 matches in the 10k heap's texts
    "iso": re.compile(r"-\d\d-").search,
    "numeric": re.compile(r"/\d\d?/|\.\d\d?\.\d").search,
    "month_day": _HOLDS_MONTH,
    "day_month": _HOLDS_MONTH,
    "month_year": _HOLDS_MONTH,
    "month": _HOLDS_MONTH,
    "weekday": _holds_any("day", "DAY"),
    "day": _holds_any(
        "esterday", "oday", "omorrow", "onight", "ast night", "his morning", "his afternoon", "his evening"
    ),
    "relative": _holds_any("week", "month", "year"),
    "ago": _holds_any("ago"),
    "later": _holds_any("later", "earlier"),
    "next_day": _holds_any("day"),
}
_GATE_SET = frozenset(_GATES.values())

# a weekday followed by a capitalised word is a name ("Sunday Times", "Monday Club"), unless the
# word is a month (the longer date pattern has that case)
_NAME_AFTER = re.compile(r"\s+(?:[A-Z][a-z]|[A-Z]{2,})")
# NAMED_DAY_BEFORE: ... and so is a weekday after the word that makes it a named day: a feast of the church
# year, which Easter moves ("Good Friday", "Easter Monday", "Ash Wednesday"), a day of history ("Black
# Wednesday in 1992", "the 1972 Bloody Sunday massacre") or a campaign's or a trade's day ("Paul McCartney
# 's Meat-Free Monday project", a weekly one): none is the weekday nearest the page (T17 bpoil_guardian/
# 132, bpoil_foxnews/59, bpoil_guardian/2096, bpoil_guardian/2111's 1967 Torrey Canyon "On Easter Monday ,
# the tanker broke into two pieces": each read as the weekday before its page). Not the days a story tells
# of as they come round, and reads as the weekday they are: "Super Tuesday" (the primaries'), "Black
# Friday" (the shopping day after Thanksgiving: "Activists across France have staged Black Friday
# protests", heap train-950-2, three pages that agree on it), "Cyber Monday". Dev + heap-10000
# (timeline33): 17 weekdays no longer dates, all named days; T17 command identical; heap-10000 timelines
# 3 change, all right (the 1967 "On Easter Monday" entry gone, "Meat-Free Monday" gone, "Bloody Sunday"'s
# page day told by its own sentence).
# FEAST_NEAR: ... but a feast Easter moves that falls within FEAST_NEAR_DAYS of the page is this
# year's, the day a story of the week tells of ("police said the attack happened on Good Friday" in
# the Tuesday after Easter): its days from Easter Sunday
_FEASTS = {
    ("ash", "wednesday"): -46,
    ("shrove", "tuesday"): -47,
    ("fat", "tuesday"): -47,
    ("palm", "sunday"): -7,
    ("maundy", "thursday"): -3,
    ("holy", "thursday"): -3,
    ("good", "friday"): -2,
    ("holy", "saturday"): -1,
    ("easter", "saturday"): -1,
    ("easter", "sunday"): 0,
    ("easter", "monday"): 1,
    ("whit", "sunday"): 49,
    ("whit", "monday"): 50,
}
FEAST_NEAR_DAYS = 7  # a week either side: the news of that week


def _easter(year: int) -> date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _feast_near(word: str, weekday: str, anchor: date) -> str | None:
    """The feast's day this year when it is within FEAST_NEAR_DAYS of `anchor` (FEAST_NEAR), else None."""
    offset = _FEASTS.get((word, weekday))
    if offset is None:
        return None
    feast = _easter(anchor.year) + timedelta(days=offset)
    return feast.isoformat() if abs((anchor - feast).days) <= FEAST_NEAR_DAYS else None


_NAMED_DAY_BEFORE = re.compile(
    r"(?<![\w-])(?:(?P<black>Black)|Bloody|Meat-[Ff]ree|Meatless|Throwback|Ash|Palm|Maundy|Holy|Good|Easter|"
    r"Whit|Shrove|Fat)\s+\Z"
)
NAMED_DAY_CHARS = len("Meat-Free ") + 1
# a preposition before a weekday makes it a day even before a name ("On Thursday BP said"): a
# paper's title takes "the" ("the Sunday Times"). On T17, 24 of 26 such weekdays were days; the
# other two were a radio programme ("on Sunday Sequence").
# SURNAME_DAY: ... and so is a weekday after a given name that opens a name ("I did not care what would become of
# Daniel Plainview or Eli Sunday", "The other primary character is Eli Sunday, played by Paul Dano", heap
# l3s_gn1-915ff932: a film's preacher, read as the Sunday of the page): a surname. Not after a preposition,
# where the name is a place's ("An 88-72 road loss to the Cavaliers in Cleveland Friday"), nor after a
# capitalised word, where the given name may be a surname itself ("Coast Guard Adm. Thad Allen Thursday");
# the given names are the census list as the entities read it (analyse.given_names, which spares the
# timeline command importing analyse.entities). Dev + heap-10000 (timeline34): 2 weekdays no longer dates, both "Eli Sunday"; "in Cleveland Friday" kept.
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w'’])(?P<before>[a-z]+)\s+(?P<name>[A-Z][a-z]+)\s+\Z")
GIVEN_NAME_CHARS = 40  # a short word and a given name: "or Christopher " with room to spare
_PLACE_BEFORE = frozenset(
    {"in", "at", "on", "of", "from", "to", "for", "by", "near", "outside", "inside", "into", "across"}
    | {"through", "via", "around", "the", "a", "an"}
)
# ... nor after a verb in the past or "with", whose object the name is: a surname alone as often as a
# given name, with the day of the act after it, the news' order ("met with Allen Thursday", "told
# Jackson Monday", "phoned Frank Monday")
_OBJECT_BEFORE = frozenset({"with", "told", "met", "saw", "hit", "beat", "sent", "gave", "took"})


def _surname_day(text: str, start: int) -> bool:
    """Whether the weekday at `start` is a surname after its given name (SURNAME_DAY)."""
    name = _GIVEN_NAME_BEFORE.search(text, max(0, start - GIVEN_NAME_CHARS), start)
    return (
        name is not None
        and name["before"] not in _PLACE_BEFORE
        and name["before"] not in _OBJECT_BEFORE
        and not name["before"].endswith("ed")
        and name["name"].lower() in census_given_names()
    )


# ANY_SUCH_DAY: ... and so is a weekday of a habit ("you don't need to be in the pew every Sunday", "watch Up with
# Steve Kornacki every Saturday and Sunday at 8 AM", "Each Friday we will give an answer") or one that the
# writer leaves unknown ("bartenders who ... pocket at least $ 250 in tips on a Saturday night .", "It was a
# Wednesday , and I was calmly designing", "said one Saturday afternoon .", "from a Saturday to a Monday to a
# Wednesday": BASIL 3db93526, heap cleanportaleval-tv_msnbc_com_news_28, T17 H1N1_bbc/452, bpoil_foxnews/1155,
# H1N1_guardian/458, bpoil_washingtonpost/1500: each read as the weekday before the page). After "a", "an"
# or "one" the weekday is a date when it modifies a noun after it ("during a Saturday press conference",
# "a Monday deadline", "a Thursday attack outside the airport": a day the story knows), not before a
# mark or a word of the sentence's own (a preposition, a conjunction). Dev + heap-10000 (timeline34, the
# largest wrong class of a sample of 60 heap weekday, relative and month phrases): 45 values (23 phrases of
# 17 texts and their copies) no longer dates, all right; the 60-odd "a <weekday> <noun>" keep theirs; T17
# command: every figure the same; heap-10000 timelines 12 of 4,927 change, 9 right, 3 unclear.
_ANY_SUCH_BEFORE = re.compile(
    rf"(?<![\w'’-])(?:(?P<every>[Ee]very|[Ee]ach)\s+(?:{_WEEKDAY}\s+(?:and|or)\s+)?|(?:[Aa]n?|(?<!another\s)[Oo]ne)\s+)\Z"
)
ANY_SUCH_CHARS = len("every Wednesday and ") + 1
# (a word after the weekday that is no noun or modifier of one, or none: the phrase ends a noun phrase of its
# own; a capital goes on a noun, "a Saturday morning Pentagon press conference", "a Thursday night Facebook
# post"; "Chick-fil-A Wednesday" has no article, nor "another one Sunday night" a number)
_NO_NOUN_AFTER = re.compile(
    r"\s+(?:in|at|on|to|and|or|but|when|as|with|of|for|from|after|before|near|during|like|that|which|"
    r"who|where|while|is|was|were|are|has|had|I|we|he|she|they|it)\b|(?!\s+[A-Za-z])"
)


def _any_such_day(text: str, m: _Phrase) -> bool:
    """Whether the weekday phrase is any such day, of a habit or left unknown (ANY_SUCH_DAY)."""
    before = _ANY_SUCH_BEFORE.search(text, max(0, m.start - ANY_SUCH_CHARS), m.start)
    return before is not None and (
        before["every"] is not None or _NO_NOUN_AFTER.match(text, m.end()) is not None
    )


_ON_BEFORE = re.compile(r"(?<!\w)(?:[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Bb]efore|[Aa]fter)\s+\Z")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n][\"'“”]?\s*|^[\"'“]\s*)$")
# a year followed by one of these counts something ("2000 people", "1,500 troops")
_COUNTED = re.compile(
    r"\s+(?:people|persons|men|women|children|troops|soldiers|police|officers|votes|voters|cases|deaths|"
    r"dead|killed|injured|workers|jobs|homes|houses|residents|students|patients|members|employees|"
    r"staff|units|barrels|tons|tonnes|pounds|dollars|euros|yuan|km|kilometres|kilometers|miles|"
    r"metres|meters|feet|ft|acres|hectares|calories|points|hours|minutes|seconds|days|weeks|months|"
    r"years|words|pages|signatures|flights|vehicles|cars|rounds|shares|delegates|seats|"
    # a time of day on the 24-hour clock ("at 2000 GMT")
    r"GMT|BST|UTC|CET|CEST|EDT|EST|CDT|CST|MDT|MST|PDT|PST|ET|hours|hrs|local\s+time)\b"
)
_NUMBER_BEFORE = re.compile(r"(?<!(?:1[89]|20)\d\d-)(?<=\d[ -])$")
# cues before an ambiguous month name alone ("in May", "since April", "early June")
_MONTH_CUE = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|of|during|through|throughout|before|after|between|"
    r"and|or|to|last|next|this|early|late|mid|end|beginning|start|middle|since|on|for|until)"
    r"[\s-]+(?:(?:the\s+)?(?:end|beginning|start|middle|early|late)\s+(?:of\s+)?)?)$",
    re.IGNORECASE,
)
# the "to" of an infinitive after a cue ("was to meet", "due to be announced"), not a preposition:
# not before a determiner, a pronoun, a name or a figure ("closed due to the storm", "were to the
# north of the city", "was to no avail", "going to Kuwait", "set to 150 %"; heap-10000 and the
# dev sets: "due to the/a/an/his/their ..." alone 330 times, none a plan), nor before "blame" or a
# perfect infinitive ("was not to blame", "were to have embarked Saturday", "likely to have had"); but
# "have" before its object is a plan's ("They hope to have them out by Saturday", heap l3s_gn1-807f2bb5
# on a Monday page, read as the Saturday before: HAVE_OBJECT)
_INFINITIVE_TO = (
    r"\s+(?:not\s+)?to\b(?!\s+(?:(?:blame|the|a|an|no|his|her|its|their|our|my|your|this|that|"
    r"these|those|him|them|me|us|have(?!\s+(?:them|it|him|her|us|the|a|an|its|their|his|our|this|that|these|"
    r"those|some|all|enough|more)\b))\b|[A-Z0-9$£€]))"
)
# DUE_TO_CAUSE: "due to" before a noun or an adjective gives a cause, no plan ("the deaths were due to air
# pollution on Tuesday", "closed due to bad weather on Friday"): a word with a noun's or an adjective's
# ending (an infinitive never ends in "-ion", "-ity", "-ness", a plural's "-s", "-ed" or a gerund's
# "-ing"; not "discuss", "focus", "need", "bring"; nor in "-ism", "-itis", "-nia", "-sive", "-tive",
# "-ical", "-onal", "-ic": "due to pneumonia", "due to religious", "due to seasonal", "due to economic";
# "-ed" after three letters or more: "wed" and "shed" are verbs) or one of the causes that follow "due to"
# in the dev sets and heap-10000 ("due to health / human / climate / global / injury ...")
_CAUSE_AFTER_DUE = (
    r"\s+to\s+(?:[a-z]*(?:ion|ity|ness|[^su]s|ism|itis|nia|sive|tive|ical|onal|ic)|(?!shed\b)[a-z]+[^e]ed"
    r"|[a-z]*[aeiouy][a-z]*ing|air|health|human|climate|"
    r"weather|global|bad|poor|high|low|old|oil|gas|water|lack|fear|injury|damage|disease|storm|rain|snow|"
    r"heat|cost|staff|crime|noise|flu|swine|media|government|safety|security|budget|technical|time|"
    # (WEATHER_CAUSE: "due to wind", "due to fog on Sunday", "due to heavy rain", "due to covid": causes
    # the endings miss, weather, illness and the adjectives before them; timeline30)
    r"wind|fog|ice|hail|smoke|drought|frost|cold|mud|sleet|tornado|hurricane|tide|surf|heavy|strong|severe|"
    r"extreme|inclement|icy|dense|thick|winter|covid|coronavirus|influenza|negligence|pressure|exposure|"
    r"stress|legal|social|financial|natural|normal|sudden|mild|higher|lower|poorer|better|greater|fewer|"
    r"worse|additional|widespread|inadequate|several|short|false|gross|massive|remote|regular|red)\b"
    # (a cause has no object: a verb of that form has, "Christie's is due to auction the painting on
    # Friday", a plan; nor is a verb of three letters in "-ed" a past participle: "The couple are due to
    # wed on Friday" (review31) is a plan, as is "due to shed 500 jobs")
    r"(?!\s+(?:the|a|an|his|her|its|their|our|this|that|these|those|it|them|him)\b)"
)
# Irregular past forms, which the "-ed" test misses: the simple pasts ("Sen. Hawley on Wednesday became
# the first ...", "the Coast Guard says that no oil appears to be leaking from a rig that sank off
# Louisiana on Thursday", "the trade talks that fell apart in May") and the pasts that are participles
# too ("Olmert sent a letter to his Cabinet ministers Monday", "the seat left vacant by the death of
# Justice Ruth Bader Ginsburg on Friday"), which after "is / are (being)" are a present passive, no
# past (as "-ed" forms are: 3. below). Not "heard" ("will have his case heard in Perth Monday") nor
# forms that are also present or nouns ("put", "hit", "cut", "set", "read", "rose", "saw", "led");
# the pasts in "-eed", which the "-ed" test leaves out with "need", "speed", "proceed", stand with "said"
# in _TENSE_CUE ("House and Senate negotiators on Monday night agreed in principle", heap copy-000153,
# train-1369-1: read as the Monday ahead; "received a boost on Tuesday when leading Senate Democrats
# agreed on a $3.5 trillion plan"; dev + heap-10000: 3 values move, all right, with INTENT below; among
# the first letters here, "a" and "d" cost 4% of the scan);
# "left" not as "the left", "his left eye" or "left-wing".
_IRREGULAR_PAST = (
    "spoke|flew|wrote|chose|broke|froze|stole|drove|rode|fell|gave|ran|knew|grew|threw|drew|swore|tore|"
    "shook|woke|sank|sang|rang|became|forgot|saw|rose|swung|slid|withdrew"
)
_IRREGULAR_PARTICIPLE = (
    "brought|bought|thought|taught|caught|felt|fought|stood|fled|kept|sought|sent|spent|paid|struck|found|"
    "made|led|dealt|sold|built|swept|laid"
)
# (the literal first, then the look back: a look-behind tried at every word start costs more)
_LEFT = (
    r"left(?<!\bthe\sleft)(?<!\bhis\sleft)(?<!\bher\sleft)(?<!\bits\sleft)(?<!\btheir\sleft)"
    r"(?![-\s]+(?:wing|hand|side|field|over)\b)"
)
_PARTICIPLE = f"{_IRREGULAR_PARTICIPLE}|{_LEFT}"
# a look-ahead on the words' first letters lets most word starts skip the ~45 words: the cue
# pattern's scan costs +10% over the "-ed" test alone instead of +45% (the same matches)
_IRREGULAR_FIRST = "".join(
    sorted({w[0] for w in f"{_IRREGULAR_PAST}|{_IRREGULAR_PARTICIPLE}|left".split("|")})
)
_IRREGULAR = f"(?=[{_IRREGULAR_FIRST}])(?:{_IRREGULAR_PAST}|{_PARTICIPLE})"
# PAST_BEFORE_OBJECT: a past whose form is also the present, the infinitive or a noun ("The Federal
# Reserve cut its benchmark lending rate ... on Wednesday", "Wladimir Klitschko easily set aside the
# challenge of ... Hasim Rahman, stopping the former heavyweight champion in seven rounds on Saturday",
# "A powerful earthquake hit southern Iran on Sunday", "police say a man shot to death his former
# girlfriend", heap train-2120-1, 7_7ecb: no cue, read as the day ahead or guessed) is a past between
# a subject and an object: not after "to", a modal, "do", an auxiliary, a pronoun that takes the
# present's bare form ("they cut"), or a determiner ("a rate cut", "the hit"), and only before an object
# or a particle ("its", "the", a name, a figure, "off", "aside"); "a tax cut on Friday", "set for
# Tuesday", "set to meet" are no past.
_BEFORE_BASE_PAST = (
    "to|a|an|the|this|that|its|his|her|their|our|my|your|no|any|each|every|another|will|would|could|should|"
    "can|may|might|must|shall|do|does|did|not|ll|is|are|am|be|been|being|was|were|has|have|had|get|gets|got|"
    "I|we|you|they|We|You|They|s|and|or|"
    # (a verb before the bare form takes it as its infinitive: "Alabama AG says put terms in writing",
    # "helped cut", "let go")
    "says|said|say|help|helps|helped|make|makes|let|lets"
)
_BASE_PAST = "hit|cut|put|shut|cast|beat|quit|upset|shot"
# (the words after a noun or a passive, no object: "a tax cut on Friday", "hit by a car", "set for")
_NOT_OBJECT = (
    "on|in|at|by|for|of|to|from|with|into|over|under|after|before|during|and|or|but|as|than|is|are|was|were|"
    "will|would|has|have|had|that|which|who|when|while|since|until|if|because|today|tonight|yesterday|tomorrow"
)
_PAST_BEFORE_OBJECT = (
    rf"(?=(?:{_BASE_PAST}|set)\b)"
    # (a determiner opening its sentence is capitalised: "The hit show returns", "A cut above")
    + "".join(
        rf"(?<!\b{w}\s)"
        for w in sorted({form for word in _BEFORE_BASE_PAST.split("|") for form in (word, word.capitalize())})
    )
    + r"(?<!n['’]t\s)"  # "did n't cut", "didn't cut"
    + rf"(?:(?:{_BASE_PAST})(?=\s+(?!(?:{_NOT_OBJECT}|{_WEEKDAY})\b)[\w$£€])"
    # ("set" schedules what it sets: "The judge set the sentencing for June 28", "has also set a
    # preliminary date of January 14" are plans; only "set" before a particle is a past)
    + r"|set(?=\s+(?:aside|off|out|about|fire|free|sail|foot|ablaze|alight)\b))"
)
# the words before the noun "hope" or "aim", which is no INTENT (2. below): "the politics of hope to one
# side", "gave up all hope to win", "his aim to"; "s" is a possessive's, whose apostrophe opens it as a
# word: "BP's hope to stop the leak by Wednesday was dashed", "BP 's aim to cap the well by Wednesday"
_NOT_INTENT = ("of", "the", "a", "no", "all", "any", "its", "his", "her", "their", "our", "my", "your", "s")
# "slated" tells a plan as "scheduled" does (SLATED), but "slated by / over" is a past: criticised
_SLATED = r"slated(?!\s+(?:by|over)\b)"
_TENSE_CUE = re.compile(
    # 1. past: a modal with "have" ("could have prevented"), a past perfect, a past form, "since"
    r"(?P<past>\b(?:would|could|should|might|must|may)\s+(?:not\s+)?have\b(?:\s+been)?(?:\s+[a-z]+)?"
    r"|\bhad\s+(?:not\s+)?(?:been\s+)?(?!scheduled|" + _SLATED + r"|planned|expected|set\b|due\b)[a-z]+"
    # ("was" and "were" not before "to": "the board was to meet on Monday" is a plan, see 2.; but
    # "the firm was not to blame for the accident" is none, nor is a perfect infinitive, a plan
    # not carried out or a guess about the past: "were to have embarked Saturday", "likely to have had")
    r"|\b(?:was|were)\b(?!" + _INFINITIVE_TO + ")"
    r"|\b(?:did|said|told|met|held|took|came|went|began|won(?!['’]t)|lost|ago|last|yesterday|earlier|since|"
    r"(?:dis)?agreed|freed|"
    + _IRREGULAR
    + "|"
    + _PAST_BEFORE_OBJECT
    # (not an infinitive's "-ed": "The couple are due to wed on Friday", "due to shed 500 jobs")
    + r"|(?!scheduled|"
    + _SLATED
    + r"|planned|expected)(?!wed\b(?<=\bto\swed))(?!shed\b(?<=\bto\sshed))[a-z]*[a-df-z]ed)\b)"
    # 2. future: a modal takes its verb group along ("would be released", "won't be completed")
    r"|(?P<future>(?:\b(?:will|shall|would|should|could|may|might|must|won['’]t|wo\s?n['’]t)|['’]ll)"
    r"(?:\s+(?:not|be|have|been|also|then|now|soon|\w+ly))*(?:\s+[a-z]+)?"
    # the future of a past ("was to meet", "was likely to resume", "were expected to arrive") is still
    # ahead of the story; a cue that ends in "to" leaves the "to" to its infinitive, so that "is
    # expected to be completed" and "was to be sealed" read as the passive ("to be sealed", 3.), not
    # as a past "-ed" form
    r"|\b(?:going|is|are|was|were|due(?!" + _CAUSE_AFTER_DUE + ")|set|expected|likely|plans?|intends?"
    # (INTENT: a hope or an aim is ahead as a plan is: "BP hopes to begin its attempt ... on Tuesday",
    # "a process they hope to complete in August", "BP aims to plug the well late this month or in
    # August" had no cue and read the Tuesday or the August before (T17 bpoil_bbc/1313, bpoil_foxnews/
    # 2180, bpoil_reuters/1168); not the noun after a determiner or "of" (_NOT_INTENT). Dev + heap-10000: 11 values move, 8 right, 2 wrong (a Thursday wire text on a Friday
    # page, "BP says it hopes to resume ... Thursday night"; a "when" clause whose "agreed" was no cue,
    # so that a relative clause's "they aim to" after it read "on Tuesday": "agreed" is a past now,
    # below), 1 unclear ("Black Friday"): with "agreed", 10 move, 8 right, 1 wrong, 1 unclear
    # (the look-ahead first: the look-behinds tried at every word start cost 5% of the scan); an
    # adverb may stand before the "to" ("BP hopes partly to close the cap on Tuesday", T17
    # bpoil_bbc/1327 in a Monday story, read the Tuesday before)
    r"|(?=hope|aim)"
    + "".join(rf"(?<!\b{w}\s)" for w in _NOT_INTENT)
    + r"(?:hopes?|aims?)(?:\s+[a-z]+ly)?)(?="
    + _INFINITIVE_TO
    + ")"
    # (PLAN_PROGRESSIVE: "is expecting to", "are hoping to", "is aiming to", "is preparing to" tell a
    # plan as "expects to" does: "President Trump's defense team is expecting to use only two to three
    # hours on the Senate floor on Tuesday", "We are expecting to see the first impact ... Chandeleur
    # Islands on Saturday", heap train-2191-1, T17 bpoil_washingtonpost/2087, read the day before;
    # "was / were expecting to" is a future of a past, _told_before)
    r"|\b(?:is|are|am|was|were)\s+(?:[a-z]+ly\s+)?(?:expecting|hoping|aiming|preparing)(?="
    + _INFINITIVE_TO
    + ")"
    # (TO_BE_DONE: an infinitive of a plan set off by a comma after its noun, no verb before it: "The
    # report, to be released in full on Tuesday, is utterly damning", T17 bpoil_guardian/93 in a
    # Thursday story, read the Tuesday before; after a verb, "to be released" is the verb's passive, 3.
    # Not a sentence adverb set off the same way, ", to be sure ,", ", to be fair ,": no plan)
    r"|(?<=,\s)to\s+be\s+(?!(?:sure|fair|clear|honest|frank|precise|exact|certain)\b)(?:[a-z]+ly\s+)?[a-z]+"
    # (TO_BE_AIRED: a broadcast's infinitive tells its airing ahead of the telling, after its noun with
    # no comma too: "he told ABC's This Week program, in an interview to be broadcast later on Sunday",
    # "The House speaker, in an interview with Fox News to air Tuesday morning, gave" read the Sunday or
    # Tuesday before: T17 bpoil_bbc/1503 on a Saturday page, BASIL f11c2566_3 on a Monday page; not
    # "opted not to air", nor "air" as a noun ("to air pollution", "to air travel": the words that follow
    # "to air" as a noun in the dev sets and heap-10000). Dev + heap-10000: 7 values move, all right.)
    r"|(?<!\bnot\s)\bto\s+(?:be\s+(?:broadcast|aired|shown|televised|screened)\b"
    r"|air\b(?!\s+(?:pollution|quality|travel|traffic|testing|viewers|strikes?|force|and)\b))"
    # ("set for Tuesday" is a plan as "scheduled for" is: "Two Senate hearings were set for Tuesday")
    # (SLATED: and so is "slated", which was read as a past "-ed": "the hearing , slated for 3 p.m. local
    # time ( 2000 GMT ) on Thursday" in a Wednesday story, "the permanent fix ... remains slated for
    # mid-August" in July, "the general election slated for June 25" in January: T17 bpoil_reuters/1263,
    # bpoil_foxnews/1126, BASIL d3a1ce0a_2, each read the day, month or date before. Dev + heap-10000
    # (timeline33): 11 values move, 9 right, 2 unclear (pages the heap dates after their stories); T17
    # command identical; heap-10000 timelines 6 change, 5 right, 1 unclear. Not before "by" or "over":
    # the British press's "slated" is a past, criticised: "BP was slated by MPs on Tuesday", review35.)
    # (EXPECTED: what one expects to happen is ahead of the expecting: "BP expects the well to be
    # completely sealed on Saturday", "Analysts expect BP to report $5bn profits ... on Tuesday",
    # "Forecasters expect Alex to make landfall again ... early on Thursday", "results from the testing
    # are expected on Monday" had no cue (or the "-ed" of "sealed") and read the day before: T17
    # bpoil_foxnews/1722, bpoil_guardian/2142, bpoil_reuters/1749, bpoil_bbc/380. The one expected may
    # stand between "expect" and "to", up to 3 words ("expects them to", "expect the seas to"); a
    # present "is / are expected" before a day's preposition has no "to". Dev + heap-10000: 11 values
    # move, all right, 2 of them on pages dated far off their stories. "expected to" was a cue already.
    # "expects to" with no word between is the same reason but is left out for now: it moves 5 more
    # values, 4 right, 1 unclear, and T17's command loses one gold day at the length bar (a misread
    # May 3 had lifted H1N1_guardian's length): bench/README.md, timeline27.)
    r"|\bexpects?(?=(?:\s+[\w'’-]+){1,3}?" + _INFINITIVE_TO + ")"
    r"|\b(?:is|are)\s+expected(?=\s+(?:on|by|later|early|late|before|within|next|this)\b)"
    r"|\b(?:scheduled|"
    + _SLATED
    + r"|planned|planning|upcoming|next(?<!\bthe\snext)|tomorrow|later\s+this|(?<!been\s)set(?=\s+for\b))\b)"
    # 3. neither: a participle after "to be", a present passive ("to be sealed", "is being held"), a
    # present perfect, which tells of a state lasting until now ("schools have been closed until 6 May");
    # an adverb in "-ly" may stand before the participle (ADVERB_BETWEEN: "is expected to be permanently
    # sealed by Sunday", "was to be permanently sealed by Sunday", "is scheduled to be officially
    # released on Wednesday" read their participle as a past "-ed" verb and the Sunday or Wednesday
    # before: T17 bpoil_bbc/167, /2117, bpoil_reuters/850; the 3 values of the dev sets and heap-10000
    # that move, all right)
    r"|(?P<neutral>\bto\s+be\s+(?:[a-z]+ly\s+)?[a-z]+"
    # (an infinitive with an adverb between, "to definitively shut down the leak": no PAST_BEFORE_OBJECT)
    + rf"|\bto\s+[a-z]+ly\s+(?:{_BASE_PAST}|set)\b"
    # (NEGATED_PRESENT: a present passive or perfect with "not" or "n't" between, tokenised or not: "if
    # the gusher is n't stopped before the relief wells are completed in August -- it will become Obama 's
    # Katrina" read "stopped" as a past "-ed" and August 2009 on a May 2010 page, T17
    # bpoil_washingtonpost/673; "that has n't changed". Dev + heap-10000: 2 values move (that page and
    # its heap copy), right; 8 tenses with the same value, 7 right)
    + r"|\b(?:has|have)(?:\s+not|\s?n['’]t)?\s+(?:been\s+)?(?:[a-z]+ly\s+)?[a-z]+"
    r"|\b(?:is|are)(?:\s+not|\s?n['’]t)?\s+(?:being\s+)?(?:[a-z]+ly\s+)?(?:(?!expected|scheduled|"
    + _SLATED
    + r"|planned)[a-z]+ed|"
    + _PARTICIPLE
    + r")\b)"
)
# "in November, when the US will host ...": the clause after the phrase tells its tense. But a "when"
# clause of the future is in the present ("But the real drama will come on Thursday, when Hayward appears
# at a congressional hearing", "He will seek the same killer punch against Tony Hayward on Thursday, when
# BP's CEO appears before a panel": T17 bpoil_guardian/1611, /15, read as the Thursday before): where it
# holds no cue, the cue before the phrase tells its tense after all (WHEN_PRESENT).
_WHEN_CLAUSE = re.compile(r"\s*,?\s*when\b")
# A main clause's future cue does not reach a phrase after ", despite ..." or ", given ...": the
# concession or consideration is a fact the clause takes as granted, so it happened already or
# holds now ("politicians are n't likely to extend much sympathy to BP , despite the company 's
# commitment on Wednesday to set up a $ 20bn fund", bpoil_guardian/1029; "the nomination may be
# withdrawn, given the objections of some Republicans on Wednesday"; "following a 56-44 Senate vote
# ... Tuesday"). A determiner must follow, so that the word is a preposition before a noun phrase,
# not a verb ("following up the announcement with a visit on Friday", "will be given the award").
_GRANTED = re.compile(
    r",\s+(?:despite|in\s+spite\s+of|given|considering|following)\s+"
    r"(?:the|a|an|his|her|its|their|this|that|these|those|some|\d)\b"
)
# HAPPENED: a date that names a happening no one can schedule or foresee, an accident, an attack, a
# death, or a contest's outcome ("after Thursday's accident the department may hesitate to act",
# "recovering from Friday's craniotomy", "the April 20 explosion", "Sunday's 24-17 loss"), names one
# that is over: nobody names the day of a crash or of a defeat before it has happened. So it reads in
# the past whatever cue its clause holds: a "may" or "will" after it tells of the clause's subject
# ("the department", "business"), not of the happening, and a plan of the day cannot be meant. (A
# possessive of a happening that can be scheduled, "Monday's vote", "Thursday's debate", "Tuesday's
# hearing", takes its clause's tense: "ahead of Thursday's second and final presidential debate ...
# will silence the microphone" is ahead.) The noun follows the date, after "'s" or as its modifier,
# with at most MODIFIER_WORDS words between ("Thursday's deadly rig explosion"). Not storms,
# hurricanes or floods, which are forecast ("Friday's storm is expected to bring ...").
_HAPPENING_NOUNS = (
    "accident|explosion|blast|attack|crash|collision|shooting|stabbing|killing|murder|assassination|death|"
    "bombing|earthquake|quake|tsunami|derailment|sinking|collapse|massacre|ambush|riot|clashes|disaster|"
    "tragedy|blowout|spill|outbreak|loss|defeat|upset|rout|victory|win|craniotomy"
)
# The words between are the noun's modifiers ("rig", "Deepwater Horizon", "deadly"), never a
# preposition or a possessive or demonstrative determiner, which open a phrase of the clause's own:
# "will meet Tuesday following a deadly explosion", "will question executives Thursday about a deadly
# explosion", "will play Friday with a win needed" tell of a meeting, a hearing, a game ahead
# (_NOT_MODIFIER; "a" and "an" may open the happening's own clause: "ruptured on April 20 when an
# explosion blew up an offshore rig").
MODIFIER_WORDS = 3
_NOT_MODIFIER = (
    r"the|of|and|or|to|in|on|at|his|her|its|their|this|that|these|those|about|after|following|"
    r"with|for|over|into|from|by|as|amid|before|since|against|despite|than"
)
_HAPPENED = re.compile(
    rf"(?P<past>(?:\s?['’]s)?(?:\s+(?!(?i:{_NOT_MODIFIER})\b)"
    rf"[\w-]+){{0,{MODIFIER_WORDS}}}?\s+(?:{_HAPPENING_NOUNS})(?:e?s)?\b)(?P<future>(?!))?(?P<neutral>(?!))?"
)
# HAPPENED_THERE: so is a month told after the happening and its place, "in" the month ("he won't support
# creating a commission to investigate a pro-Trump mob's attack on the U.S. Capitol in January", AllSides
# 6034_right, read ahead from "won't"; "the earthquake in Haiti in January", "a second spill in Alaska in
# November"): the month dates the happening, not the clause's verb. Not a day or weekday "on" it ("Hayward
# will be grilled about the disaster in the US on Thursday" is the grilling's day, T17 bpoil_guardian/695).
# Dev + heap-10000: 1 value moves (6034_right's), right; the other 12 months so told (8 texts) read past already.
HAPPENED_THERE_CHARS = 90  # the noun, its preposition and a place of up to five words
_HAPPENED_THERE = re.compile(
    rf"(?P<past>\b(?:{_HAPPENING_NOUNS})(?:e?s)?\s+(?:on|at|in|near|off|against|aboard)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){1,5}in\s+\Z)(?P<future>(?!))?(?P<neutral>(?!))?"
)
# DATELINE_DAY: a wire story's dateline ("HOUSTON , April 29 ( Reuters ) -- A massive oil spill expected
# to hit ...", "FRANKFURT, Jan 9 (Reuters) - Microsoft will not launch ...") names the day it was filed,
# never after its page's: its day and month are read as a past's, whatever its first sentence's verb says
# (T17 bpoil_reuters/1882's second story, on a May 14 page, read 2011-04-29 from "expected"). Dev +
# heap-10000: 113 phrases stand before such a credit, 5 were read after their page (4 texts), all dateline
# days. Only the value: `tense` still tells the sentence's own cue.
_DATELINE_CREDIT = re.compile(r"\s*\(\s*(?:Reuters|AP|AFP|UPI|Bloomberg)\s*\)\s*[-–—]")
# "was" or "were" before a future cue makes it a future of a past ("was expected to", "were due to",
# "was scheduled for", "was not likely to"): _told_before
# ... and so does a past perfect ("Crews had planned to spend Wednesday and Thursday reinforcing ... the
# relief tunnel" in a Thursday story, T17 bpoil_foxnews/1765: the plan as it stood, this week's
# Wednesday, not the next; "had been scheduled for")
_WAS_BEFORE = re.compile(r"\b(?:was|were|had(?:\s+been)?)\s+(?:not\s+|also\s+|still\s+)?\Z")
WAS_BEFORE_CHARS = len("had been still ") + 1
# A sentence ends at its stop and a space, or a line's end; not at the dot of "St." (Saint, before a
# place's or a person's name: "The 30-year-old center was acquired by St. Louis on December 14" lost
# its "was" and read the December after a December 3 page, heap l3s_gn1-eba86c40; the one value of the
# dev sets and heap-10000 that moves). Other abbreviations do end it here: cutting none of "U.S.",
# "Sen.", "Sept." moved 48 values, 19 wrong (timeline24), as the farther cues of a long sentence reached.
# ... but a street's "St." ends its sentence where a word that opens sentences follows ("Mourners will
# gather on Oak St. The crash on Friday killed three teens" took the "will" of the sentence before and
# read the Friday ahead): no saint's or place's name is "The", "It", "On" ... (review26).
# ... and no sentence opens in lower case: an abbreviation before a lower-case word ends none ("aid for
# U.S. farmers on Tuesday", "a U.S. congressional hearing on Thursday", "in more than 50 U.S. cities
# from Thursday to Saturday", "at 2:30 p.m. on Wednesday" lost the cue before them: "was set to
# announce", "is due to testify", "said on Monday it would organize", "announced"; heap val-252-2, T17
# bpoil_reuters/1547, /103, heap train-470-0). Dev + heap-10000: 33 values move, 29 right, 4 wrong (a
# farther cue of the longer sentence: "Trump supporters fought with police ... at about 7 p.m. on
# Monday", "called on states to make all adults in the U.S. eligible ... by May 1"); T17 command date
# F1 the same, concat R1 0.3921 -> 0.3929. A brand whose second letter is a capital opens sentences in
# lower case ("iPhone sales rose on Monday", "eBay shares fell"): a sentence ends before it (review30b).
# TITLE_DOT: nor at a title's dot before its name ("On Friday, Gov. Roy Cooper moved the state into a second
# reopening phase" lost its "moved" and read its Friday by default, heap train-2011-2)
_TITLES = "Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|Rev"
# ZONES is the one list of time zones a clock names: a stamp's (_ZONED_CLOCK, and timeline's stamps),
# CLOCK_DOT's and PRESENT_DAY's clocks
ZONES = r"(?:GMT|BST|UTC|CEST|CET|IST|[ECMP][SD]?T|UK time)\b"
# CLOCK_DOT: nor at a clock's "a.m." / "p.m." before the day it times, a weekday or a month, a time zone
# between ("the nine House impeachment managers walked over to the Senate shortly after 7 p.m. Monday",
# "there could be a government shutdown after 11:59 p.m. ET Friday": the weekday lost the "walked" or
# "could be" before the clock and was read by default, heap train-1885-1, train-1509-2). Dev + heap-10000
# (timeline32): 7 values move (5 texts), all right ("is due to discuss ... at 11 a.m. EDT on Saturday"
# ahead, "missing since the blast about 10 p.m. CDT Tuesday night would be rescued" back); 25 tenses with
# the value the same, 21 right ("was struck around 7 p.m. Wednesday"), 4 wrong, 2 texts in T17 and the
# heap (a lower-case phrase after a stop now reads across it, as no sentence opens in lower case: "blue in
# the face . yesterday I found"; a past farther back reaches "You can join ... at 10:30 a.m. ET on May 8")
_CLOCK_DOT = (
    rf"(?!(?:(?<=[ap]\.m\.)|(?<=[ap]\. m\.))\s+(?:{ZONES}\s+)?(?:on\s+)?"
    rf"(?:{_WEEKDAY}|{_MONTH})\b)"
)
CLOCK_DOT_CHARS = len(" UK time on September") + 1  # (ZONES' longest)
# DOTTED_ABBR: nor at the last dot of a dotted abbreviation ("U.S.", "D.C.", "U.N.") before a capital,
# unless a sentence's opening word follows, as after "St." ("in the U.S. The"): most such capitals go on
# a name ("Pugh, 69, is expected to self-surrender to U.S. Marshals Thursday", "On Thursday the U.S. Food
# and Drug Administration (FDA) will meet", heap train-1905-1, train-276-1: cut from their "is expected
# to" or "will", each weekday was read by default the one before). Dev + heap-10000 (timeline34): 13
# values move, 10 right, 3 wrong (a farther cue of the longer sentence: "A Republican who will soon step
# down as chairman of the U.S. House ... late on Monday released", "will be able to block ..., after the
# U.S. Senate on Tuesday narrowly killed", "he won't support ... an attack on the U.S. Capitol in
# January"); T17 command identical; heap-10000 timelines 14 of 4,927 change, 8 right, 2 wrong, 4 unclear.
# (SUBORDINATE_VERB, below, mends the first two.)
# Not an initial after a space ("Robert S. Mueller", "George W. Bush"): measured with them, 18 values
# moved, 11 right, 7 wrong (their sentences' farther cues).
_SENTENCE_END = re.compile(
    r"(?:(?<!\sSt)(?<!^St)(?<!\.[A-Z])|(?=\.\s+(?:The|A|An|It|He|She|They|We|I|On|In|At|His|Her|Its|Their|This|That|There|But|And)\b))"
    r"[.!?]"
    + _CLOCK_DOT
    + "".join(rf"(?<!\b{title}\.)" for title in _TITLES.split("|"))
    + r"\s(?!\s*[a-z](?![A-Z]))|\n"
)

# A story filed between midnight and NIGHT_END_HOUR was written on the evening before its stamp's
# date, so its day words ("tonight", "today", "yesterday", "last night") count from that day:
# "the filing of yesterday's complaint" in a London story stamped "Fri Dec 17 , 2010 1:09 am IST"
# is Wednesday the 15th, not the 16th. The evidence is the stamps in the heads of the dev
# articles (T17 and mixed-dev): 23 carry a zoned clock before 04:00 on their publication date;
# by their dateline 18 were filed in the writer's evening (Mexico City, Las Vegas, Boise, Houston
# stamped after midnight BST or IST; Atlanta, Houma, Mobile, Los Angeles before 04:00 EDT), 2 in
# the writer's day (Hong Kong at 00:43 EDT, London at 03:52 EST), 3 have no dateline or are
# unclear (Washington at 02:45 EDT). From 04:00 most are the writer's morning (Kuala Lumpur,
# Singapore, London at 04:00-06:00 EDT or BST: 4 of 5 at 04:xx). Weekdays keep the stamp's date:
# Reuters names weekdays, and a wrong day costs a week ("warned on Monday" in that Hong Kong story
# would become the Monday before); on the dev articles shifting them too mended 2 and broke 2.
# The clock of a timestamp given as `published` ("2010-12-17T01:09:00+05:30") is read in its own
# offset, the publisher's, as ingest reads its date; the same hours apply (only a caller of this
# function can give one: ingest keeps a container's day, not its clock).
# The clock is read in the stamp's zone, the publisher's, not the writer's: the rule is right for a
# writer west of that zone (the Americas under a BST or IST stamp, the 18 above) and wrong for one
# east of it (Hong Kong at 00:43 EDT is 12:43 there; an Asian outlet's "01:00 UTC" is its morning).
# Neither of the 2 dev stories of that kind holds a day word; the writer's zone would take the
# dateline's place and its time zone, which this module does not know.
NIGHT_END_HOUR = 4
# The kinds counted from the writer's now, which a night filing moves to the evening before: the
# day words, and counts back from now: "38 days ago" is 38 days before the writer's today, as
# "yesterday" is one (a HOUMA story stamped "Mon Jun 7 , 2010 1:07 am EDT", written on Sunday
# evening: its "38 days ago" is April 29, not April 30). Weekdays keep the stamp's date (above);
# "last week" and "this month" name a week or a month, which a day moves only at its edges; and
# "three days later" counts from another date of the story, not from now.
_WRITERS_NOW = frozenset({"day", "ago"})
# where a page's stamp line stands (after a headline, a byline, a photo credit and a dateline),
# and how far its date stands before its clock ("6 January 2011 Last updated at 01:53 GMT")
STAMP_HEAD_CHARS = 400
STAMP_DATE_REACH = 40
# a clock with its time zone (a stamp; a clock without one may be a print edition's hour, whose
# "yesterday" counts from the paper's day, or an event's time); tokenised texts write "1: 30 AM".
_ZONE = re.compile(ZONES)
_ZONED_CLOCK = re.compile(
    r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])\s?[:.]\s?(?P<m>[0-5]\d)\s*"
    r"(?:(?P<am>[Aa]\.?\s?[Mm]\b\.?)|(?P<pm>[Pp]\.?\s?[Mm]\b\.?))?\s*" + ZONES
)
CLOCK_CHARS = len("12 : 59 a. m. ")  # the longest clock before its zone
# TONIGHT_BEFORE: a story dated Friday that names "Thursday night" and says "tonight" was written
# (or its quotes spoken) on Thursday evening, the day words of the whole story count from Thursday:
# "I thought Joe Biden was terrific tonight" (HuffPost, 2012-10-12, the debate "Thursday night"),
# "BP tonight finally released a brief video" (Guardian, 2010-05-13; posted "on Wednesday night"),
# "analysis that will be performed tonight and tomorrow" (Washington Post, 2010-07-14; "late Tuesday
# evening"), a Guardian live blog of Thursday dated Friday whose "today" and "this morning" are
# Thursday's. Of the 8 dev articles (T17, mixed-dev) with "tonight" and the evening before named so,
# 6 are of that evening, 1 of the publication day (a blog of several days), 1 unclear. A story that
# also names its own day's evening ("Friday night") is left alone.
# (as the "day" pattern reads them: it reads no "TONIGHT" in capitals, nor does the `in` test before)
_TONIGHT = re.compile(r"\b(?:[Tt]onight|[Tt]his evening)\b")
_EVENING = re.compile(r"(?:night|evening)\b")
_WEEKDAY_BEFORE_EVENING = re.compile(rf"(?<!\w)({_WEEKDAY})(?:['’]s)?\s+\Z")
WEEKDAY_EVENING_REACH = len("Wednesday's  ")
# "YYYY-MM-DDTHH:MM...": a container timestamp's clock, in its own offset
_TIMESTAMP_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}[T ](?P<h>[01]\d|2[0-3]):(?P<m>[0-5]\d)")

Tense = Literal["past", "future"] | None


def precision(value: str) -> Precision:
    """How precise a value is: "2024" -> year, "2024-04" -> month, "2024-04-21" -> day."""
    if len(value) == 4:
        return "year"
    if len(value) == 7:
        return "month"
    if len(value) == 10:
        return "day"
    raise ValueError(f"not a YYYY, YYYY-MM or YYYY-MM-DD value: {value!r}")


def find_time_expressions(text: str, published: str | None) -> list[TimeExpression]:
    """The date phrases of `text`, in order, resolved against `published` ("YYYY-MM-DD" or None:
    then only phrases that carry their own year are kept). See the module docstring."""
    if not isinstance(text, str):
        raise TypeError(f"find_time_expressions expects the article text as a str, got {type(text).__name__}")
    anchor = day_anchor = _parse_published(published)
    found: list[tuple[int, int, str, re.Match[str], str]] = []
    held = {gate: gate(text) for gate in _GATE_SET}  # whether the text holds the words
    for kind, pattern in _PATTERNS.items():
        if kind in _GATES and not held[_GATES[kind]]:
            continue
        not_before = _NOT_BEFORE.get(kind, "")
        prefix = _PREFIXES.get(kind)
        for m in _relative_matches(text) if kind == "relative" else pattern.finditer(text):
            start = m.start()
            if start and (
                text[start - 1].isalnum() or text[start - 1] in not_before or text[start - 1] == "_"
            ):
                continue
            mod = ""
            if prefix and (p := prefix.search(text, max(0, start - PREFIX_REACH), start)):
                start, mod = p.start(), p[1].lower()
                if mod == "the" and m["d"].isdigit():  # "the 24th of April", not "the 20 April blast"
                    start, mod = m.start(), ""
            elif kind in _PREFIX_REQUIRED:
                continue
            found.append((start, m.end(), kind, m, mod))
    # longest first at each start, then greedy left to right without overlap
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    out: list[TimeExpression] = []
    last_end = -1
    last = _Last()  # the anchors of "three days later", "a month later", "20 years later"
    writers_day_read = False  # read at the first day word or count ago: most texts have neither
    last_kind = ""
    for start, end, kind, m, mod in found:
        if start < last_end:
            continue
        if kind in _WRITERS_NOW and not writers_day_read and anchor is not None:
            writers_day_read = True
            if _filed_overnight(text, published or "", anchor) or _told_that_evening(text, anchor):
                day_anchor = anchor - timedelta(days=1)  # "tonight" is the writer's: the evening before
        value = _RESOLVERS[kind](
            _Phrase(m, start, mod), text, day_anchor if kind in _WRITERS_NOW else anchor, last
        )
        if value is None:
            continue
        if (
            out
            and anchor is not None
            and kind in _RANGE_KINDS
            and last_kind in _RANGE_KINDS
            and (len(value) == len(out[-1].value) or "weekday" not in (kind, last_kind))
            and value[: len(out[-1].value)] < out[-1].value[: len(value)]  # (a month ends a day's period)
            and (
                _joins_period(text, out[-1].start, out[-1].end, start, kind == "month")
                or (
                    kind in _DAY_AND_MONTH
                    and last_kind in _DAY_AND_MONTH
                    and _DASH_JOINT.fullmatch(text, out[-1].end, start) is not None
                )
            )
            and not _HAS_YEAR.search(text, out[-1].start, end)
        ):  # RANGE: "from Thursday through Saturday", "from May to August", DASH_RANGE "22 April - 15 May"
            first, value = _range(out[-1].value, value, kind == last_kind == "weekday", anchor)
            out[-1] = TimeExpression(text=out[-1].text, start=out[-1].start, end=out[-1].end, value=first)
        out.append(TimeExpression(text=text[start:end], start=start, end=end, value=value))
        last_kind = kind
        last_end = end
        last = last.after(value, start, kind in _DAY_AND_MONTH and _opens_item(text, start, end))
        if _has_year(m) and _opens_comment(text, start, end, value):
            # COMMENT_STAMP: a reader's comment counts its own days from its stamp
            anchor = day_anchor = date.fromisoformat(value)
            writers_day_read = True
    return out


# COMMENT_STAMP: a blog's comments follow its post under stamps of their own ("At 07:26 am on 03 Jun 2009 ,
# clayukpool wrote : This morning I was reading an article", "At 21:31 21st Jun 2010 , Ebi35 wrote :"), days,
# weeks or months after the page's date: a reader's "this morning", "last week" or "On Wednesday the
# inevitable happened" counts from the comment's day, not the post's (T17 H1N1_bbc/746, H1N1_bbc/1153's
# comments of July to December 2009 under a May post: read in May). A date with its year right before ",
# NAME wrote :" is such a stamp: the phrases after it, to the next stamp, count from it. Dev + heap-10000
# (timeline33): 136 values move (75 in T17's H1N1_bbc and bpoil_bbc blogs, 61 in the heap, most of them
# the same pages and their copies), each read from its comment's day ("My husband developed flu like
# symptoms on Monday" under "15 Jul 2009": 2009-07-13, not May 18); T17 command identical; heap-10000
# timelines 7 change, none wrong (the comments' sentences that back a blog's days change).
_COMMENT_WROTE = re.compile(r"\s*,\s*[^\s,:]{1,40}\s+wrote\s?:")
# (a comment system stamps its minute before the day, "At 2:57 pm on 28 May 2010 ,", "At 18:14 1st Jun
# 2010 ,": all 1,446 such stamps of dev + heap-10000 do; a dated letter a story quotes has none, "In a
# letter dated May 27 , 2010 , Hayward wrote :", and re-anchors nothing after it: review35)
_COMMENT_CLOCK = re.compile(r"\b\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?\s+(?:on\s+)?\Z", re.IGNORECASE)
COMMENT_CLOCK_CHARS = len("12:20 pm on ") + 1


def comments_start(text: str, found: Sequence[TimeExpression]) -> int | None:
    """Where the first reader's comment of `text` starts (its COMMENT_STAMP, `found` being the text's
    phrases), or None where the text has none."""
    for t in found:
        if _HAS_YEAR.search(t.text) and _opens_comment(text, t.start, t.end, t.value):
            return t.start
    return None


def _opens_comment(text: str, start: int, end: int, value: str) -> bool:
    """Whether the day text[start:end] (read `value`), its year written, is a comment's stamp."""
    return (
        len(value) == len("2009-06-03")
        and _COMMENT_WROTE.match(text, end) is not None
        and _COMMENT_CLOCK.search(text, max(0, start - COMMENT_CLOCK_CHARS), start) is not None
    )


def _has_year(m: re.Match[str]) -> bool:
    """Whether a day-and-month match writes its year (a stamp does)."""
    return "y" in m.re.groupindex and m["y"] is not None


# RANGE: a range's end comes after its start ("from Thursday through Saturday", "from May to August",
# "from Friday until Sunday evening"), but each end read alone may take the other side of publication
# (T17: "Seize BP is protesting in more than 50 cities from Thursday through Saturday" in a Thursday
# story read its Saturday as the one before; "If the Gulf were closed to recreational fishing from May
# to August" in July read August 2009; "The Atlantic hurricane season runs from June 1 to Nov 30 and
# meteorologists predict ..." read its June 1 in 2011 from the "predict" after it). When the end was
# read before the start, the range is read whole: of the start with the end a week (weekdays) or a
# year later, and of the start a week or year earlier with the end, the one that holds publication,
# else the one whose middle is nearer it. Only for days and months read without a year. "between X and
# Y" is such a range too (RANGE_BETWEEN: "GM employees striking between September and October returned to
# work" read its September ahead from the "would decrease" before it and its October back from its own
# verb, heap train-1625-2).
# DASH_RANGE: two days with their months joined by a dash alone are a range without "from" ("Approximate
# oil locations 22 April - 15 May", a map's label on an April 30 page, T17 bpoil_bbc/761: its 22 April
# read 2011 from the "will" of the sentence after it). Days only: a dash between months or weekdays
# joins other things as often ("Monday - Friday" opening hours are no dates at all).
_RANGE_KINDS = frozenset({"weekday", "month_day", "day_month", "month"})
_DASH_JOINT = re.compile(r"\s*[-–]\s*")
_RANGE_FROM = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+(?:the\s+)?\Z")
RANGE_FROM_CHARS = len("between the ") + 1
_HAS_YEAR = re.compile(r"\d{4}")
# PERIOD_START: a date followed by another after "to / through / until" ("from October through
# February", "from June 1 to November 30", "between May 25 and June 2") starts a period: what the
# sentence tells went on over it ("From October through February, border agents arrested 136,150
# people", heap train-362-1; "The Atlantic hurricane season runs from June 1 to Nov 30", four T17
# bpoil articles), not on its first day. The timeline takes it for no mention of that day.
# A day's period may run to a month's end ("the storm-prone period that runs from June 1 to the end of
# November", T17 bpoil_reuters/170 on a May page: its November read 2009 alone, before its June 1); not
# to a day ("extends the government funding deadline from Dec. 18 to the end of Dec. 20", heap train-755-1:
# the deadline's new day, which the timeline counts).
_PERIOD_JOINT = re.compile(
    r"\s*(?:to|through|until|till|thru|-|–|(?P<and>and))\s*(?P<end>the\s+end\s+of\s+)?"
)


PERIOD_JOINT_CHARS = len(" through the end of ")  # the longest joint: phrases further apart are no period


def opens_period(text: str, first: TimeExpression, second: TimeExpression) -> bool:
    """Whether `first` starts a period that `second` (the next phrase) ends: "from X to Y", "from X
    through Y", "between X and Y" (PERIOD_START)."""
    return _joins_period(text, first.start, first.end, second.start, len(second.value) == len("2010-11"))


def _joins_period(text: str, start: int, end: int, next_start: int, month_next: bool) -> bool:
    """Whether the phrase text[start:end] and the one at `next_start` (a month alone: `month_next`) are a
    period's two ends."""
    opening = _RANGE_FROM.search(text, max(0, start - RANGE_FROM_CHARS), start)
    if opening is None:
        return False
    joint = _PERIOD_JOINT.fullmatch(text, end, next_start)
    return (
        joint is not None
        and (joint["and"] is None or opening.group()[0] in "Bb")
        and (joint["end"] is None or month_next)  # "to the end of Dec. 20" is a deadline's day, no period's
    )


def _range(start: str, end: str, weeks: bool, anchor: date) -> tuple[str, str]:
    """The range start..end (end before start as read) read whole (RANGE)."""

    def moved(value: str, step: int) -> str:
        if weeks:
            return (date.fromisoformat(value) + timedelta(weeks=step)).isoformat()
        year = int(value[:4]) + step
        if len(value) == 7:
            return f"{year:04d}{value[4:]}"
        return (_safe_date(year, int(value[5:7]), int(value[8:])) or date(year, 2, 28)).isoformat()

    def distance(pair: tuple[str, str]) -> float:
        first, last = (_first_day(v) for v in pair)
        if first <= anchor <= _last_day(pair[1]):
            return -1
        return abs(((first - anchor) + (last - anchor)).days / 2)

    return min([(start, moved(end, 1)), (moved(start, -1), end)], key=distance)


def _first_day(value: str) -> date:
    return date.fromisoformat(value if len(value) == 10 else value + "-01")


def _last_day(value: str) -> date:
    if len(value) == 10:
        return date.fromisoformat(value)
    year, month = int(value[:4]), int(value[5:7])
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


# "last week", "earlier this year": the relative pattern opens with words whose letters are
# everywhere ("this", "next", "last"), so its scan tries nearly every position. Its unit is found
# instead and the modifier read back from the spaces before it: the same matches (a modifier, at
# most RELATIVE_MOD_CHARS long, ends where the spaces before the unit start), ~2x faster.
_UNIT = re.compile(r"(?:week|month|year)\b")
_RELATIVE_MOD = re.compile(
    r"(?:last|this|next|Last|This|Next|earlier this|later this|Earlier this|Later this)\s+\Z"
)
RELATIVE_MOD_CHARS = len("earlier this")


def _relative_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of _PATTERNS["relative"] over `text`, as its finditer would give them."""
    pattern = _PATTERNS["relative"]
    for unit in _UNIT.finditer(text):
        spaces = unit.start()
        while spaces and text[spaces - 1].isspace():
            spaces -= 1
        mod = _RELATIVE_MOD.search(text, max(0, spaces - RELATIVE_MOD_CHARS), unit.start())
        m = pattern.match(text, mod.start()) if mod else None
        if m:
            yield m


def _filed_overnight(text: str, published: str, anchor: date) -> bool:
    """Whether the story was filed in the night after its writer's day: the publication timestamp
    ("2010-12-17T01:09:00+05:30") or the article's own stamp line in its first STAMP_HEAD_CHARS
    characters (a date that is the publication date, then within STAMP_DATE_REACH characters a
    clock with its zone: "Fri Dec 17 , 2010 1:09 am IST", "6 January 2011 Last updated at 01:53
    GMT") reads before NIGHT_END_HOUR."""
    if (clock := _TIMESTAMP_CLOCK.match(published)) is not None:
        return _in_the_night(int(clock["h"]), clock["m"])
    stamp = _stamp_clock(text)
    if stamp is None or not _in_the_night(_hour(stamp), stamp["m"]):
        return False
    before = text[max(0, stamp.start() - STAMP_DATE_REACH) : stamp.start()]
    day = anchor.isoformat()
    return any(t.value == day for t in find_time_expressions(before, day))  # `before` holds no stamp


def _told_that_evening(text: str, anchor: date) -> bool:
    """Whether the story says "tonight" (or "this evening") and names the evening before its
    publication day by its weekday ("Thursday night", "late Tuesday evening") but not the evening
    of that day: its tonight is that evening (TONIGHT_BEFORE)."""
    if ("onight" not in text and "his evening" not in text) or not _TONIGHT.search(text):
        return False  # the `in` tests first: a regex led by \b tries every position (15x slower)
    # found from "night" / "evening" and read back to the weekday (a literal-led scan is fast)
    evenings = {
        m[1].lower()
        for e in _EVENING.finditer(text)
        if (m := _WEEKDAY_BEFORE_EVENING.search(text, max(0, e.start() - WEEKDAY_EVENING_REACH), e.start()))
    }
    names = list(_WEEKDAYS)
    return names[(anchor.weekday() - 1) % 7] in evenings and names[anchor.weekday()] not in evenings


def _stamp_clock(text: str) -> re.Match[str] | None:
    """The first clock with a zone in the head of `text`, found from its zone (a literal-led
    pattern the regex engine skips to: 2.5x faster than scanning for the clock)."""
    for zone in _ZONE.finditer(text, 0, STAMP_HEAD_CHARS):
        clock = _ZONED_CLOCK.search(text, max(0, zone.start() - CLOCK_CHARS), zone.end())
        if clock is not None and clock.end() == zone.end():
            return clock
    return None


def _in_the_night(hour: int, minute: str) -> bool:
    # exactly midnight is a day written as a timestamp ("2024-04-25T00:00:00Z", a print edition's
    # "12:00 AM"): 2 of the 16 htmldate dev pages' published times before 05:00 read so
    return hour < NIGHT_END_HOUR and (hour, minute) != (0, "00")


def _hour(clock: re.Match[str]) -> int:
    hour = int(clock["h"])
    if clock["pm"]:
        return hour % 12 + 12
    return hour % 12 if clock["am"] else hour


def _parse_published(published: str | None) -> date | None:
    if published is None:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        raise ValueError(
            f"published must be 'YYYY-MM-DD' (or None when unknown), got {published!r}"
        ) from None


# --- resolvers: (match, text, publication date, last dates) -> value or None ------------------------


@dataclass(frozen=True, slots=True)
class _Last:
    """The latest dates named so far in the text, by precision: the anchors of phrases counted
    from another date ("two days later" from `day`, "a month later" from `month`)."""

    day: date | None = None
    month: str | None = None  # "YYYY-MM", of the latest month- or day-precise date
    year: str | None = None  # "YYYY", of the latest date of any precision
    item: date | None = None  # the day of the latest chronology item (_opens_item)
    item_before: date | None = None  # the item's before it: which way the chronology runs
    day_at: int = -1  # where the phrase of `day` starts in the text (a speech's day: _speech_day)

    def after(self, value: str, at: int, item: bool = False) -> _Last:
        precise = len(value) == 10
        day = date.fromisoformat(value) if precise else self.day
        return _Last(
            day,
            value[:7] if len(value) >= 7 else self.month,
            value[:4],
            day if item and precise else self.item,
            self.item if item and precise else self.item_before,
            at if precise else self.day_at,
        )


@dataclass(frozen=True, slots=True)
class _Phrase:
    """A match of one kind's pattern, its start moved back over a modifier or weekday (`mod`,
    lower case: "last", "early", "tuesday", "the"; "" when none)."""

    m: re.Match[str]
    start: int
    mod: str

    def __getitem__(self, group: str) -> str | Any:  # as re.Match's: None when the group did not take part
        return self.m[group]

    def end(self) -> int:
        return self.m.end()


Resolver = Callable[[_Phrase, str, "date | None", _Last], "str | None"]


def _month_number(word: str) -> int:
    word = word.rstrip(" .").lower()
    return _MONTHS.get(word) or _MONTH_ABBREVIATIONS[word]


def _day_number(word: str) -> int:
    return int(word.rstrip("stndrh"))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _resolve_iso(m: _Phrase, text: str, anchor: date | None, last: _Last) -> str | None:
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return d.isoformat() if d and 1800 <= d.year <= 2099 else None


def _resolve_numeric(m: _Phrase, text: str, anchor: date | None, last: _Last) -> str | None:
    if m["mm"] is not None:  # 24.04.2024: European order
        d = _safe_date(int(m["yy"]), int(m["mm"]), int(m["a"]))
        return d.isoformat() if d else None
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    if len(m["y"]) == 2:  # "4/7/11": the century that puts it nearest publication (or now-ish)
        pivot = (anchor.year if anchor else 2000) % 100 + 20
        year += 2000 if year <= pivot else 1900
    us, european = _safe_date(year, a, b), _safe_date(year, b, a)
    # US order, unless it cannot be or it lies after publication where the other order does not
    # ("08/05/2009" in a story of 2009-05-15 is the 8th of May)
    if us is None or (anchor and european and us > anchor + timedelta(days=SLACK_DAYS) >= european):
        us = european
    return us.isoformat() if us else None


def _resolve_day_and_month(m: _Phrase, text: str, anchor: date | None, last: _Last) -> str | None:
    name, day_word = m["m"], m["d"]
    month, day = _month_number(name), _day_number(day_word)
    if m["y"] is not None:
        d = _safe_date(int(m["y"]), month, day)
        return d.isoformat() if d else None
    if (
        (month, day) == (9, 11)
        and (anchor is None or anchor > _SEPT_11_DAY)
        and (_NAMES_SEPT_11.match(text, m.end()) or text.endswith("post-", 0, m.start))
    ):
        return SEPT_11  # "the Sept. 11 attacks", "Sept. 11 survivors", "the post-Sept. 11 law"
    if (listed := _listed_after(m, text, last, month, day)) is not None:
        return listed  # LIST_OF_DATES: "on Dec. 30 and Jan. 2", "June 15, 2009 and June 17"
    if anchor is None:
        return None
    candidates = [
        d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _safe_date(y, month, day))
    ]
    if m.mod[:3] in _WEEKDAYS_BY_PREFIX:  # "Tuesday 2 November": the year whose 2 November is a Tuesday
        weekday = _WEEKDAYS_BY_PREFIX[m.mod[:3]]
        candidates = [d for d in candidates if d.weekday() == weekday] or candidates
    if not candidates:
        return None
    slack = timedelta(days=SLACK_DAYS)
    told = anchor
    cue: re.Match[str] | None = None  # (a chronology item's tense is its list's)
    if not _opens_item(text, m.start, m.end()):
        if last.day is not None and (
            turn := [
                d for d in candidates if d.year != last.day.year and abs((d - last.day).days) <= SLACK_DAYS
            ]
        ):
            return turn[0].isoformat()  # NEW_YEAR: "on Dec. 31 ... on Jan. 1", the January after
        cue = _tense_cue(text, m.start, m.end())
        said = None if cue is None else "past" if cue["past"] else "future"
        if _DATELINE_CREDIT.match(text, m.end()):
            said = "past"  # "HOUSTON , April 29 ( Reuters ) --": DATELINE_DAY
        elif _OWNER_BEFORE.search(text, max(0, m.start - OWNER_CHARS), m.start):
            cue, said = None, "past"  # OWNER_DAY: "Obama 's May 28 moratorium"
        if cue is not None and cue["future"] and _told_before(text, cue):
            # TOLD_UNDATED: a future of a past counts from its telling; when the sentence does not
            # date the telling, the plan may be behind the reader by now as well as ahead, so the
            # year nearest publication is read, not the first one after it ("He was set to fly to
            # Houston ... at 3am on 5 May" in a May 21 story, "BP said in late July that Dudley
            # would take over as chief executive on October 1" in an October 25 one, "a BP lease
            # would expire by May 16" in a November one: T17 bpoil_guardian/1365, bpoil_reuters/889,
            # bpoil_washingtonpost/86 read the year after). Dev + heap-10000: 11 values move, 9
            # right, 2 unclear (pages whose date is years off their story).
            if (speech := _speech_day(text, m.start, cue, anchor, last)) is not None:
                told = speech
            else:
                said = None
    elif (previous := last.item) is None:
        said = "future" if _item_tells_future(text, m.end()) else "past"
    else:  # the chronology's way from its previous item, else the year nearest that item
        if (before := last.item_before) is not None and before != previous:
            forward = previous > before
            onward = [d for d in candidates if (d - previous if forward else previous - d) >= -slack]
            candidates = onward or candidates
        return min(candidates, key=lambda d: abs((d - previous).days)).isoformat()
    if (
        said == "past"
        and (not ends_period(text, m.start) or _ended_state(text, m.start))
        and not _ahead_of(text, m.start, cue)
    ):
        candidates = [d for d in candidates if d <= anchor + slack] or candidates
    elif said == "future":
        candidates = [d for d in candidates if d >= told - slack] or candidates
    return min(candidates, key=lambda d: abs((d - anchor).days)).isoformat()


# OWNER_DAY: a day and month after a possessive dates its owner's act or thing ("the lawsuit is the first
# seeking to reverse Obama 's May 28 moratorium , which the companies say will force job cuts" on a June
# 21 page, T17 bpoil_reuters/1603, read 2011 from the "will" of the clause after it; "President Trump's
# June 1 decision", "the government 's August 4 assessment"). The phrase is a noun's modifier, and the
# sentence's verbs tell nothing of its day; what someone owns is there already: it is read in the past.
# (Not the nearest year: "BP PLC 's April 20 oil well blowout" on an October 22 page is nearer in 2011.)
_OWNER_BEFORE = re.compile(r"\w\s?['’]s\s+\Z")  # (tokenised pages write "Obama 's")
OWNER_CHARS = len("x 's ")


# LIST_OF_DATES: the second of two days with their months joined by "and" or "or" ("hearings on June
# 15 and June 17", "on Dec. 30 and Jan. 2", "June 15, 2009 and June 17") is the first such day after
# the first: a writer lists days in the order of the calendar, as LIST_OF_DAYS' weekdays, and a year
# written once serves both. Read alone, the second took the year nearest the story, or none in an
# undated one: a list across New Year more than SLACK_DAYS long (NEW_YEAR's reach) or one of a
# year long gone split. Only within half a year after the first (DATE_LIST_DAYS): "on June 17 and
# June 15" is out of order, not a year apart, and is read as before. (No dev or heap-10000 value
# moves: the 28 such pairs there are all in order already.)
DATE_LIST_DAYS = 183
_DATE_LIST_JOINT = re.compile(rf"(?:\d|{_ANY_MONTH})(?:st|nd|rd|th)?\s*,?\s+(?:and|or)\s+(?:on\s+)?\Z")
DATE_LIST_CHARS = len("Wednesday , September 30th , 2010 and on ") + 1


def _listed_after(m: _Phrase, text: str, last: _Last, month: int, day: int) -> str | None:
    """The day of a day and month that follows another in a list (LIST_OF_DATES), or None."""
    first = last.day
    if first is None or last.day_at < m.start - DATE_LIST_CHARS or m.mod:
        return None
    if _DATE_LIST_JOINT.search(text, last.day_at, m.start) is None:
        return None
    for year in (first.year, first.year + 1):
        if (d := _safe_date(year, month, day)) is not None and d >= first:
            return d.isoformat() if (d - first).days <= DATE_LIST_DAYS else None
    return None


# SEPT_11: the attacks of September 11, 2001 are named by their day without its year, and a day and
# month so used names them whatever the story's date: "the Sept. 11 terrorist attacks", "victims of the
# September 11 attacks", "sensitivity to Sept. 11 survivors", "the government's Sept. 11 Victim
# Compensation Fund", "a Sept. 11-style commission", "the post-Sept. 11 law" (T17, BASIL, heap-10000:
# read in the year nearest the story, 2009-2020, before). Not a singular "Sept. 11 attack": BASIL's
# 2013 stories name the Benghazi attack of September 11, 2012 so ("the Sept. 11 attack, which killed
# four Americans"), which the year nearest the story reads right. "A Sept. 11 memorial service will be
# held Sunday" names the day the service remembers: 2001 too; the service's own day is its Sunday, read
# as any weekday (and the timeline counts that day, not the name: timeline's NAMED_DAY).
SEPT_11 = "2001-09-11"
# A story of that day or before cannot name the attacks (a 1999 story's "Sept. 11 memorial service" is
# that year's): the rule reads only stories published after it, or undated ones.
_SEPT_11_DAY = date(2001, 9, 11)
_NAMES_SEPT_11 = re.compile(
    r"(?:-style\b|\s+(?:(?:terror(?:ist)?\s+)?attacks|terrorists|hijackers|victims?|survivors|[Vv]ictim\s+"
    r"[Cc]ompensation|[Cc]ommission|[Mm]emorial|fund|Fund|first\s+responders)\b)"
)


# A day and month that open an item of a chronology ("April 30 - An Obama aide says no drilling will
# be allowed in new areas", "* May 11/12 - Executives from BP ... testify", a caption's "April 21 :
# This file photo shows ..."; the item starts the text, a line, a sentence or a bullet) are read in
# the past: a factbox looks back, its items tell their day in the historical present, and a "will"
# in them is reported speech, not the item's tense. On the dev sets every such item read after its
# article was read in the year after it (Reuters' spill chronologies of June 2010 stories dated
# "April 30" 2011-04-30, a January 2011 one's "May 11/12" and "June 16" 2011; Fox and Guardian
# photo captions "April 21 :", "5 May :" of July-December 2010 stories in 2011).
_DAY_AND_MONTH = frozenset({"month_day", "day_month"})
# ... and an item after another is read in the year nearest that item's day (a chronology runs
# forward or back; a living page's "5 August" item after "2 June" is that summer's although its
# page was dated June 15). Once two items have set the way it runs, a third keeps to it, with
# SLACK_DAYS' leeway for two items of one week out of order: "April 20 - ...", "June 1 - ...",
# "January 5 - ..." in a December story is the January after (the nearest day to June 1 would be
# the January before, the list turning back on itself over a gap of more than six months).
_ITEM_END = re.compile(r"(?:/\d{1,2})?\s*[-–—:]\s+[A-Z\"“]")
# the spaces and marks looked at before the date: a bullet and an indented line's blanks ("\n  * ",
# a list's tab) are far shorter; a window of blanks alone opens an item where it holds a line break
ITEM_REACH = 20


# NEW_YEAR: a day and month (not an item) within SLACK_DAYS of the last day the text named, across
# the turn of a year from it, is in that day's next or previous year: a story told day by day
# passes New Year ("protesters gathered on Dec. 30 ... police cleared the square on Dec. 31 ... the
# president spoke on Jan. 1" in a story of December 20 is the January after those Decembers, which
# the publication date alone, with no tense cue on "spoke", put a year later). Within the year the
# nearest reading already agrees; at most one such day lies so near (the candidates are a year apart).

# A first item reads in the future when its item tells a plan in the present's future, with no word of
# telling before it: "July 4 - The president will visit the coast", a schedule; a "will" after "says"
# is reported speech in the historical present of a look back ("April 30 - An Obama aide says no
# drilling will be allowed"), and "is expected to", "is set to" are a plan as it stood on the item's
# day ("May 2 - BP is set to begin drilling a relief well"), both in a chronology of the past.
_ITEM_FUTURE = re.compile(r"(?:\b(?:will|shall)|['’]ll|\b(?:is|are)\s+to)\b(?!\s+have\b)")
_REPORTED = re.compile(
    r"\b(?:says?|said|tells?|told|announces?|announced|warns?|predicts?|estimates?|expects?|believes?|"
    r"thinks?|claims?|reports?|confirms?|vows?|pledges?|promises?|agrees?|decides?|insists?|hopes?|"
    r"forecasts?|signals?|suggests?|admits?|acknowledges?)\b"
)


def _item_tells_future(text: str, end: int) -> bool:
    stop = _SENTENCE_END.search(text, end, end + SENTENCE_REACH)
    stop_at = stop.start() if stop else min(len(text), end + SENTENCE_REACH)
    for cue in _TENSE_CUE.finditer(text, end, stop_at):
        if cue["neutral"]:
            continue
        return bool(
            cue["future"]
            and _ITEM_FUTURE.match(text, cue.start())
            and not _REPORTED.search(text, end, cue.start())
        )
    return False


def _opens_item(text: str, start: int, end: int) -> bool:
    if not _ITEM_END.match(text, end):
        return False
    window = text[max(0, start - ITEM_REACH) : start]
    before = window.rstrip()
    if not before:  # the text's start, or a line indented deeper than the window
        return start <= ITEM_REACH or "\n" in window
    return before[-1] in '.!?*"”' or "\n" in window[len(before) :]


# PERIOD_END: a day or month that ends a period ("until 6 May", "through November", "until the end of
# July") lies on the far side of the period from the act that set it or the state that runs to it:
# a past verb does not bound it ("Mexican authorities ordered the closure of schools ... until 6 May"
# in an April 2009 story is May 2009, not 2008; "The Coast Guard sent BP a bill Thursday ... giving
# it until July 1", "Salazar has halted deepwater drilling until Nov. 30"), and a present state may
# run to a day behind the story as well as ahead of it ("the spill ran until July 15, when the well
# was capped", "It was n't until late May"). So, unless the sentence speaks of the future, it is
# read in the year (for a month, the month) nearest publication. Not "up to" or "by" ("knew by 20
# April" is a past day; "in the period leading up to April 20" a past one eight months back), nor a
# measured span that a figure reports ("Samsung earned 2.2 trillion won in the three months through
# December": a count is reported once its period is over).
_PERIOD_END = re.compile(
    r"(?<![\w-])(?<!months\s)(?<!quarter\s)(?<!weeks\s)(?:[Uu]ntil|[Tt]ill|[Tt]hrough|UNTIL)\s+"
    r"(?:the\s+(?:end|middle|beginning|start)\s+of\s+)?\Z"
)
PERIOD_END_CHARS = len("through the beginning of ") + 1


# ENDED_STATE: but a past "be" or a verb of lasting that runs to the period's end in its own clause
# tells of a state that held until that day and is over ("He was at large until Dec. 7, when he was
# found", ECB+ 3_11; "more than 162 million records were compromised through Dec. 21", l3s_gn1; "it
# wasn't officially deemed a global pandemic until March", heap train-181-2; "The moratorium lasted
# until March", "I did n't hear about the flu epidemic until Friday night"): the day is behind the
# story, as any past one. Not across a "to" or a new clause
# ("was advised by health authorities to shut until 7 June" sets a period ahead), and within
# STATE_WORDS words of the "until".
STATE_WORDS = 8
_ENDED_STATE = re.compile(
    r"\b(?:(?:was|were|did)(?:\s?n['’]t|\s+not)?|lasted|remained|stayed|served|continued|persisted|ran|waited)"
    rf"(?:\s+(?!(?:to|that|which|who|and|but|when|while)\b)[\w'’-]+){{0,{STATE_WORDS}}}\s+"
    r"(?:[Uu]ntil|[Tt]ill|[Tt]hrough|UNTIL)\s+(?:the\s+(?:end|middle|beginning|start)\s+of\s+)?\Z"
)
ENDED_STATE_CHARS = 160


def _ended_state(text: str, start: int) -> bool:
    """Whether the period's end at `start` closes a past state (ENDED_STATE)."""
    return (
        _ENDED_STATE.search(text, max(_sentence_start(text, start), start - ENDED_STATE_CHARS), start)
        is not None
    )


# UNTIL_DAY: a weekday that ends a period ("until Friday", "till Monday") is PERIOD_END's for a weekday:
# the act that set the period does not bound its end, so it reads the nearer of the two such days unless
# the sentence speaks of the future: "delayed it until Tuesday" (a Monday story), "Others are not
# waiting until Friday", "The latest extension lasts until Tuesday afternoon", "victims have until
# Wednesday to file claims", "is also due to remain closed until Thursday" (T17, BASIL, heap: each read
# as the day before). A past state that ran to it is over (ENDED_STATE, "did n't hear about the flu
# epidemic until Friday night": with "did" since this rule). Not "through" before a weekday, which
# is as often "by way of" or a count's span ("powered their budget through Thursday night", "which
# through Thursday night showed"; 2 of the 4 such dev values). Dev + heap-10000: 10 values move, all
# right.
_UNTIL_BEFORE = re.compile(r"(?<![\w-])(?:[Uu]ntil|[Tt]ill|UNTIL)\s+\Z")
UNTIL_CHARS = len("until ") + 1


# ... but an "until" that opens its clause (the sentence's first word, or after a comma, "that",
# "which" or "who") stands before the clause's verb and ends no period that verb sets: the clause tells
# what held up to that day ("near downtown Palmer that included, until Tuesday, the old creamery",
# ECB+ 13_5 in a Monday story, read the Tuesday ahead; "Until Wednesday , BP also had been planning",
# T17 bpoil_washingtonpost/1479), and the sentence's own tense reads it, as before UNTIL_DAY
# (review26). "They waited until Friday to announce it" is a past state's end (ENDED_STATE's "waited").
_FRONTED_UNTIL = re.compile(
    r"(?:\A|[,;:.!?]\s*|\b(?:that|which|who)\s+)(?:[Nn]ot\s+|NOT\s+)?(?:[Uu]ntil|[Tt]ill|UNTIL)\s+\Z"
)
FRONTED_CHARS = len("which not until ") + 1


# RUNNING_UNTIL: a present "is", "are" or verb of lasting that runs to the weekday in its own clause
# ("None are expecting deliveries until Tuesday", T17 H1N1_bbc/178 in a Wednesday story; "asking that
# only essential businesses ... remain open until Tuesday", H1N1_guardian/604 in a Thursday one) tells
# of a state that holds now: a period that still runs ends today or ahead, never on a day behind the
# story, whatever cue the sentence holds (the verb is the weekday's own, nearer than a "said"). Not
# after "to" ("was due to remain closed until ...": a plan's, which its cue reads), nor a present
# perfect ("which has been closed until Monday" may be over), and within STATE_WORDS words, as
# ENDED_STATE.
# A passive that reports an act ("The man is accused of hiding in the attic until Tuesday, when police
# found him", "is suspected of", "is charged with", "is alleged to have") tells of what was done, in
# the act's own tense, not of a state that holds now; "where" opens a clause with its own verb, as
# "which" and "who" do (review28).
_REPORTED_ACT = "accused|suspected|charged|alleged|convicted"
_RUNNING_UNTIL = re.compile(
    r"(?<![\w'’])(?<!\bto\s)(?:is|are|am|remains?|stays?|lasts?|runs?|continues?)(?:\s?n['’]t|\s+not)?"
    rf"(?:\s+(?!(?:to|that|which|who|where|and|but|when|while|was|were|had|did|been|{_REPORTED_ACT})\b)[\w'’-]+)"
    rf"{{0,{STATE_WORDS}}}\s+"
    r"(?:[Uu]ntil|[Tt]ill|UNTIL)\s+\Z"
)


def _running_until(text: str, start: int) -> bool:
    """Whether the weekday phrase at `start` ends a present state still running (RUNNING_UNTIL)."""
    return (
        _UNTIL_BEFORE.search(text, max(0, start - UNTIL_CHARS), start) is not None
        and _FRONTED_UNTIL.search(text, max(0, start - FRONTED_CHARS), start) is None
        and _RUNNING_UNTIL.search(text, max(_sentence_start(text, start), start - ENDED_STATE_CHARS), start)
        is not None
    )


def _until_day(text: str, start: int) -> bool:
    """Whether the weekday phrase at `start` ends a period still running (UNTIL_DAY)."""
    until = _UNTIL_BEFORE.search(text, max(0, start - UNTIL_CHARS), start)
    return (
        until is not None
        and _FRONTED_UNTIL.search(text, max(0, start - FRONTED_CHARS), start) is None
        and not _ended_state(text, start)
    )


# AHEAD_OF: a date after "ahead of" (or "in the run-up to", "in advance of"), with at most AHEAD_WORDS
# words between and no verb among them (no tense cue: "efforts to reach a deal ahead of another
# government shutdown broke down on Sunday" dates the breakdown), names what the clause's act came before: a past verb tells that the act is over, not
# that the day it came ahead of is ("lawmakers ... released a letter ahead of congressional hearings on
# Tuesday and Thursday" in a Monday story, "did not offer much new ahead of Thursday's testimony" in a
# Tuesday one, "Obama is fighting ... ahead of the November congressional elections" in May, "Perry
# bought $1 million in broadcast television time ahead of the Jan. 3 caucuses" in December: T17 and
# BASIL read them the week or the year before). So, unless the sentence speaks of the future, it is read
# nearest publication, as a period's end is ("Last month, ahead of his official October 1 start date"
# in an October 19 story stays October 1). Not a happening's date (HAPPENED: "ahead of the Jan. 6
# attack" is over).
# The words between are the noun phrase of what comes: a comma (the words are whole words with their
# space: "meeting, and ..." is no word) or a tense cue ends it, so the count only bounds the reach,
# about AHEAD_CHARS' worth ("in advance of his appearance on the Catholic campus on Thursday morning",
# BASIL, has 7; "ahead of their showdown hearing with the BP chief executive on Thursday", T17
# bpoil_guardian/2158 in a Tuesday story, has 9 and was read as the Thursday before at 8 words; over
# every expression of the dev sets and heap-10000, 12 or 16 words move that one value and no other)
AHEAD_WORDS = 16
_AHEAD_OF = re.compile(
    rf"\b(?:[Aa]head\s+of|in\s+the\s+run-up\s+to|in\s+advance\s+of)\s+(?P<words>(?:[\w'’-]+\s+){{0,{AHEAD_WORDS}}})\Z"
)
AHEAD_CHARS = 120


def _ahead_of(text: str, start: int, cue: re.Match[str] | None) -> bool:
    """Whether the date phrase at `start` follows "ahead of" (AHEAD_OF) and its cue is not HAPPENED."""
    lo = max(0, start - AHEAD_CHARS)
    # (the words looked for first: the pattern, led by \b, would be tried at every position)
    return (
        (
            text.find("head of", lo, start) >= 0
            or text.find("run-up to", lo, start) >= 0
            or text.find("advance of", lo, start) >= 0
        )
        and (cue is None or cue.re is not _HAPPENED)
        and (ahead := _AHEAD_OF.search(text, lo, start)) is not None
        and not any(
            cue.group().split(None, 1)[0].lower() not in _NOT_VERBS
            for cue in _TENSE_CUE.finditer(text, ahead.start("words"), start)
        )
    )


# tense cues that are no verb ("ahead of its earlier target of mid-August", T17 bpoil_reuters/291)
_NOT_VERBS = frozenset(
    {"earlier", "last", "ago", "since", "yesterday", "next", "upcoming", "tomorrow", "later"}
)


def ends_period(text: str, start: int) -> bool:
    """Whether the date phrase starting at `start` ends a period ("until 6 May", "through the end of
    July"): PERIOD_END."""
    return _PERIOD_END.search(text, max(0, start - PERIOD_END_CHARS), start) is not None


def _resolve_month_year(m: _Phrase, text: str, anchor: date | None, last: _Last) -> str | None:
    return f"{int(m['y']):04d}-{_month_number(m['m']):02d}"


def _resolve_month(m: _Phrase, text: str, anchor: date | None, last: _Last) -> str | None:
    name = m["m"].lower()
    mod = m.mod
    if name in _AMBIGUOUS_MONTHS and not mod and not _MONTH_CUE.search(text, max(0, m.start - 30), m.start):
        return None
    month = _MONTHS[name]
    if m["ry"]:
        return f"{m['ry']}-{month:02d}"
    if last.year is not None and _THAT_YEAR.match(text, m.end()):
        return f"{last.year}-{month:02d}"  # THAT_YEAR: "By June of that year"
    if not mod and (year := _sentence_year(text, m.start)):
        return f"{year}-{month:02d}"  # "In 1918, there was a first wave in April": April 1918
    if anchor is None:
        return None
    here = anchor.year * 12 + anchor.month - 1  # months counted from year 0
    before = here - (here - (month - 1)) % 12  # the most recent such month, not after publication
    after = before if before == here else before + 12
    if mod == "last":
        chosen = before if before < here else before - 12
    elif mod == "next":
        chosen = after if after > here else after + 12
    elif mod == "this":
        chosen = anchor.year * 12 + month - 1
    elif (cue := _tense_cue(text, m.start, m.end())) is not None and cue["future"]:
        # PAST_PLAN: a plan told as it stood then ("had planned to", "was set to", "was expected to":
        # _told_before, not a reported "would", which most often tells what is still ahead) may be over
        # by the page: the nearer of the two months, six months each way ("Allen had planned to join
        # Rand in May" on an October page, "He was set to make Fourth of July remarks" in August, T17
        # bpoil_washingtonpost/1144, bpoil_foxnews/2126: read in the year after). Dev + heap-10000
        # (timeline34): 7 values move (4 texts and their copies), all right; T17 command identical;
        # heap-10000 timelines 2 of 4,927 change (the year-after entries gone)
        past_plan = _told_before(text, cue) and not cue.group().lower().startswith("would")
        chosen = after if not past_plan or after - here <= here - before else before
    elif ends_period(text, m.start) and not _ended_state(text, m.start):  # PERIOD_END: the nearer
        chosen = after if after - here < here - before else before
    elif _BY_MONTH.search(text, max(0, m.start - BY_MONTH_CHARS), m.start) and not _had_after(text, m.end()):
        chosen = after if after - here < here - before else before  # BY_MONTH: the nearer
    elif _ahead_of(text, m.start, cue):  # AHEAD_OF: the nearer; six months each way, the one to come
        chosen = after if after - here <= here - before else before
    else:
        chosen = before
    return f"{chosen // 12:04d}-{chosen % 12 + 1:02d}"


# BY_MONTH: a month alone after "by" is a deadline or a target ("two relief wells being drilled to stop
# the leak are still on course for completion by August", "She pledged legislation by August", "kills
# the well by mid-August" on June and July 2010 pages, T17 bpoil_bbc/1426, bpoil_guardian/1279,
# bpoil_reuters/498), reported in the past ("said", "pledged") as often as not, and set ahead of the
# telling as often as a deadline is met behind it ("bacteria had devoured nearly all the methane ... by
# August" on a January page): like a period's end, it is the nearer of the two, six months each way.
# (A day after "by" is not: "knew by 20 April" is a past day, PERIOD_END.)
# Not where a past perfect follows as the clause's own verb ("by early April BP had weighed the option of
# dropping a plan", T17 bpoil_washingtonpost/86 on a November page): a deadline met, behind the story.
_BY_MONTH = re.compile(r"(?<![\w-])[Bb]y\s+(?:the\s+(?:end|middle|beginning|start)\s+of\s+)?\Z")
BY_MONTH_CHARS = len("by the beginning of ") + 1


def _had_after(text: str, end: int) -> bool:
    """Whether the nearest tense cue after the phrase ending at `end` is a past perfect (BY_MONTH)."""
    own = _cue_after(text, end)
    return own is not None and own.group().lower().startswith("had")


# THAT_YEAR: a month "of that year" is in the year of the last date named ("The World Health Organisation
# declared SARS a pandemic in March 2003 . By June of that year , it had lifted an advisory warning",
# T17 H1N1_reuters/322 on an April 2009 page: read June 2008, the June before publication).
_THAT_YEAR = re.compile(r"\s+(?:of\s+)?(?:that|the\s+same)\s+year\b")

# "in 1918" / "during 2008" sets the year of the sentence's months; "since 2008" or "by 2030" do not
_SENTENCE_YEAR = re.compile(r"\b(?:in|In|during|During)\s+((?:19|20)\d\d)\b(?![\d,.%])")
# YEAR_OF_CLAUSE: a year inside a relative clause dates that clause's noun, not the sentence ("the
# global economic crisis that began in 2008 ( ... ) and the earthquake in Haiti in January" on a June
# 2010 page, T17 bpoil_washingtonpost/175: January 2010, read 2008; "Bhutto, who in 1988 became the
# first woman to head the government ..., returned to Pakistan in October" on an October 2010 page).
# "In 1918 , there was a first wave of mild flu in April" has no such word before its year.
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?:\w+\s+){0,2}\Z")
RELATIVE_WORDS_CHARS = 40  # "who ", two words and the year's "in": the relative word that leads it


def _sentence_year(text: str, start: int) -> str | None:
    """The year an earlier phrase of the same sentence sets ("In 1918, ... in April"), if any, and
    not one of a relative clause (YEAR_OF_CLAUSE)."""
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    years = list(_SENTENCE_YEAR.finditer(text, opening, start))
    if not years:
        return None
    year = years[-1]
    if _RELATIVE_BEFORE.search(text, max(opening, year.start() - RELATIVE_WORDS_CHARS), year.start()):
        return None
    return year[1]


def _resolve_weekday(m: _Phrase, text: str, anchor: date | None, last: _Last) -> str | None:
    if anchor is None:
        return None
    if (
        not (m["part"] or m.mod)
        and _NAME_AFTER.match(text, m.end())
        and not _ON_BEFORE.search(text, max(0, m.start - 8), m.start)
    ):
        return None  # "Sunday Times", but "On Thursday BP said", "last Friday Mr Obama"
    if not (m["part"] or m.mod) and _surname_day(text, m.start):
        return None  # SURNAME_DAY: "Eli Sunday"
    if not m.mod and _any_such_day(text, m):
        return None  # ANY_SUCH_DAY: "every Sunday", "on a Saturday night ."
    named = _NAMED_DAY_BEFORE.search(text, max(0, m.start - NAMED_DAY_CHARS), m.start)
    if named is not None and not (named["black"] and m["w"].lower() == "friday"):
        return _feast_near(named.group().split()[0].lower(), m["w"].lower(), anchor)  # NAMED_DAY_BEFORE
    weekday = _WEEKDAYS[m["w"].lower()]
    back = (anchor.weekday() - weekday) % 7  # days back to the most recent such day, maybe today
    mod = m.mod
    if (
        not mod
        and last.day is not None
        and m.start - DAY_OR_CHARS <= last.day_at
        and _WEEKDAY_OR.search(text, max(0, m.start - DAY_OR_CHARS), m.start)
    ):  # CHOICE_OF_DAYS, LIST_OF_DAYS: the second day of "Monday or / and Tuesday" comes after the first
        after = last.day + timedelta(days=(weekday - last.day.weekday()) % 7 or 7)
        # ... but a list told in the past ("Storms struck on Tuesday and Thursday" in a Wednesday story)
        # is over: its second day is never carried past publication into the future; a choice
        # ("or") is a plan's and may be
        cue = _tense_cue(text, m.start, m.end())
        listed = " and " in text[last.day_at : m.start]
        if not (listed and after > anchor and cue is not None and cue["past"]):
            return after.isoformat()
    if mod == "last":
        offset = -(back or 7)
    elif mod == "next":
        offset = (7 - back) % 7 or 7
    else:
        cue = _tense_cue(text, m.start, m.end())
        if not mod and _EVE_OF.search(text, max(0, m.start - EVE_OF_CHARS), m.start) is not None:
            # EVE_OF: the day after the eve told of, counted from its telling as a future of a past is
            told = anchor - timedelta(days=1)
            if cue is not None and cue["future"]:
                # (an eve told ahead is still to come, so its weekday is after the page: "Protesters
                # will rally on the eve of Monday 's summit" on a Tuesday is next Monday, not yesterday)
                told = anchor + timedelta(days=1)
            return (told + timedelta(days=(weekday - told.weekday()) % 7)).isoformat()
        if (
            cue is not None
            and not mod
            and (
                (cue["future"] and _told_before(text, cue))
                or _split_intent(text, m, told=True)
                or (cue.group().lower() in _PAST_INTENT and _INFINITIVE.match(text, cue.end()) is not None)
            )
        ):
            told = _speech_day(text, m.start, cue, anchor, last) or anchor - timedelta(days=1)
            return (told + timedelta(days=(weekday - told.weekday()) % 7)).isoformat()
        said = None if cue is None else "past" if cue["past"] else "future"
        if (
            not mod
            and _OR_WEEKDAY.match(text, m.end())
            and not (said == "past" and cue is not None and _HAPPENED_ON.fullmatch(text, cue.end(), m.start))
        ):
            said = "future"  # CHOICE_OF_DAYS
        running = not mod and _running_until(text, m.start)
        if running and said == "past" and (told_on := _running_told_on(text, m.start, anchor, last)):
            # RUNNING_UNTIL in words told on a day the sentence names ("Officials said on Monday the road
            # is closed until Tuesday" in a Wednesday story): the present is that day's, so the state
            # runs to the weekday after it (Tuesday March 3, not the 10th), as a future of a past
            # counts from its _speech_day; the day it was told on itself is a week on (review28)
            return (told_on + timedelta(days=(weekday - told_on.weekday()) % 7 or 7)).isoformat()
        future = (
            said == "future" or (mod == "this" and said != "past") or _present_day(text, m, mod) or running
        )
        if not future and not mod and said is None and _timetable_clause(text, m):
            future = True  # TIMETABLE_CLAUSE
        if not future and not mod and ((ahead := _ahead_of(text, m.start, cue)) or _until_day(text, m.start)):
            # AHEAD_OF, UNTIL_DAY: the nearer of the two; what a sentence with no tense cue is "ahead of"
            # is ahead of now (AHEAD_OF_NOW)
            future = (ahead and said is None) or 7 - back < back
        offset = (7 - back) % 7 if future else -back
    return (anchor + timedelta(days=offset)).isoformat()


# EVE_OF: the weekday whose eve a sentence tells of is the day after what it tells, however past its verb
# ("On the eve of Super Tuesday, a confident Joe Biden glanced back to his landslide victory", heap
# train-1096-2: read from "glanced" as the Tuesday before the page, a week early): the eve is the day
# before the page or the page's own, so the weekday is the first on or after the day before publication,
# as a future of a past told then (_told_before). A name's word may stand between ("Super Tuesday",
# "the eve of Black Friday"). Dev + heap-10000 (timeline34): the one such weekday, right.
_EVE_OF = re.compile(r"(?<![\w'’])[Ee]ve\s+of\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?\Z")
EVE_OF_CHARS = len("eve of the Super ") + 1


# PRESENT_DAY: a weekday that a present "is" or "are" gives as its subject's day ("The vote is on
# Friday.", "The election is Thursday -- leaving little time for Labrador", "Test results are due
# Monday , Grantham said") is the day of something still to come, or today: what is over is told with
# "was". That "is" is the weekday's own verb, nearer than any cue of the sentence, so it tells the
# tense whatever cue stands before ("said the vote is on Friday") or after ("are due Monday, Grantham
# said", bpoil_reuters/106 in a Sunday story; read as the Monday before). Not a possessive ("is
# Friday's vote", "It's Friday's ...": the noun after it has its own tense), nor "'s" ("If it's Friday
# in politics", the generic "it is" of a day of the week).
# "Due" may take a place word between ("President Obama is due there on Sunday", T17 bpoil_bbc/68 in a
# Saturday story, read the Sunday before); and the weekday may be the subject of "is" ("Wednesday is
# the deadline for individuals seeking restitution", bpoil_foxnews/702 in a Sunday story: read the
# Wednesday before), not as a possessive ("Thursday's fire is a new setback"); only the sentence's first
# word: within it, the weekday ends the subject's noun phrase ("the message from Tuesday is clear",
# "the decision announced Thursday is stirring passions", BASIL, T17: the day of what is over).
# (DUE_FOR, CLOCK_BETWEEN: "due" may take its noun, and a clock may stand before the weekday: "Fire and Fury:
# Inside the Trump White House is due for release on Tuesday", "The actual deadline is 11:59 p.m.
# Tuesday", heap train-525-1, T17 bpoil_foxnews/1282 on a Monday page: read the Tuesday before; timeline32:
# dev + heap-10000 3 values move, all right; T17 figures the same; heap-10000 timelines 1 changes, unclear)
_PRESENT_DAY = re.compile(
    r"(?<![\w'’])(?:is|are)\s+(?:(?:now|still|also|only)\s+)?"
    r"(?:due\s+(?:(?:there|here|back|home)\s+|for\s+(?!the\b|a\b|an\b)[a-z]+\s+)?)?"
    rf"(?:\d\d?(?::\d\d)?\s*[ap]\.\s?m\.\s+(?:{ZONES}\s+)?)?(?:on\s+)?\Z"
)
# (an adverb _PRESENT_DAY allows may stand between: "Monday is also when BP's shares fell")
_DAY_IS = re.compile(
    r"\s+(?:is|are)\s+(?!(?:(?:now|still|also|only)\s+)?(?:[a-z]+ed|been|being|when|where|what|why|how)\b)"
)
PRESENT_DAY_CHARS = len("are still due for completion 11:59 p.m. UK time on ") + 1
# SCHEDULED_DAY: so is a weekday right after a verb of a timetable in the present ("the ambassador to
# Ukraine testifies Friday in the second round of public impeachment hearings", "the advisory
# committee, which meets Thursday to review", "A nationwide study begins Monday", "An important
# election takes place Tuesday": heap train-879-0, train-1758-1, train-2171-0, 5931_center, each read
# as the day before by default; dev + heap-10000: 8 values move, 8 right). Not "says", "reports" or
# "comes": a headline's present tells what is over ("Thad Allen says Monday afternoon", T17
# bpoil_washingtonpost/283; "The move comes Tuesday").
_SCHEDULED_DAY = re.compile(
    r"(?<![\w'’])(?:starts|begins|opens|meets|testifies|resumes|convenes|kicks\s+off|takes\s+place)\s+(?:on\s+)?\Z"
)
SCHEDULED_DAY_CHARS = len("takes place on ") + 1
# ... and a present progressive right before the weekday ("A federal judicial panel is meeting Thursday in
# Boise", T17 bpoil_foxnews/932 in a Tuesday story; "Michael Horowitz is testifying Wednesday about his
# findings", "lawmakers are gathering Wednesday to begin", heap train-2108-2, train-326-1; each read
# the day before): the plan's present, or today's on that day's page, where both readings agree. Not
# "spending", whose object is the day itself ("American cities are spending Monday morning digging
# out": today's present), nor "'s" (a possessive: "Judge McHaney's ruling Monday").
_PROGRESSIVE_DAY = re.compile(
    r"(?<![\w'’])(?:is|are)\s+(?:[a-z]+ly\s+)?(?!spending\b)[a-z]{2,}ing\s+(?:on\s+)?\Z"
)
PROGRESSIVE_DAY_CHARS = len("are increasingly considering on ") + 1
# ... and a weekday that parts a present intent from its infinitive ("Mitch McConnell and ... Chuck Schumer
# are set Tuesday to attend a Senate Rules Committee markup", "The Department of Justice is expected
# Tuesday to charge Google", "House Republicans are poised Thursday to pass", "Joe Biden plans Wednesday
# to accuse", "Democrats in the U.S. Senate hope on Tuesday to advance": heap 6055_right, train-1037-2,
# train-1894-2, train-1784-0, 6055_center; read the day before, the intent's cue cut off from its "to"):
# the weekday is the day of the act intended, ahead. "Plans" and "hopes" only as a verb: not a noun after
# a determiner, an adjective or a past ("unveiled a new plan on Monday to", "announced plans Monday to",
# "rejected a plan Friday to" tell the day of the unveiling); nor "appeared ready Wednesday to uphold" (the
# appearing). Dev + heap-10000 (timeline32): 8 values move (6 texts and 2 copies), all right; heap-10000
# timelines 10 of 4,927 change, 8 right, 1 wrong (train-1894: a page the heap dates the day after its
# Thursday story now reads "poised Thursday" a week on, and its event's one entry goes), 1 unclear.
# SPLIT_INTENT_TOLD: after "was" / "were" the intent is a plan as it stood when told ("Tropical depression
# Alex ... was likely on Monday to regain tropical storm status , the U.S. National Hurricane Center said",
# T17 bpoil_reuters/1749 on a Sunday page, read the Monday before from the "was"): a future of a past,
# counted from its telling (_told_before's reading).
# PAST_INTENT: what one wanted, hoped or intended to do is still ahead of the wanting ("He also wanted to
# return to Toronto for a court hearing Friday", heap l3s_gn1-7028acaa; "he hoped to have the Helix
# Producer containment vessel in place by Wednesday", T17 bpoil_bbc/380 on a Sunday page: read as the
# weekday before, the verb's "-ed" a past): a future of a past, counted from its telling as "was to" is
# (_told_before). Only the verbs of a state of mind, whose weekday is the act's: an act told in the past
# ("agreed to pay on Wednesday", "vowed to make BP pay on Tuesday") often ends on its own day, the
# agreeing's or the vowing's. Weekdays only: a month counts a future of a past from publication
# (_resolve_month), which would put "NOAA wanted to release ... in late April" of an October page in
# the April to come. With SPLIT_INTENT_TOLD, dev + heap-10000 (timeline33): 6 values move (4 texts), 5
# right, 1 unclear (l3s_gn1-7028acaa on a page the heap dates five days after its Thursday story); T17
# command identical; heap-10000 timelines 7 change, 5 right, 2 unclear (that page).
_PAST_INTENT = frozenset({"wanted", "hoped", "intended", "wished", "aimed"})
_SPLIT_INTENT = re.compile(
    r"(?:(?<![\w'’])(?:(?:is|are|am)|(?P<told>was|were))\s+(?:[a-z]+ly\s+)?"
    r"(?:expected|set|poised|scheduled|slated|due|likely|ready)"
    r"|(?<![\w'’])(?P<verb>plans?|hopes?|aims?|intends?))\s+(?:on\s+)?\Z"
)
SPLIT_INTENT_CHARS = len("are increasingly scheduled on ") + 1
# (the word before a verb "plans": a noun's determiner, adjective or verb makes it the noun; so does
# a possessive: "detailed Obama's plans Tuesday to visit", "Obama 's plans", "residents' hopes Monday
# to" (the "s" of _NOT_INTENT after an apostrophe never met its lookbehind))
_BEFORE_NOUN_INTENT = re.compile(
    rf"(?:(?<![\w'’])(?:{'|'.join(_NOT_INTENT)}|new|an|this|that|these|those|[a-z]+ed|made|drew|laid|set)"
    r"|['’]s?)\s+\Z"
)
_INFINITIVE = re.compile(_INFINITIVE_TO)
# EARLIEST_DAY: "as early as" / "as soon as" before a weekday gives the earliest day of what is still to
# come ("The Senate may begin debating a slimmed-down energy bill as early as Thursday", "the gunman's wife
# could face criminal charges as early as Wednesday", "Barr is pushing to reveal the principal
# conclusions ... as early as Saturday night": T17 bpoil_reuters/1898 and heap train-1325-0, train-534-0
# read the day before, the clause's cue a past or none): a day that is over has happened, early or not.
# Only a weekday: a month or a date after it may be a past's ("infected people as early as last January",
# "aware of flaws in the cement slurry ... as early as March 8"). Dev + heap-10000 (timeline32): 11
# values move (8 texts, 3 of them in T17 and the heap), all right; T17 command: 2 citations move, every
# figure the same; heap-10000 timelines 7 of 4,927 change, 6 right, 1 unclear.
_EARLIEST_DAY = re.compile(r"(?<![\w'’])[Aa]s\s+(?:early|soon)\s+as\s+(?:(?:perhaps|possibly)\s+)?\Z")
EARLIEST_DAY_CHARS = len("as early as possibly ") + 1
# EARLIEST_PAST: ... but not after a past verb of its own, right before the "as early as": what was done
# "as early as Monday" is over ("BP was warned as early as Monday that the well was unstable", "The
# spill began as early as Tuesday"); not a passive infinitive ("could be tried as soon as Wednesday",
# T17 bpoil_foxnews/213), nor a plan's participle ("is expected as early as Monday"). Dev + heap-10000
# (timeline34): none of the 50 weekdays after "as early as" / "as soon as" has such a verb, so none moves;
# a past cue further off stays no say ("prepared for the mess to make landfall as early as Wednesday").
# Nor a present passive, what is due ("A decision is needed as early as Monday", "a ruling is anticipated
# as soon as Monday").
_PAST_BEFORE_EARLIEST = re.compile(
    rf"(?<![\w'’])(?:(?:was|were)\s+(?:[a-z]+ed|{_PARTICIPLE})|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bto\s)(?<!\bis\s)(?<!\bare\s)"
    rf"(?!expected|scheduled|planned|{_SLATED})(?:[a-z]+ed|{_IRREGULAR_PAST}|began|started))\s+\Z"
)
PAST_BEFORE_EARLIEST_CHARS = 40  # "were " and a long participle


def _earliest_day(text: str, start: int) -> bool:
    """Whether "as early as" / "as soon as" right before the weekday at `start` gives the earliest day of
    what is still to come (EARLIEST_DAY), not of what was done (EARLIEST_PAST)."""
    earliest = _EARLIEST_DAY.search(text, max(0, start - EARLIEST_DAY_CHARS), start)
    return earliest is not None and (
        _PAST_BEFORE_EARLIEST.search(
            text, max(0, earliest.start() - PAST_BEFORE_EARLIEST_CHARS), earliest.start()
        )
        is None
    )


_POSSESSIVE = re.compile(r"['’]s\b")
# TIMETABLE_CLAUSE: a sentence with no tense cue whose verb is a timetable's present, with words between
# it and its weekday ("Royal Dutch Shell Plc, which reports its results on Wednesday", "What Happened,
# hits bookshelves on Tuesday", "He returns to the region on Monday", "Clemson plays Auburn in the
# Chick-fil-A Bowl at 6:30 p.m. Monday": T17 bpoil_reuters/1853, heap copy-000225, T17 bpoil_foxnews/290,
# heap l3s_gn1-8c392c86, each read the day before by default), or after a weekday that opens the
# sentence ("On Tuesday, lawmakers hold a hearing in Washington", T17 bpoil_reuters/163): what is over
# has a past verb, so the present of a programme tells what is still to come. The verb is one that a
# schedule uses (SCHEDULED_DAY's, and visits, hosts, plays ...), as an "-s" form, or a plural's base
# form after a noun in "-s" ("lawmakers hold", "the justices hear"); not after a determiner or a
# preposition, where the "-s" word is a noun ("follow reports on Monday", "few reports of fresh
# attacks"); "reports" only of results, "hits" only of shelves or screens. Not "comes", "says", whose
# present tells what is over ("The decision comes following a poor showing in South Carolina's primary
# Saturday"). The clause runs from the verb to the weekday: no comma, no stop, no word that opens
# another clause between. AHEAD_OF_NOW likewise: what a sentence with no tense cue is "ahead of" is ahead
# of now ("electricity companies are pledging to work with President Biden ... ahead of Thursday's
# international White House summit", heap train-2055-0), not the nearer of the two days as after a past.
# Dev + heap-10000 (timeline33): 27 values move, 24 right, 1 wrong (a copy the heap dates ten days after
# its original: "faces a House hearing on Thursday" a week on), 2 unclear (a page dated a month after
# its July 4 story); T17 command: concat R2 0.1304 -> 0.1305, the rest the same; heap-10000 timelines
# 22 of 4,927 change, 15 right, 1 wrong, 6 unclear.
_TIMETABLE_BASE = (
    r"start|begin|open|meet|testify|resume|convene|return|host|hold|visit|play|face|head|travel|depart|"
    r"arrive|leave|end|close|launch|debut|premiere|air|expire|hear|vote|kick\s+off|take\s+(?:place|effect|office)|"
    r"go\s+(?:out|into\s+effect|on\s+trial|on\s+sale|to\s+the\s+polls)"
)
_TIMETABLE_S = (
    r"starts|begins|opens|meets|testifies|resumes|convenes|returns|hosts|holds|visits|plays|faces|heads|"
    r"travels|departs|arrives|leaves|ends|closes|launches|debuts|premieres|airs|expires|hears|votes|"
    r"kicks\s+off|takes\s+(?:place|effect|office)|goes\s+(?:out|into\s+effect|on\s+trial|on\s+sale)|"
    r"reports\s+(?:[\w'’-]+\s+){0,3}?(?:results|earnings)|hits\s+(?:book)?(?:shelves|stores|theaters|screens)"
)
_NOT_SUBJECT = (
    "the|a|an|of|his|her|its|their|our|my|your|this|that|these|those|on|in|for|with|to|by|at|from|about|"
    "follow|following|after|before|new|few|many|more|no|some|any|several|media|news|press|also|not|than"
)
_TIMETABLE_VERB = (
    "".join(rf"(?<!\b{w}\s)" for w in _NOT_SUBJECT.split("|"))
    + rf"(?<![\w'’-])(?:{_TIMETABLE_S}|(?:(?<=[a-z][a-rt-z]s\s)|(?<=\bthey\s))(?:{_TIMETABLE_BASE}))\b"
)
# (a clause's words: none a comma, a colon or a dash, nor a word that opens another clause)
_CLAUSE_WORD = (
    r"(?!(?:that|which|who|when|where|while|after|before|but|and|or|as|if|because|since|then)\b)[^\s,;:–—]+"
)
# (the longest clause of the dev sets and heap-10000 has 8 words between: "plays Auburn in the Chick-fil-A
# Bowl at 6:30 p.m. Monday"; 12 words bound the reach as AHEAD_WORDS does, TIMETABLE_CHARS more than them)
TIMETABLE_WORDS = 12
_TIMETABLE_BEFORE = re.compile(rf"{_TIMETABLE_VERB}(?:\s+{_CLAUSE_WORD}){{0,{TIMETABLE_WORDS}}}?\s+\Z")
_TIMETABLE_AFTER = re.compile(rf"\s*,?(?:\s+{_CLAUSE_WORD}){{1,5}}?\s+{_TIMETABLE_VERB}")
# CAPTION_PRESENT: a picture's caption tells what it shows in the present, a past day ("Protesters hold
# signs outside BP headquarters in London on Tuesday . ( AP Photo/Lefteris Pitarakis )"): a sentence its
# credit follows is no timetable (review35; heap-10000's captions use a participle or a full date)
# (or the agency's credit alone, in brackets or before the photographer's name: "( AP )",
# "( Reuters )", "REUTERS/Jason Reed", "EPA/ERIK S. LESSER", not a wire's dateline credit, "( Reuters ) -")
_PHOTO_CREDIT = re.compile(
    r"\s*(?:\(\s*(?:AP\s+|Reuters\s+|AFP\s+)?Photo\b|Photo(?:graph)?\s*:"
    r"|\(\s*(?:AP|Reuters|REUTERS|AFP|EPA|Getty\s+Images)\s*\)(?!\s*[-–—])|(?:REUTERS|AFP|EPA)\s*/)"
)
_OPENS_SENTENCE = re.compile(r"(?:(?:Also|And|But|Then)\s+)?(?:[Oo]n\s+)?\Z")
TIMETABLE_CHARS = 160


def _timetable_clause(text: str, m: _Phrase) -> bool:
    """Whether a timetable's present verb tells the weekday phrase's day (TIMETABLE_CLAUSE): before it in
    its clause, or after it where the phrase opens the sentence; not in a picture's caption."""
    end = _SENTENCE_END.search(text, m.end())
    if end is not None and _PHOTO_CREDIT.match(text, end.end()):
        return False  # (CAPTION_PRESENT)
    begin = max(_sentence_start(text, m.start), m.start - TIMETABLE_CHARS)
    if _TIMETABLE_BEFORE.search(text, begin, m.start) is not None:
        return True
    return (
        _OPENS_SENTENCE.fullmatch(text, _sentence_start(text, m.start), m.start) is not None
        and _TIMETABLE_AFTER.match(text, m.end()) is not None
    )


def _split_intent(text: str, m: _Phrase, told: bool = False) -> bool:
    """Whether the weekday phrase stands between a present intent and its infinitive (SPLIT_INTENT), or
    with `told`, a past one's "was" or "were" (SPLIT_INTENT_TOLD)."""
    intent = _SPLIT_INTENT.search(text, max(0, m.start - SPLIT_INTENT_CHARS), m.start)
    return (
        intent is not None
        and (intent["told"] is not None) == told
        and _INFINITIVE.match(text, m.end()) is not None
        and (
            intent["verb"] is None
            or _BEFORE_NOUN_INTENT.search(text, max(0, intent.start() - 12), intent.start()) is None
        )
    )


def _present_day(text: str, m: _Phrase, mod: str) -> bool:
    """Whether a present "is" or "are" gives the weekday phrase its day (PRESENT_DAY): right before it,
    or right after it as the sentence's subject; or a timetable's present verb or a present
    progressive right before it (SCHEDULED_DAY); or it parts an intent from its infinitive
    (SPLIT_INTENT) or follows "as early as" (EARLIEST_DAY)."""
    return (
        not mod
        and (
            _PRESENT_DAY.search(text, max(0, m.start - PRESENT_DAY_CHARS), m.start) is not None
            or _SCHEDULED_DAY.search(text, max(0, m.start - SCHEDULED_DAY_CHARS), m.start) is not None
            or _PROGRESSIVE_DAY.search(text, max(0, m.start - PROGRESSIVE_DAY_CHARS), m.start) is not None
            or _split_intent(text, m)
            or _earliest_day(text, m.start)
            or (
                m["part"] is None
                and _DAY_IS.match(text, m.end()) is not None
                and _SENTENCE_START.search(text[max(0, m.start - 3) : m.start]) is not None
            )
        )
        and _POSSESSIVE.match(text, m.end()) is None
    )


# CHOICE_OF_DAYS: a choice between two weekdays ("the company would begin cutting a pipe on Monday
# or Tuesday", "should be down to a relative trickle by Monday or Tuesday", "plans to announce his
# nominee for the vacancy left by the death of Ruth Bader Ginsburg on Friday or Saturday") is a plan's:
# a happening that is over has its one day, so the first day reads ahead whatever past cue the clause
# holds (a clause of two events, the plan and a past one, gives the choice to the plan), unless it is
# a future of a past, which counts from its telling as any plan does. The second day is the first
# such day after the first ("by Monday or Tuesday" in a Tuesday story is the coming Monday and the
# Tuesday after it, not today). On the dev sets and heap-10000, 6 of 11 such pairs were read in the
# past or out of order (T17 bpoil_foxnews/441, /2017, /640, bpoil_reuters/823, /45; heap
# train-1185-0).
_OR_WEEKDAY = re.compile(rf"\s+or\s+(?:on\s+|late\s+|early\s+)?{_WEEKDAY}\b")
# LIST_OF_DAYS: so is the second of two weekdays joined by "and", which a writer lists in the order
# of the calendar ("Ahead of congressional hearings on Tuesday and Thursday , lawmakers ... released a
# letter" in a Monday story, T17 bpoil_reuters/1292: its Thursday read alone was the one before, its
# Tuesday the one to come; "met on Monday and Tuesday"). The first may be the writer's today, tonight
# or tomorrow as well: a list from now on ("expects a rush of people seeking shelter from the cold
# tonight and Wednesday night" in a Tuesday story, heap l3s_gn1-990c0b66: read as the Wednesday before;
# over the dev sets and heap-10000 the one such pair).
_WEEKDAY_OR = re.compile(
    rf"(?:{_WEEKDAY}|\b(?:[Tt]oday|[Tt]onight|[Tt]omorrow))(?:\s+(?:night|morning|afternoon|evening))?"
    r"\s+(?:or|and)\s+(?:on\s+|late\s+|early\s+)?\Z"
)
DAY_OR_CHARS = len("Wednesday afternoon and early ") + 1
# ... but a past verb right before the choice ("The man was killed Sunday or Monday", "He died
# Monday or Tuesday", "The attack occurred late Saturday or early Sunday") tells of a happening
# whose day the reporter does not know for sure: it is behind the story as any past one
_HAPPENED_ON = re.compile(r"(?:\s+(?:on|late|early|sometime|either))*\s*")


# A future of a past (_told_before: "was to meet on Monday", "said the vote would be on Wednesday")
# counts from the day it was told, not from publication: the plan as it stood then, which may be
# behind the reader by now. That day is the one the sentence names before its cue when it is before
# publication ("The company said on Tuesday it was to close the plant on Friday"), else the day
# before publication: a plan still ahead when the story was written is told in the present ("is to
# be launched"), so a "was to" on the weekday just past is that day ("stopped a planned strike 10
# minutes before it was to be launched Thursday night", a Friday story), not six days ahead; a Sunday
# paper's "the board was to meet on Monday" is still the coming Monday (on or after that Saturday).
def _speech_day(text: str, start: int, cue: re.Match[str], anchor: date, last: _Last) -> date | None:
    if (
        last.day is not None
        and last.day <= anchor
        and _sentence_start(text, start) <= last.day_at < cue.start()
    ):
        return last.day
    return None


def _running_told_on(text: str, start: int, anchor: date, last: _Last) -> date | None:
    """The day before publication that the sentence of a RUNNING_UNTIL weekday at `start` names
    before it (the day its words were told), if any."""
    if last.day is not None and last.day < anchor and _sentence_start(text, start) <= last.day_at < start:
        return last.day
    return None


def _resolve_day(m: _Phrase, text: str, anchor: date | None, last: _Last) -> str | None:
    if anchor is None:
        return None
    word = m["word"] or ""
    if word == "Today" and not _SENTENCE_START.search(text[max(0, m.start - 3) : m.start]):
        return None  # "NBC's Today show", "USA Today": a name unless it opens a sentence
    offset = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word.lower(), 0)
    beyond = _DAY_BEYOND.search(text, max(0, m.start - DAY_BEYOND_CHARS), m.start) if offset else None
    if beyond is not None and (beyond["dir"].lower() == "before") == (offset < 0):
        offset *= 2  # DAY_BEYOND
    return (anchor + timedelta(days=offset)).isoformat()


# DAY_BEYOND: "the day before yesterday" is two days back and "the day after tomorrow" two ahead
# (H1N1_bbc/398, a reader's comment: "The day before yesterday , I just Skype my brother", read as
# yesterday; the one such phrase in the dev sets and heap-10000).
_DAY_BEYOND = re.compile(r"\b[Dd]ay\s+(?P<dir>before|after)\s+\Z")
DAY_BEYOND_CHARS = len("day before ") + 1


# SPAN: "the last year", "over the next month", "in the last week": with "the", a unit after "last" or
# "next" is a span of its length reaching back or ahead from now (the twelve months up to the page, the
# coming weeks), not the calendar unit before or after the page's: "In the last year, BP sold assets
# worth $20bn" on a 2011 page is no 2010, nor "stay vigilant and alert for the next year or two" a 2011.
# Nor is "the last week of June" a week before the page, nor "It happened the next year" (after a year
# of its story) the year after the page. Such a phrase is no date. The dev sets and heap-10000 hold 117
# (46 in T17, 65 in the heap, 3 in BASIL), all read: spans, the unit after one the story names ("a
# bronze the next year"), a series' last ("2008, the last year for which figures are available"); none
# the calendar unit. Read as it, "probably the last year or two" gave heap event e-707f11f394cf a 2013
# entry; heap-10000 timelines: 17 of 4,927 change, 13 right, 3 unclear, 1 wrong (timeline32).
_SPAN = re.compile(r"(?<![\w'’])(?:the|The)\s+\Z")
SPAN_CHARS = len("The ") + 1


def _resolve_relative(m: _Phrase, text: str, anchor: date | None, last: _Last) -> str | None:
    if anchor is None:
        return None
    mod = (m["mod"] or "").lower().split()[0]
    if mod in ("last", "next") and _SPAN.search(text, max(0, m.start - SPAN_CHARS), m.start):
        return None  # SPAN
    step = {"last": -1, "next": 1}.get(mod, 0)
    if m["unit"] == "week" and (dated := _week_of_date(text, m.end(), anchor)) is not None:
        return dated  # WEEK_OF_DATE: "this week's cheeky 4/20 holiday"
    if step == 0 and m["unit"] == "week" and mod == "this":
        cue = _tense_cue(text, m.start, m.end())
        planned = cue is not None and bool(cue["future"]) and not _told_before(text, cue)
        return _this_week(anchor, planned)
    return _shift(anchor, m["unit"] or "", step)


# THIS_WEEK: "this week" is the month of the publication week's Wednesday, the month of 3 of its 5
# working days, Monday to Friday, on which the news it names happens. ISO 8601's Thursday (the
# month of 4 of the week's 7 days) read "a new Pentagon report out this week" in a Monday story of
# 2015-09-28 as 2015-10, "relaxed its lockdown this week" on Tuesday 2023-05-30 as 2023-06, "When
# Republicans rolled out their tax reform proposal this week" on Wednesday 2024-01-31 as 2024-02:
# the two differ only when a month ends on a Wednesday. Over the dev sets and heap-10000 17 values
# move, 11 right, 3 wrong (a future in a Thursday or Friday story: "intends to write ... this
# week" on 2022-12-01), 3 unclear. Reading the clause's tense (the working days before or after
# publication) moved 31, 5 more of them wrong: the tense cue of a reported forecast is its "said"
# ("winds this week may start moving oil ..., NOAA said"). "Last week" and "next week" keep the
# Thursday: there 32 values would move, none clearly right, 3 clearly wrong ("at the end of last
# week", "late last week" on a Wednesday: the Thursday and Friday of a week that ends a month).
# PLAN_THIS_WEEK: but a plan "this week" (a future cue that is no future of a past: "will be confirmed
# this week" on Friday 2018-11-02, "intends to write ... this week" on Thursday 2022-12-01, both read
# as the month before) falls on the working days from publication to Friday, so it is the month of
# their middle one (the earlier on a tie): a Monday's or Tuesday's Wednesday as before, a Wednesday's
# or Thursday's Thursday, a Friday's Friday. A weekend story has no working day left in its own week,
# so its plan is the coming week's (its Wednesday, anchor weekday 5 or 6 -> 9): "Guy Hands will this
# week pledge ..." on Saturday 2018-12-01 (heap l3s_gn1-b1385525) is December 3-7, not November 28
# (review28).
# WEEK_OF_DATE: a week's possessive whose noun phrase writes its own day ("this week's cheeky 4/20
# holiday", "last week's April 20 vote") names what happens on that day, so that day places the week:
# the week is the month of that day (in the year nearest publication, as a day and month without a
# tense cue), not of the publication week. A page's date may be a month or more off its story: heap
# train-532-1, "in honor of this week's cheeky 4/20 holiday" on a page dated 2021-03-29, read 2021-03
# (the one such week in the dev sets and heap-10000 of 302 week, month and year possessives). The day
# stands within MODIFIER_WORDS words of the "'s", as a happening's noun after a date (HAPPENED), with
# no preposition or determiner between (which open a phrase of their own: "this week's vote on
# April 20" may have been moved there). A month and day in figures ("4/20", US order: no year, so
# it is no date of its own) counts only here, where the week's possessive says it is a day, and only
# past the 10th: a fraction takes a small denominator, halves to tenths ("this week's 3/4 majority").
_WEEK_DATE = re.compile(
    rf"\s?['’]s(?:\s+(?!(?i:{_NOT_MODIFIER})\b)[\w-]+){{0,{MODIFIER_WORDS}}}?\s+"
    rf"(?:(?P<a>1[0-2]|0?[1-9])/(?P<b>3[01]|2\d|1[1-9])(?![\d/])|(?P<m>{_ANY_MONTH})\s*(?P<d>{_DAY}))"
)


def _week_of_date(text: str, end: int, anchor: date) -> str | None:
    """The month of the day that a week's possessive ending at `end` writes (WEEK_OF_DATE), or None."""
    if not text.startswith("s", end + 1) and not text.startswith("s", end + 2):
        return None  # (no "'s": the one test most weeks need)
    dated = _WEEK_DATE.match(text, end)
    if dated is None:
        return None
    if dated["a"] is not None:
        month, day = int(dated["a"]), int(dated["b"])
    else:
        month, day = _month_number(dated["m"]), _day_number(dated["d"])
    if (
        (month, day) == (9, 11)
        and anchor > _SEPT_11_DAY
        and (dated["a"] is not None or _NAMES_SEPT_11.match(text, dated.end()))
    ):
        # SEPT_11: "this week's 9/11 commission hearings" name the attacks, no day of the week (the
        # figures "9/11" after 2001 are the attacks' name; "Sept. 11" where the attacks' nouns follow)
        return None
    days = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _safe_date(y, month, day))]
    return min(days, key=lambda d: abs((d - anchor).days)).isoformat()[:7] if days else None


def _this_week(anchor: date, planned: bool = False) -> str:
    day = anchor.weekday()
    middle = (day + (4 - day) // 2 if day < 5 else 9) if planned else 2
    return (anchor + timedelta(days=middle - day)).isoformat()[:7]


def _resolve_ago(m: _Phrase, text: str, anchor: date | None, last: _Last) -> str | None:
    if anchor is None:
        return None
    return _shift(anchor, m["unit"], -_count(m.mod), exact_days=True)


def _resolve_later(m: _Phrase, text: str, anchor: date | None, last: _Last) -> str | None:
    step = _count(m.mod) * (1 if m["dir"] == "later" else -1)
    unit = m["unit"]
    if unit == "year":
        if last.year is None or (anchor and int(last.year) + step > anchor.year):
            return None
        return f"{int(last.year) + step:04d}"
    if unit == "month":
        if last.month is None:
            return None
        return _shift(date.fromisoformat(last.month + "-01"), unit, step)
    if last.day is None:
        return None
    return _shift(last.day, unit, step, exact_days=True)


def _resolve_next_day(m: _Phrase, text: str, anchor: date | None, last: _Last) -> str | None:
    if last.day is None:
        return None
    return (
        last.day + timedelta(days=-1 if (m["dir"] or m["dir2"]) in ("previous", "before") else 1)
    ).isoformat()


def _resolve_year(m: _Phrase, text: str, anchor: date | None, last: _Last) -> str | None:
    if _COUNTED.match(text, m.end()):
        return None
    if _NUMBER_BEFORE.search(text, max(0, m.start - 6), m.start):
        return None  # "EN 149 2001", "555-2023": part of a longer number (a year range is fine)
    return m["y"]


_RESOLVERS: dict[str, Resolver] = {
    "iso": _resolve_iso,
    "numeric": _resolve_numeric,
    "month_day": _resolve_day_and_month,
    "day_month": _resolve_day_and_month,
    "month_year": _resolve_month_year,
    "month": _resolve_month,
    "weekday": _resolve_weekday,
    "day": _resolve_day,
    "relative": _resolve_relative,
    "ago": _resolve_ago,
    "later": _resolve_later,
    "next_day": _resolve_next_day,
    "year": _resolve_year,
}


def _count(word: str) -> int:
    word = word.lower()
    if "couple" in word:
        return 2
    if word.isdigit():
        return int(word)
    tens, _, units = word.partition("-")  # "twenty-one"
    return _TENS.get(tens, 0) + _NUMBERS.get(units or tens, 0)


def _shift(anchor: date, unit: str, step: int, exact_days: bool = False) -> str:
    """`anchor` moved by `step` units, as a value of the unit's precision (weeks: the month of
    that week's Thursday, the ISO 8601 rule; a week counted from a day when `exact_days`)."""
    if unit == "day":
        return (anchor + timedelta(days=step)).isoformat()
    if unit == "week":
        moved = anchor + timedelta(weeks=step)
        if not exact_days:
            moved += timedelta(days=3 - moved.weekday())  # that week's Thursday
        return moved.isoformat()[:7]
    if unit == "month":
        months = anchor.year * 12 + anchor.month - 1 + step
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return f"{anchor.year + step:04d}"


def tense(text: str, start: int, end: int) -> Tense:
    """Whether the sentence around the phrase text[start:end] speaks of the past ("said on
    Tuesday"), of the future ("planned an event Tuesday", "will meet on Friday") or neither (None):
    the nearest cue before the phrase in its sentence, else the nearest after it."""
    cue = _tense_cue(text, start, end)
    return None if cue is None else "past" if cue["past"] else "future"


# GUESSED: a weekday alone ("Friday", "Friday night": no "last", "next" or "this") read in a sentence
# that holds no tense cue is read back by default, the most recent such day: a guess, which a plan
# with no cue the reader knows turns into a wrong past ("faces a House hearing on Thursday", "From
# Monday please welcome", "that on Monday begins its second round of hearings")
_LONE_WEEKDAY = re.compile(rf"{_WEEKDAY}(?:\s+(?:night|morning|afternoon|evening))?")


def guessed(text: str, start: int, end: int) -> bool:
    """Whether the phrase text[start:end] is a weekday alone whose sentence holds no tense cue
    (GUESSED): its reading is the default's, not the sentence's."""
    return _LONE_WEEKDAY.fullmatch(text, start, end) is not None and _tense_cue(text, start, end) is None


# QUOTE_END: a quotation that closes on its punctuation after the phrase (', " said', '," he said',
# '. "') ends the words the phrase is part of: what follows is the telling ("said the head of BP's
# Gulf Coast restoration unit"), in the past whatever the quoted words say. So the cue after a phrase
# is searched up to there only: '" In a perfect world with no interruptions, it's possible to be ready
# to stop the well between July 20 and July 27, " said the head of BP's ...' in a July 8 story is
# that July, not the one before (T17 bpoil_foxnews/1866, bpoil_reuters/291, bpoil_washingtonpost/2116
# read 2009). A scare quote closes on a word ('the "top kill" will begin Wednesday'), and is no end.
_QUOTE_CLOSES = re.compile(r"[,.!?]\s*[\"”]")
# QUOTED_END: a quotation closing on its stop right after it and a capital after that (`mine.” Mr.
# Biden, in a series of tweets on Saturday, explained`) ends a sentence that _SENTENCE_END runs on
# through (it ends none at a quotation mark). A phrase after it is read by the cues of its own
# sentence first: "explained", not the quotation's "should testify" (heap train-819-1 read that
# Saturday ahead; train-1783-2's "On Sunday, Iraqi lawmakers passed", train-182-1's "Biden's campaign
# on Thursday swiftly agreed" likewise). Where its own sentence holds no cue, the cues before the quotation still read it
# ('raring to go by Easter." The holiday this year lands on April 12.'): ending the sentence there
# outright left 2 of 5 such phrases of the dev sets and heap-10000 with no cue, read wrong by default.
_QUOTED_END = re.compile(r"(?<=[.!?][\"”])\s+(?=[A-Z])")


def _own_sentence(
    text: str, begin: int, start: int, end: int, before: list[re.Match[str]]
) -> list[re.Match[str]]:
    """The cues of `before` (those from `begin` up to the phrase text[start:end]) that stand after the
    last QUOTED_END before the phrase, where that sentence of the phrase's own holds a cue (before
    the phrase or after it); else `before` as it is."""
    ends = list(_QUOTED_END.finditer(text, begin, start))
    if not ends:
        return before
    own = [c for c in before if c.start() >= ends[-1].end()]
    return own if own or _cue_after(text, end) is not None else before


# A phrase's cue is asked for again and again: by its resolver, then by the timeline (`guessed` for each
# weekday it keeps, `tense` for a plan's phrases), and each answer scans up to SENTENCE_REACH
# characters back with the cue's and the sentence end's patterns. So the answers for the last phrases
# read are kept. The calls for one text come together (find_time_expressions, then the timeline's
# reading of its sentences), so a few hundred phrases hold the repeats: over heap-10000's texts
# (timeline._read) 10,136 of 25,055 calls are answered here (40%); over its first 1,000 texts, 972 of
# 2,427: every repeat, as an unbounded cache would. The key's text is the caller's own object (a
# string keeps its hash, and equality is identity first): no copy of the text is made or compared.
TENSE_CACHE_PHRASES = 512


@functools.lru_cache(maxsize=TENSE_CACHE_PHRASES)
def _tense_cue(text: str, start: int, end: int) -> re.Match[str] | None:
    """The cue word that tells the tense of the phrase text[start:end] (see `tense`), or None."""
    if (happened := _HAPPENED.match(text, end)) is not None:
        return happened  # "Thursday's accident": HAPPENED
    if (
        text.startswith("in ", start - 3)
        and not any(c.isdigit() for c in text[start:end])
        and (there := _HAPPENED_THERE.search(text, max(0, start - HAPPENED_THERE_CHARS), start)) is not None
    ):
        return there  # "an attack on the U.S. Capitol in January": HAPPENED_THERE
    begin = _sentence_start(text, start)
    before = [c for c in _TENSE_CUE.finditer(text, begin, start) if not c["neutral"]]
    before = _own_sentence(text, begin, start, end, before)
    if (
        before
        and (
            (opens := _opens_clause(text, start))
            or (
                _SUBORDINATOR.search(text, before[-1].end(), start) is not None
                and _SUBORDINATOR_RIGHT_BEFORE.search(text, max(0, start - SUBORDINATOR_CHARS), start) is None
            )
        )
        and (own := _cue_after(text, end)) is not None
        and (opens or _OWN_VERB.fullmatch(text, end, own.start()) is not None)
    ):
        # OWN_CLAUSE: "it could be that until Wednesday night Mitt Romney had run"; SUBORDINATE_VERB
        return own
    if (
        before
        and not _WHEN_CLAUSE.match(text, end)
        and not (before[-1]["future"] and _GRANTED.search(text, before[-1].end(), start))
    ):
        return before[-1]
    if (after := _cue_after(text, end)) is not None:
        return after
    if before and _WHEN_CLAUSE.match(text, end):
        return before[-1]  # WHEN_PRESENT: "the real drama will come on Thursday, when Hayward appears"
    return None


# SUBORDINATE_VERB: likewise a phrase of a subordinate clause that opens after the cue before it, right before
# that clause's own verb ("will be able to block customers ..., after the U.S. Senate on Tuesday narrowly
# killed a rule", "although officials at a news conference on Saturday declined to say", "after lawmakers in
# July voted to pass": heap val-220-1, 5748_left, T17 bpoil_reuters/1495, each read ahead from the main
# clause's "will" or "could"): the verb right after the phrase (an adverb in "-ly" between) is its own. Only
# inside such a clause: elsewhere the verb after a phrase is often the main clause's ("the cap placed on
# Thursday night would continue", "he is expected to order on Thursday strengthened inspections": 58 values
# moved without the clause, most wrong); nor where the subordinator is the phrase's own preposition ("All
# shipments received after 21 April will be subject to the ban"). Dev + heap-10000 (timeline34): 7 values
# move, all right (2 of them DOTTED_ABBR's wrong ones), 6 tenses with the value the same, 5 right; T17
# command identical; heap-10000 timelines 6 change, 5 right, 1 unclear.
_OWN_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?")
_SUBORDINATOR = re.compile(r"\b(?:after|before|when|while|as|because|although|though|since|until|once|if)\s")
_SUBORDINATOR_RIGHT_BEFORE = re.compile(r"\b(?:after|before|since|until|once)\s+\Z")
SUBORDINATOR_CHARS = len("before ") + 1


def _cue_after(text: str, end: int) -> re.Match[str] | None:
    """The nearest tense cue after the phrase ending at `end`, in its sentence and its quotation."""
    stop = _SENTENCE_END.search(text, end, end + SENTENCE_REACH)
    limit = stop.start() if stop else min(len(text), end + SENTENCE_REACH)
    for cue in _TENSE_CUE.finditer(text, end, limit):
        if not cue["neutral"]:
            # QUOTE_END: the words after a quotation's end tell its telling (looked for once a cue is
            # found, between the phrase and it: the same cue as a search cut at the quotation's end)
            if _QUOTE_CLOSES.search(text, end, cue.start()) is None:
                return cue
            break
    return None


# OWN_CLAUSE: a phrase that opens a clause of its own, right after the "that" of a complement or the
# "that", "which" or "who" of a relative clause (a preposition between: "that until Wednesday night",
# "said that on Saturday"), stands before that clause's verb; the cue before the "that" is the main
# clause's ("it could be that until Wednesday night Mitt Romney had run", "he said that on Saturday
# two teams would be sent out", "voicing hope that Wednesday's procedure would succeed"), which tells
# of the saying or the hoping, not of what the clause tells. So the clause's own cue, the nearest
# after the phrase, reads it; where there is none, the cue before stands as before. Not the
# determiner "that" after a preposition ("on that September day", "after that May 26 order").
_OPENS_CLAUSE = re.compile(
    r"(?P<determiner>\b(?:on|at|in|of|to|by|for|from|after|before|since|until|about|with|during)\s+)?"
    r"\b(?:that|which|who)\s+(?:(?:[Nn]ot\s+)?(?:on|until|till|by|since|in|from|as\s+of)\s+)?\Z"
)
OPENS_CLAUSE_CHARS = len("during which not until ") + 1


def _opens_clause(text: str, start: int) -> bool:
    """Whether the phrase at `start` opens a clause after "that", "which" or "who" (OWN_CLAUSE)."""
    opens = _OPENS_CLAUSE.search(text, max(0, start - OPENS_CLAUSE_CHARS), start)
    return opens is not None and opens["determiner"] is None


def _sentence_start(text: str, start: int) -> int:
    """Where the sentence of the phrase starting at `start` starts (at most SENTENCE_REACH back)."""
    begin = lo = max(0, start - SENTENCE_REACH)
    # (the search runs on past `start` by the words an end looks ahead to, CLOCK_DOT's "ET Monday")
    for b in _SENTENCE_END.finditer(text, lo, start + CLOCK_DOT_CHARS):
        if b.end() > start:
            break
        begin = b.end()
    return begin


def _told_before(text: str, cue: re.Match[str]) -> bool:
    """Whether a future cue is a future of a past: a plan as it stood when it was told ("was to
    meet", "were expected to arrive", "was scheduled for", "said the vote would be")."""
    word = cue.group().split(None, 1)[0].lower()
    return word in ("would", "was", "were") or bool(
        _WAS_BEFORE.search(text, max(0, cue.start() - WAS_BEFORE_CHARS), cue.start())
    )
