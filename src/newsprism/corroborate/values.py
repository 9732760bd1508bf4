"""The values a statement gives (step 1 of corroborate): dates, figures (numbers.py) and names.

In:  a statement's text and words. Out: _values(): each value as a _Value (its kind, text, key,
figure, unit and hedge, and the content words right before and after it: its slot's context).
place_names(): the gazetteer's places (a name that is a place fills a place's slot).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from newsprism.analyse import places
from newsprism.extract.textdate import MONTHS as _MONTHS

from .numbers import _inside, _numbers
from .words import _DEMONYMS, _STOPWORDS, _TITLES, _Words

SLOT_CONTEXT = 2  # content words around a value that must agree for two values to fill one slot
PLACE_MIN_POPULATION = 0  # two names of one slot that are both places conflict whenever they
# differ (no allowance for spelling variants, as two people's names have); every city the gazetteer
# holds counts, as since the first claims: GeoNames' cities of 15,000 and more and the smaller
# capitals it adds ("Vaduz", "Valletta")
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
_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*")
# a government department's words, the office a title names before its holder's name (a closed
# class: the US cabinet's departments and the common ministries elsewhere): "Secretary of Homeland
# Security Janet Napolitano", "Secretary of the Interior Salazar", "Minister of Foreign Affairs Wang
# Yi". An organisation's own words are not among them, so "director of the Sandia National
# Laboratories" keeps its first word (claims24 skipped any word after "<title> of the": two planted
# organisation swaps were lost)
_PORTFOLIO_TEXT = """
    interior state defense defence homeland security treasury energy commerce labor labour agriculture
    education transportation transport health justice finance foreign home affairs environment trade
    industry housing veterans navy army air force economy culture immigration
    human services urban development rural food climate change commonwealth
"""
# (the second half of a department joined by "and": "Health and Human Services", "Housing and Urban
# Development", "Environment, Food and Rural Affairs", "Energy and Climate Change", "Foreign and
# Commonwealth Affairs")
_PORTFOLIO = frozenset(_PORTFOLIO_TEXT.split())
# "<title> of the " right before a run of capitalised words: the run starts with the department
_OFFICE_OF_THE = re.compile(r"\b([A-Za-z]+)\s+of\s+the\s+$")
# "<title> of <department> and " right before a run: the run goes on with the department ("Secretary
# of Health and Human Services Kathleen Sebelius": the lower-case "and" ends _NAME's run)
_OFFICE_AND = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:the\s+)?(?:[A-Z][a-z]+,?\s+){1,3}(?:and|&)\s+$")
PLACE_MAX_WORDS = 3  # "Salt Lake City", "Rio de Janeiro" (the longest place names an office holds)
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
    tally: bool = False  # "now" marks a count up to the writing ("now stands at 40"; numbers._NOW_BEFORE)


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


def _names(text: str, taken: list[tuple[int, int]], drop_first: bool) -> list[tuple[int, int, str]]:
    """The names of a statement outside the `taken` spans; `drop_first`: its first word is no name."""
    found = []
    inside = _inside(taken)
    for m in _NAME.finditer(text):
        at = m.start()
        office = (
            text.endswith("the ", 0, at) or text.endswith("and ", 0, at) or text.endswith("& ", 0, at)
        ) and (_after_office(text[max(0, at - 60) : at]))
        span = _name_in(m.group(), drop_first and at == 0, office)
        if span is None:
            continue
        start, end = at + span[0], at + span[1]
        if not inside(start):
            found.append((start, end, text[start:end].rstrip(".")))
    return found


def _bare(word: str) -> str:
    return word.rstrip(".").removesuffix("'s").removesuffix("’s")


def _after_office(before: str) -> bool:
    """Whether `before` ends with "<title> of the " ("Secretary of the ") or "<title> of
    <department> and " ("Secretary of Health and ")."""
    m = _OFFICE_OF_THE.search(before) if before.endswith("the ") else _OFFICE_AND.search(before)
    return m is not None and m.group(1).lower() in _TITLES


