"""Publication date of an HTML page.

html_publication_date(html, url=None) -> (date as YYYY-MM-DD or None, name of the evidence or None)

The page is parsed once with lxml. `page_date_evidence` collects every kind of evidence the page
offers, each as a calendar day (visible evidence leaves out page furniture, such as elements whose
class or id names navigation, any element marked itemprop="dateModified", and machine timestamps
written into the text, "2021-10-27T20:35:36+01:00"):
  - "jsonld"      JSON-LD datePublished / dateCreated of the page's article
  - "meta"        <meta> published tags (article:published_time, pubdate, DC.date.issued, date ...)
  - "itemprop"    an element with itemprop="datePublished" (its datetime, content or visible text)
  - "modified"    the modification date the page declares (JSON-LD, <meta>, itemprop)
  - "meta-date"   a generic <meta name="date"> or DC.date (often the day the page was generated)
  - "label"       a visible statement: "Erstellt am 01.11.2023", "Datum: 03.02.2022",
                  "Published January 19, 2020", "veröffentlicht am ...", or the first date of a
                  date line that goes on to an update ("January 19, 2020 / 12:25 PM / Updated ...")
  - "byline"      the first visible date in an element whose class or id names a date
                  (date, time, datum, publish, posted, meta, byline), outside navigation and comments
  - "time"        the first <time> element of the page's body
  - "url"         a /YYYY/MM/DD/ (or YYYY-MM-DD) date in the URL
  - "headline"    the visible date nearest the <h1> (300 characters before to 1,500 after; a
                  "31.10.23" in a date-holder element counts there), read however deep the <h1> is
  - "first-visible" the first visible date of the page body that no sentence tells of (a told
                  day, "imposed on January 11, 2007, after ...", is passed over); when the headline
                  has a date, from the headline's neighbourhood on (a date further up is the site's
                  masthead, the day the page was served), as for "byline"
  - "label-updated" a visible "Stand:", "Aktualisiert", "Updated ..." statement
  - "htmldate"    htmldate's extensive search, "htmldate-fast" its header-only search
  - "newsml"      the <FirstCreated> stamp of an agency's NewsML header pasted into the page
  - "share-url"   the date in the page's own address as its share buttons carry it, read only when
                  nothing else dates the page (`_shared_url_day`)

`html_publication_date` decides between them (numbered the same in `_decide`):
  1. every kind of evidence votes for its day with a weight (`EVIDENCE_WEIGHTS`, the log-odds that
     it is right, measured on the development split); kinds that read the same source agree and
     so add up, a modification date votes weakly, a page-furniture date not at all;
  2. the day with the most weight wins, named by its strongest evidence;
  3. no evidence, or only htmldate landing on a month's 1st (a bare year such as "© 2016", or a
     year and month, padded to a day) -> the day of "share-url" if the page has one, else (None,
     None).
htmldate is the costly evidence (two more passes over the page, and dateparser's ~10 s warm-up the
first time its extensive search reaches it), so it is asked only while its votes could still change
that decision (`_settled`); the answer is the same as if it had always been asked.
Garbage in gives (None, None), never an exception.

No evidence may give a day after the page was read (`latest_day`): the day its crawler fetched it
(plus one for time zones) when the record says, else the day of the run. The answer depends on the
day of the run only for a page with no fetch day that is dated after the run's day (`_htmldate`
keeps htmldate's date parser from filling a missing day in from the run's clock). That much is
kept on purpose: without a fetch day the run's day is the only bound known to be true (the page
exists, so it was published by then), and a date after it is a countdown or a typo. A fixed bound
in its place would either refuse the pages published after it or let every countdown through;
no bound read from the page itself (its latest date, its copyright year) is sure to be after its
publication. The run's day moves the answer only where a page dates itself into that run's future.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from functools import lru_cache
from urllib.parse import unquote

from lxml import etree

from newsprism.extract.html_blocks import parse_page
from newsprism.extract.textdate import (
    FRENCH_WEEKDAYS,
    GERMAN_WEEKDAYS,
    OTHER_LABEL_ON_WORDS,
    OTHER_PUBLISHED_LABELS,
    OTHER_UPDATED_LABELS,
    ROMANCE_DUTCH_WEEKDAYS,
    US_ZONE_AFTER,
    YEAR_FIRST_DATE,
    ZONE_AFTER_REACH,
    FoundDate,
    other_script_dates,
    short_year_stamps,
)

__all__ = ["html_publication_date", "page_date_evidence", "parse_date_text"]

# Dates before this are treated as noise (htmldate's own floor); dates after today are impossible.
MIN_YEAR = 1995

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january jan januar jänner jaenner janvier enero gennaio janeiro januari ene gen",
        "february feb februar février fevrier febrero febbraio fevereiro februari fév fev",
        "march mar märz maerz mär mrz mars marzo março maart",
        "april apr avril abril aprile avr abr",
        "may mai mayo maggio maio mei mag",
        "june jun juni juin junio giugno junho",
        "july jul juli juillet julio luglio julho juil lug",
        "august aug août aout agosto augustus ago",
        "september sep sept septembre septiembre setiembre settembre setembro set",
        "october oct oktober octobre octubre ottobre outubro okt ott out",
        "november nov novembre noviembre novembro",
        "december dec dezember dez décembre decembre diciembre dicembre dezembro dic",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_YEAR = r"((?:19|20)\d\d)"
_DAY = r"([0-3]?\d)"
# a comma after the day where it is no number of a list, as the text reader reads it
# (textdate._FULL_DATE_PATTERNS): after its ordinal ("17:59 - 9th, Jan 2008", l3s_gn1 6d75323d) or its
# weekday ("Thursday, 10, January, 2008, 09:14", bf8e6424)
_DAY_COMMA = r"(?:(?:(?<=[a-z])|(?<=day, \d)|(?<=day, \d\d)),)?"
# the text forms a news page writes a day in, most specific first
_TEXT_DATE_RES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?<![\d.])((?:19|20)\d\d)(-)([01]?\d)-([0-3]?\d)(?![\d])"), "ymd"),
    # with dots or slashes, spaced or not ("2020/03/12", "2012. 08. 08", "2010 . 03 . 05"), as the
    # text reader reads them; dates in Chinese, Japanese, Korean and Thai: _text_reader_days
    (re.compile(YEAR_FIRST_DATE), "ymd"),
    (re.compile(rf"(?<![\d./]){_DAY}\.\s?([01]?\d)\.\s?{_YEAR}(?!\d)"), "dmy"),
    (re.compile(rf"(?<![\d./]){_DAY}/([0-3]?\d)/{_YEAR}(?!\d)"), "slash"),
    # the same with hyphens, read as a slash date is: "01-14-2008 15:45" (The Korea Times, l3s_gn1
    # 082e02bd), "Posted on: 17-01-2008", "Dzisiaj, 02-11-2023 13:29" (2 November, wp.pl)
    (re.compile(rf"(?<![\d./-]){_DAY}-([0-3]?\d)-{_YEAR}(?![\d-])"), "slash"),
    (
        re.compile(
            rf"(?<!\d){_DAY}(?:\.|er|st|nd|rd|th)?{_DAY_COMMA}\s*(?:de\s+)?({_MONTH_RE})\.?,?\s*(?:de\s+)?{_YEAR}",
            re.I,
        ),
        "d_month_y",
    ),
    # joined by hyphens: "Saturday 12-Jan-2008 11:48 AM" (l3s_gn1 3463f0c3; textdate reads it too)
    (re.compile(rf"(?<![\d-]){_DAY}-({_MONTH_RE})-{_YEAR}(?![\d-])", re.I), "d_month_y"),
    # (a space may stand before the comma: "Monday , December 31 , 2007", The Telegraph, Calcutta)
    (re.compile(rf"\b({_MONTH_RE})\.?\s+{_DAY}(?:st|nd|rd|th)?(?: ?,)?\s+{_YEAR}", re.I), "month_d_y"),
]


def _valid(year: int, month: int, day: int, today: date) -> str | None:
    if year < MIN_YEAR:
        return None
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found.isoformat() if found <= today else None


def parse_date_text(
    text: str, *, today: date | None = None, stated: frozenset[str] = frozenset()
) -> list[tuple[str, int]]:
    """Every full day written in `text`, as (YYYY-MM-DD, character offset), in text order.

    Understands ISO days, 18.10.2019, 18/10/2019, year-first dates with dots or slashes (2019.10.18),
    day and month-name forms in English, German, French, Spanish, Italian, Portuguese and Dutch,
    and dates in Chinese, Japanese, Korean and Thai (textdate.other_script_dates). A slash date
    that reads both ways (01/08/2008) is day first unless the text or the days `stated` elsewhere
    say otherwise, or it is written without leading zeros ("1/8/2008", `_SlashReader`).
    """
    today = today or date.today()
    found: list[tuple[str, int]] = []
    slashes = _SlashReader(text, stated)
    # every form holds a four-digit year: only the text around one is searched (ten times faster
    # on long pages than running the month-name patterns over all of it)
    windows: list[list[int]] = []
    for year in _YEAR_RE.finditer(text):
        start, end = max(0, year.start() - _WINDOW_BEFORE), year.end() + _WINDOW_AFTER
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    for start, end in windows:
        found.extend(_dates_in(text, start, end, today, slashes))
    # the days in Chinese, Japanese (a Japanese era's year too: "令和6年3月15日"), Korean and Thai
    found.extend(_text_reader_days(other_script_dates(text), today))
    found.sort(key=lambda item: item[1])
    return found


def _text_reader_days(found: list[FoundDate], today: date) -> list[tuple[str, int]]:
    """The days of the dates the text reader found (textdate's `found`: other_script_dates,
    short_year_stamps) that are no later than `today` nor before MIN_YEAR (_valid), as (YYYY-MM-DD,
    character offset): so that both readers read them alike."""
    days = ((_valid(f.date.year, f.date.month, f.date.day, today), f.start) for f in found)
    return [(day, offset) for day, offset in days if day]


_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# the longest written date before its year ("30. September " ~ 40 characters with "de" and a weekday
# comma), and after it ("-12-31", "年12月31日")
_WINDOW_BEFORE = 40
_WINDOW_AFTER = 12


# an American zone after a date's clock: textdate.US_ZONE_AFTER ("01/09/2008 09:37:25 PM PST"), or
# before the date: "Posted at 12:20 AM ET, 11/01/2011" (washingtonpost.com)
_US_ZONE_BEFORE = re.compile(r"\b(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|PT)\s*,?\s*$")
# ... and a clock in British time right before it, day first: "Last Updated: 12:01am GMT
# 06/01/2008" (every Telegraph page; the text reader's textdate._UK_CLOCK rule)
_UK_CLOCK_BEFORE = re.compile(r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?\s*(?:GMT|BST)\s*,?\s*$")
_SLASH_ANY = re.compile(r"(?<![\d./])([0-3]?\d)/([0-3]?\d)/(?:19|20)\d\d(?!\d)")
# A both-ways date written without leading zeros, its first number one digit and its second not
# padded ("1/10/2008", "1/8/2008"), is American: .NET's en-US default M/d/yyyy. On the l3s_gn1 dumps
# (crawled December 2007 - January 2008, so the reading in those months is the right one) the 12
# pages that write one are all month first; of the pages that pad ("01/08/2008", "10/01/2008") 21
# are month first and 11 day first (bench/dates_slash_shapes.py). A day-first writer pads the
# month ("21/01/2008" 40 times in all dev sets, "13/1/2008" twice, one Indian site); one that pads
# the second number only ("1/08/2008", d/MM) is day first. Indonesian writes d/M ("Senin
# (4/5/2020)", htmldate 1595907782), but that page states its day (rule 1) and the rule is last.
_UNPADDED_MONTH_FIRST = re.compile(r"[1-9][/-][1-9]")


# a month's name written before its day, or after it ("January 7, 2008", "Jan. 19"; "7 January
# 2008", "19th Jan"): capitalised, so that "may 5" in a sentence is no date
_MONTH_NAMES_CAP = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_MONTH_NAME_FIRST = re.compile(rf"\b{_MONTH_NAMES_CAP} [0-3]?\d(?:st|nd|rd|th)?\b(?![:.]\d)")
_DAY_FIRST_NAME = re.compile(rf"(?<![\d:.,])\b[0-3]?\d(?:st|nd|rd|th)? {_MONTH_NAMES_CAP}(?![a-z])")


class _SlashReader:
    """Which way a slash date that reads both ways (first and second number both 12 or less) is
    read, day first (as most of the world writes it) or month first (American):
      1. the reading that is a day the page states elsewhere in machine-written metadata (`stated`:
         its <meta> tags, JSON-LD, URL), when only one of the two is: the page says its day twice
         (msnbc.com prints "12/07/2012" under a <meta> 2012-12-07); else the reading whose weekday
         is named beside it, when only one is (textdate.weekday_reading, the text reader's rule:
         "01-08-2008 Washington on Tuesday warned Iran" is 8 January 2008, a Tuesday; 1 August
         2008 was a Friday);
      2. day first right after a clock in British time (_UK_CLOCK_BEFORE); month first when an
         American zone follows its clock (textdate.US_ZONE_AFTER) or stands right before it
         (_US_ZONE_BEFORE);
      3. month first when the text's slash dates that read one way only are month first more often
         than day first: a page writes its dates one way ("12/28/2007" beside "01/08/2008" on a US
         page, "28/12/2007" beside "09/12/2007" on a European one);
      4. with no such slash date, month first when the text writes a month's name before its day
         more often than after it: American English writes "January 7, 2008" and 01/07/2008 for
         the same day, British and most others "7 January 2008" and 07/01/2008;
      5. with neither, month first when the date is written without leading zeros, its first number
         one digit ("1/10/2008 4:09:14 PM", _UNPADDED_MONTH_FIRST), else day first.
    """

    def __init__(self, text: str, stated: frozenset[str]) -> None:
        self.text = text
        self.stated = stated
        self._convention: bool | None = None  # rules 3 and 4, read once and only when needed
        self._convention_read = False

    def month_first(self, start: int, end: int, day_first: str, month_first: str) -> bool:
        if (day_first in self.stated) != (month_first in self.stated):
            return month_first in self.stated
        text = self.text
        from newsprism.extract.textdate import weekday_reading  # (textdate loads the place names)

        named = weekday_reading(
            text, start, end, (date.fromisoformat(month_first), date.fromisoformat(day_first))
        )
        if named is not None:
            return named.isoformat() == month_first
        if _UK_CLOCK_BEFORE.search(text, max(0, start - 25), start):
            return False
        if US_ZONE_AFTER.match(text, end, end + ZONE_AFTER_REACH) or _US_ZONE_BEFORE.search(
            text, max(0, start - 12), start
        ):
            return True
        if not self._convention_read:
            self._convention, self._convention_read = self._page_convention(), True
        if self._convention is not None:
            return self._convention
        # 5. the date's own digits
        return _UNPADDED_MONTH_FIRST.match(text, start, end) is not None

    def _page_convention(self) -> bool | None:
        """Rules 3 and 4: True when the page writes its dates month first, False when day first,
        None when it does not say."""
        month_count = day_count = 0
        for match in _SLASH_ANY.finditer(self.text):
            first, second = int(match[1]), int(match[2])
            month_count += first <= 12 < second
            day_count += second <= 12 < first
        if month_count == day_count:
            # 4. no slash date reads one way only: the order the page writes a month's name in,
            # "January 7, 2008" (American, as its numbers: 01/07/2008) or "7 January 2008"
            month_count = len(_MONTH_NAME_FIRST.findall(self.text))
            day_count = len(_DAY_FIRST_NAME.findall(self.text))
        return None if month_count == day_count else month_count > day_count


def _dates_in(
    text: str, start: int, end: int, today: date, slashes: _SlashReader
) -> Iterator[tuple[str, int]]:
    window, offset = text[start:end], start
    taken: list[tuple[int, int]] = []
    for pattern, kind in _TEXT_DATE_RES:
        for match in pattern.finditer(window):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            groups = match.groups()
            if kind == "ymd":
                ymd = (int(groups[0]), int(groups[2]), int(groups[3]))
            elif kind in ("dmy", "slash"):
                first, second, year = int(groups[0]), int(groups[1]), int(groups[2])
                if kind == "slash" and second > 12:  # 11/25/2020 is American
                    first, second = second, first
                elif kind == "slash" and first <= 12 and first != second:
                    day_first = _valid(year, second, first, today)
                    month_first = _valid(year, first, second, today)
                    if day_first is None or (
                        month_first is not None
                        and slashes.month_first(
                            offset + match.start(), offset + match.end(), day_first, month_first
                        )
                    ):
                        # month first, or the day-first reading is after the page was fetched
                        first, second = second, first
                ymd = (year, second, first)
            elif kind == "d_month_y":
                ymd = (int(groups[2]), _MONTHS[groups[1].lower()], int(groups[0]))
            else:
                ymd = (int(groups[2]), _MONTHS[groups[0].lower()], int(groups[1]))
            day = _valid(*ymd, today)
            if day:
                taken.append((match.start(), match.end()))
                yield day, offset + match.start()


_ISO_RE = re.compile(r"((?:19|20)\d\d)-?([01]\d)-?([0-3]\d)")


def _iso_day(value: str | None, today: date) -> str | None:
    """Day of an ISO-8601 timestamp ("2020-01-20T09:49:32+0000"), or of a written date."""
    if not value:
        return None
    value = value.strip()
    match = _ISO_RE.match(value)
    if match:
        return _valid(int(match[1]), int(match[2]), int(match[3]), today)
    written = parse_date_text(value[:80], today=today)
    return written[0][0] if written else None


# <meta> names and properties (lower-cased) that state when the article was first published
_META_PUBLISHED = {
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "published_time",
    "pubdate",
    "og:pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "datepublished",
    "date_published",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "article_date_original",
    "originalpublicationdate",
    "citation_publication_date",
    "citation_date",
    "release_date",
    "pub_date",
    "vr:published-time",
    "analyticsattributes.articledate",
    "displaydate",
    "cxenseparse:recs:publishtime",
    "datecreated",
    "creation_date",
    "created",
    "og:release_date",
    "bt:pubdate",
    "rnews:datepublished",
    "article:post_date",
    "dateline",
}
# generic <meta> dates: on CMS pages often the day the page was generated or last edited
_META_GENERIC = {"date", "dc.date", "dcterms.date", "dc:date", "dcterms:date"}
_META_MODIFIED = {
    "article:modified_time",
    "og:updated_time",
    "og:article:modified_time",
    "article:modified",
    "lastmod",
    "last-modified",
    "dcterms.modified",
    "dc.date.modified",
    "datemodified",
    "revision_date",
    "updated_time",
    "modified",
    "date_modified",
    "last_updated",
}
_ARTICLE_TYPES = re.compile(r"article|posting|report|review|webpage|video|liveblog", re.I)
# parts of class / id names ("main-nav", "sidebar_left") that mark page furniture, whose dates are
# not the article's; body, main and article are never furniture ("has-sidebar" on <body>)
_FURNITURE_WORDS = frozenset(
    [
        "nav",
        "navi",
        "navbar",
        "navigation",
        "menu",
        "footer",
        "sidebar",
        "comment",
        "comments",
        "related",
        "teaser",
        "teasers",
        "widget",
        "breadcrumb",
        "breadcrumbs",
        "cookie",
        "cookies",
        "newsletter",
        "topbar",
        "social",
        "advert",
        "ad",
        "ads",
        "banner",
        "promo",
        "recommended",
        "popular",
        "trending",
        "calendar",
        "weather",
        "tweet",
        "tweets",
    ]
)
_NEVER_FURNITURE = frozenset({"html", "body", "main", "article"})
# a class of its own that names the story's date: its date line, whatever other class the element
# has besides ("story-date comments-grey-italic", swissinfo's date line under a style named for its
# comments' grey italics, l3s_gn1 5d341f23); a related story's or a teaser's date names its list in
# the same class ("related-article-date", "teaser__subline-pubdate")
_STORY_DATE_CLASS = re.compile(r"(?:story|article|post|entry)[-_]?(?:date|time|datum)", re.I)
# A site's clock: an element named "clock" or "time-now" (a class word or the id) that prints the day
# and time the page was served, in its navigation bar ("<div class="clock">15/01/08 15:05</div>",
# sportinglife, l3s_gn1 5bc1e7d3, 38d88b3f, 66bf2973: stories of 31 December, 2 and 10 January), no
# publication date. Not an icon's class word ("fa fa-clock", beside a real date line): whole words.
_SITE_CLOCK_NAMES = frozenset({"clock", "time-now", "timenow"})
# the same in the page's markup, for htmldate, which reads the page's text itself: the clock's text,
# up to its first tag
_SITE_CLOCK_TEXT = re.compile(
    r"(<[a-z][a-z0-9]*\s[^>]*?\b(?:class|id)\s*=\s*[\"']?(?:[^\"'>]*\s)?(?:clock|time-now|timenow)"
    r"(?=[\"'\s>])[^>]*>)[^<]+",
    re.IGNORECASE,
)
_NAME_PARTS = re.compile(r"[^a-z0-9]+")
_NAV_WORD = re.compile(r"(?<![a-z0-9])nav")
# class / id / itemprop words of the element that holds an article's date line
_DATE_HOLDER = re.compile(r"date|time|datum|publi|posted|byline|meta|info|stand|zeit|fecha|data", re.I)
_SKIP_TAGS = {
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "footer",
    "aside",
    "select",
    "button",
    "svg",
    "iframe",
    "head",
    "title",
}
# a weekday's name in the languages of _MONTHS, as a date line writes it between its label and its
# date ("Published: Tuesday, January 15, 2008", "Publié le mardi 15 janvier 2008", "Veröffentlicht
# am Dienstag, den 15. Januar 2008", "Publicado el martes 15 de enero de 2008")
_WEEKDAY_NAMES = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun|"
    rf"{'|'.join((*GERMAN_WEEKDAYS, *FRENCH_WEEKDAYS, *ROMANCE_DUTCH_WEEKDAYS))})"
)
# what stands between a date line's label and its date: "on", "am", "le" ..., a colon, a weekday
# (the labels in other languages are the text reader's: textdate.OTHER_PUBLISHED_LABELS, ...)
_LABEL_END = rf"\s*(?:on|{OTHER_LABEL_ON_WORDS}|:)?\s*:?\s*(?:{_WEEKDAY_NAMES}\.?\s*,?\s*(?:den\s+)?)?$"
_PUBLISHED_LABEL = re.compile(
    rf"(?:published|posted|{OTHER_PUBLISHED_LABELS}"
    # the bare word "date" names the page's date only as a label: with its colon ("Date: Sunday,
    # January 6, 2008", "Datum: 03.02.2022", "Published Date:") or alone on its line (dw.com's "Date"
    # over its day). After another word it is another date's name ("Effective Date Saturday, July 25,
    # 2020" of a legal notice, dates/htmldate 1687351353; "Betting News by Date Tuesday 15 January
    # 2008", an archive's list beside a story of the 10th, l3s_gn1 cd49f963)
    r"|(?<=\n)[^\S\n]*(?:date|datum|fecha)|(?:date|datum|fecha)\s*:)" + _LABEL_END,
    re.I,
)
_UPDATED_LABEL = re.compile(
    rf"(?:stand|updated|last modified|modified|{OTHER_UPDATED_LABELS})" + _LABEL_END,
    re.I,
)
# "January 19, 2020 / 12:25 PM / Updated 8 hours ago", "3. Januar 2020, aktualisiert am ...": a
# date that only its clock and separators part from an update label is the date line's first one,
# the publication an update followed (the 7 dev pages with one: 7 of 7 the gold day). Matched from
# the date's year on, over at most UPDATE_AFTER_REACH characters. Not when the label goes on with
# only a clock (_UPDATE_CLOCK): "17 February 2013 Last updated at 22:15 GMT" (BBC) dates the update.
_UPDATED_AFTER = re.compile(
    r"(?:[\s\d:.,/|\u00b7\u2022\u2013\u2014()-]|[ap]\.m\.|(?:at|um|alle|om|las|am|pm|uhr|h|gmt|utc|bst|"
    r"cet|cest|mez|mesz|et|est|edt|ct|cdt|pt|pst|pdt)\b)*?"
    rf"(?:last updated|updated|{OTHER_UPDATED_LABELS})\b",
    re.I,
)
UPDATE_AFTER_REACH = 60
# "Site last Updated: Jan 15 2008 4:36PM" in a status bar above the story (The Times, South Africa,
# l3s_gn1 62915fb3, over "Published: Jan 14, 2008"): the site's update, the day it served the page,
# as a masthead's day is; a page's or an article's "Last Updated" stamp is the story's own (BBC,
# Bloomberg)
_SITE_UPDATED = re.compile(r"\b(?:web)?site\s+(?:last\s+)?updated\s*:?\s*$", re.I)
# ... read over the white space the page's markup indents it with (its label and its date are two
# elements 80 spaces apart)
SITE_UPDATED_REACH = 200
_UPDATE_CLOCK = re.compile(
    r"\s*:?\s*(?:at|um|\u00e0|alle|a las|om)?\s*\d\d?[:.h]\d\d(?!\d)(?![^\n]{0,25}(?:19|20)\d\d)", re.I
)
# "2021-10-27T20:35:36+01:00" in the text: a machine's timestamp (schema markup left in the page,
# hidden by its style sheet), not a date line written for a reader; the element it stands in is
# read as metadata already ("itemprop", "time")
_MACHINE_STAMP = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\dT\d\d:\d\d")
# how far (characters) a label may stand before its date, and how much visible text is searched
LABEL_REACH = 40
VISIBLE_CHARS = 60_000
# ... or, on a page whose headline comes later (behind a long menu), up to the headline's date line
HEADLINE_VISIBLE_CHARS = 250_000
# a date this close to the headline (characters of visible text before / after it) is its date line
HEADLINE_BEFORE = 300
HEADLINE_AFTER = 1500
# Weight of each kind of evidence in the vote: the log-odds that it names the gold day when it names
# one, measured on the development split dates/htmldate (255 pages; (correct + 1) / (given + 2)).
# Re-tune with bench/html_dates.py --cv 5 (prints the weights fitted on all pages); 5-fold CV of
# weights fitted this way: F1 0.963 (dev F1 with these: 0.963).
EVIDENCE_WEIGHTS: dict[str, float] = {
    "label": 3.3,  # 25 of 25 right (32 / 32 since the update-line rule, _UPDATED_AFTER)
    "headline": 2.8,  # 162 / 171
    "jsonld": 2.8,  # 102 / 107
    "meta": 2.8,  # 117 / 123
    "url": 2.5,  # 36 / 38
    "itemprop": 2.5,  # 47 / 50
    "time": 2.4,  # 75 / 81
    "first-visible": 2.3,  # 182 / 199
    "byline": 2.2,  # 149 / 164
    "htmldate-fast": 2.1,  # 215 / 240
    "htmldate": 1.9,  # 221 / 255
    "modified": 1.2,  # 112 / 144
    "meta-date": 1.2,  # 21 / 27
    "label-updated": 1.0,  # 7 / 9
    # an agency's NewsML header in the page's markup, its <FirstCreated> stamp (newsml_day): no page
    # of dates/htmldate has one (two of l3s_gn1, which gives no dates), so it weighs as the other
    # machine-written stamps of a page's metadata, JSON-LD's and the meta tags'
    "newsml": 2.8,
}
# 31.10.23: a day with a two-digit year (read as 20yy), only in the headline's date line
_SHORT_YEAR_DMY = re.compile(r"(?<![\d.])([0-3]?\d)\.([01]?\d)\.(\d\d)(?![\d.])")
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[/_.-]([01]?\d)[/_.-]([0-3]?\d)(?:[/_.-]|$)")


def _attributes(elem: etree._Element) -> str:
    return " ".join(filter(None, (elem.get("class"), elem.get("id"), elem.get("itemprop"))))


# the site's clocks (_SITE_CLOCK_NAMES) in a page, found by libxml2: each name as the id, or as a
# whole word of the class
_SITE_CLOCKS = etree.XPath(
    "descendant::*["
    + " or ".join(
        f"@id='{name}' or contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"
        for name in sorted(_SITE_CLOCK_NAMES)
    )
    + "]"
)
# a clock's day with a two-digit year, day first as the one reading its numbers allow ("15/01/08")
_CLOCK_SHORT_DATE = re.compile(r"(?<![\d/.])([0-3]?\d)[/.]([01]?\d)[/.](\d\d)(?![\d/.])")


def _site_clock_day(tree: etree._Element, today: date) -> date | None:
    """The day a site's clock (_SITE_CLOCK_NAMES) printed on the page: the day it was served, so
    the page's article is of that day or before."""
    for clock in _SITE_CLOCKS(tree):
        text = clock.text_content()
        days = parse_date_text(text, today=today)
        if days:
            return date.fromisoformat(days[0][0])
        m = _CLOCK_SHORT_DATE.search(text)
        if m and int(m[1]) > 12:  # the day first is the only reading
            day = _valid(2000 + int(m[3]), int(m[2]), int(m[1]), today)
            return date.fromisoformat(day) if day else None
    return None


