"""review18: the timeline's quotation blanking (_unquoted) and timex's "tonight" reading."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest

from newsprism import timeline
from newsprism.analyse import timex
from newsprism.records import Article

# the regex _quotations replaced: it finds the same spans, in quadratic time on unclosed marks
REGEX = re.compile(r'"[^"]*"|“[^”]*”')


def _by_regex(text: str, at: int) -> str:
    return REGEX.sub(lambda q: q[0] if q.start() <= at < q.end() else " " * len(q[0]), text)


def test_quotations_are_the_regex_spans_on_random_texts() -> None:
    rng = random.Random(18)
    for _ in range(3000):
        text = "".join(rng.choice('ab "“”') for _ in range(rng.randint(0, 30)))
        assert list(timeline._quotations(text)) == [m.span() for m in REGEX.finditer(text)], text
        at = rng.randint(0, len(text))
        assert timeline._unquoted(text, at) == _by_regex(text, at), (text, at)


def test_unclosed_marks_are_no_quotation() -> None:
    text = "“x" * 50_000 + ' he said "later" on Friday'
    spans = list(timeline._quotations(text))
    assert spans == [(len(text) - len('"later" on Friday'), len(text) - len(" on Friday"))]
    assert timeline._unquoted(text, 0).endswith("he said         on Friday")
    assert timeline._unquoted('he “said” and "will"', 4) == "he “said” and       "


def test_tonight_in_capitals_is_no_evening_word() -> None:
    # the "day" pattern reads no "TONIGHT": a story naming the evening before gets no shift from it
    text = "DEBATE TONIGHT. The candidates met Thursday night in Danville, Kentucky."
    assert not timex._told_that_evening(text, date(2012, 10, 12))
    assert timex._told_that_evening(text.replace("TONIGHT", "tonight"), date(2012, 10, 12))


# _plans reads a sentence's date phrases as its article read them, not the sentence alone: alone,
# "the next day" has no date before it and a night filing's "today" loses its stamp
@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "BP met the officials on April 20, 2010 in Houston. "
            "Allen said officials will spend the next day determining how the storm affected the area.",
            "2010-04-22",
            "2010-04-21",
        ),
        (
            "LONDON | Fri Dec 17 , 2010 1:09 am IST LONDON ( Reuters ) - Oil major BP said it would fight the suit . "
            "The board will announce today that it extends the moratorium on new deepwater drilling .",
            "2010-12-17",
            "2010-12-16",
        ),
    ],
)
def test_a_plan_is_read_as_its_article_reads_its_date(text: str, published: str, date: str) -> None:
    ev = timeline._gather([Article(id="a", source="test", text=text, published=published)])
    (i,) = [k for k, s in enumerate(ev.sentences) if s.text and "will" in s.text]
    assert date in ev.naming and i in ev.naming[date]
    assert timeline._plans(ev, i, date)
