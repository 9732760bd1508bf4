"""timeline29: a plan's "to have" before its object (HAVE_OBJECT) and "due to" before a cause
(DUE_TO_CAUSE) in analyse.timex."""

import pytest

from newsprism.analyse.timex import find_time_expressions


def _value(text: str, published: str, phrase: str) -> str | None:
    found = [t.value for t in find_time_expressions(text, published) if t.text == phrase]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # heap-10000 l3s_gn1-807f2bb5 (a Wednesday page): read as the Saturday before
        (
            "So, at the launch pad, technichicans are sawing through foam insulation to get at the bad "
            "connectors. They hope to have them out by Saturday.",
            "2008-03-05",
            "Saturday",
            "2008-03-08",
        ),
        # T17 bpoil_foxnews/1126 (a Saturday page): read as the Monday before
        (
            "BP aims to have the new , tighter cap in place as early as Monday and said that , as of "
            "Saturday night , the work was going according to plan .",
            "2010-07-10",
            "Monday",
            "2010-07-12",
        ),
        # T17 bpoil_foxnews/844: "hopes to have the capacity" read as the July of the year before
        (
            "By mid - to late July , the company hopes to have the capacity to capture up to 3.3 million "
            "gallons a day , if that much is flowing , BP spokesman said .",
            "2010-06-25",
            "late July",
            "2010-07",
        ),
        # made up: a cause after "due to" is no plan (it was read as the Tuesday ahead)
        (
            "Doctors said the deaths were due to air pollution on Tuesday.",
            "2020-06-04",
            "Tuesday",
            "2020-06-02",
        ),
        (
            "Schools were closed due to flooding on Friday, officials said.",
            "2020-06-04",
            "Friday",
            "2020-05-29",
        ),
    ],
)
def test_plan_or_cause(text: str, published: str, phrase: str, value: str) -> None:
    assert _value(text, published, phrase) == value


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # guards (made up): a perfect infinitive is no plan; "due to" before a verb still is one
        ("The crew were to have embarked Saturday, officials said.", "2020-06-04", "Saturday", "2020-05-30"),
        ("He is due to testify on Tuesday.", "2020-06-04", "Tuesday", "2020-06-09"),
        ("BP is due to discuss the plan on Friday.", "2020-06-04", "Friday", "2020-06-05"),
        ("The interview is due to air on Sunday.", "2020-06-04", "Sunday", "2020-06-07"),
    ],
)
def test_guards(text: str, published: str, phrase: str, value: str) -> None:
    assert _value(text, published, phrase) == value