def _is_furniture(elem: etree._Element, headlines: tuple[etree._Element, ...] = ()) -> bool:
    if elem.tag in _SKIP_TAGS:
        return True
    if elem.tag in _NEVER_FURNITURE:
        return False
    # a date the page itself declares as its last modification is not its publication date
    if elem.get("itemprop") == "dateModified":
        return True
    cls, ident = elem.get("class"), elem.get("id")
    if cls is None and ident is None:
        return False
    if (ident or "").lower() in _SITE_CLOCK_NAMES or not _SITE_CLOCK_NAMES.isdisjoint(
        (cls or "").lower().split()
    ):
        return True
    if not _furniture_names(" ".join(filter(None, (cls, ident))).lower()):
        return False
    if cls and any(_STORY_DATE_CLASS.fullmatch(word) for word in cls.split()):
        return False  # the story's date line in a style class named after comments (_STORY_DATE_CLASS)
    # a furniture-named container that holds the headline is a page wrapper, not furniture: its
    # <h1>, or an element the markup names as the headline whose text the page's title holds
    # (`headlines`, _titled_headlines: the Toronto Star's article sits in
    # "ctl00_ContentPlaceHolder_article_NavWebPart_Article", an ASP.NET id naming its control's
    # type, NavWebPart, with <span class="headlineArticle">John McHale, 86: Expos' first
    # president</span> the title holds; l3s_gn1 9823a7f0, c61a5b06)
    return elem.find(".//h1") is None and not any(
        head is elem or any(holder is elem for holder in head.iterancestors()) for head in headlines
    )


