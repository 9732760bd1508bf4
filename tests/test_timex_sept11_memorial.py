"""Session 21's risk (timeline24, class 3): 'A Sept. 11 memorial service will be held Sunday'. The day
and month name the day the service remembers, 2001-09-11 (timex SEPT_11), and the service's own day is
its Sunday, which the timeline counts as a plan of the set; the name is no mention (timeline
NAMED_DAY). A story published before the attacks cannot name them: its "Sept. 11" is that year's."""

from __future__ import annotations

from newsprism.analyse.timex import SEPT_11, find_time_expressions
from newsprism.timeline import _read

MEMORIAL = "A Sept. 11 memorial service will be held Sunday at the church on Main Street."


def values(text: str, published: str) -> dict[str, str]:
    return {t.text: t.value for t in find_time_expressions(text, published)}


def test_a_memorial_service_names_the_attacks_and_is_held_on_its_sunday() -> None:
    # published Wednesday 2010-09-08: the coming Sunday is the 12th
    assert values(MEMORIAL, "2010-09-08") == {"Sept. 11": SEPT_11, "Sunday": "2010-09-12"}


def test_the_timeline_counts_the_services_sunday_not_the_name() -> None:
    reading = _read(MEMORIAL, "2010-09-08")
    assert [n.date for n in reading.named] == ["2010-09-12"]


def test_the_guardians_september_11_victims_families() -> None:
    # T17 bpoil_guardian (2010-06-16): the 9/11 families, not a day of 2010
    text = (
        "Barack Obama today risked the wrath of September 11 victim 's families by comparing the BP oil "
        "spill to the 2001 terrorist attacks ."
    )
    assert values(text, "2010-06-16")["September 11"] == SEPT_11


def test_a_story_from_before_the_attacks_reads_its_own_year() -> None:
    # the same sentence in a story of 1999 cannot name 2001
    assert values(MEMORIAL, "1999-09-08")["Sept. 11"] == "1999-09-11"
    assert values("The Sept. 11 commission met on Friday.", "2001-09-10")["Sept. 11"] == "2001-09-11"
