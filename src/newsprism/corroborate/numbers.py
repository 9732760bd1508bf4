"""The figures of a statement (part of its values, step 1 of corroborate).

In:  a statement's text and words (words.py). Out: _numbers(): each figure's place, value, unit
(a measure word, glued or not, a currency, percent, a pair's first figure, a part of a whole, a
model's count, a count of two things, a span of time with its anchor), hedge ("about", "at least",
"at most", a range's) and a range's high end.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from operator import itemgetter

from .words import _NOT_TYPOGRAPHIC, _NUMBER_WORD_SET, _NUMBER_WORDS, _STOPWORDS, _stem, _Words

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
# Every _NUMBER match holds a digit or a number word (its core), at most _CORE_OFFSET characters
# after its start: the optional hedge ("approximately"), one space, a currency sign and a space. Its
# optional parts let it start almost anywhere, so trying every position of a text is slow; the search
# starts just before each core instead (a text without one, most statements, is passed over).
_CORE_OFFSET = max(map(len, _HEDGES)) + 3
_HEDGE_ENDS = tuple(sorted({hedge.split()[-1] for hedge in _HEDGES}))  # a hedge's last word
_WORD_RUN = re.compile(r"\w+")
_NUMBER_CORE = re.compile(r"\d|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.I)  # as in _NUMBER
_SPACE_RUN = re.compile(r"\s\s")


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
# anything, and "Seventy vessels" no longer conflicted with another report's "49 vessels"); "US"
# before it names the American measure ("210,000 US gallons", the heap's BBC pages): still gallons
_MEASURE_WORD = re.compile(r"\s*(?:US\s+)?([a-z]+)")
# a tokenised compound's measure: "the 9 - acre Mat Maid complex" (the heap's and ECB+'s tokenised
# pages set the hyphen apart) is a figure of acres, as "nine acre city block" is. Not a span of time:
# "38 - year - old" is an age, and read as years it was compared with another person's "47 - year -
# old" (claims24); an untokenised "9-acre" is a compound's suffix (_NUMBER's `suffix`)
_SPACED_MEASURE = re.compile(r" - ([a-z]+)\b")
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
_PAIR = " pair"  # the mark a pair's first figure's unit ends in
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
_Figure = tuple[int, int, str, float, str, str, float, bool, bool]

# a running tally is a count up to the moment of writing: "has taken the confirmed UK total to 28",
# "has now spread to 76 countries", "So far, Deepwater Horizon has spilled 21 million to 45 million
# gallons", "As of Nov. 18, the fund made payments to 86,728 individuals", a death toll. It grows
# from one day to the next, so a tally and a count of one slot written on other days report two
# moments ("total to 28" on May 5, "total to 34" on May 7), not a dispute (compare._tallied_apart).
# These words name the count a tally wherever they stand in the statement ("So far , ... 45 million
# gallons", "... have spewed so far": searched by conflicts, once per statement it compares counts
# of); "total" as a count's noun ("the UK total to 34", "a total
# of"), not an adjective ("1 percent of total oil and gas output")
_TALLY = re.compile(
    r"\b(?:so far|thus far|to date|total (?:of|to|at|is|was|now|stands|rose|reached)|tally|toll|as of|"
    r"since it began)\b",
    re.I,
)
# "now" marks a tally only for the figure of the verb it stands before: "now stands at 400", "has
# now spread to 76 countries", "is now capturing nearly 1 million gallons" (at most NOW_REACH words
# between "now" and the figure's hedge or digits). A figure after an article is the size of a thing
# the statement names, and "now" dates the happening, not the amount: "BP has now agreed to set up a
# $ 20 billion fund" (anywhere in the statement, "now" hid every count of it: a $ 20 million fund a
# day before and a $ 20 billion one were no conflict)
NOW_REACH = 3
_NOW_BEFORE = re.compile(rf"\bnow\s+(?:(?!(?:a|an|the)\s)\S+\s+){{0,{NOW_REACH}}}$", re.I)
NOW_WINDOW = 4 + NOW_REACH * 26  # characters read before a figure for "now": its words of 25 letters


def _figure_value(digits: str, decimals: str | None = None) -> float:
    """The value of a figure's digits and decimals as _NUMBER reads them, thousands commas and a
    tokenised text's spaces ("795 ,000", "6 .36", "3. 8") left out, a decimal comma read as a point
    ("11 ,7 million")."""
    return float((digits.replace(",", "") + (decimals or "").replace(",", ".")).replace(" ", ""))


# "m" without a currency is metres ("( 9m )", "200m high", "1,500 m ( 5,000 ft )", "50m by 50m", "a
# 150m fire-resistant boom") but millions before the thing counted: a plural noun or a measure of
# volume or mass, "206m gallons", "4.9 m barrels", "nearly 19m US gallons", "2.5 m litres", "60m
# doses", "50m people" (British style: the BBC's and the Guardian's pages in the heap; read as 11,
# "11m gallons" was no "11 million gallons" of another report, and a BBC list of past spills
# conflicted with Fox's "the 11 million gallons" of the Exxon Valdez). A length is followed by no
# plural noun. The word after the figure (or after a range's high end): a plural ends in "s" (not
# "ss" or "us": "less", "plus")
_COUNTED_AFTER = re.compile(
    r"(?:\s?(?:to|or|and|-|–)\s?\d[\d,.]*\s?m\b)?"  # a range's high end first: "1.5 m to 2.5 m gallons"
    r"\s?(?:US\s)?(?:(gallon|barrel|litre|liter|tonne|ton|people|children|men|women)s?|([a-z]{3,}s))\b"
)


def _millions_of(text: str, end: int) -> bool:
    """Whether a figure's "m" ending at `end` is "million": a counted thing follows (_COUNTED_AFTER)."""
    after = _COUNTED_AFTER.match(text, end)
    if after is None:
        return False
    plural = after.group(2)
    return plural is None or not (plural.endswith(("ss", "us")) or plural in _STOPWORDS)