def _titled_headlines(body: etree._Element, titles: tuple[str, ...]) -> tuple[etree._Element, ...]:
    """The elements of the page named as a headline (_HEADLINE_NAME, with the word "headline": a
    Blogger page's "widget Blog" holds its post's "post-title", and a widget's "title" names lists'
    and boxes' titles as often) whose text is a piece of the page's title (`titles`, _title_words).
    (With "title" too, htmldate's weinlachgummis post is shown and misread: its book's
    "Erscheinungsdatum: 14.08.2017" under the post's title outvotes its "Samstag, 9. September
    2017".)"""
    if not titles:
        return ()
    return tuple(
        inner
        for inner in _HEADLINE_NAMED(body)
        if _HEADLINE_NAME.search(" ".join(filter(None, (inner.get("class"), inner.get("id")))))
        and _title_words(inner.text_content()[:TITLE_PIECE_MAX_CHARS], titles)
    )


# the elements whose class or id holds "headline" ("Headline"; found by libxml2 in one pass of the
# page: a walk in Python under every furniture-named menu cost a fifth of page_date_evidence's time)
_HEADLINE_NAMED = etree.XPath(
    "descendant::*[contains(@class, 'eadline') or contains(@id, 'eadline')]"
    "[contains(concat(@class, ' ', @id), 'headline') or contains(concat(@class, ' ', @id), 'Headline')]"
)


@lru_cache(maxsize=4096)
def _furniture_names(names: str) -> bool:
    """Whether an element's class and id words (menus and lists repeat them) name furniture."""
    if not names:
        return False
    # "navtop", "navwrap": a word that starts with "nav" names navigation too
    return not _FURNITURE_WORDS.isdisjoint(_NAME_PARTS.split(names)) or (
        "nav" in names and _NAV_WORD.search(names) is not None
    )


def _jsonld_objects(data: object) -> Iterator[dict[str, object]]:
    if isinstance(data, list):
        for item in data:
            yield from _jsonld_objects(item)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in data:
                yield from _jsonld_objects(data[key])


def _jsonld_dates(tree: etree._Element, today: date) -> tuple[str | None, str | None]:
    published = modified = None
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for obj in _jsonld_objects(data):
            kind = obj.get("@type")
            kind = " ".join(map(str, kind)) if isinstance(kind, list) else str(kind or "")
            if not _ARTICLE_TYPES.search(kind):
                continue
            for key in ("datePublished", "dateCreated", "uploadDate"):
                value = obj.get(key)
                if isinstance(value, str) and not published:
                    published = _iso_day(value, today)
            value = obj.get("dateModified")
            if isinstance(value, str) and not modified:
                modified = _iso_day(value, today)
    return published, modified


def _meta_dates(tree: etree._Element, today: date) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in tree.iterfind(".//meta"):
        content = meta.get("content") or meta.get("datetime")
        if not content:
            continue
        for key in ("property", "name", "itemprop", "http-equiv"):
            name = (meta.get(key) or "").strip().lower()
            if not name:
                continue
            if name in _META_PUBLISHED:
                kind = "meta"
            elif name in _META_GENERIC:
                kind = "meta-date"
            elif name in _META_MODIFIED:
                kind = "modified"
            else:
                continue
            if kind not in found:
                day = _iso_day(content, today)
                if day:
                    found[kind] = day
    return found


