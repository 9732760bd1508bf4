"""A date a sentence talks about is no date line (cluster.timing._from_date_line, session 18)."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from newsprism.cluster.timing import article_time
from newsprism.records import Article


def _day(iso: str) -> float:
    return float((dt.date.fromisoformat(iso) - dt.date(1970, 1, 1)).days)


def _article(text: str, title: str = "") -> Article:
    return Article(id="a", source="a", title=title, text=text)


@pytest.mark.parametrize(
    "text",
    [
        # ECB+ 4_14ecb, 4_3ecb: an obituary's birth date, dated 1923 before
        "Pinup icon Bettie Page died Thursday evening at a hospital.\n\nPage was born on April 22, 1923, in "
        "Nashville, Tenn.",
        "Bettie Page died Thursday night.\n\nShe was 85.\n\nPage was born Betty Mae Page in Nashville, "
        "Tennessee on April 22, 1923.\n\nSmart and ambitious, she modelled.",
        # ECB+ 3_4ecb: a sentence goes on after the date of a past crime
        "The man was sentenced to life for the crimes he committed on March 11, 2005, that stunned metro "
        "Atlanta and the nation.",
        # AllSides: a lead's own date in its sentence
        "Jobless claims totaled 293,000, the lowest level since March 14, 2020. Continuing claims fell.",
        "The email arrived in Fauci's inbox on Feb. 28, 2020, with a one-word subject line.",
        "Fresh riots were reported in Greece on Saturday December 13 2008 in protest at the killing.",
        "The population on 04 / 01 / 2020, was 331.5 million.",
    ],
)
def test_a_date_a_sentence_talks_about_dates_nothing(text: str) -> None:
    t = article_time(_article(text))
    assert math.isnan(t.lo) and math.isnan(t.hi)


@pytest.mark.parametrize(
    ("title", "text", "iso"),
    [
        (
            "Lohan in rehab",
            "PUBLISHED: THURSDAY, MAY 2, 2013, 1: 32 PM\n\nLindsay Lohan checked in.",
            "2013-05-02",
        ),
        ("Lohan in rehab", "May 3, 2013 at 7: 31 AM ET\n\nLindsay Lohan checked in.", "2013-05-03"),
        ("Lohan in rehab", "UPDATED 05 / 03 / 2013 at 11: 00 AM EDT\n\nShe checked in.", "2013-05-03"),
        ("Klitschko wins", "Updated: July 7, 2012, 10: 04 PM ET\n\nKlitschko won.", "2012-07-07"),
        ("Hit and run", "Posted in Accidents on Friday, September 20, 2013.\n\nA woman died.", "2013-09-20"),
        ("Hit and run", "Posted on May 2, 2013 by admin\n\nA woman died.", "2013-05-02"),
        ("Hit and run", "May 2, 2013 in Politics\n\nA woman died.", "2013-05-02"),
        ("Hit and run", "May 2, 2013, updated May 3, 2013\n\nA woman died.", "2013-05-02"),
        ("Dairy fire", "August 8, 2012 - 4: 43 pm\n\nThe building burned down.", "2012-08-08"),
    ],
)
def test_date_lines_still_date(title: str, text: str, iso: str) -> None:
    t = article_time(_article(text, title))
    assert t.lo == t.hi == _day(iso)


def test_the_first_date_line_after_a_talked_about_date() -> None:
    text = "Page was born on April 22, 1923, in Nashville.\nPosted: Dec. 12, 2008\n\nShe died."
    assert article_time(_article(text)).lo == _day("2008-12-12")
