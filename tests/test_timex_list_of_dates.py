"""LIST_OF_DATES (timex): the second of two days with their months joined by "and" / "or" is the first
such day after the first (a writer lists days in calendar order; a year written once serves both),
within half a year; an out-of-order pair is read each alone. No dev sentence needs it (the 28 such
pairs of the dev sets and heap-10000 are in order already): the cases are made up."""

from __future__ import annotations

from newsprism.analyse.timex import find_time_expressions


def values(text: str, published: str | None) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_time_expressions(text, published)]


def test_a_year_written_once_serves_both() -> None:
    text = "The panel met on June 15, 2009 and June 17 to discuss it."
    assert values(text, "2010-06-16") == [("June 15, 2009", "2009-06-15"), ("June 17", "2009-06-17")]


def test_an_undated_story_reads_the_second_day_from_the_first() -> None:
    text = "The panel met on June 15, 2009 and June 17 to discuss it."
    assert values(text, None) == [("June 15, 2009", "2009-06-15"), ("June 17", "2009-06-17")]


def test_a_list_across_new_year() -> None:
    # more than SLACK_DAYS apart (beyond NEW_YEAR's reach): the January after the December
    text = "The plant was shut on Dec. 20 and Jan. 9 for repairs."
    assert values(text, "2010-01-12") == [("Dec. 20", "2009-12-20"), ("Jan. 9", "2010-01-09")]


def test_a_list_in_order_reads_as_before() -> None:
    text = "The committee held hearings on June 15 and June 17."
    assert values(text, "2010-06-16") == [("June 15", "2010-06-15"), ("June 17", "2010-06-17")]


def test_an_out_of_order_pair_is_read_each_alone() -> None:
    text = "They met on June 17 and June 15."
    assert values(text, "2010-06-20") == [("June 17", "2010-06-17"), ("June 15", "2010-06-15")]