def _holder_names_date(elem: etree._Element | None, levels: int = 4) -> bool:
    while elem is not None and levels > 0:
        if isinstance(elem.tag, str) and _DATE_HOLDER.search(_attributes(elem)):
            return True
        if elem.tag in ("p", "article", "section", "main", "body"):
            return False
        elem = elem.getparent()
        levels -= 1
    return False


# a link to a site's front page: its root, or its "front", "home" or index page
_FRONT_PAGE = re.compile(r"(?:https?://[^/]+)?/?(?:front|home|index\.\w+|default\.\w+)?/?", re.I)


def _site_logo(h1: etree._Element) -> bool:
    """Whether the <h1> links to the site's front page: the site's name as its logo, no headline
    (<h1><a href="/front"></a>Winnipeg Free Press Live</h1> over the masthead's "Monday, January
    14, 2008", the editorial's <h3>Capping the deal</h3> over "Mon Jan 7 2008" below it, l3s_gn1
    fcb21363)."""
    return any(_FRONT_PAGE.fullmatch(href) for a in h1.iter("a") if (href := (a.get("href") or "").strip()))


def _headline_of(elem: etree._Element | None) -> etree._Element | None:
    """The <h1> that holds `elem` (itself or up to two levels up), if one does."""
    for _ in range(3):
        if elem is None:
            return None
        if elem.tag == "h1":
            return elem
        elem = elem.getparent()
    return None


# class / id words that name an element as the story's headline ("article_headline",
# "headlineArticle", "storytitle", "largetitle"): many pages of 2008 set their headline in a <span>
# or <div> so named, with no <h1> and a <title> that is only the site's name (l3s_gn1 41caaf23: no
# <title> at all, <div class="article_headline"><b>Slammer for Rammer</b> over "Fri, January 18,
# 2008", the masthead's "Sunday, 20 January, 2008" above). A sub-headline, sub-title or a section's
# heading ("sectionhead") is not the headline.
_HEADLINE_NAME = re.compile(r"(?<!sub)(?<!sub[_-])(?:headline|title)", re.I)
# ... holding the text itself or one level up (<div class="article_headline"><b>...</b></div>)
NAMED_HEADLINE_LEVELS = 2
# ... a headline of three words at least ("Slammer for Rammer"; a box's "More news", "Services" is
# no headline), as the title's pieces (TITLE_PIECE_MIN_WORDS)


def _named_headline(elem: etree._Element, text: str) -> bool:
    """Whether the piece `text`, held by `elem`, is the story's headline as the page's markup names
    it (_HEADLINE_NAME): its element or the one above named so, 3+ words, no link (a teaser's
    headline links to its story)."""
    if not _headline_sized(text):
        return False
    holder: etree._Element | None = elem
    for _ in range(NAMED_HEADLINE_LEVELS):
        if holder is None or holder.tag == "a":
            return False
        names = " ".join(filter(None, (holder.get("class"), holder.get("id"))))
        if names and _HEADLINE_NAME.search(names):
            return _unlinked(holder)
        holder = holder.getparent()
    return False


# With no <h1>, no piece of the title and no element named a headline, a page's story headline is
# often its first <h2> .. <h4> that its body follows (l3s_gn1 a5446936, Mangalorean.com: <h4>Scotland
# Yard makes no headway in Benazir murder probe</h4> over "Islamabad, Jan 14 (IANS) The Scotland
# Yard team ...", the site's "Jan 15, 2008" above a list of teasers); a teaser's heading is a link.
_SUB_HEADINGS = frozenset({"h2", "h3", "h4"})


def _unlinked_heading(elem: etree._Element, text: str) -> bool:
    """Whether the piece `text` is a heading's whole text, 3+ words, with no link in or around it."""
    return _headline_sized(text) and _unlinked(elem)


def _headline_sized(text: str) -> bool:
    """Whether the piece `text` is a headline's length: 3+ words (TITLE_PIECE_MIN_WORDS)."""
    return (
        TITLE_PIECE_MIN_CHARS <= len(text) <= TITLE_PIECE_MAX_CHARS
        and len(text.split()) >= TITLE_PIECE_MIN_WORDS
    )


def _unlinked(elem: etree._Element) -> bool:
    """Whether `elem` holds no link and no link holds it."""
    return elem.find(".//a") is None and not any(a.tag == "a" for a in elem.iterancestors())


# A named headline (or heading) is the story's when its body follows: a paragraph of prose (a piece of
# PROSE_PIECE_CHARS or more ending a sentence) starts within NAMED_BODY_CHARS after it, before the
# next named headline (the body under a headline is that headline's). A promo's or a box's headline
# is followed by links and the masthead (41caaf23's "Loads of laughs! City columnist ..." in a
# "mainheadline" span above the site's date and menu).
NAMED_BODY_CHARS = 1000


def _story_headline(
    named: list[tuple[int, etree._Element]], pieces: list[tuple[int, etree._Element]], parts: list[str]
) -> tuple[int, etree._Element] | None:
    """The first of the `named` headlines (start, element) that a paragraph of prose follows."""
    if not named:
        return None
    starts = [start for start, _ in pieces]
    for k, (start, elem) in enumerate(named):
        end = start + NAMED_BODY_CHARS
        if k + 1 < len(named):
            end = min(end, named[k + 1][0] - 1)
        i = bisect_right(starts, start)
        while i < len(parts) and starts[i] <= end:
            piece = parts[i].strip()
            if len(piece) >= PROSE_PIECE_CHARS and piece[-1:] in _SENTENCE_END:
                return start, elem
            i += 1
    return None


def _listed(start: int, pieces: list[tuple[int, etree._Element]], parts: list[str]) -> bool:
    """Whether the piece at `start` is an item of a list of links: a link's text itself (a teaser
    links to its story), or standing between two links (the nearest piece with words before it and
    the one after it are each a link's text: the list's unlinked item)."""
    i = bisect_right([at for at, _ in pieces], start) - 1

    def linked(k: int) -> bool:
        holder = pieces[k][1]
        return holder.tag == "a" or any(elem.tag == "a" for elem in holder.iterancestors())

    def next_linked(step: int) -> bool:
        k = i + step
        while 0 <= k < len(parts) and not parts[k].strip():
            k += step
        return 0 <= k < len(parts) and linked(k)

    return linked(i) or (next_linked(-1) and next_linked(1))


_TITLE_NORM = re.compile(r"[^\w]+")
_FIRST_WORD = re.compile(r"[\w\u2019\u2018'`]+")
_APOSTROPHES = re.compile(r"[\u2019\u2018'`]")
# a piece of text this long may be the headline the page's <title> holds (3 short words .. the
# longest headline with its deck)
TITLE_PIECE_MIN_CHARS = 10
TITLE_PIECE_MAX_CHARS = 300
# a piece must hold this many words of the title to be its headline ("Podium for Canuck")
TITLE_PIECE_MIN_WORDS = 3
# ... and an <h1>, marked as the page's heading already, this many ("Faire Lieferketten")
TITLE_H1_MIN_WORDS = 2


def _normalised(text: str) -> str:
    return " " + _TITLE_NORM.sub(" ", _APOSTROPHES.sub("", text.lower())).strip() + " "


def _headline_anchor(
    h1_starts: dict[etree._Element, int],
    titled: list[tuple[int, int, etree._Element]],
    titles: tuple[str, ...],
    named: tuple[int, etree._Element] | None = None,
    listed: Callable[[int], bool] | None = None,
) -> tuple[int, etree._Element] | None:
    """Where the headline starts in the visible text, when the page's own titles say: the <h1> the
    title holds with most of its words, else the piece holding most of them: the first of them
    that is no item of a list of links (`listed`, _listed), else the first (a news list
    marks the story it links from in bold, unlinked, by its title: "Shearer and Redknapp play down
    Newcastle links" among the 10 January links, its own headline and date line further down,
    l3s_gn1 cd49f963).
    A page's first <h1> is often its site name or a section's ("The Columbus Dispatch", "Tennis
    Story"), and many pages of 2008 have none; the <title> almost always holds the headline. None
    when no piece is in the title (the first <h1> stays the headline). With neither an <h1> nor a
    piece of the title, the first piece the page's markup names as a headline (`named`,
    _named_headline), when there is one."""
    # the <h1> holding most of the title's words: a section's <h1> the title names too ("News &
    # Gossip" above "LA woman: actress Mischa Barton arrested ...", l3s_gn1 3ecf8ed4) holds fewer
    best: tuple[int, int, etree._Element] | None = None
    for h1, start in h1_starts.items():
        words = _title_words(h1.text_content()[:TITLE_PIECE_MAX_CHARS], titles, TITLE_H1_MIN_WORDS)
        if words and (best is None or words > best[0]):
            best = (words, start, h1)
    if best is not None:
        return best[1], best[2]
    if not titled:
        return named
    most = max(words for words, _, _ in titled)
    fullest = sorted((start, elem) for words, start, elem in titled if words == most)
    if listed and len(fullest) > 1:
        return next((item for item in fullest if not listed(item[0])), fullest[0])
    return fullest[0]


# the title's words at the start of a dump that lost its <head> (page_titles): up to the first
# character of code or markup ("...PGA Title(The Korea Times)ntById(", "...antitrust
# cases</titavaScript")
_DUMPED_TITLE = re.compile(r"[^(){}<>;=+\[\]]+")


def page_titles(tree: etree._Element) -> tuple[str, ...]:
    """The page's own titles (<title>, og:title), normalised for `_title_words`. A page with
    neither whose <body> opens with bare text is a scraper's dump of a page whose <title> had no
    end tag: the title's words, then the head's scripts as text, then the page's markup ("Korean
    Golfer Choi Kyung-ju Wins 7th US PGA Title(The Korea Times)ntById(...", l3s_gn1 082e02bd's
    dump). Its words up to the first character of code (_DUMPED_TITLE) stand for the title (the
    bare text itself is no piece of the page's headline: _visible_evidence)."""
    found = []
    title = tree.find(".//title")
    if title is not None:
        found.append(title.text_content())
    og = tree.find(".//meta[@property='og:title']")
    if og is not None:
        found.append(og.get("content") or "")
    body = tree.find(".//body")
    if not found and body is not None and body.text and (dumped := _DUMPED_TITLE.match(body.text)):
        found.append(dumped[0][:TITLE_PIECE_MAX_CHARS])
    return tuple(dict.fromkeys(t for t in map(_normalised, found) if len(t.split()) >= 2))


def _title_words(text: str, titles: tuple[str, ...], least: int = TITLE_PIECE_MIN_WORDS) -> int:
    """How many words of a page title `text` is, when the title holds it whole and it has at least
    `least` words (0 when not)."""
    first = _FIRST_WORD.search(text)
    if first is None:
        return 0
    word = " " + _APOSTROPHES.sub("", first[0].lower()) + " "
    if not any(word in title for title in titles):
        return 0  # most pieces: their first word is in no title (cheap, before normalising)
    norm = _normalised(text)
    words = len(norm.split())
    if words < least:
        return 0
    return words if any(norm in title for title in titles) else 0


# NewsML 1's stamps are ISO 8601 basic, in UTC: "20080101T064202Z"
_NEWSML_STAMP = re.compile(r"\s*((?:19|20)\d\d)([01]\d)([0-3]\d)T\d{6}")


def newsml_day(tree: etree._Element, today: date) -> str | None:
    """The day of the <FirstCreated> stamp of an agency's NewsML 1 header (IPTC) that the page
    carries as markup (AFP's in l3s_gn1: `<NewsManagement><FirstCreated>20080101T064202Z`), when
    it has one: when the agency wrote the item, its publication. Its day is UTC's, as a fetch
    day's is (FETCH_SLACK_DAYS)."""
    elem = tree.find(".//newsmanagement/firstcreated")
    match = _NEWSML_STAMP.match(elem.text or "") if elem is not None else None
    return _valid(int(match[1]), int(match[2]), int(match[3]), today) if match else None