def _numbers(text: str, taken: list[tuple[int, int]], words: _Words) -> list[_Figure]:
    """The figures of a statement outside the `taken` spans: start, end, text, value, unit, hedge,
    a range's high end (0 when it is no range), whether it is a running span (_Value.running) and
    whether "now" marks it a running tally (_Value.tally; the statement's other tally words, _TALLY,
    mark every count of it and are read by conflicts)."""
    found: list[_Figure] = []
    cores = _cores(text, words)
    if not cores:  # no digit, no number word: no match (most statements)
        return found
    has_now = "now" in text.lower()  # _NOW_BEFORE is searched only where it may match
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
        if (
            mult in ("mm", "m", "k")
            and not m["currency"]
            and not (mult == "m" and _millions_of(text, m.end()))
        ):
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
        if hedge != "range" and (_PAIR_END.match(text, end) or _tally_to(m, value, text, end)):
            unit += _PAIR  # "just 2-8 in their last ten", "a 52-48 vote": one of two figures
        elif _PART_OF.match(text, end):
            unit += " of"  # "eight of their last 10 games": a part of a whole the text counts
        elif not unit and not mult and _MODEL_COUNT.match(text, end):
            unit += " model"  # "seven AK-47 assault rifles": a part of "nine assault rifles"
        measure = _MEASURE_WORD.match(text, end)
        if text.startswith(" - ", end) and not unit and not mult:
            spaced = _SPACED_MEASURE.match(text, end)
            if spaced and spaced.group(1) not in _SPAN_WORDS and _stem(spaced.group(1)) in _MEASURES:
                measure = spaced
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
        begin = m.start("hedge") if m["hedge"] else start
        tally = has_now and _NOW_BEFORE.search(text, max(0, begin - NOW_WINDOW), begin) is not None
        found.append((start, end, text[start:end].strip(), value, unit.lower(), hedge, upper, running, tally))
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
# the high end of a range of large counts that gives its multiplier only there: "840,000 to 1.2
# million gallons" (Reuters' and the Post's conversions in the heap; read apart, the "1.2 million" was
# one more figure, against another report's "nearly 1 million gallons" of the same capture). Only
# after a low end with a thousands comma (a count of thousands: its high end lies within a thousand
# times it), so "10 to 20 million" stays a ratio's two figures as before
_SCALED_RANGE_END = re.compile(
    r" to (?P<digits>\d+)(?P<decimals>\.\d+)?\s?(?P<mult>million|billion|trillion)\b(?![\w.]*\d)", re.I
)
_RANGE_JOINTS = (" to ", " or ", " and ")  # _COUNT_RANGE_END's joints: a quick test before it
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_CHANGE_WORD = re.compile(
    r"\b(?:from|by|rose|rise|rises|rising|fell|fall|falls|falling|climbed|dropped|jumped|increased|"
    r"decreased|declined|grew|slipped|edged|surged|soared|plunged|raised|lowered|reduced|cut|up|down|"
    r"went|moved|changed)\s+$",
    re.I,
)


