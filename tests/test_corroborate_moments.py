"""corroborate: values of two moments, two things or two names of one place are no conflict (claims20).

Real sentences of the dev sets (ecbplus, allsides, and the BP oil spill and swine flu reports of
the heap's sources); each `test_no_false_conflict` pair was a conflict before, and each pair of
`test_still_a_conflict` is one that must stay.
"""

from __future__ import annotations

import pytest

from newsprism.corroborate import _values, _words, corroborate
from newsprism.records import Article, Claim


def article(aid: str, text: str, published: str | None = None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, published=published)


def conflicts(a: str, b: str, day_a: str | None = None, day_b: str | None = None) -> list[Claim]:
    claims = corroborate([article("a", a, day_a), article("b", b, day_b)])
    return [c for c in claims if c.status == "conflict"]


RIOTS_EARLY = (
    "The youths smashed windows newly replaced after four days of the worst riots Greece has seen in decades."
)
RIOTS_LATE = (
    "Athens was calm Sunday after eight days of the worst riots Greece has seen in decades, sparked by "
    "the police killing of a teenager."
)


@pytest.mark.parametrize(
    ("a", "b", "day_a", "day_b"),
    [
        # ecbplus: a count of two things ("passengers and crew") and a count of one of them (the
        # second sentence is 12_8ecb's, its opening made like the first's)
        (
            "The threat of pirates recently prompted a German cruise ship to evacuate some 420 passengers and crew after the company decided not to risk their safety as the ship passed through the Gulf of Aden.",
            "The threat of pirates recently prompted the German cruise liner MS Columbus to fly its 246 passengers and most of its crew over the Gulf of Aden instead of through it.",
            None,
            None,
        ),
        # ecbplus: the running length of the riots, in reports of unknown days ...
        (RIOTS_EARLY, RIOTS_LATE, None, None),
        # ... and of two days
        (RIOTS_EARLY, RIOTS_LATE, "2008-12-11", "2008-12-14"),
        # BP oil spill: "another N hours" counts from the day it is said, a day apart
        (
            "BP chief executive Tony Hayward said the outcome of the top kill would not be clear for another 48 hours .",
            "BP said the top kill procedure could choke off the well, but it needs another 24 hours or longer to know the outcome .",
            "2010-05-28",
            "2010-05-27",
        ),
        # "58 days into his presidency" counts from its start, not the first 100 days he set
        (
            "Biden said that the goal of 100 million shots would be achieved on Friday, which will be 58 days into his presidency.",
            "President Biden announced his administration will meet its goal of administering 100 million COVID-19 shots in his first 100 days on Friday.",
            None,
            None,
        ),
        # ecbplus: two names of one sea
        (
            "The quake jolted several cities in the United Arab Emirates, across the Persian Gulf from Iran.",
            "The quake jolted several cities in the United Arab Emirates, across the Arabian Gulf from Iran.",
            None,
            None,
        ),
        # BP oil spill: a range of counts in words agrees with a figure in it
        (
            "The effort to cut the pipe and attach the cap is expected to take between four and seven days .",
            "The effort to cut the pipe and attach the cap is expected to take four days , officials said .",
            None,
            None,
        ),
        (
            "Creating supplies of the new vaccine will take an estimated four to six months .",
            "Creating supplies of the new vaccine will then take another four or five months .",
            None,
            None,
        ),
        # allsides: two weeks' jobless claims (every figure differs): two reports, not one date disputed
        (
            "Figures released Thursday by the Labor Department show that applications for the week ended Oct. 9 fell to 293,000 from a revised 344,750 a week earlier.",
            "Figures released Thursday by the Labor Department show that applications for the week ended May 1 fell to 498,000 from a revised 590,000 a week earlier.",
            None,
            None,
        ),
        # BP oil spill: the oil collected on two days (every date differs): two figures, not one disputed
        (
            "In the Gulf , BP said its oil-capture systems collected or burned off 23,725 barrels of oil on Thursday .",
            "BP said its oil-capture systems at the leak collected or burned off 16,830 barrels of oil on Wednesday , a 38 percent drop from the record rate .",
            None,
            None,
        ),
    ],
)
def test_no_false_conflict(a: str, b: str, day_a: str | None, day_b: str | None) -> None:
    assert not conflicts(a, b, day_a, day_b)