def _url_day(url: str | None, today: date) -> str | None:
    if not url:
        return None
    match = _URL_DATE.search(url)
    return _valid(int(match[1]), int(match[2]), int(match[3]), today) if match else None


# A share button's link carries the page's own address as its parameter u or url (Facebook's
# "sharer.php?u=", Digg's "submit?phase=2&url=", del.icio.us' "post?url="); a page without its
# address (an archived copy: l3s_gn1's, dates/htmldate's) still names it there.
_SHARE_LINK = re.compile(r"(?:share|submit|bookmark|post)[^?]*\?(?:[^#]*&)?(?:u|url)=([^&#]+)", re.IGNORECASE)
# a day in an address written with a two-digit year, year first as the four-digit ones are (_URL_DATE):
# sportinglife's "story_get.cgi?STORY_NAME=soccer/07/12/31/SOCCER_Newcastle_Mort.html"
_URL_SHORT_DATE = re.compile(r"/(\d\d)/([01]\d)/([0-3]\d)/")


def _shared_url_day(tree: etree._Element, today: date) -> str | None:
    """The day in the page's own address as its share buttons' links carry it (_SHARE_LINK): a
    /YYYY/MM/DD/ date (_URL_DATE) or a /YY/MM/DD/ one (_URL_SHORT_DATE), when every such link
    that holds a date gives the same day. The last evidence asked, for a page that says nothing
    else of its day: sportinglife's stories print only the site's clock, the day the page was
    served (l3s_gn1 5bc1e7d3, 38d88b3f, 66bf2973), and their days stand only in their addresses."""
    days: set[str] = set()
    for link in tree.iterfind(".//a[@href]"):
        match = _SHARE_LINK.search(link.get("href", ""))
        if match is None:
            continue
        address = unquote(match[1])
        day = _url_day(address, today)
        if day is None and (short := _URL_SHORT_DATE.search(address)):
            day = _valid(2000 + int(short[1]), int(short[2]), int(short[3]), today)
        if day:
            days.add(day)
    return days.pop() if len(days) == 1 else None


def _visible_evidence(
    body: etree._Element, today: date, stated: frozenset[str], titles: tuple[str, ...] = ()
) -> dict[str, str]:
    pieces: list[tuple[int, etree._Element]] = []
    parts: list[str] = []
    length = 0
    headline_at = -1
    # every <h1>'s first piece, and the pieces the page's own titles hold (_title_words)
    h1_starts: dict[etree._Element, int] = {}
    titled: list[tuple[int, int, etree._Element]] = []
    named: list[tuple[int, etree._Element]] = []
    headings: list[tuple[int, etree._Element]] = []  # <h2> .. <h4>, when no <h1> (_unlinked_heading)
    first_time: str | None = None
    limit = VISIBLE_CHARS
    headlines = _titled_headlines(body, titles)
    logos = {h1 for h1 in body.iter("h1") if _site_logo(h1)}
    # the visible text and the element holding each piece, in reading order, page furniture left
    # out (the walk of _visible_pieces, inlined: a tail's holder is the innermost open element)
    walk = etree.iterwalk(body, events=("start", "end"))
    opened: list[etree._Element] = []
    for event, elem in walk:
        if event == "start":
            opened.append(elem)
            if not isinstance(elem.tag, str) or _is_furniture(elem, headlines):
                walk.skip_subtree()
                continue
            text = elem.text
            if not text:
                continue
        else:
            opened.pop()
            text = elem.tail
            if not text or elem is body:
                continue
            elem = opened[-1] if opened else elem
        if first_time is None and elem.tag == "time":
            first_time = _iso_day(elem.get("datetime"), today) or _iso_day(text, today)
        if text.strip():
            h1 = _headline_of(elem)
            if h1 is not None and h1 not in h1_starts and h1 not in logos:
                h1_starts[h1] = length
                if headline_at < 0:
                    headline_at = length
                    limit = max(VISIBLE_CHARS, length + HEADLINE_AFTER)
            # (not a text the <body> holds bare: a dump's title words, page_titles)
            if titles and TITLE_PIECE_MIN_CHARS <= len(text) <= TITLE_PIECE_MAX_CHARS and elem is not body:
                words = _title_words(text, titles)
                if words:
                    titled.append((words, length, elem))
                    limit = max(limit, length + HEADLINE_AFTER)
            if not h1_starts and _named_headline(elem, text):
                named.append((length, elem))
            elif not h1_starts and elem.tag in _SUB_HEADINGS and _unlinked_heading(elem, text):
                headings.append((length, elem))
        pieces.append((length, elem))
        parts.append(text)
        length += len(text) + 1
        if length > limit:
            # past VISIBLE_CHARS with the page's <h1> still ahead (behind a long menu): read on
            if headline_at < 0 and limit == VISIBLE_CHARS and body.find(".//h1") is not None:
                limit = HEADLINE_VISIBLE_CHARS
            else:
                break
    visible = " ".join(parts)
    found: dict[str, str] = {}
    headline_elem = next(iter(h1_starts), None)
    anchor = _headline_anchor(
        h1_starts,
        titled,
        titles,
        None
        if h1_starts
        else _story_headline(named, pieces, parts) or _story_headline(headings, pieces, parts),
        lambda start: _listed(start, pieces, parts),
    )
    if anchor is not None:
        headline_at, headline_elem = anchor
    if first_time:
        found["time"] = first_time
    starts = [start for start, _ in pieces]
    headline_date_at = len(visible)
    dated = [
        (day, offset)
        for day, offset in parse_date_text(visible, today=today, stated=stated)
        if not _MACHINE_STAMP.match(visible, offset)
        and not _SINCE.search(visible, max(0, offset - 12), offset)
        and not _in_range(visible, offset)
    ]
    # the stamps written with a two-digit year after a stamp's label ("Last updated at 8:37 AM on
    # 18/01/08", the Daily Mail's story stamp under a masthead's "Sunday January 20, 2008": l3s_gn1
    # 3f642f89)
    dated = sorted(dated + _text_reader_days(short_year_stamps(visible), today), key=lambda item: item[1])
    if headline_at >= 0 and dated:
        opening = _yearless_dateline(visible, pieces, headline_at, dated, today)
        if opening is not None:
            dated.append(opening)
            dated.sort(key=lambda item: item[1])
    page_top = 0
    line_depth: int | None = None
    # (without a headline no window is measured: page_top stays 0 and every date may be a byline)
    read_at = _reading_offsets(visible) if headline_at >= 0 else int
    if headline_at >= 0 and dated:
        dated = _served_by(visible, dated, read_at, read_at(headline_at) - HEADLINE_BEFORE, today)
    if headline_at >= 0:
        # the headline's date line: the date nearest the headline's start, above or below it (a
        # list of other stories' dates may stand just above it, l3s_gn1 14b84dfd, f5593c1e)
        depths = _container_depths(headline_elem)

        def holder_at(offset: int) -> etree._Element:
            return pieces[max(0, bisect_right(starts, offset) - 1)][1]

        def shared(offset: int) -> int:
            return _shared_depth(depths, holder_at(offset))

        near = [
            item
            for item in dated
            if -HEADLINE_BEFORE <= read_at(item[1]) - read_at(headline_at) <= HEADLINE_AFTER
            and not _told_in_prose(visible, item[1], starts)
            and not _teaser_date(holder_at(item[1]), depths, visible[item[1] : item[1] + TEASER_DATE_CHARS])
        ]
        if near:
            # the date line shares the headline's container (the article's header); a masthead's
            # day or a site clock beside a section's title sits in the page's top bar, which shares
            # only an outer wrapper with it (l3s_gn1 35ece29f: "Tennis Story 15 January 2008 16:22
            # BST" above the story's <h1>): the deepest common container first, then the nearest
            # to the headline's text, above its start or below its end (_gap_to)
            headline_end = _headline_end(headline_at, headline_elem, starts, parts)
            line = min(
                near,
                key=lambda item: (-shared(item[1]), _gap_to(visible, item[1], headline_at, headline_end)),
            )
            found["headline"] = line[0]
            line_depth = shared(line[1])
            headline_date_at = near[0][1]
            # a date printed further up than the headline's neighbourhood is the page's masthead,
            # the day the site served the page ("Make us your homepage Tuesday 15 January 2008"
            # above a Telegraph story of 29/12/2007): the page's first date and date holder are
            # looked for from there on
            page_top = read_at(headline_at) - HEADLINE_BEFORE
            if line[1] >= headline_at:
                page_top = read_at(headline_at)
    listed = _dated_link_items([pieces[max(0, bisect_right(starts, offset) - 1)][1] for _, offset in dated])
    for day, offset in dated:
        before = visible[max(0, offset - LABEL_REACH) : offset]
        updated = _UPDATED_LABEL.search(before) is not None
        if "label" not in found and (
            _PUBLISHED_LABEL.search(before) or (not updated and _followed_by_update(visible, offset))
        ):
            found["label"] = day
        if "label-updated" not in found and updated:
            found["label-updated"] = day
        if read_at(offset) < page_top or (
            line_depth is not None and offset < headline_at and shared(offset) < line_depth
        ):
            # above the headline's neighbourhood, or above the headline and outside the container
            # it shares with its date line: the page's masthead
            continue
        if _SITE_UPDATED.search(_SPACE_RUN.sub(" ", visible[max(0, offset - SITE_UPDATED_REACH) : offset])):
            # the day the site was last updated is the day it served the page, a masthead's
            continue
        if _list_item(pieces[max(0, bisect_right(starts, offset) - 1)][1]) in listed:
            continue  # an item of a list of dated links: another page's date (_dated_link_items)
        # with a dated headline, a date holder past its window is a list's stamp, another story's
        # ("MarketWatch - Lunch 16/01/2008", "Thomson Financial News | Wed, Jan 16 2008, 07:50
        # GMT" under a story of the 14th, l3s_gn1 dff661fd, f5c86ef9)
        if "byline" not in found and (
            line_depth is None or read_at(offset) <= read_at(headline_at) + HEADLINE_AFTER
        ):
            elem = pieces[max(0, bisect_right(starts, offset) - 1)][1]
            if _holder_names_date(elem):
                found["byline"] = day
        if (
            "first-visible" not in found
            and _told_in_prose(visible, offset, starts)
            and not _BRACKETED_BEFORE.search(visible, max(0, offset - BRACKET_REACH), offset)
        ):
            # a day the story tells of is no date of the page, as for the headline's date line:
            # "Emergency rule was imposed on January 11, 2007, after ..." in an AFP story of January
            # 2008, "... claim of sole responsibility for the September 11, 2001, attacks" (l3s_gn1
            # 4a70d19d, a8b63fd5, 9a5adea6). A date in brackets is the writer's own stamp of the
            # text, not a told day: "Karlsruhe, (12.11.2021). Traditionell gedenken ...", "Hier ein
            # Überblick (Stand 14. Januar 2022)." (htmldate ekiba_de, handwerksblatt_de)
            continue
        found.setdefault("first-visible", day)
    if headline_at >= 0:
        # a date line with a two-digit year ("Von: B. Jahner | 31.10.23") before the headline's
        # first full date, in an element named as a date holder
        lo = max(0, headline_at - HEADLINE_BEFORE)
        for match in _SHORT_YEAR_DMY.finditer(
            visible, lo, min(headline_date_at, headline_at + HEADLINE_AFTER)
        ):
            elem = pieces[max(0, bisect_right(starts, match.start()) - 1)][1]
            short = _valid(2000 + int(match[3]), int(match[2]), int(match[1]), today)
            if short and _holder_names_date(elem):
                found["headline"] = short
                break
    return found


