"""Text that is already an article body (a JSONL export's `text`, a feed item) -> Article.

A scraper dump is a page rendered to text: a block of paragraphs wrapped in many short lines of
furniture (navigation, share icons, related links). An export's `text` field is the paragraphs
alone, sometimes on a single line. The line classifier of extract.text is trained on dumps and
would drop a one-line article as furniture, so `is_clean_body` tells the two apart by shape and
`read_clean_text` keeps clean text whole:

    title      1. doc.title  2. a headline-like first line above prose paragraphs
    published  1. doc.published  2. the dateline's month and day with a year from the text
    dateline   an opening "WASHINGTON (Reuters) -" / "New Delhi, April 24:" (its place)
"""

from __future__ import annotations

import datetime as dt
import re

from newsprism.extract.language import detect_language
from newsprism.extract.textdate import parse_dateline, year_from_context
from newsprism.records import Article, Document

__all__ = ["is_clean_body", "read_clean_text"]

# A line of prose has at least this many words. Furniture lines ("Share this", "Related stories",
# "Home | News | Sport") have one to five; headlines and subheads rarely pass ten.
PROSE_LINE_WORDS = 12
# A record of an export is clean unless it is plainly a page dump: at least DUMP_MIN_LINES lines,
# DUMP_SHORT_SHARE or more of them short. Measured on ../shared/data: 93% of the l3s_gn1 and all
# cleanportaleval text dumps have 60% short lines or more; the exports (clustering, quotes,
# timelines) have short lines where they keep one sentence or subhead a line, but rarely 15 lines
# with 60% short.
DUMP_MIN_LINES = 15
DUMP_SHORT_SHARE = 0.6
# A first line this short, with no closing full stop, above prose is the export's headline.
HEADLINE_MAX_WORDS = 25
# Characters of the body given to language identification (see extract.text).
LANGUAGE_SAMPLE_CHARS = 300

_WORD = re.compile(r"\w+")
# PROSE_LINE_WORDS words or more: one search that stops at the twelfth word, where counting all
# of a one-line record's words (_WORD.findall) read the whole article
_PROSE_LINE = re.compile(rf"\w++(?:\W++\w++){{{PROSE_LINE_WORDS - 1}}}")
_SPACE = re.compile(r"[ \t\u00a0]+")


def _lines(text: str) -> list[str]:
    if "  " in text or "\t" in text or "\u00a0" in text:  # else every run is one space already
        text = _SPACE.sub(" ", text)  # none of [ \t\u00a0] breaks a line: the same as line by line
    return [s for s in map(str.strip, text.splitlines()) if s]


def _is_prose(line: str) -> bool:
    return _PROSE_LINE.search(line) is not None


def is_clean_body(text: str, *, from_record: bool = False) -> bool:
    """True when `text` reads as the article body alone, with no page furniture around it.

    A saved page (`from_record` False) is clean only when every line is prose; a record of an
    export is clean unless it has the shape of a page dump.
    """
    lines = _lines(text)
    if not lines:
        return False
    if not from_record:
        return all(map(_is_prose, lines))
    # a short record ("Named Maurice Cheeks coach.") is still an article: nothing is lost
    if len(lines) < DUMP_MIN_LINES:
        return True
    short = len(lines) - sum(map(_is_prose, lines))
    return short < DUMP_SHORT_SHARE * len(lines)


def _split_headline(lines: list[str]) -> tuple[str | None, list[str]]:
    """A short first line above prose is the headline; above more short lines it may be a date or
    a kicker, and stays in the text."""
    first, rest = lines[0], lines[1:]
    if first.endswith((".", '"', "”", ":")) or not any(map(_is_prose, rest)):
        return None, lines
    if len(_WORD.findall(first)) <= HEADLINE_MAX_WORDS:
        return first, rest
    return None, lines


def _dateline_date(body: str) -> tuple[str | None, str | None]:
    """(the dateline's place, its date as YYYY-MM-DD when the text gives the year)."""
    dl = parse_dateline(body[:200])
    if dl is None:
        return None, None
    if dl.month and dl.day:
        year, _ = year_from_context(dl.month, dl.day, body, body)
        if year:
            try:
                return dl.place, dt.date(year, dl.month, dl.day).isoformat()
            except ValueError:
                pass
    return dl.place, None


def read_clean_text(doc: Document) -> Article:
    lines = _lines(doc.content)
    title = doc.title
    if title is None and lines:
        title, lines = _split_headline(lines)
    body = "\n\n".join(lines)
    place, date = _dateline_date(body)
    published, source = (
        (doc.published, "container") if doc.published else (date, "dateline" if date else None)
    )
    return Article(
        id=doc.id,
        source=doc.source,
        url=doc.url,
        title=title,
        text=body,
        published=published,
        published_source=source,
        dateline=place,
        outlet=doc.outlet,
        authors=doc.authors,
        language=detect_language(body[:LANGUAGE_SAMPLE_CHARS]),
    )