@lru_cache(maxsize=1 << 16)  # runs of capitalised words come back sentence after sentence
def _name_in(run: str, drop_first: bool, office: bool = False) -> tuple[int, int] | None:
    """Where the name is in a run of capitalised words (None: it holds none): `drop_first` leaves
    out its first word (a sentence's first word the article does not capitalise elsewhere);
    `office`: the run follows "<title> of the", so its department's words are no name."""
    words = [(w.start(), w.end(), _bare(w.group())) for w in _NON_SPACE.finditer(run)]
    if drop_first:
        words.pop(0)
    # titles and the words before them are the role, not the name: "US Secretary of State Antony Blinken"
    last_title = -1
    for i, w in enumerate(words):
        if w[2].lower() in _TITLES:
            last_title = max(last_title, i)
        elif w[2] == "of" and 0 <= last_title == i - 1 and i < len(words) - 1:
            # "Secretary of State", "Minister of Defence": the word after "of" is the office's
            # (a title word too in "Minister of Foreign Affairs"); a place of several words is
            # the office's whole ("Governor of New York Andrew Cuomo", "Mayor of Los Angeles
            # Eric Garcetti"), while a word is left for the name
            last_title = i + _place_length(words, i + 1)
            office = True
    # the rest of the department's words (_PORTFOLIO), while a word is left for the name: "Secretary
    # of Homeland Security Janet Napolitano", "(Secretary of the) Interior Salazar"
    while office and last_title < len(words) - 2 and words[last_title + 1][2].lower() in _PORTFOLIO:
        last_title += 1
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


def _place_length(words: list[tuple[int, int, str]], first: int) -> int:
    """How many words from `first` on name a place (the gazetteer's, PLACE_MAX_WORDS at most),
    leaving a word for a name after it; 1 when none does (a department's word)."""
    for n in range(min(PLACE_MAX_WORDS, len(words) - first - 1), 1, -1):
        if " ".join(w[2] for w in words[first : first + n]).lower() in place_names():
            return n
    return 1


@lru_cache(maxsize=1 << 16)  # names come back sentence after sentence
def _name_key(name: str) -> tuple[str, ...]:
    """Lower-cased words without accents, dots and possessives: "F.B.I." = "FBI", "Guantánamo" = "Guantanamo",
    "London’s" = "London"."""
    # the curly apostrophe made straight first: ASCII has none, and "London’s" would key "londons"
    folded = unicodedata.normalize("NFKD", name.replace("’", "'")).encode("ascii", "ignore").decode()
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
    found = [(s, e, "date", text[s:e], key, 0.0, "", "", 0.0, False, False) for s, e, key in dates]
    found += [
        (s, e, "number", figure, (), number, unit, hedge, upper, running, tally)
        for s, e, figure, number, unit, hedge, upper, running, tally in numbers
    ]
    found += [(s, e, "name", name, _name_key(name), 0.0, "", "", 0.0, False, False) for s, e, name in names]
    values = []
    for s, e, kind, written, key, number, unit, hedge, upper, running, tally in found:
        i, j = bisect_left(starts, s), bisect_left(starts, e)
        before, after = tuple(stems[max(0, i - SLOT_CONTEXT) : i]), tuple(stems[j : j + SLOT_CONTEXT])
        values.append(_Value(kind, written, key, number, unit, hedge, before, after, upper, running, tally))
    return tuple(values)


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Lower-cased names of countries, US states and the gazetteer's cities of at least
    PLACE_MIN_POPULATION people (analyse.places)."""
    names = {*places.country_names(), *places.us_state_names(), *places.city_names(PLACE_MIN_POPULATION)}
    return frozenset(n.lower() for n in names)


@lru_cache(maxsize=1)
def place_regions() -> tuple[dict[str, frozenset[tuple[str, str]]], dict[str, tuple[str, str]]]:
    """Where places lie, lower-cased: each city's name -> the (country, first-level division) codes
    of the gazetteer's cities of that name (PLACE_MIN_POPULATION: "paris" -> FR and US, Texas), and
    each country's and US state's name -> its (country, division) codes ("france" -> ("FR", ""),
    "virginia" -> ("US", "VA"))."""
    cities: dict[str, set[tuple[str, str]]] = {}
    for city in places.cities(PLACE_MIN_POPULATION):
        cities.setdefault(city.name.lower(), set()).add((city.country, city.admin1))
    regions = {name.lower(): (code, "") for name, code in places.country_codes().items()}
    regions.update({name.lower(): ("US", code) for name, code in places.us_state_codes().items()})
    return {name: frozenset(codes) for name, codes in cities.items()}, regions