def _served_by(
    visible: str, dated: list[tuple[str, int]], read_at: Callable[[int], int], top: int, today: date
) -> list[tuple[str, int]]:
    """`dated` with each numeric date that reads both ways read the other way when its reading is
    after the latest date printed above the headline's neighbourhood (before `top`, a reading offset)
    and the other is not. A date up there is the page's masthead, the day the site served the page
    ("Make us your home page Tue, January 15, 2008" over an Arizona Daily Star story "Published:
    01.09.2008", l3s_gn1 48101d52): a story cannot be published after the day it was served, and
    a promo's later date up there only loosens the bound."""
    above = [day for day, offset in dated if read_at(offset) < top]
    if not above:
        return dated
    served = max(above)
    return [
        (other, offset)
        if day > served and (other := _other_reading(visible, offset, day, today)) and other <= served
        else (day, offset)
        for day, offset in dated
    ]


def _other_reading(visible: str, offset: int, day: str, today: date) -> str | None:
    """The reading other than `day` of the numeric date written at `offset` (01.09.2008 or 1/10/2008:
    day first or month first), or None when it reads one way only."""
    for pattern, kind in _TEXT_DATE_RES:
        match = pattern.match(visible, offset) if kind in ("dmy", "slash") else None
        if match:
            first, second, year = int(match[1]), int(match[2]), int(match[3])
            if first == second or first > 12 or second > 12:
                return None
            readings = {_valid(year, first, second, today), _valid(year, second, first, today)} - {day, None}
            return readings.pop() if len(readings) == 1 else None
    return None


# the evidence kinds a machine wrote in an unambiguous form (ISO days, a URL's /YYYY/MM/DD/)
_STATED = ("jsonld", "meta", "itemprop", "modified", "meta-date", "url", "newsml")


# a date a period starts from is no day of the page ("ARCHIVES Since 1st March, 1999" 250 characters
# above the headline of every page of The Telegraph, Calcutta, l3s_gn1 6958faf6: its headline vote
# and first date; a story's "... since March 15, 2003" as its only date), unless the page is online
# since then: "Article online since January 10th 2008, 0:00" (l3s_gn1 8a7a23cf) is its date line
_SINCE = re.compile(
    r"(?<!online )(?<!Online )\b(?:since|seit|depuis|desde|dal)\s+(?:the\s+|dem\s+|le\s+)?$", re.I
)

# a date that opens or closes a period, "from 1 November 2006 to 14 September 2007", "between 1
# November 2006 and 31 August 2007", "vom 3. bis 5. Mai 2022": the days the text covers or tells
# of (a report's period, an event's dates), never the day the page was published (l3s_gn1 490a79ca,
# a UN report's period taken as its headline's date line). The opening word and the date that
# opens the period, then the joining word: RANGE_REACH characters hold a written date ("14.
# September 2007", "November 26, 2007") with its weekday.
_RANGE_OPEN = re.compile(r"\b(?:from|between|vom|von|zwischen)\s+(?:the\s+|dem\s+)?$", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:to|and|until|till|through|bis|und|-|–)\s+(?:the\s+|dem\s+)?[\dA-Z]")
_RANGE_CLOSE = re.compile(
    r"\b(?:from|between|vom|von|zwischen)\s+(?:the\s+|dem\s+)?\S[^;:|]*?\s(?:to|and|until|till|through|bis|und)\s+(?:the\s+|dem\s+)?$",
    re.I,
)
RANGE_REACH = 40


def _in_range(visible: str, offset: int) -> bool:
    """Whether the date at `offset` opens or closes a period of days (_RANGE_OPEN ... _RANGE_JOIN,
    or _RANGE_CLOSE before it)."""
    if _RANGE_CLOSE.search(visible, max(0, offset - RANGE_REACH), offset):
        return True
    year = _YEAR_RE.search(visible, offset, offset + _WINDOW_BEFORE)
    return (
        year is not None
        and _RANGE_OPEN.search(visible, max(0, offset - 14), offset) is not None
        and _RANGE_JOIN.match(visible, year.end()) is not None
    )


# a piece of visible text this long is a paragraph, not a date line (a date line with its byline,
# place and clock runs to ~100 characters: "By Richard Lam (AP) Published: 2008-01-09 02:55:03
# Location: VANCOUVER")
PROSE_PIECE_CHARS = 200
# an open bracket before a date, right before it or with a word between ("(12.11.2021)", "(Stand 14.
# Januar 2022)", "(updated January 5, 2021)"): BRACKET_REACH characters back, a label's length
_BRACKETED_BEFORE = re.compile(r"\((?:[^()]*\s)?$")
BRACKET_REACH = 20
# after a date's year: a sentence going on ("... on November 26, 2007 at New Orleans Arena") or a
# full stop and the next sentence ("January 10, 2008. A Thursday like never before.")
_PROSE_AFTER = re.compile(r",?\s+[a-z]|\.\s+[A-Z]")


# a run of white space in the page's source (its indentation, empty cells) shows as one space: the
# headline's window (HEADLINE_BEFORE, HEADLINE_AFTER) is measured in the text a reader sees, not
# in the source's layout (l3s_gn1 9f873f81, 7b47de5a: the PTI date line "Kolkata, January 13,
# 2008" stands 400 characters of text under the headline, 2,200 with the template's indentation)
_SPACE_RUN = re.compile(r"\s{2,}")


def _reading_offsets(visible: str) -> Callable[[int], int]:
    """A map from an offset in `visible` to the same place with each run of white space before it
    read as one space (an offset inside a run, as a piece's start may be, reads as its space)."""
    starts: list[int] = []
    lengths: list[int] = []
    before: list[int] = []  # the characters the runs before each run remove
    total = 0
    for run in _SPACE_RUN.finditer(visible):
        starts.append(run.start())
        lengths.append(run.end() - run.start())
        before.append(total)
        total += run.end() - run.start() - 1

    def read_at(offset: int) -> int:
        i = bisect_right(starts, offset) - 1
        if i < 0:
            return offset
        return offset - before[i] - min(lengths[i] - 1, max(0, offset - starts[i] - 1))

    return read_at


# A wire's dateline opening the story under its headline often gives no year ("LONDON, JAN 17
# (PTI) — A British Airways plane ...", "MARGAO, DEC 30 — Sunday saw ...", "Islamabad, Jan 14
# (IANS) The Scotland Yard team ..."), while the page's only full date is its masthead's, the day
# the site served it (l3s_gn1 609e485c, c3ddd8a2: oHeraldo's "Sunday, January 20, 2008" above a
# PTI story of the 17th). The first dateline (textdate.parse_dateline, with a month and a day) that
# opens a piece within the headline's window below it is the story's own date line, its year the
# one of the page's dates that makes it nearest (_dateline_year).
DATELINE_CHARS = 120  # a dateline with its place, day and agency, and the body's first words


def _yearless_dateline(
    visible: str,
    pieces: list[tuple[int, etree._Element]],
    headline_at: int,
    dated: list[tuple[str, int]],
    today: date,
) -> tuple[str, int] | None:
    """The day and offset of a dateline with no year opening a piece of the headline's window below
    it (DATELINE_CHARS), its year read from the page's dates (`dated`)."""
    from newsprism.extract.textdate import parse_dateline  # (textdate loads the place names)

    starts = [start for start, _ in pieces]
    seen = -1
    # the month names after a comma in the window first (one search), then the pieces they open
    for month in _DATELINE_MONTH.finditer(
        visible, headline_at, headline_at + HEADLINE_AFTER + 4 * DATELINE_CHARS
    ):
        start = starts[bisect_right(starts, month.start()) - 1]
        # a paragraph of a piece opens after a blank line: a wire's release printed as one block of
        # preformatted text, its deck above its dateline (CNW's "TORONTO, Jan. 6 /CNW/ - Today at
        # ...", l3s_gn1 92474c42)
        for blank in _BLANK_LINE.finditer(visible, start, month.start()):
            start = blank.end()
        if start <= max(headline_at, seen) or start > headline_at + HEADLINE_AFTER:
            continue
        # (a piece opens with its template's indentation: read DATELINE_CHARS from its first word;
        # the month within its first 40 characters)
        raw = visible[start : start + 4 * DATELINE_CHARS]
        lead = len(raw) - len(raw.lstrip())
        if month.start() < start + lead or month.end() > start + min(lead + 40, len(raw)):
            continue
        seen = start
        line = _SPACE_RUN.sub(" ", raw).strip()[:DATELINE_CHARS]
        found = parse_dateline(line)
        if found is None or found.month is None or found.day is None:
            continue
        if _YEAR_RE.search(line, 0, found.end or len(line)):
            return None  # a full date: parse_date_text has it
        day = _dateline_year(found.month, found.day, [d for d, _ in dated], today)
        return (day, start) if day else None
    return None


# a line with nothing visible on it, between two paragraphs of one piece of text
_BLANK_LINE = re.compile(r"\n[ \t\xa0]*\n")
# a month's name (or its abbreviation) after a comma: the cheap test before parse_dateline
_DATELINE_MONTH = re.compile(rf",\s*{_MONTH_NAMES_CAP}", re.I)


def _dateline_year(month: int, day: int, days: list[str], today: date) -> str | None:
    """The day `month`/`day` of the year the page's dates give it (textdate.year_among, the rule of
    textdate.year_from_context)."""
    from newsprism.extract.textdate import year_among

    year = year_among(month, day, sorted({date.fromisoformat(d) for d in days}))
    return _valid(year, month, day, today) if year is not None else None


def _headline_end(
    headline_at: int, headline_elem: etree._Element | None, starts: list[int], parts: list[str]
) -> int:
    """Where the headline's text ends in the visible text: its <h1>'s text, or the piece of the
    title found at `headline_at`."""
    if headline_elem is not None and headline_elem.tag == "h1":
        return headline_at + len(headline_elem.text_content().strip()[:TITLE_PIECE_MAX_CHARS])
    i = max(0, bisect_right(starts, headline_at) - 1)
    return headline_at + len(parts[i].strip()) if i < len(parts) else headline_at


def _gap_to(visible: str, offset: int, headline_at: int, headline_end: int) -> int:
    """Characters between the date at `offset` and the headline's text: from the date's end to the
    headline's start above it, from the headline's end to the date below it. Measured from the
    headline's start, a date line under a long headline lost to a masthead's date as far above it
    (l3s_gn1 6f9799e1, e5a0cea3: "Contact Staff || Tuesday, January 15, 2008 || Terms of Service"
    106 characters above the Pittsburgh Tribune's <h1>, "By Scott Brown TRIBUNE-REVIEW Wednesday,
    January 2, 2008" 73 characters under its end, 109 under its start)."""
    if offset >= headline_at:
        return max(0, offset - headline_end)
    year = _YEAR_RE.search(visible, offset, offset + _WINDOW_BEFORE)
    return max(0, headline_at - (year.end() if year else offset))


