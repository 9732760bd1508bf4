"""extract.textdate.parse_dateline: labels, captions and speakers before a colon or a dash are no
datelines; a place's colon or dash before the body's first sentence is one."""

from __future__ import annotations

import pytest

from newsprism.extract.textdate import parse_dateline


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        ("Toronto: Canada has threatened to use force to deport a paralysed Indian Sikh", "Toronto", None),
        (
            "Dehradun (PTI): Nehru Institute of Mountaineering on Friday paid rich tributes to",
            "Dehradun",
            "PTI",
        ),
        ("LAS VEGAS- Magellan today introduced nine new vehicle navigation units", "Las Vegas", None),
        ("LAS VEGAS--(BUSINESS WIRE)--LG Electronics has introduced three new series", "Las Vegas", None),
        ("DANVILLE, Ky. –- Joe Biden did everything President Barack Obama did not", "DANVILLE, Ky.", None),
        ("SAN FRANCISCO—Police have identified a man killed outside a school", "San Francisco", None),
    ],
)
def test_datelines(line: str, place: str, agency: str | None) -> None:
    dl = parse_dateline(line)
    assert dl is not None
    assert (dl.place, dl.agency) == (place, agency)


@pytest.mark.parametrize(
    "line",
    [
        # labels of a page or a credit, and a day opening a caption
        "Courtesy: San Jose State Athletics",
        "Director : Anurag Kashyap",
        "Credit : Reuters/American Museum of Natural History/Handout WASHINGTON | Thu Jul 8 , 2010",
        "FILE - In this June 1, 2010 file photo, workers collect oil that washed ashore",
        "Wednesday: President Obama and Vice President Biden meet with BP executives in the Roosevelt Room",
        # a headline's kicker: no sentence follows
        "American Gladiators: Hellga",
        "Lawyer: Lindsay Lohan checks into rehab facility",
        "Kraft Shooting: Yvonne Hiller Charged With Two Counts Of Murder And One Of Attempted Murder",
        "After Bhutto:\n\nThe world will long remember Benazir Bhutto as a modern Muslim woman who",
        # a speaker's words
        'Trump: "Just the other day, they came out with a statement that 85% of the people',
        # a word's hyphen
        "AL-QAEDA chief Osama bin Laden has warned Muslims against supporting the government",
        "COVID-19 has brought a raft of intense new stressors while removing many resources",
    ],
)
def test_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None
