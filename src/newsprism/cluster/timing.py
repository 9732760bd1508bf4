"""When an article's event happened, as an interval of days, from its date or inferred from its text.

    article_time(article) -> ArticleTime(lo, hi, weak): days since 1970-01-01 (floats, NaN = unknown)

`lo`..`hi` is the span of days the article's publication day lies in, from the strongest evidence
found, in order:
  1. the article's `published` (one day);
  2. its URL: a full date ("/2021/10/18/", "-2021-08-19", "07-08-2021", "/2021/sep/22/",
     "-20210824-": one day), the moment an article id was made (WSJ's "-1" + Unix seconds, a MongoDB
     ObjectId's first 8 hex digits: that day or the next), else a year and month ("/2021/09/",
     "-2021-9": that month);
  3. a full date in its title or first lines (an export's date line: "May 03, 2013",
     "05 / 02 / 2013", "8 / 2 / 13 at 1: 30 PM"; numeric dates are read month first);
  4. the day the page was saved (Article.not_after: a date it printed beside a widget, or its
     WARC record's fetch date): -inf..that day, since the article is from that day or before (a June 2023 report saved in September 2023 is never one
     event with April 2024 reports);
  5. nothing: NaN, NaN.
`weak` is separate, softer evidence for an article without 1-3: the latest year its text names
("in 2021", "June 2023"), as a day number for 1 January of that year. News is written about its own
year or the one before, so an article naming 2012 is unlikely to report a 2006 event, but a year is
also named in passing ("since taking office in 2021"), so one article's `weak` never forbids a
merge; only the years several undated reports name together do (linkage.calendar_years turns `weak`
into its year; linkage.YEAR_GUARD_NAMED).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from newsprism.extract.textdate import MONTHS, NUMERIC_DATE, find_dates, numeric_date
from newsprism.records import Article

__all__ = ["ArticleTime", "article_time", "lead_weekday"]

# The title and this many first characters of the body are searched for the article's own date
# line. ECB+ puts it on the first or second line, after a headline of up to ~150 characters.
DATE_LINE_CHARS = 300
# Years outside this range are not dates of news (phone numbers, scores, "1000 troops").
FIRST_YEAR, LAST_YEAR = 1950, 2039

# The lead whose weekday names the happening's day: its first two sentences (a report says in
# them on which day it happened: "opened fire at a Christmas party Friday", "voted Sunday"). The
# text is cut to this many characters first, so a long body is never split whole.
LEAD_SENTENCES = 2
LEAD_CHARS = 2000

_EPOCH = dt.date(1970, 1, 1)
_NAN = float("nan")

_URL_YMD = re.compile(r"(?<!\d)((?:19|20)\d\d)[/\-_.](0?[1-9]|1[0-2])[/\-_.](0?[1-9]|[12]\d|3[01])(?!\d)")
_URL_MDY = re.compile(r"(?<!\d)(0[1-9]|1[0-2])[/\-_.](0[1-9]|[12]\d|3[01])[/\-_.]((?:19|20)\d\d)(?!\d)")
_URL_YMONTHD = re.compile(r"/((?:19|20)\d\d)/([a-z]{3,9})/(0?[1-9]|[12]\d|3[01])(?:/|$)", re.IGNORECASE)
# a date of eight digits between two separators (a Tribune-style slug: "-20210824-qzhyf...-story")
_URL_COMPACT = re.compile(r"[-_/]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[-_/.]")
# An article id that holds the moment the article was made, in Unix seconds: WSJ's article URLs end
# in "-1" + ten digits ("...-jobless-claims-07-08-2021-11625688074": 1625688074 is 7 July 2021, 20:01
# UTC, for the 8 July report), and HuffPost's in "_n_" + a 24-hex MongoDB ObjectId, whose first 8 hex
# digits are its creation time. A story is made before it runs, in the evening for the next day's
# news: of the 4 AllSides WSJ articles with a published date, 3 ran the day after their id's day and
# 1 on it, so the id gives that day or the next (URL_ID_DAYS).
_URL_WSJ_ID = re.compile(r"\bwsj\.com/.*-1(1\d{9})(?:[?#/]|$)")
_URL_OBJECT_ID = re.compile(r"_n_([0-9a-f]{8})[0-9a-f]{16}(?:[?#/]|$)")
URL_ID_DAYS = 1.0
_URL_YM = re.compile(r"(?<!\d)((?:19|20)\d\d)[/\-_](0?[1-9]|1[0-2])(?:/|-(?!\d)|$|\.html)")
# after a date, a sentence that goes on: a clause (", in Nashville", ", that stunned"), the next
# sentence on its line (". Continuing claims": a word, not a time), or two lower-case words
# (" in protest at"); not a time, a byline, a stamp or a section ("at 7: 31 AM", "by admin",
# ", updated May 3", ". By JOHN SMITH", ". 10:32 am", "in Politics"). The stamp's words are
# skipped after any of the three, in either case: a date line's furniture is written every way.
_STAMP_WORD = r"(?!(?i:by|updated|posted|published|last|modified)\b)"
_GOES_ON = re.compile(
    rf",[ \t]+{_STAMP_WORD}[a-z]|\.[ \t]+{_STAMP_WORD}[^\W\d_]|[ \t]+{_STAMP_WORD}[a-z]+[ \t]+[a-z]"
)
# "was born on", "born Betty Mae Page in Nashville, Tennessee on": a birth date
_BORN = re.compile(r"\bborn\b[^.\n]*$")
_YEAR = re.compile(r"(?<![\d$£€.,\-/])((?:19|20)\d\d)(?![\d%,.]\d|\s?(?:%|percent|people|troops|km|miles))")


_WEEKDAYS = {
    d: k for k, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}
# a weekday, not one before a capitalised word ("Sunday Times", "Super Tuesday Primary")
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b(?!\s+[A-Z])")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")
# the day a fact was told, not the happening's: "officials said Saturday", "told reporters on Monday" ...
_TOLD_BEFORE = re.compile(
    r"\b(said|says|say|told|reported|reports|announced|confirmed)\s+(?:on\s+)?$", re.IGNORECASE
)
# ... "the mayor on Saturday said", "Monday night, said" (a teller named between keeps the day:
# "died Saturday, police said")
_TOLD_AFTER = re.compile(
    r"^\s*(?:night\s+|morning\s+|afternoon\s+|evening\s+)?(?:,\s*)?(said|says|told|reported)\b", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class ArticleTime:
    """Publication day interval (lo..hi, NaN when unknown) and weak evidence (latest named year)."""

    lo: float
    hi: float
    weak: float


def _day(d: dt.date) -> float:
    return float((d - _EPOCH).days)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_span(year: int, month: int) -> tuple[float, float] | None:
    first = _date(year, month, 1)
    if first is None:
        return None
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return _day(first), _day(nxt) - 1.0


def _id_stamp(url: str) -> int | None:
    """The Unix seconds an article id in `url` holds (WSJ's, a MongoDB ObjectId's), else None."""
    if m := _URL_WSJ_ID.search(url):
        return int(m[1])
    if m := _URL_OBJECT_ID.search(url):
        return int(m[1], 16)
    return None


def _from_url(url: str) -> tuple[float, float] | None:
    for pattern, order in ((_URL_YMD, (0, 1, 2)), (_URL_MDY, (2, 0, 1))):
        for found in pattern.finditer(url):
            parts = found.groups()
            d = _date(int(parts[order[0]]), int(parts[order[1]]), int(parts[order[2]]))
            if d is not None:
                return _day(d), _day(d)
    m = _URL_YMONTHD.search(url)
    if m and m[2].lower() in MONTHS:
        d = _date(int(m[1]), MONTHS[m[2].lower()], int(m[3]))
        if d is not None:
            return _day(d), _day(d)
    m = _URL_COMPACT.search(url)
    if m and (d := _date(int(m[1]), int(m[2]), int(m[3]))) is not None:
        return _day(d), _day(d)
    stamp = _id_stamp(url)
    if stamp is not None:
        made = _day(dt.datetime.fromtimestamp(stamp, dt.timezone.utc).date())
        return made, made + URL_ID_DAYS
    m = _URL_YM.search(url)
    if m:
        return _month_span(int(m[1]), int(m[2]))
    return None


def _talked_about(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is one a sentence talks about, not the article's own
    date line: the sentence goes on after it (", in Nashville", ", that stunned metro Atlanta",
    ". Continuing claims ...") or it is a birth date ("was born on April 22, 1923."). A date line
    ends its line or is followed by a time or a separator ("May 2, 2013, 1: 32 PM", "| Updated").
    Dev sets: of ECB+'s 192 and AllSides' 3 articles dated from their first lines, this drops 4 and
    3; two ECB+ obituaries were dated 1923 (their subject's birth) and the AllSides ones by a date
    in a lead's sentence ("the lowest level since March 14, 2020.")."""
    return bool(_GOES_ON.match(text, end) or _BORN.search(text, max(0, start - 60), start))