def _container_depths(elem: etree._Element | None) -> dict[etree._Element, int]:
    """`elem` and each element holding it, with its depth in the page (the root's is 0)."""
    chain = [elem, *elem.iterancestors()] if elem is not None else []
    return {holder: len(chain) - 1 - i for i, holder in enumerate(chain)}


def _shared_depth(depths: dict[etree._Element, int], elem: etree._Element) -> int:
    """The depth of the innermost element that holds both `elem` and the one `depths` was made
    for (-1 when none does)."""
    for holder in (elem, *elem.iterancestors()):
        if holder in depths:
            return depths[holder]
    return -1


# A date in a small container (the date's element and TEASER_LEVELS holders up) that also holds a
# linked heading, <h2><a href=...>Fire at Burrabazar building yet to be controlled</a></h2>, is a
# teaser's: another story's headline linking to it, and its date that story's ("ALSO READ" under
# the headline of l3s_gn1 9f873f81, dated a day after the story's own "Kolkata, January 13, 2008").
# A list item or teaser box holds its heading and its date within two levels; a holder that holds
# the page's headline is the article's own (a blog's <h1><a href=permalink> over its date line).
# (Of the 947 dev HTML pages, 2 answers hang on it, both Hindustan Times pages dated by their
# "ALSO READ" box.)
TEASER_LEVELS = 2
# ... and a teaser is short: its headline, date and a line of summary (a story's body holding a
# "Most Emailed Stories" list of linked headings, l3s_gn1 9ba9b7a5, holds its date line too)
TEASER_CHARS = 300
# a link of this many words is a headline too ("<a href=...>Tough draw for Indians at Chennai
# Open</a> | 29 Dec 2007" under "Related Articles", l3s_gn1 1ef621ac); a byline's or a section's
# link is a name of one to three words ("By <a>Ann Lee</a>", "in <a>Local News</a>")
TEASER_LINK_WORDS = 4
# ... and stands before the date, as a teaser's headline does; a link after a date line is its
# page's own ("19 January 2008 - 5:57PM | View all news | Send to a friend", Fairfax), and an
# author's mailto: link is a byline ("<a href=mailto:...>MARK SMITH, Deputy Business Editor</a>
# January 01 2008", l3s_gn1 a60538cf). The date is found in the holder's text by its first
# TEASER_DATE_CHARS characters ("29 Dec 2007", "Monday, January 14")
TEASER_DATE_CHARS = 12
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _teaser_date(elem: etree._Element, depths: dict[etree._Element, int], date_text: str) -> bool:
    """Whether the date in `elem`, written `date_text` (its first words), is a teaser's: a linked
    heading, or a headline's link before the date, shares a small container with it that does not
    hold the page's headline (TEASER_LEVELS, TEASER_CHARS, TEASER_LINK_WORDS)."""
    holder: etree._Element | None = elem
    for _ in range(TEASER_LEVELS + 1):
        if holder is None or holder in depths:
            return False
        for heading in holder.iter(_HEADINGS):
            words = heading.text_content().split()
            link = heading.find(".//a[@href]")
            # a teaser's heading is its link, whole; "By <a>Ganesh Sitaraman</a>" in an <h3> or
            # "Veröffentlicht von <a>SeglerBlog</a> am ..." in an <h4> is a byline
            if link is not None and link.text_content().split() == words and not _bylined(link, holder):
                return len(holder.text_content()) <= TEASER_CHARS
        for link in holder.iter("a"):
            href = link.get("href") or ""
            words = link.text_content().split()
            if (
                len(words) >= TEASER_LINK_WORDS
                and href
                and not href.lower().startswith("mailto:")
                and not _bylined(link, holder)
            ):
                text = holder.text_content()
                if len(text) > TEASER_CHARS:
                    return False
                # the link's headline ends before the date starts
                linked = re.search(r"\s*".join(map(re.escape, words)), text)
                dated = re.search(r"\s*".join(map(re.escape, date_text.split())), text)
                return linked is not None and dated is not None and linked.end() <= dated.start()
        holder = holder.getparent()
    return False


# How far up (levels) from a date's element its list item may be: "<li><span class="datum">29.02.2020
# 18:00 Uhr</span> <span class="titel"><a ...>" holds it two levels up
LIST_ITEM_LEVELS = 3


def _list_item(elem: etree._Element) -> etree._Element | None:
    """The <li> holding `elem` within LIST_ITEM_LEVELS levels, or None."""
    holder: etree._Element | None = elem
    for _ in range(LIST_ITEM_LEVELS + 1):
        if holder is None or holder.tag in ("ul", "ol", "body"):
            return None
        if holder.tag == "li":
            return holder
        holder = holder.getparent()
    return None


def _dated_link_items(holders: list[etree._Element]) -> set[etree._Element]:
    """The list items, among those holding the dates' elements `holders`, of a list two or more of
    whose items each hold a date and a link: a list of other pages with their dates (upcoming
    events, teasers, an archive), whose first item's date is no byline of the page it sits in (a
    wine shop's "Veranstaltungen" box, "29.02.2020 18:00 Uhr Portugal vs Spanien ...", above its
    page's undated region text: htmldate vinosytapas_de_rioja). An item with no link is the page's
    own line (a meta list's "<li>January 5, 2008</li>")."""
    by_list: dict[etree._Element | None, set[etree._Element]] = {}
    for elem in holders:
        item = _list_item(elem)
        if item is not None and item.find(".//a[@href]") is not None:
            by_list.setdefault(item.getparent(), set()).add(item)
    return {item for items in by_list.values() if len(items) >= 2 for item in items}


# class / id / rel words of an author's name or a byline: a link there is a writer's, no headline
# ("<div class='td-author-name vcard author'><a>Redacción La Razón 2</a>", "<div
# class='byline-dateline'>José Volta e Pinto 11 de Outubro de 2020")
_BYLINE_NAMES = re.compile(r"author|byline|writer|reporter|vcard", re.I)


def _bylined(link: etree._Element, holder: etree._Element) -> bool:
    """Whether `link`, or an element from it up to `holder`, is named as a byline or an author's."""
    for elem in (link, *link.iterancestors()):
        names = " ".join(filter(None, (elem.get("class"), elem.get("id"), elem.get("rel"))))
        if names and _BYLINE_NAMES.search(names):
            return True
        if elem is holder:
            return False
    return False


def _told_in_prose(visible: str, offset: int, starts: list[int]) -> bool:
    """Whether the date at `offset` is written in running text: a day the story (or a photo's
    caption) tells of, not its date line. Either a sentence holds it, past its start, and ends
    with a full stop ("Minnesota's only road victory was against the Hornets on November 26, 2007
    at New Orleans Arena.", "... in Los Angeles, in this June 3, 2007, file photo."; a date line
    ends with its date, clock or byline), or it stands in a paragraph (PROSE_PIECE_CHARS) that
    goes on after it in a sentence (a wire's "16 January 2008 - The Security Council ..." goes on
    after a dash, and stays a date line)."""
    i = max(0, bisect_right(starts, offset) - 1)
    start = starts[i] if starts else 0
    end = starts[i + 1] - 1 if i + 1 < len(starts) else len(visible)
    year = _YEAR_RE.search(visible, offset, offset + _WINDOW_BEFORE)
    if year is None:
        return False
    piece = visible[start:end].strip()
    if _self_dated(visible, start, offset):
        return False  # the page's own date line written as a sentence
    if _wire_dateline(visible, start, offset, year.end()):
        return False  # "LONDON, Jan 17, 2008 (PTI) — A British Airways plane ...": the story's date line
    if (
        piece[-1:] in _SENTENCE_END
        and len(piece.split()) >= SENTENCE_MIN_WORDS
        and visible[start:offset].strip()
        and visible[year.end() : end].strip(" .,")
    ):
        return True
    return end - start > PROSE_PIECE_CHARS and _PROSE_AFTER.match(visible, year.end()) is not None


# A wire's dateline with its year opens the story's first paragraph ("LONDON, Jan 17, 2008 (PTI) — A
# British Airways plane ...", "Luxembourg, July 1 2010. Klaus Regling took office ..."): the date
# stands past the piece's start and the paragraph ends with a full stop, as a told day does, but
# what comes before it is only a place (with its region: "BEVERLY HILLS, Calif.,") and a comma, and
# what comes after its year is the agency in brackets, a dash, a colon or a full stop, never the
# sentence's words: no sentence of prose opens "Place, <date> —". The place is in a wire's capitals
# or a name of the gazetteers (textdate.known_place), so "Sen. Clinton, Jan. 3, 2008 - ..." is none.
_DATELINE_PLACE = re.compile(
    r"\s*(?P<town>[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3})(?:,\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})?"
    r",\s*(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s*)?"
)
_DATELINE_AFTER = re.compile(
    r"\s*(?:\(\s*[A-Z][\w .&/-]{0,30}\)\s*[-\u2013\u2014:]?|[-\u2013\u2014:]|\.(?=\s+[A-Z]))"
)
# a place with its region and a weekday before the date ("SAN FRANCISCO, Calif., Thursday,")
DATELINE_PLACE_CHARS = 60


def _wire_dateline(visible: str, start: int, offset: int, year_end: int) -> bool:
    """Whether the date at `offset` (its year ending at `year_end`) is a wire's dateline opening the
    piece at `start`: only a place and a comma before it, an agency, dash, colon or full stop after
    its year (_DATELINE_PLACE)."""
    if offset - start > DATELINE_PLACE_CHARS:
        return False
    place = _DATELINE_PLACE.fullmatch(visible, start, offset)
    if place is None or _DATELINE_AFTER.match(visible, year_end) is None:
        return False
    town = place["town"]
    if town.isupper():
        return True
    from newsprism.extract.textdate import known_place  # (textdate loads the place names)

    return known_place(town)


# a sentence that tells when the page itself was published opens with its label, or names the page
# ("Posted on January 14, 2008 at 10:30 am by Ann Lee in Local News.", "Published by Ann Lee on
# Monday, January 14, 2008 at 10:30 AM.", "This story was published on January 14, 2008 at 10:30
# a.m."): a date line, though a sentence holds it; a story's own "The report, published on
# November 26, 2007 at the conference, found ..." is prose, its label inside the sentence (review28)
_SELF_DATED = re.compile(
    r"(?:\b(?:(?:first|last|originally)\s+)?(?:published|posted|updated|filed)"
    r"|(?P<page>\bthis\s+(?:story|article|page|post|entry)\s+(?:was|has\s+been)\s+(?:first\s+|last\s+)?"
    r"(?:published|posted|updated|filed)))\b[^.!?]*$",
    re.I,
)
SELF_DATED_CHARS = 120  # (a label, a byline's name and a weekday before the date)
_LINE_BREAKS = frozenset(".!?|:")


def _self_dated(visible: str, start: int, offset: int) -> bool:
    """Whether the date at `offset` ends a sentence of the piece at `start` that tells when the page
    was published (_SELF_DATED): its label opens the piece or a sentence, or it names the page."""
    for m in _SELF_DATED.finditer(visible, max(start, offset - SELF_DATED_CHARS), offset):
        if (
            m["page"]
            or not visible[start : m.start()].strip()
            or visible[start : m.start()].rstrip()[-1] in _LINE_BREAKS
        ):
            return True
    return False


_SENTENCE_END = frozenset('.!?"\u201d')
# a sentence of running text has this many words at least (a date line ending with a full stop is
# short: "Posted 7 January 2008.")
SENTENCE_MIN_WORDS = 8


