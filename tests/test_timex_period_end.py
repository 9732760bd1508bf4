"""A day or month that ends a period ("until 6 May", "through November") is not bounded by the past
verb that set the period (PERIOD_END), and a date that names an accident, an attack, a death or a
contest's outcome is past whatever cue its clause holds (HAPPENED). Real sentences of the dev sets
(T17, mixed-dev, heap-10000); the guards keep what was right."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import ends_period, find_time_expressions


def _value(text: str, published: str, phrase: str) -> str | None:
    at = text.index(phrase)
    return next((t.value for t in find_time_expressions(text, published) if t.start == at), None)


PERIOD_ENDS = [
    # T17 H1N1_guardian/1194 (eight April 2009 articles say it; read as 2008 before)
    (
        '" Mexican authorities ordered the closure of schools in the capital city and the states of Mexico '
        "and San Luis Potos until 6 May .",
        "2009-04-26",
        "6 May",
        "2009-05-06",
    ),
    # T17 bpoil_washingtonpost/701: a deadline after "sent" and "giving it until"
    (
        "The Coast Guard sent BP a bill Thursday for $ 69 million -- $ 69,090,958.57 , to be exact -- "
        "giving it until July 1 to reimburse the government for military , National Guard and federal "
        "agency efforts to cope with the oil spill .",
        "2010-06-04",
        "July 1",
        "2010-07-01",
    ),
    # T17 bpoil_foxnews/374: a moratorium's end
    (
        "Interior Secretary Ken Salazar has halted deepwater drilling until Nov. 30 , saying the BP spill "
        "demonstrated the industry was n't prepared for a massive underwater blowout .",
        "2010-08-14",
        "Nov. 30",
        "2010-11-30",
    ),
    # T17 H1N1_reuters/959: "through" a day
    (
        "The legislation did not include $ 80 million Obama wanted for closing Guantanamo and bans releasing "
        "any detainees into the United States through September 30 .",
        "2009-06-24",
        "September 30",
        "2009-09-30",
    ),
    # T17 bpoil_guardian/1425: a month, the nearer one
    (
        "No new oil has entered the Gulf since 15 July , but officials said yesterday the well is unlikely "
        "to be sealed for good until mid-September .",
        "2010-08-19",
        "mid-September",
        "2010-09",
    ),
    # T17 bpoil_reuters/1547 ("until the end of")
    (
        "The first relief well is already over 12,000 ft deep , but it is likely to take until the end of "
        "July to complete .",
        "2010-05-30",
        "July",
        "2010-07",
    ),
]
KEPT = [
    # a period's end behind the story stays there (T17 bpoil_reuters/1004)
    ("The spill ran until July 15 , when the well was capped .", "2010-09-27", "July 15", "2010-07-15"),
    # "It was n't until late May" (T17 bpoil_reuters/437): the nearer May is the one behind
    (
        "It was n't until late May before the company appointed a heavy-hitting U.S. PR representative .",
        "2010-06-29",
        "late May",
        "2010-05",
    ),
    # a measured span that a figure reports is over (mixed-dev l3s_gn1-5e5b9e2e)
    (
        "Separately, Samsung Electronics said it earned 2.212 trillion won ($2.36 billion) in the three months "
        "through December, down 6.6 percent from the same period a year ago.",
        "2013-10-05",
        "December",
        "2012-12",
    ),
    # "by" is no period's end: "knew by 20 April" is a past day (T17 bpoil_guardian/2057)
    (
        "The failure is even more striking given BP and Halliburton knew by 20 April that the cement seal on "
        "the well was defective .",
        "2010-11-08",
        "20 April",
        "2010-04-20",
    ),
    # nor is "leading up to" (T17 bpoil_foxnews/1314)
    (
        "The lawsuit alleges that safety and operating regulations were violated in the period leading up to "
        "April 20 .",
        "2010-12-15",
        "April 20",
        "2010-04-20",
    ),
    # a future cue still reads ahead (T17 bpoil_foxnews/1763)
    (
        "But BP 's next annual meeting does n't occur until April .",
        "2010-07-08",
        "April",
        "2011-04",
    ),
]


@pytest.mark.parametrize(("text", "published", "phrase", "value"), PERIOD_ENDS + KEPT)
def test_a_period_end_is_read_nearest_publication(text: str, published: str, phrase: str, value: str) -> None:
    assert _value(text, published, phrase) == value


def test_ends_period() -> None:
    text = "closed until 6 May, open through the end of July, lost in the three months through December"
    assert ends_period(text, text.index("6 May"))
    assert ends_period(text, text.index("July"))
    assert not ends_period(text, text.index("December"))
    assert not ends_period("knew by 20 April", len("knew by "))


HAPPENINGS = [
    # T17 bpoil_foxnews/349: the clause's "may" is the department's, the accident is past
    (
        "But after Thursday 's accident the department may hesitate to act .",
        "2010-09-03",
        "Thursday",
        "2010-09-02",
    ),
    # T17 bpoil_foxnews/1570 (read 2011 from the "will" after it)
    (
        "More than two months after the April 20 BP oil rig explosion in the Gulf of Mexico , experts are "
        "still trying to determine what the health effects will be on the workers .",
        "2010-06-24",
        "April 20",
        "2010-04-20",
    ),
    # T17 bpoil_guardian/1844: a month's disaster
    (
        "Dudley 's comments reflect BP 's growing confidence that it can emerge from April 's Deepwater "
        "Horizon disaster in a relatively strong position .",
        "2010-09-13",
        "April",
        "2010-04",
    ),
    # heap copy-001117-812047
    (
        "While Sen. John McCain remains in Arizona recovering from Friday's craniotomy, surgery to remove a "
        "5 cm blood clot from above his left eye, business will not go on as usual in Washington.",
        "2013-01-07",
        "Friday",
        "2013-01-04",
    ),
]
SCHEDULED = [
    # a debate can be scheduled: the clause's future holds (heap train-149-0)
    (
        "The Commission on Presidential Debates (CPD) has adopted a new rule ahead of Thursday’s second and "
        "final presidential debate and will silence the microphone of the candidate who does not have the floor.",
        "2014-09-27",
        "Thursday",
        "2014-10-02",
    ),
    # ... and so can an eviction show (mixed-dev l3s_gn1-64cc1937)
    (
        "Friday’s eviction will be the show’s second. Beauty Queen Jade Eden was voted out last week.",
        "2012-03-24",
        "Friday",
        "2012-03-30",
    ),
    # a noun after the happening's word is the head: "the accident report" is a report
    ("The agency will release the accident report on Friday .", "2010-09-08", "Friday", "2010-09-10"),
]


@pytest.mark.parametrize(("text", "published", "phrase", "value"), HAPPENINGS + SCHEDULED)
def test_a_happening_no_one_schedules_is_past(text: str, published: str, phrase: str, value: str) -> None:
    assert _value(text, published, phrase) == value
