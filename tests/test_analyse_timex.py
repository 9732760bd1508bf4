"""Time expressions: a table of real phrases from the dev articles and the seed pages
(tests/data/timex_cases.jsonl, shared with bench/timex.py), each resolved by reading its sentence,
plus phrases that are not dates."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from newsprism.analyse.timex import find_time_expressions, precision

CASES_PATH = Path(__file__).parent / "data" / "timex_cases.jsonl"
CASES: list[dict[str, Any]] = [
    json.loads(line) for line in CASES_PATH.read_text(encoding="utf-8").splitlines()
]
DATES = [c for c in CASES if c["value"] is not None]
NOT_DATES = [c for c in CASES if c["value"] is None]

# Share of the table's dates found with the right extent and value. The table was written while
# the rules were tuned, so this floor guards against regressions; bench/timex.py has the figures.
MIN_ACCURACY = 0.95


def _found(case: dict[str, Any]) -> list[tuple[str, int, str]]:
    return [(t.text, t.start, t.value) for t in find_time_expressions(case["text"], case["published"])]


def test_table_is_big_enough() -> None:
    assert len(DATES) >= 60 and len(NOT_DATES) >= 10
    assert len({c["source"].split()[0] for c in CASES}) >= 4  # t17, basil, ecbplus, seeds


def test_dates_of_the_table() -> None:
    right = [c for c in DATES if (c["phrase"], c["text"].index(c["phrase"]), c["value"]) in _found(c)]
    assert len(right) / len(DATES) >= MIN_ACCURACY


@pytest.mark.parametrize(
    "case", NOT_DATES, ids=[f"{c['source'].split()[1]}:{c['phrase']}" for c in NOT_DATES]
)
def test_not_dates(case: dict[str, Any]) -> None:
    at = case["text"].index(case["phrase"])
    end = at + len(case["phrase"])
    overlapping = [
        t for t in find_time_expressions(case["text"], case["published"]) if t.start < end and t.end > at
    ]
    assert overlapping == []


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("Sunday", "2023-06-18"),  # "visit to Beijing on Sunday": past, today included
        ("Monday", "2023-06-19"),  # "meetings ... are scheduled before Blinken ... departs on Monday"
        ("Saturday", "2023-06-17"),  # "Biden said Saturday"
        ("February", "2023-02"),  # "canceled on short notice in February"
    ],
)
def test_seed_page_read_on_the_day_of_the_visit(shared: Path, phrase: str, value: str) -> None:
    # seed 001 has no date on the page; its reference places it on Sunday 2023-06-18
    text = (shared / "seeds" / "001_90a321f55eb2f1c0.txt").read_text(encoding="utf-8")
    values = {t.text: t.value for t in find_time_expressions(text, "2023-06-18")}
    assert values[phrase] == value


def test_offsets_point_at_the_phrase() -> None:
    text = "Blinken arrived in Beijing on Wednesday and met Wang Yi on Friday, April 26."
    found = find_time_expressions(text, "2024-04-26")
    assert [(t.text, t.value) for t in found] == [
        ("Wednesday", "2024-04-24"),
        ("Friday, April 26", "2024-04-26"),
    ]
    assert all(text[t.start : t.end] == t.text for t in found)


def test_without_publication_date_only_phrases_with_a_year() -> None:
    text = "In April 2024 he returned; on Sunday he left; last year he came; in 2023 too."
    assert [t.value for t in find_time_expressions(text, None)] == ["2024-04", "2023"]


def test_anchored_phrase_needs_a_day_before_it() -> None:
    assert find_time_expressions("The rig sank two days later .", "2010-05-20") == []
    later = find_time_expressions("The rig exploded on 20 April and sank two days later .", "2010-05-20")
    assert [t.value for t in later] == ["2010-04-20", "2010-04-22"]


# counts of months and years "later" / "earlier" in the table
ANCHORED = [c for c in CASES if re.search(r"(?:month|year)s? (?:later|earlier)$", c["phrase"])]


@pytest.mark.parametrize("case", ANCHORED, ids=[c["source"].split()[1] for c in ANCHORED])
def test_a_count_of_months_or_years_counts_from_the_last_date_that_precise(case: dict[str, Any]) -> None:
    # "in 1957 only to return 20 years later" is 1977 and "In May ... A month later" June, whatever
    # day was named before them; a count of years that lands after the publication year counts
    # from a past the text does not name (no date)
    values = {t.text: t.value for t in find_time_expressions(case["text"], case["published"])}
    assert values.get(case["phrase"]) == case["value"]


def test_weekday_before_a_date_chooses_the_year() -> None:
    text = "The results would be released on Tuesday 2 November , a week later than previously indicated ."
    assert [(t.text, t.value) for t in find_time_expressions(text, "2010-09-10")] == [
        ("Tuesday 2 November", "2010-11-02")
    ]


def test_precision_from_value() -> None:
    assert precision("2024") == "year"
    assert precision("2024-04") == "month"
    assert precision("2024-04-21") == "day"
    with pytest.raises(ValueError, match="YYYY"):
        precision("April")


def test_bad_publication_date_says_what_is_expected() -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        find_time_expressions("on Sunday", "24/04/2024")


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # T17, H1N1: the sentence's year, not the publication's
        (
            "In 1918 , there was a first wave of mild flu in April , followed by a deadly wave.",
            "April",
            "1918-04",
        ),
        ("Since 2008 the company has grown, and in March it said profits fell.", "March", "2009-03"),
    ],
)
def test_a_month_takes_the_year_its_sentence_sets(text: str, phrase: str, value: str) -> None:
    found = {t.text: t.value for t in find_time_expressions(text, "2009-05-01")}
    assert found[phrase] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The filing is dated 2024-04-24 .", "2024-04-24"),
        ("It was signed on 4/24/2024 in Kyiv.", "2024-04-24"),
        ("Der Vertrag vom 24.04.2024 gilt.", "2024-04-24"),
        ("Posted 08/05/09 by staff", "2009-08-05"),
    ],
)
def test_dates_written_in_digits_are_found(text: str, value: str) -> None:
    """Texts are scanned for these only when they hold "-dd-", "/d/" or ".d.d" (the gates): the
    dates themselves always do."""
    assert [t.value for t in find_time_expressions(text, "2024-05-01")] == [value]


def test_relative_phrases_found_from_their_unit_as_by_the_whole_pattern() -> None:
    """The relative kind is scanned from its unit ("week", "month", "year") and its modifier read
    back: the matches must be those of the pattern's own scan, spaces, line breaks and look-alikes
    ("blast week", "midyear", "yearly") included."""
    from newsprism.analyse import timex

    pattern = timex._PATTERNS["relative"]
    for text in [
        "Earlier this year and later this  month, then last\nweek; next\u00a0year.",
        "A blast week, a midyear review, this yearly fair, This\n\n  month and earlier this week",
        "this this week, last last month, year this year",
    ]:
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in timex._relative_matches(text)] == expected
        assert expected


# Stories filed between midnight and NIGHT_END_HOUR: their day words count from the writer's evening
OVERNIGHT = {c["source"].split()[1]: c for c in CASES if c["source"].startswith("t17 ")}


@pytest.mark.parametrize(
    "source",
    [
        "bpoil_reuters/840",  # stamped 1:09 am IST, London: "yesterday's complaint" is the 15th
        "H1N1_reuters/1003",  # stamped 00:43 EDT, Hong Kong: a weekday keeps the stamp's date
        "bpoil_reuters/224",  # stamped 5:28 am EDT, New York: the writer's morning, the same day
    ],
)
def test_a_story_stamped_after_midnight_counts_its_day_words_from_the_evening_before(source: str) -> None:
    case = OVERNIGHT[source]
    assert (case["phrase"], case["text"].index(case["phrase"]), case["value"]) in _found(case)


STAMPED = (
    "LONDON | Fri Dec 17 , 2010 {clock} LONDON ( Reuters ) - Investors fretted over yesterday 's lawsuit ."
)


@pytest.mark.parametrize(
    ("clock", "published", "value"),
    [
        ("1:09 am IST", "2010-12-17", "2010-12-15"),
        ("12:25 am EDT", "2010-12-17", "2010-12-15"),
        ("03:59 GMT", "2010-12-17", "2010-12-15"),
        ("4:08 am EDT", "2010-12-17", "2010-12-16"),  # the writer's morning
        ("1:09 pm IST", "2010-12-17", "2010-12-16"),
        ("1:09 am", "2010-12-17", "2010-12-16"),  # no zone: a print edition's hour, or an event's
        ("1:09 am IST", "2010-12-18", "2010-12-17"),  # the stamp is not of the publication day
        ("12:00 am EST", "2010-12-17", "2010-12-16"),  # midnight: a day written with a clock
    ],
)
def test_the_stamp_line_that_tells_a_night_filing(clock: str, published: str, value: str) -> None:
    text = STAMPED.format(clock=clock)
    assert [t.value for t in find_time_expressions(text, published) if t.text == "yesterday"] == [value]


@pytest.mark.parametrize(
    ("published", "value"),
    [
        ("2010-12-17T01:09:00+05:30", "2010-12-16"),  # its own offset: filed in the night
        ("2010-12-17T00:40:00Z", "2010-12-16"),
        ("2010-12-17T00:00:00Z", "2010-12-17"),  # a day written as a timestamp
        ("2010-12-17 03:30", "2010-12-16"),
        ("2010-12-17T04:00:00-05:00", "2010-12-17"),
        ("2010-12-17T22:10:00-05:00", "2010-12-17"),
        ("2010-12-17", "2010-12-17"),
    ],
)
def test_a_timestamp_given_as_published_tells_a_night_filing(published: str, value: str) -> None:
    found = find_time_expressions("Obama said he thought Biden was terrific tonight .", published)
    assert [t.value for t in found] == [value]
    assert [t.value for t in find_time_expressions("The debate on Friday drew crowds .", published)] == [
        "2010-12-17"
    ]


@pytest.mark.parametrize(
    ("source", "phrase"),
    [
        ("bpoil_guardian/1140", "tonight"),  # dated Thursday, the video "posted on Wednesday night"
        ("bpoil_washingtonpost/1888", "tonight"),  # dated Wednesday, "Late Tuesday evening , ... Allen said"
        ("bpoil_washingtonpost/1888", "tomorrow"),  # ... "tonight and tomorrow": Wednesday
        ("b5eefefb-2a33-45de-abe1-f855c94165f4_2", "tonight"),  # dated Friday, the debate "Thursday night"
        (
            "cad4bba5-cf97-45cb-8059-ebeb47dcec7a_1",
            "tonight",
        ),  # dated Thursday, "on Thursday evening": Thursday
    ],
)
def test_tonight_in_a_story_that_names_the_evening_before(source: str, phrase: str) -> None:
    (case,) = [c for c in CASES if c["source"].split()[1] == source and c["phrase"] == phrase]
    assert (phrase, case["text"].index(phrase), case["value"]) in _found(case)
