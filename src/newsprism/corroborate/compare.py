"""Two values of one slot (step 5 of corroborate): do they disagree?

In:  two _Values (values.py) of two statements. Out: _same_slot() (the content words around both
agree), _differ() (two numbers, dates, names or places that contradict each other), and the
guards against false conflicts: _other_figures() (two statements whose figures all differ report
two things), _one_count(), _written_apart() and _tallied_apart() (counts up to the writing, of
reports written apart), _homes_of_two(), _other_name(), _one_place(), and _Facts (what an
article states anywhere: a value it gives is no conflict with it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache

from newsprism.analyse.stopwords import word_set
from newsprism.records import Article

from .align import _PlainWords
from .numbers import _MEASURES, _PAIR, _YEAR
from .statements import _Statement
from .values import SLOT_CONTEXT, _name_key, _Value, place_names, place_regions
from .words import _DEMONYMS

NAME_VARIANT = 0.6  # letter similarity above which two words are one name spelt two ways
# ("Stacy"/"Stacey" 0.91, "Qaddafi"/"Gadhafi" 0.71); "Chen"/"Qin" 0.29
ROUND_TOLERANCE = 0.1  # "about 5,000" and "5,120" agree: hedged or round figures are within 10%
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


def _tallied_apart(day_a: int | None, day_b: int | None, va: _Value, vb: _Value) -> bool:
    """Whether two counts of which one is a running tally (_Value.tally: numbers._TALLY) were
    published on days apart, and the later count is no lower than the earlier (a tally only grows: "the toll now stands at 400" on Monday and "at 40" on Tuesday is a
    revision or a mistake, a dispute either way)."""
    if day_a is None or day_b is None or day_a == day_b:
        return False
    early, late = (va, vb) if day_a < day_b else (vb, va)
    # what the later count allows reaches what the earlier allows (a rounding apart: "about 1,000"
    # then "960")
    return _bounds(late)[1] >= _bounds(early)[0] * (1 - ROUND_TOLERANCE)


def _same_slot(a: _Value, b: _Value) -> bool:
    """Two values fill one slot when SLOT_CONTEXT content words around them agree, one of them right
    next to both ("counterpart Chen Gang" / "counterpart, Qin Gang").

    A measured figure's measure word ("30ft", "13,000 ft", "2 miles") is no word of its slot: the
    unit already keeps figures of two units apart, and two distances in feet are two slots unless
    the words around them say what is measured alike ("another 30ft ( 9m ) to drill before
    intercepting the leaking well" / "the blown-out well 13,000 ft beneath the seabed", heap-10000
    event 537: "well" before both and "ft" after both made one slot of them). Not a span of time's
    word (_MEASURED_WORDS: measures of _MEASURED quantities): the span is the slot ("the first
    pandemic in 40 years" / "in 41 years")."""
    after_a = a.after[1:] if a.unit and a.after and a.after[0] in _MEASURED_WORDS else a.after
    after_b = b.after[1:] if b.unit and b.after and b.after[0] in _MEASURED_WORDS else b.after
    if not (
        (a.before and b.before and a.before[-1] == b.before[-1])
        or (after_a and after_b and after_a[0] == after_b[0])
    ):
        return False
    return len(set(a.before) & set(b.before)) + len(set(after_a) & set(after_b)) >= SLOT_CONTEXT


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


# One quantity written in either system: English news gives distances and weights in miles, feet and
# pounds (American copy) or kilometres, metres and kilograms (British and agency copy), often both
# ("about 58km (36 miles)"). Two reports of one event in two systems give one figure or two, so a
# figure is compared with one of the other system's unit after conversion (metric unit, its
# imperial counterpart, the factor); the writer rounds a converted figure (58 km is 36.04 miles,
# "110km (70 miles)" 68.4), so it is read as an approximation (ROUND_TOLERANCE): "110km" and "70
# miles" agree, "110km" and "110 miles" do not. Not converted: temperatures (the scale is seldom
# written: "minus 20", "86 degrees"), tons (short, long or metric) and volumes (a barrel or a
# gallon of oil is the American one; litres are a conversion's, given beside them)
_SYSTEMS = ((" kilome", " mile", 0.621371), (" meter", " foot", 3.28084), (" kilogr", " pound", 2.20462))
# each unit of _SYSTEMS: the other system's unit and the factor to it
_OTHER_SYSTEM = {
    **{metric: (imperial, factor) for metric, imperial, factor in _SYSTEMS},
    **{imperial: (metric, 1 / factor) for metric, imperial, factor in _SYSTEMS},
}


# how a conflict shows a figure of two systems' pair ("110 km" / "110 miles": its digits alone would
# show one value twice)
_UNIT_SHOWN = {
    " kilome": "km",
    " mile": "miles",
    " meter": "m",
    " foot": "ft",
    " kilogr": "kg",
    " pound": "lb",
}


def _with_unit(value: _Value) -> str:
    """A figure of _SYSTEMS as a conflict shows it beside the other system's: "110 km"."""
    return next(
        (f"{value.text} {shown}" for end, shown in _UNIT_SHOWN.items() if value.unit.endswith(end)),
        value.text,
    )


@cache  # asked per pair of figures of two units (_agree_figures): a few dozen distinct units
def _other_unit(unit: str) -> str | None:
    """The unit a figure of `unit` is converted to (_SYSTEMS: " kilome" -> " mile"), None if none."""
    for end in _OTHER_SYSTEM:
        if unit.endswith(end):
            return unit[: -len(end)] + _OTHER_SYSTEM[end][0]
    return None


def _converted(value: _Value, unit: str) -> _Value | None:
    """The figure `value` in `unit`, the other system's (_SYSTEMS), as an approximation ("58km" ->
    about 36.04 miles); None when `unit` is no conversion of the value's."""
    if _other_unit(value.unit) != unit:
        return None
    factor = next(f for end, (_, f) in _OTHER_SYSTEM.items() if value.unit.endswith(end))
    hedge = value.hedge or "about"  # a bound stays a bound ("more than 110km": more than 68 miles)
    return value._replace(number=value.number * factor, upper=value.upper * factor, unit=unit, hedge=hedge)


# the quantity a measure word measures (numbers._MEASURES' units): two statements whose figures have
# no quantity in common report two facts
_QUANTITY = {
    **dict.fromkeys(["mile", "kilome", "meter", "foot", "yard", "inch"], "length"),
    **dict.fromkeys(["pound", "kilogr", "gram", "ton", "tonne"], "mass"),
    **dict.fromkeys(["gallon", "liter", "barrel"], "volume"),
    **dict.fromkeys(["acre", "hectar"], "area"),
    **dict.fromkeys(["second", "minute", "hour", "day", "week", "month", "year"], "time"),
    **dict.fromkeys(["degree", "celsiu", "fahren"], "temperature"),
    "mph": "speed",
}


# the quantities of measures: a statement whose figures are all measures, and another whose figures
# measure none of them, give two facts. Only these: counts, shares and sums of money are told
# beside each other's facts ("Millions of retirees will get a 5.9% boost" / "the biggest payment
# increase in four decades"), and the rule for every quantity moved 56 dev claim lines, right joins
# lost among them ("passed in a 364-62 vote" / "The vote was 364 to 62")
_MEASURED = frozenset(["length", "mass", "volume", "area", "speed", "temperature"])
# the measure words (stems, singular and plural: numbers._MEASURES) of those quantities
_MEASURED_WORDS = frozenset(word for word, unit in _MEASURES.items() if _QUANTITY.get(unit) in _MEASURED)


def _quantities(units: Iterable[str]) -> set[str] | None:
    """What a statement's figures measure, by their units: money (any currency), a share (%), a
    measure's quantity (_QUANTITY) or a count (a bare figure, a pair's, a part's, an ordinal); None
    when one is unknown: a word after a hyphen may be a measure or a count's noun ("5.9-magnitude",
    "48-hour"). Spans of time are left out: a statement dates its fact by them ("nearly three months
    after", "two weeks after his death", "the biggest increase in four decades"), and two reports of
    one fact date it in their own ways."""
    found = set()
    for unit in units:
        if "-" in unit:
            return None
        if unit[:1] in "$€£¥%":
            found.add(unit[:1] if unit[:1] == "%" else "money")
            continue
        quantity = next((_QUANTITY[w] for w in unit.split() if w in _QUANTITY), "count")
        if quantity != "time":
            found.add(quantity)
    return found


def _other_figures(a: dict[str, list[_Value]], b: dict[str, list[_Value]]) -> bool:
    """Whether two statements give figures in one unit and none of them agree: they report
    different facts, whatever words they share ("rose 37,000 to 412,000" / "edged up to 373,000").
    So do two whose figures measure nothing in common (_quantities), one of them only measures
    (_MEASURED): a distance and a magnitude ("put the epicentre at about 58km (36 miles) south-west of
    Bandar Abbas" / "put the quake's magnitude at 5.9, but the U.S. Geological Survey said it was
    6.1"). Figures of two units of one quantity ("two days" / "48 hours") are not compared, nor,
    where both give a tally ("50-49", "69 to 30": numbers._PAIR), a tally's figure with a count's."""
    if not a.keys() & b.keys() and not any(_other_unit(u) in b for u in a):
        if not (a and b):
            return False
        quantities_a, quantities_b = _quantities(a), _quantities(b)
        if not (quantities_a and quantities_b and quantities_a.isdisjoint(quantities_b)):
            return False
        return quantities_a <= _MEASURED or quantities_b <= _MEASURED
    # where both give a tally, a pair's first figure is compared with the other's pair only ("a 50-49
    # party line vote" / "The final vote was 69 to 30, with ... all 50 Democrats": two votes), while a
    # pair against counts alone may give its wins ("wound up at 40-42" / "won 40 games")
    tallies = any(u.endswith(_PAIR) for u in a) and any(u.endswith(_PAIR) for u in b)
    return not any(
        _agree_figures(x, y)
        for xs in a.values()
        for x in xs
        for ys in b.values()
        for y in ys
        if not tallies or x.unit.endswith(_PAIR) == y.unit.endswith(_PAIR)
    )


def _agree_figures(a: _Value, b: _Value) -> bool:
    """_agree_numbers, a figure of the other system's unit converted first (_SYSTEMS)."""
    if (
        a.unit != b.unit
        and _other_unit(a.unit) == b.unit
        and (converted := _converted(a, b.unit)) is not None
    ):
        return _agree_numbers(converted, b)
    return _agree_numbers(a, b)


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
    if len(pairs) == 1 and (pairs[0][0] in _SEASONS) != (pairs[0][1] in _SEASONS):
        # a season names which kind of a recurring event ("Winter Olympics", "Summer Games"), the
        # other word which edition (its host: "Pyeongchang Olympics"): one event named two ways;
        # two seasons ("Winter" / "Summer Olympics") are two events
        return False
    if len(a) >= 3 and pairs == [(a[-1], b[-1])] and " ".join(a[:-1]) in place_names():
        # a place of two words or more and one word after it names a thing of that place (a paper,
        # a team): "Los Angeles Times" and "Los Angeles Angels" are two of the city's things, as
        # "New York Times" and "New York Post" are; a person's first name is seldom such a place
        return False
    if len(pairs) == 1 and _one_thing_placed(*pairs[0]):
        return False
    return all(
        x[0] != y[0]
        and min(len(x), len(y)) > 1  # an initial may be a middle one: "Ian R. MacDonald" / "R. MacDonald"
        and SequenceMatcher(None, x, y).ratio() < NAME_VARIANT
        and _NICKNAMES.get(x, x) != _NICKNAMES.get(y, y)
        for x, y in pairs
    ) and not _one_place(a, b)  # "Persian Gulf" / "Arabian Gulf" (_ONE_PLACE_TEXT)


# a country's word as a name key holds it (its demonym folded: "british" -> "britain") -> its name in
# the gazetteer's regions
_COUNTRY_NAMES = {"us": "united states", "britain": "united kingdom", "uk": "united kingdom"}
_ORDINALS = word_set("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _place_word(word: str) -> str | None:
    """The place a name's word names (a place, or a country's demonym or short name), else None."""
    folded = _DEMONYMS.get(word, word)
    place = _COUNTRY_NAMES.get(folded, folded)
    return place if place in place_names() else None


def _one_thing_placed(x: str, y: str) -> bool:
    """Whether two names differing in one word, x against y, name one thing placed two ways: by a
    place and a place inside it ("British Parliament" / "London's Parliament")."""
    px, py = _place_word(x), _place_word(y)
    if px is None or py is None:
        return False
    return px == py or _one_inside((px,), (py,))


def _country(word: str) -> bool:
    """Whether a name's word names a country (a town's name is too often a common word: "Federal",
    in Argentina)."""
    place = _place_word(word)
    _, regions = place_regions()
    return place is not None and regions.get(place, ("", "-"))[1] == ""


# an ordinal right before a name ("the 9th U.S. Circuit Court", "the Ninth U.S. Circuit")
_ORDINAL_BEFORE = re.compile(rf"(?:\d+(?:st|nd|rd|th)|\b(?:{'|'.join(sorted(_ORDINALS))}))\s+$", re.I)
ORDINAL_REACH = 12  # characters before a name read for its ordinal ("Eleventh ", 9)


def _numbered_country(text_a: str, a: _Value, text_b: str, b: _Value) -> bool:
    """Whether two names of one slot name one thing by its country and by its number: they differ
    in one word, a country's against an ordinal, and the country's side is written right after an
    ordinal ("the 9th U.S. Circuit Court" / "the Ninth Circuit Court"). Without that number, a
    country's thing and a numbered one are two ("Russian Fleet" / "Fifth Fleet", the US Navy's)."""
    pairs = [(x, y) for x, y in zip(a.key, b.key, strict=False) if x != y]
    if a.kind != "name" or len(a.key) != len(b.key) or len(pairs) != 1:
        return False
    x, y = pairs[0]
    for text, value, country, number in ((text_a, a, x, y), (text_b, b, y, x)):
        if (number in _ORDINALS or _ORDINAL.fullmatch(number)) and _country(country):
            at = text.find(value.text)
            if at > 0 and _ORDINAL_BEFORE.search(text[max(0, at - ORDINAL_REACH) : at]):
                return True
    return False


_SEASONS = frozenset(["winter", "summer", "spring", "autumn", "fall"])


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


# the last word of a company's name ("Transocean Ltd.", "BP PLC", "Apple Inc."), as a name key holds it
_COMPANY_ENDS = frozenset(["ltd", "inc", "plc", "corp", "llc", "co", "ag", "sa", "nv", "gmbh"])


def _companies(values: Iterable[_Value]) -> frozenset[str]:
    """The one-word company names an event writes with a company's ending ("Transocean Ltd." ->
    "transocean"; "Exxon Mobil Corp" is none: "Mobil" alone is no company's name of its own)."""
    return frozenset(
        v.key[0] for v in values if v.kind == "name" and len(v.key) == 2 and v.key[1] in _COMPANY_ENDS
    )


def _owner_named(a: tuple[str, ...], b: tuple[str, ...], companies: frozenset[str]) -> bool:
    """Whether two names differ in a company's name (_companies): a thing named by its owner and by
    its own name ("Transocean Horizon" / "Deepwater Horizon", the rig Transocean owned), or two
    companies' things; a company is no person's first name, so no two people of one slot."""
    return any(x != y and (x in companies or y in companies) for x, y in zip(a, b, strict=False))


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
    other_figures: Callable[[int, int], bool],
) -> bool:
    """Whether two figures of one slot of statements i and j can count one thing (`other_figures`:
    _other_figures of the two statements' figures, asked once per pair by the caller). The statements
    must share a plain word beyond the slot's own context ("15 miles north of Detroit" is an office,
    "50 miles north of Detroit" a motorist: two places), and two statements of several figures each
    of which none agree count two things ("six rifles, 12 magazines, 300 rounds" / "14 rifles,
    31 magazines, 923 rounds": two seizures)."""
    context = {*a.before, *a.after, *b.before, *b.after}
    if not (plain[i] & plain[j]) - context:
        return False
    fa, fb = figures(i), figures(j)
    several = sum(map(len, fa.values())) >= 2 and sum(map(len, fb.values())) >= 2
    return not (several and other_figures(i, j))


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
        if a.unit != b.unit:
            converted = _converted(a, b.unit)  # "110km" / "110 miles" (_SYSTEMS)
            if converted is None:
                return False
            a = converted
        return not _agree_numbers(a, b) and not _bounds_meet(a, b)
    if a.kind == "date":
        return not _agree_dates(a.key, b.key)
    if _kind(a) == "place" and _kind(b) == "place":
        return a.key != b.key and not _one_place(a.key, b.key) and not _one_inside(a.key, b.key)
    return _other_name(a.key, b.key)


@dataclass(frozen=True, slots=True)
class _Facts:
    """What one article states anywhere: a value it gives is no conflict with it."""

    text: str  # lower-cased words joined by single spaces, padded
    values: tuple[_Value, ...]
    # the numbers by unit, in order: a number is only ever checked against those of its unit
    numbers: dict[str, tuple[_Value, ...]] = field(default_factory=dict, compare=False, repr=False)
    # states() asked once per distinct value, not once per pair of values: two statements of N
    # figures each made N * N pairs, each reading the article's N figures (cubic)
    seen: dict[tuple[object, ...], bool] = field(default_factory=dict, compare=False, repr=False)

    def states(self, value: _Value) -> bool:
        # every field the answer reads (kind, key, text, number, unit, hedge, upper); not `before`,
        # `after` or `running`, which vary between mentions of one value
        known = (value.kind, value.key, value.text, value.number, value.unit, value.hedge, value.upper)
        said = self.seen.get(known)
        if said is None:
            said = self.seen[known] = self._states(value)
        return said

    def _states(self, value: _Value) -> bool:
        if value.kind == "name":
            # or its plural: "the Tony Awards" an article hosted are the "Tony Award" another says he won
            name = " ".join(value.key)
            return f" {name} " in self.text or f" {name}s " in self.text
        if value.kind == "number":
            if any(_agree_numbers(v, value) for v in self.numbers.get(value.unit, ())):
                return True
            # or the figure in the other system's unit ("about 58km (36 miles)" gives "35 miles")
            other = _other_unit(value.unit)
            converted = _converted(value, other) if other in self.numbers else None
            return converted is not None and any(
                _agree_numbers(v, converted) for v in self.numbers[converted.unit]
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
    values = tuple(v for s in statements for v in s.values)
    numbers: dict[str, list[_Value]] = {}
    for v in values:
        if v.kind == "number":
            numbers.setdefault(v.unit, []).append(v)
    return _Facts(f" {words} ", values, {unit: tuple(vs) for unit, vs in numbers.items()})


def _one_inside(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether one of two places lies in the other: a city in its country or US state ("a federal
    judge in Brooklyn" / "in New York", "violence in Charlottesville" / "in Virginia", "Paris" /
    "France"). A report names the place at the scale its readers know; both are right."""
    cities, regions = place_regions()
    for city, region in ((a, b), (b, a)):
        codes, area = cities.get(" ".join(city)), regions.get(" ".join(region))
        if codes and area and any(c == area[0] and area[1] in ("", d) for c, d in codes):
            return True
    return False


# A rate counts per span of time what a total counts in all: "62,000 barrels of oil per day" and
# "some 4 million barrels" (the same spill's flow and its sum) are two quantities of one measure
# word. The rate's span is read right after the figure, past the few words of what it counts
# (RATE_REACH: "barrels of oil"), not past another figure; "a day after" / "a day later" date a
# happening, they are no rate.
RATE_REACH = 4
_RATE = re.compile(
    r"(?:\s+[^\s\d]+){0," + str(RATE_REACH) + r"}?\s+"
    r"(?:(?:a|an|per|each|every)\s+(second|minute|hour|day|week|month|year)\b"
    r"(?!\s+(?:after|before|later|earlier|ago|of|since|when|into)\b)"
    r"|(daily|hourly|weekly|monthly|yearly|annually|bpd)\b)",
    re.I,
)
_PER_SPAN = {
    "daily": "day",
    "hourly": "hour",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annually": "year",
    "bpd": "day",  # barrels per day
}


# A stock (what is held: "Reserves are 1 billion barrels of oil equivalent", "214 million barrels oil
# equivalent ( boe ) of net proved reserves") is no flow (what is pumped, spilled or sold: "BP pumped
# 4.0 million barrels of oil equivalent of oil and gas in 2009"; heap-10000 event 560), though both
# count barrels. A stock word in the STOCK_REACH words before or after the figure marks it (its
# clause: "proved reserves of 18 billion barrels", "1 billion barrels of oil equivalent in
# reserves"); "Reserve" capitalised and singular is a bank ("the Federal Reserve"), no stock.
STOCK_REACH = 8
_STOCK = re.compile(r"\b(?:[Rr]eserves|reserve|stockpiles?|inventor(?:y|ies)|in storage)\b")


def _rate(text: str, value: _Value) -> str:
    """The span of time a figure counts per ("day" for "62,000 barrels of oil per day", "bpd"),
    "stock" for a stock (_STOCK), "" for a total or a count; the figure's first mention in `text` is
    read."""
    m = re.search(r"(?<![\w.,])" + re.escape(value.text) + r"(?!\w)", text)
    if m is None:
        return ""
    rate = _RATE.match(text, m.end())
    if rate is None:
        before = " ".join(text[: m.start()].split()[-STOCK_REACH:])
        after = " ".join(text[m.end() :].split()[:STOCK_REACH])
        return "stock" if _STOCK.search(before) or _STOCK.search(after) else ""
    span = (rate.group(1) or rate.group(2)).lower()
    return _PER_SPAN.get(span, span)


# Two statements that each give a figure as an estimate of someone's (a worst case, a projection)
# and name no one in common report two people's judgements of an unknown, not a disputed fact:
# Alabama's governor's "worst-case scenario of 150,000 barrels" and Salazar's "The worst case
# scenario is we could have 100,000 barrels"
_ESTIMATE = re.compile(
    r"\b(?:worst[- ]case|best[- ]case|scenario|estimate[sd]?|estimating|projections?|projected|"
    r"forecasts?|forecast|predicts?|predicted)\b",
    re.I,
)
_ATTRIBUTED = re.compile(r"\b(?:said|says|told|according to|estimated|predicted|projected|forecast)\b", re.I)


def _estimates_of_two(a: _Statement, b: _Statement) -> bool:
    """Whether two statements give their figures as two estimates of people they name apart (neither
    names a person or group the other names; places aside)."""
    if not all(_ESTIMATE.search(s.text) and _ATTRIBUTED.search(s.text) for s in (a, b)):
        return False
    names_a = {v.key for v in a.values if v.kind == "name" and _kind(v) != "place"}
    names_b = {v.key for v in b.values if v.kind == "name" and _kind(v) != "place"}
    return bool(names_a or names_b) and names_a.isdisjoint(names_b)


# A plan's day and a done thing's day are two happenings: "Cameron said on Thursday ..." / "Obama
# plans to speak with ... Cameron on Saturday", "Biden's previous promise of ... by the end of July" /
# "the US will now have enough ... by the end of May". A date is a plan's when a verb of the future
# stands in the PLAN_REACH words before it (about a clause: "plans to speak with British Prime
# Minister David Cameron on Saturday", 8 words; "will now have enough COVID-19 vaccines for every
# adult by the end of May", 13); two plans' days, or two done things', are compared as before.
PLAN_REACH = 15
# "due to" is a plan before a verb ("due to arrive on Monday") and a cause before a noun phrase
# ("delayed due to the storm on Friday", review22): not before a determiner or a possessive
_PLAN = re.compile(
    r"\b(?:will|plans?\s+to|planning\s+to|expected\s+to|set\s+to|going\s+to"
    r"|due\s+to(?!\s+(?:the|a|an|his|her|its|their|our|this|that|these|those|bad|heavy|high|low)\b))\s",
    re.I,
)


def _date_mention(text: str, value: _Value) -> re.Match[str] | None:
    """A date's first mention in a statement, as written (a whole word)."""
    return re.search(r"(?<![\w.,])" + re.escape(value.text) + r"(?!\w)", text)


def _planned(text: str, value: _Value) -> bool:
    """Whether a date is the day of a plan (_PLAN in the PLAN_REACH words before its first mention)."""
    m = _date_mention(text, value)
    if m is None:
        return False
    before = text[: m.start()].split()[-PLAN_REACH:]
    return _PLAN.search(" ".join(before) + " ") is not None


# The day of a telling is no day of the fact told: "Allen said on Sunday that the well was now
# effectively dead" / "Allen said Friday that this discovery was made" are two tellings, two days
# (conflicts asks that the words told after the two days differ too: one thing told, two days, is a
# dispute). A date is a telling's when a verb of speech (and "reporters", and "on" / "late" /
# "early") stands right before its first mention.
_TOLD = re.compile(
    r"\b(?:said|says|told|announced|stated|added|wrote|testified)(?:\s+reporters)?(?:\s+(?:on|late|early))?$",
    re.I,
)


def _told(text: str, value: _Value) -> bool:
    """Whether a date is the day of a telling (_TOLD right before its first mention)."""
    m = _date_mention(text, value)
    return m is not None and _TOLD.search(text[: m.start()].rstrip()) is not None


# A figure read at the writing (a present or progressive verb, "currently", "now": "Seventy vessels
# ... were working", "49 vessels ... are working", "are capturing some 25,000 barrels of oil a day",
# "The pressure inside the cap is currently at 6,811 pounds per square inch") is the level of
# something that changes (boats at work, oil collected, a well's pressure, a storm's speed): two
# reports of it written on different days read two moments, as two tallies do (_tallied_apart), but
# a level may fall as well as rise. A copy and its original are one report, whatever day the copy
# was published (conflicts asks for two originals).
_READING = re.compile(
    r"\b(?:currently|at present|right now)\b"
    # a progressive verb, not a word that only ends in -ing ("is nothing short of", "was during",
    # "is something like": 150 such in heap-10000's texts; review22)
    r"|\b(?:is|are|was|were)\s+(?:now\s+|still\s+|\w+ly\s+)?"
    r"(?!(?:during|nothing|something|anything|everything|according|morning|evening)\b)[a-z]+ing\b",
    re.I,
)
# A market's move is its day's reading too ("BP 's shares traded down 6.8 percent at 582 pence" / "BP
# 's shares fell 1.3 percent" five days later), but only for the figure the market word is the
# subject of: the word stands in the MARKET_REACH words before it (a clause: "BP 's shares traded
# down 6.8 percent at 582 pence", 7 words). Anywhere in the statement, "shares" made every figure of
# it a reading ("BP shares fell as the leak grew to 60,000 barrels a day": the leak's rate is no
# market's)
MARKET_REACH = 8
_MARKET = re.compile(r"\b(?:shares|stocks?|share price)\b", re.I)


def _mention(text: str, value: _Value) -> re.Match[str] | None:
    """A figure's first mention in a statement, as written: a whole word, or digits a unit's letters
    are glued to ("304p", "30ft": a figure's text ends at its digits)."""
    # "four", not in "fourteen"; "30", not in "30,000" nor "30.5"
    end = r"(?![.,]?\d)" if value.text[-1:].isdigit() else r"(?!\w)"
    return re.search(r"(?<![\w.,])" + re.escape(value.text) + end, text)


def _reading(text: str, value: _Value) -> bool:
    """Whether a figure is read at the writing: the statement reads a level (_READING), or a market
    word stands in the MARKET_REACH words before the figure's first mention (_MARKET)."""
    if _READING.search(text):
        return True
    m = _mention(text, value)
    return m is not None and _MARKET.search(" ".join(text[: m.start()].split()[-MARKET_REACH:])) is not None


# A comparison's other term is another period's or another thing's figure: "a second quarter profit
# of $ 5bn , compared with $ 2.9 bn for the second quarter of 2009" gives 2009's profit, no
# disputed 2010 one ("a profit of $ 5.6 billion for the second quarter"). Read right before the
# figure's first mention.
_BASELINE = re.compile(r"\b(?:compared (?:with|to)|versus|vs\.?|up from|down from)$", re.I)


def _baseline(text: str, value: _Value) -> bool:
    """Whether a figure is a comparison's other term (_BASELINE right before its first mention)."""
    m = _mention(text, value)
    return m is not None and _BASELINE.search(text[: m.start()].rstrip()) is not None


# A figure given as a possibility or an aim is no measured one: "Scientists will be looking for high
# pressure readings of 8,000 to 9,000 pounds per square inch" (an aim), "Low pressure, below 6,000
# pounds per square inch or so, could mean more leaks" (a possibility: a threshold), "as many as
# 40,000 barrels a day could have been escaping" (a possibility) are not the "6,700 pounds per
# square inch" a gauge read nor the "50,000 barrels a day" BP would siphon off (heap-10000 events
# 537 and 471), and an aim is no threshold (8,000 or 9,000 psi "would be ideal", "below 6,000 ...
# could mean more leaks"). A cue of its own clause marks it: a modal of possibility (could, might,
# may, "would" before a verb of meaning: "would indicate"; not "would" alone, the future of reported
# speech: "said it would pay $20 billion" states a plan as "will pay" does) or a word of an aim, in the POSSIBLE_REACH words before or after the figure's
# first mention, no word that opens another clause (_CLAUSE_WORDS: "killed 50 people, and
# officials said more could die") between. Figures of one kind are compared ("could reach 5,000" /
# "could reach 6,000").
POSSIBLE_REACH = 8  # a clause: "8,000 or 9,000 pounds per square inch would be ideal", 7 words
_POSSIBLE_WORDS = {
    **dict.fromkeys(["could", "might", "may"], "possible"),
    # a condition's figure: "pressures of between 6,000 lb and 8,000 lb per square inch would
    # indicate that the well is holding"
    **dict.fromkeys(
        ["would indicate", "would mean", "would suggest", "would signal", "would show"], "possible"
    ),
    **dict.fromkeys(["ideal", "target", "targets", "goal", "threshold"], "aim"),
    **dict.fromkeys(["looking for", "hoping for", "aiming for", "aims for", "aim for"], "aim"),
}
_CLAUSE_TEXT = "and but said says told while who which that when where because although though as"
_CLAUSE_WORDS = frozenset(_CLAUSE_TEXT.split())
# a modal of ability before a verb of finding or telling states what was found: "Officials could
# confirm only 12 deaths", "could account for 40" (a past ability, a count given), no possibility
_ABILITY = frozenset(
    f"{modal} {verb}"
    for modal in ("could", "can")
    for verb in ("confirm", "verify", "find", "identify", "count", "account")
)
_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?$")
_STRIP = ",;:\"“”'‘’()"


def _possible(text: str, value: _Value) -> str:
    """What a figure is given as: "possible", "aim" (_POSSIBLE_WORDS in its clause, POSSIBLE_REACH
    words either side of its first mention; the first cue from the figure on, before it first), or
    "" (a figure stated). Read back, a comma ends the figure's clause ("The well , which may have
    leaked since April , is leaking 5,000": the modal is the relative clause's); "May" or "MAY" before
    a day's number is the month ("WASHINGTON , MAY 20"), and "May" alone the month or a name."""
    m = _mention(text, value)
    if m is None:
        return ""
    raw_before = text[: m.start()].split()[-POSSIBLE_REACH:]
    raw_after = text[m.end() :].split()[: POSSIBLE_REACH + 1]  # (+1: the word after the last, for "MAY 20")
    # back from the figure, up to the nearest comma (a lone "," or a word that ends in one)
    cut = max((k + 1 for k, w in enumerate(raw_before) if w.endswith(",")), default=0)
    before = [w.strip(_STRIP) for w in raw_before[cut:]]
    after = [w.strip(_STRIP) for w in raw_after]
    # each word's next word in text order (the figure's for the last one before it)
    nexts = {True: [*before[1:], value.text][::-1], False: [*after[1:], ""]}
    for words, reversed_ in (
        (before[::-1], True),
        (after[:POSSIBLE_REACH], False),
    ):  # read away from the figure
        previous = ""
        for written, following in zip(words, nexts[reversed_], strict=False):
            month = written == "May" or written == "MAY" and _DAY.match(following) is not None
            word = written if month else written.lower()
            if word in _CLAUSE_WORDS:
                break
            pair = f"{word} {previous}" if reversed_ else f"{previous} {word}"
            if pair in _ABILITY:
                return ""
            kind = _POSSIBLE_WORDS.get(word) or _POSSIBLE_WORDS.get(pair)
            if kind:
                return kind
            previous = word
    return ""
    before = [w.strip(",;:\"“”'‘’()") for w in text[: m.start()].split()[-POSSIBLE_REACH:]]
    after = [w.strip(",;:\"“”'‘’()") for w in text[m.end() :].split()[:POSSIBLE_REACH]]
    for words, reversed_ in ((before[::-1], True), (after, False)):  # read away from the figure
        previous = ""
        for written in words:
            word = written if written == "May" else written.lower()  # "May": the month
            if word in _CLAUSE_WORDS:
                break
            pair = f"{word} {previous}" if reversed_ else f"{previous} {word}"
            kind = _POSSIBLE_WORDS.get(word) or _POSSIBLE_WORDS.get(pair)
            if kind:
                return kind
            previous = word
    return ""


# Two places' happenings of one kind: "Georgia's primary, originally scheduled for March 24" and
# "The primary was originally scheduled for April 4" in a report on Louisiana's (heap-10000 event
# 1178: one story, two states postponing their primaries). A statement that names a country or a US
# state right before a word the other statement shares (the thing it is of: "Georgia's primary")
# speaks of that place's; when the other article never names that place and names another of its
# kind (a US state, a country), it speaks of that other place's, and their values are two places'.
# Only countries and states: their names are unambiguous, and a report names the one it is about.


# a run of capitalised words ("From WAFB: Louisiana Secretary of State Kyle Ardoin": a name's run
# drops the words before a title, so the article's names alone miss "Louisiana")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
REGION_MAX_WORDS = 4  # "Democratic Republic of Congo" aside, a country's or state's name: "New South Wales"


def _region_codes(text: str) -> frozenset[tuple[str, str]]:
    """The (country, US state) codes of the countries and US states a text names: each run of
    capitalised words' runs of up to REGION_MAX_WORDS words, possessives off."""
    regions = place_regions()[1]
    codes = set()
    for m in _CAPITALISED_RUN.finditer(text):
        words = [_name_key(w) for w in m.group().split()]
        for n in range(1, min(REGION_MAX_WORDS, len(words)) + 1):
            for k in range(len(words) - n + 1):
                code = regions.get(" ".join(w for key in words[k : k + n] for w in key))
                if code is not None:
                    codes.add(code)
    return frozenset(codes)


def _places_apart(
    a: _Statement, b: _Statement, regions_a: frozenset[tuple[str, str]], regions_b: frozenset[tuple[str, str]]
) -> bool:
    """Whether statement a or b names a country or a US state (the thing both speak of right after
    it) that the other's article (its _region_codes `regions_a`, `regions_b`) never names, naming
    another of its kind instead."""
    regions = place_regions()[1]
    for one, other, theirs in ((a, b, regions_b), (b, a, regions_a)):
        for v in one.values:
            if v.kind != "name" or not v.after or v.after[0] not in other.words:
                continue
            code = regions.get(" ".join(v.key))
            if code is None or code in theirs:
                continue
            if any(c != code and (c[1] == "") == (code[1] == "") for c in theirs):
                return True
    return False
