"""A day and month used as the name of the September 11, 2001 attacks is that day whatever the
story's date (timex SEPT_11), and the timeline takes it for no mention of a day the set tells of
(timeline NAMED_DAY). Real sentences of BASIL, T17 and heap-10000."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import SEPT_11, find_time_expressions
from newsprism.timeline import _read

NAMES = [
    # BASIL 45bd61bc-..._2 (the timex table's one miss until now)
    (
        "Republicans should show their sincerity about sensitivity to Sept. 11 survivors by backing a "
        "high-profile bill to grant health benefits to rescue workers.",
        "2010-08-16",
        "Sept. 11",
    ),
    # T17 bpoil_foxnews/1499
    (
        "Kenneth Feinberg , who oversaw the $ 7 billion government fund for families of victims of the "
        "Sept. 11 terrorist attacks .",
        "2010-06-17",
        "Sept. 11",
    ),
    # BASIL a4f1d515-..._1
    (
        "Broader briefings were held in 2011 before the reauthorization of the Patriot Act, the post-Sept. 11 "
        "law that authorized much of the surveillance.",
        "2013-06-08",
        "Sept. 11",
    ),
    # heap train-2196-2
    (
        "Bipartisan support appears to be growing for an independent Sept. 11-style commission into the "
        "deadly insurrection.",
        "2021-05-21",
        "Sept. 11",
    ),
    # T17 bpoil_reuters/266
    (
        "President George W. Bush spoke from there after the September 11 attacks .",
        "2011-01-11",
        "September 11",
    ),
]
NOT_NAMES = [
    # BASIL 1bb79cc1-...: the Benghazi attack of September 11, 2012 is "the Sept. 11 attack"
    (
        "Details about the administration’s evolving account of the Sept. 11 attack, which killed four "
        "Americans, including Ambassador Chris Stevens.",
        "2013-05-15",
        "Sept. 11",
        "2012-09-11",
    ),
    # a plain date (heap copy-000059-797454)
    (
        "At the current pace of vaccinations, the state could see herd immunity by Sept. 11.",
        "2013-08-09",
        "Sept. 11",
        "2013-09-11",
    ),
]


def _value(text: str, published: str, phrase: str) -> str | None:
    at = text.index(phrase)
    return next((t.value for t in find_time_expressions(text, published) if t.start == at), None)


@pytest.mark.parametrize(("text", "published", "phrase"), NAMES)
def test_the_day_that_names_the_attacks(text: str, published: str, phrase: str) -> None:
    assert _value(text, published, phrase) == SEPT_11 == "2001-09-11"


@pytest.mark.parametrize(("text", "published", "phrase", "value"), NOT_NAMES)
def test_a_plain_september_11(text: str, published: str, phrase: str, value: str) -> None:
    assert _value(text, published, phrase) == value


def test_the_timeline_takes_the_name_for_no_mention() -> None:
    text, published, _ = NAMES[1]
    assert SEPT_11 not in {n.date for n in _read(text, published).named}
    # written with its year, it is history like any other
    dated = (
        "Feinberg also oversaw compensation payouts to victims of the Sept. 11 , 2001 , terrorist attacks ."
    )
    assert SEPT_11 in {n.date for n in _read(dated, "2010-10-20").named}