@pytest.mark.parametrize(
    ("a", "b", "day_a", "day_b"),
    [
        # the riots' length in two reports of the same day
        (RIOTS_EARLY, RIOTS_LATE, "2008-12-14", "2008-12-14"),
        # "N days ago" in reports of the same day
        (
            "Fresh riots were reported in Greece in protest at the killing by police of a 15-year-old boy eight days ago.",
            "Fresh riots were reported in Greece in protest at the killing by police of a 15-year-old boy six days ago.",
            "2008-12-13",
            "2008-12-13",
        ),
        # a count of weeks from the writing barely moves in a few days: compared when the days are unknown
        (
            "The couple wed in a private ceremony in Los Angeles two weeks ago, a spokesman said.",
            "The couple wed in a private ceremony in Los Angeles three weeks ago, a spokesman said.",
            None,
            None,
        ),
        # two counts of the same two things
        (
            "The threat of pirates prompted a German cruise ship to evacuate some 420 passengers and crew from the Gulf of Aden.",
            "The threat of pirates prompted a German cruise ship to evacuate some 620 passengers and crew from the Gulf of Aden.",
            None,
            None,
        ),
        # a range of counts against a figure outside it
        (
            "The effort to cut the pipe and attach the cap is expected to take between four and seven days .",
            "The effort to cut the pipe and attach the cap is expected to take ten days , officials said .",
            None,
            None,
        ),
        # two awards, not two names of one
        (
            'He won a Tony Award in 2004 for his role in the musical "The Boy from Oz."',
            'He won an Emmy Award in 2004 for his role in the musical "The Boy from Oz."',
            None,
            None,
        ),
    ],
)
def test_still_a_conflict(a: str, b: str, day_a: str | None, day_b: str | None) -> None:
    (claim,) = conflicts(a, b, day_a, day_b)
    assert set(claim.values) == {"a", "b"}


def numbers(text: str) -> list[tuple[str, float, float, str, str, bool]]:
    return [
        (v.text, v.number, v.upper, v.unit, v.hedge, v.running)
        for v in _values(text, False, _words(text))
        if v.kind == "number"
    ]


def test_ranges_of_counts_and_changes() -> None:
    assert numbers("will take an estimated four to six months") == [
        ("four to six", 4.0, 6.0, " month", "range", False)
    ]
    assert numbers("expected to take between four and seven days") == [
        ("four and seven", 4.0, 7.0, " day", "range", False)
    ]
    # a change is no range: "rose 37,000 to 412,000", "from 4 to 6"; nor "and" without "between"
    assert [n[0] for n in numbers("claims rose 37,000 to 412,000 last week")] == ["37,000", "412,000"]
    assert [n[0] for n in numbers("the rate went from 4 to 6 percent")] == ["4", "6 percent"]
    assert [n[0] for n in numbers("five dead and seven injured")] == ["five", "seven"]
    # a high end below the low end is no range ("voted 52 to 48")
    assert [n[0] for n in numbers("the Senate voted 52 to 48")] == ["52", "48"]


def test_counts_of_two_things_and_running_spans() -> None:
    assert numbers("evacuate some 420 passengers and crew")[0][3] == " and"
    # the second noun with an article, a figure or a participle: a count of the first alone
    assert numbers("fly its 246 passengers and most of its crew")[0][3] == ""
    assert numbers("two people and a dog were hurt")[0][3] == ""
    assert numbers("killed 12 people and injured 30")[0][3] == ""
    assert numbers("after eight days of the worst riots")[0][3:] == (" day", "", True)
    assert numbers("banned abortions after 15 weeks with limited exceptions")[0][3:] == (" week", "", False)
    assert numbers("the outcome would not be clear for another 48 hours")[0][3] == " hour another"
    assert numbers("which will be 58 days into his presidency")[0][3] == " day into"
