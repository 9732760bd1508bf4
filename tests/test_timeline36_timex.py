"""timex: a negated present passive is no past (NEGATED_PRESENT), "between X and Y" reads whole (RANGE_BETWEEN),
a month told after a happening and its place is the happening's (HAPPENED_THERE), a wire's dateline is no
later than its page (DATELINE_DAY), a month after "by" is the nearer of its two years (BY_MONTH). Each sentence is cut from the dev text named beside it."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions


def _value(text: str, published: str, phrase: str) -> str | None:
    at = text.index(phrase)
    return next((t.value for t in find_time_expressions(text, published) if t.start == at), None)


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # T17 bpoil_washingtonpost/673 (NEGATED_PRESENT)
        (
            "If it does n't -- if the gusher is n't stopped before the relief wells are completed in August -- "
            "it will become Obama 's Katrina .",
            "2010-05-28",
            "August",
            "2010-08",
        ),
        # the same, untokenised
        (
            "If the gusher isn't stopped before the relief wells are completed in August, it will become "
            "Obama's Katrina.",
            "2010-05-28",
            "August",
            "2010-08",
        ),
        # heap train-1625-2 (RANGE_BETWEEN)
        (
            "Ahead of the report, most economists expected that payrolls gains would decrease in December after "
            "surging in November, when General Motors (GM) employees striking between September and October "
            "returned to work and pushed up results.",
            "2014-02-26",
            "September",
            "2013-09",
        ),
        # AllSides 6034_right on a heap page (HAPPENED_THERE)
        (
            "The top House Republican said Tuesday he won’t support creating a commission to investigate a "
            "pro-Trump mob’s attack on the U.S. Capitol in January, blaming Democrats for dithering.",
            "2021-05-18",
            "January",
            "2021-01",
        ),
        # T17 bpoil_bbc/1426 (BY_MONTH)
        (
            "BP said two relief wells being drilled to stop the leak are still on course for completion by "
            "August .",
            "2010-07-05",
            "August",
            "2010-08",
        ),
        # T17 bpoil_reuters/1882's second story (DATELINE_DAY)
        (
            "HOUSTON , April 29 ( Reuters ) -- A massive oil spill expected to hit the southern U.S. coast on "
            "Friday could affect petroleum shipments .",
            "2010-05-14",
            "April 29",
            "2010-04-29",
        ),
    ],
)
def test_read_in_the_right_year(text: str, published: str, phrase: str, value: str) -> None:
    assert _value(text, published, phrase) == value


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # guards: a day "on" a place after a happening is the clause's (T17 bpoil_guardian/695) ...
        (
            "Tony Hayward , the BP chief executive , will be grilled about the disaster in the US on Thursday "
            "when he appears before a special Senate hearing .",
            "2010-06-13",
            "Thursday",
            "2010-06-17",
        ),
        # ... a plan's present passive keeps its cue (the "will" before it)
        (
            "The relief well will be finished in August , when the leak is stopped for good .",
            "2010-05-28",
            "August",
            "2010-08",
        ),
        # ... a deadline met, told by a past perfect after it (T17 bpoil_washingtonpost/86) ...
        (
            "Commission sources and those close to BP later added that by early April BP had weighed the option "
            "of dropping a plan for work that was originally to have been done after Macondo but before Kaskida .",
            "2010-11-09",
            "early April",
            "2010-04",
        ),
        # ... and a range whose two ends read alike stays as it was
        (
            "Officials said the talks went well between Monday and Tuesday , and will resume next week .",
            "2010-05-28",
            "Monday",
            "2010-05-24",
        ),
    ],
)
def test_guards_keep_their_reading(text: str, published: str, phrase: str, value: str) -> None:
    assert _value(text, published, phrase) == value