def _from_date_line(text: str) -> tuple[float, float] | None:
    for found in find_dates(text):
        if not _talked_about(text, found.start, found.start + len(found.text)):
            return _day(found.date), _day(found.date)
    for m in NUMERIC_DATE.finditer(text):  # "05 / 02 / 2013", "8 / 2 / 13 at", "11/30/09"
        if _talked_about(text, m.start(), m.end()):
            continue
        d = numeric_date(m)
        if d is not None:
            return _day(d), _day(d)
    return None


def _latest_year(text: str) -> float:
    years = [int(y) for y in _YEAR.findall(text)]
    years = [y for y in years if FIRST_YEAR <= y <= LAST_YEAR]
    return _day(dt.date(max(years), 1, 1)) if years else _NAN


def article_time(article: Article) -> ArticleTime:
    """The publication-day interval of `article` and its weak year evidence (module docstring)."""
    span: tuple[float, float] | None = None
    if article.published:
        try:
            d = _day(dt.date.fromisoformat(article.published[:10]))
            span = (d, d)
        except ValueError:
            span = None
    if span is None and article.url:
        span = _from_url(article.url)
    if span is None:
        head = (article.title or "") + "\n" + article.text[:DATE_LINE_CHARS]
        span = _from_date_line(head)
    if span is None and article.not_after:
        try:  # published on that day or before: the interval -inf..that day
            span = (-math.inf, _day(dt.date.fromisoformat(article.not_after[:10])))
        except ValueError:
            span = None
    if span is not None:
        return ArticleTime(lo=span[0], hi=span[1], weak=_NAN)
    return ArticleTime(lo=_NAN, hi=_NAN, weak=_latest_year((article.title or "") + "\n" + article.text))


def lead_weekday(article: Article) -> int:
    """The weekday (0 Monday .. 6 Sunday) the article's lead names as its happening's day, -1 when
    it names none: the first weekday of its first LEAD_SENTENCES sentences that is no reporting day
    ("officials said Saturday") and stands before no capitalised word ("Sunday Times")."""
    text = article.text[:LEAD_CHARS].strip()
    lead = " ".join(_SENTENCE_BREAK.split(text, maxsplit=LEAD_SENTENCES)[:LEAD_SENTENCES])
    for m in _WEEKDAY.finditer(lead):
        if _TOLD_BEFORE.search(lead[max(0, m.start() - 40) : m.start()]):
            continue
        if _TOLD_AFTER.match(lead[m.end() : m.end() + 30]):
            continue
        return _WEEKDAYS[m.group(1).lower()]
    return -1