def _followed_by_update(visible: str, offset: int) -> bool:
    """Whether the date written at `offset` is followed, past its clock, by an update label
    (_UPDATED_AFTER): the first date of a "published ..., updated ..." line."""
    year = _YEAR_RE.search(visible, offset, offset + _WINDOW_BEFORE)
    if year is None:
        return False
    label = _UPDATED_AFTER.match(visible[year.end() : year.end() + UPDATE_AFTER_REACH])
    return label is not None and not _UPDATE_CLOCK.match(visible, year.end() + label.end())


def page_date_evidence(
    tree: etree._Element, *, url: str | None = None, today: date | None = None
) -> dict[str, str]:
    """Every kind of date evidence the parsed page offers, name -> YYYY-MM-DD (see module docstring)."""
    today = today or date.today()
    found: dict[str, str] = {}
    published, modified = _jsonld_dates(tree, today)
    if published:
        found["jsonld"] = published
    metas = _meta_dates(tree, today)
    if modified:
        metas.setdefault("modified", modified)
    found.update(metas)
    for elem in tree.iterfind(".//*[@itemprop]"):
        prop = elem.get("itemprop", "")
        if prop not in ("datePublished", "dateCreated", "dateModified"):
            continue
        key = "modified" if prop == "dateModified" else "itemprop"
        if key not in found:
            day = _iso_day(elem.get("datetime") or elem.get("content") or elem.text_content()[:100], today)
            if day:
                found[key] = day
    if not url:
        for xpath in (".//link[@rel='canonical']", ".//meta[@property='og:url']"):
            link = tree.find(xpath)
            if link is not None:
                url = link.get("href") or link.get("content")
                break
    url_day = _url_day(url, today)
    if url_day:
        found["url"] = url_day
    if newsml := newsml_day(tree, today):
        found["newsml"] = newsml
    body = tree.find(".//body")
    if body is not None:
        # the days the page's machine-written metadata states: an ambiguous slash date in its text
        # reads as the one of them it can be (_SlashReader)
        stated = frozenset(found[name] for name in _STATED if name in found)
        found.update(_visible_evidence(body, today, stated, page_titles(tree)))
    return found


# A page's own calendar day runs up to 14 hours ahead of UTC, the zone of a crawler's fetch day
# (a WARC-Date): a page fetched at 23:00 UTC may be dated the next day where it was published
FETCH_SLACK_DAYS = 1


def latest_day(not_after: str | None = None) -> date:
    """The last day a page can have been published: the day it was fetched (`not_after`,
    YYYY-MM-DD, Document.not_after) plus FETCH_SLACK_DAYS, else, with no (readable) fetch day,
    today, the one bound left: a date after it is a typo or a countdown, not a publication."""
    if not_after:
        try:
            return date.fromisoformat(not_after[:10]) + timedelta(days=FETCH_SLACK_DAYS)
        except ValueError:
            pass
    return date.today()


def _whole_date(parse: Callable[..., datetime]) -> Callable[..., datetime]:
    """dateutil's `parse` that reads only a date it finds whole. Called with no `default`, as htmldate
    calls it on a string that opens with four digits, dateutil fills a missing month or day in from
    the run's clock: "2007/12" (a page's publishDate box, l3s_gn1 de230665) read 2007-12-24 on the
    24th and 2007-12-25 on the 25th. Read against two defaults that share no field, a string that
    gives year, month and day reads the same day both times; one that leaves a field out is no date here (a
    ValueError, which htmldate takes as "dateutil cannot read it" and goes on to its own patterns,
    which pad a year and month to the 1st, the same on every day)."""

    def whole(timestr: str, *args: object, **kwargs: object) -> datetime:
        if "default" in kwargs:
            return parse(timestr, *args, **kwargs)
        first = parse(timestr, *args, default=_DEFAULT_A, **kwargs)
        # only the day's fields count: a date without a clock is whole (dateutil, called with no
        # default, gives it midnight, as _DEFAULT_A does)
        if first.date() != parse(timestr, *args, default=_DEFAULT_B, **kwargs).date():
            raise ValueError(f"a partial date: {timestr[:40]!r}")
        return first

    whole.__wrapped__ = parse  # type: ignore[attr-defined]
    return whole


# two defaults with no field (year, month, day, time) in common
_DEFAULT_A = datetime(2001, 1, 1, 0, 0, 0)
_DEFAULT_B = datetime(2002, 2, 2, 1, 1, 1)


@lru_cache(maxsize=1)
def _htmldate_find_date() -> Callable[..., str | None]:
    """htmldate's find_date, with its module's dateutil parse made to read whole dates only
    (_whole_date): patched once per process, on first use."""
    from htmldate import extractors, find_date

    if not hasattr(extractors.dateutil_parse, "__wrapped__"):
        extractors.dateutil_parse = _whole_date(extractors.dateutil_parse)
    return find_date


def _htmldate(html: str, url: str | None, *, extensive: bool, latest: date) -> str | None:
    find_date = _htmldate_find_date()
    if "lock" in html or "ime-now" in html or "imenow" in html:
        html = _SITE_CLOCK_TEXT.sub(r"\1", html)  # not the site's clock (_SITE_CLOCK_NAMES)
    # the end of the latest day, as htmldate's default bound is the end of today's
    max_date = datetime(latest.year, latest.month, latest.day, 23, 59, 59, 999999)
    try:
        day = find_date(html, url=url, original_date=True, extensive_search=extensive, max_date=max_date)
    except Exception:  # a third-party parser on arbitrary pages: any failure is "no date from it"
        return None
    return day or None


def _support(found: dict[str, str]) -> dict[str, float]:
    """Each day's summed weight (EVIDENCE_WEIGHTS) in the evidence `found`. htmldate's day is a
    date the page declares in its metadata when no evidence but such a date names it: asked for
    the original date and finding no better, htmldate falls back on the modification date (an HTTP
    Last-Modified of "16 Jan, 2008 0016hrs IST" over a story's "14 Jan 2008", l3s_gn1 c0804a24) or
    on the generic <meta name="date"> (the day the page was generated: "2022-01-21" over its
    itemprop datePublished's "27.01.2022", htmldate martinruetter_com), so it votes as that date
    does, once (_DECLARED). On dates/htmldate this moves 5 pages: fluter_de, nmb-media_de (the
    modification date), martinruetter, acpjournals ("Issue Published: 7 April 2020" in its
    headline's date line) right, focus_de wrong by its gold, which is the page's dateModified (its
    datePublished, 2020-01-10, now wins)."""
    declared = {found[name] for name in _DECLARED if name in found}
    echoes = declared - {
        day for name, day in found.items() if name not in _HTMLDATE_NAMES and name not in _DECLARED
    }
    support: dict[str, float] = {}
    for name, weight in EVIDENCE_WEIGHTS.items():
        day = found.get(name)
        if day and not (day in echoes and name in _HTMLDATE_NAMES):
            support[day] = support.get(day, 0.0) + weight
    return support


# the dates a page declares of itself without saying that it published on them: its modification
# date and the generic <meta name="date"> / DC.date (the day the page was generated, as often)
_DECLARED = ("modified", "meta-date")


def _decide(found: dict[str, str]) -> tuple[str | None, str | None]:
    """Weighted vote of the evidence (see EVIDENCE_WEIGHTS) -> (day, strongest evidence for it)."""
    # 1. each kind of evidence votes for its day
    support = _support(found)
    # 3. nothing to vote on
    if not support:
        return None, None
    # 2. the heaviest day wins
    best = max(support, key=lambda day: support[day])
    names = [name for name in EVIDENCE_WEIGHTS if found.get(name) == best]
    # 3. htmldate alone, either search, landing on a month's 1st: a bare year ("© 2016") or a year
    # and month ("2007/12" in a publishDate box) that htmldate pads to the 1st, and a day of its own
    # is the 1st one time in 30 (dev: the 5 pages htmldate alone dated to a 1st were all wrong)
    if set(names) <= _HTMLDATE_NAMES and best.endswith("-01"):
        return None, None
    return best, max(names, key=lambda name: EVIDENCE_WEIGHTS[name])


def _parse(html: str) -> etree._Element | None:
    """The page parsed as the extractor parses it (`html_blocks.parse_page`, which mends a mangled
    page: an unclosed <title> that would swallow the whole page, a broken script tag that swallows
    prose), so that html_publication_date(html) reads the same tree as the pipeline's call with
    `tree` (l3s_gn1 082e02bd, 51600d8d: a <title> with no end tag held the page; no body, no visible
    date, only htmldate's)."""
    if not isinstance(html, str):
        return None
    try:
        return parse_page(html)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


# htmldate's two searches, cheapest first: each is run only while its vote can still matter
_HTMLDATE_KINDS = (("htmldate-fast", False), ("htmldate", True))
_HTMLDATE_NAMES = frozenset(name for name, _ in _HTMLDATE_KINDS)


def _settled(found: dict[str, str], pending: list[str]) -> bool:
    """True when no votes of the `pending` kinds, for any days, can change what `_decide` returns:
    the leading day is ahead of every other by more than their summed weight, and is named by an
    evidence kind that outweighs each of them."""
    support = _support(found)
    if not pending:
        return True
    if not support:
        return False
    ranked = sorted(support.values(), reverse=True)
    runner_up = ranked[1] if len(ranked) > 1 else 0.0
    best = max(support, key=lambda day: support[day])
    named_by = max(EVIDENCE_WEIGHTS[name] for name in EVIDENCE_WEIGHTS if found.get(name) == best)
    reach = sum(EVIDENCE_WEIGHTS[name] for name in pending)
    # the small slack keeps a float rounding of an exact tie on the side of asking
    return (
        ranked[0] - runner_up > reach + 1e-9
        and named_by > max(EVIDENCE_WEIGHTS[name] for name in pending) + 1e-9
    )


def html_publication_date(
    html: str,
    *,
    url: str | None = None,
    extensive: bool = True,
    tree: etree._Element | None = None,
    not_after: str | None = None,
) -> tuple[str | None, str | None]:
    """Publication day of an HTML page, and the name of the evidence that decided it.

    `tree` is the page already parsed (`html_blocks.parse_page`), which saves parsing it again;
    htmldate, when it is asked, still reads `html`. `extensive=False` skips htmldate's extensive
    search (F1 0.957 instead of 0.963 on the development split). `not_after` is the day the page was
    fetched (YYYY-MM-DD), which bounds every evidence's day (`latest_day`). Any input, however
    broken, gives (None, None) rather than an exception.
    """
    if tree is None:
        tree = _parse(html)
    if tree is None:
        return None, None
    today = latest_day(not_after)
    if not_after is None and (served := _site_clock_day(tree, today)) is not None:
        today = latest_day(served.isoformat())  # no day after the one the site's clock printed
    found = page_date_evidence(tree, url=url, today=today)
    kinds = [(name, deep) for name, deep in _HTMLDATE_KINDS if extensive or not deep]
    for i, (name, deep) in enumerate(kinds):
        if _settled(found, [pending for pending, _ in kinds[i:]]):
            break
        day = _htmldate(html, url, extensive=deep, latest=today)
        if day:
            found[name] = day
    day, evidence = _decide(found)
    if day is None and (shared := _shared_url_day(tree, today)):
        return shared, "share-url"
    return day, evidence


def warm_up() -> None:
    """Load htmldate's date parser and its language data now (seconds, once per process).

    The pipeline calls this before forking its workers when the corpus holds HTML, so that every
    worker inherits the loaded parser instead of paying for it again on its first hard page.
    """
    from htmldate.extractors import get_external_parser

    get_external_parser().get_date_data("16. Oktober 2019")