# a tally written with "to" ("The final vote was 69 to 30", "a 5 to 4 ruling"): a bare count, "to" and
# a smaller bare count; a range runs up ("four to six months": _count_range), a change from its
# first figure to its second is no tally ("fell from 69 to 30")
_TALLY_TO = re.compile(
    r" to (\d{1,4})(?![\d%$€£¥-]|[,.]\d)(?! ?(?:percent|per cent|million|billion|thousand)\b)"
)


def _tally_to(m: re.Match[str], first: float, text: str, end: int) -> bool:
    """Whether the plain count m (value `first`, ending at `end`) opens a tally: "69 to 30"."""
    if not text.startswith(" to ", end):
        return False  # most figures: no "to" after them
    if (
        m["currency"]
        or m["mult"]
        or m["percent"]
        or m["suffix"]
        or m["ordinal"]
        or m["decimals"]
        or not m["digits"]
    ):
        return False
    second = _TALLY_TO.match(text, end)
    if second is None or int(second.group(1)) >= first:
        return False
    return _CHANGE_WORD.search(text[max(0, m.start("digits") - ANCHOR_WINDOW) : m.start("digits")]) is None


def _count_range(m: re.Match[str], low: float, text: str) -> tuple[float, int] | None:
    """The high end of a range of counts whose low end is the plain _NUMBER match m (value `low`),
    and where it ends; None when m starts none. "to" and "or" join a range; "and" only after
    "between". Asked only with a joint right after m (_RANGE_JOINTS): most figures have none."""
    if m["currency"] or m["mult"] or m["percent"] or m["suffix"] or m["ordinal"] or m["decimals"]:
        return None
    if m["digits"] and _YEAR.fullmatch(m["digits"]):
        return None  # "2004 to 2008": years
    high = _COUNT_RANGE_END.match(text, m.end())
    scaled = _SCALED_RANGE_END.match(text, m.end()) if high is None and "," in (m["digits"] or "") else None
    if high is None and scaled is None:
        return None
    start = m.start("digits") if m["digits"] else m.start("word")
    before = text[max(0, start - ANCHOR_WINDOW) : start]
    if scaled is not None:
        if _CHANGE_WORD.search(before):
            return None  # "fell from 840,000 to 1.2 million": a change
        value = _figure_value(scaled["digits"], scaled["decimals"]) * _MULTIPLIERS[scaled["mult"].lower()]
        return (value, scaled.end()) if low < value <= 1000 * low else None
    assert high is not None
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


_YEAR = re.compile(r"(?:1[89]|20)\d\d")  # "the 1940s", "the 2004-05 season": a time, not a count
